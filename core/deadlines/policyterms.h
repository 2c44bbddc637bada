// Municipal policy terms: not law, but what a municipality promises its residents. Stored per
// municipality file (storage/municipalitysettings.h); these are the defaults.
#pragma once

struct PolicyTerms {
    int acknowledgementWorkingDays = 5;   // ontvangstbevestiging
    int firstContactWorkingDays = 5;      // eerste persoonlijk contact
    int followUpWorkingDays = 15;         // "hoe gaat het nu?" after the informal solution
    int referralFollowUpWorkingDays = 10; // default check-back after a warme overdracht
    int warningWorkingDays = 3;           // "binnenkort": due within this many working days

    bool operator==(const PolicyTerms&) const = default;
};
