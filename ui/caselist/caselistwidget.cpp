// The controls and the table of CaseListWidget; the saved views are in caselistviews.cpp.
#include "caselistwidget.h"

#include "caselistproxy.h"
#include "session/municipalitysession.h"
#include "shell/clearbutton.h"
#include "shell/deadlinestyle.h"
#include "shell/palettestyle.h"
#include "sortarrowstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace {

QToolButton* filterButton(const QString& text, const QString& description, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(text);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

template <typename E> void fillCombo(QComboBox* combo, const QString& all) {
    combo->addItem(all);
    for (E value : EnumText::all<E>())
        combo->addItem(EnumText::label(value), int(value));
}

template <typename E> std::optional<E> comboValue(const QComboBox* combo) {
    const QVariant value = combo->currentData();
    return value.isValid() ? std::optional<E>(E(value.toInt())) : std::nullopt;
}

template <typename E> void showComboValue(QComboBox* combo, const std::optional<E>& value) {
    combo->setCurrentIndex(value ? std::max(0, combo->findData(int(*value))) : 0);
}

} // namespace

CaseListWidget::CaseListWidget(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseListModel(session, &notifier, this))
    , m_proxy(new CaseListProxy(m_model, this))
    , m_savedViews(session.database().path()) {
    buildControls();
    buildTable();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &CaseListWidget::applyControls);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyControls();
    });
    for (QToolButton* button : {m_mine, m_open, m_overdue})
        connect(button, &QToolButton::toggled, this, &CaseListWidget::applyControls);
    for (QComboBox* combo : {m_phase, m_domain})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListWidget::applyControls);
    connect(m_views, &QComboBox::activated, this, &CaseListWidget::onViewChosen);
    connect(m_saveView, &QToolButton::clicked, this, &CaseListWidget::askSaveView);
    connect(m_deleteView, &QToolButton::clicked, this, &CaseListWidget::askDeleteView);

    auto* find = new QShortcut(QKeySequence::Find, this, this, &CaseListWidget::focusSearch);
    find->setContext(Qt::WidgetWithChildrenShortcut);

    // A reset or a removal may take the current row away: remember the case until the model is done.
    auto beginRefresh = [this] {
        if (!std::exchange(m_refreshing, true))
            m_keepCase = currentCaseId();
    };
    connect(m_model, &CaseListModel::modelAboutToBeReset, this, beginRefresh);
    connect(m_model, &CaseListModel::rowsAboutToBeRemoved, this, beginRefresh);
    connect(m_model, &CaseListModel::refreshed, this, &CaseListWidget::afterRefresh);
    connect(m_model, &CaseListModel::totalCountChanged, this, &CaseListWidget::updateCount);
    connect(m_model, &CaseListModel::errorOccurred, this, &CaseListWidget::updateCount);

    const QList<QWidget*> tabOrder{m_search, m_mine,  m_open,     m_overdue,    m_phase,
                                   m_domain, m_views, m_saveView, m_deleteView, m_view};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    reloadViewList();
    afterRefresh();
}

CaseListWidget::~CaseListWidget() = default;

