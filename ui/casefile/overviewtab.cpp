#include "overviewtab.h"

#include "shell/formparts.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "datefields.h"

#include "deadlines/termcalculator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QFormLayout* newForm(QGroupBox* group) {
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

bool holdsFocus(const QWidget* editor) {
    const QWidget* focus = QApplication::focusWidget();
    return focus && (focus == editor || editor->isAncestorOf(focus));
}

} // namespace

OverviewTab::OverviewTab(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("overviewTab"));
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);

    m_flags = new QLabel(content);
    m_flags->setObjectName(QStringLiteral("intakeFlags"));
    m_flags->setAccessibleName(tr("Aandachtspunten bij de intake"));
    m_flags->setTextFormat(Qt::PlainText);
    m_flags->setWordWrap(true);
    m_flags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteStyle::box(m_flags, StatePalette::Role::Warning, QStringLiteral("6px"));
    m_flags->hide();
    column->addWidget(m_flags);

    m_formal = new QLabel(content);
    m_formal->setObjectName(QStringLiteral("formalSummary"));
    m_formal->setAccessibleName(tr("Vastgelegd in de formele behandeling"));
    m_formal->setTextFormat(Qt::PlainText);
    m_formal->setWordWrap(true);
    m_formal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteStyle::box(m_formal, StatePalette::Role::Information, QStringLiteral("6px"));
    m_formal->hide();
    column->addWidget(m_formal);

    auto* groups = new QHBoxLayout;
    groups->addWidget(buildCaseGroup(), 1);
    groups->addWidget(buildKlagerGroup(), 1);
    groups->addWidget(buildSubjectGroup(), 1);
    column->addLayout(groups);
    column->addWidget(buildOmbudsmanGroup());
    column->addWidget(buildTextsRow(), 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* layout = FormParts::flatColumn(this);
    layout->addWidget(scroll);
}

int OverviewTab::bind(QWidget* editor, const QString& text, std::function<void(const Case&)> show,
                      std::function<void(Case&)> store) {
    m_bindings.append({editor, text, std::move(show), std::move(store), {}});
    return int(m_bindings.size()) - 1;
}

template <typename Access>
QLineEdit* OverviewTab::lineEdit(Access access, const QString& accessibleName, const QString& text) {
    auto* edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    const int index = bind(
        edit, text, [edit, access](const Case& c) { edit->setText(access(c)); },
        [edit, access](Case& c) { access(c) = edit->text().trimmed(); });
    m_bindings[index].setReadOnly = [edit](bool readOnly) { edit->setReadOnly(readOnly); };
    connect(edit, &QLineEdit::editingFinished, this, [this, index] { commitAt(index); });
    return edit;
}

template <typename E>
QComboBox* OverviewTab::enumCombo(E Case::*member, const QString& accessibleName, const QString& text) {
    auto* combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    for (E value : EnumText::all<E>())
        combo->addItem(EnumText::label(value), int(value));
    const int index = bind(
        combo, text, [combo, member](const Case& c) { combo->setCurrentIndex(combo->findData(int(c.*member))); },
        [combo, member](Case& c) { c.*member = static_cast<E>(combo->currentData().toInt()); });
    m_bindings[index].setReadOnly = [combo](bool readOnly) { combo->setEnabled(!readOnly); };
    connect(combo, &QComboBox::activated, this, [this, index] { commitAt(index); });
    return combo;
}

QCheckBox* OverviewTab::checkBox(bool Case::*member, const QString& caption, const QString& text) {
    auto* box = new QCheckBox(caption, this);
    const int index = bind(
        box, text, [box, member](const Case& c) { box->setChecked(c.*member); },
        [box, member](Case& c) { c.*member = box->isChecked(); });
    m_bindings[index].setReadOnly = [box](bool readOnly) { box->setEnabled(!readOnly); };
    connect(box, &QCheckBox::clicked, this, [this, index] { commitAt(index); });
    return box;
}

