#include "dutchdate.h"

#include <QRegularExpression>

namespace {

int monthFromName(const QString& name) {
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("maa"),
                                    QStringLiteral("apr"), QStringLiteral("mei"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("okt"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList full{QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maart"),
                                  QStringLiteral("april"),   QStringLiteral("mei"),      QStringLiteral("juni"),
                                  QStringLiteral("juli"),    QStringLiteral("augustus"), QStringLiteral("september"),
                                  QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december")};
    const QString n = name.toLower();
    if (n == u"mrt" || n == u"mar")
        return 3;
    if (n == u"sept")
        return 9;
    if (n == u"okt" || n == u"oct")
        return 10;
    for (int i = 0; i < 12; ++i) {
        if (n == full.at(i) || n == months.at(i))
            return i + 1;
    }
    return 0;
}

int fullYear(const QString& digits, QDate today) {
    const int y = digits.toInt();
    if (digits.size() != 2)
        return y;
    return y <= today.year() % 100 ? 2000 + y : 1900 + y;
}

} // namespace

DateParse DutchDate::parse(const QString& input, QDate today, bool excelSerials) {
    static const QRegularExpression time(QStringLiteral("[\\sT]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression named(QStringLiteral("^(\\d{1,2})\\s*([a-zA-Z]{3,9})\\.?\\s*(\\d{4}|\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}$"));

    DateParse result;
    QString text = input.simplified();
    if (text.isEmpty())
        return result;
    text.remove(time);

    int day = 0;
    int month = 0;
    int year = 0;
    if (const auto m = dmy.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(3).toInt();
        year = fullYear(m.captured(4), today);
    } else if (const auto m2 = ymd.match(text); m2.hasMatch()) {
        year = m2.captured(1).toInt();
        month = m2.captured(3).toInt();
        day = m2.captured(4).toInt();
    } else if (const auto m3 = named.match(text); m3.hasMatch() && monthFromName(m3.captured(2)) > 0) {
        day = m3.captured(1).toInt();
        month = monthFromName(m3.captured(2));
        year = fullYear(m3.captured(3), today);
    } else if (excelSerials && serial.match(text).hasMatch()) {
        // Excel counts from 1899-12-30 (its 1900 leap-year bug makes that the working epoch).
        result.date = QDate(1899, 12, 30).addDays(text.toInt());
        return result;
    } else {
        result.error = tr("'%1' is geen datum (bijvoorbeeld 7-3-2025 of 7 maart 2025)").arg(input.trimmed());
        return result;
    }
    if (year < 1900 || year > 2199) {
        result.error = tr("datum '%1' valt buiten de jaren 1900–2199").arg(input.trimmed());
        return result;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        result.error = tr("datum '%1' bestaat niet").arg(input.trimmed());
        return result;
    }
    result.date = date;
    return result;
}
