// Construction and layout of the intake dialog; the rules (suggestions, flags, validation, the

#include "shell/formparts.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"
// resulting case) are in intakedialogrules.cpp. Three columns so that it fits 1366×768: the klager and
// the story, then about whom and the classification, then the live flags.
#include "intakedialog.h"

#include "datefield.h"
#include "flagpanel.h"
#include "intakesuggestions.h"
#include "themepicker.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace {
QString withoutMnemonic(QString text) {
    return text.remove(u'&');
}

template <typename W> W* named(W* widget, const char* objectName, const QString& accessibleName) {
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(withoutMnemonic(accessibleName));
    return widget;
}

QLineEdit* lineEdit(const char* objectName, const QString& accessibleName, const QStringList& suggestions = {}) {
    auto* edit = named(new QLineEdit, objectName, accessibleName);
    if (!suggestions.isEmpty()) {
        auto* completer = new QCompleter(suggestions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    return edit;
}

QPlainTextEdit* textEdit(const char* objectName, const QString& accessibleName, int lines) {
    auto* edit = named(new QPlainTextEdit, objectName, accessibleName);
    edit->setTabChangesFocus(true); // a phone intake never needs a tab character
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lines * lineHeight + 12);
    return edit;
}

// A date field with, next to it, the date as understood ("do 15 okt 2026") or "ongeldige datum".
QWidget* dateRow(DateField* field, QLabel* hint) {
    auto* row = new QWidget;
    auto* layout = FormParts::flatRow(row);
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 16);
    layout->addWidget(field);
    hint->setTextFormat(Qt::PlainText);
    layout->addWidget(hint, 1);
    return row;
}
} // namespace