OptionalDateEdit* OverviewTab::optionalDate(QDate Case::*member, const QString& accessibleName, const QString& text) {
    auto* edit = new OptionalDateEdit(this);
    edit->setAccessibleNames(accessibleName);
    const int index = bind(
        edit, text,
        [edit, member](const Case& c) {
            edit->setFallback(c.received);
            edit->setDate(c.*member);
        },
        [edit, member](Case& c) { c.*member = edit->date(); });
    m_bindings[index].setReadOnly = [edit](bool readOnly) { edit->setEnabled(!readOnly); };
    connect(edit, &OptionalDateEdit::editingFinished, this, [this, index] { commitAt(index); });
    return edit;
}

QPlainTextEdit* OverviewTab::textEdit(QString Case::*member, const QString& accessibleName, const QString& text) {
    auto* edit = new QPlainTextEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->installEventFilter(this);
    const int index = bind(
        edit, text, [edit, member](const Case& c) { edit->setPlainText(c.*member); },
        [edit, member](Case& c) { c.*member = edit->toPlainText().trimmed(); });
    m_bindings[index].setReadOnly = [edit](bool readOnly) { edit->setReadOnly(readOnly); };
    return edit;
}

QWidget* OverviewTab::buildCaseGroup() {
    auto* group = new QGroupBox(tr("Zaak"), this);
    QFormLayout* form = newForm(group);
    form->addRow(tr("&Soort:"), enumCombo(&Case::kind, tr("Soort"), tr("Soort wijzigen")));
    form->addRow(tr("&Kanaal:"), enumCombo(&Case::channel, tr("Kanaal"), tr("Kanaal wijzigen")));

    QDateEdit* received = DateFields::newDateEdit({}, this);
    received->setObjectName(QStringLiteral("receivedEdit"));
    received->setAccessibleName(tr("Ontvangen op"));
    const int receivedIndex = bind(
        received, tr("Ontvangstdatum wijzigen"), [received](const Case& c) { received->setDate(c.received); },
        [received](Case& c) { c.received = received->date(); });
    m_bindings[receivedIndex].setReadOnly = [received](bool readOnly) { received->setReadOnly(readOnly); };
    connect(received, &QDateEdit::editingFinished, this, [this, receivedIndex] { commitAt(receivedIndex); });
    form->addRow(tr("Ontvan&gen:"), received);

    OptionalDateEdit* conduct = optionalDate(&Case::conductDate, tr("Datum gedraging"), tr("Datum gedraging wijzigen"));
    conduct->setObjectName(QStringLiteral("conductDateEdit"));
    form->addRow(tr("&Datum gedraging:"), conduct);
    form->addRow(tr("Dom&ein:"), enumCombo(&Case::domain, tr("Domein"), tr("Domein wijzigen")));

    QLineEdit* handler = lineEdit(
        [](auto& c) -> auto& { return c.handler; }, tr("Behandelaar"), tr("Behandelaar wijzigen"));
    handler->setObjectName(QStringLiteral("handlerEdit"));
    m_handler = handler;
    form->addRow(tr("Beh&andelaar:"), handler);
    OptionalDateEdit* dated =
        optionalDate(&Case::klaagschriftDated, tr("Datum van het klaagschrift"), tr("Datum klaagschrift wijzigen"));
    dated->setObjectName(QStringLiteral("klaagschriftDatedEdit"));
    dated->setToolTip(tr("De dagtekening van het klaagschrift (art. 9:4 lid 2 Awb)."));
    form->addRow(tr("Klaagschrift gedateerd:"), dated);
    // Only a klaagschrift bears a date (art. 9:4 lid 2 b Awb): the row is there for a written complaint.
    const int datedIndex = int(m_bindings.size()) - 1;
    const auto showDated = m_bindings[datedIndex].show;
    m_bindings[datedIndex].show = [form, dated, showDated](const Case& c) {
        showDated(c);
        form->setRowVisible(dated, c.kind == CaseKind::WrittenComplaint);
    };
    // Whether afdeling 9.1.3 applies was decided at receipt and cannot be changed here.
    auto* committee = new QLabel(this);
    committee->setObjectName(QStringLiteral("committeeLabel"));
    committee->setWordWrap(true);
    committee->setTextFormat(Qt::PlainText);
    committee->setAccessibleName(tr("Klachtadviescommissie"));
    bind(
        committee, QString(),
        [committee](const Case& c) {
            QString text = c.committee ? tr("Een klachtadviescommissie adviseert (afdeling 9.1.3 Awb; tien weken).")
                                       : tr("Geen klachtadviescommissie.");
            if (c.committeeDecidedOn.isValid())
                text += u' ' + tr("Vastgelegd bij ontvangst, %1: %2")
                                   .arg(TermCalculator::shortDate(c.committeeDecidedOn), c.committeeReason);
            committee->setText(text);
        },
        [](Case&) {});
    form->addRow(tr("Commissie:"), committee);
    QCheckBox* decision =
        checkBox(&Case::aboutDecisionContent, tr("Over de inhoud van een besluit"), tr("Inhoud besluit wijzigen"));
    decision->setToolTip(tr("Wie het niet eens is met de inhoud van een besluit, maakt bezwaar (hoofdstuk 6 Awb), "
                            "binnen zes weken na de bekendmaking."));
    form->addRow(QString(), decision);
    form->addRow(tr("Bekendgemaakt:"), optionalDate(&Case::decisionPublished, tr("Besluit bekendgemaakt op"),
                                                    tr("Bekendmaking besluit wijzigen")));
    return group;
}

