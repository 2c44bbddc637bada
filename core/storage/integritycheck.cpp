#include "integritycheck.h"

#include "deadlinestore.h"

#include "../domain/clock.h"
#include "../workflow/workflow.h"
#include "caserepository.h"
#include "database.h"
#include "serverschema.h"
#include "sqlquery.h"

#include <QMap>
#include <QStringDecoder>

namespace {

// The enum columns of the file and the codes this version knows.
template <typename E> QStringList codes() {
    QStringList result;
    for (E value : EnumText::all<E>())
        result << EnumText::code(value);
    return result;
}

struct EnumColumn {
    QString table;
    QString column;
    QStringList known;
};

QList<EnumColumn> enumColumns() {
    const QString cases = QStringLiteral("cases");
    return {
        {cases, QStringLiteral("kind"), codes<CaseKind>()},
        {cases, QStringLiteral("channel"), codes<Channel>()},
        {cases, QStringLiteral("domain"), codes<PolicyDomain>()},
        {cases, QStringLiteral("phase"), codes<Phase>()},
        {cases, QStringLiteral("outcome"), codes<Outcome>()},
        {cases, QStringLiteral("satisfaction_confirmation"), codes<ConfirmationMethod>()},
        {cases, QStringLiteral("non_handling_ground"), codes<NonHandlingGround>()},
        {cases, QStringLiteral("hearing_exception"), codes<HearingException>()},
        {cases, QStringLiteral("respondent_hearing"), codes<RespondentHearing>()},
        {cases, QStringLiteral("judgment"), codes<Outcome>()},
        {cases, QStringLiteral("committee_advice"), codes<Outcome>()},
        {QStringLiteral("events"), QStringLiteral("kind"), codes<EventKind>()},
    };
}

// The first character of text that no one typed: a C0 control other than tab and line breaks, DEL,
// or a C1 control. Returns 0 when there is none.
char32_t strayControl(const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f))
            return u;
    }
    return 0;
}

struct TextColumns {
    QStringList columns;
    bool hasReference = false;
    bool hasCase = false;
};

// The text columns of every ordinary table (not the search index), by table name: from the file's schema,
// or from the server's catalogue.
QMap<QString, TextColumns> textColumns(Database& db) {
    QMap<QString, TextColumns> result;
    const auto note = [&](const QString& table, const QString& column, bool text) {
        TextColumns& t = result[table];
        t.hasReference = t.hasReference || column == QLatin1String("reference");
        t.hasCase = t.hasCase || column == QLatin1String("case_id");
        if (text)
            t.columns << column;
    };
    if (db.isServer()) {
        SqlQuery q(db, QStringLiteral("SELECT table_name, column_name, data_type FROM information_schema.columns "
                                      "WHERE table_schema = current_schema() AND table_name NOT LIKE '%_fts%' "
                                      "AND table_name IN (SELECT table_name FROM information_schema.tables WHERE "
                                      "table_schema = current_schema() AND table_type = 'BASE TABLE') "
                                      "ORDER BY table_name, ordinal_position"));
        q.exec();
        while (q.next())
            note(q.value(QStringLiteral("table_name")).toString(), q.value(QStringLiteral("column_name")).toString(),
                 q.value(QStringLiteral("data_type")).toString() == QLatin1String("text"));
        return result;
    }
    QStringList tables;
    {
        SqlQuery q(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' AND name NOT LIKE '%_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                      "ORDER BY name"));
        q.exec();
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString& table : std::as_const(tables)) {
        result[table];
        SqlQuery q(db, QStringLiteral("SELECT name, type FROM pragma_table_info(:table)"));
        q.bind(QStringLiteral(":table"), table);
        q.exec();
        while (q.next()) {
            note(table, q.value(QStringLiteral("name")).toString(),
                 q.value(QStringLiteral("type")).toString().compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0);
        }
    }
    return result;
}

// Every text column of every ordinary table: its stored bytes must be UTF-8 and hold no stray
// control characters (an import or another program may have put them there; the program itself
// and a spreadsheet export would show or pass them on as they are). The server stores valid UTF-8 only,
// but a control character is text to it like any other.
void checkText(Database& db, QStringList& problems) {
    const bool server = db.isServer();
    const QMap<QString, TextColumns> tables = textColumns(db);
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const QString& table = it.key();
        const QStringList& columns = it->columns;
        const bool hasReference = it->hasReference;
        const bool hasCase = it->hasCase;
        const QString where = table == QLatin1String("cases") ? QStringLiteral("reference")
                              : hasCase      ? QStringLiteral("(SELECT reference FROM cases WHERE id = case_id)")
                              : hasReference ? QStringLiteral("reference")
                                             : QStringLiteral("''");
        for (const QString& column : std::as_const(columns)) {
            // The server hands over only the texts with a control character (a regular expression of the same
            // characters as strayControl(); in the collation "C", as the ICU collations of the names and logins
            // allow no regular expressions), not every text of every row.
            SqlQuery q(db, (server ? QStringLiteral("SELECT %1, \"%2\" FROM %3 WHERE (\"%2\" COLLATE \"C\") ~ "
                                                    "'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]'")
                                   : QStringLiteral("SELECT %1, CAST(%2 AS BLOB) FROM %3 WHERE typeof(%2) = 'text'"))
                               .arg(where, column, table));
            q.exec();
            while (q.next()) {
                const QByteArray bytes = server ? q.value(1).toString().toUtf8() : q.value(1).toByteArray();
                const QString place = q.value(0).toString().isEmpty()
                                          ? IntegrityCheck::tr("Tabel %1, kolom %2").arg(table, column)
                                          : IntegrityCheck::tr("%1, %2.%3").arg(q.value(0).toString(), table, column);
                QStringDecoder utf8(QStringDecoder::Utf8);
                const QString text = utf8(bytes);
                if (utf8.hasError()) {
                    problems << IntegrityCheck::tr("%1: de tekst is geen geldige UTF-8.").arg(place);
                    continue;
                }
                if (const char32_t control = strayControl(text)) {
                    problems << IntegrityCheck::tr("%1: de tekst bevat een stuurteken (U+%2).")
                                    .arg(place,
                                         QStringLiteral("%1").arg(uint(control), 4, 16, QLatin1Char('0')).toUpper());
                }
            }
        }
    }
}

