#include "datefield.h"

#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

DateField::DateField(QWidget* parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("dd-mm-jjjj"));
    setMaxLength(10);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const QDate day = date();
        if (day.isValid() && text() != format(day))
            setText(format(day));
    });
}

QSize DateField::minimumSizeHint() const {
    const QSize least = QLineEdit::minimumSizeHint();
    const QMargins margins = textMargins();
    // The text, its margins and the two pixels QLineEdit keeps on each side of the cursor.
    const int text =
        fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000")) + margins.left() + margins.right() + 4;
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QSize whole = style()->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(text, least.height()), this);
    return QSize(std::max(least.width(), whole.width()), least.height());
}

DateField::State DateField::state() const {
    if (text().trimmed().isEmpty())
        return State::Empty;
    return date().isValid() ? State::Valid : State::Invalid;
}

QDate DateField::date() const {
    return parse(text());
}

void DateField::setDate(QDate date) {
    setText(date.isValid() ? format(date) : QString());
}

QDate DateField::parse(const QString& text) {
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{2}|\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QString t = text.trimmed();
    int day = 0;
    int month = 0;
    int year = 0;
    if (const auto m = dutch.match(t); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
        if (m.capturedLength(3) == 2)
            year += 2000; // complaints are about the recent past
    } else if (const auto c = compact.match(t); c.hasMatch()) {
        day = c.captured(1).toInt();
        month = c.captured(2).toInt();
        year = c.captured(3).toInt();
    } else if (const auto i = iso.match(t); i.hasMatch()) {
        year = i.captured(1).toInt();
        month = i.captured(2).toInt();
        day = i.captured(3).toInt();
    } else {
        return {};
    }
    if (year < 1900)
        return {};
    return QDate(year, month, day); // invalid (null-like) for 31-02 and the like
}

QString DateField::format(QDate date) {
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}