QWidget* OverviewTab::buildKlagerGroup() {
    auto* group = new QGroupBox(tr("Klager"), this);
    QFormLayout* form = newForm(group);
    QCheckBox* anonymous = checkBox(&Case::anonymous, tr("Anoniem"), tr("Anonimiteit wijzigen"));
    anonymous->setObjectName(QStringLiteral("anonymousBox"));
    form->addRow(QString(), anonymous);
    // Anonymous keeps what is known but greys it out.
    const int anonymousIndex = int(m_bindings.size()) - 1;
    const auto showAnonymous = m_bindings[anonymousIndex].show;
    m_bindings[anonymousIndex].show = [this, showAnonymous](const Case& c) {
        showAnonymous(c);
        for (QWidget* field : std::as_const(m_klagerFields))
            field->setEnabled(!c.anonymous);
    };

    QLineEdit* name = lineEdit(
        [](auto& c) -> auto& { return c.klager.name; }, tr("Naam klager"), tr("Naam klager wijzigen"));
    name->setObjectName(QStringLiteral("klagerNameEdit"));
    QLineEdit* address = lineEdit(
        [](auto& c) -> auto& { return c.klager.address; }, tr("Adres klager"), tr("Adres klager wijzigen"));
    QLineEdit* phone = lineEdit(
        [](auto& c) -> auto& { return c.klager.phone; }, tr("Telefoon klager"), tr("Telefoon klager wijzigen"));
    QLineEdit* email = lineEdit(
        [](auto& c) -> auto& { return c.klager.email; }, tr("E-mail klager"), tr("E-mail klager wijzigen"));
    m_klagerFields = {name, address, phone, email};
    form->addRow(tr("&Naam:"), name);
    form->addRow(tr("Adres:"), address);
    form->addRow(tr("Telefoon:"), phone);
    form->addRow(tr("E-mail:"), email);
    form->addRow(tr("Vertegenwoordiger:"), lineEdit(
                                               [](auto& c) -> auto& { return c.representative.name; },
                                               tr("Vertegenwoordiger"), tr("Vertegenwoordiger wijzigen")));
    form->addRow(tr("Rol:"), lineEdit(
                                 [](auto& c) -> auto& { return c.representative.role; }, tr("Rol vertegenwoordiger"),
                                 tr("Rol vertegenwoordiger wijzigen")));
    return group;
}

