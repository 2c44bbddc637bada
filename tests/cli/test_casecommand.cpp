// aantafel-cli case end to end: every point of "the letter is the legal act" driven from the command
// line, through aantafel-cli case (new, do, show) and aantafel-cli letter … --record, on a file of
// Gemeente Proefstad. The letter PDF writer is a double that records the PrintJob (the drawing is
// tested in the ui layer). Dates worked out by hand:
//   received Fri 7 March 2025: 9:11 lid 1 → Fri 18 Apr Goede Vrijdag, Mon 21 Apr tweede Paasdag →
//   Tue 22 April 2025; adjourned (6 + 4 weeks) → Fri 16 May 2025; with a committee 10 weeks →
//   Fri 16 May 2025; 9:24 from a letter of Tue 15 April 2025 → Wed 15 April 2026.
#include "testsupport.h"

#include "clirun.h"
#include "pinnedcomplaint.h"

#include "output/printjob.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class RecordingPdf final : public PdfOutput {
public:
    // Draws nothing: records the job (the output writer puts the file in place).
    QString render(const PrintJob& job, QIODevice& device) override {
        jobs << job;
        device.write("%PDF-1.4 test double\n");
        return {};
    }
    QList<PrintJob> jobs;
};

struct CliFile {
    explicit CliFile(bool committee = false) {
        MunicipalitySettings settings = proefstadSettings();
        settings.committee = committee;
        MunicipalityFile::create(path, settings, QStringLiteral("beheer"));
    }

