#include "municipalitywizard.h"

#include "housefontfield.h"

#include "storage/database.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox* daysBox(int value, QWidget* parent, const QString& accessibleName) {
    auto* box = new QSpinBox(parent);
    box->setRange(1, 60);
    box->setValue(value);
    box->setSuffix(QCoreApplication::translate("MunicipalityWizard", " werkdagen"));
    box->setAccessibleName(accessibleName);
    return box;
}

QPlainTextEdit* addressBox(QWidget* parent, const QString& accessibleName) {
    auto* box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * 4);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

MunicipalityWizard::MunicipalityWizard(const QString& startDirectory, QWidget* parent)
    : QWizard(parent)
    , m_startDirectory(startDirectory) {
    setWindowTitle(tr("Nieuw gemeentebestand"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Aanmaken"));
    addPage(createMunicipalityPage());
    addPage(createOmbudsmanPage());
    addPage(createTermsPage());
    addPage(createFilePage());
    resize(640, 480);
}

QWizardPage* MunicipalityWizard::createMunicipalityPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("De gemeente"));
    page->setSubTitle(tr("Naam en adres staan op elke brief. Het logo komt in het briefhoofd."));
    auto* form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Gemeente Voorbeeld"));
    m_name->setAccessibleName(tr("Naam van de gemeente"));
    form->addRow(tr("&Naam:"), m_name);
    m_address = addressBox(page, tr("Postadres"));
    m_address->setPlaceholderText(tr("Postbus 1000\n1234 AB Voorbeeld"));
    form->addRow(tr("&Postadres:"), m_address);
    m_phone = new QLineEdit(page);
    m_phone->setAccessibleName(tr("Telefoonnummer"));
    form->addRow(tr("&Telefoon:"), m_phone);
    m_email = new QLineEdit(page);
    m_email->setAccessibleName(tr("E-mailadres voor klachten"));
    form->addRow(tr("&E-mail:"), m_email);

    auto* logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel(tr("Geen logo"), page);
    m_logoPreview->setMinimumSize(160, 60);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    auto* chooseLogo = new QPushButton(tr("&Logo kiezen…"), page);
    chooseLogo->setAccessibleName(tr("Logo kiezen"));
    connect(chooseLogo, &QPushButton::clicked, this, &MunicipalityWizard::chooseLogo);
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addStretch();
    form->addRow(tr("Logo:"), logoRow);
    m_houseFont = new HouseFontField(page);
    auto* fontLabel = new QLabel(tr("&Huislettertype:"), page);
    fontLabel->setBuddy(m_houseFont->edit());
    form->addRow(fontLabel, m_houseFont);
    return page;
}

QWizardPage* MunicipalityWizard::createOmbudsmanPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("De ombudsman"));
    page->setSubTitle(tr("Na de klachtbehandeling kan de klager naar de ombudsman (art. 9:17 en 9:18 Awb). De "
                         "afdoeningsbrief noemt deze ombudsman en de termijn."));
    auto* layout = new QVBoxLayout(page);
    m_national = new QRadioButton(tr("De &Nationale ombudsman"), page);
    m_municipal = new QRadioButton(tr("Een &eigen ombudsman of ombudscommissie van de gemeente"), page);
    m_national->setChecked(true);
    layout->addWidget(m_national);
    layout->addWidget(m_municipal);
    auto* form = new QFormLayout;
    const Ombudsman national;
    m_ombudsmanName = new QLineEdit(national.name, page);
    m_ombudsmanName->setAccessibleName(tr("Naam van de ombudsman"));
    m_ombudsmanAddress = addressBox(page, tr("Adres van de ombudsman"));
    m_ombudsmanAddress->setPlainText(national.address);
    m_ombudsmanWebsite = new QLineEdit(national.website, page);
    m_ombudsmanWebsite->setAccessibleName(tr("Website van de ombudsman"));
    form->addRow(tr("Naa&m:"), m_ombudsmanName);
    form->addRow(tr("&Adres:"), m_ombudsmanAddress);
    form->addRow(tr("&Website:"), m_ombudsmanWebsite);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_national, &QRadioButton::toggled, this, &MunicipalityWizard::updateOmbudsmanFields);
    updateOmbudsmanFields();
    return page;
}

void MunicipalityWizard::updateOmbudsmanFields() {
    const bool own = m_municipal->isChecked();
    if (!own) {
        const Ombudsman national;
        m_ombudsmanName->setText(national.name);
        m_ombudsmanAddress->setPlainText(national.address);
        m_ombudsmanWebsite->setText(national.website);
    } else if (m_ombudsmanName->text() == Ombudsman().name) {
        m_ombudsmanName->clear();
        m_ombudsmanAddress->clear();
        m_ombudsmanWebsite->clear();
    }
    m_ombudsmanName->setReadOnly(!own);
    m_ombudsmanAddress->setReadOnly(!own);
    m_ombudsmanWebsite->setReadOnly(!own);
}

