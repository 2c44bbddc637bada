// The rules of the intake dialog: what the channel suggests, which fields apply, the live flags,

#include "shell/palettestyle.h"
#include "shell/statepalette.h"
// validation, and the case that results. The layout is in intakedialog.cpp.
#include "intakedialog.h"

#include "datefield.h"
#include "flagpanel.h"
#include "themepicker.h"

#include "deadlines/termcalculator.h"
#include "session/municipalitysession.h"
#include "workflow/intakeflags.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>

namespace {
template <typename E> E currentValue(const QComboBox* combo) {
    return static_cast<E>(combo->currentData().toInt());
}

bool arrivesInWriting(Channel channel) {
    return channel == Channel::Letter || channel == Channel::Email || channel == Channel::WebForm;
}

bool isPersonalContact(Channel channel) {
    return channel == Channel::Phone || channel == Channel::Desk || channel == Channel::KitchenTable;
}

} // namespace

void IntakeDialog::connectRules() {
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakeDialog::onChannelChanged);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IntakeDialog::onKindChanged);
    connect(m_firstContact, &QCheckBox::toggled, this, [this] {
        if (!m_suggesting)
            m_firstContactChosen = true;
    });
    connect(m_committee, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_suggesting)
            m_committeePreferred = on;
        // Departing from the municipality's regulation needs a reason, fixed at receipt (afdeling 9.1.3).
        const bool written = currentValue<CaseKind>(m_kind) == CaseKind::WrittenComplaint;
        m_committeeReason->setVisible(written && m_session.settings().committee && !on);
    });
    connect(m_provider, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_regie->setEnabled(!text.trimmed().isEmpty());
        refreshFlags();
    });
    connect(m_regie, &QCheckBox::toggled, this, &IntakeDialog::refreshFlags);
    connect(m_anonymous, &QCheckBox::toggled, this, &IntakeDialog::onAnonymousToggled);
    connect(m_hasRepresentative, &QCheckBox::toggled, m_representativeRow, &QWidget::setVisible);
    connect(m_aboutDecision, &QCheckBox::toggled, m_decisionRow, &QWidget::setVisible);

    for (QLineEdit* edit : {static_cast<QLineEdit*>(m_received), static_cast<QLineEdit*>(m_conduct),
                            static_cast<QLineEdit*>(m_decisionDate), static_cast<QLineEdit*>(m_dated), m_employee,
                            m_handler, m_email, m_name, m_address})
        connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::refreshFlags);
    connect(m_story, &QPlainTextEdit::textChanged, this, [this] {
        if (m_message->isVisible())
            refreshFlags(); // only to update the problems shown
    });
    for (QCheckBox* box : {m_committee, m_aboutDecision, m_anonymous})
        connect(box, &QCheckBox::toggled, this, &IntakeDialog::refreshFlags);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &IntakeDialog::refreshFlags);
}

void IntakeDialog::onChannelChanged() {
    const Channel channel = currentValue<Channel>(m_channel);
    const QScopedValueRollback suggesting(m_suggesting, true);
    if (!m_kindChosen) {
        const CaseKind suggested = arrivesInWriting(channel) ? CaseKind::WrittenComplaint : CaseKind::OralComplaint;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(suggested)));
    }
    if (!m_firstContactChosen)
        m_firstContact->setChecked(isPersonalContact(channel));
    refreshFlags();
}

void IntakeDialog::onKindChanged() {
    const CaseKind kind = currentValue<CaseKind>(m_kind);
    // The policy term of first contact is for complaints; a signaal needs no call back.
    m_firstContact->setEnabled(kind != CaseKind::Signal);
    // Afdeling 9.1.3 applies to the formal procedure for a klaagschrift. Otherwise the box shows
    // unticked, as the case will be, and the klaagschrift setting comes back with the kind.
    const bool written = kind == CaseKind::WrittenComplaint;
    {
        const QScopedValueRollback suggesting(m_suggesting, true);
        m_committee->setChecked(written && m_committeePreferred);
    }
    m_committee->setEnabled(written);
    m_committeeReason->setVisible(written && m_session.settings().committee && !m_committee->isChecked());
    m_datedRow->setVisible(written);
    m_committee->setToolTip(written
                                ? tr("De klachtadviescommissie adviseert (afdeling 9.1.3 Awb): tien weken in plaats "
                                     "van zes.")
                                : tr("Alleen van belang voor een klaagschrift."));
    refreshFlags();
}

void IntakeDialog::onAnonymousToggled(bool anonymous) {
    for (QLineEdit* edit : {m_name, m_address, m_phone, m_email})
        edit->setEnabled(!anonymous);
}