    CliResult run(const QStringList& args, QDate today) {
        CliResult r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        const FixedClock clock(today);
        r.code = Cli::run(args, out, err, clock, CliServices{&pdf, nullptr});
        out.flush();
        err.flush();
        return r;
    }
    // aantafel-cli case FILE <args>
    CliResult caseCmd(const QStringList& args, const char* today) {
        return run(QStringList{QStringLiteral("case"), path} + args, d(today));
    }
    // A step that must be applied.
    void step(const QString& ref, const QString& action, const char* date, const QStringList& params = {}) {
        QStringList args{QStringLiteral("do"), ref, action, QStringLiteral("--date"), QString::fromLatin1(date)};
        for (const QString& p : params)
            args << QStringLiteral("--param") << p;
        const CliResult r = caseCmd(args, date);
        INFO(action.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == Cli::Ok);
    }
    // aantafel-cli letter FILE --case REF --type TYPE --pdf … --date D --record
    CliResult letter(const QString& ref, const char* type, const char* date, const QStringList& more = {}) {
        return run(QStringList{QStringLiteral("letter"), path, QStringLiteral("--case"), ref, QStringLiteral("--type"),
                               QString::fromLatin1(type), QStringLiteral("--pdf"),
                               dir.path(QStringLiteral("brief.pdf")), QStringLiteral("--date"),
                               QString::fromLatin1(date), QStringLiteral("--record")} +
                       more,
                   d(date));
    }
    QJsonObject show(const QString& ref, const char* today) {
        const CliResult r = caseCmd({QStringLiteral("show"), ref, QStringLiteral("--json")}, today);
        INFO(r.err.toStdString());
        REQUIRE(r.code == Cli::Ok);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    // A klaagschrift about J. Bakker of Team Wmo, received Fri 7 March 2025.
    QString klaagschrift(const QStringList& more = {}) {
        const CliResult r = caseCmd(
            QStringList{QStringLiteral("new"), QStringLiteral("--kind"), QStringLiteral("klaagschrift"),
                        QStringLiteral("--received"), QStringLiteral("2025-03-07"), QStringLiteral("--klager"),
                        QStringLiteral("Mevrouw A. de Vries"), QStringLiteral("--address"),
                        QStringLiteral("Dorpsstraat 1\\n1234 AB Proefstad"), QStringLiteral("--dated"),
                        QStringLiteral("2025-03-05"), QStringLiteral("--story"), QStringLiteral("Niemand belde terug."),
                        QStringLiteral("--department"), QStringLiteral("Team Wmo")} +
                more,
            "2025-03-07");
        INFO(r.err.toStdString());
        REQUIRE(r.code == Cli::Ok);
        return r.out.trimmed();
    }
    // Formal from 14 March; klager and J. Bakker heard on 10 April, the verslag sent on the 11th.
    QString heard() {
        const QString ref = klaagschrift({QStringLiteral("--about"), QStringLiteral("J. Bakker")});
        step(ref, QStringLiteral("start-informal"), "2025-03-10");
        step(ref, QStringLiteral("start-formal"), "2025-03-14");
        step(ref, QStringLiteral("hearing-held"), "2025-04-10");
        step(ref, QStringLiteral("hearing-held"), "2025-04-10", {QStringLiteral("person=beklaagde")});
        step(ref, QStringLiteral("hearing-report"), "2025-04-11", {QStringLiteral("text=Beide partijen gehoord.")});
        return ref;
    }
    QString judged() {
        const QString ref = heard();
        step(ref, QStringLiteral("judge"), "2025-04-14",
             {QStringLiteral("judgment=upheld"), QStringLiteral("findings=Er is niet teruggebeld."),
              QStringLiteral("conclusions=Wij bieden excuses aan.")});
        return ref;
    }

    TempDir dir;
    QString path = dir.path(QStringLiteral("proefstad.aantafel"));
    RecordingPdf pdf;
};

QJsonObject deadline(const QJsonObject& shown, const char* kind) {
    for (const QJsonValue& v : shown.value(QStringLiteral("deadlines")).toArray()) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String(kind))
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("case: the afdoeningsbrief sent with letter --record closes the complaint on its date (1)", "[cli][law]") {
    CliFile f;
    const QString ref = f.judged();
    CHECK(f.show(ref, "2025-04-14").value(QStringLiteral("phase")).toString() == QStringLiteral("formal"));
    // No closing by a typed date: close is refused without its letter.
    const CliResult direct = f.caseCmd(
        {QStringLiteral("do"), ref, QStringLiteral("close"), QStringLiteral("--date"), QStringLiteral("2025-04-15")},
        "2025-04-15");
    CHECK(direct.code == Cli::Refused);
    CHECK(direct.err.contains(QStringLiteral("afdoeningsbrief")));
    const CliResult sent = f.letter(ref, "afdoening", "2025-04-15");
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == Cli::Ok);
    const QJsonObject shown = f.show(ref, "2025-04-16");
    CHECK(shown.value(QStringLiteral("phase")).toString() == QStringLiteral("closed"));
    CHECK(shown.value(QStringLiteral("outcome")).toString() == QStringLiteral("upheld"));
    CHECK(shown.value(QStringLiteral("closed")).toString() == QStringLiteral("2025-04-15"));
    CHECK(deadline(shown, "handling").value(QStringLiteral("status")).toString() == QStringLiteral("met"));
    CHECK(deadline(shown, "handling").value(QStringLiteral("due")).toString() == QStringLiteral("2025-04-22"));
}

TEST_CASE("case: a verdaging takes effect with the verdagingsbrief, also without a named beklaagde (2)", "[cli][law]") {
    CliFile f;
    const QString ref = f.klaagschrift(); // unreachability of Team Wmo: no named person
    f.step(ref, QStringLiteral("start-informal"), "2025-03-10");
    f.step(ref, QStringLiteral("start-formal"), "2025-03-14");
    const CliResult bare = f.caseCmd(
        {QStringLiteral("do"), ref, QStringLiteral("adjourn"), QStringLiteral("--date"), QStringLiteral("2025-04-15")},
        "2025-04-15");
    CHECK(bare.code == Cli::Refused);
    CHECK(bare.err.contains(QStringLiteral("verdagingsbrief")));
    CHECK(deadline(f.show(ref, "2025-04-15"), "adjourned_handling").isEmpty());
    // The letter after the term (Wed 23 April) is refused; on Tue 22 April it goes to klager and department head.
    CHECK(f.letter(ref, "verdaging", "2025-04-23").code == Cli::Refused);
    const CliResult sent = f.letter(ref, "verdaging", "2025-04-22");
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == Cli::Ok);
    CHECK(sent.out.contains(QStringLiteral("Het hoofd van Team Wmo")));
    CHECK(deadline(f.show(ref, "2025-04-23"), "adjourned_handling").value(QStringLiteral("due")).toString() ==
          QStringLiteral("2025-05-16"));
}

