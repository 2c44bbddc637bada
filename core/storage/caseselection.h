// Which cases a list shows: the quick filters and the full-text search of the case list, saved
// views and the command line, as one value. Every set criterion must hold. The one place that turns
// it into SQL is CaseSelectionSql (for CaseQuery and CaseRepository alike), and the one place that
// reads the search words is SearchTerms, so that every caller finds the same cases for the same
// selection. Qt Core only.
#pragma once

#include "../domain/case.h"

#include <QString>
#include <QStringList>

#include <optional>

struct CaseSelection {
    bool mine = false;        // the handler is one of "my" names (the user's, as the query is told)
    bool openOnly = false;    // not closed
    bool overdueOnly = false; // "Te laat": the stored next deadline is before today
    std::optional<Phase> phase;
    std::optional<PolicyDomain> domain;
    QStringList handlers; // the handler is one of these exact names; empty: any handler
    QString words;        // the full-text search as typed (SearchTerms reads it); blank: no search

    bool isDefault() const { return *this == CaseSelection{}; }
    bool operator==(const CaseSelection&) const = default;
};
