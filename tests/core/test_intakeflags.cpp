// The warnings at intake, each with hand-worked dates on the shipped Atw calendar.
#include "testsupport.h"

#include "deadlines/deadlineengine.h"
#include "deadlines/holidaycalendar.h"
#include "workflow/intakeflags.h"

namespace {

Case oralComplaint(QDate received) {
    Case c;
    c.reference = QStringLiteral("KL-2025-0012");
    c.kind = CaseKind::OralComplaint;
    c.received = received;
    c.conductDate = received.addDays(-3);
    c.handler = QStringLiteral("A. de Boer");
    c.subject.employee = QStringLiteral("P. Jansen");
    return c;
}

QList<IntakeFlagKind> kinds(const QList<IntakeFlag>& flags) {
    QList<IntakeFlagKind> result;
    for (const IntakeFlag& f : flags)
        result.append(f.kind);
    return result;
}

} // namespace

TEST_CASE("an oral complaint about last week's conduct raises no flag", "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    CHECK(IntakeChecks::flagsFor(oralComplaint(d("2025-03-07")), engine, d("2025-03-07")).isEmpty());
}

TEST_CASE("a klaagschrift needs an acknowledgement within five working days (Awb 9:6, policy term)", "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = oralComplaint(d("2025-03-07"));
    c.kind = CaseKind::WrittenComplaint;
    // Complete as art. 9:4 lid 2 asks: name and address, date, description of the conduct.
    c.klager = {QStringLiteral("Mevrouw A. Jansen"), QStringLiteral("Dorpsstraat 1, Proefstad"), {}, {}};
    c.klaagschriftDated = d("2025-03-05");
    c.story = QStringLiteral("Niemand belde terug.");

    SECTION("received Fri 7 March: due Fri 14 March") {
        const QList<IntakeFlag> flags = IntakeChecks::flagsFor(c, engine, d("2025-03-07"));
        REQUIRE(kinds(flags) == QList<IntakeFlagKind>{IntakeFlagKind::AcknowledgementDue});
        CHECK(flags.first().date == d("2025-03-14"));
        CHECK(flags.first().article == QStringLiteral("art. 9:6 Awb"));
        CHECK(flags.first().message.contains(TermCalculator::shortDate(d("2025-03-14"))));
    }
    SECTION("received Thu 17 April: Goede Vrijdag and Paasmaandag skipped, due Mon 28 April") {
        c.received = d("2025-04-17");
        c.conductDate = d("2025-04-15");
        const QList<IntakeFlag> flags = IntakeChecks::flagsFor(c, engine, d("2025-04-17"));
        REQUIRE(flags.size() == 1);
        CHECK(flags.first().date == d("2025-04-28"));
    }
    SECTION("no flag once the acknowledgement was sent") {
        c.acknowledgementSent = d("2025-03-10");
        CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-10")).isEmpty());
    }
    SECTION("no flag for a signaal") {
        c.kind = CaseKind::Signal;
        CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-07")).isEmpty());
    }
}

TEST_CASE("conduct more than a year before filing may be refused, with notice within four weeks", "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = oralComplaint(d("2025-03-24")); // Mon; one year before filing is 2024-03-24

    SECTION("conduct on 20 March 2024: flag, notice due Tue 22 April 2025 (Mon 21 April is Paasmaandag)") {
        c.conductDate = d("2024-03-20");
        const QList<IntakeFlag> flags = IntakeChecks::flagsFor(c, engine, d("2025-03-24"));
        REQUIRE(kinds(flags) == QList<IntakeFlagKind>{IntakeFlagKind::ConductOlderThanOneYear});
        CHECK(flags.first().article == QStringLiteral("art. 9:8 lid 1 b Awb"));
        CHECK(flags.first().date == d("2025-04-22"));
        CHECK(flags.first().message.contains(TermCalculator::shortDate(d("2025-04-22"))));
        CHECK(flags.first().message.contains(QStringLiteral("9:8 lid 3")));
        // A choice, not a duty: refusing is allowed, the handreiking favours handling it.
        CHECK(flags.first().message.contains(QStringLiteral("mag de klacht daarom weigeren, maar hoeft dat niet")));
    }
    SECTION("conduct on 20 March 2024, complaint in the formal phase: the choice to handle it was made") {
        // Refusal on 9:8 lid 1 b is not offered in the formal phase (only lid 1 d-f can arise later), so
        // the flag names no notice date any more.
        c.conductDate = d("2024-03-20");
        c.phase = Phase::Formal;
        const QList<IntakeFlag> flags = IntakeChecks::flagsFor(c, engine, d("2025-03-24"));
        REQUIRE(kinds(flags) == QList<IntakeFlagKind>{IntakeFlagKind::ConductOlderThanOneYear});
        CHECK_FALSE(flags.first().date.isValid());
        CHECK(flags.first().message.contains(QStringLiteral("gekozen de klacht toch te behandelen")));
        CHECK_FALSE(flags.first().message.contains(QStringLiteral("weigeren")));
    }
    SECTION("conduct on 24 March 2024 is exactly one year before: no flag") {
        c.conductDate = d("2024-03-24");
        CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-24")).isEmpty());
    }
    SECTION("conduct date unknown: no flag") {
        c.conductDate = {};
        CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-24")).isEmpty());
    }
}

