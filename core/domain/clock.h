// Time is injected: everything that needs "today" or "now" asks a Clock, so that tests and the
// deadline overview can pin the date and every computed deadline is reproducible.
#pragma once

#include <QDate>
#include <QDateTime>

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at)) {}
    explicit FixedClock(QDate day)
        : m_at(day.startOfDay().addSecs(9 * 3600)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};
