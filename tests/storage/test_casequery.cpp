// The case list's query: filters, full-text search and an order that is right across every
// matching case (Dutch collation, natural references, workflow phases, next deadlines).
#include "storagetestsupport.h"

#include "deadlines/deadlineengine.h"
#include "storage/calendarstore.h"
#include "storage/casequery.h"
#include "storage/caserepository.h"
#include "storage/searchwords.h"

#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace {

// The first pages (at most that many) of limit rows of a search in the order by received date, read as the case
// list reads them: each after the last id of the one before.
QList<qint64> pagesOf(CaseQuery& query, const CaseSelection& selection, const CaseOrder& order, QDate today, int limit,
                      int pages) {
    QList<qint64> paged;
    qint64 after = 0;
    for (int read = 0; read < pages; ++read) {
        const QList<qint64> page = query.page(selection, order, today, after, limit).value();
        paged << page;
        if (page.size() < limit)
            break;
        after = page.last();
    }
    return paged;
}

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = newMunicipality(dir);
    FixedClock clock{testNow()};
    CaseRepository repository{*db, clock, QStringLiteral("Beheerder")};
    HolidayCalendar calendar = CalendarStore(*db).load();
    DeadlineEngine engine{calendar};
    CaseQuery query{*db};

    qint64 add(Case c) {
        repository.save(c);
        return c.id;
    }
    QList<qint64> ids(const CaseSelection& s, CaseOrder order = {}) {
        return query.ids(s, order, engine, d("2025-03-07"));
    }
    // Every page of limit rows of a search in the order by received date, read as the case list reads them.
    QList<qint64> allPages(const CaseSelection& selection, const CaseOrder& order, QDate today, int limit) {
        return pagesOf(query, selection, order, today, limit, 100);
    }
    // A letter whose extracted text is text, with the case.
    void addDocument(qint64 caseId, const QString& text) {
        addTextDocument(*db, clock, caseId, QStringLiteral("brief.pdf"), d("2025-03-01"), text);
    }
    QStringList klagers(const QList<qint64>& ids) {
        QStringList names;
        for (const Case& c : query.rows(ids))
            names << (c.anonymous ? QStringLiteral("(anoniem)") : c.klager.name);
        return names;
    }
};

// The statements run on a file while it lives, in order (the text as prepared).
class StatementLog {
public:
    // With expanded, each statement is recorded with the values bound to it (sqlite3_expanded_sql).
    explicit StatementLog(Database& db, bool expanded = false)
        : m_handle(static_cast<sqlite3*>(db.sqliteHandle()))
        , m_expanded(expanded) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementLog::record, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    StatementLog(const StatementLog&) = delete;
    StatementLog& operator=(const StatementLog&) = delete;

    // Whether the page was read from the matches of the highest ids alone (CaseSelectionSql's NewestIds), without
    // reading it any other way after.
    bool answeredByHighestIds() const {
        const auto readsPage = [](const QString& sql) { return sql.contains(QStringLiteral("FROM cases AS c")); };
        const auto byIds = [](const QString& sql) { return sql.contains(QStringLiteral("top_matches")); };
        return std::any_of(m_sql.cbegin(), m_sql.cend(), byIds) &&
               std::none_of(m_sql.cbegin(), m_sql.cend(),
                            [&](const QString& sql) { return readsPage(sql) && !byIds(sql); });
    }

    // The statements run, as recorded.
    const QStringList& statements() const { return m_sql; }

private:
    static int record(unsigned, void* self, void* statement, void* text) {
        auto* log = static_cast<StatementLog*>(self);
        if (!log->m_expanded) {
            log->m_sql << QString::fromUtf8(static_cast<const char*>(text));
            return 0;
        }
        char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        log->m_sql << QString::fromUtf8(sql);
        sqlite3_free(sql);
        return 0;
    }
    sqlite3* m_handle;
    bool m_expanded = false;
    QStringList m_sql;
};

Case closed(Case c) {
    c.phase = Phase::Closed;
    c.outcome = Outcome::Rejected;
    c.closedOn = c.received.addDays(20);
    return c;
}

} // namespace

TEST_CASE("the storage codes spelled out in the case query's SQL are those of EnumText") {
    CHECK(EnumText::code(Phase::Closed) == QStringLiteral("closed"));
    CHECK(EnumText::code(Outcome::ResolvedToSatisfaction) == QStringLiteral("resolved"));
}

