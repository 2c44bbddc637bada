// The codes of the audit trail's actions and of the recorded backup copies (storage/auditaction.h):
// they are part of the file format, so each code is spelled out here as files hold it; every action
// round-trips through its code, has a Dutch name for the audit screen, and what a writer records
// reads back as the same action.
#include "storagetestsupport.h"

#include "audit/audittrail.h"
#include "backup/backupservice.h"
#include "storage/auditlog.h"
#include "storage/sqlcode.h"
#include "storage/sqlquery.h"

#include <QSet>

TEST_CASE("every audit action has the code files hold, and reads back from it") {
    const QStringList codes{QStringLiteral("create"),
                            QStringLiteral("update"),
                            QStringLiteral("event"),
                            QStringLiteral("transition"),
                            QStringLiteral("view"),
                            QStringLiteral("delete"),
                            QStringLiteral("destroy"),
                            QStringLiteral("anonymise"),
                            QStringLiteral("inzage"),
                            QStringLiteral("user"),
                            QStringLiteral("identify"),
                            QStringLiteral("settings"),
                            QStringLiteral("calendar"),
                            QStringLiteral("theme"),
                            QStringLiteral("audit_export"),
                            QStringLiteral("document_add"),
                            QStringLiteral("document_open"),
                            QStringLiteral("document_kind"),
                            QStringLiteral("document_remove"),
                            QStringLiteral("archive"),
                            QStringLiteral("retention_copy"),
                            QStringLiteral("import"),
                            QStringLiteral("letter"),
                            QStringLiteral("letter_template"),
                            QStringLiteral("measure-create"),
                            QStringLiteral("measure-update"),
                            QStringLiteral("measure-link"),
                            QStringLiteral("measure-unlink"),
                            QStringLiteral("measure-delete"),
                            QStringLiteral("migrate"),
                            QStringLiteral("server_upgrade")};
    const QList<AuditAction> all = AuditActions::all();
    REQUIRE(all.size() == codes.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        CAPTURE(codes.at(i));
        CHECK(AuditActions::code(all.at(i)) == codes.at(i));
        CHECK(AuditActions::fromCode(codes.at(i)) == all.at(i));
    }
    CHECK_FALSE(AuditActions::fromCode(QStringLiteral("Create")));
    CHECK_FALSE(AuditActions::fromCode(QString()));
}

TEST_CASE("every audit action has a Dutch name of its own on the audit screen") {
    QSet<QString> labels;
    for (AuditAction action : AuditActions::all()) {
        const QString code = AuditActions::code(action);
        const QString label = AuditTrail::actionLabel(code);
        CAPTURE(code);
        CHECK_FALSE(label.isEmpty());
        CHECK(label != code);
        labels.insert(label);
    }
    CHECK(labels.size() == AuditActions::all().size());
    CHECK(AuditTrail::actionLabel(QStringLiteral("destroy")) == QStringLiteral("vernietigd"));
    CHECK(AuditTrail::actionLabel(QStringLiteral("measure-link")) == QStringLiteral("verbetermaatregel gekoppeld"));
    // A code a newer version wrote is shown as it is.
    CHECK(AuditTrail::actionLabel(QStringLiteral("iets-nieuws")) == QStringLiteral("iets-nieuws"));
}

TEST_CASE("a recorded action is stored as its code and reads back as the same action") {
    TempDir dir;
    auto db = newMunicipality(dir);
    AuditLog log(*db);
    const QDateTime at(d("2025-03-07"), QTime(10, 0));
    for (AuditAction action : AuditActions::all())
        log.record(at, QStringLiteral("Ruud Jansen"), 7, action, QStringLiteral("veld"));
    const QList<AuditEntry> rows = log.forCase(7);
    REQUIRE(rows.size() == AuditActions::all().size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CHECK(AuditActions::fromCode(rows.at(i).action) == AuditActions::all().at(i));
        CHECK(rows.at(i).caseId == 7);
        CHECK(rows.at(i).field == QStringLiteral("veld"));
    }
    // SQL text finds the rows through the same codes.
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ") +
                                    SqlCode::of(AuditAction::MeasureUnlink))
              .toInt() == 1);
}

TEST_CASE("the kinds of recorded backup copies have the codes of the backup_copies table") {
    CHECK(BackupKinds::all() == QList<BackupKind>{BackupKind::Automatic, BackupKind::Manual, BackupKind::Safety});
    CHECK(BackupKinds::code(BackupKind::Automatic) == QStringLiteral("automatic"));
    CHECK(BackupKinds::code(BackupKind::Manual) == QStringLiteral("manual"));
    CHECK(BackupKinds::code(BackupKind::Safety) == QStringLiteral("safety"));
    for (BackupKind kind : BackupKinds::all())
        CHECK(BackupKinds::fromCode(BackupKinds::code(kind)) == kind);
    CHECK(SqlCode::of(BackupKind::Safety) == QStringLiteral("'safety'"));

    // Every kind passes the table's CHECK constraint and reads back as written.
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    const QDateTime at(d("2025-03-07"), QTime(10, 0));
    for (BackupKind kind : BackupKinds::all()) {
        REQUIRE(
            BackupService::recordCopy(path, dir.path(BackupKinds::code(kind) + QStringLiteral(".aantafel")), kind, at));
    }
    auto db = Database::open(path);
    SqlQuery q(*db, QStringLiteral("SELECT kind FROM backup_copies ORDER BY kind"));
    q.exec();
    QStringList stored;
    while (q.next())
        stored << q.value(0).toString();
    CHECK(stored == QStringList{QStringLiteral("automatic"), QStringLiteral("manual"), QStringLiteral("safety")});
}
