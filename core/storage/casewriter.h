// Internal to core/storage: writes new cases, their theme links, timeline events and audit rows
// with prepared statements that are reused for as many cases as the caller writes inside one
// transaction (one case for save(), a hundred thousand for insertMany()). Also hands out the
// references <prefix>-<year>-<sequence>, remembering the last one per year, and keeps the stored
// deadlines of every case it writes current (DeadlineStore), in the same transaction.
#pragma once

#include "../domain/case.h"
#include "auditaction.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class DeadlineStore;

// The theme list of the file by id and by case-insensitive name; unknown names are added.
class ThemeIndex {
public:
    explicit ThemeIndex(Database& db);
    // The stored themes for these names, in order, without blanks or duplicates; names not yet in the
    // list are added to it. Returns the names as the list spells them.
    QStringList resolve(const QStringList& names);
    qint64 id(const QString& name) const { return m_ids.value(key(name), 0); }
    QString name(qint64 id) const { return m_names.value(id); }

private:
    static QString key(const QString& name) { return name.trimmed().toLower(); }

    Database& m_db;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_names;
    int m_lastPosition = 0;
};

class CaseWriter {
    Q_DECLARE_TR_FUNCTIONS(CaseWriter)
public:
    CaseWriter(Database& db, QDateTime now, QString user);
    ~CaseWriter();

    // Inserts a new case: assigns a reference when empty, id, revision 1, the themes as stored,
    // event ids and missing event authors and times; writes one "create" audit row.
    void insert(Case& c);
    // Replaces the stored deadlines of a saved case (DeadlineStore), in the caller's transaction.
    // insert() does this itself; an update of a case calls it after writing the row.
    void refreshDeadlines(const Case& c);
    // Appends one event of an existing case; fills in a missing author and time.
    void appendEvent(qint64 caseId, CaseEvent& event);
    // Replaces the theme links of a case by these (already resolved) themes.
    void replaceThemes(qint64 caseId, const QStringList& themes);
    // Replaces the complaint parts of a case by these, in order.
    void replaceParts(qint64 caseId, const QList<ComplaintPart>& parts);
    void audit(qint64 caseId, AuditAction action, const QString& field = {}, const QString& oldValue = {},
               const QString& newValue = {});

    ThemeIndex& themes() { return m_themes; }
    // The next free reference of the year (the highest in the file or handed out, plus one).
    QString nextReference(int year);
    // Makes nextReference() skip an explicitly given reference of its own pattern.
    void noteReference(const QString& reference);

    static QString referencePrefix(Database& db);

private:
    void linkThemes(qint64 caseId, const QStringList& themes);
    void insertParts(qint64 caseId, const QList<ComplaintPart>& parts);
    int& lastSequence(int year);

    Database& m_db;
    QDateTime m_now;
    QVariant m_nowValue;
    QString m_user;
    QString m_prefix;
    ThemeIndex m_themes;
    std::unique_ptr<DeadlineStore> m_deadlines;
    QHash<int, int> m_lastSequence;
    std::optional<SqlQuery> m_insertCase;
    std::optional<SqlQuery> m_insertLink;
    std::optional<SqlQuery> m_insertEvent;
    std::optional<SqlQuery> m_insertAudit;
    std::optional<SqlQuery> m_insertPart;
};
