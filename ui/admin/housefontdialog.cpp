#include "housefontdialog.h"

#include "shell/dialogbuttons.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "casenotifier.h"
#include "session/municipalitysession.h"
#include "shell/housefontfield.h"
#include "storage/storageerror.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

HouseFontDialog::HouseFontDialog(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_field(new HouseFontField(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("houseFontDialog"));
    setWindowTitle(tr("Huislettertype"));
    auto* intro = new QLabel(tr("Het lettertype van de brieven, het jaarverslag en de andere PDF's van %1. Een "
                                "lettertype dat niet op elke computer staat, wordt daar vervangen door het "
                                "meegeleverde lettertype; het briefvenster meldt dat dan.")
                                 .arg(session.settings().name),
                             this);
    intro->setWordWrap(true);
    m_field->setFamily(session.settings().houseFont);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Lettertype:"), this);
    label->setBuddy(m_field->edit());
    form->addRow(label, m_field);
    m_message->setObjectName(QStringLiteral("houseFontMessage"));
    m_message->setWordWrap(true);
    PaletteStyle::text(m_message, StatePalette::Role::Error);
    auto* buttons = DialogButtons::confirm(this, tr("&Opslaan"), QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

bool HouseFontDialog::save() {
    MunicipalitySettings settings = m_session.settings();
    if (settings.houseFont == m_field->family())
        return true;
    settings.houseFont = m_field->family();
    try {
        m_session.saveSettings(settings);
    } catch (const StorageError& e) {
        m_message->setText(e.message());
        return false;
    }
    emit m_notifier.settingsChanged();
    return true;
}

QString HouseFontDialog::message() const {
    return m_message->text();
}

void HouseFontDialog::accept() {
    if (save())
        QDialog::accept();
}