void IntakeDialog::updateDateHint(const DateField* field, QLabel* hint) {
    const DateField::State state = field->state();
    if (state == DateField::State::Invalid)
        PaletteStyle::text(hint, StatePalette::Role::Error);
    else
        PaletteStyle::clear(hint);
    if (state == DateField::State::Invalid) {
        hint->setText(tr("ongeldige datum (dd-mm-jjjj)"));
    } else if (state == DateField::State::Empty) {
        hint->setText(field == m_received ? QString() : tr("onbekend"));
    } else {
        const QDate day = field->date();
        const QString date = TermCalculator::shortDate(day);
        hint->setText(day == m_today  ? tr("%1 (vandaag)").arg(date)
                      : day > m_today ? tr("%1 — na vandaag").arg(date)
                                      : date);
        if (day > m_today)
            PaletteStyle::text(hint, StatePalette::Role::Error);
    }
}

void IntakeDialog::refreshFlags() {
    if (!m_flags)
        return; // still building
    updateDateHint(m_received, m_receivedHint);
    updateDateHint(m_conduct, m_conductHint);
    updateDateHint(m_decisionDate, m_decisionHint);

    const Case c = result();
    const DeadlineEngine& engine = m_session.engine();
    QString term;
    QString detail;
    if (c.kind == CaseKind::Signal) {
        term = tr("Signaal: geen wettelijke afhandelingstermijn.");
    } else if (!c.received.isValid()) {
        term = tr("Vul de ontvangstdatum in om de afhandelingstermijn te zien.");
    } else {
        const CountedDate handling = engine.handlingTerms(c.received, c.committee).handling;
        const QString basis =
            c.kind == CaseKind::WrittenComplaint ? tr("art. 9:11 lid 1 Awb") : tr("art. 9:11 lid 1 Awb naar analogie");
        term = tr("Afhandelen uiterlijk %1 (%2 weken; %3).")
                   .arg(TermCalculator::shortDate(handling.due))
                   .arg(c.committee ? 10 : 6)
                   .arg(basis);
        detail = handling.counting;
        if (!handling.warning.isEmpty())
            term += u' ' + handling.warning;
    }
    m_flags->setFlags(IntakeChecks::flagsFor(c, engine, m_today), term, detail);

    if (m_message->isVisible()) {
        const QList<Problem> problems = collectProblems();
        showProblems(problems);
    }
}

Case IntakeDialog::result() const {
    Case c;
    c.phase = Phase::Intake;
    c.kind = currentValue<CaseKind>(m_kind);
    c.channel = currentValue<Channel>(m_channel);
    c.received = m_received->date();
    c.conductDate = m_conduct->date();
    c.anonymous = m_anonymous->isChecked();
    if (!c.anonymous) {
        c.klager.name = m_name->text().simplified();
        c.klager.address = m_address->text().simplified();
        c.klager.phone = m_phone->text().simplified();
        c.klager.email = m_email->text().trimmed();
    }
    if (m_hasRepresentative->isChecked()) {
        c.representative.name = m_representativeName->text().simplified();
        c.representative.role = m_representativeRole->text().simplified();
    }
    c.subject.department = m_department->text().simplified();
    c.subject.employee = m_employee->text().simplified();
    c.subject.provider = m_provider->text().simplified();
    c.subject.jointArrangement = m_jointArrangement->text().simplified();
    c.domain = currentValue<PolicyDomain>(m_domain);
    c.themes = m_themes->checkedThemes();
    c.story = m_story->toPlainText().trimmed();
    c.desiredOutcome = m_desiredOutcome->toPlainText().trimmed();
    c.handler = m_handler->text().simplified();
    c.committee = c.kind == CaseKind::WrittenComplaint && m_committee->isChecked();
    if (c.kind == CaseKind::WrittenComplaint && m_dated->state() == DateField::State::Valid)
        c.klaagschriftDated = m_dated->date();
    c.aboutRegie = !c.subject.provider.isEmpty() && m_regie->isChecked();
    c.aboutDecisionContent = m_aboutDecision->isChecked();
    if (c.aboutDecisionContent)
        c.decisionPublished = m_decisionDate->date();
    return c;
}

QString IntakeDialog::committeeReason() const {
    return !m_committeeReason->isHidden() ? m_committeeReason->text().simplified() : QString();
}

bool IntakeDialog::firstContactMadeNow() const {
    return m_firstContact->isChecked() && currentValue<CaseKind>(m_kind) != CaseKind::Signal;
}