TEST_CASE("klagers sort with the Dutch collation, anonymous klagers last in either direction") {
    BOTH_BACKENDS();
    Fixture f;
    const QStringList names{QStringLiteral("Zwart"),  QStringLiteral("van Dijk"), QStringLiteral("Ödemiş"),
                            QStringLiteral("Çelik"),  QStringLiteral("Dijk"),     QStringLiteral("Celik"),
                            QStringLiteral("Odemis"), QStringLiteral("de Vries"), QStringLiteral("Oosterhuis"),
                            QStringLiteral("Bakker")};
    for (int i = 0; i < names.size(); ++i)
        f.add(intakeCase(d("2025-01-01").addDays(i), names.at(i)));
    Case anonymous = intakeCase(d("2025-02-01"), QString());
    anonymous.anonymous = true;
    f.add(anonymous);

    const QStringList ascending = f.klagers(f.ids({}, {CaseSortKey::Klager, Qt::AscendingOrder}));
    CHECK(ascending == QStringList{QStringLiteral("Bakker"), QStringLiteral("Celik"), QStringLiteral("Çelik"),
                                   QStringLiteral("de Vries"), QStringLiteral("Dijk"), QStringLiteral("Odemis"),
                                   QStringLiteral("Ödemiş"), QStringLiteral("Oosterhuis"), QStringLiteral("van Dijk"),
                                   QStringLiteral("Zwart"), QStringLiteral("(anoniem)")});
    const QStringList descending = f.klagers(f.ids({}, {CaseSortKey::Klager, Qt::DescendingOrder}));
    CHECK(descending.first() == QStringLiteral("Zwart"));
    CHECK(descending.at(1) == QStringLiteral("van Dijk"));
    CHECK(descending.last() == QStringLiteral("(anoniem)"));
}

TEST_CASE("references sort by their number, not as text, and received dates reverse exactly") {
    BOTH_BACKENDS();
    Fixture f;
    Case a = intakeCase(d("2025-01-10"), QStringLiteral("A"));
    a.reference = QStringLiteral("KL-2025-9999");
    Case b = intakeCase(d("2025-01-11"), QStringLiteral("B"));
    b.reference = QStringLiteral("KL-2025-10000");
    Case c = intakeCase(d("2024-12-30"), QStringLiteral("C"));
    c.reference = QStringLiteral("KL-2024-0420");
    Case sameDay = intakeCase(d("2025-01-10"), QStringLiteral("D"));
    sameDay.reference = QStringLiteral("KL-2025-9998");
    const qint64 ia = f.add(a), ib = f.add(b), ic = f.add(c), id = f.add(sameDay);

    CHECK(f.ids({}, {CaseSortKey::Reference, Qt::AscendingOrder}) == QList<qint64>{ic, id, ia, ib});
    CHECK(f.ids({}, {CaseSortKey::Reference, Qt::DescendingOrder}) == QList<qint64>{ib, ia, id, ic});
    // Newest first, within a day the latest reference first; ascending is the exact reverse.
    const QList<qint64> newest = f.ids({}, {CaseSortKey::Received, Qt::DescendingOrder});
    CHECK(newest == QList<qint64>{ib, ia, id, ic});
    QList<qint64> reversed = newest;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(f.ids({}, {CaseSortKey::Received, Qt::AscendingOrder}) == reversed);
    // Equal keys keep that default order: all four have the same handler.
    CHECK(f.ids({}, {CaseSortKey::Handler, Qt::AscendingOrder}) == newest);
    CHECK(f.ids({}, {CaseSortKey::Handler, Qt::DescendingOrder}) == newest);
}

TEST_CASE("phases sort in workflow order and handlers by name, unassigned last") {
    BOTH_BACKENDS();
    Fixture f;
    Case formal = intakeCase(d("2025-01-02"), QStringLiteral("Formeel"));
    formal.phase = Phase::Formal;
    formal.handler = QStringLiteral("Özlem Kaya");
    Case intake = intakeCase(d("2025-01-03"), QStringLiteral("Intake"));
    intake.handler = QStringLiteral("anna de Wit");
    Case done = closed(intakeCase(d("2025-01-04"), QStringLiteral("Dicht")));
    done.handler.clear();
    Case informal = intakeCase(d("2025-01-05"), QStringLiteral("Informeel"));
    informal.phase = Phase::Informal;
    informal.handler = QStringLiteral("Bram Smit");
    const qint64 iFormal = f.add(formal), iIntake = f.add(intake), iDone = f.add(done), iInformal = f.add(informal);

    CHECK(f.ids({}, {CaseSortKey::Phase, Qt::AscendingOrder}) == QList<qint64>{iIntake, iInformal, iFormal, iDone});
    CHECK(f.ids({}, {CaseSortKey::Handler, Qt::AscendingOrder}) == QList<qint64>{iIntake, iInformal, iFormal, iDone});
    CHECK(f.ids({}, {CaseSortKey::Handler, Qt::DescendingOrder}) == QList<qint64>{iFormal, iInformal, iIntake, iDone});
}

