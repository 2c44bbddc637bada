#include "templateeditor.h"

#include "shell/dialogbuttons.h"
#include "shell/formparts.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "letterdraft.h"
#include "letterpage.h"
#include "placeholderpicker.h"
#include "samplecase.h"

#include "deadlines/termcalculator.h"
#include "letters/lettercheck.h"
#include "letters/letterfields.h"
#include "letters/letterstore.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

enum EditTab { SourceTab, RichTab };

bool askWithMessageBox(QWidget* parent, const QString& title, const QString& question) {
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace

TemplateEditor::TemplateEditor(MunicipalitySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_confirm(askWithMessageBox) {
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Briefsjablonen van %1").arg(session.settings().name));
    setAccessibleName(tr("Briefsjablonen"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("templateType"));
    m_type->setAccessibleName(tr("Soort brief"));
    for (LetterType type : LetterTypes::all())
        m_type->addItem(LetterTypes::label(type) + QStringLiteral(" (") + LetterTypes::article(type) + u')', int(type));
    auto* typeLabel = new QLabel(tr("Soort &brief:"), this);
    typeLabel->setBuddy(m_type);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setTextFormat(Qt::PlainText);
    auto* top = new QHBoxLayout;
    top->addWidget(typeLabel);
    top->addWidget(m_type);
    top->addWidget(m_status, 1);

    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("templateSource"));
    m_source->setAccessibleName(tr("HTML-bron van de sjabloon"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setTabChangesFocus(true);
    m_rich = new QTextEdit(this);
    m_rich->setObjectName(QStringLiteral("templateRich"));
    m_rich->setAccessibleName(tr("Opgemaakte tekst van de sjabloon"));
    m_rich->setTabChangesFocus(true);
    LetterPage::setUp(m_rich);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("templateEditTabs"));
    m_tabs->addTab(m_source, tr("&HTML-bron"));
    m_tabs->addTab(m_rich, tr("&Opgemaakt"));

    auto* catalogue = new PlaceholderPicker(this);
    connect(catalogue, &PlaceholderPicker::picked, this, &TemplateEditor::insertPlaceholder);

    m_preview = new QTextEdit(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Voorbeeld van de brief op een verzonnen zaak"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    LetterPage::setUp(m_preview);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("templateIssues"));
    m_issues->setAccessibleName(tr("Controle van de sjabloon"));
    m_issues->setWordWrap(true);
    m_issues->setMaximumHeight(120);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(FormParts::labelledAbove(tr("Voorbeel&d op een verzonnen zaak:"), m_preview, this));
    right->addWidget(FormParts::labelledAbove(tr("&Controle:"), m_issues, this));
    right->addWidget(catalogue);
    right->setStretchFactor(0, 3);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    PaletteStyle::text(m_message, StatePalette::Role::Error);
    m_message->hide();

    m_save = new QPushButton(tr("Op&slaan"), this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_save->setAutoDefault(false);
    m_reset = new QPushButton(tr("&Terug naar standaard"), this);
    m_reset->setObjectName(QStringLiteral("resetTemplate"));
    m_reset->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditor::resetToShipped);
    auto* buttons = DialogButtons::close(this, tr("Sluiten"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_reset);
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(1280, 860);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(500);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditor::refreshPreview);
    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_modified = true;
        m_richEdited = false;
        showStatus();
        m_previewTimer->start();
    });
    connect(m_rich, &QTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_modified = true;
        m_richEdited = true;
        showStatus();
        m_previewTimer->start();
    });
    // The two views show one template: leaving one brings the other up to date.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_loading = true;
        if (tab == SourceTab && m_richEdited)
            m_source->setPlainText(m_rich->toHtml());
        else if (tab == RichTab && !m_richEdited)
            m_rich->setHtml(m_source->toPlainText());
        m_loading = false;
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index == m_typeIndex)
            return;
        if (m_modified && !m_confirm(this, tr("Wijzigingen niet opgeslagen"),
                                     tr("De wijzigingen in deze sjabloon zijn niet opgeslagen en gaan verloren. "
                                        "Doorgaan?"))) {
            m_loading = true;
            m_type->setCurrentIndex(m_typeIndex);
            m_loading = false;
            return;
        }
        m_typeIndex = index;
        load();
    });

    load();
}

LetterType TemplateEditor::currentType() const {
    return static_cast<LetterType>(m_type->currentData().toInt());
}

bool TemplateEditor::chooseType(LetterType type) {
    m_type->setCurrentIndex(m_type->findData(int(type)));
    return currentType() == type;
}

QString TemplateEditor::source() const {
    return m_richEdited ? m_rich->toHtml() : m_source->toPlainText();
}

void TemplateEditor::setSource(const QString& source) {
    m_loading = true;
    m_source->setPlainText(source);
    m_rich->setHtml(source);
    m_loading = false;
    m_richEdited = false;
}

void TemplateEditor::load() {
    m_message->hide();
    try {
        LetterStore store(m_session.database(), m_session.clock(), m_session.user());
        m_ownCopy = store.ownTemplate(currentType()).has_value();
        setSource(store.templateFor(currentType()));
    } catch (const StorageError& e) {
        showMessage(e.message());
    }
    m_modified = false;
    showStatus();
    refreshPreview();
}

