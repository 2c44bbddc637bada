// The Dutch raw material of demo cases: people, addresses, teams, providers (demopeople.cpp) and the
// sentence templates from which stories, wishes and timeline entries are assembled (demotexts.cpp).
// The themes and domains follow chapter 3 of the ombudsman's report "Terug aan tafel": complexity
// ("van het kastje naar de muur"), wrong or unclear information, non-response, onheuse bejegening and
// privacy, in Wmo, Jeugdwet, Participatiewet and schuldhulpverlening. All lists are compile-time
// constants; a case costs one allocation per generated string.
#pragma once

#include "demorandom.h"

#include "../domain/case.h"
#include "../workflow/workflow.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace DemoTexts {

// A family of sentences; a theme from the municipality's list maps onto one or more of them.
enum class Tone { Complexity, Information, NonResponse, Treatment, Privacy, General };
// By keyword, so that any wording of the theme list works; General when nothing matches.
QList<Tone> tonesOf(const QString& theme);

// Something the klager complains about, with what they want done about it ("dat ..." clause).
struct Topic {
    QStringView topic;      // in the klager's words, e.g. "mijn aanvraag voor een scootmobiel"
    QStringView about;      // in the handler's words, e.g. "de aanvraag voor een scootmobiel"
    QStringView wish;       // e.g. "dat er binnen een maand een besluit ligt over de scootmobiel"
    QStringView department; // for topics outside the social domain: the department that handles it
};

// What the texts of one case talk about, chosen once so that story, wishes and timeline agree.
struct Context {
    PolicyDomain domain = PolicyDomain::Other;
    bool signal = false;
    const Topic* topic = nullptr;
    QString who;        // the team or provider as a resident names it, e.g. "het wijkteam"
    QStringView other;  // another organisation, for "van het kastje naar de muur"
    QString provider;   // the subject's provider, or one that fits the domain (for a warme overdracht)
    QStringView count;  // "drie" (keer gebeld): one per case, so that story and timeline agree
    QStringView period; // "zes weken" (gewacht)
};

// People, places and organisations (demopeople.cpp).
PolicyDomain domain(DemoRandom& rng);
// A klager with name, address and usually a phone number and e-mail address; lastName receives
// the family name, for relatives who speak for the klager.
Person person(DemoRandom& rng, QString* lastName = nullptr);
Representative representative(DemoRandom& rng, PolicyDomain domain, const QString& klagerLastName);
// Department (matching the domain, or the topic's own), and sometimes an employee, a contracted
// provider and a gemeenschappelijke regeling.
ComplaintSubject subject(DemoRandom& rng, PolicyDomain domain, const Topic& topic);
// How a resident names a department: "Wijkteam Noord" → "het wijkteam".
QString spokenName(const QString& department);
// A contracted provider working in the domain; empty for domains without providers.
QString provider(DemoRandom& rng, PolicyDomain domain);
// The municipality's small team of klachtbehandelaars.
const QList<QString>& handlers();
QString handler(DemoRandom& rng);

// Stories and wishes (demotexts.cpp).
int topicCount(PolicyDomain domain);
const Topic& topic(PolicyDomain domain, int index);
Context context(DemoRandom& rng, CaseKind kind, PolicyDomain domain, const Topic& topic,
                const ComplaintSubject& subject);
QString story(DemoRandom& rng, const Context& ctx, CaseKind kind, Tone first, Tone second);
QString desiredOutcome(DemoRandom& rng, const Context& ctx, CaseKind kind, Tone tone);
// Fills the placeholders of one template (listed at the top of demotexts.cpp).
QString fill(const Context& ctx, QStringView text);

// Timelines (demotimeline.cpp).
// The first timeline entry: how the case came in.
QString receiptNote(CaseKind kind, Channel channel);
// A free timeline entry of kind ContactMoment, Agreement or Note.
QString timelineText(DemoRandom& rng, const Context& ctx, EventKind kind);
// The handler's note that goes with a workflow transition.
QString transitionNote(DemoRandom& rng, const Context& ctx, WorkflowAction action);

} // namespace DemoTexts
