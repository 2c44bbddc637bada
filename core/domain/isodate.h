// A day as the file stores it and the command line prints it, "yyyy-MM-dd": what
// QDate::toString(Qt::ISODate) gives (an empty string for an invalid day or a year outside 0–9999),
// written directly rather than through Qt's formatting, which listings of thousands of days paid for
// per day. Qt Core only.
#pragma once

#include <QDate>
#include <QString>

namespace IsoDate {
QString text(QDate day);
} // namespace IsoDate
