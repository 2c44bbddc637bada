// A small, strict parser for aantafel-cli arguments: positional values and --options, each
// option declared with whether it takes a value. Unknown options and missing values are usage
// errors with a Dutch message; dates must be ISO (JJJJ-MM-DD) and real calendar days.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

class Arguments {
    Q_DECLARE_TR_FUNCTIONS(Arguments)
public:
    // valueOptions take a value ("--received 2025-03-07"), flags do not ("--json").
    Arguments(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const QStringList& positional() const { return m_positional; }
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option) const { return m_values.value(option); }

    // Parses --option as a date; sets error() and returns nullopt when malformed.
    std::optional<QDate> date(const QString& option);
    // Parses --option as an integer in [min, max]; sets error() when malformed or out of range.
    std::optional<qint64> integer(const QString& option, qint64 min, qint64 max);

    static std::optional<QDate> parseIsoDate(const QString& text);

private:
    QStringList m_positional;
    QMap<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};
