#include "recordletterdialog.h"

#include "shell/dialogbuttons.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "casefile/datefields.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"
#include "workflow/caseservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordLetterDialog::RecordLetterDialog(MunicipalitySession& session, const Case& c, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_case(c) {
    setObjectName(QStringLiteral("recordLetterDialog"));
    setWindowTitle(tr("Brief van elders vastleggen \u2014 %1").arg(c.reference));
    setMinimumWidth(520);

    auto* intro = new QLabel(tr("Is de brief geschreven en verstuurd in het eigen documentsysteem van de gemeente? Leg "
                                "hem hier vast als verstuurd. Hij heeft dan hetzelfde gevolg als een brief uit het "
                                "programma: de afdoeningsbrief sluit de formele klacht af op de datum van de brief, de "
                                "verdagingsbrief verdaagt. Vastleggen kan niet ongedaan worden gemaakt."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("recordType"));
    m_type->setAccessibleName(tr("Soort brief"));
    for (LetterType type : LetterTypes::availableFor(c, session.engine(), session.today()))
        m_type->addItem(LetterTypes::label(type) + QStringLiteral(" (") + LetterTypes::article(type) + u')', int(type));

    m_date = DateFields::newDateEdit(session.today(), this);
    m_date->setObjectName(QStringLiteral("recordDate"));
    m_date->setAccessibleName(tr("Datum van de brief"));

    m_ground = new QComboBox(this);
    m_ground->setObjectName(QStringLiteral("recordGround"));
    m_ground->setAccessibleName(tr("Grond (art. 9:8 Awb)"));
    for (NonHandlingGround ground : EnumText::all<NonHandlingGround>()) {
        if (ground != NonHandlingGround::None)
            m_ground->addItem(EnumText::label(ground), int(ground));
    }
    m_ground->setCurrentIndex(-1);
    m_ground->setPlaceholderText(tr("Kies de grond"));
    m_ground->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recordRecipient"));
    m_recipient->setAccessibleName(tr("Geadresseerde"));
    m_recipient->setPlaceholderText(tr("Optioneel, bijvoorbeeld de naam van de klager"));

    auto* form = new QFormLayout;
    auto* typeCaption = new QLabel(tr("&Brief:"), this);
    typeCaption->setBuddy(m_type);
    form->addRow(typeCaption, m_type);
    auto* dateCaption = new QLabel(tr("&Datum van de brief:"), this);
    dateCaption->setBuddy(m_date);
    form->addRow(dateCaption, m_date);
    m_groundCaption = new QLabel(tr("&Grond:"), this);
    m_groundCaption->setBuddy(m_ground);
    form->addRow(m_groundCaption, m_ground);
    auto* recipientCaption = new QLabel(tr("&Aan:"), this);
    recipientCaption->setBuddy(m_recipient);
    form->addRow(recipientCaption, m_recipient);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setAccessibleName(tr("Waarom dit niet kan"));
    PaletteStyle::box(m_refusal, StatePalette::Role::Error, QStringLiteral("6px"));
    m_refusal->hide();

    auto* buttons = DialogButtons::confirm(this, tr("Vastleggen als verstuurd"));
    DialogButtons::confirmButton(buttons)->setEnabled(m_type->count() > 0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &RecordLetterDialog::updateGround);
    updateGround();
}

void RecordLetterDialog::chooseType(LetterType type) {
    const int index = m_type->findData(int(type));
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void RecordLetterDialog::updateGround() {
    // The ground is asked only for a kennisgeving niet-behandelen of a case that has none recorded.
    const bool needed = m_type->currentIndex() >= 0 &&
                        static_cast<LetterType>(m_type->currentData().toInt()) == LetterType::NonHandlingNotice &&
                        m_case.nonHandlingGround == NonHandlingGround::None;
    m_ground->setVisible(needed);
    m_groundCaption->setVisible(needed);
}

void RecordLetterDialog::accept() {
    if (m_type->currentIndex() < 0)
        return;
    const auto type = static_cast<LetterType>(m_type->currentData().toInt());
    const NonHandlingGround ground = m_ground->isVisible() && m_ground->currentIndex() >= 0
                                         ? static_cast<NonHandlingGround>(m_ground->currentData().toInt())
                                         : NonHandlingGround::None;
    TransitionResult result;
    try {
        result = CaseService(m_session).recordLetter(m_case, type, m_date->date(), ground, m_recipient->text());
    } catch (const StorageError& e) {
        result = TransitionResult::refused(e.message());
    }
    if (!result) {
        m_refusalText = result.reason;
        m_refusal->setText(result.reason);
        m_refusal->show();
        return;
    }
    m_refusalText.clear();
    QDialog::accept();
}
