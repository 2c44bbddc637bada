// The letter types and the placeholder values of a pinned complaint: Mevrouw A. de Vries, received
// Friday 7 March 2025 (tests/pinnedcomplaint.h has the terms worked out by hand).
#include "testsupport.h"

#include "pinnedcomplaint.h"

#include "deadlines/deadlineengine.h"
#include "letters/letterfields.h"
#include "letters/letterstore.h"
#include "letters/lettertype.h"

namespace {

const HolidayCalendar& calendar() {
    static const HolidayCalendar c;
    return c;
}

TemplateContext contextOf(const Case& c, QDate letterDate = d("2025-04-15"),
                          LetterRecipient recipient = LetterRecipient::Klager, const QStringList& measures = {}) {
    static const DeadlineEngine engine(calendar());
    static const MunicipalitySettings settings = proefstadSettings();
    return LetterFields::contextFor({c, settings, engine, letterDate, measures, recipient});
}

QString value(const Case& c, const char* name) {
    return contextOf(c).value(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("letter types have the command-line codes of the issue, in procedure order") {
    QStringList codes;
    for (LetterType type : LetterTypes::all()) {
        codes << LetterTypes::code(type);
        CHECK(LetterTypes::fromCode(LetterTypes::code(type)) == type);
        CHECK_FALSE(LetterTypes::label(type).isEmpty());
        CHECK(LetterTypes::article(type).startsWith(QStringLiteral("art. 9:")));
    }
    CHECK(codes == QStringList{QStringLiteral("ontvangstbevestiging"), QStringLiteral("informele-oplossing"),
                               QStringLiteral("uitnodiging-hoorzitting"), QStringLiteral("verdaging"),
                               QStringLiteral("instemming-uitstel"), QStringLiteral("niet-behandelen"),
                               QStringLiteral("afschrift-beklaagde"), QStringLiteral("afdoening")});
    CHECK_FALSE(LetterTypes::fromCode(QStringLiteral("Afdoening")));
    CHECK(LetterTypes::recipients(LetterType::Adjournment) ==
          QList<LetterRecipient>{LetterRecipient::Klager, LetterRecipient::Beklaagde});
    CHECK(LetterTypes::recipients(LetterType::CopyToRespondent) == QList<LetterRecipient>{LetterRecipient::Beklaagde});
}

TEST_CASE("which letters fit which state of a case") {
    const DeadlineEngine engine(calendar());
    Case c = deVriesComplaint();
    const auto available = [&](QDate on = d("2025-04-15")) { return LetterTypes::availableFor(c, engine, on); };

    SECTION("intake: acknowledgement and the notice of not handling") {
        c.phase = Phase::Intake;
        CHECK(available() == QList<LetterType>{LetterType::Acknowledgement, LetterType::NonHandlingNotice});
    }
    SECTION("informal: also the confirmation of the solution and the adjournment") {
        c.phase = Phase::Informal;
        CHECK(available() == QList<LetterType>{LetterType::Acknowledgement, LetterType::InformalResolution,
                                               LetterType::Adjournment, LetterType::NonHandlingNotice});
    }
    SECTION("formal, before the handling term ends: hearing, adjournment, copy, closing") {
        // The notice of not handling stays possible for the 9:8 lid 1 d-f grounds that arise later.
        CHECK(available() == QList<LetterType>{LetterType::Acknowledgement, LetterType::HearingInvitation,
                                               LetterType::Adjournment, LetterType::NonHandlingNotice,
                                               LetterType::CopyToRespondent, LetterType::Closing});
    }
    SECTION("formal, after the handling term of Tue 22 April: no adjournment any more") {
        CHECK(LetterTypes::isAvailable(LetterType::Adjournment, c, engine, d("2025-04-22")));
        CHECK_FALSE(LetterTypes::unavailableReason(LetterType::Adjournment, c, engine, d("2025-04-23")).isEmpty());
    }
    SECTION("adjourned: consent to further delay") {
        c.adjournedOn = d("2025-04-15");
        CHECK(LetterTypes::isAvailable(LetterType::ConsentRequest, c, engine, d("2025-05-12")));
        CHECK(LetterTypes::isAvailable(LetterType::Adjournment, c, engine, d("2025-05-12"))); // a reprint
    }
    SECTION("an oral complaint gets no copy for the beklaagde under 9:9") {
        c.kind = CaseKind::OralComplaint;
        CHECK_FALSE(LetterTypes::isAvailable(LetterType::CopyToRespondent, c, engine, d("2025-04-15")));
    }
    SECTION("judged and closed: only the closing letter") {
        c.phase = Phase::Closed;
        c.outcome = Outcome::PartlyUpheld;
        c.closedOn = d("2025-04-15");
        CHECK(available() == QList<LetterType>{LetterType::Closing});
    }
    SECTION("resolved to satisfaction: the confirmation of the solution") {
        c.phase = Phase::Closed;
        c.outcome = Outcome::ResolvedToSatisfaction;
        CHECK(available() == QList<LetterType>{LetterType::InformalResolution});
    }
    SECTION("not handled: the notice can be reprinted") {
        c.phase = Phase::Closed;
        c.outcome = Outcome::NotHandled;
        c.nonHandlingGround = NonHandlingGround::AlreadyHandled;
        CHECK(available() == QList<LetterType>{LetterType::NonHandlingNotice});
    }
    SECTION("a signal gets no letters") {
        c.kind = CaseKind::Signal;
        CHECK(available().isEmpty());
    }
}

TEST_CASE("every deadline of the pinned complaint is written the long Dutch way") {
    Case c = deVriesComplaint();
    CHECK(value(c, "datum") == QStringLiteral("15 april 2025"));
    CHECK(value(c, "zaak.ontvangen") == QStringLiteral("vrijdag 7 maart 2025"));
    CHECK(value(c, "termijn.afdoening") == QStringLiteral("dinsdag 22 april 2025"));
    CHECK(value(c, "termijn.verdaagd") == QStringLiteral("vrijdag 16 mei 2025"));
    CHECK(value(c, "termijn.kennisgeving") == QStringLiteral("vrijdag 4 april 2025"));
    CHECK(value(c, "ombudsman.termijn") == QStringLiteral("woensdag 15 april 2026"));
    CHECK(value(c, "hoorzitting.datum") == QStringLiteral("donderdag 10 april 2025"));
    CHECK(value(c, "termijn.instemming").isEmpty());
    c.agreedDueDate = d("2025-06-06");
    CHECK(value(c, "termijn.instemming") == QStringLiteral("vrijdag 6 juni 2025"));

    c.committee = true;
    CHECK(value(c, "termijn.afdoening") == QStringLiteral("vrijdag 16 mei 2025"));
    CHECK(value(c, "termijn.verdaagd") == QStringLiteral("vrijdag 13 juni 2025"));
    CHECK(contextOf(c).value(QStringLiteral("commissie")) == QStringLiteral("ja"));
}

TEST_CASE("people, municipality and ombudsman in the placeholders") {
    const Case c = deVriesComplaint();
    CHECK(value(c, "klager.naam") == QStringLiteral("Mevrouw A. de Vries"));
    CHECK(value(c, "klager.aanhef") == QStringLiteral("Geachte mevrouw De Vries,"));
    CHECK(value(c, "beklaagde.naam") == QStringLiteral("J. Bakker"));
    CHECK(value(c, "behandelaar.naam") == QStringLiteral("Fatima el Amrani"));
    CHECK(value(c, "gemeente.plaats") == QStringLiteral("Proefstad"));
    CHECK(value(c, "ombudsman.naam") == QStringLiteral("De Nationale ombudsman"));
    CHECK(value(c, "ombudsman.adres") == QStringLiteral("Postbus 93122, 2509 AC Den Haag"));
    CHECK(value(c, "gemeente.adres") == QStringLiteral("Postbus 100, 1234 AB Proefstad"));
    const TemplateContext toBeklaagde = contextOf(c, d("2025-04-15"), LetterRecipient::Beklaagde);
    CHECK(toBeklaagde.value(QStringLiteral("aan.naam")) == QStringLiteral("J. Bakker"));
    CHECK(toBeklaagde.value(QStringLiteral("aan.adres")) == QStringLiteral("Team Wmo\nGemeente Proefstad"));
    CHECK(toBeklaagde.value(QStringLiteral("aan.beklaagde")) == QStringLiteral("ja"));

    Case anonymous = c;
    anonymous.anonymous = true;
    CHECK(value(anonymous, "klager.naam").isEmpty());
    CHECK(value(anonymous, "klager.adres").isEmpty());
}

TEST_CASE("salutations follow the title in the name") {
    CHECK(LetterFields::salutation(QStringLiteral("De heer P. van den Berg")) ==
          QStringLiteral("Geachte heer Van den Berg,"));
    CHECK(LetterFields::salutation(QStringLiteral("mw. Jansen")) == QStringLiteral("Geachte mevrouw Jansen,"));
    CHECK(LetterFields::salutation(QStringLiteral("Sam Yilmaz")) == QStringLiteral("Geachte Sam Yilmaz,"));
    CHECK(LetterFields::salutation(QString()) == QStringLiteral("Geachte heer, mevrouw,"));
}

TEST_CASE("the judgment of the whole complaint follows from its parts until the case is judged") {
    Case c = deVriesComplaint();
    CHECK(value(c, "oordeel") == QStringLiteral("deels gegrond"));
    c.parts[1].judgment = Outcome::Upheld;
    CHECK(value(c, "oordeel") == QStringLiteral("gegrond"));
    c.parts[0].judgment = Outcome::Rejected;
    c.parts[1].judgment = Outcome::Rejected;
    CHECK(value(c, "oordeel") == QStringLiteral("ongegrond"));
    c.parts[0].judgment = Outcome::NoJudgment;
    c.parts[1].judgment = Outcome::NoJudgment;
    CHECK(value(c, "oordeel") == QStringLiteral("geen oordeel mogelijk"));
    c.parts[1].judgment = Outcome::None;
    CHECK(value(c, "oordeel").isEmpty());
    c.judgment = Outcome::Rejected; // the recorded judgment decides
    CHECK(value(c, "oordeel") == QStringLiteral("ongegrond"));
    c.parts.clear();
    c.judgment = Outcome::None;
    CHECK(value(c, "oordeel").isEmpty());
}

TEST_CASE("parts, measures and agreements fill their blocks") {
    Case c = deVriesComplaint();
    CaseEvent agreement;
    agreement.kind = EventKind::Agreement;
    agreement.text = QStringLiteral("Consulent belt elke vrijdag");
    c.events << agreement;
    const TemplateContext x =
        contextOf(c, d("2025-04-15"), LetterRecipient::Klager, {QStringLiteral("Terugbelnotities in het systeem")});
    REQUIRE(x.items(QStringLiteral("onderdelen")).size() == 2);
    CHECK(x.items(QStringLiteral("onderdelen")).at(0).value(QStringLiteral("oordeel")) == QStringLiteral("gegrond"));
    CHECK(x.items(QStringLiteral("onderdelen")).at(1).value(QStringLiteral("nummer")) == QStringLiteral("2"));
    CHECK(x.value(QStringLiteral("maatregelen")) == QStringLiteral("– Terugbelnotities in het systeem"));
    CHECK(x.value(QStringLiteral("afspraken")) == QStringLiteral("– Consulent belt elke vrijdag"));
}

TEST_CASE("the catalogue names exactly the placeholders a letter is merged with") {
    QStringList catalogue;
    for (const PlaceholderInfo& info : LetterFields::catalogue()) {
        catalogue << info.name;
        CHECK_FALSE(info.description.isEmpty());
        CHECK(info.example.contains(info.name));
    }
    QStringList merged = contextOf(deVriesComplaint()).names();
    catalogue.sort();
    merged.sort();
    CHECK(catalogue == merged);
}

TEST_CASE("every shipped template uses only catalogue names and is well formed") {
    const TemplateContext x = contextOf(deVriesComplaint());
    for (LetterType type : LetterTypes::all()) {
        INFO(LetterTypes::code(type).toStdString());
        const QString source = LetterStore::shippedTemplate(type);
        REQUIRE_FALSE(source.isEmpty());
        const MergeResult r = LetterTemplate(source).merge(x);
        CHECK(r.issuesOf(TemplateIssue::Kind::Unknown).isEmpty());
        CHECK(r.issuesOf(TemplateIssue::Kind::Syntax).isEmpty());
        CHECK(source.contains(QStringLiteral("Met vriendelijke groet,")));
        CHECK(source.contains(QStringLiteral("{{zaak.kenmerk}}")));
        CHECK(source.contains(QStringLiteral("{{aan.aanhef}}")));
    }
}

TEST_CASE("the template editor learns of misspelt names and broken tags without a case") {
    const QString source =
        QStringLiteral("<p>{{aan.aanhef}}</p>\n{{#onderdelen}}{{onderdeel.oordeel}}{{onderdeel.besluit}}"
                       "{{/onderdelen}}\n{{#commissie}}{{klager.naam}}{{/commisie}}");
    const QList<TemplateIssue> issues = LetterFields::checkTemplate(source);
    REQUIRE(issues.size() == 3);
    CHECK(issues.at(0).kind == TemplateIssue::Kind::Unknown);
    CHECK(issues.at(0).name == QStringLiteral("onderdeel.besluit"));
    CHECK(issues.at(0).line == 2);
    CHECK(issues.at(1).kind == TemplateIssue::Kind::Syntax); // {{#commissie}} never closed
    CHECK(issues.at(1).name == QStringLiteral("{{#commissie}}"));
    CHECK(issues.at(1).line == 3);
    CHECK(issues.at(2).kind == TemplateIssue::Kind::Syntax); // the stray {{/commisie}}
    CHECK(issues.at(2).name == QStringLiteral("{{/commisie}}"));
    for (LetterType type : LetterTypes::all())
        CHECK(LetterFields::checkTemplate(LetterStore::shippedTemplate(type)).isEmpty());
}
