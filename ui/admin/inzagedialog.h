// Beheer ▸ Inzageverzoek (AVG): find the cases of one klager by name, e-mail or address, confirm
// which are his (each match shows name, address and e-mail to judge by), and save everything about
// them as JSON and as PDF (privacy/inzage.h). Every export is recorded in the audit trail.
#pragma once

#include <QDialog>

class MunicipalitySession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class InzageDialog : public QDialog {
    Q_OBJECT
public:
    explicit InzageDialog(MunicipalitySession& session, QWidget* parent = nullptr);

    void find(const QString& name, const QString& email = {}, const QString& address = {});
    QTableWidget* table() const { return m_table; }
    QList<qint64> confirmedIds() const;
    // Write the confirmed cases; false (and a message) on failure.
    bool saveJson(const QString& path);
    bool savePdf(const QString& path);
    QString message() const;

private:
    void search();
    void updateButtons();
    void chooseJson();
    void choosePdf();

    MunicipalitySession& m_session;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QTableWidget* m_table;
    QPushButton* m_json;
    QPushButton* m_pdf;
    QLabel* m_message;
};
