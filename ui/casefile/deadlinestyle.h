// How a deadline status looks throughout the case file, in the colours and icons of StatePalette
// and StateIcon (the same as the case list and the overview). Colour never carries the meaning alone:
// every status has its own icon shape and its Dutch text (DeadlineText::label). Text and tint come
// as a pair, so that the text stays readable whatever the window's palette is.
#pragma once

#include "deadlines/deadline.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QIcon>
#include <QString>

class DeadlineStyle {
    Q_DECLARE_TR_FUNCTIONS(DeadlineStyle)
public:
    static QColor foreground(DeadlineStatus status);
    static QColor background(DeadlineStatus status);
    // A round badge: an exclamation mark (overdue), a clock (due today, filled; due soon, outlined),
    // a ring (open), a check mark (met; orange when late), a struck ring (superseded), an "i".
    static QIcon icon(DeadlineStatus status);
    // "nog 12 dagen", "morgen", "vandaag", "1 dag te laat", "3 dagen te laat"; empty for a met term.
    static QString remaining(const Deadline& deadline, QDate today);
    // The status with how long is left, without saying a thing twice: "Lopend · nog 43 dagen",
    // "Binnenkort · morgen", "Vandaag", "Te laat · 3 dagen", "Gehaald".
    static QString statusText(const Deadline& deadline, QDate today);
    // A style sheet for a QLabel that shows the status as a tinted pill.
    static QString pillStyleSheet(DeadlineStatus status);
};
