#include "transitiondialog.h"

#include "datefields.h"

#include "deadlines/termcalculator.h"
#include "session/municipalitysession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

using A = WorkflowAction;

template <typename E> QComboBox* enumCombo(const QString& objectName, const QString& placeholder, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (E value : EnumText::all<E>()) {
        if (EnumText::code(value) != QStringLiteral("none"))
            combo->addItem(EnumText::label(value), int(value));
    }
    combo->setPlaceholderText(placeholder);
    combo->setCurrentIndex(-1);
    // The Awb grounds and exceptions are long sentences: show them whole, the dialog grows.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template <typename E> E comboValue(const QComboBox* combo, E none) {
    return combo && combo->currentIndex() >= 0 ? static_cast<E>(combo->currentData().toInt()) : none;
}

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

TransitionDialog::TransitionDialog(MunicipalitySession& session, const Case& c, WorkflowAction action, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_case(c)
    , m_action(action) {
    setObjectName(QStringLiteral("transitionDialog_") + Workflow::code(action));
    setWindowTitle(tr("%1 \u2014 %2").arg(Workflow::label(action), c.reference));
    setMinimumWidth(520);

    auto* layout = new QVBoxLayout(this);
    auto* intro = wrappedLabel(introduction(), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    buildFields(form);
    layout->addLayout(form);

    m_refusal = wrappedLabel(QString(), this);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setAccessibleName(tr("Waarom dit niet kan"));
    m_refusal->setStyleSheet(QStringLiteral("QLabel { color: #9b1212; background-color: #fde4e4; "
                                            "border: 1px solid #c62828; border-radius: 4px; padding: 6px; }"));
    m_refusal->hide();
    layout->addWidget(m_refusal);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(Workflow::label(action));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuleren"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);
    layout->addWidget(buttons);
    updateComputedDates();
}

QString TransitionDialog::introduction() const {
    switch (m_action) {
    case A::ResolveToSatisfaction:
        return tr("De klacht is naar tevredenheid van de klager opgelost (art. 9:5 Awb); de verdere "
                  "klachtprocedure vervalt. Leg vast hoe de klager dat heeft bevestigd en wanneer u nabelt om te "
                  "vragen hoe het nu gaat.");
    case A::DeclineToHandle:
        return tr("De klacht wordt niet in behandeling genomen (art. 9:8 Awb). De klager moet dat binnen vier weken "
                  "na ontvangst schriftelijk horen (lid 3), met de grond en de mogelijkheid van de ombudsman.");
    case A::Refer:
        return tr("Warme overdracht: de aanbieder lost de klacht op, de gemeente houdt de regie en vraagt na of het "
                  "is gelukt.");
    case A::PlanHearing:
        return tr("Klager en beklaagde worden in de gelegenheid gesteld te worden gehoord (art. 9:10 Awb).");
    case A::RecordHearingException:
        return tr("Van het horen van de klager mag alleen in deze gevallen worden afgezien (art. 9:10 lid 2 Awb).");
    case A::Adjourn:
        return tr("De afhandeling wordt voor ten hoogste vier weken verdaagd (art. 9:11 lid 2 Awb). Meld dat "
                  "schriftelijk aan de klager en de beklaagde.");
    case A::RecordConsent:
        return tr("Verder uitstel kan alleen met schriftelijke instemming van de klager (art. 9:11 lid 3 Awb).");
    case A::Judge:
        return tr("De klacht wordt afgedaan met een schriftelijk, gemotiveerd oordeel (art. 9:12 Awb); de brief "
                  "noemt de ombudsman en de termijn om zich daartoe te wenden.");
    case A::Withdraw: return tr("De klager trekt de klacht in. De zaak wordt afgesloten; de tijdlijn blijft bewaard.");
    case A::Reopen:
        return tr("De zaak wordt heropend en gaat terug naar de informele aanpak. De eerdere uitkomst blijft in de "
                  "tijdlijn staan.");
    default: return Workflow::label(m_action) + u'.';
    }
}

QString TransitionDialog::dateLabel() const {
    switch (m_action) {
    case A::StartInformal:
    case A::StartFormal:
    case A::ResumeInformal: return tr("&Met ingang van:");
    case A::ResolveToSatisfaction: return tr("&Opgelost op:");
    case A::DeclineToHandle: return tr("&Besloten op:");
    case A::Refer: return tr("&Overgedragen op:");
    case A::RecordReferralFeedback: return tr("&Ontvangen op:");
    case A::PlanHearing: return tr("&Datum hoorzitting:");
    case A::RecordHearing: return tr("&Gehoord op:");
    case A::RecordHearingException: return tr("&Vastgelegd op:");
    case A::Adjourn: return tr("Verdaging &gemeld op:");
    case A::RecordConsent: return tr("Instemming &ontvangen op:");
    case A::Judge: return tr("&Afgedaan op:");
    case A::Withdraw: return tr("&Ingetrokken op:");
    case A::Reopen: return tr("&Heropend op:");
    case A::RecordFirstContact: return tr("&Contact op:");
    case A::RecordAcknowledgement: return tr("&Verstuurd op:");
    case A::RecordFollowUp: return tr("&Nagebeld op:");
    }
    return tr("&Datum:");
}

QDate TransitionDialog::defaultDate() const {
    const QDate today = m_session.today();
    if (m_action == A::PlanHearing)
        return today.addDays(7);
    if (m_action == A::RecordHearing && m_case.hearingPlanned.isValid() && m_case.hearingPlanned <= today)
        return m_case.hearingPlanned;
    return today;
}

void TransitionDialog::buildFields(QFormLayout* form) {
    const DeadlineEngine& engine = m_session.engine();
    m_date = DateFields::newDateEdit(defaultDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    auto* dateCaption = new QLabel(dateLabel(), this);
    dateCaption->setBuddy(m_date);
    m_date->setAccessibleName(QString(dateLabel()).remove(u'&').remove(u':'));

    switch (m_action) {
    case A::ResolveToSatisfaction: {
        m_confirmation = enumCombo<ConfirmationMethod>(QStringLiteral("confirmationCombo"),
                                                       tr("Kies hoe de klager bevestigde"), this);
        m_confirmation->setAccessibleName(tr("Bevestiging door de klager"));
        form->addRow(tr("&Bevestigd:"), m_confirmation);
        form->addRow(dateCaption, m_date);
        break;
    }
    case A::DeclineToHandle: {
        m_ground = enumCombo<NonHandlingGround>(QStringLiteral("groundCombo"), tr("Kies de grond"), this);
        m_ground->setAccessibleName(tr("Grond (art. 9:8 Awb)"));
        m_noticeSent = DateFields::newDateEdit(m_session.today(), this);
        m_noticeSent->setObjectName(QStringLiteral("noticeSentEdit"));
        m_noticeSent->setAccessibleName(tr("Kennisgeving verstuurd op"));
        const CountedDate notice = engine.handlingTerms(m_case.received, m_case.committee).nonHandlingNotice;
        m_noticeSent->setToolTip(
            tr("Uiterlijk %1 (art. 9:8 lid 3 Awb): %2").arg(TermCalculator::shortDate(notice.due), notice.counting));
        auto* noticeRow = new QHBoxLayout;
        noticeRow->addWidget(m_noticeSent);
        noticeRow->addWidget(new QLabel(tr("uiterlijk %1").arg(TermCalculator::shortDate(notice.due)), this), 1);
        form->addRow(tr("&Grond:"), m_ground);
        auto* noticeCaption = new QLabel(tr("&Kennisgeving verstuurd op:"), this);
        noticeCaption->setBuddy(m_noticeSent);
        form->addRow(noticeCaption, noticeRow);
        form->addRow(dateCaption, m_date);
        break;
    }
    case A::Refer: {
        m_provider = new QLineEdit(m_case.subject.provider, this);
        m_provider->setObjectName(QStringLiteral("providerEdit"));
        m_provider->setAccessibleName(tr("Aanbieder"));
        form->addRow(tr("&Aanbieder:"), m_provider);
        form->addRow(dateCaption, m_date);
        break;
    }
    case A::RecordHearingException:
        m_exception = enumCombo<HearingException>(QStringLiteral("exceptionCombo"), tr("Kies de uitzondering"), this);
        m_exception->setAccessibleName(tr("Uitzondering (art. 9:10 lid 2 Awb)"));
        form->addRow(tr("&Uitzondering:"), m_exception);
        form->addRow(dateCaption, m_date);
        break;
    case A::Adjourn: {
        const HandlingTerms terms = engine.handlingTerms(m_case.received, m_case.committee);
        auto* info =
            wrappedLabel(tr("Nieuwe afdoeningsdatum: %1 (was %2).\nBerekening: %3")
                             .arg(TermCalculator::shortDate(terms.handlingExtended.due),
                                  TermCalculator::shortDate(terms.handling.due), terms.handlingExtended.counting),
                         this);
        info->setObjectName(QStringLiteral("adjournInfo"));
        if (!terms.handlingExtended.warning.isEmpty())
            info->setText(info->text() + u'\n' + terms.handlingExtended.warning);
        form->addRow(info);
        form->addRow(dateCaption, m_date);
        break;
    }
    case A::RecordConsent: {
        const std::optional<Deadline> governing = engine.governingHandlingDeadline(m_case, m_session.today());
        const QDate current = governing ? governing->due : m_session.today();
        m_agreedDueDate = DateFields::newDateEdit(current.addDays(14), this);
        m_agreedDueDate->setObjectName(QStringLiteral("agreedDueDateEdit"));
        m_agreedDueDate->setAccessibleName(tr("Afgesproken afdoeningsdatum"));
        auto* agreedRow = new QHBoxLayout;
        agreedRow->addWidget(m_agreedDueDate);
        if (governing)
            agreedRow->addWidget(new QLabel(tr("nu geldend: %1").arg(TermCalculator::shortDate(current)), this), 1);
        else
            agreedRow->addStretch(1);
        form->addRow(dateCaption, m_date);
        auto* agreedCaption = new QLabel(tr("&Afgesproken nieuwe datum:"), this);
        agreedCaption->setBuddy(m_agreedDueDate);
        form->addRow(agreedCaption, agreedRow);
        break;
    }
    case A::Judge: {
        m_judgment = new QButtonGroup(this);
        auto* choices = new QVBoxLayout;
        const QList<std::pair<Outcome, QString>> options{{Outcome::Upheld, tr("&Gegrond")},
                                                         {Outcome::PartlyUpheld, tr("De&els gegrond")},
                                                         {Outcome::Rejected, tr("&Ongegrond")},
                                                         {Outcome::NoJudgment, tr("Geen oordeel &mogelijk")}};
        for (const auto& [outcome, text] : options) {
            auto* radio = new QRadioButton(text, this);
            radio->setObjectName(QStringLiteral("judgment_") + EnumText::code(outcome));
            m_judgment->addButton(radio, int(outcome));
            choices->addWidget(radio);
        }
        form->addRow(tr("Oordeel:"), choices);
        form->addRow(dateCaption, m_date);
        break;
    }
    default: form->addRow(dateCaption, m_date); break;
    }

    if (m_action == A::ResolveToSatisfaction || m_action == A::Refer) {
        m_followUp = DateFields::newDateEdit({}, this);
        m_followUp->setObjectName(QStringLiteral("followUpEdit"));
        const bool call = m_action == A::ResolveToSatisfaction;
        m_followUp->setAccessibleName(call ? tr("Nabellen op") : tr("Terugkoppeling navragen op"));
        const DeadlineEngine& terms = m_session.engine();
        const int days = call ? terms.terms().followUpWorkingDays : terms.terms().referralFollowUpWorkingDays;
        auto* followUpRow = new QHBoxLayout;
        followUpRow->addWidget(m_followUp);
        followUpRow->addWidget(new QLabel(tr("standaard %1 werkdagen later (beleid)").arg(days), this), 1);
        auto* followUpCaption = new QLabel(call ? tr("&Nabellen op:") : tr("&Navragen op:"), this);
        followUpCaption->setBuddy(m_followUp);
        form->addRow(followUpCaption, followUpRow);
        // A date the user chose stays; a computed one follows the date of the action.
        connect(m_followUp, &QDateEdit::dateChanged, this, [this] { m_followUpTouched = !m_computing; });
        connect(m_date, &QDateEdit::dateChanged, this, &TransitionDialog::updateComputedDates);
    }

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Toelichting"));
    m_note->setPlaceholderText(tr("Optioneel: komt in de tijdlijn"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Toelichting:"), m_note);
}

void TransitionDialog::updateComputedDates() {
    if (!m_followUp || m_followUpTouched)
        return;
    const DeadlineEngine& engine = m_session.engine();
    const int days = m_action == A::ResolveToSatisfaction ? engine.terms().followUpWorkingDays
                                                          : engine.terms().referralFollowUpWorkingDays;
    const CountedDate counted = engine.calculator().addWorkingDays(m_date->date(), days);
    m_computing = true;
    m_followUp->setDate(counted.due);
    m_computing = false;
    m_followUp->setToolTip(tr("Standaard %1 werkdagen (gemeentelijk beleid): %2").arg(days).arg(counted.counting));
}

TransitionRequest TransitionDialog::request() const {
    TransitionRequest r = TransitionRequest::of(m_action, m_date->date());
    r.note = m_note->toPlainText().trimmed();
    r.confirmation = comboValue(m_confirmation, ConfirmationMethod::None);
    r.ground = comboValue(m_ground, NonHandlingGround::None);
    r.exception = comboValue(m_exception, HearingException::None);
    if (m_noticeSent)
        r.noticeSent = m_noticeSent->date();
    if (m_provider)
        r.provider = m_provider->text().trimmed();
    if (m_followUp)
        r.followUp = m_followUp->date();
    if (m_agreedDueDate)
        r.agreedDueDate = m_agreedDueDate->date();
    if (m_judgment && m_judgment->checkedId() >= 0)
        r.judgment = static_cast<Outcome>(m_judgment->checkedId());
    return r;
}

void TransitionDialog::accept() {
    const TransitionResult verdict = m_session.workflow().check(m_case, request(), m_session.today());
    if (!verdict) {
        m_refusalText = verdict.reason;
        m_refusal->setText(verdict.reason);
        m_refusal->show();
        return;
    }
    m_refusalText.clear();
    QDialog::accept();
}