TEST_CASE("case: the klager's hearing exception leaves the beklaagde's hearing due (3)", "[cli][law]") {
    CliFile f;
    const QString ref = f.klaagschrift({QStringLiteral("--about"), QStringLiteral("J. Bakker")});
    f.step(ref, QStringLiteral("start-informal"), "2025-03-10");
    f.step(ref, QStringLiteral("start-formal"), "2025-03-14");
    // No reply without the term given: refused; the term ran until Fri 28 March, recorded on Mon 31 March.
    const QStringList noReply{QStringLiteral("do"),
                              ref,
                              QStringLiteral("hearing-exception"),
                              QStringLiteral("--date"),
                              QStringLiteral("2025-03-31"),
                              QStringLiteral("--param"),
                              QStringLiteral("exception=no_reply")};
    CHECK(f.caseCmd(noReply, "2025-03-31").code == Cli::Refused);
    f.step(ref, QStringLiteral("hearing-exception"), "2025-03-31",
           {QStringLiteral("exception=no_reply"), QStringLiteral("reply-term=2025-03-28")});
    const QStringList judge{QStringLiteral("do"),
                            ref,
                            QStringLiteral("judge"),
                            QStringLiteral("--date"),
                            QStringLiteral("2025-04-01"),
                            QStringLiteral("--param"),
                            QStringLiteral("judgment=rejected")};
    const CliResult early = f.caseCmd(judge, "2025-04-01");
    CHECK(early.code == Cli::Refused);
    CHECK(early.err.contains(QStringLiteral("J. Bakker")));
    f.step(ref, QStringLiteral("hearing-held"), "2025-04-01",
           {QStringLiteral("person=beklaagde"), QStringLiteral("declined=yes")});
    CHECK(f.caseCmd(judge, "2025-04-01").code == Cli::Ok);
}

TEST_CASE("case: the afdoeningsbrief is refused without findings and conclusions (4)", "[cli][law]") {
    CliFile f;
    const QString ref = f.heard();
    f.step(ref, QStringLiteral("judge"), "2025-04-14", {QStringLiteral("judgment=rejected")});
    const CliResult refused = f.letter(ref, "afdoening", "2025-04-15");
    CHECK(refused.code == Cli::Refused);
    CHECK(refused.err.contains(QStringLiteral("bevindingen")));
    CHECK(refused.err.contains(QStringLiteral("conclusies")));
    CHECK(f.show(ref, "2025-04-15").value(QStringLiteral("closed")).isNull());
    f.step(ref, QStringLiteral("judge"), "2025-04-14",
           {QStringLiteral("judgment=rejected"), QStringLiteral("findings=Wel teruggebeld."),
            QStringLiteral("conclusions=Geen verdere conclusies.")});
    REQUIRE(f.letter(ref, "afdoening", "2025-04-15").code == Cli::Ok);
    const QString text = plainText(f.pdf.jobs.constLast().html);
    CHECK(text.contains(QStringLiteral("Op donderdag 10 april 2025 hebben wij u gehoord over uw klacht.")));
    CHECK(text.contains(QStringLiteral("Het verslag van het horen is u op vrijdag 11 april 2025 toegestuurd.")));
}

TEST_CASE("case: consent after the term expired is refused and the 9:24 lid 1 b date shows (5)", "[cli][law]") {
    CliFile f;
    const QString ref = f.heard();
    REQUIRE(f.letter(ref, "verdaging", "2025-04-15").code == Cli::Ok);
    // The adjourned term ended Fri 16 May 2025; consent received Mon 19 May is too late.
    const QStringList late{QStringLiteral("do"),
                           ref,
                           QStringLiteral("consent"),
                           QStringLiteral("--date"),
                           QStringLiteral("2025-05-19"),
                           QStringLiteral("--param"),
                           QStringLiteral("agreed=2025-06-13")};
    const CliResult r = f.caseCmd(late, "2025-05-19");
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("vr 16 mei 2025")));
    const QJsonObject shown = f.show(ref, "2025-05-19");
    CHECK(deadline(shown, "adjourned_handling").value(QStringLiteral("status")).toString() ==
          QStringLiteral("overdue"));
    // Fri 16 May 2025 + one year, no Atw extension: Sat 16 May 2026.
    CHECK(deadline(shown, "ombudsman_term").value(QStringLiteral("due")).toString() == QStringLiteral("2026-05-16"));
    CHECK(deadline(shown, "ombudsman_term").value(QStringLiteral("basis")).toString() ==
          QStringLiteral("art. 9:24 lid 1 b Awb"));
}