TEST_CASE("each quick filter narrows the cases, and they combine") {
    BOTH_BACKENDS();
    Fixture f;
    Case wmoOpen = intakeCase(d("2025-03-06"), QStringLiteral("Wmo open"));
    Case youthOpen = intakeCase(d("2025-03-05"), QStringLiteral("Jeugd open"));
    youthOpen.domain = PolicyDomain::Youth;
    youthOpen.phase = Phase::Informal;
    youthOpen.handler = QStringLiteral("Sanne de Boer");
    Case wmoClosed = closed(intakeCase(d("2024-06-01"), QStringLiteral("Wmo dicht")));
    wmoClosed.handler = QStringLiteral("Sanne de Boer");
    // Received long ago and never contacted: the first-contact term has passed.
    Case late = intakeCase(d("2025-01-06"), QStringLiteral("Te laat"));
    late.domain = PolicyDomain::Youth;
    const qint64 a = f.add(wmoOpen), b = f.add(youthOpen), c = f.add(wmoClosed), l = f.add(late);

    CaseSelection open;
    open.openOnly = true;
    CHECK(f.ids(open) == QList<qint64>{a, b, l});
    CaseSelection informal;
    informal.phase = Phase::Informal;
    CHECK(f.ids(informal) == QList<qint64>{b});
    CaseSelection youth;
    youth.domain = PolicyDomain::Youth;
    CHECK(f.ids(youth) == QList<qint64>{b, l});
    CaseSelection mine;
    mine.handlers = {QStringLiteral("sboer"), QStringLiteral("Sanne de Boer")};
    CHECK(f.ids(mine) == QList<qint64>{b, c});
    mine.openOnly = true;
    CHECK(f.ids(mine) == QList<qint64>{b});
    CaseSelection overdue;
    overdue.overdueOnly = true;
    CHECK(f.ids(overdue) == QList<qint64>{l});
    overdue.domain = PolicyDomain::Wmo;
    CHECK(f.ids(overdue).isEmpty());
}

TEST_CASE("search finds a case by a word of its story or of a timeline note, prefix and accents ignored") {
    BOTH_BACKENDS();
    Fixture f;
    Case story = intakeCase(d("2025-02-01"), QStringLiteral("Ayşe Çelik"));
    story.story = QStringLiteral("De traplift in mijn woning is al weken kapot.");
    const qint64 s = f.add(story);
    const qint64 n = f.add(intakeCase(d("2025-02-02"), QStringLiteral("Jan Jansen")));
    CaseEvent note{0,
                   QDateTime(d("2025-02-03"), QTime(10, 0)),
                   EventKind::Note,
                   {},
                   QStringLiteral("Teruggebeld over de rolstoelvoorziening")};
    f.repository.addEvent(n, note);

    CaseSelection search;
    search.words = QStringLiteral("trapl kapot");
    CHECK(f.ids(search) == QList<qint64>{s});
    search.words = QStringLiteral("rolstoel");
    CHECK(f.ids(search) == QList<qint64>{n});
    search.words = QStringLiteral("celik");
    CHECK(f.ids(search) == QList<qint64>{s});
    search.words = QStringLiteral("traplift rolstoel");
    CHECK(f.ids(search).isEmpty());
    search.words = QStringLiteral("  \"!? ");
    CHECK(f.ids(search).size() == 2); // nothing searchable typed: no search
    search.words = QStringLiteral("t");
    CHECK(f.ids(search).size() == 2); // a single letter is no search yet
    search.words = QStringLiteral("kapot w");
    CHECK(f.ids(search) == QList<qint64>{s});
}

TEST_CASE("a search reads its pages and counts in windows of the register and finds what gathering every "
          "match finds, in the same order") {
    BOTH_BACKENDS();
    Fixture f;
    // 96 cases over 48 days, two a day; a word in one case in six of the story, one in six through a note
    // added after every case was saved (the timeline's ids then do not follow the cases'), one in twelve in
    // a document. Twelve recent cases are saved first, so that case ids do not follow the received dates
    // either: the windows' edges must still hold every match.
    QList<qint64> saved;
    auto received = [](int i) { return d("2025-01-01").addDays(i / 2); };
    auto story = [](int i) {
        return i % 6 == 0 ? QStringLiteral("De scootmobiel van de gemeente is kapot.")
                          : QStringLiteral("Niemand belde terug.");
    };
    for (int i = 84; i < 96; ++i) {
        Case c = intakeCase(received(i), QStringLiteral("Klager %1").arg(i));
        c.story = story(i);
        saved << f.add(c);
    }
    for (int i = 0; i < 84; ++i) {
        Case c = intakeCase(received(i), QStringLiteral("Klager %1").arg(i));
        c.story = story(i);
        saved << f.add(c);
    }
    for (qsizetype k = 0; k < saved.size(); ++k) {
        if (k % 6 == 3) {
            CaseEvent note{0,
                           QDateTime(d("2025-03-01"), QTime(10, 0)),
                           EventKind::Note,
                           {},
                           QStringLiteral("Scootmobielen besproken met de gemeente")};
            f.repository.addEvent(saved.at(k), note);
        }
        if (k % 12 == 5)
            f.addDocument(saved.at(k), QStringLiteral("Aanvraag scootmobiel bij de gemeente"));
    }

    const QDate today = d("2025-03-07");
    for (const char* words : {"scootmobiel", "de gemeente", "scootm kapot", "klager"}) {
        INFO("search: " << words);
        CaseSelection selection;
        selection.words = QString::fromUtf8(words);
        for (const Qt::SortOrder direction : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            INFO("ascending: " << (direction == Qt::AscendingOrder));
            const CaseOrder order{CaseSortKey::Received, direction};
            // Every match, gathered, in order.
            const QList<qint64> expected = f.ids(selection, order);
            REQUIRE(!expected.isEmpty());
            // Pages of two: a first window of 32 cases, a third of the register.
            for (int limit : {2, 5})
                CHECK(f.allPages(selection, order, today, limit) == expected);
            CHECK(f.query.page(selection, order, today, 0, 3).value() == expected.mid(0, 3));
        }
        const qint64 all = f.ids(selection).size();
        CHECK(f.query.count(selection, today) == all);
        for (qint64 atMost : {1, 2, 5, 10, 100})
            CHECK(f.query.count(selection, today, atMost) == std::min(all, atMost + 1));
        // With a filter besides the words.
        selection.domain = PolicyDomain::Wmo;
        CHECK(f.query.page(selection, {}, today, 0, 2).value() == f.ids(selection).mid(0, 2));
    }
    CaseSelection scootmobiel;
    scootmobiel.words = QStringLiteral("scootmobiel");
    // The story (saved as case k with k % 6 == 0), the note (k % 6 == 3) and the document (k % 12 == 5): three
    // sets apart.
    CHECK(f.ids(scootmobiel).size() == 16 + 16 + 8);
}

