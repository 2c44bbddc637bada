// Row ids written into SQL as an IN list ("1, 2, 3"): numbers the program read itself, so nothing in them
// needs binding or quoting.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SqlIdList {
inline QString of(const QList<qint64>& ids) {
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QStringLiteral(", "));
}
} // namespace SqlIdList
