// A municipality with hand-made cases whose yearly report for 2025 is worked out by hand. Every
// figure the tests check follows from the table in yearreportfixture.cpp; "today" is 2026-02-15.
#pragma once

#include "storagetestsupport.h"

#include "session/municipalitysession.h"

#include <memory>

struct YearReportMunicipality {
    TempDir dir;
    FixedClock clock{d("2026-02-15")};
    std::unique_ptr<MunicipalitySession> session;

    YearReportMunicipality();
    Case add(Case c);
    // The words of personal data and free text that the report must never show.
    static QStringList privateWords();
};
