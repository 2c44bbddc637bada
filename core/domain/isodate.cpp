#include "isodate.h"

QString IsoDate::text(QDate day) {
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (!day.isValid() || year < 0 || year > 9999)
        return {};
    QString text(10, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    const auto digits = [&out](int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            out[i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        out += count;
    };
    digits(year, 4);
    *out++ = u'-';
    digits(month, 2);
    *out++ = u'-';
    digits(dayOfMonth, 2);
    return text;
}
