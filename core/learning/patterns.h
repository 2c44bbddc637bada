// Patterns over many cases, for learning (Leer ervan): how many cases fall under each theme, domain,
// department, provider or channel in a period, per quarter (the trend), and what recurs: the same
// theme at the same department or provider at least N times in one quarter. Counted by SQLite
// (GROUP BY over the cases_received index), never by loading every case. Cases count by the day
// they were received; complaints and signals both count (a signal is a learning source too).
// A case with several themes counts once under each; a case without a value counts under an
// entry with an empty key ("(niet ingevuld)"), so that every table adds up to the cases of the period
// (the theme table excepted).
#pragma once

#include "../domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class MunicipalitySession;

enum class PatternDimension { Theme, Domain, Department, Provider, Channel };

// A calendar quarter.
struct Quarter {
    int year = 0;
    int quarter = 1; // 1 … 4

    static Quarter of(QDate day) { return {day.year(), (day.month() - 1) / 3 + 1}; }
    QDate first() const { return QDate(year, (quarter - 1) * 3 + 1, 1); }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    QString label() const; // "2025 K1"
    bool operator==(const Quarter&) const = default;
    auto operator<=>(const Quarter&) const = default;
};

// One value of a dimension with its counts.
struct PatternRow {
    QString key;   // theme name, department or provider as stored, or the enum code; "" for not filled in
    QString label; // what the user sees
    int total = 0;
    QList<int> perQuarter; // parallel to PatternTable::quarters
};

struct PatternTable {
    PatternDimension dimension = PatternDimension::Theme;
    QDate from, to;
    QList<Quarter> quarters; // every quarter touched by [from, to], in order
    QList<PatternRow> rows;  // by total descending, then label
    int caseCount = 0;       // cases received in the period
    QList<int> casesPerQuarter;
};

// The same theme at the same place (department or provider) at least threshold times in one quarter.
struct RecurringPattern {
    QString theme;
    PatternDimension place = PatternDimension::Department; // Department or Provider
    QString placeName;
    Quarter quarter;
    QList<qint64> caseIds; // ascending
    int count() const { return int(caseIds.size()); }
    QString description() const; // "Bejegening bij Wijkteam Noord: 4 keer in 2025 K1"
};

class Patterns {
    Q_DECLARE_TR_FUNCTIONS(Patterns)
public:
    explicit Patterns(Database& db);
    explicit Patterns(MunicipalitySession& session);

    // Counts per value of the dimension for the cases received from `from` up to and including `to`.
    PatternTable table(PatternDimension dimension, QDate from, QDate to) const;
    // Recurring patterns in [from, to] (quarters clipped to the period), most frequent first, then by
    // quarter, theme and place. Empty places and cases without a theme never form a pattern.
    QList<RecurringPattern> recurring(QDate from, QDate to, int threshold = 3) const;
    // The cases of one row of a table (key as in PatternRow), received in [from, to], ascending: the
    // selection from which the user creates a structural measure.
    QList<qint64> caseIds(PatternDimension dimension, const QString& key, QDate from, QDate to) const;

    static QString label(PatternDimension dimension); // "Thema", "Domein", "Afdeling", "Aanbieder", "Kanaal"
    static QList<PatternDimension> allDimensions();
    static QString notFilledLabel(); // "(niet ingevuld)"

private:
    Database& m_db;
};
