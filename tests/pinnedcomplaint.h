// A pinned complaint for the letter tests: Mevrouw A. de Vries's written complaint about J. Bakker
// of Team Wmo, received Friday 7 March 2025 at Gemeente Proefstad. Its terms, worked out by hand
// from the domain guide:
//   handling 6 weeks: Fri 18 Apr is Goede Vrijdag, Mon 21 Apr tweede Paasdag → dinsdag 22 april 2025
//   adjourned 6 + 4 weeks: vrijdag 16 mei 2025 (a working day, Atw changes nothing)
//   with a committee 10 weeks: vrijdag 16 mei 2025; adjourned 14 weeks: vrijdag 13 juni 2025
//   9:8 lid 3 notice 4 weeks: vrijdag 4 april 2025
//   ombudsman (9:24) from a letter of Tue 15 Apr 2025: woensdag 15 april 2026
#pragma once

#include "casebuilder.h"
#include "testsupport.h"

#include "domain/case.h"
#include "domain/clock.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QRegularExpression>

#include <memory>

inline MunicipalitySettings proefstadSettings() {
    MunicipalitySettings s;
    s.name = QStringLiteral("Gemeente Proefstad");
    s.address = QStringLiteral("Postbus 100\n1234 AB Proefstad");
    s.phone = QStringLiteral("0123 456 789");
    s.email = QStringLiteral("klachten@proefstad.nl");
    return s; // the ombudsman is the default: De Nationale ombudsman, Postbus 93122, 2509 AC Den Haag
}

// The complaint in the formal phase, klager and beklaagde heard on 10 April 2025, the verslag sent on the
// 11th, both parts judged (one gegrond, one ongegrond) with findings, and conclusions drawn.
inline Case deVriesComplaint() {
    Case c = CaseBuilder::klaagschrift(d("2025-03-07"), QStringLiteral("Mevrouw A. de Vries"))
                 .reference(QStringLiteral("KL-2025-0007"))
                 .klagerAt(QStringLiteral("Dorpsstraat 1\n1234 AB Proefstad"))
                 .conductOn(d("2025-02-20"))
                 .about(QStringLiteral("Team Wmo"), QStringLiteral("J. Bakker"))
                 .story(QStringLiteral("Mijn aanvraag voor een traplift bleef maanden liggen & niemand belde terug."),
                        QStringLiteral("Een besluit over de traplift en excuses."))
                 .handler(QStringLiteral("Fatima el Amrani"));
    c.phase = Phase::Formal;
    c.acknowledgementSent = d("2025-03-10");
    c.firstContactOn = d("2025-03-11");
    c.hearingPlanned = d("2025-04-10");
    c.hearingHeld = d("2025-04-10");
    c.respondentHearing = RespondentHearing::Heard; // J. Bakker heard the same day (9:10 lid 1)
    c.respondentHeardOn = d("2025-04-10");
    c.hearingReport = QStringLiteral("Klager en beklaagde gehoord; zie de lezingen hieronder.");
    c.hearingReportSent = d("2025-04-11"); // the verslag went to both the next day (9:10 lid 3)
    c.parts = {
        {QStringLiteral("Niet teruggebeld"),
         QStringLiteral("De consulent heeft drie keer toegezegd terug te bellen en dat niet gedaan."), Outcome::Upheld},
        {QStringLiteral("Onvriendelijk bejegend"),
         QStringLiteral("Uit het gesprek met beide partijen blijkt geen onheuse bejegening."), Outcome::Rejected}};
    c.conclusions = QStringLiteral("Wij bieden u excuses aan en nemen binnen twee weken een besluit.");
    return c;
}

// A session on a new file of Gemeente Proefstad, "today" pinned.
struct LetterSession {
    explicit LetterSession(const TempDir& dir, QDate today = QDate(2025, 4, 15),
                           const MunicipalitySettings& settings = proefstadSettings())
        : clock(today)
        , session(MunicipalityFile::create(dir.path(QStringLiteral("proefstad.aantafel")), settings,
                                           QStringLiteral("f.elamrani")),
                  clock, QStringLiteral("f.elamrani")) {}

    // Stores c (assigning id and revision) and returns it as stored.
    Case store(Case c) {
        session.cases().save(c);
        return session.cases().load(c.id);
    }

    FixedClock clock;
    MunicipalitySession session;
};

// The text of a letter's HTML as a reader sees it: tags dropped, entities resolved, spaces collapsed.
inline QString plainText(const QString& html) {
    QString text = html;
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // a line break in HTML source is a space
    text.replace(QStringLiteral("</td>"), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("<br\\s*/?>|</p>|</tr>|</div>")), QStringLiteral("\n"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral(" *\n *")), QStringLiteral("\n"));
    return text;
}
