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
#include "storage/searchterms.h"
#include "storage/searchwords.h"
#include "storage/sqldialect.h"
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
    void addNote(qint64 caseId, const QDateTime& at, const QString& text) {
        CaseEvent note{0, at, EventKind::Note, {}, text};
        repository.addEvent(caseId, note);
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
        const CaseSelectionSql where(*f.db, selection, {{}, today}, plan);
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
    f.addNote(karinId, QDateTime(d("2025-02-12"), QTime(10, 0)),
              QStringLiteral("Teruggebeld over rolstoelvoorziening"));
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

// What the start itself finds, asked of every index as the start (SqlDialect::searchQuery without whole words),
// gathered: what the search must find with the whole words it asks instead.
Found foundByStart(SearchFixture& f, const QString& typed) {
    const QString start = f.db->dialect().searchQuery(SearchTerms(typed));
    SqlQuery q(*f.db, QStringLiteral("SELECT c.id FROM cases AS c WHERE ") + f.db->dialect().searchCondition());
    for (const char* name : {":match1", ":match2", ":match3"})
        q.bind(QString::fromLatin1(name), start);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return f.klagers(ids);
}

// expectFound(), and the start asked as a start finds the same.
void expectStartFound(SearchFixture& f, const QString& typed, const Found& expected) {
    expectFound(f, typed, expected);
    INFO("search as a start: " << typed.toStdString());
    CHECK(foundByStart(f, typed) == expected);
}

TEST_CASE("a word start finds every word it starts on both backends, as the whole words it starts in each index, "
          "a word written later among them, and as a start when it starts too many or none") {
    BOTH_BACKENDS();
    SearchFixture f;
    const bool server = f.db->dialect().isServer();
    using Index = SearchWords::Index;
    // The whole words a start stands for in an index (SearchWords): on the server the same for every index.
    auto wordsOf = [&](const QString& typed, Index index) {
        const QList<QStringList> words = SearchWords::wholeWords(*f.db, SearchTerms(typed), index);
        return words.isEmpty() ? QStringList() : words.last();
    };
    // The server's words for every index, or the file's for this one.
    auto expectWords = [&](const QString& typed, Index index, const QStringList& all, const QStringList& inIndex) {
        INFO("start: " << typed.toStdString() << ", index " << int(index));
        CHECK(wordsOf(typed, index) == (server ? all : inIndex));
    };
    const QString anna = QStringLiteral("Anna Jansen");
    const QString piet = QStringLiteral("Piet Bakker");
    const QString karin = QStringLiteral("Karin Smit");
    const QString odemis = QStringLiteral("Ödemiş");
    f.add(anna, QStringLiteral("De scootmobiel is kapot."));
    const qint64 pietId = f.add(piet, QStringLiteral("Geen reactie van het wijkteam."));
    const qint64 karinId = f.add(karin, QStringLiteral("Zie bijlage."));
    const qint64 odemisId = f.add(odemis, QStringLiteral("Niets over vervoer."));
    f.addNote(pietId, QDateTime(d("2025-02-12"), QTime(10, 0)),
              QStringLiteral("Het wijkteam zag twee scootmobielen in de stalling"));
    f.addDocument(karinId, QStringLiteral("aanvraag.pdf"), QStringLiteral("Aanvraag Scootmobielpas"));
    expectStartFound(f, QStringLiteral("scootmob"), {anna, piet, karin});
    expectStartFound(f, QStringLiteral("scootmob wijkteam"), {piet});
    expectStartFound(f, QStringLiteral("\"het wijkt\""), {piet});
    const QStringList scootmob{QStringLiteral("scootmobiel"), QStringLiteral("scootmobielen"),
                               QStringLiteral("scootmobielpas")};
    expectWords(QStringLiteral("scootmob"), Index::Cases, scootmob, {QStringLiteral("scootmobiel")});
    expectWords(QStringLiteral("scootmob"), Index::Events, scootmob, {QStringLiteral("scootmobielen")});
    expectWords(QStringLiteral("scootmob"), Index::Documents, scootmob, {QStringLiteral("scootmobielpas")});
    expectWords(QStringLiteral("\"het wijkt\""), Index::Events, {QStringLiteral("wijkteam")},
                {QStringLiteral("wijkteam")});
    expectWords(QStringLiteral("\"het wijkt\""), Index::Documents, {QStringLiteral("wijkteam")}, {});
    // Capitals folded as the index folds them. An accent: on the server folded by its configuration; in the file
    // a start that is not plain letters and digits stays a start, and finds the same.
    expectWords(QStringLiteral("SCOOTMOBIELP"), Index::Documents, {QStringLiteral("scootmobielpas")},
                {QStringLiteral("scootmobielpas")});
    expectWords(QStringLiteral("ScOöTmObIeLp"), Index::Documents, {QStringLiteral("scootmobielpas")}, {});
    expectStartFound(f, QStringLiteral("ScOöTmObIeLp"), {karin});

    // Words that arrive after the table was filled: a changed story and a new entry of the timeline.
    Case changed = f.repository.load(odemisId);
    changed.story = QStringLiteral("Niets over de scootmobielwinkel.");
    f.repository.save(changed);
    f.addNote(karinId, QDateTime(d("2025-02-13"), QTime(9, 0)), QStringLiteral("Scootmobielverhuur gebeld"));
    expectStartFound(f, QStringLiteral("scootmob"), {anna, piet, karin, odemis});
    expectStartFound(f, QStringLiteral("scootmobielw"), {odemis});
    expectStartFound(f, QStringLiteral("scootmobielv"), {karin});
    // A phrase whose last token starts two words of an index: either next to the first token.
    expectStartFound(f, QStringLiteral("\"de scootmob\""), {anna, odemis});
    if (server) {
        CHECK(wordsOf(QStringLiteral("scootmob"), Index::Cases).size() == 5);
    } else {
        CHECK(wordsOf(QStringLiteral("scootmob"), Index::Cases) ==
              QStringList({QStringLiteral("scootmobiel"), QStringLiteral("scootmobielwinkel")}));
        CHECK(wordsOf(QStringLiteral("scootmob"), Index::Events) ==
              QStringList({QStringLiteral("scootmobielen"), QStringLiteral("scootmobielverhuur")}));
        CHECK(SearchWords::queries(*f.db, SearchTerms(QStringLiteral("\"de scootmob\""))).cases ==
              QStringLiteral("(\"de scootmobiel\" OR \"de scootmobielwinkel\")"));
    }
    expectWords(QStringLiteral("scootmobielw"), Index::Cases, {QStringLiteral("scootmobielwinkel")},
                {QStringLiteral("scootmobielwinkel")});

    // A start of no word finds nothing, and stays a start.
    expectStartFound(f, QStringLiteral("scootmobiex"), {});
    expectStartFound(f, QStringLiteral("scootmob zzzqx"), {});
    expectWords(QStringLiteral("zzzqx"), Index::Cases, {}, {});
    // In the file an index that holds no word of a phrase is asked for that phrase alone: it finds nothing there
    // either, and the other word starts are neither merged nor listed. Here the timeline lacks "kapot".
    if (!server) {
        const SearchWords::Queries none = SearchWords::queries(*f.db, SearchTerms(QStringLiteral("scootmob zzzqx")));
        CHECK(none.cases == QStringLiteral("\"zzzqx\"*"));
        CHECK(none.events == QStringLiteral("\"zzzqx\"*"));
        CHECK(none.documents == QStringLiteral("\"zzzqx\"*"));
        const SearchWords::Queries kapot = SearchWords::queries(*f.db, SearchTerms(QStringLiteral("scootmob kapot")));
        CHECK(kapot.cases == QStringLiteral("(\"scootmobiel\" OR \"scootmobielwinkel\") AND \"kapot\""));
        CHECK(kapot.events == QStringLiteral("\"kapot\"*"));
        CHECK_FALSE(SearchWords::mayMatch(*f.db, SearchTerms(QStringLiteral("scootmob kapot")), Index::Events));
        CHECK(SearchWords::mayMatch(*f.db, SearchTerms(QStringLiteral("scootmob kapot")), Index::Cases));
    }
    expectStartFound(f, QStringLiteral("scootmob kapot"), {anna});

    // A start of more words than SearchWords::MostWords stays a start, and finds them all: on the server of all
    // the words; in the file of an index's words, here the documents' (the timeline's are exactly MostWords).
    QStringList many;
    for (int i = 0; i <= SearchWords::MostWords; ++i)
        many << QStringLiteral("wacht") + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
    f.addNote(pietId, QDateTime(d("2025-02-14"), QTime(9, 0)),
              many.mid(0, SearchWords::MostWords).join(QLatin1Char(' ')) + QStringLiteral(" scootmobiel"));
    const qint64 lastId = f.add(QStringLiteral("Laatste Klager"), many.last());
    f.addDocument(lastId, QStringLiteral("lijst.pdf"), many.join(QLatin1Char(' ')));
    expectStartFound(f, QStringLiteral("wacht"), {piet, QStringLiteral("Laatste Klager")});
    expectStartFound(f, QStringLiteral("wachtaq"), {QStringLiteral("Laatste Klager")});
    expectStartFound(f, QStringLiteral("wacht scootmob"), {piet});
    expectWords(QStringLiteral("wacht"), Index::Documents, {}, {});
    expectWords(QStringLiteral("wacht"), Index::Events, {}, many.mid(0, SearchWords::MostWords));
    expectWords(QStringLiteral("wacht"), Index::Cases, {}, {many.last()});
    expectWords(QStringLiteral("wachtaq"), Index::Cases, {many.last()}, {many.last()});
    if (!server) {
        const SearchWords::Queries wacht = SearchWords::queries(*f.db, SearchTerms(QStringLiteral("wacht")));
        CHECK(wacht.documents == QStringLiteral("\"wacht\"*"));
        CHECK(wacht.cases == QStringLiteral("\"wachtaq\""));
        CHECK(wacht.events.count(QStringLiteral(" OR ")) == SearchWords::MostWords - 1);
    }
}

TEST_CASE("the search query asks for a word start's whole words where they are given, and for the start where they "
          "are not, on both backends") {
    const SqlDialect server(SqlBackend::PostgreSQL);
    const SearchTerms terms(QStringLiteral("\"KL 2026 004\" wijkt scootmob de"));
    CHECK(server.searchQuery(terms) == QStringLiteral("(kl <-> 2026 <-> 004:*) & wijkt:* & scootmob:* & de"));
    CHECK(server.searchQuery(terms, {{QStringLiteral("0042"), QStringLiteral("0043")},
                                     {QStringLiteral("wijkteam")},
                                     {},
                                     {QStringLiteral("deze")}}) ==
          QStringLiteral("(kl <-> 2026 <-> ('0042' | '0043')) & 'wijkteam' & scootmob:* & de"));
    // The file's query is FTS5's: without words the phrases side by side, with them each word in place of the start,
    // any of them, and every phrase required with AND spelled out (FTS5 takes a bracketed OR only so).
    const SqlDialect file(SqlBackend::SQLite);
    CHECK(file.searchQuery(terms) == terms.ftsQuery());
    CHECK(file.searchQuery(terms) == QStringLiteral("\"kl 2026 004\"* \"wijkt\"* \"scootmob\"* \"de\""));
    CHECK(file.searchQuery(terms, {{QStringLiteral("0042"), QStringLiteral("0043")},
                                   {QStringLiteral("wijkteam")},
                                   {},
                                   {QStringLiteral("deze")}}) ==
          QStringLiteral("(\"kl 2026 0042\" OR \"kl 2026 0043\") AND \"wijkteam\" AND \"scootmob\"* AND \"de\""));
    CHECK(file.searchQuery(terms, {{}, {QStringLiteral("wijkteam")}}) ==
          QStringLiteral("\"kl 2026 004\"* \"wijkteam\" \"scootmob\"* \"de\""));
}