TEST_CASE("a rare word's window is asked of the indexes and finds what walking or gathering finds, at its edges "
          "too") {
    BOTH_BACKENDS();
    // 240 cases over 120 days, two a day. A rare word lies at these places counted from the newest case, and
    // again counted from the oldest: in the story, only in a timeline note, or only in a document. With pages
    // of 5 the first walk (the newest 10 cases) finds one match, which promises a next window of 100 cases:
    // on the server that window is asked of the indexes (a register of 240 has far fewer matches than that
    // window's cases). Its edge falls between places 99 and 100, two cases of different days, and the matches
    // at 98 and 99 share the window's far day; the first page lies within it, the second crosses it.
    enum class Where { Story, Note, Document };
    const QList<QPair<int, Where>> places{{3, Where::Story},   {20, Where::Note},  {40, Where::Document},
                                          {60, Where::Story},  {98, Where::Story}, {99, Where::Note},
                                          {100, Where::Story}, {101, Where::Note}, {115, Where::Document}};
    constexpr int Cases = 240;
    const QString rare = QStringLiteral("De rode rolstoelbus RSB kwam niet.");
    for (const bool idsFollowDates : {true, false}) {
        INFO("case ids follow the received dates: " << idsFollowDates);
        Fixture f;
        auto received = [](int i) { return d("2024-06-01").addDays(i / 2); };
        auto where = [&](int i) -> std::optional<Where> {
            for (const auto& [place, kind] : places) {
                if (i == place || i == Cases - 1 - place)
                    return kind;
            }
            return std::nullopt;
        };
        // When the ids do not follow the dates, the twelve newest cases are saved first: the case edge of a
        // window of the newest cases then holds every case.
        QList<int> saveOrder;
        for (int i = 0; i < Cases; ++i)
            saveOrder << i;
        if (!idsFollowDates)
            std::rotate(saveOrder.begin(), saveOrder.end() - 12, saveOrder.end());
        QHash<int, qint64> idOf;
        for (int i : std::as_const(saveOrder)) {
            Case c = intakeCase(received(i), QStringLiteral("Klager %1").arg(i));
            // "rsbx" and "rolstoel" start like the rare words but are not them.
            c.story = where(i) == Where::Story ? rare : QStringLiteral("De rsbx rolstoel is kapot.");
            idOf.insert(i, f.add(c));
        }
        // The notes and documents after every case: their ids do not follow the cases' either.
        for (int i = Cases - 1; i >= 0; --i) {
            if (where(i) == Where::Note) {
                CaseEvent note{0, QDateTime(d("2025-03-01"), QTime(10, 0)), EventKind::Note, {}, rare};
                f.repository.addEvent(idOf.value(i), note);
            } else if (where(i) == Where::Document) {
                f.addDocument(idOf.value(i), rare);
            }
        }

        const QDate today = d("2025-03-07");
        // A word start, a phrase in quotes, and a word of three letters (whole words only: not "rsbx").
        for (const char* words : {"rolstoelbu", "\"rode rolstoelbus\"", "rsb"}) {
            INFO("search: " << words);
            CaseSelection selection;
            selection.words = QString::fromUtf8(words);
            // Every match, gathered, newest first: the places from the newest case, then those from the oldest.
            QList<qint64> newestFirst;
            for (int i = Cases - 1; i >= 0; --i) {
                if (where(i))
                    newestFirst << idOf.value(i);
            }
            CHECK(f.ids(selection) == newestFirst);
            for (const Qt::SortOrder direction : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                INFO("ascending: " << (direction == Qt::AscendingOrder));
                const CaseOrder order{CaseSortKey::Received, direction};
                const QList<qint64> expected = f.ids(selection, order);
                REQUIRE(expected.size() == 2 * places.size());
                for (int limit : {5, 3, 7})
                    CHECK(f.allPages(selection, order, today, limit) == expected);
            }
            const qint64 all = f.ids(selection).size();
            for (qint64 atMost : {1, 4, 8, 100})
                CHECK(f.query.count(selection, today, atMost) == std::min(all, atMost + 1));
        }
    }
}