TEST_CASE("case: the committee is fixed at receipt, advises, and 10 weeks apply (6)", "[cli][law]") {
    {
        CliFile noCommittee;
        const CliResult r =
            noCommittee.caseCmd({QStringLiteral("new"), QStringLiteral("--kind"), QStringLiteral("klaagschrift"),
                                 QStringLiteral("--received"), QStringLiteral("2025-03-07"), QStringLiteral("--klager"),
                                 QStringLiteral("A"), QStringLiteral("--committee")},
                                "2025-03-07");
        CHECK(r.code == Cli::Refused);
        CHECK(r.err.contains(QStringLiteral("geen klachtadviescommissie")));
    }
    CliFile f(true);
    const QString ref = f.klaagschrift({QStringLiteral("--committee")});
    const QJsonObject shown = f.show(ref, "2025-03-07");
    CHECK(shown.value(QStringLiteral("committee")).toBool());
    CHECK(deadline(shown, "handling").value(QStringLiteral("due")).toString() == QStringLiteral("2025-05-16"));
    REQUIRE(f.letter(ref, "ontvangstbevestiging", "2025-03-10").code == Cli::Ok);
    CHECK(plainText(f.pdf.jobs.constLast().html).contains(QStringLiteral("klachtadviescommissie")));
    f.step(ref, QStringLiteral("start-informal"), "2025-03-10");
    f.step(ref, QStringLiteral("start-formal"), "2025-03-14");
    f.step(ref, QStringLiteral("hearing-exception"), "2025-03-20", {QStringLiteral("exception=klager_waived")});
    const QStringList judge{QStringLiteral("do"),
                            ref,
                            QStringLiteral("judge"),
                            QStringLiteral("--date"),
                            QStringLiteral("2025-04-01"),
                            QStringLiteral("--param"),
                            QStringLiteral("judgment=upheld")};
    CHECK(f.caseCmd(judge, "2025-04-01").code == Cli::Refused); // no advice yet
    f.step(ref, QStringLiteral("committee-advice"), "2025-04-01", {QStringLiteral("advice=upheld")});
    CHECK(f.caseCmd(judge, "2025-04-01").code == Cli::Ok);
}

TEST_CASE("case: the ombudsman date of the letter and of the case is one (7)", "[cli][law]") {
    CliFile f;
    const QString ref = f.judged();
    // Before the afdoening, the day after the term (Wed 23 April): lid 1 b from Tue 22 April → 22 April 2026.
    CHECK(deadline(f.show(ref, "2025-04-23"), "ombudsman_term").value(QStringLiteral("due")).toString() ==
          QStringLiteral("2026-04-22"));
    REQUIRE(f.letter(ref, "afdoening", "2025-04-23").code == Cli::Ok);
    // The letter of Wed 23 April 2025 names Thu 23 April 2026, and so does the case (lid 1 a).
    CHECK(plainText(f.pdf.jobs.constLast().html).contains(QStringLiteral("tot en met donderdag 23 april 2026")));
    const QJsonObject term = deadline(f.show(ref, "2025-04-24"), "ombudsman_term");
    CHECK(term.value(QStringLiteral("due")).toString() == QStringLiteral("2026-04-23"));
    CHECK(term.value(QStringLiteral("basis")).toString() == QStringLiteral("art. 9:24 lid 1 a Awb"));
}

