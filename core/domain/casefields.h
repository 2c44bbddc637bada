// Stable keys and Dutch names of the fields of a case that a person or a workflow step changes (every
// member of Case except its identity, timeline and revision). The key is the member's name, stored in
// timeline records (an undone edit names the fields it changed) and never renamed; the name is
// rendered in the reader's language.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CaseFields {
    Q_DECLARE_TR_FUNCTIONS(CaseFields)
public:
    // Every key, in the order of Case's members.
    static const QStringList& keys();
    // The field's name, e.g. "verhaal" for "story"; the key itself when unknown (a newer version's field).
    static QString label(const QString& key);
};