TEST_CASE("a window of the newest cases holds a case moved into it from long ago, which matches only through its "
          "timeline or a document") {
    BOTH_BACKENDS();
    // 240 cases over 120 days, two a day, the ids following the dates. A rare word lies in the story of the cases at
    // places 3, 60, 70, 80 and 90 from the newest, in a note of the case at 20. With pages of 5 the first walk (the
    // newest 10 cases) finds one match and the next window of 100 cases is asked of the indexes on the server; it
    // holds a page without the moved cases, too. The two oldest cases, the lowest ids, match only through a note and
    // a document; their received dates are then corrected to the days of places 30 and 45, within that window: its
    // case edge must come down to their ids.
    constexpr int Cases = 240;
    const QString rare = QStringLiteral("De rode rolstoelbus RSB kwam niet.");
    auto received = [](int i) { return d("2024-06-01").addDays(i / 2); };
    Fixture f;
    QHash<int, qint64> idOf;
    for (int i = 0; i < Cases; ++i) {
        Case c = intakeCase(received(i), QStringLiteral("Klager %1").arg(i));
        const int place = Cases - 1 - i;
        c.story = QList<int>{3, 60, 70, 80, 90}.contains(place) ? rare : QStringLiteral("De rolstoel is kapot.");
        idOf.insert(place, f.add(c));
    }
    auto addNote = [&](qint64 id) {
        CaseEvent note{0, QDateTime(d("2025-03-01"), QTime(10, 0)), EventKind::Note, {}, rare};
        f.repository.addEvent(id, note);
    };
    addNote(idOf.value(20));
    const qint64 byNote = idOf.value(Cases - 1);
    const qint64 byDocument = idOf.value(Cases - 2);
    addNote(byNote);
    f.addDocument(byDocument, rare);
    for (const auto& [id, place] : {std::pair{byNote, 30}, std::pair{byDocument, 45}}) {
        Case moved = f.repository.load(id);
        moved.received = received(Cases - 1 - place);
        f.repository.save(moved);
    }

    const QDate today = d("2025-03-07");
    for (const char* words : {"rolstoelbu", "rsb"}) {
        INFO("search: " << words);
        CaseSelection selection;
        selection.words = QString::fromUtf8(words);
        const QList<qint64> expected = f.ids(selection);
        // Gathered: the eight matches, the moved cases in their new places.
        REQUIRE(expected.size() == 8);
        CHECK(expected.indexOf(byNote) == 2);
        CHECK(expected.indexOf(byDocument) == 3);
        CHECK(f.query.page(selection, {}, today, 0, 5).value() == expected.mid(0, 5));
        CHECK(f.allPages(selection, {}, today, 3) == expected);
        CHECK(f.query.count(selection, today, 4) == 5);
    }
}

TEST_CASE("a walked search finds a case by one timeline entry or document that holds every word asked, not by "
          "words spread over several") {
    BOTH_BACKENDS();
    // Twelve cases, one a day; the server walks them one by one (a page of 50 is more than the register) and asks a
    // case's timeline entries and documents only where the case's timeline words hold every word, in any order.
    Fixture f;
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        Case c = intakeCase(d("2024-06-01").addDays(i), QStringLiteral("Klager %1").arg(i));
        c.story = i == 4 ? QStringLiteral("Het wijkteam kwam niet.") : QStringLiteral("De rolstoel is kapot.");
        ids << f.add(c);
    }
    auto addNote = [&](int i, const QString& text) {
        CaseEvent note{0, QDateTime(d("2025-03-01"), QTime(10, 0)), EventKind::Note, {}, text};
        f.repository.addEvent(ids.at(i), note);
    };
    addNote(1, QStringLiteral("Wijkteam gebeld."));
    addNote(1, QStringLiteral("Klager teruggebeld.")); // the two words, in two entries
    addNote(3, QStringLiteral("Het wijkteam heeft teruggebeld."));
    f.addDocument(ids.at(5), QStringLiteral("Teruggebeld door het wijkteam."));
    addNote(7, QStringLiteral("Wijkteam teruggebeld."));
    addNote(4, QStringLiteral("Klager teruggebeld.")); // one word in the story, the other in an entry
    const QDate today = d("2025-03-07");
    const QList<std::pair<const char*, QList<int>>> searches{
        {"wijkteam teruggebeld", {7, 5, 3}}, {"\"wijkteam teruggebeld\"", {7}}, {"wijkte", {7, 5, 4, 3, 1}}};
    for (const auto& [words, places] : searches) {
        INFO("search: " << words);
        CaseSelection selection;
        selection.words = QString::fromUtf8(words);
        QList<qint64> expected;
        for (int i : places)
            expected << ids.at(i);
        CHECK(f.ids(selection) == expected);
        CHECK(f.query.page(selection, {}, today, 0, 50).value() == expected);
        CHECK(f.allPages(selection, {}, today, 2) == expected);
    }
}

