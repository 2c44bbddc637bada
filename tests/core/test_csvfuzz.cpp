// Bounded randomised test of the CSV import (seeded, so a failure reproduces; a few seconds at most):
// random bytes and mutations of valid CSV — stray quotes, separators, CR/LF, invalid UTF-8, huge
// fields — go through the reader, a guessed mapping and the dry run. Nothing may crash or hang,
// every row must end as a case or as a problem, and valid CSV must read back to what was written.
#include "testsupport.h"

#include "import/importer.h"
#include "workflowfixture.h"

#include <QElapsedTimer>

#include <random>

namespace {

constexpr quint32 Seed = 20261123;
constexpr qint64 BudgetMs = 1000; // per test case, wall clock
// However busy the machine, each test case tries at least this many inputs.
constexpr int MinRounds = 100;

bool goOn(const QElapsedTimer& timer, int rounds, int maxRounds) {
    return rounds < MinRounds || (timer.elapsed() < BudgetMs && rounds < maxRounds);
}

class Fuzz {
public:
    explicit Fuzz(quint32 seed)
        : m_rng(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(int percent) { return below(100) < percent; }

    QByteArray randomBytes() {
        QByteArray out(below(600), Qt::Uninitialized);
        for (char& c : out)
            c = char(below(256));
        return out;
    }

    QString field() {
        static const QString alphabet = QStringLiteral("abcXYZ 019-/.;,\t\"\r\néë€‘’ü:");
        if (chance(3))
            return QString(20000 + below(50000), QChar(u'a' + below(26)));
        if (chance(25))
            return dates[below(int(std::size(dates)))];
        QString s;
        const int n = below(12);
        for (int i = 0; i < n; ++i)
            s += alphabet.at(below(int(alphabet.size())));
        return s;
    }

    QList<QStringList> records(int columns) {
        QList<QStringList> out;
        QStringList header;
        for (int c = 0; c < columns; ++c)
            header << headers[below(int(std::size(headers)))] + QString::number(c);
        out << header;
        const int rows = below(30);
        for (int r = 0; r < rows; ++r) {
            QStringList record;
            for (int c = 0; c < columns; ++c)
                record << field();
            out << record;
        }
        return out;
    }

    QByteArray mutate(QByteArray bytes) {
        static const char* pieces[] = {"\"",   "\"\"", ";",    ",",        "\t",   "\r",          "\n",
                                       "\r\n", "\xC3", "\xFF", "\xE2\x82", "\x80", "\xEF\xBB\xBF"};
        const int n = 1 + below(6);
        for (int i = 0; i < n; ++i) {
            const int at = bytes.isEmpty() ? 0 : below(int(bytes.size()));
            if (chance(30) && !bytes.isEmpty())
                bytes.remove(at, 1 + below(4));
            else
                bytes.insert(at, pieces[below(int(std::size(pieces)))]);
        }
        return bytes;
    }

    inline static const QString dates[] = {QStringLiteral("7-3-2025"),   QStringLiteral("31-02-2025"),
                                           QStringLiteral("1 mei 2024"), QStringLiteral("2024-12-31"),
                                           QStringLiteral("gegrond"),    QStringLiteral("telefoon"),
                                           QStringLiteral("opgelost"),   QStringLiteral("99-99-99")};
    inline static const QString headers[] = {QStringLiteral("Datum"),
                                             QStringLiteral("Kanaal"),
                                             QStringLiteral("Uitkomst"),
                                             QStringLiteral("Naam klager"),
                                             QStringLiteral("Kenmerk"),
                                             QStringLiteral("Omschrijving"),
                                             QStringLiteral("Datum afgesloten"),
                                             QStringLiteral("x")};

private:
    std::mt19937 m_rng;
};

QChar separatorOf(int i) {
    return i == 0 ? u';' : i == 1 ? u',' : u'\t';
}

// Reader, guessed mapping and dry run; every row must end as exactly a case or a problem row.
void throughTheImport(const WorkflowFixture& f, const QByteArray& bytes) {
    const CsvTable table = CsvReader::read(bytes);
    if (!table.ok()) {
        CHECK(table.errorLine >= 1);
        return;
    }
    ImportMapping mapping = ImportMapping::guess(table.header);
    if (!mapping.isMapped(ImportField::Received))
        mapping.setColumn(ImportField::Received, {{}, 1});
    Importer importer(mapping, f.wf, QDateTime(QDate(2025, 6, 2), QTime(9, 0)), QStringLiteral("fuzz"),
                      QStringLiteral("fuzz.csv"));
    const ImportRun run = importer.dryRun(table);
    if (!run.fileProblems.isEmpty())
        return;
    REQUIRE(run.rowsRead == table.rows.size());
    REQUIRE(run.cases.size() + run.problemRows == run.rowsRead);
    for (const ImportedRow& row : run.cases) {
        REQUIRE(row.c.received.isValid());
        REQUIRE(f.wf.consistencyProblems(row.c).size() <= 1); // only the reference assigned on commit may lack
    }
    for (const ImportProblem& p : run.problems)
        REQUIRE(!p.why.isEmpty());
}

} // namespace

TEST_CASE("fuzz: random bytes never crash the import", "[import][fuzz]") {
    WorkflowFixture f;
    Fuzz fuzz(Seed);
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    while (goOn(timer, rounds, 20000)) {
        throughTheImport(f, fuzz.randomBytes());
        ++rounds;
    }
    CHECK(rounds >= MinRounds);
}

TEST_CASE("fuzz: mutated CSV never crashes and every row is a case or a problem", "[import][fuzz]") {
    WorkflowFixture f;
    Fuzz fuzz(Seed + 1);
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    while (goOn(timer, rounds, 5000)) {
        const QChar sep = separatorOf(fuzz.below(3));
        const QString text = CsvReader::write(fuzz.records(1 + fuzz.below(8)), sep);
        QByteArray bytes = fuzz.chance(50) ? text.toUtf8() : text.toLatin1();
        throughTheImport(f, fuzz.mutate(bytes));
        ++rounds;
    }
    CHECK(rounds >= MinRounds);
}

TEST_CASE("fuzz: valid CSV reads back to the fields that were written", "[import][fuzz]") {
    Fuzz fuzz(Seed + 2);
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    while (goOn(timer, rounds, 5000)) {
        const QChar sep = separatorOf(fuzz.below(3));
        const QList<QStringList> records = fuzz.records(1 + fuzz.below(8));
        QByteArray bytes = CsvReader::write(records, sep).toUtf8();
        if (fuzz.chance(50))
            bytes.prepend("\xEF\xBB\xBF");
        const CsvTable table = CsvReader::read(bytes, sep);
        REQUIRE(table.ok());
        REQUIRE(table.encoding == CsvEncoding::Utf8);
        REQUIRE(table.header == records.first());
        REQUIRE(table.rows.size() == records.size() - 1);
        for (qsizetype i = 0; i < table.rows.size(); ++i)
            REQUIRE(table.rows.at(i).fields == records.at(i + 1));
        ++rounds;
    }
    CHECK(rounds >= MinRounds);
}
