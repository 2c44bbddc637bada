#include "patternsview.h"

#include "casefile/datefields.h"
#include "casenotifier.h"
#include "patternmodels.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QTableView* newTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

PatternsView::PatternsView(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack)
    , m_patterns(session) {
    setObjectName(QStringLiteral("patternsView"));
    QHBoxLayout* filters = buildFilters();

    QSplitter* splitter = buildTables();

    m_create = new QPushButton(tr("&Structurele maatregel maken…"), this);
    m_create->setObjectName(QStringLiteral("patternsCreateMeasure"));
    m_create->setToolTip(tr("Een structurele verbetermaatregel, gekoppeld aan alle zaken van de selectie"));
    connect(m_create, &QPushButton::clicked, this, &PatternsView::createStructuralMeasure);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_create);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connectSignals();
    setPreset(Preset::ThisYear);
}

// The period and what to bundle on.
QHBoxLayout* PatternsView::buildFilters() {
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("patternsPreset"));
    m_preset->setAccessibleName(tr("Periode"));
    m_preset->addItem(tr("Dit kwartaal"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("Dit jaar"), int(Preset::ThisYear));
    m_preset->addItem(tr("Vorig jaar"), int(Preset::LastYear));
    m_preset->addItem(tr("Eigen periode"), int(Preset::Custom));
    m_from = DateFields::newDateEdit(m_session.today(), this);
    m_from->setObjectName(QStringLiteral("patternsFrom"));
    m_from->setAccessibleName(tr("Vanaf"));
    m_to = DateFields::newDateEdit(m_session.today(), this);
    m_to->setObjectName(QStringLiteral("patternsTo"));
    m_to->setAccessibleName(tr("Tot en met"));
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("patternsDimension"));
    m_dimension->setAccessibleName(tr("Bundelen op"));
    for (PatternDimension d : Patterns::allDimensions())
        m_dimension->addItem(Patterns::label(d), int(d));

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* filters = new QHBoxLayout;
    filters->addWidget(label(tr("&Periode:"), m_preset));
    filters->addWidget(m_preset);
    filters->addWidget(label(tr("&van"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("&tot en met"), m_to));
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(label(tr("B&undelen op:"), m_dimension));
    filters->addWidget(m_dimension);
    filters->addStretch(1);
    return filters;
}

// The cases per quarter beside what recurs.
QSplitter* PatternsView::buildTables() {
    m_tableModel = new PatternTableModel(this);
    m_tableProxy = new QSortFilterProxyModel(this);
    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setSortRole(PatternTableModel::SortRole);
    m_tableProxy->setSortLocaleAware(true);
    m_groups = newTable(m_tableProxy, tr("Zaken gebundeld per kwartaal"), this);
    m_groups->setObjectName(QStringLiteral("patternsGroups"));
    m_groups->sortByColumn(PatternTableModel::TotalColumn, Qt::DescendingOrder);
    m_groups->horizontalHeader()->setSectionResizeMode(PatternTableModel::LabelColumn, QHeaderView::Stretch);

    m_recurringModel = new RecurringPatternModel(this);
    m_recurringProxy = new QSortFilterProxyModel(this);
    m_recurringProxy->setSourceModel(m_recurringModel);
    m_recurringProxy->setSortRole(RecurringPatternModel::SortRole);
    m_recurring = newTable(m_recurringProxy, tr("Wat terugkomt"), this);
    m_recurring->setObjectName(QStringLiteral("patternsRecurring"));
    m_recurring->horizontalHeader()->setSectionResizeMode(RecurringPatternModel::DescriptionColumn,
                                                          QHeaderView::Stretch);
    // Most frequent first, as core orders them.
    m_recurring->sortByColumn(RecurringPatternModel::CountColumn, Qt::DescendingOrder);
    m_recurringEmpty = new QLabel(tr("Geen thema kwam in deze periode drie keer of vaker terug bij dezelfde "
                                     "afdeling of aanbieder in één kwartaal."),
                                  this);
    m_recurringEmpty->setWordWrap(true);

    auto* groupsBox = new QGroupBox(tr("Zaken per kwartaal"), this);
    m_summary = new QLabel(groupsBox);
    m_summary->setObjectName(QStringLiteral("patternsSummary"));
    auto* groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->addWidget(m_summary);
    groupsLayout->addWidget(m_groups, 1);
    auto* recurringBox = new QGroupBox(tr("Wat terugkomt: 3× of vaker in één kwartaal"), this);
    auto* recurringLayout = new QVBoxLayout(recurringBox);
    recurringLayout->addWidget(m_recurringEmpty);
    recurringLayout->addWidget(m_recurring, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(groupsBox);
    splitter->addWidget(recurringBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void PatternsView::connectSignals() {
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PatternsView::presetChosen);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_filling)
                return;
            m_filling = true;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            m_filling = false;
            refresh();
        });
    }
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &PatternsView::refresh);
    connect(m_groups->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatternsView::updateButton);
    connect(m_recurring->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatternsView::updateButton);
    // Counting a large file takes a moment: while hidden, a change only marks the counts stale.
    auto later = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    connect(&m_notifier, &CaseNotifier::casesReset, this, later);
    connect(&m_notifier, &CaseNotifier::caseAdded, this, later);
    connect(&m_notifier, &CaseNotifier::caseRemoved, this, later);
    connect(&m_notifier, &CaseNotifier::caseChanged, this, later);
    connect(&m_notifier, &CaseNotifier::dayChanged, this, later);
}