TEST_CASE("a search's first page is read from the matches of the highest ids where they follow the dates, and "
          "gathered where they do not, with the same ids in the same order") {
    BOTH_BACKENDS();
    const bool file = BackendScope::current() == SqlBackend::SQLite;
    // 120 cases over 60 days, two a day. The word lies in the story of every fourth case (30 of them), only in a
    // timeline note of every eighth case from the second on, and only in a document of every eighth from the
    // seventh. The notes and documents of the newest cases are added first, so that their ids are the lowest:
    // the rows of the timeline and the documents must be asked from the lowest id of those of the cases at or
    // above the edge, not from where the cases' ids would put them.
    constexpr int Cases = 120;
    const QString rare = QStringLiteral("De rode rolstoelbus kwam niet.");
    auto received = [](int i) { return d("2024-06-01").addDays(i / 2); };
    enum class Order { Dates, NewestFirst, OneNewLate };
    for (const Order order : {Order::Dates, Order::NewestFirst, Order::OneNewLate}) {
        // Dates: the ids follow the dates. NewestFirst: the twelve newest cases are saved first, below every
        // other id. OneNewLate: as Dates, but the newest case, which matches only through a note, is saved
        // between the oldest ones, far below the edge.
        INFO("order of the ids: " << int(order));
        Fixture f;
        QList<int> saveOrder;
        for (int i = 0; i < Cases; ++i)
            saveOrder << i;
        if (order == Order::NewestFirst)
            std::rotate(saveOrder.begin(), saveOrder.end() - 12, saveOrder.end());
        if (order == Order::OneNewLate)
            saveOrder.move(Cases - 1, 3);
        auto note = [&](int i) { return i % 8 == 1 || (order == Order::OneNewLate && i == Cases - 1); };
        QHash<int, qint64> idOf;
        for (int i : std::as_const(saveOrder)) {
            Case c = intakeCase(received(i), QStringLiteral("Klager %1").arg(i));
            c.domain = i % 3 == 0 ? PolicyDomain::Youth : PolicyDomain::Wmo;
            c.story = i % 4 == 0 ? rare : QStringLiteral("De rolstoel is kapot.");
            idOf.insert(i, f.add(c));
        }
        for (int i = Cases - 1; i >= 0; --i) {
            if (note(i) && i % 4 != 0) {
                CaseEvent event{0,
                                QDateTime(d("2025-03-01"), QTime(10, 0)),
                                EventKind::Note,
                                {},
                                rare + QStringLiteral(" De taxicentrale belde.")};
                f.repository.addEvent(idOf.value(i), event);
            } else if (i % 8 == 6) {
                f.addDocument(idOf.value(i), rare);
            }
        }

        const QDate today = d("2025-03-07");
        int answered = 0;
        int gathered = 0;
        // A word start, a whole word, a phrase; with a filter besides the words.
        for (const char* words : {"rolstoelb", "rolstoelbus", "\"rode rolstoelbus\"", "rolstoelbus kwam"}) {
            for (const bool youthOnly : {false, true}) {
                INFO("search: " << words << ", youth only: " << youthOnly);
                CaseSelection selection;
                selection.words = QString::fromUtf8(words);
                if (youthOnly)
                    selection.domain = PolicyDomain::Youth;
                const QList<qint64> expected = f.ids(selection);
                REQUIRE(expected.size() == (youthOnly ? 10 + 5 + 5 : 30 + 15 + 15 + (order == Order::OneNewLate)));
                // The story's matches of the highest ids, highest first: the page's edge is the one at twice its
                // rows. The page is answered from the highest ids when every case the walk in the list's order
                // passes (those the filter leaves) down to the page's last row lies at or above the edge, and the
                // edge is known; it is gathered otherwise.
                QList<qint64> storyIds;
                for (int i = 0; i < Cases; i += 4)
                    storyIds << idOf.value(i);
                std::sort(storyIds.begin(), storyIds.end(), std::greater<>());
                CaseSelection filterOnly = selection;
                filterOnly.words.clear();
                const QList<qint64> walk = f.ids(filterOnly);
                for (const int limit : {1, 2, 3, 5, 7, 14, 15, 16}) {
                    INFO("rows: " << limit);
                    std::optional<QList<qint64>> page;
                    bool byIds = false;
                    {
                        const std::optional<StatementLog> log =
                            file ? std::make_optional<StatementLog>(*f.db) : std::nullopt;
                        page = f.query.page(selection, {}, today, 0, limit);
                        byIds = log && log->answeredByHighestIds();
                    }
                    CHECK(page.value() == expected.mid(0, limit));
                    const QList<qint64> walked = walk.mid(0, walk.indexOf(expected.at(limit - 1)) + 1);
                    const bool aboveEdge = 2 * limit <= storyIds.size() &&
                                           std::all_of(walked.cbegin(), walked.cend(),
                                                       [&](qint64 id) { return id >= storyIds.at(2 * limit - 1); });
                    CHECK(byIds == (file && aboveEdge));
                    (byIds ? answered : gathered) += 1;
                }
                // The later pages and the oldest first read the register as before.
                CHECK(f.allPages(selection, {}, today, 4) == expected);
                const CaseOrder oldestFirst{CaseSortKey::Received, Qt::AscendingOrder};
                CHECK(f.allPages(selection, oldestFirst, today, 4) == f.ids(selection, oldestFirst));
            }
        }
        // Each order of the ids has pages of both kinds on the file (Dates: the pages of 16 rows, whose 32 matches
        // the story's 30 cannot give; NewestFirst: the pages of 15, whose edge is the lowest id of all).
        if (file) {
            CHECK(answered > 0);
            CHECK(gathered > 0);
        }
        // A word only in the timeline: the case texts hold no match to set an edge with.
        CaseSelection noteOnly;
        noteOnly.words = QStringLiteral("taxicentrale");
        REQUIRE(f.ids(noteOnly).size() == 15 + (order == Order::OneNewLate));
        CHECK(f.query.page(noteOnly, {}, today, 0, 3).value() == f.ids(noteOnly).mid(0, 3));
    }
}

