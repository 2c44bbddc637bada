// Reads the dates people type in Dutch registers: d-m-jjjj, dd-mm-jjjj, d/m/jjjj, d.m.jjjj,
// jjjj-mm-dd, "7 maart 2025" (also "7 mrt 2025"), optionally followed by a time ("7-3-2025 09:15"),
// and, when asked for, Excel serial day numbers (45723 = 2025-03-07). A two-digit year jj means 20jj
// when jj is at most the current year's last two digits, else 19jj (in 2026: 26 → 2026, 27 → 1927).
// A date that does not exist (31-02-2025) is refused with a Dutch reason, never rolled over.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct DateParse {
    QDate date;    // valid when parsed
    QString error; // Dutch, empty when parsed or when the text was blank
};

class DutchDate {
    Q_DECLARE_TR_FUNCTIONS(DutchDate)
public:
    // today decides the century of two-digit years. Blank text gives a null date without error.
    static DateParse parse(const QString& text, QDate today, bool excelSerials = false);
};
