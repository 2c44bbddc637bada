#include "patterns.h"

#include "session/municipalitysession.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {

// The quarter of a stored ISO date, computed by SQLite: "2025-05-14" → 2025 and 2.
const QString YearSql = QStringLiteral("CAST(substr(c.received, 1, 4) AS INTEGER)");
const QString QuarterSql = QStringLiteral("(CAST(substr(c.received, 6, 2) AS INTEGER) + 2) / 3");

QString columnOf(PatternDimension dimension) {
    switch (dimension) {
    case PatternDimension::Theme: return QStringLiteral("coalesce(t.name, '')");
    case PatternDimension::Domain: return QStringLiteral("c.domain");
    case PatternDimension::Department: return QStringLiteral("c.subject_department");
    case PatternDimension::Provider: return QStringLiteral("c.subject_provider");
    case PatternDimension::Channel: return QStringLiteral("c.channel");
    }
    return {};
}

// Cases, joined with their themes when the dimension is the theme (a case without themes once, with NULL).
QString fromOf(PatternDimension dimension) {
    if (dimension != PatternDimension::Theme)
        return QStringLiteral(" FROM cases AS c");
    return QStringLiteral(" FROM cases AS c LEFT JOIN case_themes AS ct ON ct.case_id = c.id "
                          "LEFT JOIN themes AS t ON t.id = ct.theme_id");
}

QString labelOf(PatternDimension dimension, const QString& key) {
    if (key.isEmpty())
        return Patterns::notFilledLabel();
    if (dimension == PatternDimension::Domain) {
        if (const auto domain = EnumText::fromCode<PolicyDomain>(key))
            return EnumText::label(*domain);
    }
    if (dimension == PatternDimension::Channel) {
        if (const auto channel = EnumText::fromCode<Channel>(key))
            return EnumText::label(*channel);
    }
    return key;
}

QList<Quarter> quartersOf(QDate from, QDate to) {
    QList<Quarter> quarters;
    if (!from.isValid() || !to.isValid() || to < from)
        return quarters;
    for (Quarter q = Quarter::of(from); q <= Quarter::of(to);) {
        quarters.append(q);
        q = Quarter::of(q.last().addDays(1));
    }
    return quarters;
}