TEST_CASE("the file asks each index for the whole words a word start starts in it, and for the start where it "
          "starts too many, with the same pages and counts") {
    Fixture f;
    // 40 cases: every other story reads "de gemeente", the others "de gemeentelijke"; a note of every fifth case
    // "de gemeentewerken"; a document of the first case "de" and every word of gemeentea … gemeenteq (17 of them).
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        Case c = intakeCase(d("2025-01-01").addDays(i), QStringLiteral("Klager %1").arg(i));
        c.story = i % 2 == 0 ? QStringLiteral("Brief van de gemeente.") : QStringLiteral("De gemeentelijke regeling.");
        ids << f.add(c);
        if (i % 5 == 0) {
            CaseEvent note{0,
                           QDateTime(d("2025-03-01"), QTime(10, 0)),
                           EventKind::Note,
                           {},
                           QStringLiteral("De gemeentewerken belden.")};
            f.repository.addEvent(ids.last(), note);
        }
    }
    QStringList many;
    for (int i = 0; i <= SearchWords::MostWords; ++i)
        many << QStringLiteral("gemeente") + QChar(u'a' + i);
    f.addDocument(ids.first(), QStringLiteral("de ") + many.join(QLatin1Char(' ')));

    const QDate today = d("2025-03-07");
    CaseSelection selection;
    selection.words = QStringLiteral("de gemeen");
    const QList<qint64> expected = f.ids(selection);
    REQUIRE(expected.size() == 40);
    QStringList asked;
    {
        const StatementLog log(*f.db, true);
        CHECK(f.query.page(selection, {}, today, 0, 5).value() == expected.mid(0, 5));
        CHECK(f.query.page(selection, {CaseSortKey::Received, Qt::AscendingOrder}, today, 0, 5).value() ==
              f.ids(selection, {CaseSortKey::Received, Qt::AscendingOrder}).mid(0, 5));
        CHECK(f.query.count(selection, today, 10) == 11);
        for (const QString& sql : log.statements()) {
            if (sql.contains(QStringLiteral(" MATCH ")))
                asked << sql;
        }
    }
    REQUIRE_FALSE(asked.isEmpty());
    // The case texts and the timeline by their whole words, each its own; the documents by the start.
    const QString caseWords = QStringLiteral("'\"de\" AND (\"gemeente\" OR \"gemeentelijke\")'");
    const QString noteWords = QStringLiteral("'\"de\" \"gemeentewerken\"'");
    const QString documentStart = QStringLiteral("'\"de\" \"gemeen\"*'");
    for (const QString& sql : std::as_const(asked)) {
        INFO(sql.toStdString());
        if (sql.contains(QStringLiteral("cases_fts MATCH")))
            CHECK(sql.contains(QStringLiteral("cases_fts MATCH ") + caseWords));
        if (sql.contains(QStringLiteral("events_fts MATCH")))
            CHECK(sql.contains(QStringLiteral("events_fts MATCH ") + noteWords));
        if (sql.contains(QStringLiteral("documents_fts MATCH")))
            CHECK(sql.contains(QStringLiteral("documents_fts MATCH ") + documentStart));
    }
    // The page came from the matches of the highest ids, asked for the whole words.
    CHECK(std::any_of(asked.cbegin(), asked.cend(), [&](const QString& sql) {
        return sql.contains(QStringLiteral("top_matches")) && sql.contains(caseWords);
    }));
}

