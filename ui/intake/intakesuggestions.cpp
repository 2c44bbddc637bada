#include "intakesuggestions.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {
QStringList sorted(const QSet<QString>& values) {
    // One spelling per value whatever its case: "Cliëntondersteuner" and "cliëntondersteuner" are one.
    QHash<QString, QString> unique;
    for (const QString& value : values) {
        if (!value.isEmpty())
            unique.insert(value.toCaseFolded(), value);
    }
    QStringList list = unique.values();
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), collator);
    return list;
}
} // namespace

IntakeSuggestions IntakeSuggestions::load(MunicipalitySession& session) {
    QSet<QString> departments, employees, providers, arrangements, handlers;
    QSet<QString> roles{
        tr("cliëntondersteuner"), tr("familielid"),         tr("mantelzorger"), tr("wettelijk vertegenwoordiger"),
        tr("raadslid"),           tr("wijkteammedewerker"), tr("advocaat")};
    handlers.insert(session.user());
    CaseFilter recent;
    recent.limit = RecentCases;
    try {
        session.cases().forEach(recent, [&](const Case& c) {
            departments.insert(c.subject.department.simplified());
            employees.insert(c.subject.employee.simplified());
            providers.insert(c.subject.provider.simplified());
            arrangements.insert(c.subject.jointArrangement.simplified());
            handlers.insert(c.handler.simplified());
            roles.insert(c.representative.role.simplified());
        });
    } catch (const StorageError&) {
        // Suggestions are a convenience: without them the fields still take any text.
    }
    IntakeSuggestions s;
    s.departments = sorted(departments);
    s.employees = sorted(employees);
    s.providers = sorted(providers);
    s.jointArrangements = sorted(arrangements);
    s.handlers = sorted(handlers);
    s.roles = sorted(roles);
    return s;
}
