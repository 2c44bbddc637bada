// Saving and loading single cases, the theme list and the bulk insert. The case list queries are
// in caselist.cpp, the column mapping in caserow.cpp, the shared insert code in casewriter.cpp.
#include "caserepository.h"

#include "auditlog.h"
#include "caserow.h"
#include "casewriter.h"
#include "database.h"
#include "searchindex.h"
#include "sqlcode.h"
#include "sqlquery.h"
#include "sqlrows.h"
#include "transaction.h"

namespace {

constexpr qsizetype BulkIndexThreshold = 64;

QString joinedThemes(const QStringList& themes) {
    return themes.join(QStringLiteral("; "));
}

// "description: judgment" per part, for the audit trail.
QString partsAuditText(const QList<ComplaintPart>& parts) {
    QStringList lines;
    for (const ComplaintPart& part : parts)
        lines << part.description + QStringLiteral(": ") + EnumText::code(part.judgment);
    return lines.join(QStringLiteral("; "));
}

// The reference of a stored case; NotFound when the case is not (or no longer) in the file.
QString referenceOf(Database& db, qint64 caseId) {
    SqlQuery find(db, QStringLiteral("SELECT reference FROM cases WHERE id = :id"));
    find.bind(QStringLiteral(":id"), caseId).exec();
    if (!find.next()) {
        throw StorageError(StorageError::Kind::NotFound,
                           CaseRepository::tr("De zaak bestaat niet (meer) in dit register."));
    }
    const QString reference = find.value(0).toString();
    find.finish();
    return reference;
}

// The refusal for a case whose id names another case by now: an older copy was put back meanwhile and a case
// registered since took the id. Such a case is as gone as a deleted one.
StorageError replacedCase(const QString& reference) {
    return StorageError(StorageError::Kind::NotFound,
                        CaseRepository::tr("Zaak %1 staat niet meer in dit register: intussen is een oudere "
                                           "reservekopie teruggezet. Uw wijziging is niet opgeslagen; de zaak zoals u "
                                           "die kende, staat in het bestand dat bij het terugzetten opzij is gezet.")
                            .arg(reference));
}

} // namespace

CaseRepository::CaseRepository(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

void CaseRepository::save(Case& c) {
    // Work on a copy: when anything fails the caller's case keeps its id, reference and revision
    // and does not look saved.
    Case work = c;
    Transaction transaction(m_db);
    CaseWriter writer(m_db, m_clock.now(), m_user);
    if (work.id == 0)
        writer.insert(work);
    else
        update(work, writer);
    transaction.commit();
    c = std::move(work);
}

void CaseRepository::update(Case& work, CaseWriter& writer) {
    const std::optional<Case> stored = read(work.id);
    if (!stored) {
        throw StorageError(StorageError::Kind::NotFound,
                           tr("Zaak %1 bestaat niet (meer) in dit register.").arg(work.reference));
    }
    // The revision alone would let this save overwrite another case that took the id (replacedCase()).
    if (work.createdAt.isValid() && stored->createdAt != work.createdAt)
        throw replacedCase(work.reference);
    if (stored->revision != work.revision) {
        throw StorageError(StorageError::Kind::Conflict,
                           tr("Zaak %1 is intussen door iemand anders gewijzigd. Open de zaak opnieuw en breng uw "
                              "wijziging nog eens aan.")
                               .arg(stored->reference));
    }
    if (!work.received.isValid()) {
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("Zaak %1 heeft geen datum van ontvangst en kan niet worden opgeslagen.").arg(stored->reference));
    }
    if (work.reference.isEmpty())
        work.reference = stored->reference;
    work.themes = writer.themes().resolve(work.themes);

    SqlQuery update(m_db, CaseRow::updateSql());
    CaseRow::bindColumns(update, work);
    update.bind(QStringLiteral(":updated_at"), SqlValue::moment(m_clock.now()))
        .bind(QStringLiteral(":id"), work.id)
        .bind(QStringLiteral(":revision"), work.revision)
        .exec();
    if (update.numRowsAffected() != 1) {
        throw StorageError(StorageError::Kind::Conflict,
                           tr("Zaak %1 is intussen door iemand anders gewijzigd.").arg(stored->reference));
    }
    work.revision = stored->revision + 1;
    writer.refreshDeadlines(work);

    const AuditAction action = AuditAction::Update;
    for (const CaseRow::Column& column : CaseRow::columns()) {
        const QString before = SqlValue::toAuditText(column.get(*stored));
        const QString after = SqlValue::toAuditText(column.get(work));
        if (before != after)
            writer.audit(work.id, action, column.name, before, after);
    }
    if (stored->themes != work.themes) {
        writer.replaceThemes(work.id, work.themes);
        writer.audit(work.id, action, QStringLiteral("themes"), joinedThemes(stored->themes),
                     joinedThemes(work.themes));
    }
    if (stored->parts != work.parts) {
        writer.replaceParts(work.id, work.parts);
        writer.audit(work.id, action, QStringLiteral("parts"), partsAuditText(stored->parts),
                     partsAuditText(work.parts));
    }
    for (CaseEvent& event : work.events) {
        if (event.id != 0)
            continue; // the timeline is append-only: stored entries are never rewritten
        writer.appendEvent(work.id, event);
        writer.audit(work.id, AuditAction::Event, EnumText::code(event.kind), {}, CaseRow::eventAuditText(event));
    }
}