QString quoted(const QStringList& values) {
    QStringList q;
    for (const QString& v : values)
        q << QLatin1Char('\'') + QString(v).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

} // namespace

QStringList IntegrityCheck::run(Database& db, const Workflow& workflow) {
    QStringList problems;
    bool damaged = false;
    // The file's own checks (its pages, foreign keys, mark and text encoding) apply to a file only: a team
    // server keeps its pages, enforces its foreign keys and stores only valid UTF-8 itself. The program's
    // checks after them apply to both.
    const bool file = db.dialect().hasFileMaintenance();
    if (file) {
        try {
            SqlQuery q(db, QStringLiteral("PRAGMA integrity_check"));
            q.exec();
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QStringLiteral("ok")) {
                    problems << tr("Bestand beschadigd: %1").arg(line);
                    damaged = true;
                }
            }
        } catch (const StorageError& e) {
            // So damaged that SQLite stops checking: that is the finding.
            if (e.kind() != StorageError::Kind::Corrupt)
                throw;
            problems << tr("Bestand beschadigd: %1").arg(e.detail());
            return problems;
        }
    }
    if (file) {
        SqlQuery q(db, QStringLiteral("PRAGMA foreign_key_check"));
        q.exec();
        while (q.next()) {
            problems << tr("Rij %1 van tabel %2 verwijst naar een rij in %3 die niet bestaat.")
                            .arg(q.value(QStringLiteral("rowid")).toString(),
                                 q.value(QStringLiteral("table")).toString(),
                                 q.value(QStringLiteral("parent")).toString());
        }
    }
    const int applicationId =
        file ? SqlQuery::scalar(db, QStringLiteral("PRAGMA application_id")).toInt() : int(Database::ApplicationId);
    if (applicationId != Database::ApplicationId)
        problems << tr("Het bestand heeft niet het kenmerk van Aan Tafel (application_id %1).").arg(applicationId);
    const int version = db.schemaVersion();
    const int expected = file ? Database::CurrentVersion : ServerSchema::Version;
    if (version != expected) {
        problems << tr("Het bestand heeft schemaversie %1; deze versie van Aan Tafel verwacht versie %2.")
                        .arg(version)
                        .arg(expected);
    }
    {
        SqlQuery q(db, QStringLiteral("SELECT c.reference, ct.theme_id FROM case_themes AS ct "
                                      "JOIN cases AS c ON c.id = ct.case_id "
                                      "WHERE ct.theme_id NOT IN (SELECT id FROM themes) ORDER BY c.id"));
        q.exec();
        while (q.next()) {
            problems << tr("%1: verwijst naar een thema dat niet bestaat (nummer %2).")
                            .arg(q.value(0).toString(), q.value(1).toString());
        }
    }
    for (const EnumColumn& e : enumColumns()) {
        const QString reference = e.table == QStringLiteral("cases")
                                      ? QStringLiteral("reference")
                                      : QStringLiteral("(SELECT reference FROM cases WHERE id = case_id)");
        SqlQuery q(db, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NULL OR %2 NOT IN (%4) ORDER BY id")
                           .arg(reference, e.column, e.table, quoted(e.known)));
        q.exec();
        while (q.next()) {
            problems << tr("%1: onbekende waarde '%2' in %3.%4.")
                            .arg(q.value(0).toString(), q.value(1).toString(), e.table, e.column);
        }
    }
    // A damaged file is reported as such: reading on through its pages would only stop halfway.
    if (damaged)
        return problems;
    try {
        checkText(db, problems);
        const SystemClock clock;
        CaseRepository(db, clock, QString()).forEachFull([&](const Case& c) {
            for (const QString& problem : workflow.consistencyProblems(c))
                problems << c.reference + QStringLiteral(": ") + problem;
        });
        // The deadlines stored with the cases against the engine's, case by case (a file of an older
        // version has none yet: its version is reported above).
        if (!file || SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                                         "'case_deadlines'"))
                             .toInt() > 0)
            problems << DeadlineStore(db).verify();
    } catch (const StorageError& e) {
        if (e.kind() != StorageError::Kind::Corrupt)
            throw;
        problems << tr("Bestand beschadigd: %1").arg(e.detail());
    }
    return problems;
}