QList<qint64> parseIds(const QString& joined) {
    QList<qint64> ids;
    for (const QString& part : joined.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

QString Quarter::label() const {
    return Patterns::tr("%1 K%2").arg(year).arg(quarter);
}

QString RecurringPattern::description() const {
    // "4× in 2025 K1": the same in singular and plural, so no translation is needed to read right.
    return Patterns::tr("%1 bij %2: %3× in %4").arg(theme, placeName, QString::number(count()), quarter.label());
}

Patterns::Patterns(Database& db)
    : m_db(db) {}

Patterns::Patterns(MunicipalitySession& session)
    : Patterns(session.database()) {}

PatternTable Patterns::table(PatternDimension dimension, QDate from, QDate to) const {
    PatternTable result;
    result.dimension = dimension;
    result.from = from;
    result.to = to;
    result.quarters = quartersOf(from, to);
    result.casesPerQuarter = QList<int>(result.quarters.size(), 0);
    if (result.quarters.isEmpty())
        return result;
    const auto quarterIndex = [&result](int year, int quarter) {
        return int(result.quarters.indexOf(Quarter{year, quarter}));
    };

    SqlQuery cases(m_db,
                   QStringLiteral("SELECT ") + YearSql + QStringLiteral(" AS year, ") + QuarterSql +
                       QStringLiteral(" AS quarter, count(*) AS n FROM cases AS c WHERE c.received BETWEEN :from AND "
                                      ":to GROUP BY 1, 2"));
    cases.bind(QStringLiteral(":from"), SqlValue::date(from)).bind(QStringLiteral(":to"), SqlValue::date(to)).exec();
    while (cases.next()) {
        const int i =
            quarterIndex(cases.value(QStringLiteral("year")).toInt(), cases.value(QStringLiteral("quarter")).toInt());
        if (i >= 0) {
            result.casesPerQuarter[i] += cases.value(QStringLiteral("n")).toInt();
            result.caseCount += cases.value(QStringLiteral("n")).toInt();
        }
    }

    SqlQuery q(m_db, QStringLiteral("SELECT ") + columnOf(dimension) + QStringLiteral(" AS dimension_key, ") + YearSql +
                         QStringLiteral(" AS year, ") + QuarterSql + QStringLiteral(" AS quarter, count(*) AS n") +
                         fromOf(dimension) +
                         QStringLiteral(" WHERE c.received BETWEEN :from AND :to GROUP BY 1, 2, 3"));
    q.bind(QStringLiteral(":from"), SqlValue::date(from)).bind(QStringLiteral(":to"), SqlValue::date(to)).exec();
    QHash<QString, qsizetype> rowOf;
    while (q.next()) {
        const QString key = q.value(QStringLiteral("dimension_key")).toString();
        const int i = quarterIndex(q.value(QStringLiteral("year")).toInt(), q.value(QStringLiteral("quarter")).toInt());
        if (i < 0)
            continue;
        auto it = rowOf.constFind(key);
        if (it == rowOf.constEnd()) {
            PatternRow row;
            row.key = key;
            row.label = labelOf(dimension, key);
            row.perQuarter = QList<int>(result.quarters.size(), 0);
            result.rows.append(row);
            it = rowOf.insert(key, result.rows.size() - 1);
        }
        PatternRow& row = result.rows[*it];
        row.perQuarter[i] += q.value(QStringLiteral("n")).toInt();
        row.total += q.value(QStringLiteral("n")).toInt();
    }
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    std::sort(result.rows.begin(), result.rows.end(), [&collator](const PatternRow& a, const PatternRow& b) {
        if (a.total != b.total)
            return a.total > b.total;
        return collator.compare(a.label, b.label) < 0;
    });
    return result;
}

QList<RecurringPattern> Patterns::recurring(QDate from, QDate to, int threshold) const {
    QList<RecurringPattern> result;
    const PatternDimension places[] = {PatternDimension::Department, PatternDimension::Provider};
    for (PatternDimension place : places) {
        const QString column = columnOf(place);
        SqlQuery q(m_db, QStringLiteral("SELECT t.name AS theme, ") + column + QStringLiteral(" AS place, ") + YearSql +
                             QStringLiteral(" AS year, ") + QuarterSql + QStringLiteral(" AS quarter, ") +
                             m_db.dialect().groupConcat(QStringLiteral("c.id")) +
                             QStringLiteral(" AS ids FROM cases AS c "
                                            "JOIN case_themes AS ct ON ct.case_id = c.id "
                                            "JOIN themes AS t ON t.id = ct.theme_id "
                                            "WHERE c.received BETWEEN :from AND :to AND ") +
                             column + QStringLiteral(" <> '' GROUP BY t.name, 2, 3, 4 HAVING count(*) >= :threshold"));
        q.bind(QStringLiteral(":from"), SqlValue::date(from))
            .bind(QStringLiteral(":to"), SqlValue::date(to))
            .bind(QStringLiteral(":threshold"), std::max(1, threshold))
            .exec();
        while (q.next()) {
            RecurringPattern pattern;
            pattern.theme = q.value(QStringLiteral("theme")).toString();
            pattern.place = place;
            pattern.placeName = q.value(QStringLiteral("place")).toString();
            pattern.quarter =
                Quarter{q.value(QStringLiteral("year")).toInt(), q.value(QStringLiteral("quarter")).toInt()};
            pattern.caseIds = parseIds(q.value(QStringLiteral("ids")).toString());
            result.append(pattern);
        }
    }
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    std::sort(result.begin(), result.end(), [&collator](const RecurringPattern& a, const RecurringPattern& b) {
        if (a.count() != b.count())
            return a.count() > b.count();
        if (a.quarter != b.quarter)
            return a.quarter < b.quarter;
        if (const int byTheme = collator.compare(a.theme, b.theme))
            return byTheme < 0;
        if (a.place != b.place)
            return a.place < b.place;
        return collator.compare(a.placeName, b.placeName) < 0;
    });
    return result;
}

QList<qint64> Patterns::caseIds(PatternDimension dimension, const QString& key, QDate from, QDate to) const {
    QString sql = QStringLiteral("SELECT DISTINCT c.id") + fromOf(dimension) +
                  QStringLiteral(" WHERE c.received BETWEEN :from AND :to AND ") + columnOf(dimension) +
                  QStringLiteral(" = :key ORDER BY c.id");
    SqlQuery q(m_db, sql);
    q.bind(QStringLiteral(":from"), SqlValue::date(from))
        .bind(QStringLiteral(":to"), SqlValue::date(to))
        .bind(QStringLiteral(":key"), SqlValue::text(key))
        .exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(QStringLiteral("id")).toLongLong());
    return ids;
}

QString Patterns::label(PatternDimension dimension) {
    switch (dimension) {
    case PatternDimension::Theme: return tr("Thema");
    case PatternDimension::Domain: return tr("Domein");
    case PatternDimension::Department: return tr("Afdeling");
    case PatternDimension::Provider: return tr("Aanbieder");
    case PatternDimension::Channel: return tr("Kanaal");
    }
    return {};
}

QList<PatternDimension> Patterns::allDimensions() {
    return {PatternDimension::Theme, PatternDimension::Domain, PatternDimension::Department, PatternDimension::Provider,
            PatternDimension::Channel};
}

QString Patterns::notFilledLabel() {
    return tr("(niet ingevuld)");
}