TEST_CASE("a complaint about the content of a besluit points to bezwaar and its term", "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = oralComplaint(d("2025-03-10"));
    c.aboutDecisionContent = true;
    c.decisionPublished = d("2025-03-07"); // Fri + 6 weeks = Goede Vrijdag, then Paasmaandag: Tue 22 April

    const auto flag = [&](QDate today) {
        const QList<IntakeFlag> flags = IntakeChecks::flagsFor(c, engine, today);
        REQUIRE(kinds(flags) == QList<IntakeFlagKind>{IntakeFlagKind::AboutDecisionContent});
        return flags.first();
    };
    SECTION("the term is still running") {
        const IntakeFlag f = flag(d("2025-03-10"));
        CHECK(f.date == d("2025-04-22"));
        CHECK(f.message.contains(QStringLiteral("bezwaar")));
        CHECK(f.message.contains(QStringLiteral("tot en met ") + TermCalculator::shortDate(d("2025-04-22"))));
    }
    SECTION("the last day of the term") {
        const IntakeFlag f = flag(d("2025-04-22"));
        CHECK(f.date == d("2025-04-22"));
        CHECK(f.message.contains(QStringLiteral("vandaag")));
    }
    SECTION("the term has passed") {
        const IntakeFlag f = flag(d("2025-04-23"));
        CHECK(f.date == d("2025-04-22"));
        CHECK(f.message.contains(QStringLiteral("verstreken")));
    }
    SECTION("the date of bekendmaking is unknown") {
        c.decisionPublished = {};
        const IntakeFlag f = flag(d("2025-03-10"));
        CHECK_FALSE(f.date.isValid());
        CHECK(f.message.contains(QStringLiteral("niet bekend")));
    }
    SECTION("no flag when the complaint is about conduct, whatever dates are filled in") {
        c.aboutDecisionContent = false;
        CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-10")).isEmpty());
    }
}

TEST_CASE("the handler must not be the person complained about (Awb 9:7)", "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = oralComplaint(d("2025-03-07"));

    SECTION("the same name, in other capitals and with spaces around it") {
        c.handler = QStringLiteral("  p. jansen ");
        const QList<IntakeFlag> flags = IntakeChecks::flagsFor(c, engine, d("2025-03-07"));
        REQUIRE(kinds(flags) == QList<IntakeFlagKind>{IntakeFlagKind::HandlerInvolved});
        CHECK(flags.first().article == QStringLiteral("art. 9:7 Awb"));
        CHECK_FALSE(flags.first().date.isValid());
    }
    SECTION("no handler assigned yet and no employee named: no flag") {
        c.handler.clear();
        c.subject.employee.clear();
        CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-07")).isEmpty());
    }
    SECTION("someone else handles it: no flag") {
        c.handler = QStringLiteral("P. Janssen");
        CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-07")).isEmpty());
    }
}

TEST_CASE("all intake flags at once come in a fixed order", "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = oralComplaint(d("2025-03-24"));
    c.kind = CaseKind::WrittenComplaint;
    c.conductDate = d("2023-11-01");
    c.aboutDecisionContent = true;
    c.handler = c.subject.employee;
    c.subject.provider = QStringLiteral("Zorg Plus");
    CHECK(kinds(IntakeChecks::flagsFor(c, engine, d("2025-03-24"))) ==
          QList<IntakeFlagKind>{IntakeFlagKind::ConductOlderThanOneYear, IntakeFlagKind::AboutDecisionContent,
                                IntakeFlagKind::HandlerInvolved, IntakeFlagKind::AcknowledgementDue,
                                IntakeFlagKind::KlaagschriftIncomplete, IntakeFlagKind::ProviderComplaint});
}

TEST_CASE("a klaagschrift without what art. 9:4 lid 2 asks is flagged, naming what is missing", "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = oralComplaint(d("2025-03-07"));
    c.kind = CaseKind::WrittenComplaint;
    c.klager.name = QStringLiteral("Mevrouw A. Jansen");
    c.acknowledgementSent = d("2025-03-10");
    const auto incomplete = [&] {
        for (const IntakeFlag& flag : IntakeChecks::flagsFor(c, engine, d("2025-03-10"))) {
            if (flag.kind == IntakeFlagKind::KlaagschriftIncomplete)
                return flag.message;
        }
        return QString();
    };
    QString message = incomplete();
    CHECK(message.contains(QStringLiteral("het adres van de indiener")));
    CHECK(message.contains(QStringLiteral("de dagtekening")));
    CHECK(message.contains(QStringLiteral("een omschrijving van de gedraging")));
    CHECK_FALSE(message.contains(QStringLiteral("de naam")));
    c.klager.address = QStringLiteral("Dorpsstraat 1");
    c.klaagschriftDated = d("2025-03-05");
    c.story = QStringLiteral("Niemand belde terug.");
    CHECK(incomplete().isEmpty());
    // An oral complaint asks none of this.
    c.kind = CaseKind::OralComplaint;
    c.klager.address.clear();
    CHECK(incomplete().isEmpty());
}

TEST_CASE("a complaint naming a contracted provider is flagged until it is about the municipality's regie",
          "[intake]") {
    HolidayCalendar cal;
    DeadlineEngine engine(cal);
    Case c = oralComplaint(d("2025-03-07"));
    c.subject.provider = QStringLiteral("Zorg Plus");
    REQUIRE(kinds(IntakeChecks::flagsFor(c, engine, d("2025-03-07"))) ==
            QList<IntakeFlagKind>{IntakeFlagKind::ProviderComplaint});
    CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-07")).first().message.contains(QStringLiteral("warm over")));
    c.aboutRegie = true;
    CHECK(IntakeChecks::flagsFor(c, engine, d("2025-03-07")).isEmpty());
}