void CaseListWidget::buildControls() {
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Zoek in verhaal, notities, namen…"));
    ClearButton::add(m_search, tr("Zoekveld leegmaken"));
    m_search->setAccessibleName(tr("Zoeken in zaken"));
    m_search->setAccessibleDescription(tr("Elk woord moet voorkomen, als woord of begin van een woord; accenten "
                                          "tellen niet mee. Pijl omlaag gaat naar de lijst."));
    m_search->installEventFilter(this);

    m_views = new QComboBox(this);
    m_views->setAccessibleName(tr("Opgeslagen weergave"));
    m_views->setPlaceholderText(tr("Aangepaste weergave"));
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_views->setMinimumContentsLength(16);
    m_saveView = new QToolButton(this);
    m_saveView->setText(tr("Opslaan…"));
    m_saveView->setAccessibleName(tr("Weergave opslaan"));
    m_saveView->setToolTip(tr("Filters, zoekwoorden en sortering opslaan als weergave"));
    m_saveView->setFocusPolicy(Qt::StrongFocus);
    m_deleteView = new QToolButton(this);
    m_deleteView->setText(tr("Verwijderen"));
    m_deleteView->setAccessibleName(tr("Weergave verwijderen"));
    m_deleteView->setToolTip(tr("De gekozen opgeslagen weergave verwijderen"));
    m_deleteView->setFocusPolicy(Qt::StrongFocus);

    m_mine = filterButton(tr("Mijn zaken"), tr("Alleen zaken waarvan u de behandelaar bent"), this);
    m_open = filterButton(tr("Open"), tr("Alleen zaken die nog niet zijn afgesloten"), this);
    m_overdue = filterButton(tr("Te laat"), tr("Alleen zaken waarvan de volgende termijn is verstreken"), this);
    m_overdue->setIcon(DeadlineStyle::urgentIcon(DeadlineStatus::Overdue));
    PaletteStyle::onChange(m_overdue,
                           [this] { m_overdue->setIcon(DeadlineStyle::urgentIcon(DeadlineStatus::Overdue)); });
    m_phase = new QComboBox(this);
    m_phase->setAccessibleName(tr("Fase"));
    fillCombo<::Phase>(m_phase, tr("Alle fasen"));
    m_domain = new QComboBox(this);
    m_domain->setAccessibleName(tr("Domein"));
    fillCombo<PolicyDomain>(m_domain, tr("Alle domeinen"));

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Aantal zaken"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100.000 zaken")) + 8);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    auto* viewLabel = new QLabel(tr("&Weergave:"), this);
    viewLabel->setBuddy(m_views);
    top->addWidget(viewLabel);
    top->addWidget(m_views);
    top->addWidget(m_saveView);
    top->addWidget(m_deleteView);

    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_mine, m_open, m_overdue})
        filters->addWidget(w);
    // The two lists say with a visible label what they filter on, not only to a screen reader.
    filters->addSpacing(12);
    for (auto [caption, combo] : {std::pair{tr("Fa&se:"), m_phase}, std::pair{tr("Do&mein:"), m_domain}}) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
    }
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addLayout(filters);
}

void CaseListWidget::buildTable() {
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Zaken"));
    m_view->setAccessibleDescription(tr("Enter opent de gekozen zaak."));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setIconSize(QSize(16, 16));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::Subject, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 28; };
    m_view->setColumnWidth(CaseListModel::Reference, width(QStringLiteral("KL-2026-00000")));
    m_view->setColumnWidth(CaseListModel::Received, width(QStringLiteral("00-00-0000 ")));
    m_view->setColumnWidth(CaseListModel::Klager, width(QStringLiteral("Annemiek van den Heuvel")));
    int phaseWidth = 0;
    for (::Phase phase : EnumText::all<::Phase>())
        phaseWidth = std::max(phaseWidth, width(EnumText::label(phase)));
    m_view->setColumnWidth(CaseListModel::Phase, phaseWidth);
    m_view->setColumnWidth(CaseListModel::Handler, width(QStringLiteral("Mohamed El Amrani")));
    m_view->setColumnWidth(CaseListModel::NextDeadline,
                           width(QStringLiteral("00-00-0000 · Ontvangstbevestiging · Binnenkort")) + 20);
    header->setStyle(new SortArrowStyle(header)); // newest first shows an arrow pointing down
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);

    m_empty = new QLabel(m_view->viewport());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setAccessibleName(tr("Geen zaken gevonden"));
    m_view->viewport()->installEventFilter(this);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_proxy->caseIdAt(index.row()))
            emit caseActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_refreshing)
            announceCurrent();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CaseListWidget::syncViewChoice);

    layout()->addWidget(m_view);
}

CaseSelection CaseListWidget::filter() const {
    CaseSelection f;
    f.mine = m_mine->isChecked();
    f.openOnly = m_open->isChecked();
    f.overdueOnly = m_overdue->isChecked();
    f.phase = comboValue<::Phase>(m_phase);
    f.domain = comboValue<PolicyDomain>(m_domain);
    f.words = m_search->text().simplified();
    return f;
}

void CaseListWidget::setFilter(const CaseSelection& filter) {
    showFilter(filter);
    applyControls();
}

