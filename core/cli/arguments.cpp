#include "arguments.h"

#include <QRegularExpression>

Arguments::Arguments(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional.append(arg);
            continue;
        }
        QString name = arg;
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
            hasInline = true;
        }
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                m_error = tr("Optie %1 verwacht een waarde.").arg(name);
                return;
            }
        } else {
            m_error = tr("Onbekende optie: %1").arg(arg);
            return;
        }
    }
}

std::optional<QDate> Arguments::parseIsoDate(const QString& text) {
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> Arguments::date(const QString& option) {
    const QString text = value(option);
    if (auto parsed = parseIsoDate(text))
        return parsed;
    m_error = tr("Ongeldige datum bij %1: '%2'. Gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-07.").arg(option, text);
    return std::nullopt;
}

std::optional<qint64> Arguments::integer(const QString& option, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 number = value(option).toLongLong(&ok);
    if (ok && number >= min && number <= max)
        return number;
    m_error = tr("%1 verwacht een geheel getal van %2 tot en met %3, niet '%4'.")
                  .arg(option)
                  .arg(min)
                  .arg(max)
                  .arg(value(option));
    return std::nullopt;
}
