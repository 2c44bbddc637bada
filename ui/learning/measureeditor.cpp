#include "measureeditor.h"

#include "shell/dialogbuttons.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "casefile/datefields.h"
#include "commands/measurecommands.h"
#include "learning/measurerepository.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int CaseIdRole = Qt::UserRole;
}

MeasureEditor::MeasureEditor(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                             const Measure& measure, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack)
    , m_measure(measure) {
    setObjectName(QStringLiteral("measureEditor"));
    setWindowTitle(measure.id == 0 ? tr("Nieuwe verbetermaatregel") : tr("Verbetermaatregel"));

    m_title = new QLineEdit(measure.title, this);
    m_title->setObjectName(QStringLiteral("measureTitle"));
    m_title->setAccessibleName(tr("Titel"));
    m_title->setPlaceholderText(tr("Kort, zonder namen: de titel komt in het jaarverslag"));
    m_description = new QPlainTextEdit(measure.description, this);
    m_description->setObjectName(QStringLiteral("measureDescription"));
    m_description->setAccessibleName(tr("Omschrijving"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("measureScope"));
    m_scope->setAccessibleName(tr("Soort maatregel"));
    for (MeasureScope scope : MeasureText::allScopes())
        m_scope->addItem(MeasureText::label(scope), int(scope));
    m_scope->setCurrentIndex(m_scope->findData(int(measure.scope)));

    m_owner = new QLineEdit(measure.owner, this);
    m_owner->setObjectName(QStringLiteral("measureOwner"));
    m_owner->setAccessibleName(tr("Eigenaar"));
    m_owner->setPlaceholderText(tr("Wie zorgt ervoor: een naam of een afdeling"));
    suggestOwners();

    m_hasDue = new QCheckBox(tr("Streef&datum:"), this);
    m_hasDue->setObjectName(QStringLiteral("measureHasDue"));
    m_due = DateFields::newDateEdit(measure.due.isValid() ? measure.due : session.today().addMonths(3), this);
    m_due->setObjectName(QStringLiteral("measureDue"));
    m_due->setAccessibleName(tr("Streefdatum"));
    m_hasDue->setChecked(measure.due.isValid());
    m_due->setEnabled(measure.due.isValid());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("measureStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (MeasureStatus status : MeasureText::allStatuses())
        m_status->addItem(MeasureText::label(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(measure.status)));
    m_result = new QPlainTextEdit(measure.result, this);
    m_result->setObjectName(QStringLiteral("measureResult"));
    m_result->setAccessibleName(tr("Resultaat"));
    m_result->setTabChangesFocus(true);
    m_result->setPlaceholderText(tr("Wat heeft de maatregel opgeleverd?"));
    m_result->setFixedHeight(m_result->fontMetrics().lineSpacing() * 3 + 12);

    QHBoxLayout* linkRow = buildCaseLinks();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("measureError"));
    m_error->setWordWrap(true);
    PaletteStyle::text(m_error, StatePalette::Role::Error);
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Titel:"), m_title);
    addRow(tr("Omsc&hrijving:"), m_description);
    addRow(tr("S&oort:"), m_scope);
    addRow(tr("&Eigenaar:"), m_owner);
    form->addRow(m_hasDue, m_due);
    addRow(tr("St&atus:"), m_status);
    addRow(tr("&Resultaat:"), m_result);
    addRow(tr("&Gekoppelde zaken:"), m_cases);
    form->addRow(QString(), linkRow);

    auto* buttons = DialogButtons::confirm(this, tr("Op&slaan"));
    if (session.database().isReadOnly())
        DialogButtons::confirmButton(buttons)->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

// The owners of the other measures as suggestions for this one.
void MeasureEditor::suggestOwners() {
    try {
        QStringList owners;
        for (const Measure& m : MeasureRepository(m_session).all()) {
            if (!m.owner.isEmpty() && !owners.contains(m.owner))
                owners << m.owner;
        }
        auto* completer = new QCompleter(owners, m_owner);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_owner->setCompleter(completer);
    } catch (const StorageError&) {
        // Suggestions only; the field works without them.
    }
}

// The linked cases, and the row to link or unlink one by its reference.
QHBoxLayout* MeasureEditor::buildCaseLinks() {
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("measureCases"));
    m_cases->setAccessibleName(tr("Gekoppelde zaken"));
    m_cases->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cases->setMaximumHeight(m_cases->fontMetrics().lineSpacing() * 6);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("measureReference"));
    m_reference->setAccessibleName(tr("Zaaknummer om te koppelen"));
    m_reference->setPlaceholderText(tr("Zaaknummer, bijv. KL-2026-0012"));
    auto* link = new QPushButton(tr("&Koppelen"), this);
    link->setAutoDefault(false);
    m_unlink = new QPushButton(tr("O&ntkoppelen"), this);
    m_unlink->setObjectName(QStringLiteral("measureUnlink"));
    m_unlink->setAutoDefault(false);
    m_unlink->setEnabled(false);
    auto linkNow = [this] {
        if (linkReference(m_reference->text()))
            m_reference->clear();
    };
    connect(link, &QPushButton::clicked, this, linkNow);
    connect(m_reference, &QLineEdit::returnPressed, this, linkNow);
    connect(m_unlink, &QPushButton::clicked, this, &MeasureEditor::unlinkSelected);
    connect(m_cases, &QListWidget::itemSelectionChanged, this,
            [this] { m_unlink->setEnabled(!m_cases->selectedItems().isEmpty()); });
    try {
        const QMap<qint64, QString> references = MeasureRepository(m_session).references(m_measure.caseIds);
        for (qint64 id : m_measure.caseIds)
            addLink(id, references.value(id, tr("zaak %1").arg(id)));
    } catch (const StorageError& e) {
        showError(e.message());
    }
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_reference, 1);
    linkRow->addWidget(link);
    linkRow->addWidget(m_unlink);
    return linkRow;
}

