#include "storagetestsupport.h"

#include "../server/servertestsupport.h"
#include "backendscope.h"
#include "storage/serverconnection.h"
#include "storage/serverinit.h"

#include "storage/municipalityfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

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

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

std::unique_ptr<Database> newMunicipality(const TempDir& dir, const QString& name) {
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Voorbeeld");
    if (BackendScope::current() == SqlBackend::PostgreSQL) {
        const ScratchDatabase& scratch = BackendScope::newScratchDatabase();
        {
            ServerConnection server(scratch.location());
            ServerInit::initialise(server, settings, QStringLiteral("Beheerder"));
        }
        return Database::openServer(scratch.location());
    }
    return MunicipalityFile::create(dir.path(name + QStringLiteral(".aantafel")), settings,
                                    QStringLiteral("Beheerder"));
}

QDateTime testNow() {
    return QDateTime(d("2025-03-07"), QTime(9, 0));
}

Case everyFieldCase() {
    Case c;
    c.reference = QStringLiteral("KL-2024-0917");
    c.kind = CaseKind::WrittenComplaint;
    c.channel = Channel::KitchenTable;
    c.received = d("2024-11-04");
    c.conductDate = d("2024-10-21");
    c.anonymous = true;
    c.klager = {QStringLiteral("Mevrouw T. Özdemir-Van der Berg"), QStringLiteral("Lindelaan 7\n1234 AB Voorbeeld"),
                QStringLiteral("06-98765432"), QStringLiteral("t.ozdemir@example.nl")};
    c.representative = {QStringLiteral("Henk Mulder"), QStringLiteral("cliëntondersteuner")};
    c.subject = {QStringLiteral("Wijkteam Noord"), QStringLiteral("J. Pietersen"), QStringLiteral("Zorggroep De Brug"),
                 QStringLiteral("GR Sociaal Domein West")};
    c.domain = PolicyDomain::Youth;
    c.themes = {QStringLiteral("Onheuse bejegening"), QStringLiteral("Nieuw thema: 'wachtlijst' \"jeugd\"")};
    c.story = QStringLiteral("Tijdens het keukentafelgesprek werd mij gezegd dat mijn zoon \"gewoon\" moet wachten.\n"
                             "Niemand belde terug. 😞 Ünïcödé; DROP TABLE cases; --");
    c.desiredOutcome = QStringLiteral("Een vast contactpersoon en binnen twee weken een besluit.");
    c.handler = QStringLiteral("Fatima Bakkali");
    c.committee = true;
    c.aboutDecisionContent = true;
    c.decisionPublished = d("2024-10-15");
    c.phase = Phase::Closed;
    c.outcome = Outcome::PartlyUpheld;
    c.closedOn = d("2025-01-20");
    c.satisfactionConfirmation = ConfirmationMethod::Letter;
    c.nonHandlingGround = NonHandlingGround::InsufficientWeight;
    c.nonHandlingNoticeSent = d("2024-11-25");
    c.acknowledgementSent = d("2024-11-06");
    c.firstContactOn = d("2024-11-07");
    c.adjournedOn = d("2024-12-09");
    c.consentReceived = d("2025-01-03");
    c.agreedDueDate = d("2025-01-24");
    c.hearingPlanned = d("2024-12-02");
    c.hearingHeld = d("2024-12-04");
    c.hearingException = HearingException::KlagerWaived;
    c.referralProvider = QStringLiteral("Stichting Thuiszorg Midden");
    c.referralFollowUp = d("2024-11-18");
    c.referralFeedback = d("2024-11-20");
    c.followUpDue = d("2025-02-10");
    c.followUpDone = d("2025-02-11");
    c.parts = {
        {QStringLiteral("Niet teruggebeld na twee toezeggingen"),
         QStringLiteral("Uit het contactlogboek blijkt dat twee keer een terugbelverzoek is blijven liggen."),
         Outcome::Upheld},
        {QStringLiteral("Onvriendelijk te woord gestaan aan de balie"),
         QStringLiteral("De lezingen lopen uiteen; er waren geen getuigen."), Outcome::NoJudgment},
        {QStringLiteral("Aanvraag 'kwijtgeraakt'"), {}, Outcome::Rejected},
    };
    c.conclusions = QStringLiteral("Wij bieden excuses aan en leggen afspraken voortaan binnen één dag vast.");
    c.sentToOmbudsman = d("2025-04-02");
    c.events = {
        {0, QDateTime(d("2024-11-04"), QTime(10, 15, 30, 250)), EventKind::ContactMoment,
         QStringLiteral("Fatima Bakkali"), QStringLiteral("Klaagschrift ontvangen per post.")},
        {0, QDateTime(d("2024-12-04"), QTime(14, 0)), EventKind::Hearing, QStringLiteral("Ruud Jansen"),
         QStringLiteral("Hoorzitting gehouden; verslag in het dossier.")},
        {0, QDateTime(d("2025-01-20"), QTime(16, 45, 1, 7), Qt::UTC), EventKind::Decision,
         QStringLiteral("Fatima Bakkali"), QStringLiteral("Afdoeningsbrief verstuurd: deels gegrond.")},
    };
    return c;
}

Case intakeCase(QDate received, const QString& klager) {
    Case c;
    c.kind = CaseKind::OralComplaint;
    c.channel = Channel::Phone;
    c.received = received;
    c.klager.name = klager;
    c.domain = PolicyDomain::Wmo;
    c.story = QStringLiteral("Mijn aanvraag voor huishoudelijke hulp is kwijtgeraakt.");
    c.desiredOutcome = QStringLiteral("Snel een besluit.");
    c.handler = QStringLiteral("Fatima Bakkali");
    c.themes = {QStringLiteral("Geen reactie / niet teruggebeld")};
    return c;
}
