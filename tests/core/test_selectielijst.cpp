// The Selectielijst gemeenten en intergemeentelijke organen 2020, procestype 13 "Geschillen behandelen",
// as the retention of complaint files follows it: the result per case, its nominatie and term, and the
// archive date (closing day + the term; destroyed from the day after). Dates worked out by hand.
#include "testsupport.h"

#include "privacy/selectielijst.h"

TEST_CASE("the results of procestype 13 with their numbers, nominaties and terms") {
    struct Row {
        ArchiveResult result;
        const char* number;
        ArchiveNomination nomination;
        int years;
    };
    for (const Row& r : {Row{ArchiveResult::Handled, "13.1", ArchiveNomination::Destroy, 5},
                         Row{ArchiveResult::FinancialConsequences, "13.1.1", ArchiveNomination::Destroy, 7},
                         Row{ArchiveResult::ViaOmbudsman, "13.1.2", ArchiveNomination::Destroy, 10},
                         Row{ArchiveResult::AffectsKeptCase, "13.1.3", ArchiveNomination::Keep, 0},
                         Row{ArchiveResult::Inadmissible, "13.1.4", ArchiveNomination::Destroy, 1},
                         Row{ArchiveResult::Aborted, "13.2", ArchiveNomination::Destroy, 1}}) {
        INFO(r.number);
        CHECK(Selectielijst::number(r.result) == QLatin1String(r.number));
        CHECK(Selectielijst::fromNumber(QLatin1String(r.number)) == r.result);
        CHECK(Selectielijst::nomination(r.result) == r.nomination);
        CHECK(Selectielijst::years(r.result) == r.years);
    }
    CHECK(Selectielijst::results().size() == 6);
    CHECK_FALSE(Selectielijst::fromNumber(QStringLiteral("13.1.5")).has_value()); // WOZ: a bezwaar, never a klacht
    CHECK(Selectielijst::shortestYears() == 1);
    CHECK(
        Selectielijst::basis(ArchiveResult::ViaOmbudsman) ==
        QStringLiteral("Selectielijst 13.1.2: klacht afgehandeld via ombudsman — vernietigen, 10 jaar na afsluiting"));
}

TEST_CASE("each closed case gets the result its outcome and the ombudsman stage give") {
    struct Row {
        Outcome outcome;
        bool ombudsman;
        ArchiveResult result;
    };
    for (const Row& r : {Row{Outcome::ResolvedToSatisfaction, false, ArchiveResult::Handled},
                         Row{Outcome::Upheld, false, ArchiveResult::Handled},
                         Row{Outcome::PartlyUpheld, false, ArchiveResult::Handled},
                         Row{Outcome::Rejected, false, ArchiveResult::Handled},
                         Row{Outcome::NoJudgment, false, ArchiveResult::Handled},
                         Row{Outcome::Referred, false, ArchiveResult::Handled},
                         Row{Outcome::NotHandled, false, ArchiveResult::Inadmissible},
                         Row{Outcome::Withdrawn, false, ArchiveResult::Aborted},
                         // Whatever the municipality concluded: after the ombudsman, ten years.
                         Row{Outcome::Rejected, true, ArchiveResult::ViaOmbudsman},
                         Row{Outcome::NotHandled, true, ArchiveResult::ViaOmbudsman},
                         Row{Outcome::Withdrawn, true, ArchiveResult::ViaOmbudsman}}) {
        INFO(EnumText::code(r.outcome).toStdString() << (r.ombudsman ? " via ombudsman" : ""));
        CHECK(Selectielijst::derive(r.outcome, r.ombudsman ? d("2025-06-01") : QDate()) == r.result);
    }
}

TEST_CASE("the archive date is the closing day plus the term, and the case is due from the day after") {
    struct Row {
        Outcome outcome;
        QDate ombudsman;
        QDate closed;
        QDate archiveDate;
    };
    for (const Row& r : {
             // 13.1: closed Tue 2025-03-04 + 5 years = Mon 2030-03-04.
             Row{Outcome::Upheld, {}, d("2025-03-04"), d("2030-03-04")},
             // 13.1.2: closed 2025-03-04, klager went to the ombudsman: + 10 years = 2035-03-04.
             Row{Outcome::Rejected, d("2025-05-01"), d("2025-03-04"), d("2035-03-04")},
             // 13.1.4: not handled (Awb 9:8), closed 2025-12-31 + 1 year = 2026-12-31.
             Row{Outcome::NotHandled, {}, d("2025-12-31"), d("2026-12-31")},
             // 13.2: withdrawn on leap day 2024-02-29 + 1 year = 2025-02-28 (no 29 February in 2025).
             Row{Outcome::Withdrawn, {}, d("2024-02-29"), d("2025-02-28")},
         }) {
        const ArchiveStatus s = Selectielijst::status(Phase::Closed, r.outcome, r.closed, r.ombudsman, std::nullopt);
        CHECK(s.archiveDate == r.archiveDate);
        CHECK_FALSE(s.dueOn(r.archiveDate));
        CHECK(s.dueOn(r.archiveDate.addDays(1)));
        CHECK_FALSE(s.override.has_value());
    }
}

TEST_CASE("an open case has no archive date yet, and a case kept for good never gets one") {
    const ArchiveStatus open = Selectielijst::status(Phase::Formal, Outcome::None, {}, {}, std::nullopt);
    CHECK_FALSE(open.archiveDate.isValid());
    CHECK_FALSE(open.dueOn(d("2099-01-01")));
    CHECK(Selectielijst::describe(open) ==
          QStringLiteral("Na afsluiting: Selectielijst 13.1: afgehandeld — vernietigen, 5 jaar na afsluiting."));

    ArchiveOverride keep{ArchiveResult::AffectsKeptCase, QStringLiteral("Leidde tot nieuw beleid"), {}, {}};
    const ArchiveStatus kept = Selectielijst::status(Phase::Closed, Outcome::Upheld, d("2020-01-10"), {}, keep);
    CHECK(kept.result == ArchiveResult::AffectsKeptCase);
    CHECK(kept.derived == ArchiveResult::Handled);
    CHECK(kept.nomination == ArchiveNomination::Keep);
    CHECK_FALSE(kept.archiveDate.isValid());
    CHECK_FALSE(kept.dueOn(d("2099-01-01")));
    CHECK(Selectielijst::describe(kept).startsWith(QStringLiteral("Blijvend bewaren (Selectielijst 13.1.3")));
}

TEST_CASE("a beheerder's result for a case sets its term instead of the derived one") {
    // Money at stake (13.1.1): closed 2025-03-04 + 7 years = 2032-03-04.
    ArchiveOverride money{ArchiveResult::FinancialConsequences, QStringLiteral("Schadevergoeding toegekend"), {}, {}};
    const ArchiveStatus s = Selectielijst::status(Phase::Closed, Outcome::Upheld, d("2025-03-04"), {}, money);
    CHECK(s.years == 7);
    CHECK(s.archiveDate == d("2032-03-04"));
    CHECK(Selectielijst::describe(s) ==
          QStringLiteral("Vernietigen na 04-03-2032 (Selectielijst 13.1.1: geschil met financiële consequenties — "
                         "vernietigen, 7 jaar na afsluiting)."));
}
