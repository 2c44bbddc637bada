// Beheer ▸ Huislettertype: the font of the municipality's letters, yearly report and other PDFs, a
// setting in the municipality file (MunicipalitySettings::houseFont). Saving goes through the
// session (permission ManageSettings, one transaction, audit row) and announces settingsChanged.
#pragma once

#include <QDialog>

class CaseNotifier;
class HouseFontField;
class MunicipalitySession;
class QLabel;

class HouseFontDialog : public QDialog {
    Q_OBJECT
public:
    HouseFontDialog(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent = nullptr);

    HouseFontField* field() const { return m_field; }
    // Stores the field's family; false (with the reason shown) when the file refused it.
    bool save();
    QString message() const;
    void accept() override;

private:
    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    HouseFontField* m_field;
    QLabel* m_message;
};
