#include "letterdialog.h"

#include "shell/dialogbuttons.h"
#include "shell/formparts.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "lettercheckpanel.h"
#include "letterdraft.h"
#include "letteroutputbar.h"
#include "letterpage.h"

#include "casenotifier.h"
#include "deadlines/termcalculator.h"
#include "letters/letterfields.h"
#include "letters/lettersender.h"
#include "print/letterfont.h"
#include "print/letterpdfwriter.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

bool askWithMessageBox(QWidget* parent, const QString& title, const QString& question) {
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace

LetterDialog::LetterDialog(MunicipalitySession& session, CaseNotifier& notifier, const Case& c, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_case(c)
    , m_confirm(askWithMessageBox) {
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Brief · %1").arg(c.reference));
    setAccessibleName(tr("Brief schrijven"));

    QWidget* left = buildChoicePane();

    QWidget* middle = buildTextPane();

    m_check = new LetterCheckPanel(this);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_check);
    splitter->setStretchFactor(1, 1);
    m_types->setMinimumWidth(m_types->fontMetrics().horizontalAdvance(LetterTypes::label(LetterType::CopyToRespondent) +
                                                                      QStringLiteral("MMM")));
    splitter->setSizes({m_types->minimumWidth(), 700, 280});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("letterMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    PaletteStyle::text(m_message, StatePalette::Role::Error);
    m_message->hide();

    QHBoxLayout* bottom = buildBottomBar();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(1180, 780);

    connectEdits();

    fillTypes();
}

// The kind of letter and its date.
QWidget* LetterDialog::buildChoicePane() {
    m_types = new QListWidget(this);
    m_types->setObjectName(QStringLiteral("letterTypes"));
    m_types->setAccessibleName(tr("Soort brief"));
    m_date = new QDateEdit(m_session.today(), this);
    m_date->setObjectName(QStringLiteral("letterDate"));
    m_date->setAccessibleName(tr("Datum van de brief"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    auto* left = new QWidget(this);
    auto* leftLayout = FormParts::flatColumn(left);
    leftLayout->addWidget(FormParts::buddyLabel(tr("&Soort brief:"), m_types, left));
    leftLayout->addWidget(m_types, 1);
    leftLayout->addWidget(FormParts::buddyLabel(tr("Datum van de &brief:"), m_date, left));
    leftLayout->addWidget(m_date);
    return left;
}

// The letter's text, editable, with a note when the house font is missing.
QWidget* LetterDialog::buildTextPane() {
    m_editor = new QTextEdit(this);
    m_editor->setObjectName(QStringLiteral("letterEditor"));
    m_editor->setAccessibleName(tr("Tekst van de brief"));
    m_editor->setTabChangesFocus(true);
    LetterPage::setUp(m_editor);
    auto* middle = new QWidget(this);
    auto* middleLayout = FormParts::flatColumn(middle);
    middleLayout->addWidget(FormParts::buddyLabel(tr("&Tekst (u kunt de brief hier aanpassen):"), m_editor, middle));
    middleLayout->addWidget(m_editor, 1);
    // The municipality's house font is not installed here: the letter is set in the bundled font.
    if (const QString note = LetterFont::fallbackNote(m_session.settings().houseFont); !note.isEmpty()) {
        auto* fontNote = new QLabel(note, middle);
        fontNote->setObjectName(QStringLiteral("letterFontNote"));
        fontNote->setWordWrap(true);
        fontNote->setTextFormat(Qt::PlainText);
        PaletteStyle::box(fontNote, StatePalette::Role::Warning, QStringLiteral("4px"));
        middleLayout->addWidget(fontNote);
    }
    return middle;
}

// Print and PDF, sending, closing.
QHBoxLayout* LetterDialog::buildBottomBar() {
    m_output = new LetterOutputBar(this);
    m_output->setJobProvider([this] {
        return m_sent ? LetterComposer::printJob(*m_sent, m_session.settings())
                      : (m_draft ? m_draft->job() : PrintJob{});
    });
    m_output->setGate([this] {
        checkNow();
        if (m_sent || !m_draft || (m_draft->flagged().isEmpty() && m_draft->missing().isEmpty()))
            return true;
        return m_confirm(this, tr("Brief is nog niet compleet"),
                         tr("De brief heeft nog gemarkeerde punten (zie Controle). Toch doorgaan?"));
    });
    connect(m_output, &LetterOutputBar::failed, this, &LetterDialog::showMessage);

    m_send = new QPushButton(tr("&Definitief verzenden…"), this);
    m_send->setObjectName(QStringLiteral("letterSend"));
    m_send->setAccessibleName(tr("Definitief verzenden"));
    m_send->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &LetterDialog::send);
    auto* buttons = DialogButtons::close(this, tr("Sluiten"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_output);
    bottom->addStretch(1);
    bottom->addWidget(m_send);
    bottom->addWidget(buttons);
    return bottom;
}

// A changed text is checked shortly after typing stops; another kind or date composes anew, once the
// handler agreed to lose the edits.
void LetterDialog::connectEdits() {
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(400);
    connect(m_checkTimer, &QTimer::timeout, this, &LetterDialog::checkNow);
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_checkTimer->start();
    });
    connect(m_types, &QListWidget::currentRowChanged, this, [this] {
        if (m_loading)
            return;
        if (m_draft && m_draftRow != m_types->currentRow() && !mayDiscardEdits()) {
            m_loading = true;
            m_types->setCurrentRow(m_draftRow);
            m_loading = false;
            return;
        }
        compose();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_loading)
            return;
        if (m_draft && m_draft->letterDate() != m_date->date() && !mayDiscardEdits()) {
            const QSignalBlocker keep(m_date);
            m_date->setDate(m_draft->letterDate());
            return;
        }
        fillTypes();
    });
}

LetterDialog::~LetterDialog() = default;

QList<LetterType> LetterDialog::offeredTypes() const {
    QList<LetterType> types;
    for (int row = 0; row < m_types->count(); ++row)
        types << static_cast<LetterType>(m_types->item(row)->data(Qt::UserRole).toInt());
    return types;
}

std::optional<LetterType> LetterDialog::currentType() const {
    const QListWidgetItem* item = m_types->currentItem();
    if (!item)
        return std::nullopt;
    return static_cast<LetterType>(item->data(Qt::UserRole).toInt());
}

void LetterDialog::chooseType(LetterType type) {
    const int row = int(offeredTypes().indexOf(type));
    if (row >= 0)
        m_types->setCurrentRow(row);
}

void LetterDialog::setLetterDate(QDate date) {
    m_date->setDate(date);
}

// The types that fit the case on the chosen date; the current choice is kept when it still fits.
void LetterDialog::fillTypes() {
    const std::optional<LetterType> before = currentType();
    m_loading = true;
    m_types->clear();
    for (LetterType type : LetterTypes::availableFor(m_case, m_session.engine(), m_date->date())) {
        auto* item = new QListWidgetItem(LetterTypes::label(type), m_types);
        item->setData(Qt::UserRole, int(type));
        item->setToolTip(LetterTypes::article(type));
    }
    if (m_types->count() == 0) {
        m_loading = false;
        m_draft.reset();
        showDraft();
        return;
    }
    const int row = before ? int(offeredTypes().indexOf(*before)) : -1;
    m_types->setCurrentRow(row >= 0 ? row : 0);
    m_loading = false;
    compose();
}

bool LetterDialog::mayDiscardEdits() {
    checkNow();
    if (m_sent || !m_draft || !m_draft->isEdited())
        return true;
    return m_confirm(this, tr("Wijzigingen in de brief"),
                     tr("U hebt de tekst van deze brief aangepast en hij is niet verzonden. De wijzigingen gaan "
                        "verloren. Doorgaan?"));
}

void LetterDialog::reject() {
    if (mayDiscardEdits())
        QDialog::reject();
}

void LetterDialog::compose() {
    const std::optional<LetterType> type = currentType();
    m_draftRow = m_types->currentRow();
    m_message->hide();
    try {
        m_draft = type ? std::make_unique<LetterDraft>(m_session, m_case, *type, m_date->date()) : nullptr;
    } catch (const StorageError& e) {
        m_draft.reset();
        showMessage(e.message());
    }
    showDraft();
}

void LetterDialog::showDraft() {
    m_loading = true;
    if (m_draft) {
        LetterPage::show(m_editor, m_draft->job());
        m_output->setSuggestedFileName(suggestedFileName());
    } else {
        m_editor->clear();
    }
    m_loading = false;
    m_editor->setEnabled(m_draft != nullptr);
    m_output->setEnabled(m_draft != nullptr);
    updateChecks();
}

void LetterDialog::checkNow() {
    m_checkTimer->stop();
    if (!m_draft || m_sent || !m_editor->document()->isModified())
        return;
    m_draft->setEditedHtml(m_editor->toHtml());
    updateChecks();
}

void LetterDialog::updateChecks() {
    QString blocked;
    if (m_sent) {
        blocked = tr("Verzonden op %1 door %2. De brief staat in de tijdlijn en kan niet meer worden gewijzigd.")
                      .arg(TermCalculator::shortDate(m_sent->letterDate), m_sent->author);
        m_check->showStatement(blocked);
    } else if (!m_draft) {
        blocked = m_types->count() == 0 ? tr("Bij deze zaak past nu geen brief.") : tr("Kies een brief.");
        m_check->showStatement(blocked);
    } else {
        m_check->showDraft(*m_draft);
        blocked = m_draft->blockedReason();
    }
    m_send->setEnabled(blocked.isEmpty());
    m_send->setToolTip(blocked.isEmpty() ? tr("Bewaart de brief in de tijdlijn; daarna kan hij niet meer worden "
                                              "gewijzigd.")
                                         : blocked);
}

QString LetterDialog::sendBlockedReason() const {
    return m_send->isEnabled() ? QString() : m_send->toolTip();
}

QStringList LetterDialog::missing() const {
    return m_draft ? m_draft->missing() : QStringList();
}

QStringList LetterDialog::flagged() const {
    return m_draft ? m_draft->flagged() : QStringList();
}

QString LetterDialog::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void LetterDialog::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->show();
}