IntakeDialog::IntakeDialog(MunicipalitySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_today(session.today())
    , m_suggestions(IntakeSuggestions::load(session)) {
    setWindowTitle(tr("Nieuwe klacht registreren"));
    setAccessibleName(windowTitle());

    auto* top = new QWidget;
    auto* topLayout = FormParts::flatRow(top);
    m_channel = named(new QComboBox, "channelCombo", tr("Kanaal"));
    for (Channel channel : EnumText::all<Channel>())
        m_channel->addItem(EnumText::label(channel), static_cast<int>(channel));
    m_kind = named(new QComboBox, "kindCombo", tr("Soort"));
    for (CaseKind kind : EnumText::all<CaseKind>())
        m_kind->addItem(EnumText::label(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(CaseKind::OralComplaint)));
    m_received = named(new DateField, "receivedDateEdit", tr("Ontvangen op"));
    m_received->setDate(m_today);
    m_receivedHint = new QLabel;
    m_firstContact = named(new QCheckBox(tr("Dit gesprek is het eerste &persoonlijke contact")), "firstContactCheck",
                           tr("Dit gesprek is het eerste persoonlijke contact"));
    m_firstContact->setChecked(true);
    m_firstContact->setToolTip(tr("Legt het eerste persoonlijke contact vast op vandaag (gemeentelijke termijn)."));
    topLayout->addWidget(FormParts::buddyLabel(tr("&Kanaal"), m_channel));
    topLayout->addWidget(m_channel);
    topLayout->addSpacing(12);
    topLayout->addWidget(FormParts::buddyLabel(tr("&Soort"), m_kind));
    topLayout->addWidget(m_kind);
    topLayout->addSpacing(12);
    topLayout->addWidget(FormParts::buddyLabel(tr("&Ontvangen op"), m_received));
    topLayout->addWidget(dateRow(m_received, m_receivedHint));
    topLayout->addSpacing(12);
    topLayout->addWidget(m_firstContact);
    topLayout->addStretch(1);

    m_flags = new FlagPanel;
    // The flags scroll rather than grow the dialog past the screen, and their column keeps its
    // width whatever they say, so that the fields do not jump while the user types.
    auto* flagsScroll = new QScrollArea;
    flagsScroll->setWidget(m_flags);
    flagsScroll->setWidgetResizable(true);
    flagsScroll->setFrameShape(QFrame::NoFrame);
    flagsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    flagsScroll->setFocusPolicy(Qt::NoFocus);
    auto* flagsBox = new QGroupBox(tr("Aandachtspunten"));
    flagsBox->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    flagsBox->setMinimumWidth(300);
    auto* flagsLayout = new QVBoxLayout(flagsBox);
    flagsLayout->addWidget(flagsScroll);

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildCaseColumn(), 12);
    columns->addWidget(buildClassificationColumn(), 10);
    columns->addWidget(flagsBox, 9);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    PaletteStyle::set(m_message, [](const StatePalette& palette) -> QString {
        return palette.textStyleSheet(StatePalette::Role::Error) + QStringLiteral(" font-weight: bold;");
    });
    m_message->hide();

    m_buttons = new QDialogButtonBox;
    m_register = m_buttons->addButton(tr("Registreren"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("registerButton"));
    // No default button: Enter in a field must not register a half-typed call (keyPressEvent).
    m_register->setAutoDefault(false);
    m_register->setToolTip(tr("Registreren (Ctrl+Enter)"));
    m_cancel = m_buttons->addButton(tr("Annuleren"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_cancel->setToolTip(tr("Annuleren (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &IntakeDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    setTabOrderChain();
    connectRules();
    onChannelChanged();
    onKindChanged();
    refreshFlags();
    m_pristine = result();

    // Fits a 1366×768 screen, task bar and title bar included.
    const QSize wanted = sizeHint().expandedTo(QSize(1260, 660));
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    resize(wanted.boundedTo(available.size() - QSize(16, 40)));
    m_name->setFocus(Qt::OtherFocusReason); // on the phone, the name comes first
}

QWidget* IntakeDialog::buildCaseColumn() {
    const IntakeSuggestions& s = m_suggestions;
    auto* column = new QWidget;
    auto* layout = FormParts::flatColumn(column);

    auto* klager = new QGroupBox(tr("Klager"));
    auto* form = new QFormLayout(klager);
    m_name = lineEdit("klagerName", tr("Naam klager"));
    m_anonymous = named(new QCheckBox(tr("&Anoniem")), "anonymousCheck", tr("Anoniem"));
    m_anonymous->setToolTip(tr("De klager wil geen naam of contactgegevens geven"));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_anonymous);
    form->addRow(FormParts::buddyLabel(tr("&Naam"), m_name), nameRow);
    m_address = lineEdit("klagerAddress", tr("Adres klager"));
    m_address->setPlaceholderText(tr("Straat en huisnummer, postcode en plaats"));
    form->addRow(FormParts::buddyLabel(tr("Ad&res"), m_address), m_address);
    m_phone = lineEdit("klagerPhone", tr("Telefoon klager"));
    m_email = lineEdit("klagerEmail", tr("E-mail klager"));
    auto* contactRow = new QHBoxLayout;
    contactRow->addWidget(m_phone, 2);
    contactRow->addWidget(FormParts::buddyLabel(tr("E-&mail"), m_email));
    contactRow->addWidget(m_email, 3);
    form->addRow(FormParts::buddyLabel(tr("Tele&foon"), m_phone), contactRow);

    m_hasRepresentative =
        named(new QCheckBox(tr("Met &vertegenwoordiger")), "representativeCheck", tr("Met vertegenwoordiger"));
    m_representativeName = lineEdit("representativeName", tr("Naam vertegenwoordiger"));
    m_representativeRole = lineEdit("representativeRole", tr("Rol vertegenwoordiger"), s.roles);
    m_representativeRole->setPlaceholderText(tr("bijv. cliëntondersteuner"));
    // Name and role on one row under the check box, labelled, aligned with the fields above.
    m_representativeRow = new QWidget;
    auto* representativeLayout = FormParts::flatRow(m_representativeRow);
    representativeLayout->addWidget(new QLabel(tr("Naam")));
    representativeLayout->addWidget(m_representativeName, 3);
    representativeLayout->addWidget(new QLabel(tr("Rol")));
    representativeLayout->addWidget(m_representativeRole, 2);
    m_representativeRow->hide();
    form->addRow(m_hasRepresentative);
    form->addRow(m_representativeRow);
    layout->addWidget(klager);

    m_story = textEdit("storyEdit", tr("Wat is er gebeurd?"), 6);
    m_story->setPlaceholderText(tr("In de woorden van de klager; een korte omschrijving is genoeg"));
    layout->addWidget(FormParts::buddyLabel(tr("Wat is er &gebeurd?"), m_story));
    layout->addWidget(m_story, 3);
    m_desiredOutcome = textEdit("desiredOutcomeEdit", tr("Wat wil de klager bereiken?"), 2);
    layout->addWidget(FormParts::buddyLabel(tr("Wat &wil de klager bereiken?"), m_desiredOutcome));
    layout->addWidget(m_desiredOutcome, 1);

    m_conduct = named(new DateField, "conductDateEdit", tr("Datum gedraging"));
    m_conduct->setPlaceholderText(tr("dd-mm-jjjj"));
    m_conductHint = new QLabel;
    auto* conductForm = new QFormLayout;
    conductForm->addRow(FormParts::buddyLabel(tr("Da&tum gedraging"), m_conduct), dateRow(m_conduct, m_conductHint));
    // The klaagschrift's own date (art. 9:4 lid 2); only a klaagschrift has one.
    m_dated = named(new DateField, "klaagschriftDatedEdit", tr("Klaagschrift gedateerd"));
    m_dated->setPlaceholderText(tr("dd-mm-jjjj"));
    m_datedRow = new QWidget;
    auto* datedLayout = FormParts::flatRow(m_datedRow);
    datedLayout->addWidget(FormParts::buddyLabel(tr("Klaagschrift gedateerd"), m_dated));
    datedLayout->addWidget(m_dated);
    datedLayout->addStretch(1);
    m_datedRow->hide();
    conductForm->addRow(m_datedRow);
    layout->addLayout(conductForm);
    return column;
}

QWidget* IntakeDialog::buildClassificationColumn() {
    const IntakeSuggestions& s = m_suggestions;
    auto* column = new QWidget;
    auto* layout = FormParts::flatColumn(column);

    auto* about = new QGroupBox(tr("Over wie gaat de klacht?"));
    // Labels above the fields, two by two: the long labels would squeeze a form's fields.
    auto* aboutGrid = new QGridLayout(about);
    aboutGrid->setVerticalSpacing(2);
    m_department = lineEdit("departmentEdit", tr("Afdeling of team"), s.departments);
    m_employee = lineEdit("employeeEdit", tr("Medewerker (beklaagde)"), s.employees);
    m_provider = lineEdit("providerEdit", tr("Aanbieder"), s.providers);
    m_jointArrangement = lineEdit("jointArrangementEdit", tr("Gemeenschappelijke regeling"), s.jointArrangements);
    aboutGrid->addWidget(FormParts::buddyLabel(tr("Afde&ling / team"), m_department), 0, 0);
    aboutGrid->addWidget(FormParts::buddyLabel(tr("M&edewerker (beklaagde)"), m_employee), 0, 1);
    aboutGrid->addWidget(m_department, 1, 0);
    aboutGrid->addWidget(m_employee, 1, 1);
    aboutGrid->addItem(new QSpacerItem(0, 6), 2, 0);
    aboutGrid->addWidget(FormParts::buddyLabel(tr("Aanb&ieder"), m_provider), 3, 0);
    aboutGrid->addWidget(FormParts::buddyLabel(tr("Gemeenschappeli&jke regeling"), m_jointArrangement), 3, 1);
    aboutGrid->addWidget(m_provider, 4, 0);
    aboutGrid->addWidget(m_jointArrangement, 4, 1);
    m_regie = named(new QCheckBox(tr("Over de regie van de gemeente, niet over de aanbieder zelf")), "regieCheck",
                    tr("Over de regie van de gemeente"));
    m_regie->setToolTip(tr("Over de zorg of ondersteuning van een gecontracteerde aanbieder gelden diens eigen "
                           "klachtregels (Wmo 2015, Jeugdwet, Wkkgz); de gemeente behandelt formeel alleen klachten "
                           "over haar eigen regie."));
    m_regie->setEnabled(false);
    aboutGrid->addWidget(m_regie, 5, 0, 1, 2);
    layout->addWidget(about);

    auto* form = new QFormLayout;
    m_domain = named(new QComboBox, "domainCombo", tr("Domein"));
    for (PolicyDomain domain : EnumText::all<PolicyDomain>())
        m_domain->addItem(EnumText::label(domain), static_cast<int>(domain));
    m_domain->setCurrentIndex(m_domain->findData(static_cast<int>(PolicyDomain::Other)));
    form->addRow(FormParts::buddyLabel(tr("&Domein"), m_domain), m_domain);

    QStringList themes;
    try {
        themes = m_session.cases().themes();
    } catch (const StorageError&) {
        // Without the list the handler can still type a theme; the save will report a broken file.
    }
    m_themes = new ThemePicker(themes);
    m_themes->setObjectName(QStringLiteral("themePicker"));
    form->addRow(FormParts::buddyLabel(tr("T&hema's"), m_themes), m_themes);

    m_handler = lineEdit("handlerEdit", tr("Behandelaar"), s.handlers);
    m_handler->setText(m_session.user());
    form->addRow(FormParts::buddyLabel(tr("&Behandelaar"), m_handler), m_handler);
    m_committee = named(new QCheckBox(tr("Klachtadvies&commissie adviseert")), "committeeCheck",
                        tr("Klachtadviescommissie adviseert"));
    m_committeePreferred = m_session.settings().committee;
    form->addRow(QString(), m_committee);
    m_committeeReason = lineEdit("committeeReasonEdit", tr("Reden voor afwijken van de klachtregeling"));
    m_committeeReason->setPlaceholderText(tr("Waarom hier geen commissie adviseert (vastgelegd bij ontvangst)"));
    m_committeeReason->hide();
    form->addRow(QString(), m_committeeReason);
    layout->addLayout(form, 1);

    m_aboutDecision = named(new QCheckBox(tr("Gaat over de inhoud van een besl&uit")), "decisionContentCheck",
                            tr("Gaat over de inhoud van een besluit"));
    m_decisionDate = named(new DateField, "decisionDateEdit", tr("Datum bekendmaking besluit"));
    m_decisionHint = new QLabel;
    m_decisionRow = new QWidget;
    auto* decisionLayout = new QHBoxLayout(m_decisionRow);
    decisionLayout->setContentsMargins(20, 0, 0, 0);
    decisionLayout->addWidget(FormParts::buddyLabel(tr("Bekendgemaakt op"), m_decisionDate));
    decisionLayout->addWidget(dateRow(m_decisionDate, m_decisionHint), 1);
    m_decisionRow->hide();
    layout->addWidget(m_aboutDecision);
    layout->addWidget(m_decisionRow);
    return column;
}

void IntakeDialog::setTabOrderChain() {
    const QList<QWidget*> chain = QList<QWidget*>()
                                  << m_channel << m_kind << m_received << m_firstContact << m_name << m_anonymous
                                  << m_address << m_phone << m_email << m_hasRepresentative << m_representativeName
                                  << m_representativeRole << m_story << m_desiredOutcome << m_conduct << m_dated
                                  << m_department << m_employee << m_provider << m_regie << m_jointArrangement
                                  << m_domain << m_themes->searchEdit() << m_themes->list() << m_handler << m_committee
                                  << m_committeeReason << m_aboutDecision << m_decisionDate << m_register << m_cancel;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (chain[i - 1] && chain[i])
            setTabOrder(chain[i - 1], chain[i]);
    }
}

void IntakeDialog::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        // A focused button is pressed with Enter as everywhere; a field's Enter (after the field
        // itself had its say, e.g. the theme search) goes no further.
        if (auto* button = qobject_cast<QPushButton*>(focusWidget()))
            button->click();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}
