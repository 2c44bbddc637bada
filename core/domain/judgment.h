// Which outcomes are a judgment on a complaint: gegrond, deels gegrond, ongegrond or geen oordeel
// mogelijk, the answers of the formal procedure (Awb 9:12). The workflow, the deadlines, the letters,
// the import and the demo data all ask this one question the same way.
#pragma once

#include "enums.h"

inline bool isJudgment(Outcome o) {
    return o == Outcome::Upheld || o == Outcome::PartlyUpheld || o == Outcome::Rejected || o == Outcome::NoJudgment;
}