QWidget* OverviewTab::buildSubjectGroup() {
    auto* group = new QGroupBox(tr("Over wie"), this);
    QFormLayout* form = newForm(group);
    form->addRow(tr("Afdeling of team:"), lineEdit(
                                              [](auto& c) -> auto& { return c.subject.department; },
                                              tr("Afdeling of team"), tr("Afdeling wijzigen")));
    form->addRow(tr("Medewerker:"), lineEdit(
                                        [](auto& c) -> auto& { return c.subject.employee; },
                                        tr("Medewerker (beklaagde)"), tr("Beklaagde wijzigen")));
    form->addRow(tr("Aanbieder:"),
                 lineEdit(
                     [](auto& c) -> auto& { return c.subject.provider; }, tr("Aanbieder"), tr("Aanbieder wijzigen")));
    QCheckBox* regie =
        checkBox(&Case::aboutRegie, tr("Over de regie van de gemeente"), tr("Regie van de gemeente wijzigen"));
    regie->setObjectName(QStringLiteral("aboutRegieBox"));
    regie->setToolTip(tr("Over de zorg of ondersteuning van een gecontracteerde aanbieder gaan de klachtregels van die "
                         "aanbieder (Wmo 2015, Jeugdwet, Wkkgz). De gemeente behandelt alleen klachten over haar eigen "
                         "regie formeel."));
    form->addRow(QString(), regie);
    form->addRow(tr("Gem. regeling:"),
                 lineEdit(
                     [](auto& c) -> auto& { return c.subject.jointArrangement; }, tr("Gemeenschappelijke regeling"),
                     tr("Gemeenschappelijke regeling wijzigen")));

    m_themes = new QLabel(group);
    m_themes->setObjectName(QStringLiteral("themesSummary"));
    m_themes->setWordWrap(true);
    m_themes->setTextFormat(Qt::PlainText);
    m_themesButton = new QPushButton(tr("Kie&zen"), group);
    m_themesButton->setObjectName(QStringLiteral("themesButton"));
    m_themesButton->setAccessibleName(tr("Thema's kiezen"));
    m_themesButton->setAutoDefault(false);
    auto* menu = new QMenu(m_themesButton);
    m_themesButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        QStringList names = m_themeList;
        for (const QString& theme : std::as_const(m_case.themes)) {
            if (!names.contains(theme, Qt::CaseInsensitive))
                names << theme;
        }
        for (const QString& theme : std::as_const(names)) {
            QAction* action = menu->addAction(theme);
            action->setCheckable(true);
            action->setChecked(m_case.themes.contains(theme, Qt::CaseInsensitive));
            connect(action, &QAction::triggered, this, [this, theme](bool on) {
                Case after = m_case;
                if (on)
                    after.themes.append(theme);
                else
                    after.themes.removeIf([&](const QString& t) { return t.compare(theme, Qt::CaseInsensitive) == 0; });
                emit editRequested(after,
                                   on ? tr("Thema toevoegen: %1").arg(theme) : tr("Thema verwijderen: %1").arg(theme));
            });
        }
    });
    auto* themesRow = new QHBoxLayout;
    themesRow->addWidget(m_themes, 1);
    themesRow->addWidget(m_themesButton, 0, Qt::AlignTop);
    form->addRow(tr("Thema's:"), themesRow);
    return group;
}