QString LetterDialog::confirmationText() const {
    QString effect;
    switch (m_draft->type()) {
    case LetterType::Acknowledgement: effect = tr("De ontvangstbevestiging wordt als verstuurd geregistreerd."); break;
    case LetterType::Adjournment:
        if (!m_case.isAdjourned())
            effect = tr("De behandeling wordt verdaagd per %1.").arg(TermCalculator::shortDate(m_draft->letterDate()));
        break;
    case LetterType::NonHandlingNotice:
        effect = tr("De kennisgeving niet-behandelen wordt als verstuurd geregistreerd.");
        break;
    default: break;
    }
    return tr("Een verzonden brief kan niet meer worden gewijzigd. De brief wordt met de datum %1 en uw naam in de "
              "tijdlijn van de zaak bewaard. %2\n\nDefinitief verzenden?")
        .arg(TermCalculator::shortDate(m_draft->letterDate()), effect)
        .replace(QStringLiteral(" \n"), QStringLiteral("\n"));
}

bool LetterDialog::send() {
    checkNow();
    if (m_sent || !m_draft || !m_draft->mayFinalise())
        return false;
    if (!m_confirm(this, tr("Brief definitief verzenden"), confirmationText()))
        return false;
    try {
        Case saved;
        // The PDF/A file that goes out is stored with the letter (and its checksum).
        LetterPdfWriter pdf;
        m_sent = LetterSender(m_session).send(m_draft->letterToSend(), &saved, &pdf);
        m_case = saved;
    } catch (const StorageError& e) {
        showMessage(e.message());
        return false;
    }
    m_message->hide();
    m_types->setEnabled(false);
    m_date->setEnabled(false);
    m_editor->setReadOnly(true);
    m_loading = true;
    LetterPage::show(m_editor, LetterComposer::printJob(*m_sent, m_session.settings()));
    m_loading = false;
    updateChecks();
    emit m_notifier.caseChanged(m_case.id);
    return true;
}

QString LetterDialog::suggestedFileName() const {
    if (!m_draft)
        return {};
    return m_case.reference + u' ' + LetterTypes::code(m_draft->type()) + u' ' +
           m_draft->letterDate().toString(Qt::ISODate) + QStringLiteral(".pdf");
}
