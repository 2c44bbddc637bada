// A made-up case to preview a letter template on, so that the template editor never shows a real
// resident's data: a written complaint about a Wmo-consulent, in the state that fits the letter
// type (informally resolved, adjourned, not handled, judged in parts, ...). Never stored.
#pragma once

#include "letters/lettertype.h"

#include "domain/case.h"

namespace SampleCase {
// The sample case for a letter of this type written on today.
Case forType(LetterType type, QDate today);
} // namespace SampleCase
