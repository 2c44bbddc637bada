// The three ways a letter leaves the screen, as one row of buttons shared by the letter dialog, the
// viewer of sent letters and the template editor: Voorbeeld (a print preview drawn with the letter
// layout), Afdrukken (the print dialog) and Opslaan als PDF (a file the handler chooses). The bar
// asks its owner for the PrintJob at the moment of the click, so it always prints what is on screen.
// Failures are reported through failed() with a Dutch message; nothing is shown by the bar itself
// except the dialogs, which tests replace (setFileChooser) or avoid.
#pragma once

#include "output/printjob.h"

#include <QWidget>

#include <functional>

class QPushButton;

class LetterOutputBar : public QWidget {
    Q_OBJECT
public:
    // Returns the file to write, or empty when the handler cancelled. The default shows a
    // QFileDialog; tests return a path.
    using FileChooser = std::function<QString(QWidget* parent, const QString& suggestedPath)>;
    // Asked before anything is printed or saved; false stops it (e.g. the handler does not want to
    // print a letter with flagged fields).
    using Gate = std::function<bool()>;

    explicit LetterOutputBar(QWidget* parent = nullptr);

    void setJobProvider(std::function<PrintJob()> provider) { m_job = std::move(provider); }
    void setGate(Gate gate) { m_gate = std::move(gate); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // The file name the save dialog proposes, e.g. "KL-2025-0042 ontvangstbevestiging.pdf".
    void setSuggestedFileName(const QString& name) { m_suggestedName = name; }

    QPushButton* previewButton() const { return m_preview; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }

    void preview();
    void print();
    // Asks for a file name and writes the PDF. Returns the path written, empty when cancelled or failed.
    QString savePdf();

signals:
    void failed(const QString& message);
    void pdfSaved(const QString& path);

private:
    bool mayGo() const { return !m_gate || m_gate(); }

    std::function<PrintJob()> m_job;
    Gate m_gate;
    FileChooser m_chooseFile;
    QString m_suggestedName;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
};
