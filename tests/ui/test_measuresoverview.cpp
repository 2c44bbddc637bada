// The measures overview: every measure, filtered by status, kind, owner and overdue; overdue ones
// marked by colour, icon and words; opening a measure edits it.
#include "learningfixture.h"
#include "shell/statepalette.h"

#include "learning/measurelistmodel.h"
#include "learning/measurerepository.h"
#include "learning/measuresoverview.h"

#include <QAbstractItemModelTester>
#include <QTreeView>

namespace {

Measure measure(const QString& title, MeasureScope scope, MeasureStatus status, const QString& owner, QDate due) {
    Measure m;
    m.title = title;
    m.scope = scope;
    m.status = status;
    m.owner = owner;
    m.due = due;
    return m;
}

QStringList titles(const QAbstractItemModel& model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, MeasureListModel::TitleColumn).data().toString();
    return out;
}

} // namespace

TEST_CASE("the measures overview filters by status, kind, owner and overdue, and marks overdue measures") {
    CaseFileFixture f(d("2026-05-04"));
    MeasureRepository repository(*f.session);
    for (Measure m : {measure(QStringLiteral("Training bejegening"), MeasureScope::Structural,
                              MeasureStatus::InProgress, QStringLiteral("Teamleider Noord"), d("2026-04-30")),
                      measure(QStringLiteral("Excuusbrief mevrouw"), MeasureScope::Individual, MeasureStatus::Planned,
                              QStringLiteral("Fatima Bakkali"), d("2026-06-01")),
                      measure(QStringLiteral("Wachtlijst inzichtelijk"), MeasureScope::Structural, MeasureStatus::Done,
                              QStringLiteral("Teamleider Noord"), d("2026-03-01")),
                      measure(QStringLiteral("Terugbelnotitie"), MeasureScope::Structural, MeasureStatus::Planned,
                              QStringLiteral("Klantcontactcentrum"), QDate())})
        repository.save(m);

    MeasuresOverview overview(*f.session, f.notifier, f.stack);
    QAbstractItemModelTester modelTester(overview.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(overview.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModel& shown = *overview.proxy();
    // By due date, none last.
    CHECK(titles(shown) == QStringList{QStringLiteral("Wachtlijst inzichtelijk"), QStringLiteral("Training bejegening"),
                                       QStringLiteral("Excuusbrief mevrouw"), QStringLiteral("Terugbelnotitie")});
    CHECK(overview.summary() == QStringLiteral("4 maatregelen, waarvan 1 over de streefdatum"));

    // Only the unfinished measure past its due date is overdue: colour, icon and the words.
    const QModelIndex training = shown.index(1, MeasureListModel::DueColumn);
    CHECK(training.data().toString() == QStringLiteral("30-04-2026 — te laat"));
    CHECK(training.data(MeasureListModel::OverdueRole).toBool());
    CHECK(training.data(Qt::ForegroundRole).value<QColor>() == StatePalette().foreground(StatePalette::Role::Error));
    CHECK_FALSE(training.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex done = shown.index(0, MeasureListModel::DueColumn);
    CHECK(done.data().toString() == QStringLiteral("01-03-2026"));
    CHECK(done.data(Qt::DecorationRole).isNull());

    overview.overdueFilter()->setChecked(true);
    CHECK(titles(shown) == QStringList{QStringLiteral("Training bejegening")});
    overview.overdueFilter()->setChecked(false);

    QComboBox* owner = overview.ownerFilter();
    CHECK(owner->count() == 4); // Iedereen + three owners
    owner->setCurrentIndex(owner->findData(QStringLiteral("Teamleider Noord")));
    CHECK(titles(shown) ==
          QStringList{QStringLiteral("Wachtlijst inzichtelijk"), QStringLiteral("Training bejegening")});
    CHECK(overview.summary() == QStringLiteral("2 van 4 maatregelen, waarvan 1 over de streefdatum"));
    QComboBox* status = overview.statusFilter();
    status->setCurrentIndex(status->findData(int(MeasureStatus::Done)));
    CHECK(titles(shown) == QStringList{QStringLiteral("Wachtlijst inzichtelijk")});
    owner->setCurrentIndex(0);
    status->setCurrentIndex(0);
    QComboBox* scope = overview.scopeFilter();
    scope->setCurrentIndex(scope->findData(int(MeasureScope::Individual)));
    CHECK(titles(shown) == QStringList{QStringLiteral("Excuusbrief mevrouw")});
    scope->setCurrentIndex(0);

    // Sorting by title follows Dutch order.
    overview.view()->sortByColumn(MeasureListModel::TitleColumn, Qt::AscendingOrder);
    CHECK(titles(shown).first() == QStringLiteral("Excuusbrief mevrouw"));
}

TEST_CASE("opening a measure from the overview edits it, and the overview follows the change") {
    CaseFileFixture f(d("2026-05-04"));
    Measure m = measure(QStringLiteral("Training bejegening"), MeasureScope::Structural, MeasureStatus::InProgress,
                        QStringLiteral("Teamleider Noord"), d("2026-04-30"));
    MeasureRepository(*f.session).save(m);
    MeasuresOverview overview(*f.session, f.notifier, f.stack);
    QAbstractItemModelTester tester(overview.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    overview.setEditorRunner(savingAs(QStringLiteral("Training bejegening gegeven"), {}, MeasureStatus::Done));
    CHECK(overview.openMeasure(m.id));
    const QModelIndex row = overview.proxy()->index(0, MeasureListModel::StatusColumn);
    CHECK(row.data().toString() == QStringLiteral("Uitgevoerd"));
    CHECK(overview.proxy()->index(0, MeasureListModel::DueColumn).data().toString() == QStringLiteral("30-04-2026"));
    CHECK(overview.summary() == QStringLiteral("1 maatregel"));
}
