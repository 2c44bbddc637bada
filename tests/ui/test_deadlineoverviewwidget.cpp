// The coordinator's Termijnen tab: the grouped model, the filters, and reassigning cases.
#include "testsupport.h"

#include "casenotifier.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "overview/deadlineoverviewmodel.h"
#include "overview/deadlineoverviewwidget.h"
#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "storage/municipalityfile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

struct OverviewFixture {
    TempDir dir;
    FixedClock clock{d("2026-11-23")};
    std::unique_ptr<MunicipalitySession> session;
    CaseNotifier notifier;
    QUndoStack undo;

    OverviewFixture() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Termijnstad");
        session = std::make_unique<MunicipalitySession>(
            MunicipalityFile::create(dir.path(QStringLiteral("t.aantafel")), settings, QStringLiteral("coord")), clock,
            QStringLiteral("coord"));
        DemoOptions options;
        options.cases = 150;
        DemoGenerator(session->engine(), clock, 11).populate(session->database(), options);
    }
};

} // namespace

TEST_CASE("the overview model groups every pending deadline and survives the model tester") {
    OverviewFixture f;
    DeadlineOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const Overview overview = DeadlineOverview(*f.session).compute();
    REQUIRE_FALSE(overview.rows.isEmpty());
    model.setOverview(overview);
    CHECK(resets.count() == 1);
    REQUIRE(model.rowCount() == 4);
    int rows = 0;
    for (int g = 0; g < 4; ++g) {
        const QModelIndex group = model.index(g, 0);
        CHECK(group.data(DeadlineOverviewModel::IsGroupRole).toBool());
        CHECK(model.rowCount(group) == overview.count(UrgencyGroup(g)));
        CHECK(group.data().toString().contains(QStringLiteral("(%1)").arg(model.rowCount(group))));
        for (int r = 0; r < model.rowCount(group); ++r) {
            const QModelIndex row = model.index(r, 0, group);
            CHECK(row.data(DeadlineOverviewModel::GroupRole).toInt() == g);
            CHECK(row.data(DeadlineOverviewModel::CaseIdRole).toLongLong() > 0);
            CHECK(model.parent(row) == group);
        }
        rows += model.rowCount(group);
    }
    CHECK(rows == overview.rows.size());
    CHECK(model.index(0, 0).data().toString().startsWith(QStringLiteral("Te laat")));
}

TEST_CASE("the overview filters on one handler and reassigns the selected cases in one undo step") {
    OverviewFixture f;
    DeadlineOverviewWidget widget(*f.session, f.notifier, f.undo);
    widget.show();
    widget.refresh();
    const Overview all = widget.overview();
    REQUIRE(all.workload.size() >= 2);
    const QString first = all.workload.first().handler;

    widget.showHandler(first);
    for (const OverviewRow& row : widget.overview().rows)
        CHECK(row.handler == first);

    QList<qint64> ids;
    for (const OverviewRow& row : widget.overview().rows) {
        if (!ids.contains(row.caseId))
            ids << row.caseId;
        if (ids.size() == 3)
            break;
    }
    REQUIRE(ids.size() >= 1);
    QSignalSpy changed(&f.notifier, &CaseNotifier::caseChanged);
    CHECK(widget.reassign(ids, QStringLiteral("Fatima El Idrissi")) == ids.size());
    CHECK(changed.count() == ids.size());
    CHECK(f.undo.count() == 1); // one macro: one undo step
    for (qint64 id : ids) {
        CHECK(f.session->cases().load(id).handler == QStringLiteral("Fatima El Idrissi"));
        bool audited = false;
        for (const AuditEntry& e : AuditLog(f.session->database()).forCase(id))
            audited =
                audited || (e.field == QStringLiteral("handler") && e.newValue == QStringLiteral("Fatima El Idrissi"));
        CHECK(audited);
    }

    f.undo.undo();
    for (qint64 id : ids)
        CHECK(f.session->cases().load(id).handler == first);
}

TEST_CASE("the overview refreshes when a case changes and only while visible") {
    OverviewFixture f;
    DeadlineOverviewWidget widget(*f.session, f.notifier, f.undo);
    CHECK(widget.overview().rows.isEmpty()); // not computed before it is shown
    widget.show();
    for (int i = 0; i < 100 && widget.overview().rows.isEmpty(); ++i)
        QTest::qWait(20);
    CHECK_FALSE(widget.overview().rows.isEmpty());
}

TEST_CASE("the workload counts the follow-up calls of closed cases apart from the open cases") {
    OverviewFixture f;
    DeadlineOverviewWidget widget(*f.session, f.notifier, f.undo);
    widget.show();
    widget.refresh();
    auto* workload = widget.findChild<QTreeWidget*>(QStringLiteral("workloadList"));
    REQUIRE(workload);
    CHECK(workload->headerItem()->text(1) == QStringLiteral("Open zaken"));
    CHECK(workload->headerItem()->text(2) == QStringLiteral("Nabellen"));
    QHash<QString, int> followUps;
    for (const OverviewRow& row : widget.overview().rows) {
        if (row.deadline.kind == DeadlineKind::FollowUp)
            ++followUps[row.handler];
    }
    REQUIRE_FALSE(followUps.isEmpty()); // the demo file has informal solutions with a call to make
    REQUIRE(workload->topLevelItemCount() == widget.overview().workload.size());
    for (int i = 0; i < workload->topLevelItemCount(); ++i) {
        const HandlerWorkload& load = widget.overview().workload.at(i);
        const QTreeWidgetItem* item = workload->topLevelItem(i);
        CHECK(item->text(1) == QString::number(load.openCases));
        CHECK(item->text(2) == QString::number(followUps.value(load.handler)));
    }
}