QWizardPage* MunicipalityWizard::createTermsPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Werkwijze en termijnen"));
    page->setSubTitle(tr("De wettelijke termijnen liggen vast; deze termijnen belooft de gemeente zelf."));
    auto* form = new QFormLayout(page);
    m_committee = new QCheckBox(tr("Formele klachten gaan naar een &klachtadviescommissie (afdeling 9.1.3 Awb: "
                                   "afhandeling binnen 10 weken)"),
                                page);
    m_committee->setAccessibleName(tr("Klachtadviescommissie"));
    form->addRow(m_committee);
    const PolicyTerms defaults;
    m_acknowledgement = daysBox(defaults.acknowledgementWorkingDays, page, tr("Termijn ontvangstbevestiging"));
    m_firstContact = daysBox(defaults.firstContactWorkingDays, page, tr("Termijn eerste persoonlijk contact"));
    m_followUp = daysBox(defaults.followUpWorkingDays, page, tr("Termijn nabellen na de oplossing"));
    m_referral = daysBox(defaults.referralFollowUpWorkingDays, page, tr("Termijn terugkoppeling na overdracht"));
    m_warning = daysBox(defaults.warningWorkingDays, page, tr("Waarschuwen vóór een termijn"));
    form->addRow(tr("&Ontvangstbevestiging binnen:"), m_acknowledgement);
    form->addRow(tr("&Eerste persoonlijk contact binnen:"), m_firstContact);
    form->addRow(tr("&Nabellen (\"hoe gaat het nu?\") na:"), m_followUp);
    form->addRow(tr("&Terugkoppeling na warme overdracht na:"), m_referral);
    form->addRow(tr("&Waarschuwen vanaf:"), m_warning);
    return page;
}

QWizardPage* MunicipalityWizard::createFilePage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Het bestand"));
    page->setSubTitle(tr("Eén bestand bevat alle klachten van de gemeente. Zet het op een plek waar een "
                         "reservekopie van wordt gemaakt."));
    auto* form = new QFormLayout(page);
    auto* row = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("Bestandsnaam"));
    auto* browse = new QPushButton(tr("&Bladeren…"), page);
    connect(browse, &QPushButton::clicked, this, &MunicipalityWizard::chooseFile);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    form->addRow(tr("&Bestand:"), row);
    connect(this, &QWizard::currentIdChanged, this, [this, page](int) {
        if (currentPage() == page && m_file->text().isEmpty()) {
            const QString base = m_name->text().trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
            m_file->setText(QDir(m_startDirectory).filePath(base + QLatin1Char('.') + Database::FileSuffix));
        }
    });
    return page;
}

void MunicipalityWizard::chooseLogo() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo kiezen"), m_startDirectory,
                                                      tr("Afbeeldingen (*.png *.jpg *.jpeg *.bmp)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        m_logoPreview->setText(tr("Dit bestand is geen afbeelding"));
        m_logoPng.clear();
        return;
    }
    if (image.height() > 400)
        image = image.scaledToHeight(400, Qt::SmoothTransformation);
    QBuffer buffer(&m_logoPng);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(160, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void MunicipalityWizard::chooseFile() {
    QString path = QFileDialog::getSaveFileName(this, tr("Gemeentebestand opslaan"), m_file->text(),
                                                tr("Aan Tafel-bestanden (*.aantafel)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + Database::FileSuffix))
        path += QLatin1Char('.') + Database::FileSuffix;
    m_file->setText(path);
}

bool MunicipalityWizard::validateCurrentPage() {
    if (currentId() == 0 && m_name->text().trimmed().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Vul de naam van de gemeente in."));
        m_name->setFocus();
        return false;
    }
    if (currentId() == 3) {
        if (filePath().isEmpty()) {
            QMessageBox::information(this, windowTitle(), tr("Kies waar het bestand moet komen."));
            return false;
        }
        if (QFileInfo::exists(filePath())) {
            QMessageBox::information(this, windowTitle(),
                                     tr("%1 bestaat al. Kies een andere naam; een bestaand bestand wordt nooit "
                                        "overschreven.")
                                         .arg(QDir::toNativeSeparators(filePath())));
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

MunicipalitySettings MunicipalityWizard::settings() const {
    MunicipalitySettings s;
    s.name = m_name->text().trimmed();
    s.address = m_address->toPlainText().trimmed();
    s.phone = m_phone->text().trimmed();
    s.email = m_email->text().trimmed();
    s.logoPng = m_logoPng;
    s.houseFont = m_houseFont->family();
    s.committee = m_committee->isChecked();
    s.ombudsman.kind = m_municipal->isChecked() ? Ombudsman::Kind::Municipal : Ombudsman::Kind::National;
    s.ombudsman.name = m_ombudsmanName->text().trimmed();
    s.ombudsman.address = m_ombudsmanAddress->toPlainText().trimmed();
    s.ombudsman.website = m_ombudsmanWebsite->text().trimmed();
    s.terms.acknowledgementWorkingDays = m_acknowledgement->value();
    s.terms.firstContactWorkingDays = m_firstContact->value();
    s.terms.followUpWorkingDays = m_followUp->value();
    s.terms.referralFollowUpWorkingDays = m_referral->value();
    s.terms.warningWorkingDays = m_warning->value();
    return s;
}

QString MunicipalityWizard::filePath() const {
    return m_file->text().trimmed();
}
