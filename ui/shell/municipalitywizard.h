// "Nieuw gemeentebestand": a short wizard for the municipality's name and address, letterhead
// logo and house font, which ombudsman the letters name, whether an advisory committee advises, the policy terms,
// and where the file goes. It only collects; the caller creates the file.
#pragma once

#include "storage/municipalitysettings.h"

#include <QWizard>

class HouseFontField;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

class MunicipalityWizard : public QWizard {
    Q_OBJECT
public:
    MunicipalityWizard(const QString& startDirectory, QWidget* parent = nullptr);

    MunicipalitySettings settings() const;
    QString filePath() const;
    bool validateCurrentPage() override;

private:
    QWizardPage* createMunicipalityPage();
    QWizardPage* createOmbudsmanPage();
    QWizardPage* createTermsPage();
    QWizardPage* createFilePage();
    void chooseLogo();
    void chooseFile();
    void updateOmbudsmanFields();

    QString m_startDirectory;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_logoPreview = nullptr;
    QByteArray m_logoPng;
    HouseFontField* m_houseFont = nullptr;
    QRadioButton* m_national = nullptr;
    QRadioButton* m_municipal = nullptr;
    QLineEdit* m_ombudsmanName = nullptr;
    QPlainTextEdit* m_ombudsmanAddress = nullptr;
    QLineEdit* m_ombudsmanWebsite = nullptr;
    QCheckBox* m_committee = nullptr;
    QSpinBox* m_acknowledgement = nullptr;
    QSpinBox* m_firstContact = nullptr;
    QSpinBox* m_followUp = nullptr;
    QSpinBox* m_referral = nullptr;
    QSpinBox* m_warning = nullptr;
    QLineEdit* m_file = nullptr;
};
