// One search, every caller: the same typed strings (quotes, *, -, AND, parentheses, one-letter
// words, Dutch diacritics, references) go through SearchTerms and every place that searches cases —
// the case list model, CaseQuery's full order, its pages and counts, both plans of CaseSelectionSql,
// CaseRepository::search and `aantafel-cli list --search` — which must find the same cases and never
// fail on FTS5 syntax.
#include "testsupport.h"

#include "caselist/caselistmodel.h"
#include "cli/clirun.h"
#include "session/municipalitysession.h"
#include "storage/casequery.h"
#include "storage/caseselectionsql.h"
#include "storage/municipalityfile.h"
#include "storage/searchterms.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace {

using Found = std::set<QString>; // klager names

struct SearchFixture {
    TempDir dir;
    QString file = dir.path(QStringLiteral("zoeken.aantafel"));
    FixedClock clock{d("2026-11-23")};
    std::unique_ptr<MunicipalitySession> session;
    QHash<QString, QString> klagerOf; // reference → klager

    SearchFixture() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Zoekdam");
        MunicipalityFile::create(file, settings, QStringLiteral("test"));
        session = std::make_unique<MunicipalitySession>(Database::open(file), clock, QStringLiteral("test"));
        add(QStringLiteral("Jan de Vries"),
            QStringLiteral("Café De Kroon: één klacht over de e-mail van de gemeente."));
        add(QStringLiteral("Anna Jansen"), QStringLiteral("De scootmobiel (Wmo) is kapot; t.a.v. afdeling Zorg."));
        add(QStringLiteral("Ödemiş"), QStringLiteral("Niemand belde terug, ook niet na AND OR NOT."));
        add(QStringLiteral("Piet Bakker"), QStringLiteral("Een gemeente die de telefoon niet opneemt."));
    }
    void add(const QString& klager, const QString& story) {
        Case c;
        c.kind = CaseKind::OralComplaint;
        c.received = d("2026-11-02").addDays(klagerOf.size());
        c.klager.name = klager;
        c.story = story;
        session->cases().save(c);
        klagerOf.insert(c.reference, klager);
    }
    Found klagers(const QList<Case>& cases) const {
        Found names;
        for (const Case& c : cases)
            names.insert(c.klager.name);
        return names;
    }
    Found klagers(const QList<qint64>& ids) const { return klagers(CaseQuery(session->database()).rows(ids)); }
};

// What each caller finds for the words; every caller must agree with the first.
void expectAgreement(SearchFixture& f, const QString& words, const Found& expected) {
    INFO("search: " << words.toStdString());
    CaseSelection selection;
    selection.words = words;
    const QDate today = f.clock.today();
    CaseQuery query(f.session->database());

    const Found byList = f.klagers(query.ids(selection, {}, f.session->engine(), today));
    CHECK(byList == expected);
    CHECK(f.klagers(query.ids(selection, {CaseSortKey::Klager, Qt::AscendingOrder}, f.session->engine(), today)) ==
          expected);
    CHECK(f.klagers(query.page(selection, {}, today, 0, 1000).value()) == expected);
    CHECK(f.klagers(query.page(selection, {CaseSortKey::Received, Qt::AscendingOrder}, today, 0, 1000).value()) ==
          expected);
    CHECK(query.count(selection, today) == qint64(expected.size()));
    CHECK(query.count(selection, today, 1) == qint64(std::min<size_t>(expected.size(), 2)));
    CHECK(f.klagers(f.session->cases().search(words)) == expected);

    for (const auto plan : {CaseSelectionSql::Search::AsSet, CaseSelectionSql::Search::PerCase}) {
        const CaseSelectionSql where(f.session->database(), selection, {{}, today}, plan);
        SqlQuery q(f.session->database(), QStringLiteral("SELECT c.id FROM cases AS c") + where.where());
        where.bindTo(q);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        CHECK(f.klagers(ids) == expected);
    }

    CaseListModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(selection);
    model.fetchUpTo(1000);
    Found shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.index(row, CaseListModel::Klager).data(CaseListModel::SortRole).toString());
    CHECK(model.errorMessage().isEmpty());
    CHECK(model.totalIsExact());
    CHECK(model.totalCount() == qint64(expected.size()));
    Found expectedShown; // the model shows an anonymous or nameless klager as blank; none here
    for (const QString& name : expected)
        expectedShown.insert(name);
    CHECK(shown == expectedShown);

    const CliResult cli = runCliOn(
        {QStringLiteral("list"), f.file, QStringLiteral("--search"), words, QStringLiteral("--json")}, f.clock.today());
    REQUIRE(cli.code == 0);
    Found byCli;
    for (const QJsonValue& row : QJsonDocument::fromJson(cli.out.toUtf8()).array())
        byCli.insert(row.toObject().value(QStringLiteral("klager")).toString());
    CHECK(byCli == expected);
}

} // namespace

