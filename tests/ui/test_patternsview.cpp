// The patterns view over a handful of known complaints: counts per group and quarter, the recurring
// theme at one department marked, and a structural measure made from a selection linked to every
// case of it.
#include "learningfixture.h"

#include "learning/measurerepository.h"
#include "learning/patternmodels.h"
#include "learning/patternsview.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace {

struct Known {
    explicit Known(CaseFileFixture& f) {
        // Bejegening at Wijkteam Noord three times in 2026 K1: a recurring pattern.
        bejegening
            << storedComplaint(f, "2026-01-12", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord")).id
            << storedComplaint(f, "2026-02-03", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord")).id
            << storedComplaint(f, "2026-03-30", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord")).id;
        // Bejegening elsewhere and later: counted, not recurring.
        bejegening << storedComplaint(f, "2026-04-14", QStringLiteral("Bejegening"), QStringLiteral("Burgerzaken")).id;
        privacy << storedComplaint(f, "2026-02-10", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken")).id
                << storedComplaint(f, "2026-05-02", QStringLiteral("Privacy"), QStringLiteral("Wijkteam Noord")).id;
        // Last year: outside the period.
        storedComplaint(f, "2025-11-02", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken"));
    }
    QList<qint64> bejegening;
    QList<qint64> privacy;
};

int sourceRow(const PatternTableModel& model, const QString& key) {
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(PatternTableModel::KeyRole).toString() == key)
            return r;
    }
    return -1;
}

void selectRow(QTableView* view, int proxyRow) {
    view->selectionModel()->select(view->model()->index(proxyRow, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

TEST_CASE("the patterns view counts the themes of the period per quarter and marks what recurs") {
    CaseFileFixture f(d("2026-05-20"));
    const Known known(f);
    PatternsView view(*f.session, f.notifier, f.stack);
    QAbstractItemModelTester tableTester(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester recurringTester(view.recurringModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.groupsView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Dit jaar, by theme.
    CHECK(view.from() == d("2026-01-01"));
    CHECK(view.to() == d("2026-12-31"));
    const PatternTableModel& model = *view.tableModel();
    CHECK(model.columnCount() == PatternTableModel::FirstQuarterColumn + 4);
    CHECK(model.headerData(PatternTableModel::FirstQuarterColumn, Qt::Horizontal).toString() ==
          QStringLiteral("2026 K1"));
    const int bejegening = sourceRow(model, QStringLiteral("Bejegening"));
    REQUIRE(bejegening >= 0);
    CHECK(model.index(bejegening, PatternTableModel::TotalColumn).data().toString() == QStringLiteral("4"));
    CHECK(model.index(bejegening, PatternTableModel::FirstQuarterColumn).data().toString() == QStringLiteral("3"));
    CHECK(model.index(bejegening, PatternTableModel::FirstQuarterColumn + 1).data().toString() == QStringLiteral("1"));
    CHECK(model.index(bejegening, 0).data(PatternTableModel::RecurringRole).toBool());
    const int privacy = sourceRow(model, QStringLiteral("Privacy"));
    REQUIRE(privacy >= 0);
    CHECK(model.index(privacy, PatternTableModel::TotalColumn).data().toString() == QStringLiteral("2"));
    CHECK_FALSE(model.index(privacy, 0).data(PatternTableModel::RecurringRole).toBool());
    // Largest group first.
    CHECK(view.groupsView()->model()->index(0, 0).data(PatternTableModel::KeyRole).toString() ==
          QStringLiteral("Bejegening"));

    REQUIRE(view.recurringModel()->rowCount() == 1);
    const QModelIndex signal = view.recurringModel()->index(0, RecurringPatternModel::DescriptionColumn);
    CHECK(signal.data().toString() == QStringLiteral("Bejegening bij Wijkteam Noord"));
    CHECK(view.recurringModel()->index(0, RecurringPatternModel::QuarterColumn).data().toString() ==
          QStringLiteral("2026 K1"));
    CHECK(view.recurringModel()->index(0, RecurringPatternModel::CountColumn).data().toString() ==
          QStringLiteral("3×"));

    // By department: Wijkteam Noord is where it recurs.
    view.setDimension(PatternDimension::Department);
    const int noord = sourceRow(model, QStringLiteral("Wijkteam Noord"));
    REQUIRE(noord >= 0);
    CHECK(model.index(noord, PatternTableModel::TotalColumn).data().toString() == QStringLiteral("4"));
    CHECK(model.index(noord, 0).data(PatternTableModel::RecurringRole).toBool());
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Afdeling"));

    // Vorig jaar: one case only, nothing recurs.
    view.setPreset(PatternsView::Preset::LastYear);
    CHECK(view.from() == d("2025-01-01"));
    CHECK(view.tableModel()->table().caseCount == 1);
    CHECK(view.recurringModel()->rowCount() == 0);
}

TEST_CASE("a structural measure made from selected groups and patterns is linked to every case of them") {
    CaseFileFixture f(d("2026-05-20"));
    const Known known(f);
    PatternsView view(*f.session, f.notifier, f.stack);
    view.setPeriod(d("2026-01-01"), d("2026-06-30"));
    // The recurring pattern and the Privacy group.
    selectRow(view.recurringView(), 0);
    const QAbstractItemModel* groups = view.groupsView()->model();
    for (int r = 0; r < groups->rowCount(); ++r) {
        if (groups->index(r, 0).data(PatternTableModel::KeyRole).toString() == QStringLiteral("Privacy"))
            selectRow(view.groupsView(), r);
    }
    QList<qint64> expected = known.privacy + known.bejegening.mid(0, 3);
    std::sort(expected.begin(), expected.end());
    CHECK(view.selectedCaseIds() == expected);

    Measure offered;
    view.setEditorRunner(savingAs(QStringLiteral("Training bejegening Wijkteam Noord"),
                                  QStringLiteral("Teamleider Noord"), std::nullopt, &offered));
    REQUIRE(view.createStructuralMeasure());
    CHECK(offered.scope == MeasureScope::Structural);
    CHECK(offered.description.contains(QStringLiteral("Bejegening bij Wijkteam Noord")));
    const QList<Measure> stored = MeasureRepository(*f.reopen()).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().scope == MeasureScope::Structural);
    CHECK(stored.first().caseIds == expected);
}

TEST_CASE("the patterns view recounts after a change, while hidden only once it is shown") {
    CaseFileFixture f(d("2026-05-20"));
    const Known known(f);
    PatternsView view(*f.session, f.notifier, f.stack);
    CHECK(view.tableModel()->table().caseCount == 6);
    const Case added = storedComplaint(f, "2026-05-19", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken"));
    emit f.notifier.caseAdded(added.id);
    CHECK(view.tableModel()->table().caseCount == 6);
    view.show();
    CHECK(view.tableModel()->table().caseCount == 7);
    const Case another = storedComplaint(f, "2026-05-20", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken"));
    emit f.notifier.caseAdded(another.id);
    CHECK(view.tableModel()->table().caseCount == 8);
}
