// Date entry for the case file and its dialogs: a date edit with a calendar pop-up in the Dutch
// day-month-year order, and an optional date (a check box "bekend" in front of the date edit) for
// dates that may be unknown, such as the date of the conduct. A null QDate means unknown.
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace DateFields {
QDateEdit* newDateEdit(QDate value, QWidget* parent);
} // namespace DateFields

class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate date() const;
    void setDate(QDate date);
    // The date offered when the user ticks "bekend" on an unknown date.
    void setFallback(QDate fallback) { m_fallback = fallback; }
    void setAccessibleNames(const QString& name);
    QDateEdit* dateEdit() const { return m_edit; }
    QCheckBox* knownBox() const { return m_known; }

signals:
    // The user finished changing the date, or made it unknown.
    void editingFinished();

private:
    QCheckBox* m_known = nullptr;
    QDateEdit* m_edit = nullptr;
    QDate m_fallback;
};
