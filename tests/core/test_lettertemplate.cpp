// The letter template engine: placeholders, sections, repeated complaint parts, escaping, and the
// flagging of unknown and empty placeholders and malformed tags — plus a bounded randomised run
// that throws arbitrary templates and hostile values at it.
#include "testsupport.h"

#include "letters/lettertemplate.h"

#include <QElapsedTimer>

#include <random>

namespace {

TemplateContext deVries() {
    TemplateContext x;
    x.set(QStringLiteral("klager.naam"), QStringLiteral("Mevrouw A. de Vries"));
    x.set(QStringLiteral("klager.adres"), QStringLiteral("Dorpsstraat 1\n1234 AB Proefstad"));
    x.set(QStringLiteral("gemeente.telefoon"), QString());
    x.setFlag(QStringLiteral("commissie"), false);
    x.setList(QStringLiteral("onderdelen"), QStringLiteral("onderdeel"),
              {{{QStringLiteral("omschrijving"), QStringLiteral("Niet teruggebeld")},
                {QStringLiteral("oordeel"), QStringLiteral("gegrond")}},
               {{QStringLiteral("omschrijving"), QStringLiteral("Onvriendelijk")},
                {QStringLiteral("oordeel"), QStringLiteral("ongegrond")}}},
              {QStringLiteral("omschrijving"), QStringLiteral("oordeel"), QStringLiteral("bevindingen")});
    return x;
}

MergeResult merge(const char* source, const TemplateContext& x = deVries()) {
    return LetterTemplate(QString::fromUtf8(source)).merge(x);
}

} // namespace

TEST_CASE("a placeholder with a dotted name is replaced by the klager's name") {
    const MergeResult r = merge("<p>Geachte {{klager.naam}},</p>");
    CHECK(r.html == QStringLiteral("<p>Geachte Mevrouw A. de Vries,</p>"));
    CHECK_FALSE(r.hasIssues());
}

TEST_CASE("spaces inside the braces do not matter") {
    CHECK(merge("{{ klager.naam }}").html == QStringLiteral("Mevrouw A. de Vries"));
}

TEST_CASE("merged values are escaped for HTML and line breaks become <br>") {
    TemplateContext x;
    x.set(QStringLiteral("zaak.omschrijving"), QStringLiteral("<b>boos</b> & \"teleurgesteld\"\nregel twee"));
    CHECK(merge("{{zaak.omschrijving}}", x).html ==
          QStringLiteral("&lt;b&gt;boos&lt;/b&gt; &amp; &quot;teleurgesteld&quot;<br>regel twee"));
    CHECK(merge("{{klager.adres}}").html == QStringLiteral("Dorpsstraat 1<br>1234 AB Proefstad"));
}

TEST_CASE("an unknown placeholder is flagged with its position and line, and stays visible") {
    const MergeResult r = merge("<p>Beste</p>\n<p>{{klager.naam2}}</p>");
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.first().kind == TemplateIssue::Kind::Unknown);
    CHECK(r.issues.first().name == QStringLiteral("klager.naam2"));
    CHECK(r.issues.first().position == 16);
    CHECK(r.issues.first().line == 2);
    CHECK(r.html.contains(QStringLiteral("{{klager.naam2}}")));
}

TEST_CASE("an empty value is flagged, but only where the letter shows it") {
    const MergeResult shown = merge("Bel {{gemeente.telefoon}}.");
    REQUIRE(shown.issues.size() == 1);
    CHECK(shown.issues.first().kind == TemplateIssue::Kind::Empty);
    CHECK(shown.issues.first().name == QStringLiteral("gemeente.telefoon"));
    CHECK(shown.issues.first().position == 4);

    CHECK_FALSE(merge("{{#commissie}}Bel {{gemeente.telefoon}}.{{/commissie}}").hasIssues());
    CHECK_FALSE(merge("{{#gemeente.telefoon}}Bel {{gemeente.telefoon}}.{{/gemeente.telefoon}}").hasIssues());
}