void CaseRepository::addEvent(qint64 caseId, CaseEvent& event) {
    CaseEvent work = event;
    Transaction transaction(m_db);
    referenceOf(m_db, caseId);
    const QDateTime now = m_clock.now();
    CaseWriter writer(m_db, now, m_user);
    work.id = 0;
    writer.appendEvent(caseId, work);
    writer.audit(caseId, AuditAction::Event, EnumText::code(work.kind), {}, CaseRow::eventAuditText(work));
    SqlQuery touch(m_db, QStringLiteral("UPDATE cases SET updated_at = :updated_at WHERE id = :id"));
    touch.bind(QStringLiteral(":updated_at"), SqlValue::moment(now)).bind(QStringLiteral(":id"), caseId).exec();
    transaction.commit();
    event = work;
}

void CaseRepository::addEvent(const Case& c, CaseEvent& event) {
    Transaction transaction(m_db);
    if (c.createdAt.isValid()) {
        SqlQuery q(m_db, QStringLiteral("SELECT created_at FROM cases WHERE id = :id"));
        q.bind(QStringLiteral(":id"), c.id).exec();
        if (q.next() && SqlValue::toMoment(q.value(0)) != c.createdAt)
            throw replacedCase(c.reference);
    }
    addEvent(c.id, event);
    transaction.commit();
}

void CaseRepository::remove(qint64 id) {
    Transaction transaction(m_db);
    const QString reference = referenceOf(m_db, id);
    // Timeline and theme links go with the case (ON DELETE CASCADE); the full-text triggers follow.
    SqlQuery erase(m_db, QStringLiteral("DELETE FROM cases WHERE id = :id"));
    erase.bind(QStringLiteral(":id"), id).exec();
    AuditLog(m_db).record(m_clock.now(), m_user, id, AuditAction::Delete, QStringLiteral("reference"), reference);
    transaction.commit();
}

Case CaseRepository::load(qint64 id) {
    std::optional<Case> c = read(id);
    if (!c)
        throw StorageError(StorageError::Kind::NotFound, tr("De zaak bestaat niet (meer) in dit register."));
    return *c;
}

std::optional<Case> CaseRepository::findByReference(const QString& reference) {
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM cases WHERE reference = :reference"));
    q.bind(QStringLiteral(":reference"), reference).exec();
    if (!q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return read(id);
}

std::optional<Case> CaseRepository::read(qint64 id) {
    Case c;
    {
        SqlRows q(m_db, QStringLiteral("SELECT ") + CaseRow::selectList(CaseRow::Scope::Full) +
                            QStringLiteral(", c.created_at FROM cases AS c WHERE c.id = :id"));
        q.bind(QStringLiteral(":id"), id).exec();
        if (!q.next())
            return std::nullopt;
        c = CaseRow::read(q, CaseRow::Scope::Full);
        c.createdAt = SqlValue::toMoment(q.text(CaseRow::columnCount(CaseRow::Scope::Full)));
    }
    {
        SqlQuery q(m_db, QStringLiteral("SELECT t.name FROM case_themes AS ct JOIN themes AS t ON t.id = ct.theme_id "
                                        "WHERE ct.case_id = :case_id ORDER BY ct.position, t.id"));
        q.bind(QStringLiteral(":case_id"), id).exec();
        while (q.next())
            c.themes << q.value(0).toString();
    }
    {
        SqlQuery q(m_db, CaseRow::partSelectSql());
        q.bind(QStringLiteral(":case_id"), id).exec();
        while (q.next())
            c.parts << CaseRow::readPart(q, 1);
    }
    SqlQuery q(m_db, QStringLiteral("SELECT ") + CaseRow::eventSelectList() +
                         QStringLiteral(" FROM events AS e WHERE e.case_id = :case_id ORDER BY e.at, e.id"));
    q.bind(QStringLiteral(":case_id"), id).exec();
    while (q.next())
        c.events << CaseRow::readEvent(q, 1);
    return c;
}

void CaseRepository::insertMany(QList<Case>& cases) {
    for (const Case& c : cases) {
        if (c.id != 0) {
            throw StorageError(StorageError::Kind::Invalid,
                               tr("Zaak %1 is al opgeslagen; alleen nieuwe zaken kunnen in één keer worden "
                                  "toegevoegd.")
                                   .arg(c.reference));
        }
    }
    QList<Case> work = cases;
    Transaction transaction(m_db);
    CaseWriter writer(m_db, m_clock.now(), m_user);
    for (const Case& c : std::as_const(work)) {
        if (!c.reference.isEmpty())
            writer.noteReference(c.reference);
    }
    // A large batch is indexed for full-text search in one go (see searchindex.h).
    std::optional<BulkIndexing> indexing;
    if (work.size() >= BulkIndexThreshold)
        indexing.emplace(m_db);
    for (Case& c : work)
        writer.insert(c);
    if (indexing)
        indexing->finish();
    transaction.commit();
    cases = std::move(work);
}

QStringList CaseRepository::themes() {
    SqlQuery q(m_db, QStringLiteral("SELECT name FROM themes WHERE active = 1 ORDER BY position, id"));
    q.exec();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void CaseRepository::addTheme(const QString& name) {
    if (name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Een thema heeft een naam nodig."));
    Transaction transaction(m_db);
    CaseWriter writer(m_db, m_clock.now(), m_user);
    const bool known = writer.themes().id(name) != 0;
    const QString stored = writer.themes().resolve({name}).constFirst();
    SqlQuery activate(m_db, QStringLiteral("UPDATE themes SET active = 1 WHERE id = :id AND active = 0"));
    activate.bind(QStringLiteral(":id"), writer.themes().id(stored)).exec();
    if (!known || activate.numRowsAffected() > 0)
        writer.audit(0, AuditAction::Theme, QStringLiteral("name"), {}, stored);
    transaction.commit();
}

QString CaseRepository::nextReference(int year) {
    return CaseWriter(m_db, m_clock.now(), m_user).nextReference(year);
}