QList<IntakeDialog::Problem> IntakeDialog::collectProblems() const {
    QList<Problem> problems;
    auto checkDate = [&](DateField* field, const QString& what, bool required) {
        switch (field->state()) {
        case DateField::State::Empty:
            if (required)
                problems.append({field, tr("%1: vul een datum in (dd-mm-jjjj).").arg(what)});
            return false;
        case DateField::State::Invalid:
            problems.append({field, tr("%1: ongeldige datum, gebruik dd-mm-jjjj.").arg(what)});
            return false;
        case DateField::State::Valid:
            if (field->date() > m_today) {
                problems.append(
                    {field, tr("%1: %2 ligt na vandaag.").arg(what, TermCalculator::shortDate(field->date()))});
                return false;
            }
            return true;
        }
        return false;
    };

    const bool receivedOk = checkDate(m_received, tr("Ontvangen op"), true);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    const QString address = m_email->text().trimmed();
    if (!m_anonymous->isChecked() && !address.isEmpty() && !email.match(address).hasMatch())
        problems.append(
            {m_email, tr("E-mail: \"%1\" is geen geldig e-mailadres (bijv. naam@voorbeeld.nl).").arg(address)});
    if (m_story->toPlainText().trimmed().isEmpty())
        problems.append({m_story, tr("Wat is er gebeurd? Een korte omschrijving is nodig.")});
    if (checkDate(m_conduct, tr("Datum gedraging"), false) && receivedOk && m_conduct->date() > m_received->date())
        problems.append({m_conduct, tr("Datum gedraging: %1 ligt na de ontvangstdatum %2.")
                                        .arg(TermCalculator::shortDate(m_conduct->date()),
                                             TermCalculator::shortDate(m_received->date()))});
    if (m_aboutDecision->isChecked())
        checkDate(m_decisionDate, tr("Bekendmaking besluit"), false);
    const bool written = currentValue<CaseKind>(m_kind) == CaseKind::WrittenComplaint;
    if (written)
        checkDate(m_dated, tr("Klaagschrift gedateerd"), false);
    // Afdeling 9.1.3 is fixed at receipt, by the regulation or with a reason (CaseService::registerCase).
    if (written && m_committee->isChecked() && !m_session.settings().committee)
        problems.append({m_committee, tr("Klachtadviescommissie: de gemeente heeft geen klachtadviescommissie (zie de "
                                         "instellingen).")});
    if (!m_committeeReason->isHidden() && m_committeeReason->text().trimmed().isEmpty())
        problems.append({m_committeeReason, tr("Vermeld waarom bij deze klacht geen klachtadviescommissie adviseert; "
                                               "dat ligt vast bij ontvangst.")});
    return problems;
}

QStringList IntakeDialog::problems() const {
    QStringList texts;
    for (const Problem& problem : collectProblems())
        texts << problem.text;
    return texts;
}

void IntakeDialog::showProblems(const QList<Problem>& problems) {
    // Each field with a problem gets a red frame; the list says what is wrong.
    for (QWidget* field : std::as_const(m_markedFields))
        PaletteStyle::clear(field);
    m_markedFields.clear();
    QStringList lines;
    for (const Problem& problem : problems) {
        lines << u"• " + problem.text;
        if (!m_markedFields.contains(problem.field)) {
            const QString selector = QLatin1String(problem.field->metaObject()->className());
            PaletteStyle::set(problem.field, [selector](const StatePalette& palette) {
                return palette.fieldErrorStyleSheet(selector);
            });
            m_markedFields << problem.field;
        }
    }
    m_message->setText(lines.join(u'\n'));
    m_message->setAccessibleName(m_message->text());
    m_message->setVisible(!problems.isEmpty());
}

void IntakeDialog::accept() {
    const QList<Problem> problems = collectProblems();
    if (!problems.isEmpty()) {
        showProblems(problems);
        problems.first().field->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void IntakeDialog::reject() {
    if (result() != m_pristine) {
        QMessageBox ask(QMessageBox::Question, tr("Intake annuleren"),
                        tr("De ingevulde gegevens zijn nog niet geregistreerd. Weggooien?"), QMessageBox::NoButton,
                        this);
        QPushButton* discard = ask.addButton(tr("&Weggooien"), QMessageBox::DestructiveRole);
        QPushButton* keep = ask.addButton(tr("&Verder invullen"), QMessageBox::RejectRole);
        ask.setDefaultButton(keep);
        ask.setEscapeButton(keep);
        ask.exec();
        if (ask.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}
