// Gives a demo case in or past the formal procedure what a handler writes down for the
// afdoeningsbrief: the complaint split into parts (klachtonderdelen), findings and a judgment per
// part that agree with the case's outcome, the conclusions, and now and then the klager going on to
// the ombudsman afterwards. Called after DemoScenario has played the case.
#pragma once

#include "demorandom.h"
#include "demotexts.h"

#include "../domain/case.h"

#include <QDate>

namespace DemoJudgment {

// Fills parts, conclusions and sentToOmbudsman of a formal case (open or judged); leaves every
// other case as it is. Parts of a case whose judgment is recorded get judgments that add up to it.
// Nothing dated after today.
void complete(DemoRandom& rng, const DemoTexts::Context& ctx, Case& c, QDate today);

// What the handler records with the judgment (Workflow::Judge): findings on the whole complaint and
// the conclusions, fitting the judgment.
QString findings(DemoRandom& rng, Outcome judgment);
QString conclusions(Outcome judgment);

} // namespace DemoJudgment