TEST_CASE("a misspelt name in a hidden section is still flagged") {
    const MergeResult r = merge("{{#commissie}}{{commisie.naam}}{{/commissie}}");
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.first().kind == TemplateIssue::Kind::Unknown);
    CHECK(r.html.isEmpty());
}

TEST_CASE("a section shows its part for a true flag or a filled value — an inverted section otherwise") {
    TemplateContext x = deVries();
    CHECK(merge("{{#commissie}}advies{{/commissie}}{{^commissie}}zes weken{{/commissie}}", x).html ==
          QStringLiteral("zes weken"));
    x.setFlag(QStringLiteral("commissie"), true);
    CHECK(merge("{{#commissie}}advies{{/commissie}}{{^commissie}}zes weken{{/commissie}}", x).html ==
          QStringLiteral("advies"));
    CHECK(merge("{{commissie}}", x).html == QStringLiteral("ja"));
    CHECK(merge("{{#klager.naam}}aan {{klager.naam}}{{/klager.naam}}", x).html ==
          QStringLiteral("aan Mevrouw A. de Vries"));
}

TEST_CASE("the complaint parts repeat their block once per part, in order") {
    const MergeResult r =
        merge("{{#onderdelen}}<p>{{onderdeel.omschrijving}}: {{onderdeel.oordeel}}</p>{{/onderdelen}}");
    CHECK(r.html == QStringLiteral("<p>Niet teruggebeld: gegrond</p><p>Onvriendelijk: ongegrond</p>"));
    CHECK_FALSE(r.hasIssues());
}

TEST_CASE("an empty field of a part is flagged once per part that shows it") {
    const MergeResult r = merge("{{#onderdelen}}{{onderdeel.bevindingen}}{{/onderdelen}}");
    CHECK(r.issuesOf(TemplateIssue::Kind::Empty).size() == 2);
}

TEST_CASE("without complaint parts the block disappears and its field names are still known") {
    TemplateContext x;
    x.setList(QStringLiteral("onderdelen"), QStringLiteral("onderdeel"), {}, {QStringLiteral("oordeel")});
    const MergeResult r =
        merge("a{{#onderdelen}}{{onderdeel.oordeel}}{{/onderdelen}}{{^onderdelen}}b{{/onderdelen}}", x);
    CHECK(r.html == QStringLiteral("ab"));
    CHECK_FALSE(r.hasIssues());
}

TEST_CASE("a part's field outside its block is unknown") {
    const MergeResult r = merge("{{onderdeel.oordeel}}");
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.first().kind == TemplateIssue::Kind::Unknown);
}

TEST_CASE("malformed tags are flagged as syntax errors and never swallow the letter") {
    SECTION("braces not closed") {
        const MergeResult r = merge("Geachte {{klager.naam");
        REQUIRE(r.issuesOf(TemplateIssue::Kind::Syntax).size() == 1);
        CHECK(r.html == QStringLiteral("Geachte {{klager.naam"));
    }
    SECTION("a section not closed runs to the end") {
        const MergeResult r = merge("{{^commissie}}zes weken");
        REQUIRE(r.issuesOf(TemplateIssue::Kind::Syntax).size() == 1);
        CHECK(r.issues.first().name == QStringLiteral("{{^commissie}}"));
        CHECK(r.html == QStringLiteral("zes weken"));
    }
    SECTION("a close without an open section") {
        const MergeResult r = merge("a{{/commissie}}b");
        REQUIRE(r.issuesOf(TemplateIssue::Kind::Syntax).size() == 1);
        CHECK(r.html == QStringLiteral("ab"));
    }
    SECTION("a name with a space") {
        const MergeResult r = merge("{{klager naam}}");
        REQUIRE(r.issuesOf(TemplateIssue::Kind::Syntax).size() == 1);
        CHECK(r.html == QStringLiteral("{{klager naam}}"));
    }
    SECTION("a list printed as a field") {
        CHECK(merge("{{onderdelen}}").issuesOf(TemplateIssue::Kind::Syntax).size() == 1);
    }
    CHECK(LetterTemplate(QStringLiteral("{{#a}}{{/b}}")).syntaxIssues().size() == 2);
}

