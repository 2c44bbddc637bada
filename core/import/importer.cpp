#include "importer.h"

#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <algorithm>

QString ImportProblem::text() const {
    if (column.isEmpty())
        return Importer::tr("regel %1: %2").arg(line).arg(why);
    return Importer::tr("regel %1, kolom '%2': %3").arg(line).arg(column, why);
}

Importer::Importer(ImportMapping mapping, const Workflow& workflow, QDateTime now, QString user, QString fileName)
    : m_mapping(std::move(mapping))
    , m_workflow(workflow)
    , m_now(std::move(now))
    , m_user(std::move(user))
    , m_fileName(std::move(fileName)) {}

void Importer::setExisting(QSet<QString> references, const QStringList& themes) {
    m_existingReferences = std::move(references);
    m_knownThemes.clear();
    for (const QString& t : themes)
        m_knownThemes.insert(t.trimmed().toLower());
}

void Importer::loadExisting(MunicipalitySession& session) {
    QSet<QString> references;
    session.cases().forEach({}, [&](const Case& c) { references.insert(c.reference); });
    setExisting(std::move(references), session.cases().themes());
}

ImportRun Importer::dryRun(const CsvTable& table, const std::function<void(int, int)>& progress) const {
    ImportRun run;
    if (!table.ok()) {
        run.fileProblems << table.error;
        return run;
    }
    run.rowsRead = int(table.rows.size());
    run.fileProblems = m_mapping.problems(table.header);
    if (!run.fileProblems.isEmpty())
        return run;

    RowContext ctx;
    for (ImportField field : ImportMapping::allFields())
        ctx.index.append(m_mapping.columnIndex(field, table.header));
    const int total = run.rowsRead;
    for (int i = 0; i < total; ++i) {
        importRow(table, table.rows.at(i), ctx, run);
        if (progress && (i + 1) % 2000 == 0)
            progress(i + 1, total);
    }
    if (progress)
        progress(total, total);

    // Themes are only new once a row that uses them is importable.
    QSet<QString> seen;
    for (const ImportedRow& row : std::as_const(run.cases)) {
        for (const QString& theme : row.c.themes) {
            const QString key = theme.toLower();
            if (!m_knownThemes.contains(key) && !seen.contains(key)) {
                seen.insert(key);
                run.newThemes << theme;
            }
        }
    }
    for (auto it = ctx.unknown.cbegin(); it != ctx.unknown.cend(); ++it) {
        QStringList words = it->values();
        std::sort(words.begin(), words.end());
        run.unknownWords.insert(it.key(), words);
    }
    return run;
}

int Importer::commit(MunicipalitySession& session, ImportRun& run, bool skipInvalid) const {
    // Importing registers cases: the same permission as a new melding, for the GUI and aantafel-cli.
    if (const Permission p = session.permissions().check(Action::RegisterCase); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    if (!run.fileProblems.isEmpty() || (!run.problems.isEmpty() && !skipInvalid)) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Het bestand heeft regels met problemen; er is niets geïmporteerd. Los de problemen op "
                              "of kies ervoor die regels over te slaan."));
    }
    QList<Case> cases;
    cases.reserve(run.cases.size());
    for (const ImportedRow& row : std::as_const(run.cases))
        cases.append(row.c);
    Transaction transaction(session.database());
    session.cases().insertMany(cases);
    AuditLog(session.database())
        .record(session.clock().now(), session.user(), 0, AuditAction::Import, QStringLiteral("file"), {},
                tr("bestand %1, aantal zaken %2").arg(m_fileName).arg(cases.size()));
    transaction.commit();
    for (qsizetype i = 0; i < cases.size(); ++i)
        run.cases[i].c = cases.at(i);
    return int(cases.size());
}