void TemplateEditor::showStatus() {
    QString text = tr("Standaardversie van Aan Tafel.");
    if (m_ownCopy) {
        try {
            LetterStore store(m_session.database(), m_session.clock(), m_session.user());
            if (const std::optional<OwnTemplate> own = store.ownTemplate(currentType()))
                text = tr("Eigen versie van de gemeente, gewijzigd op %1 door %2.")
                           .arg(TermCalculator::shortDate(own->updatedAt.toLocalTime().date()), own->updatedBy);
        } catch (const StorageError& e) {
            text = e.message();
        }
    }
    if (m_modified)
        text += u' ' + tr("Er zijn wijzigingen die nog niet zijn opgeslagen.");
    m_status->setText(text);
    m_reset->setEnabled(m_ownCopy || m_modified);
    m_save->setEnabled(m_modified);
}

void TemplateEditor::insertPlaceholder(const QString& name) {
    const QString example = PlaceholderPicker::exampleOf(name);
    if (example.isEmpty())
        return;
    if (m_tabs->currentIndex() == SourceTab) {
        m_source->insertPlainText(example);
        m_source->setFocus();
    } else {
        m_rich->insertPlainText(example);
        m_rich->setFocus();
    }
}

// The template's own faults first (with their line in the source), then what a letter made with it
// would lack, on the sample case.
void TemplateEditor::refreshPreview() {
    m_previewTimer->stop();
    m_issues->clear();
    const LetterType type = currentType();
    const QDate today = m_session.today();
    const QString body = source();
    QStringList faults;
    for (const TemplateIssue& issue : LetterFields::checkTemplate(body))
        faults << LetterCheck::describe(issue);
    for (const QString& line : std::as_const(faults))
        new QListWidgetItem(line, m_issues);
    try {
        const LetterDraft draft(m_session, SampleCase::forType(type, today), type, today, body);
        LetterPage::show(m_preview, draft.job());
        static const QRegularExpression placeholderFault(QStringLiteral("\\{\\{"));
        for (const QString& line : draft.missing()) {
            if (!line.contains(placeholderFault)) // already listed above, with its line
                new QListWidgetItem(line, m_issues);
        }
    } catch (const StorageError& e) {
        showMessage(e.message());
    }
    if (m_issues->count() == 0)
        new QListWidgetItem(tr("Geen opmerkingen: de voorbeeldbrief is compleet."), m_issues);
}

QStringList TemplateEditor::issues() const {
    QStringList lines;
    for (int row = 0; row < m_issues->count(); ++row)
        lines << m_issues->item(row)->text();
    return lines;
}

bool TemplateEditor::save() {
    m_message->hide();
    const QString body = source();
    QStringList broken;
    QStringList unknown;
    for (const TemplateIssue& issue : LetterFields::checkTemplate(body))
        (issue.kind == TemplateIssue::Kind::Syntax ? broken : unknown) << LetterCheck::describe(issue);
    if (!broken.isEmpty()) {
        showMessage(tr("Opslaan kan niet: %1").arg(broken.join(QStringLiteral("; "))));
        return false;
    }
    refreshPreview();
    const LetterType type = currentType();
    const LetterDraft draft(m_session, SampleCase::forType(type, m_session.today()), type, m_session.today(), body);
    if (!draft.missing().isEmpty() &&
        !m_confirm(this, tr("Sjabloon onvolledig"),
                   tr("Een brief met deze sjabloon kan niet definitief worden verzonden: %1 Toch "
                      "opslaan?")
                       .arg((unknown.isEmpty() ? draft.missing() : unknown).join(u' '))))
        return false;
    try {
        LetterStore(m_session.database(), m_session.clock(), m_session.user()).saveTemplate(type, body);
    } catch (const StorageError& e) {
        showMessage(e.message());
        return false;
    }
    m_ownCopy = true;
    m_modified = false;
    showStatus();
    return true;
}

bool TemplateEditor::resetToShipped() {
    m_message->hide();
    if (!m_ownCopy) {
        load(); // only unsaved edits: back to the shipped text
        return true;
    }
    if (!m_confirm(this, tr("Terug naar standaard"),
                   tr("De eigen versie van de %1 wordt verwijderd; daarna geldt weer de standaardversie van Aan "
                      "Tafel. Doorgaan?")
                       .arg(LetterTypes::label(currentType()).toLower())))
        return false;
    try {
        LetterStore(m_session.database(), m_session.clock(), m_session.user()).resetTemplate(currentType());
    } catch (const StorageError& e) {
        showMessage(e.message());
        return false;
    }
    load();
    return true;
}

QString TemplateEditor::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void TemplateEditor::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->show();
}

void TemplateEditor::reject() {
    if (m_modified && !m_confirm(this, tr("Wijzigingen niet opgeslagen"),
                                 tr("De wijzigingen in deze sjabloon zijn niet opgeslagen en gaan verloren. "
                                    "Sluiten?")))
        return;
    QDialog::reject();
}
