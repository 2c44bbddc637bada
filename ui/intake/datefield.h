// A date typed as dd-mm-jjjj that may also be left empty. QDateEdit cannot be empty and is slow
// to type into; this line edit accepts what a handler types quickly (15-10-2026, 15/10/2026,
// 15.10.26, 15102026, or ISO 2026-10-15) and says plainly whether the text is a date. After
// editing, a recognised date is rewritten as dd-mm-jjjj, so the user sees what was understood.
#pragma once

#include <QDate>
#include <QLineEdit>

class DateField : public QLineEdit {
    Q_OBJECT
public:
    enum class State { Empty, Valid, Invalid };

    explicit DateField(QWidget* parent = nullptr);

    State state() const;
    // The date typed; null when the field is empty or the text is no date.
    QDate date() const;
    // Shows the date as dd-mm-jjjj; a null date empties the field.
    void setDate(QDate date);

    // Never narrower than a whole date (dd-mm-jjjj) in the field's font, however tight the layout.
    QSize minimumSizeHint() const override;

    // The parsing rule, for tests and other fields: a null date for anything that is no real date.
    static QDate parse(const QString& text);
    static QString format(QDate date);
};
