// A Case that holds only some members of another, every other member as a new Case has it: for the
// partial copies a step needs, named as a list of members so that a reader sees at once what is
// copied (the fields a reopened complaint's successor takes over, the part of a closed case the
// deadline overview asks the engine about).
#pragma once

#include "case.h"

template <auto... Members> Case caseWith(const Case& from) {
    Case to;
    ((to.*Members = from.*Members), ...);
    return to;
}
