// What the intake fields can offer while typing: the departments, employees, providers,
// gemeenschappelijke regelingen, handlers and representatives' roles already used in the file (the
// most recent cases only, so that opening the dialog stays instant on a large file), plus the usual
// roles of a representative. Never names of klagers or representatives: those are personal data of
// other cases. Sorted the Dutch way. A file that cannot be read offers only the defaults.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class MunicipalitySession;

struct IntakeSuggestions {
    Q_DECLARE_TR_FUNCTIONS(IntakeSuggestions)
public:
    QStringList departments;
    QStringList employees;
    QStringList providers;
    QStringList jointArrangements;
    QStringList handlers;
    QStringList roles;

    static constexpr int RecentCases = 2000;
    static IntakeSuggestions load(MunicipalitySession& session);
};