TEST_CASE("case: conduct older than a year is a flag with a choice, never an overdue deadline (8)", "[cli][law]") {
    CliFile f;
    // One year before Fri 7 March 2025 is 7 March 2024; conduct on 6 March 2024 is older.
    const QString ref = f.klaagschrift({QStringLiteral("--conduct"), QStringLiteral("2024-03-06")});
    f.step(ref, QStringLiteral("start-informal"), "2025-03-10");
    const QJsonObject shown = f.show(ref, "2025-04-10");
    CHECK(deadline(shown, "non_handling_notice").isEmpty());
    bool flagged = false;
    for (const QJsonValue& v : shown.value(QStringLiteral("flags")).toArray())
        flagged = flagged || v.toObject().value(QStringLiteral("kind")).toString() ==
                                 QStringLiteral("conduct_older_than_one_year");
    CHECK(flagged);
    // Refusing remains possible, as the handler's choice.
    const CliResult r =
        f.letter(ref, "niet-behandelen", "2025-03-20", {QStringLiteral("--ground"), QStringLiteral("9_8_1_b")});
    INFO(r.err.toStdString());
    CHECK(r.code == Cli::Ok);
}

TEST_CASE("case: refusing on 9:8 lid 1 d-f in the formal phase, quoting the law (9)", "[cli][law]") {
    CliFile f;
    const QString ref = f.heard();
    const QStringList a{QStringLiteral("do"),
                        ref,
                        QStringLiteral("decline"),
                        QStringLiteral("--date"),
                        QStringLiteral("2025-04-14"),
                        QStringLiteral("--param"),
                        QStringLiteral("ground=9_8_1_a")};
    CHECK(f.caseCmd(a, "2025-04-14").code == Cli::Refused);
    const CliResult r =
        f.letter(ref, "niet-behandelen", "2025-04-14", {QStringLiteral("--ground"), QStringLiteral("9_8_1_f")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    const QString text = plainText(f.pdf.jobs.constLast().html);
    CHECK(text.contains(QStringLiteral("opsporingsonderzoek op bevel van de officier van justitie of een vervolging")));
    const QJsonObject shown = f.show(ref, "2025-04-15");
    CHECK(shown.value(QStringLiteral("outcome")).toString() == QStringLiteral("not_handled"));
}

TEST_CASE("case: a complaint about a contracted provider goes to a warme overdracht, not a formal procedure (10)",
          "[cli][law]") {
    CliFile f;
    const QString ref = f.klaagschrift({QStringLiteral("--provider"), QStringLiteral("Zorg Plus")});
    f.step(ref, QStringLiteral("start-informal"), "2025-03-10");
    const CliResult r = f.caseCmd({QStringLiteral("do"), ref, QStringLiteral("start-formal"), QStringLiteral("--date"),
                                   QStringLiteral("2025-03-14")},
                                  "2025-03-14");
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("Wkkgz")));
    CHECK(f.letter(ref, "afschrift-beklaagde", "2025-03-14").code == Cli::Refused);
    f.step(ref, QStringLiteral("refer"), "2025-03-14");
    CHECK(f.show(ref, "2025-03-14").value(QStringLiteral("phase")).toString() == QStringLiteral("referred"));
}

TEST_CASE("case: reopen after the afdoening registers a new, linked complaint (11)", "[cli][law]") {
    CliFile f;
    const QString ref = f.judged();
    REQUIRE(f.letter(ref, "afdoening", "2025-04-15").code == Cli::Ok);
    const CliResult r = f.caseCmd(
        {QStringLiteral("do"), ref, QStringLiteral("reopen"), QStringLiteral("--date"), QStringLiteral("2025-05-01")},
        "2025-05-01");
    INFO(r.err.toStdString());
    REQUIRE(r.code == Cli::Ok);
    const QString next = r.out.trimmed().section(u'\n', -1);
    CHECK(next != ref);
    const QJsonObject fresh = f.show(next, "2025-05-01");
    CHECK(fresh.value(QStringLiteral("predecessor")).toString() == ref);
    CHECK(fresh.value(QStringLiteral("received")).toString() == QStringLiteral("2025-05-01"));
    CHECK(fresh.value(QStringLiteral("phase")).toString() == QStringLiteral("intake"));
    // Thu 1 May 2025 + 6 weeks = Thu 12 June 2025 (a working day).
    CHECK(deadline(fresh, "handling").value(QStringLiteral("due")).toString() == QStringLiteral("2025-06-12"));
    CHECK(f.show(ref, "2025-05-01").value(QStringLiteral("phase")).toString() == QStringLiteral("closed"));
}

