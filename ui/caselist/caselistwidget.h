// The case list of the handler's desk: a search field (Ctrl+F while the list has focus, or call
// focusSearch()), quick filters (Mijn zaken, Open, Te laat, phase, domain; they combine), saved
// views, the count of matching cases and the table itself. It promises
// - to stay smooth on a file of 100,000 cases: rows load a page at a time (CaseListModel), typing
//   in the search field is debounced (SearchDelayMs) and every query runs over the whole file;
// - to emit caseActivated() for Enter or a double click on a row, and currentCaseChanged() once per
//   real change of the current case; the current case stays selected across refreshes, re-sorts and
//   re-filters as long as it is among the first KeepWithinRows rows (loading up to it);
// - to follow the CaseNotifier on its own (through the model);
// - an accessible name on every control and a tab order from the search field through the
//   filters and the saved views to the table.
// The widget keeps no state of its own beyond the controls: the model holds filter and order.
#pragma once

#include "caselistmodel.h"
#include "savedviews.h"

#include <QTimer>
#include <QWidget>

class CaseListProxy;
class CaseNotifier;
class MunicipalitySession;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QToolButton;

class CaseListWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 200;
    // After a re-sort or re-filter the current case stays selected if it is among the first rows.
    static constexpr int KeepWithinRows = 5 * CaseListModel::PageSize;

    // session and notifier must outlive the widget. The first page is loaded before this returns.
    CaseListWidget(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent = nullptr);
    ~CaseListWidget() override;

    CaseListModel* model() const { return m_model; }
    CaseListProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }

    // The filter as the controls show it; setting it updates the controls and queries at once.
    CaseSelection filter() const;
    void setFilter(const CaseSelection& filter);
    // The handler names "Mijn zaken" matches (default: the session's user).
    void setMyNames(const QStringList& names);

    qint64 currentCaseId() const; // 0 when none
    // Selects and shows the case when it is among the loaded rows.
    bool selectCase(qint64 caseId);

    // Where saved views are kept; nullptr (default): the application's QSettings. Not owned.
    void setSettings(QSettings* settings);
    const SavedViews& savedViews() const { return m_savedViews; }
    // The count label's text, e.g. "1.234 zaken".
    QString countText() const;

public slots:
    void focusSearch();
    void refresh();
    // Stores the current filter, search and order under this name (replacing a view of that name).
    void saveCurrentView(const QString& name);
    // Applies the saved view with this name; false when there is none.
    bool applySavedView(const QString& name);
    void deleteSavedView(const QString& name);

signals:
    void caseActivated(qint64 caseId);
    void currentCaseChanged(qint64 caseId);

private:
    void buildControls();
    void buildTable();
    void applyControls();
    void applyQuery(const CaseSelection& filter, int column, Qt::SortOrder order);
    void showFilter(const CaseSelection& filter);
    void reloadViewList();
    void syncViewChoice();
    void onViewChosen(int index);
    void askSaveView();
    void askDeleteView();
    void afterRefresh();
    void announceCurrent();
    void updateCount();
    void placeEmptyState();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MunicipalitySession& m_session;
    CaseListModel* m_model = nullptr;
    CaseListProxy* m_proxy = nullptr;
    SavedViews m_savedViews;

    QLineEdit* m_search = nullptr;
    QToolButton* m_mine = nullptr;
    QToolButton* m_open = nullptr;
    QToolButton* m_overdue = nullptr;
    QComboBox* m_phase = nullptr;
    QComboBox* m_domain = nullptr;
    QComboBox* m_views = nullptr;
    QToolButton* m_saveView = nullptr;
    QToolButton* m_deleteView = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;

    QTimer m_searchDelay;
    bool m_refreshing = false; // the model is changing rows; the current case is kept
    qint64 m_keepCase = 0;     // the case to select again once it is done
    qint64 m_announced = 0;    // the last case currentCaseChanged() named
    bool m_updatingControls = false;
};