void PatternsView::setPreset(Preset preset) {
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    presetChosen();
}

void PatternsView::presetChosen() {
    if (m_filling)
        return;
    const QDate today = m_session.today();
    QDate from, to;
    switch (Preset(m_preset->currentData().toInt())) {
    case Preset::ThisQuarter:
        from = Quarter::of(today).first();
        to = Quarter::of(today).last();
        break;
    case Preset::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    case Preset::LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case Preset::Custom: return;
    }
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    refresh();
}

void PatternsView::setPeriod(QDate from, QDate to) {
    m_filling = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    refresh();
}

void PatternsView::setDimension(PatternDimension dimension) {
    m_dimension->setCurrentIndex(m_dimension->findData(int(dimension)));
}

QDate PatternsView::from() const {
    return m_from->date();
}

QDate PatternsView::to() const {
    return m_to->date();
}

PatternDimension PatternsView::dimension() const {
    return PatternDimension(m_dimension->currentData().toInt());
}

void PatternsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PatternsView::refresh() {
    m_stale = false;
    const QDate start = from();
    const QDate end = std::max(from(), to());
    PatternTable table;
    QList<RecurringPattern> recurring;
    try {
        table = m_patterns.table(dimension(), start, end);
        recurring = m_patterns.recurring(start, end);
    } catch (const StorageError& e) {
        m_summary->setText(e.message());
        return;
    }
    QSet<QString> marked;
    for (const RecurringPattern& p : std::as_const(recurring)) {
        if (dimension() == PatternDimension::Theme)
            marked.insert(p.theme);
        else if (dimension() == p.place)
            marked.insert(p.placeName);
    }
    m_tableModel->setTable(table, marked);
    m_recurringModel->setPatterns(recurring);
    for (int c = PatternTableModel::TotalColumn; c < m_tableModel->columnCount(); ++c)
        m_groups->resizeColumnToContents(c);
    m_recurring->resizeColumnToContents(RecurringPatternModel::QuarterColumn);
    m_recurring->resizeColumnToContents(RecurringPatternModel::CountColumn);
    m_recurringEmpty->setVisible(recurring.isEmpty());
    m_recurring->setVisible(!recurring.isEmpty());
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    m_summary->setText(tr("%1 zaken ontvangen van %2 tot en met %3")
                           .arg(dutch.toString(table.caseCount), start.toString(QStringLiteral("d-M-yyyy")),
                                end.toString(QStringLiteral("d-M-yyyy"))));
    updateButton();
}

QList<qint64> PatternsView::selectedCaseIds() const {
    QList<qint64> ids;
    for (const QModelIndex& row : m_groups->selectionModel()->selectedRows()) {
        const QString key = row.data(PatternTableModel::KeyRole).toString();
        try {
            ids << m_patterns.caseIds(dimension(), key, from(), std::max(from(), to()));
        } catch (const StorageError&) {
            // A group that can no longer be read adds nothing; the editor shows what is linked.
        }
    }
    for (const QModelIndex& row : m_recurring->selectionModel()->selectedRows())
        ids << row.data(RecurringPatternModel::CaseIdsRole).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString PatternsView::selectionSummary() const {
    QStringList parts;
    for (const QModelIndex& row : m_recurring->selectionModel()->selectedRows())
        parts << row.data(Qt::ToolTipRole).toString();
    for (const QModelIndex& row : m_groups->selectionModel()->selectedRows())
        parts << tr("%1: %2").arg(
            Patterns::label(dimension()),
            row.siblingAtColumn(PatternTableModel::LabelColumn).data(PatternTableModel::SortRole).toString());
    return parts.join(QLatin1String("; "));
}

bool PatternsView::createStructuralMeasure() {
    const QList<qint64> ids = selectedCaseIds();
    if (ids.isEmpty())
        return false;
    Measure m;
    m.scope = MeasureScope::Structural;
    m.caseIds = ids;
    m.description = tr("Naar aanleiding van %1 (%2 tot en met %3).")
                        .arg(selectionSummary(), from().toString(QStringLiteral("d-M-yyyy")),
                             to().toString(QStringLiteral("d-M-yyyy")));
    MeasureEditor editor(m_session, m_notifier, m_stack, m, this);
    return MeasureEditor::run(m_runner, editor);
}

void PatternsView::updateButton() {
    const bool any = m_groups->selectionModel()->hasSelection() || m_recurring->selectionModel()->hasSelection();
    m_create->setEnabled(any && !m_session.database().isReadOnly());
}