TEST_CASE("case: timeline entries are stored as codes, shown in the reader's language (12)", "[cli][law]") {
    CliFile f;
    const QString ref = f.klaagschrift();
    f.step(ref, QStringLiteral("start-informal"), "2025-03-10", {QStringLiteral("note=Gebeld met klager.")});
    const QJsonArray events = f.show(ref, "2025-03-10").value(QStringLiteral("events")).toArray();
    REQUIRE_FALSE(events.isEmpty());
    const QJsonObject last = events.last().toObject();
    CHECK(last.value(QStringLiteral("code")).toString() == QStringLiteral("workflow.start_informal"));
    CHECK(last.value(QStringLiteral("kind")).toString() == QStringLiteral("phase_change"));
    CHECK(last.value(QStringLiteral("text"))
              .toString()
              .startsWith(QStringLiteral("Informeel oplossen: van Luisteren naar Oplossen")));
    // In the file: the code and its parameters, and only the typed note as text.
    auto db = Database::open(f.path);
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT text FROM events WHERE code = 'workflow.start_informal'"))
              .toString() == QStringLiteral("Gebeld met klager."));
    CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT params FROM events WHERE code = 'workflow.start_informal'"))
              .toString()
              .contains(QStringLiteral("\"to\":\"informal\"")));
}

TEST_CASE("case: the smaller points — afschrift date, 9:4 flag, back to informal with agreement (13)", "[cli][law]") {
    CliFile f;
    // A klaagschrift without address or date: the 9:4 flag names what is missing.
    const CliResult bare = f.caseCmd({QStringLiteral("new"), QStringLiteral("--kind"), QStringLiteral("klaagschrift"),
                                      QStringLiteral("--received"), QStringLiteral("2025-03-07"),
                                      QStringLiteral("--klager"), QStringLiteral("B. Klaag")},
                                     "2025-03-07");
    REQUIRE(bare.code == Cli::Ok);
    const QJsonArray flags = f.show(bare.out.trimmed(), "2025-03-07").value(QStringLiteral("flags")).toArray();
    QString incomplete;
    for (const QJsonValue& v : flags) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("klaagschrift_incomplete"))
            incomplete = v.toObject().value(QStringLiteral("message")).toString();
    }
    CHECK(incomplete.contains(QStringLiteral("het adres van de indiener")));
    CHECK(incomplete.contains(QStringLiteral("de dagtekening")));

    // The afschrift after a verdaging names the adjourned date, vrijdag 16 mei 2025.
    const QString ref = f.heard();
    REQUIRE(f.letter(ref, "verdaging", "2025-04-15").code == Cli::Ok);
    REQUIRE(f.letter(ref, "afschrift-beklaagde", "2025-04-16").code == Cli::Ok);
    CHECK(plainText(f.pdf.jobs.constLast().html).contains(QStringLiteral("uiterlijk op vrijdag 16 mei 2025")));

    // Back to the informal track only with the klager's agreement.
    const QStringList back{QStringLiteral("do"), ref, QStringLiteral("back-to-informal"), QStringLiteral("--date"),
                           QStringLiteral("2025-04-17")};
    CHECK(f.caseCmd(back, "2025-04-17").code == Cli::Refused);
    f.step(ref, QStringLiteral("back-to-informal"), "2025-04-17", {QStringLiteral("confirmation=phone")});
    f.step(ref, QStringLiteral("resolve"), "2025-04-18", {QStringLiteral("confirmation=phone")});
    CHECK(f.show(ref, "2025-04-18").value(QStringLiteral("outcome")).toString() == QStringLiteral("resolved"));
}

