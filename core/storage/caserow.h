// The one place that maps a Case onto the columns of the cases table and back, for the repositories of
// core/storage and the core readers that read case rows themselves (the year report, inzage). The
// column list drives the INSERT, the UPDATE, the SELECTs and the per-field audit of an update, so that
// a new field is added in one place (plus a migration).
#pragma once

#include "../domain/case.h"
#include "sqlcolumns.h"
#include "sqlrows.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace CaseRow {

// List: what the case list needs (no story, no contact details); Full: everything; Deadlines: only
// what the deadline engine and the deadline overview read (dates, phase, outcome, reference, klager
// name, handler, domain): no themes, subject, representative, channel or desired outcome; YearReport:
// what the figures of the annual report count (kind, channel, domain, provider, the dates that decide
// timeliness); Summary: one line of a listing (reference, received, kind, channel, domain, phase,
// outcome, klager name and anonymity, handler), for aantafel-cli list.
enum class Scope { List, Full, Deadlines, YearReport, Summary };

// The narrower scopes a column belongs to, as bits of Column::reads; every column is in Full.
enum Read : unsigned { OnlyFull = 0, InList = 1, InDeadlines = 2, InYearReport = 4, InSummary = 8 };

struct Column {
    QString name;
    QVariant (*get)(const Case&);
    // Sets the member from the column of the current row.
    void (*load)(Case&, const SqlRows&, int column);
    unsigned reads;
};

// Every stored field of a case except id, revision and the timestamps, in a fixed order.
const QList<Column>& columns();
// "c.id, c.revision, <the columns of the scope>" for a SELECT from cases AS c.
QString selectList(Scope scope);
// How many columns selectList(scope) selects: the index of the first column a query adds after it.
int columnCount(Scope scope);
// Reads a row selected with selectList(scope). Unknown enum codes read as the first value of the
// enum; IntegrityCheck reports them.
Case read(const SqlRows& rows, Scope scope);

// INSERT: columns() and :revision, :created_at, :updated_at, which the caller binds.
QString insertSql();
// UPDATE: columns(), then :updated_at; WHERE :id and the expected :revision, which the caller binds.
QString updateSql();
// Binds the placeholder of each of columns() (":reference", …) to its value in c.
void bindColumns(SqlQuery& query, const Case& c);

// Events: the column table (at, kind, author, text, code, params), SELECT case_id, id and those, and
// the INSERT of :case_id and those. The parameters are stored as a compact JSON object of strings.
const SqlColumnTable<CaseEvent>& eventColumns();
QString eventSelectList();
QString paramsText(const QMap<QString, QString>& params);
QMap<QString, QString> paramsFrom(const QString& text);
// What the audit trail records of a new entry: its text, or its code and parameters (and any text).
QString eventAuditText(const CaseEvent& event);
CaseEvent readEvent(const SqlQuery& query, int firstColumn);
QString eventInsertSql();
void bindEvent(SqlQuery& query, qint64 caseId, const CaseEvent& event);

// Complaint parts: the column table (description, findings, judgment), SELECT case_id and those WHERE
// :case_id (in position order), and the INSERT of :case_id, :position and those.
const SqlColumnTable<ComplaintPart>& partColumns();
QString partSelectSql();
ComplaintPart readPart(const SqlQuery& query, int firstColumn);
QString partInsertSql();
void bindPart(SqlQuery& query, qint64 caseId, int position, const ComplaintPart& part);

} // namespace CaseRow