TEST_CASE("the next deadline sorts the cases that owe one by due date, the others after them") {
    BOTH_BACKENDS();
    Fixture f;
    const qint64 old = f.add(intakeCase(d("2025-01-06"), QStringLiteral("Oud")));
    const qint64 recent = f.add(intakeCase(d("2025-03-06"), QStringLiteral("Recent")));
    const qint64 done = f.add(closed(intakeCase(d("2025-02-01"), QStringLiteral("Dicht"))));
    CHECK(f.ids({}, {CaseSortKey::NextDeadline, Qt::AscendingOrder}) == QList<qint64>{old, recent, done});
    CHECK(f.ids({}, {CaseSortKey::NextDeadline, Qt::DescendingOrder}) == QList<qint64>{recent, old, done});

    const Case closedCase = f.query.rows({done}).value(0);
    CHECK_FALSE(CaseQuery::nextDeadline(f.engine, closedCase, d("2025-03-07")));
    const Case oldCase = f.query.rows({old}).value(0);
    const auto next = CaseQuery::nextDeadline(f.engine, oldCase, d("2025-03-07"));
    REQUIRE(next);
    CHECK(next->status == DeadlineStatus::Overdue);
}

TEST_CASE("rows come back in the order asked, with themes, without story, skipping removed ids") {
    BOTH_BACKENDS();
    Fixture f;
    const qint64 a = f.add(intakeCase(d("2025-01-01"), QStringLiteral("Eerste")));
    const qint64 b = f.add(intakeCase(d("2025-01-02"), QStringLiteral("Tweede")));
    const QList<Case> rows = f.query.rows({b, 987654, a});
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).id == b);
    CHECK(rows.at(1).id == a);
    CHECK(rows.at(0).themes == QStringList{QStringLiteral("Geen reactie / niet teruggebeld")});
    CHECK(rows.at(0).story.isEmpty());
    CHECK(f.query.rows({}).isEmpty());
}

TEST_CASE("the case query on a large file", "[.][performance]") {
    // AANTAFEL_BIG_FILE=/tmp/big.aantafel (aantafel-cli demo … --cases 100000), Release build.
    const QString path = qEnvironmentVariable("AANTAFEL_BIG_FILE");
    if (path.isEmpty())
        return;
    auto db = Database::open(path);
    const HolidayCalendar calendar = CalendarStore(*db).load();
    const DeadlineEngine engine(calendar);
    CaseQuery query(*db);
    const QDate today = QDate::currentDate();
    auto time = [&](const char* what, const CaseSelection& s, CaseOrder order) {
        QElapsedTimer timer;
        timer.start();
        const QList<qint64> ids = query.ids(s, order, engine, today);
        const qint64 idsMs = timer.elapsed();
        const QList<Case> page = query.rows(ids.mid(0, 200));
        WARN(what << ": " << ids.size() << " ids in " << idsMs << " ms, first page " << timer.elapsed() - idsMs
                  << " ms");
    };
    time("default order", {}, {});
    for (CaseSortKey key : {CaseSortKey::Reference, CaseSortKey::Klager, CaseSortKey::Subject, CaseSortKey::Phase,
                            CaseSortKey::Handler, CaseSortKey::NextDeadline})
        time("sorted", {}, {key, Qt::AscendingOrder});
    CaseSelection s;
    s.overdueOnly = true;
    time("te laat", s, {});
    for (const char* words : {"traplift", "wijkteam terugbellen", "jansen", "de", "zorg"}) {
        CaseSelection search;
        search.words = QString::fromUtf8(words);
        time(words, search, {});
    }
}

TEST_CASE("a search's pages on a large register are the ids that gathering every match gives", "[.][performance]") {
    // AANTAFEL_BIG_REGISTER=/tmp/big.aantafel or postgresql://… (the benchmark's file or its database on the
    // server), opened read-only: the pages and counts that page() and count() read through walks, windows and
    // the indexes against the ids of every match, gathered and sorted by ids().
    const QString where = qEnvironmentVariable("AANTAFEL_BIG_REGISTER");
    if (where.isEmpty())
        return;
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::openAny(where, options);
    const HolidayCalendar calendar = CalendarStore(*db).load();
    const DeadlineEngine engine(calendar);
    CaseQuery query(*db);
    const QDate today = d("2026-11-02");
    for (const char* words :
         {"jansen", "scootmobiel", "wijkteam terugbellen", "de", "de gemeente", "\"de gemeente\"", "traplift"}) {
        INFO("search: " << words);
        CaseSelection selection;
        selection.words = QString::fromUtf8(words);
        for (const Qt::SortOrder direction : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            INFO("ascending: " << (direction == Qt::AscendingOrder));
            const CaseOrder order{CaseSortKey::Received, direction};
            const QList<qint64> all = query.ids(selection, order, engine, today);
            const QList<qint64> paged = pagesOf(query, selection, order, today, 201, 3);
            CHECK(paged == all.mid(0, paged.size()));
            CHECK(paged.size() == std::min<qsizetype>(all.size(), 603));
            if (direction == Qt::DescendingOrder)
                CHECK(query.count(selection, today, 1000) == std::min<qint64>(all.size(), 1001));
        }
    }
}