QWidget* OverviewTab::buildOmbudsmanGroup() {
    auto* group = new QGroupBox(tr("Ombudsman en archief"), this);
    auto* grid = new QGridLayout(group);
    OptionalDateEdit* sent =
        optionalDate(&Case::sentToOmbudsman, tr("Naar de ombudsman op"), tr("Datum naar de ombudsman wijzigen"));
    sent->setObjectName(QStringLiteral("sentToOmbudsmanEdit"));
    QComboBox* kind = enumCombo(&Case::ombudsmanKind, tr("Welke ombudsman"), tr("Ombudsman wijzigen"));
    kind->setObjectName(QStringLiteral("ombudsmanKindCombo"));
    QComboBox* outcome =
        enumCombo(&Case::ombudsmanOutcome, tr("Uitkomst bij de ombudsman"), tr("Uitkomst bij de ombudsman wijzigen"));
    outcome->setObjectName(QStringLiteral("ombudsmanOutcomeCombo"));
    OptionalDateEdit* outcomeOn =
        optionalDate(&Case::ombudsmanOutcomeOn, tr("Uitkomst bekend op"), tr("Datum uitkomst ombudsman wijzigen"));
    outcomeOn->setObjectName(QStringLiteral("ombudsmanOutcomeOnEdit"));
    // Two rows of two fields, so that the group fits beside nothing at 1366 pixels.
    for (QComboBox* combo : {kind, outcome}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(22);
    }
    grid->addWidget(new QLabel(tr("Naar de ombudsman op:"), group), 0, 0);
    grid->addWidget(sent, 0, 1);
    grid->addWidget(new QLabel(tr("Ombudsman:"), group), 0, 2);
    grid->addWidget(kind, 0, 3);
    grid->addWidget(new QLabel(tr("Bekend op:"), group), 1, 0);
    grid->addWidget(outcomeOn, 1, 1);
    grid->addWidget(new QLabel(tr("Uitkomst:"), group), 1, 2);
    grid->addWidget(outcome, 1, 3);
    grid->setColumnStretch(4, 1);
    m_archive = new QLabel(group);
    m_archive->setObjectName(QStringLiteral("archiveStatus"));
    m_archive->setAccessibleName(tr("Bewaartermijn volgens de Selectielijst"));
    m_archive->setTextFormat(Qt::PlainText);
    m_archive->setWordWrap(true);
    m_archive->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_archiveButton = new QPushButton(tr("Bewaar&termijn kiezen…"), group);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_archiveButton->setAutoDefault(false);
    m_archiveButton->setToolTip(tr("Een beheerder kan voor deze zaak een ander resultaat van de Selectielijst kiezen, "
                                   "met een reden."));
    connect(m_archiveButton, &QPushButton::clicked, this, &OverviewTab::archiveRequested);
    grid->addWidget(new QLabel(tr("Archief:"), group), 2, 0);
    grid->addWidget(m_archive, 2, 1, 1, 4);
    grid->addWidget(m_archiveButton, 2, 5, Qt::AlignRight);
    return group;
}

void OverviewTab::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    applyReadOnly();
}

void OverviewTab::setHandlerEditable(bool editable, const QString& reason) {
    m_handlerEditable = editable;
    m_handler->setToolTip(editable || m_readOnly ? QString() : reason);
    applyReadOnly();
}

void OverviewTab::applyReadOnly() {
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (binding.setReadOnly)
            binding.setReadOnly(m_readOnly);
    }
    m_handler->setReadOnly(m_readOnly || !m_handlerEditable);
    m_themesButton->setEnabled(!m_readOnly);
}

void OverviewTab::setArchive(const QString& description, bool mayOverride) {
    m_archive->setText(description);
    m_archiveButton->setVisible(mayOverride);
}

QWidget* OverviewTab::buildTextsRow() {
    auto* row = new QWidget(this);
    auto* layout = FormParts::flatRow(row);
    const auto addText = [&](QPlainTextEdit* edit, const QString& caption, const QString& objectName) {
        edit->setObjectName(objectName);
        // The texts take the height that is left (at least five lines): no scroll bar at 1366x768.
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        auto* box = new QVBoxLayout;
        auto* label = new QLabel(caption, row);
        label->setBuddy(edit);
        box->addWidget(label);
        box->addWidget(edit, 1);
        layout->addLayout(box, 1);
    };
    addText(textEdit(&Case::story, tr("Verhaal van de klager"), tr("Verhaal wijzigen")),
            tr("&Verhaal van de klager (wat is er gebeurd?)"), QStringLiteral("storyEdit"));
    addText(textEdit(&Case::desiredOutcome, tr("Gewenste uitkomst"), tr("Gewenste uitkomst wijzigen")),
            tr("Gewenste &uitkomst (wat wil de klager bereiken?)"), QStringLiteral("desiredOutcomeEdit"));
    return row;
}