TEST_CASE("case --help lists every action with its parameters — bad use is exit 2", "[cli][law]") {
    CliFile f;
    const CliResult help = f.run({QStringLiteral("case"), QStringLiteral("--help")}, d("2025-03-07"));
    CHECK(help.code == Cli::Ok);
    for (const char* action :
         {"start-formal", "adjourn", "consent", "hearing-held", "hearing-exception", "judge", "resolve", "withdraw",
          "reopen", "record-letter", "hearing-report", "committee-advice", "back-to-informal"})
        CHECK(help.out.contains(QString::fromLatin1(action)));
    CHECK(help.out.contains(QStringLiteral("reply-term=")));
    const QString ref = f.klaagschrift();
    CHECK(f.caseCmd({QStringLiteral("do"), ref, QStringLiteral("fly")}, "2025-03-07").code == Cli::UsageOrFile);
    CHECK(f.caseCmd({QStringLiteral("do"), ref, QStringLiteral("judge"), QStringLiteral("--param"),
                     QStringLiteral("colour=red")},
                    "2025-03-07")
              .code == Cli::UsageOrFile);
    CHECK(f.caseCmd({QStringLiteral("do"), ref, QStringLiteral("start-informal"), QStringLiteral("--date"),
                     QStringLiteral("2025-02-30")},
                    "2025-03-07")
              .code == Cli::UsageOrFile);
    CHECK(f.caseCmd({QStringLiteral("show"), QStringLiteral("KL-1999-0001")}, "2025-03-07").code == Cli::UsageOrFile);
}

TEST_CASE("case: a klachtbehandelaar's permissions are the GUI's: he may not judge", "[cli][law]") {
    CliFile f;
    const QString ref = f.heard();
    {
        auto db = Database::open(f.path);
        const FixedClock clock(d("2025-04-14"));
        MunicipalitySession session(std::move(db), clock, QStringLiteral("beheer"));
        UserRepository users = session.users();
        User admin{0, QStringLiteral("beheer"), QStringLiteral("Beheerder"), Role::Admin, true};
        // The command line runs as the operating-system account: make it a klachtbehandelaar.
        User handler{0, MunicipalitySession::operatingSystemUser(), QStringLiteral("Behandelaar"), Role::Handler, true};
        users.add(admin);
        users.add(handler);
    }
    const CliResult r =
        f.caseCmd({QStringLiteral("do"), ref, QStringLiteral("judge"), QStringLiteral("--date"),
                   QStringLiteral("2025-04-14"), QStringLiteral("--param"), QStringLiteral("judgment=upheld")},
                  "2025-04-14");
    CHECK(r.code == Cli::Refused);
    CHECK(r.err.contains(QStringLiteral("klachtencoördinator")));
}

TEST_CASE("case: every step from the command line keeps the stored next deadline equal to the engine's", "[cli]") {
    // The next deadline stored with the case follows case new, case do and the letters that take effect
    // when sent; aantafel-cli check compares it with the engine after every step.
    CliFile f;
    const auto stored = [&f] {
        OpenOptions options;
        options.readOnly = true;
        auto db = Database::open(f.path, options);
        SqlQuery q(*db, QStringLiteral("SELECT kind, due, basis, next FROM case_deadlines ORDER BY due, kind"));
        q.exec();
        QStringList rows;
        while (q.next()) {
            rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                        q.value(2).toString() + (q.value(3).toInt() ? QStringLiteral(" next") : QString());
        }
        return rows;
    };
    const auto checked = [&f](const char* today) {
        const CliResult r = f.run({QStringLiteral("check"), f.path}, d(today));
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == Cli::Ok);
    };
    // Received Fri 7 Mar 2025: acknowledgement and first contact Fri 14 Mar (5 working days), handling
    // Tue 22 Apr (Goede Vrijdag and tweede Paasdag).
    const QString ref = f.klaagschrift();
    CHECK(stored() == QStringList{QStringLiteral("acknowledgement 2025-03-14 policy next"),
                                  QStringLiteral("first_contact 2025-03-14 policy"),
                                  QStringLiteral("handling 2025-04-22 law")});
    checked("2025-03-07");
    f.step(ref, QStringLiteral("start-informal"), "2025-03-10");
    f.step(ref, QStringLiteral("start-formal"), "2025-03-14");
    checked("2025-03-14");
    // The verdagingsbrief of Tue 22 Apr: + (6 + 4) weeks = Fri 16 May.
    REQUIRE(f.letter(ref, "verdaging", "2025-04-22").code == Cli::Ok);
    CHECK(stored().filter(QStringLiteral("adjourned_handling 2025-05-16 law")).size() == 1);
    CHECK_FALSE(stored().join(QLatin1Char(' ')).contains(QStringLiteral("handling 2025-04-22")));
    checked("2025-04-22");
}