Measure MeasureEditor::edited() const {
    Measure m = m_measure;
    m.title = m_title->text().simplified();
    m.description = m_description->toPlainText().trimmed();
    m.scope = MeasureScope(m_scope->currentData().toInt());
    m.owner = m_owner->text().simplified();
    m.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    m.status = MeasureStatus(m_status->currentData().toInt());
    m.result = m_result->toPlainText().trimmed();
    // The day it was carried out is the day it was first marked done.
    if (m.status != MeasureStatus::Done)
        m.doneOn = QDate();
    else if (!m.doneOn.isValid())
        m.doneOn = m_session.today();
    m.caseIds.clear();
    for (int i = 0; i < m_cases->count(); ++i)
        m.caseIds << m_cases->item(i)->data(CaseIdRole).toLongLong();
    std::sort(m.caseIds.begin(), m.caseIds.end());
    return m;
}

bool MeasureEditor::linkReference(const QString& reference) {
    const QString wanted = reference.trimmed().toUpper();
    if (wanted.isEmpty())
        return false;
    try {
        const std::optional<Case> c = m_session.cases().findByReference(wanted);
        if (!c) {
            showError(tr("Er is geen zaak met zaaknummer %1.").arg(wanted));
            return false;
        }
        addLink(c->id, c->reference);
    } catch (const StorageError& e) {
        showError(e.message());
        return false;
    }
    m_error->setVisible(false);
    return true;
}

void MeasureEditor::addLink(qint64 caseId, const QString& reference) {
    for (int i = 0; i < m_cases->count(); ++i) {
        if (m_cases->item(i)->data(CaseIdRole).toLongLong() == caseId)
            return;
    }
    auto* item = new QListWidgetItem(reference, m_cases);
    item->setData(CaseIdRole, caseId);
}

void MeasureEditor::unlinkSelected() {
    qDeleteAll(m_cases->selectedItems());
}

QString MeasureEditor::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void MeasureEditor::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(true);
}

void MeasureEditor::accept() {
    Measure work = edited();
    if (work.title.isEmpty()) {
        showError(tr("Geef de maatregel een titel."));
        m_title->setFocus();
        return;
    }
    try {
        MeasureCommands::save(m_stack, m_session, m_notifier, work);
    } catch (const StorageError& e) {
        showError(e.message());
        return;
    }
    m_measure = work;
    QDialog::accept();
}

bool MeasureEditor::openStored(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                               qint64 measureId, const MeasureEditorRunner& runner, QWidget* parent) {
    Measure m;
    try {
        m = MeasureRepository(session).load(measureId);
    } catch (const StorageError& e) {
        QMessageBox::warning(parent, tr("Maatregel niet geopend"), e.message());
        return false;
    }
    MeasureEditor editor(session, notifier, stack, m, parent);
    return run(runner, editor);
}

bool MeasureEditor::run(const MeasureEditorRunner& runner, MeasureEditor& editor) {
    if (runner)
        return runner(editor);
    return editor.exec() == QDialog::Accepted;
}