bool OverviewTab::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        for (int i = 0; i < m_bindings.size(); ++i) {
            if (m_bindings.at(i).editor == watched) {
                commitAt(i);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool OverviewTab::isDirty(const Binding& binding) const {
    if (!m_loaded)
        return false;
    Case probe = m_case;
    binding.store(probe);
    return !(probe == m_case);
}

void OverviewTab::commit(const Binding& binding) {
    if (!isDirty(binding))
        return;
    Case after = m_case;
    binding.store(after);
    emit editRequested(after, binding.text);
}

void OverviewTab::commitPending() {
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (isDirty(binding)) {
            commit(binding);
            return; // at most one: the field with focus; the others were stored when they were left
        }
    }
}

void OverviewTab::setCase(const Case& c, const QStringList& themeList, const QList<IntakeFlag>& flags) {
    for (const Binding& binding : std::as_const(m_bindings)) {
        // What the handler is typing right now wins over the refresh; it is stored when left.
        if (isDirty(binding) && holdsFocus(binding.editor))
            continue;
        binding.show(c);
    }
    m_case = c;
    m_loaded = true;
    m_themeList = themeList;
    showThemes();
    showFlags(flags);
    showFormal();
}

// What the formal procedure recorded so far, person by person (9:10), then advice, judgment and
// afdoening (9:12, 9:16): the handler sees what the afdoeningsbrief will say.
void OverviewTab::showFormal() {
    const Case& c = m_case;
    const auto date = [](QDate d) { return TermCalculator::shortDate(d); };
    QStringList lines;
    if (!c.predecessor.isEmpty())
        lines << tr("Nieuwe klacht na heropening van %1.").arg(c.predecessor);
    if (c.hearingHeld.isValid())
        lines << tr("Klager gehoord op %1.").arg(date(c.hearingHeld));
    if (c.hearingException != HearingException::None) {
        QString line = tr("Klager niet gehoord: %1.").arg(EnumText::label(c.hearingException));
        if (c.hearingReplyTerm.isValid())
            line += u' ' + tr("Gestelde termijn tot en met %1.").arg(date(c.hearingReplyTerm));
        lines << line;
    }
    const QString respondent = c.subject.employee.trimmed().isEmpty() ? tr("De beklaagde") : c.subject.employee;
    if (c.respondentHearing == RespondentHearing::Heard)
        lines << tr("%1 gehoord op %2.").arg(respondent, date(c.respondentHeardOn));
    else if (c.respondentHearing == RespondentHearing::Declined)
        lines << tr("%1 kreeg op %2 de gelegenheid te worden gehoord en maakte er geen gebruik van.")
                     .arg(respondent, date(c.respondentHeardOn));
    if (c.hearingReportSent.isValid())
        lines << tr("Hoorverslag verstuurd aan klager en beklaagde op %1.").arg(date(c.hearingReportSent));
    if (c.committeeAdviceOn.isValid())
        lines << tr("Advies van de commissie (%1): %2.")
                     .arg(date(c.committeeAdviceOn), EnumText::label(c.committeeAdvice));
    if (c.judgment != Outcome::None)
        lines << tr("Oordeel: %1.").arg(EnumText::label(c.judgment));
    if (c.closingNoticeSent.isValid())
        lines << tr("Afgedaan met de afdoeningsbrief van %1.").arg(date(c.closingNoticeSent));
    m_formal->setText(lines.join(u'\n'));
    m_formal->setVisible(!lines.isEmpty());
}

void OverviewTab::showThemes() {
    m_themes->setText(m_case.themes.isEmpty() ? tr("(nog geen thema)") : m_case.themes.join(QStringLiteral(", ")));
}

void OverviewTab::showFlags(const QList<IntakeFlag>& flags) {
    QStringList lines;
    for (const IntakeFlag& flag : flags) {
        QString line = QStringLiteral("\u26a0 ") + flag.message;
        if (!flag.article.isEmpty())
            line += QStringLiteral(" (") + flag.article + u')';
        lines << line;
    }
    m_flags->setText(lines.join(u'\n'));
    m_flags->setVisible(!lines.isEmpty());
}
