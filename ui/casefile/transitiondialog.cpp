#include "transitiondialog.h"

#include "shell/dialogbuttons.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "datefields.h"

#include "deadlines/termcalculator.h"
#include "session/municipalitysession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
    PaletteStyle::box(m_refusal, StatePalette::Role::Error, QStringLiteral("6px"));
    m_refusal->hide();
    layout->addWidget(m_refusal);

    layout->addWidget(DialogButtons::confirm(this, Workflow::label(action)));
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
    case A::RecordHearing:
        return tr("Leg per persoon vast wie is gehoord (art. 9:10 lid 1 Awb). De beklaagde moet in de gelegenheid "
                  "zijn gesteld te worden gehoord, ook als van het horen van de klager is afgezien.");
    case A::RecordHearingException:
        return tr("Van het horen van de klager mag alleen in deze gevallen worden afgezien (art. 9:10 lid 2 Awb). "
                  "Dit geldt niet voor de beklaagde: die krijgt altijd de gelegenheid te worden gehoord.");
    case A::RecordHearingReport:
        return tr("Van het horen wordt een verslag gemaakt (art. 9:10 lid 3 Awb). Leg het verslag vast en de datum "
                  "waarop het aan klager en beklaagde is gestuurd.");
    case A::RecordCommitteeAdvice:
        return tr(
            "De klachtadviescommissie heeft gehoord en brengt advies uit (afdeling 9.1.3 Awb). Het advies gaat "
            "mee met de afdoeningsbrief; wijkt het oordeel ervan af, dan staat de reden in de brief (art. 9:16).");
    case A::Adjourn:
        return tr("De afhandeling wordt voor ten hoogste vier weken verdaagd (art. 9:11 lid 2 Awb). De verdaging gaat "
                  "in met de verdagingsbrief aan klager en beklaagde.");
    case A::RecordConsent:
        return tr("Verder uitstel kan alleen met schriftelijke instemming van de klager (art. 9:11 lid 3 Awb), "
                  "ontvangen voordat de geldende termijn verstrijkt.");
    case A::Judge:
        return tr("Leg het oordeel vast met de bevindingen en de conclusies (art. 9:12 lid 1 Awb). De klacht is "
                  "afgedaan zodra de afdoeningsbrief is verstuurd.");
    case A::ReturnToInformal:
        return tr("De formele behandeling stopt en de klacht wordt weer informeel opgepakt. Dat kan alleen als de "
                  "klager ermee instemt; leg vast hoe.");
    case A::Withdraw: return tr("De klager trekt de klacht in. De zaak wordt afgesloten; de tijdlijn blijft bewaard.");
    case A::Reopen:
        if (Workflow::closedByDecision(m_case))
            return tr("Deze klacht is afgedaan. Heropenen begint een nieuwe klacht, gekoppeld aan deze zaak (anders "
                      "geldt art. 9:8 lid 1 a Awb); verdaging, instemming en horen van de oude klacht gaan niet mee.");
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
    case A::RecordHearingReport: return tr("Verslag &verstuurd op:");
    case A::RecordCommitteeAdvice: return tr("Advies &ontvangen op:");
    case A::Adjourn: return tr("Verdaging &gemeld op:");
    case A::RecordConsent: return tr("Instemming &ontvangen op:");
    case A::Judge: return tr("&Vastgelegd op:");
    case A::Close: return tr("&Brief verstuurd op:");
    case A::ReturnToInformal: return tr("&Met ingang van:");
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
        if (m_case.phase == Phase::Formal) {
            // Once formal, only the grounds that can arise later remain (9:8 lid 1 d-f).
            for (int i = m_ground->count() - 1; i >= 0; --i) {
                const auto ground = static_cast<NonHandlingGround>(m_ground->itemData(i).toInt());
                if (ground != NonHandlingGround::OpenToAppeal && ground != NonHandlingGround::BeforeCourt &&
                    ground != NonHandlingGround::CriminalInvestigation)
                    m_ground->removeItem(i);
            }
            m_ground->setCurrentIndex(-1);
        }
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
    case A::RecordHearing: {
        m_person = new QButtonGroup(this);
        auto* klager = new QRadioButton(tr("De &klager"), this);
        klager->setObjectName(QStringLiteral("personKlager"));
        const QString respondentName = m_case.subject.employee.trimmed().isEmpty()
                                           ? tr("de verantwoordelijke afdeling (geen individuele beklaagde)")
                                           : m_case.subject.employee.trimmed();
        auto* beklaagde = new QRadioButton(tr("De &beklaagde: %1").arg(respondentName), this);
        beklaagde->setObjectName(QStringLiteral("personBeklaagde"));
        m_person->addButton(klager, int(HearingPerson::Klager));
        m_person->addButton(beklaagde, int(HearingPerson::Beklaagde));
        // The klager first, unless he is already heard or excepted.
        const bool klagerDone = m_case.hearingHeld.isValid() || m_case.hearingException != HearingException::None;
        (klagerDone ? beklaagde : klager)->setChecked(true);
        // Who is already recorded is not recorded twice (undo corrects a mistake).
        klager->setEnabled(!m_case.hearingHeld.isValid());
        beklaagde->setEnabled(m_case.respondentHearing == RespondentHearing::None);
        if (!beklaagde->isEnabled())
            klager->setChecked(true);
        m_declined = new QCheckBox(tr("Kreeg de gelegenheid, maar maakte er &geen gebruik van"), this);
        m_declined->setObjectName(QStringLiteral("declinedCheck"));
        m_declined->setEnabled(beklaagde->isChecked());
        connect(beklaagde, &QRadioButton::toggled, m_declined, &QCheckBox::setEnabled);
        auto* people = new QVBoxLayout;
        people->addWidget(klager);
        people->addWidget(beklaagde);
        people->addWidget(m_declined);
        form->addRow(tr("Wie:"), people);
        form->addRow(dateCaption, m_date);
        break;
    }
    case A::RecordHearingException: {
        m_exception = enumCombo<HearingException>(QStringLiteral("exceptionCombo"), tr("Kies de uitzondering"), this);
        m_exception->setAccessibleName(tr("Uitzondering (art. 9:10 lid 2 Awb)"));
        form->addRow(tr("&Uitzondering:"), m_exception);
        m_replyTerm = DateFields::newDateEdit(m_session.today().addDays(-1), this);
        m_replyTerm->setObjectName(QStringLiteral("replyTermEdit"));
        m_replyTerm->setAccessibleName(tr("Gestelde termijn tot en met"));
        m_replyTerm->setEnabled(false);
        auto* replyCaption = new QLabel(tr("Gestelde &termijn tot en met:"), this);
        replyCaption->setBuddy(m_replyTerm);
        form->addRow(replyCaption, m_replyTerm);
        connect(m_exception, &QComboBox::currentIndexChanged, this, [this] {
            m_replyTerm->setEnabled(comboValue(m_exception, HearingException::None) == HearingException::NoReply);
        });
        form->addRow(dateCaption, m_date);
        break;
    }
    case A::RecordHearingReport:
        m_text = new QPlainTextEdit(m_case.hearingReport, this);
        m_text->setObjectName(QStringLiteral("reportEdit"));
        m_text->setAccessibleName(tr("Hoorverslag"));
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 6 + 12);
        form->addRow(tr("&Verslag:"), m_text);
        form->addRow(dateCaption, m_date);
        break;
    case A::RecordCommitteeAdvice:
        m_judgment = judgmentChoices(form, tr("Advies:"), QStringLiteral("advice_"));
        m_text = new QPlainTextEdit(m_case.committeeAdviceText, this);
        m_text->setObjectName(QStringLiteral("adviceEdit"));
        m_text->setAccessibleName(tr("Advies van de commissie"));
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        m_text->setPlaceholderText(tr("De conclusie van het advies, en waar het adviesdocument staat"));
        form->addRow(tr("Het ad&vies:"), m_text);
        form->addRow(dateCaption, m_date);
        break;
    case A::ReturnToInformal:
        m_confirmation =
            enumCombo<ConfirmationMethod>(QStringLiteral("confirmationCombo"), tr("Kies hoe de klager instemde"), this);
        m_confirmation->setAccessibleName(tr("Instemming van de klager"));
        form->addRow(tr("&Instemming:"), m_confirmation);
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
        m_judgment = judgmentChoices(form, tr("Oordeel:"), QStringLiteral("judgment_"));
        if (auto* current = m_judgment->button(int(m_case.judgment)))
            current->setChecked(true);
        const auto textEdit = [&](const char* name, const QString& value, const QString& accessible, int lines) {
            auto* edit = new QPlainTextEdit(value, this);
            edit->setObjectName(QString::fromLatin1(name));
            edit->setAccessibleName(accessible);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
            return edit;
        };
        m_findings = textEdit("findingsEdit", m_case.findings, tr("Bevindingen"), 4);
        m_conclusions = textEdit("conclusionsEdit", m_case.conclusions, tr("Conclusies"), 3);
        form->addRow(tr("&Bevindingen:"), m_findings);
        form->addRow(tr("&Conclusies:"), m_conclusions);
        if (m_case.committee) {
            m_reasons = textEdit("reasonsEdit", m_case.departureReasons, tr("Reden van afwijken van het advies"), 3);
            m_reasons->setPlaceholderText(tr("Alleen als het oordeel afwijkt van het advies (%1)")
                                              .arg(EnumText::label(m_case.committeeAdvice).toLower()));
            form->addRow(tr("&Afwijken van advies:"), m_reasons);
        }
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

