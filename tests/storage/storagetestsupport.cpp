#include "storagetestsupport.h"

#include "../server/servertestsupport.h"
#include "backendscope.h"
#include "casebuilder.h"

#include "storage/documentrepository.h"
#include "storage/municipalityfile.h"

#include <QBuffer>
#include <QDir>

#include <ctime>

#include <sqlite3.h>

RawConnection::RawConnection(const QString& path) {
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &m_db) == SQLITE_OK);
}

RawConnection::~RawConnection() {
    sqlite3_close(m_db);
}

int RawConnection::exec(const char* sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (error) {
        UNSCOPED_INFO("sqlite3_exec: " << error);
        sqlite3_free(error);
    }
    return rc;
}

int RawConnection::exec(const QString& sql) {
    return exec(sql.toUtf8().constData());
}

QString RawConnection::scalar(const char* sql) {
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK);
    QString result;
    if (sqlite3_step(statement) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return result;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

std::unique_ptr<Database> newMunicipality(const TempDir& dir, const QString& name) {
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Voorbeeld");
    if (BackendScope::current() == SqlBackend::PostgreSQL) {
        const ScratchDatabase& scratch = BackendScope::newScratchDatabase();
        scratch.initialise(settings.name, QStringLiteral("Beheerder"));
        return Database::openServer(scratch.location());
    }
    return MunicipalityFile::create(dir.path(name + QStringLiteral(".aantafel")), settings,
                                    QStringLiteral("Beheerder"));
}

QDateTime testNow() {
    return QDateTime(d("2025-03-07"), QTime(9, 0));
}

Case everyFieldCase() {
    return CaseBuilder::everyField();
}

Case intakeCase(QDate received, const QString& klager) {
    return CaseBuilder::phoneComplaint(received, klager);
}

void addTextDocument(Database& db, const Clock& clock, qint64 caseId, const QString& name, QDate received,
                     const QString& text) {
    NewDocument document;
    document.caseId = caseId;
    document.name = name;
    document.kind = DocumentKind::ComplaintLetter;
    document.mediaType = QStringLiteral("application/pdf");
    document.received = received;
    document.text = text;
    QBuffer buffer;
    buffer.setData(QByteArrayLiteral("%PDF-1.4 brief"));
    buffer.open(QIODevice::ReadOnly);
    DocumentRepository(db, clock, QStringLiteral("Beheerder")).add(document, buffer, 1024 * 1024);
}

DutchTime::DutchTime()
    : m_old(qgetenv("TZ"))
    , m_had(qEnvironmentVariableIsSet("TZ")) {
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
}

DutchTime::~DutchTime() {
    if (m_had)
        qputenv("TZ", m_old);
    else
        qunsetenv("TZ");
    tzset();
}
