// An improvement measure (verbetermaatregel): what the municipality changes after complaints, the
// fourth principle of the handreiking (Leer ervan). A measure is individual (repairs one case) or
// structural (changes a way of working, usually after several cases), has an owner, a due date, a
// status and a result, and is linked to one or many cases. A plain value; MeasureRepository persists it.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class MeasureScope { Individual, Structural };

enum class MeasureStatus { Planned, InProgress, Done, Cancelled };

struct Measure {
    qint64 id = 0; // 0 until stored
    QString title; // short, and written for publication: the yearly report shows it (no personal data)
    QString description;
    MeasureScope scope = MeasureScope::Individual;
    QString owner; // who sees to it (a name or a department)
    QDate due;     // null: no due date
    MeasureStatus status = MeasureStatus::Planned;
    QString result;        // what it achieved, filled in when done
    QDate doneOn;          // null until done
    QDateTime createdAt;   // set on first save
    int revision = 0;      // bumped on every save; guards against overwriting someone else's change
    QList<qint64> caseIds; // linked cases, ascending

    // Done or cancelled: nothing more is expected of it.
    bool isFinished() const { return status == MeasureStatus::Done || status == MeasureStatus::Cancelled; }
    // Due before today and not finished.
    bool isOverdue(QDate today) const { return !isFinished() && due.isValid() && due < today; }

    bool operator==(const Measure&) const = default;
};

// Storage codes (those of the CHECK constraints of the measures table) and Dutch labels.
class MeasureText {
    Q_DECLARE_TR_FUNCTIONS(MeasureText)
public:
    static QString code(MeasureScope scope);    // "individual", "structural"
    static QString code(MeasureStatus status);  // "planned", "in_progress", "done", "cancelled"
    static QString label(MeasureScope scope);   // "Individueel", "Structureel"
    static QString label(MeasureStatus status); // "Gepland", "In uitvoering", "Uitgevoerd", "Vervallen"
    static std::optional<MeasureScope> scopeFromCode(const QString& code);
    static std::optional<MeasureStatus> statusFromCode(const QString& code);
    static QList<MeasureScope> allScopes();    // in declaration order
    static QList<MeasureStatus> allStatuses(); // in declaration order
};
