#include "casewriter.h"

#include "auditlog.h"
#include "caserow.h"
#include "database.h"
#include "deadlinestore.h"
#include "municipalitysettings.h"

#include <QRegularExpression>

ThemeIndex::ThemeIndex(Database& db)
    : m_db(db) {
    SqlQuery q(db, QStringLiteral("SELECT id, name, position FROM themes"));
    q.exec();
    while (q.next()) {
        const qint64 id = q.value(QStringLiteral("id")).toLongLong();
        const QString name = q.value(QStringLiteral("name")).toString();
        m_ids.insert(key(name), id);
        m_names.insert(id, name);
        m_lastPosition = std::max(m_lastPosition, q.value(QStringLiteral("position")).toInt());
    }
}

QStringList ThemeIndex::resolve(const QStringList& names) {
    QStringList result;
    for (const QString& raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        qint64 themeId = m_ids.value(key(name), 0);
        if (themeId == 0) {
            SqlQuery add(m_db,
                         QStringLiteral("INSERT INTO themes (name, position, active) VALUES (:name, :position, 1)") +
                             m_db.dialect().returningId());
            add.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":position"), ++m_lastPosition).exec();
            themeId = add.insertedId();
            m_ids.insert(key(name), themeId);
            m_names.insert(themeId, name);
        }
        const QString stored = m_names.value(themeId);
        if (!result.contains(stored))
            result << stored;
    }
    return result;
}

CaseWriter::CaseWriter(Database& db, QDateTime now, QString user)
    : m_db(db)
    , m_now(std::move(now))
    , m_nowValue(SqlValue::moment(m_now))
    , m_user(std::move(user))
    , m_prefix(referencePrefix(db))
    , m_themes(db) {}

CaseWriter::~CaseWriter() = default;

void CaseWriter::refreshDeadlines(const Case& c) {
    if (!m_deadlines)
        m_deadlines = std::make_unique<DeadlineStore>(m_db);
    m_deadlines->refresh(c);
}

QString CaseWriter::referencePrefix(Database& db) {
    SqlQuery q(db, QStringLiteral("SELECT value FROM settings WHERE key = 'reference_prefix'"));
    q.exec();
    const QString prefix = q.next() ? q.value(0).toString().trimmed() : QString();
    return prefix.isEmpty() ? MunicipalitySettings().referencePrefix : prefix;
}

int& CaseWriter::lastSequence(int year) {
    auto it = m_lastSequence.find(year);
    if (it == m_lastSequence.end()) {
        // References of one prefix and year sort together in the unique index: a range scan.
        const QString start = QStringLiteral("%1-%2-").arg(m_prefix).arg(year);
        const QString end = QStringLiteral("%1-%2.").arg(m_prefix).arg(year);
        const int tail = int(start.size()) + 1;
        const QString digits = QStringLiteral("substr(reference, %1)").arg(tail);
        SqlQuery q(m_db, QStringLiteral("SELECT max(CAST(%1 AS INTEGER)) FROM cases WHERE reference >= :start AND "
                                        "reference < :end AND ")
                                 .arg(digits) +
                             m_db.dialect().allDigits(digits));
        q.bind(QStringLiteral(":start"), start).bind(QStringLiteral(":end"), end).exec();
        const int highest = q.next() ? q.value(0).toInt() : 0;
        it = m_lastSequence.insert(year, highest);
    }
    return *it;
}

QString CaseWriter::nextReference(int year) {
    const int sequence = ++lastSequence(year);
    return QStringLiteral("%1-%2-%3").arg(m_prefix).arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

void CaseWriter::noteReference(const QString& reference) {
    static const QRegularExpression pattern(QStringLiteral("^(.+)-(\\d{4})-(\\d+)$"));
    const QRegularExpressionMatch m = pattern.match(reference);
    if (!m.hasMatch() || m.captured(1) != m_prefix)
        return;
    int& last = lastSequence(m.captured(2).toInt());
    last = std::max(last, m.captured(3).toInt());
}

void CaseWriter::insert(Case& c) {
    if (!c.received.isValid()) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("De zaak heeft geen datum van ontvangst en kan niet worden opgeslagen."));
    }
    if (c.reference.isEmpty())
        c.reference = nextReference(c.received.year());
    c.revision = 1;
    c.themes = m_themes.resolve(c.themes);
    if (!m_insertCase)
        m_insertCase.emplace(m_db, CaseRow::insertSql() + m_db.dialect().returningId());
    CaseRow::bindColumns(*m_insertCase, c);
    m_insertCase->bind(QStringLiteral(":revision"), c.revision)
        .bind(QStringLiteral(":created_at"), m_nowValue)
        .bind(QStringLiteral(":updated_at"), m_nowValue)
        .exec();
    c.id = m_insertCase->insertedId();
    c.createdAt = SqlValue::toMoment(m_nowValue);
    linkThemes(c.id, c.themes);
    insertParts(c.id, c.parts);
    for (CaseEvent& event : c.events) {
        event.id = 0;
        appendEvent(c.id, event);
    }
    refreshDeadlines(c);
    audit(c.id, AuditAction::Create, QStringLiteral("reference"), {}, c.reference);
}

void CaseWriter::appendEvent(qint64 caseId, CaseEvent& event) {
    if (event.author.isEmpty())
        event.author = m_user;
    if (!event.at.isValid())
        event.at = m_now;
    if (!m_insertEvent)
        m_insertEvent.emplace(m_db, CaseRow::eventInsertSql() + m_db.dialect().returningId());
    CaseRow::bindEvent(*m_insertEvent, caseId, event);
    m_insertEvent->exec();
    event.id = m_insertEvent->insertedId();
}

void CaseWriter::replaceThemes(qint64 caseId, const QStringList& themes) {
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM case_themes WHERE case_id = :case_id"));
    clear.bind(QStringLiteral(":case_id"), caseId).exec();
    linkThemes(caseId, themes);
}

void CaseWriter::replaceParts(qint64 caseId, const QList<ComplaintPart>& parts) {
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM complaint_parts WHERE case_id = :case_id"));
    clear.bind(QStringLiteral(":case_id"), caseId).exec();
    insertParts(caseId, parts);
}

void CaseWriter::insertParts(qint64 caseId, const QList<ComplaintPart>& parts) {
    if (parts.isEmpty())
        return;
    if (!m_insertPart)
        m_insertPart.emplace(m_db, CaseRow::partInsertSql());
    int position = 0;
    for (const ComplaintPart& part : parts) {
        CaseRow::bindPart(*m_insertPart, caseId, ++position, part);
        m_insertPart->exec();
    }
}

void CaseWriter::linkThemes(qint64 caseId, const QStringList& themes) {
    if (themes.isEmpty())
        return;
    if (!m_insertLink)
        m_insertLink.emplace(m_db, QStringLiteral("INSERT INTO case_themes (case_id, theme_id, position) "
                                                  "VALUES (:case_id, :theme_id, :position)"));
    int position = 0;
    for (const QString& theme : themes) {
        m_insertLink->bind(QStringLiteral(":case_id"), caseId)
            .bind(QStringLiteral(":theme_id"), m_themes.id(theme))
            .bind(QStringLiteral(":position"), ++position)
            .exec();
    }
}

void CaseWriter::audit(qint64 caseId, AuditAction action, const QString& field, const QString& oldValue,
                       const QString& newValue) {
    if (!m_insertAudit)
        m_insertAudit.emplace(m_db, AuditLog::insertSql());
    AuditLog::bindRecord(*m_insertAudit, m_now, m_user, caseId, action, field, oldValue, newValue);
    m_insertAudit->exec();
}