TEST_CASE("the template lists the names it uses, in order of first use") {
    const LetterTemplate t(QStringLiteral("{{klager.naam}} {{#commissie}}{{datum}}{{/commissie}} {{klager.naam}}"));
    CHECK(t.placeholders() ==
          QStringList{QStringLiteral("klager.naam"), QStringLiteral("commissie"), QStringLiteral("datum")});
}

// Bounded randomised run (a few thousand templates, well under a second): templates assembled from
// fragments that include every tag form and broken ones, merged with values full of HTML. Whatever
// the template, merging terminates, reports issues in order within the template, never lets a value
// through unescaped, never reports a known name as unknown, and leaves text without tags unchanged.
TEST_CASE("fuzz: arbitrary templates merge safely") {
    const QStringList fragments{
        QStringLiteral("{{"),         QStringLiteral("}}"),         QStringLiteral("{{a}}"),
        QStringLiteral("{{b.c}}"),    QStringLiteral("{{leeg}}"),   QStringLiteral("{{#vlag}}"),
        QStringLiteral("{{/vlag}}"),  QStringLiteral("{{^vlag}}"),  QStringLiteral("{{#lijst}}"),
        QStringLiteral("{{/lijst}}"), QStringLiteral("{{item.x}}"), QStringLiteral("{{onbekend}}"),
        QStringLiteral("{{#a}}"),     QStringLiteral("{{/a}}"),     QStringLiteral("{{ }}"),
        QStringLiteral("{{#}}"),      QStringLiteral("<p>"),        QStringLiteral("</p>"),
        QStringLiteral("tekst "),     QStringLiteral("\n"),         QStringLiteral("{"),
        QStringLiteral("}"),          QStringLiteral("#"),          QStringLiteral("é€"),
        QStringLiteral("{{{a}}}"),    QStringLiteral("{{lijst}}"),  QStringLiteral("{{a.}}")};
    const QString hostile = QStringLiteral("<script>&\"'\n");
    TemplateContext x;
    x.set(QStringLiteral("a"), hostile);
    x.set(QStringLiteral("b.c"), hostile + QStringLiteral("bc"));
    x.set(QStringLiteral("leeg"), QString());
    x.setFlag(QStringLiteral("vlag"), true);
    x.setList(QStringLiteral("lijst"), QStringLiteral("item"),
              {{{QStringLiteral("x"), hostile}}, {{QStringLiteral("x"), QString()}}}, {QStringLiteral("x")});

    std::mt19937 random(20250307);
    std::uniform_int_distribution<int> length(0, 40);
    std::uniform_int_distribution<qsizetype> pick(0, fragments.size() - 1);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 3000; ++round) {
        QString source;
        const int n = length(random);
        for (int i = 0; i < n; ++i)
            source += fragments.at(pick(random));
        const LetterTemplate t(source);
        const MergeResult r = t.merge(x);
        INFO("template: " << source.toStdString());
        CHECK_FALSE(r.html.contains(QStringLiteral("<script>")));
        qsizetype last = -1;
        for (const TemplateIssue& issue : r.issues) {
            CHECK(issue.position >= 0);
            CHECK(issue.position < source.size());
            CHECK(issue.position >= last);
            last = issue.position;
            CHECK(issue.line == source.left(issue.position).count(QLatin1Char('\n')) + 1);
            if (issue.kind == TemplateIssue::Kind::Unknown)
                CHECK_FALSE(x.contains(issue.name));
        }
        if (!source.contains(QStringLiteral("{{")))
            CHECK(r.html == source);
        CHECK(t.merge(x) == r); // deterministic
    }
    CHECK(timer.elapsed() < 5000);
}
