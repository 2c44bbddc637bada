// The case search on both backends: the typed strings of the search rules (SearchTerms: whole words and
// word starts, phrases, accents and capitals, punctuation, references, no operators) find the same cases in
// the file and on the team server, through every caller in core (CaseQuery's full order, its pages and
// counts, both plans of CaseSelectionSql, CaseRepository::search), in a case's own text, its timeline and
// its documents. The server neither stems nor drops stop words, as the file does not.
#include "storagetestsupport.h"

#include "deadlines/deadlineengine.h"
#include "storage/calendarstore.h"
#include "storage/casequery.h"
#include "storage/caserepository.h"
#include "storage/caseselectionsql.h"
#include "storage/sqlquery.h"

#include <set>

namespace {

using Found = std::set<QString>; // klager names

struct SearchFixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    CaseRepository repository{*db, clock, QStringLiteral("Beheerder")};
    HolidayCalendar calendar = CalendarStore(*db).load();
    DeadlineEngine engine{calendar};
    CaseQuery query{*db};
    QHash<QString, QString> klagerOf; // reference → klager

    qint64 add(const QString& klager, const QString& story) {
        Case c = intakeCase(d("2025-02-03").addDays(klagerOf.size()), klager);
        c.story = story;
        repository.save(c);
        klagerOf.insert(c.reference, klager);
        return c.id;
    }
    void addDocument(qint64 caseId, const QString& name, const QString& text) {
        addTextDocument(*db, clock, caseId, name, d("2025-02-10"), text);
    }
    Found klagers(const QList<qint64>& ids) {
        Found names;
        for (const Case& c : query.rows(ids))
            names.insert(c.klager.name);
        return names;
    }
    Found klagers(const QList<Case>& cases) {
        Found names;
        for (const Case& c : cases)
            names.insert(c.klager.name);
        return names;
    }
};

// What every caller finds for the words; each must give the expected klagers.
void expectFound(SearchFixture& f, const QString& words, const Found& expected) {
    INFO("search: " << words.toStdString());
    CaseSelection selection;
    selection.words = words;
    const QDate today = f.clock.today();
    CHECK(f.klagers(f.query.ids(selection, {}, f.engine, today)) == expected);
    CHECK(f.klagers(f.query.ids(selection, {CaseSortKey::Klager, Qt::AscendingOrder}, f.engine, today)) == expected);
    CHECK(f.klagers(f.query.page(selection, {}, today, 0, 1000).value()) == expected);
    CHECK(f.klagers(f.query.page(selection, {CaseSortKey::Received, Qt::AscendingOrder}, today, 0, 1000).value()) ==
          expected);
    CHECK(f.query.count(selection, today) == qint64(expected.size()));
    CHECK(f.query.count(selection, today, 1) == qint64(std::min<size_t>(expected.size(), 2)));
    CHECK(f.klagers(f.repository.search(words)) == expected);
    for (const auto plan : {CaseSelectionSql::Search::AsSet, CaseSelectionSql::Search::PerCase}) {
        const CaseSelectionSql where(f.db->dialect(), selection, {{}, today}, plan);
        SqlQuery q(*f.db, QStringLiteral("SELECT c.id FROM cases AS c") + where.where());
        where.bindTo(q);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        CHECK(f.klagers(ids) == expected);
    }
}

} // namespace

TEST_CASE("the search finds the same cases in the file and on the team server for every rule of the search") {
    BOTH_BACKENDS();
    SearchFixture f;
    const QString jan = QStringLiteral("Jan de Vries");
    const QString anna = QStringLiteral("Anna Jansen");
    const QString odemis = QStringLiteral("Ödemiş");
    const QString piet = QStringLiteral("Piet Bakker");
    const QString karin = QStringLiteral("Karin Smit");
    f.add(jan, QStringLiteral("Café De Kroon: één klacht over de e-mail van de gemeente."));
    f.add(anna, QStringLiteral("De scootmobiel (Wmo) is kapot; t.a.v. afdeling Zorg. Mail: a.jansen@voorbeeld.nl"));
    f.add(odemis, QStringLiteral("Niemand belde terug, ook niet na AND OR NOT."));
    f.add(piet, QStringLiteral("Een gemeente die de telefoon niet opneemt."));
    const qint64 karinId = f.add(karin, QStringLiteral("Zie bijlage."));
    CaseEvent note{0,
                   QDateTime(d("2025-02-12"), QTime(10, 0)),
                   EventKind::Note,
                   {},
                   QStringLiteral("Teruggebeld over rolstoelvoorziening")};
    f.repository.addEvent(karinId, note);
    f.addDocument(karinId, QStringLiteral("brief-wethouder.pdf"),
                  QStringLiteral("Bezwaar parkeervergunning Oud-Zuid, 12,50 euro"));
    const Found everyone{jan, anna, odemis, piet, karin};
    QString reference;
    for (auto it = f.klagerOf.cbegin(); it != f.klagerOf.cend(); ++it) {
        if (it.value() == anna)
            reference = it.key();
    }
    REQUIRE(!reference.isEmpty());

    struct Row {
        const char* typed;
        Found expected;
    };
    const Row rows[] = {
        {"", everyone},
        {"a", everyone}, // nothing left to search: no search
        {"-", everyone},
        {"\"", everyone},
        {"*", everyone},
        {"de", {jan, anna, piet}}, // a stop word elsewhere, a word here
        {"De*", {jan, anna, piet}},
        {"de gemeente", {jan, piet}},
        {"\"de gemeente\"", {jan}},
        {"\"gemeente de\"", {}},
        {"een gemeente", {jan, piet}}, // één and Een
        {"één", everyone},             // every desired outcome reads "Snel een besluit."
        {"cafe", {jan}},
        {"CAFÉ", {jan}},
        {"odemis", {odemis}},
        {"jan", {jan}},   // three letters: the whole word, not Jansen
        {"jans", {anna}}, // four: the start of Jansen, and of the e-mail address's jansen
        {"J. de Vries", {jan}},
        {"klacht", {jan}},
        {"klachten", {}}, // no stemming: klachten is not klacht
        {"AND", {odemis}},
        {"NOT kapot", {}},
        {"-kapot", {anna}},
        {"(scootmobiel", {anna}},
        {"wmo)", {anna}},
        {"t.a.v.", {anna}},
        {"e-mail", {jan}},
        {"mail", {jan, anna}},
        {"voorbeeld.nl", {anna}}, // an address is its parts, as in the file
        {"voorbeeld", {anna}},
        {"NEAR(de gemeente)", {}},
        {"rolstoel", {karin}},                     // the timeline, a word's start
        {"\"over rolstoelvoorziening\"", {karin}}, // a phrase in the timeline
        {"parkeervergunning", {karin}},            // a document's text
        {"wethouder", {karin}},                    // a document's name
        {"oud-zuid", {karin}},                     // hyphenated
        {"12,50", {karin}},                        // a number's parts
        {"bijlage parkeervergunning", {}},         // every word in one text: the case's, an entry's or a document's
        {"scootmobiel parkeervergunning", {}},     // every word in the same case
    };
    for (const Row& row : rows)
        expectFound(f, QString::fromUtf8(row.typed), row.expected);
    expectFound(f, reference, {anna});
    expectFound(f, reference.toLower(), {anna});
    // Still typing the number: the start of every reference of the five.
    expectFound(f, reference.left(reference.size() - 1), everyone);
}