TEST_CASE("search terms: what a user types becomes whole-word and prefix phrases, never FTS5 syntax") {
    struct Row {
        const char* typed;
        const char* fts;
    };
    const Row rows[] = {
        {"", ""},
        {"   ", ""},
        {"a", ""},                                // one letter: dropped
        {"J. de Vries", R"("de" "vries"*)"},      // "J" dropped, "de" a whole word
        {"de", R"("de")"},                        // two letters: whole word only
        {"jan", R"("jan")"},                      // three: whole word only
        {"jans", R"("jans"*)"},                   // four: also the start of a word
        {"DE GEMEENTE", R"("de" "gemeente"*)"},   // lower case; the index folds case anyway
        {"\"de gemeente\"", R"("de gemeente"*)"}, // quotes: one phrase
        {"\"de gemeente", R"("de gemeente"*)"},   // an open quote runs to the end
        {"\"\"", ""},                             // an empty phrase: nothing
        {"\"", ""},
        {"de*", R"("de")"}, // * is punctuation
        {"*", ""},
        {"-", ""},
        {"-kapot", R"("kapot"*)"}, // no NOT: the word is searched
        {"AND", R"("and")"},       // no operators
        {"NOT kapot OR NEAR", R"("not" "kapot"* "or" "near"*)"},
        {"(kapot)", R"("kapot"*)"},
        {"NEAR(de gemeente)", R"("near de"* "gemeente"*)"}, // "(" joins like "-"; six letters
        {"KL-2026-0042", R"("kl 2026 0042"*)"},             // a reference: its parts in order
        {"KL-2026-0", R"("kl 2026 0"*)"},                   // seven letters and digits: a prefix
        {"e-mail", R"("e mail"*)"},
        {"t.a.v.", R"("t a v")"},
        {"één", R"("één")"}, // accents: the index removes them on both sides
        {"Café", R"("café"*)"},
        {"Ödemiş", R"("ödemiş"*)"},
        {"cafe\u0301", R"("café"*)"}, // decomposed é: NFC first
        {"col:de", R"("col de"*)"},   // no column filters
        {"^de +de", R"("de" "de")"},
        {"'s-Hertogenbosch", R"("s hertogenbosch"*)"},
        {"50%", R"("50")"},
        {"x_y", R"("x y")"},
    };
    for (const Row& row : rows) {
        INFO("typed: " << row.typed);
        CHECK(SearchTerms(QString::fromUtf8(row.typed)).ftsQuery() == QString::fromUtf8(row.fts));
    }
    CHECK(SearchTerms(QStringLiteral("de jans")).hasPrefix());
    CHECK_FALSE(SearchTerms(QStringLiteral("de jan")).hasPrefix());
    CHECK(SearchTerms(QStringLiteral("a -")).isEmpty());
}

TEST_CASE("every caller finds the same cases for the same typed words") {
    SearchFixture f;
    const QString jan = QStringLiteral("Jan de Vries");
    const QString anna = QStringLiteral("Anna Jansen");
    const QString odemis = QStringLiteral("Ödemiş");
    const QString piet = QStringLiteral("Piet Bakker");
    const Found everyone{jan, anna, odemis, piet};
    QString reference;
    for (auto it = f.klagerOf.cbegin(); it != f.klagerOf.cend(); ++it) {
        if (it.value() == anna)
            reference = it.key();
    }
    REQUIRE(!reference.isEmpty());

    expectAgreement(f, QString(), everyone);
    expectAgreement(f, QStringLiteral("a"), everyone); // nothing left to search: no search
    expectAgreement(f, QStringLiteral("-"), everyone);
    expectAgreement(f, QStringLiteral("\""), everyone);
    expectAgreement(f, QStringLiteral("*"), everyone);
    expectAgreement(f, QStringLiteral("de"), {jan, anna, piet});
    expectAgreement(f, QStringLiteral("De*"), {jan, anna, piet});
    expectAgreement(f, QStringLiteral("de gemeente"), {jan, piet});
    expectAgreement(f, QStringLiteral("\"de gemeente\""), {jan});
    expectAgreement(f, QStringLiteral("\"gemeente de\""), {});
    expectAgreement(f, QStringLiteral("een gemeente"), {jan, piet}); // één and Een
    expectAgreement(f, QStringLiteral("één"), {jan, piet});
    expectAgreement(f, QStringLiteral("cafe"), {jan});
    expectAgreement(f, QStringLiteral("CAFÉ"), {jan});
    expectAgreement(f, QStringLiteral("odemis"), {odemis});
    expectAgreement(f, QStringLiteral("jan"), {jan});
    expectAgreement(f, QStringLiteral("jans"), {anna});
    expectAgreement(f, QStringLiteral("J. de Vries"), {jan});
    expectAgreement(f, QStringLiteral("AND"), {odemis});
    expectAgreement(f, QStringLiteral("NOT kapot"), {});
    expectAgreement(f, QStringLiteral("-kapot"), {anna});
    expectAgreement(f, QStringLiteral("(scootmobiel"), {anna});
    expectAgreement(f, QStringLiteral("wmo)"), {anna});
    expectAgreement(f, QStringLiteral("t.a.v."), {anna});
    expectAgreement(f, QStringLiteral("e-mail"), {jan});
    expectAgreement(f, QStringLiteral("NEAR(de gemeente)"), {});
    expectAgreement(f, reference, {anna});
    expectAgreement(f, reference.toLower(), {anna});
    // Still typing the number: "KL-2026-000" is the start of every reference of the four.
    expectAgreement(f, reference.left(reference.size() - 1), everyone);
}