QButtonGroup* TransitionDialog::judgmentChoices(QFormLayout* form, const QString& caption, const QString& prefix) {
    auto* group = new QButtonGroup(this);
    auto* choices = new QVBoxLayout;
    const QList<std::pair<Outcome, QString>> options{{Outcome::Upheld, tr("&Gegrond")},
                                                     {Outcome::PartlyUpheld, tr("De&els gegrond")},
                                                     {Outcome::Rejected, tr("&Ongegrond")},
                                                     {Outcome::NoJudgment, tr("Geen oordeel &mogelijk")}};
    for (const auto& [outcome, text] : options) {
        auto* radio = new QRadioButton(text, this);
        radio->setObjectName(prefix + EnumText::code(outcome));
        group->addButton(radio, int(outcome));
        choices->addWidget(radio);
    }
    form->addRow(caption, choices);
    return group;
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
    if (m_person && m_person->checkedId() >= 0)
        r.person = static_cast<HearingPerson>(m_person->checkedId());
    if (m_declined)
        r.respondent = m_declined->isChecked() ? RespondentHearing::Declined : RespondentHearing::Heard;
    if (m_replyTerm && m_replyTerm->isEnabled())
        r.replyTerm = m_replyTerm->date();
    if (m_text)
        r.text = m_text->toPlainText().trimmed();
    if (m_findings)
        r.findings = m_findings->toPlainText().trimmed();
    if (m_conclusions)
        r.conclusions = m_conclusions->toPlainText().trimmed();
    if (m_reasons)
        r.reasons = m_reasons->toPlainText().trimmed();
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