void CaseListWidget::showFilter(const CaseSelection& filter) {
    m_updatingControls = true;
    m_mine->setChecked(filter.mine);
    m_open->setChecked(filter.openOnly);
    m_overdue->setChecked(filter.overdueOnly);
    showComboValue(m_phase, filter.phase);
    showComboValue(m_domain, filter.domain);
    if (m_search->text().simplified() != filter.words)
        m_search->setText(filter.words);
    m_searchDelay.stop();
    m_updatingControls = false;
}

void CaseListWidget::applyControls() {
    if (m_updatingControls)
        return;
    m_searchDelay.stop();
    m_proxy->setCaseFilter(filter());
    syncViewChoice();
}

void CaseListWidget::applyQuery(const CaseSelection& filter, int column, Qt::SortOrder order) {
    showFilter(filter);
    m_model->setQuery(filter, column, order);
    // The header's own sort request then finds the model in that order already: no second query.
    m_view->horizontalHeader()->setSortIndicator(column, order);
    syncViewChoice();
}

void CaseListWidget::setMyNames(const QStringList& names) {
    m_model->setMyNames(names);
}

qint64 CaseListWidget::currentCaseId() const {
    return m_proxy->caseIdAt(m_view->currentIndex().row());
}

bool CaseListWidget::selectCase(qint64 caseId) {
    const int row = m_proxy->rowOf(caseId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void CaseListWidget::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListWidget::refresh() {
    m_model->refresh();
}

void CaseListWidget::afterRefresh() {
    if (std::exchange(m_refreshing, false)) {
        const qint64 keep = std::exchange(m_keepCase, 0);
        if (keep && currentCaseId() != keep && !selectCase(keep)) {
            // Now further down (another order): load up to it when that is a few pages at most.
            // In a paged order its place may lie beyond the ids read so far: read on, a few pages at most.
            qsizetype at = m_model->positionOf(keep);
            while (at < 0 && m_model->rowCount() < KeepWithinRows && m_model->canFetchMore({})) {
                const int before = m_model->rowCount();
                m_model->fetchMore({});
                if (m_model->rowCount() == before)
                    break;
                at = m_model->positionOf(keep);
            }
            if (at >= 0 && at < KeepWithinRows) {
                m_model->fetchUpTo(int(at) + 1);
                selectCase(keep);
            }
        }
    }
    announceCurrent();
    updateCount();
}

void CaseListWidget::announceCurrent() {
    const qint64 id = currentCaseId();
    if (id != m_announced) {
        m_announced = id;
        emit currentCaseChanged(id);
    }
}

QString CaseListWidget::countText() const {
    if (!m_model->errorMessage().isEmpty())
        return tr("Fout bij lezen");
    const int n = int(std::min<qint64>(m_model->totalCount(), std::numeric_limits<int>::max()));
    // While a search is still being paged and counted: what is known, honestly.
    if (!m_model->totalIsExact())
        return tr("Meer dan %Ln zaken", nullptr, n);
    return tr("%Ln zaken", nullptr, n);
}

void CaseListWidget::updateCount() {
    m_count->setText(countText());
    m_count->setToolTip(m_model->errorMessage());
    QString message;
    if (!m_model->errorMessage().isEmpty()) {
        message = QStringLiteral("<b>") + tr("De zaken konden niet worden gelezen.").toHtmlEscaped() +
                  QStringLiteral("</b><br>") + m_model->errorMessage().toHtmlEscaped();
    } else if (m_model->totalCount() == 0) {
        const QString hint = m_model->filter().isDefault() ? tr("Dit bestand bevat nog geen zaken.")
                                                           : tr("Pas de filters of de zoekwoorden aan.");
        message = QStringLiteral("<b>") + tr("Geen zaken gevonden").toHtmlEscaped() + QStringLiteral("</b><br>") +
                  hint.toHtmlEscaped();
    }
    m_empty->setText(message);
    m_empty->setVisible(!message.isEmpty());
    placeEmptyState();
}

void CaseListWidget::placeEmptyState() {
    const QRect area = m_view->viewport()->rect();
    m_empty->setGeometry(area.adjusted(24, 24, -24, -24).intersected(QRect(area.x(), area.y(), area.width(), 120)));
}

bool CaseListWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeEmptyState();
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                selectCase(m_proxy->caseIdAt(0));
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applyControls();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
