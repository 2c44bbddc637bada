// "Jaarverslag exporteren…": the yearly publication (Awb 9:12a) of a chosen year as PDF (with the
// charts), HTML (charts as inline SVG) or CSV (every figure), written whole or not at all. Says
// where the file went, or in Dutch why it could not be written.
#pragma once

#include <QDialog>

class MunicipalitySession;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QSpinBox;

class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Pdf, Html, Csv };

    explicit ReportExportDialog(MunicipalitySession& session, QWidget* parent = nullptr);

    void setYear(int year);
    void setFormat(Format format);
    void setPath(const QString& path);
    int year() const;
    Format format() const;
    QString path() const;

    // Computes the report and writes it; returns an empty string on success, otherwise a Dutch
    // message. Shows nothing: accept() shows the outcome.
    QString write();
    // The text shown after a successful export.
    QString successText() const;

public slots:
    void accept() override;

private:
    void browse();
    void formatChosen();
    QString suggestedName() const;

    MunicipalitySession& m_session;
    QSpinBox* m_year;
    QButtonGroup* m_formats;
    QLineEdit* m_path;
    QLabel* m_error;
    QString m_written;
};
