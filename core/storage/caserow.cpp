#include "caserow.h"

#include "sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

template <typename E> QVariant codeOf(E value) {
    return QVariant(EnumText::code(value));
}

template <typename E> E parse(const QVariant& v) {
    return EnumText::fromCode<E>(v.toString()).value_or(E{});
}

template <typename E> E parse(QByteArrayView utf8) {
    return EnumText::fromCode<E>(utf8).value_or(E{});
}

} // namespace

// One line per column: name, member, and the narrower reads that include it (Full reads every column).
#define CASE_COLUMN(column, member, stored, loaded, reads)                                                             \
    CaseRow::Column {                                                                                                  \
        QStringLiteral(column), [](const Case& c) { return QVariant(stored); },                                        \
            [](Case& c, const SqlRows& row, int i) { c.member = loaded; }, reads                                       \
    }
#define CASE_TEXT(column, member, reads) CASE_COLUMN(column, member, SqlValue::text(c.member), row.text(i), reads)
#define CASE_DATE(column, member, reads) CASE_COLUMN(column, member, SqlValue::date(c.member), row.date(i), reads)
#define CASE_BOOL(column, member, reads)                                                                               \
    CASE_COLUMN(column, member, SqlValue::boolean(c.member), row.integer(i) != 0, reads)
#define CASE_ENUM(column, member, type, reads)                                                                         \
    CASE_COLUMN(column, member, codeOf(c.member), parse<type>(row.utf8(i)), reads)

const QList<CaseRow::Column>& CaseRow::columns() {
    static const QList<Column> all{
        CASE_TEXT("reference", reference, InList | InDeadlines | InSummary),
        CASE_ENUM("kind", kind, CaseKind, InList | InDeadlines | InYearReport | InSummary),
        CASE_ENUM("channel", channel, Channel, InList | InYearReport | InSummary),
        CASE_DATE("received", received, InList | InDeadlines | InYearReport | InSummary),
        CASE_DATE("conduct_date", conductDate, InList | InDeadlines),
        CASE_BOOL("anonymous", anonymous, InList | InDeadlines | InSummary),
        CASE_TEXT("klager_name", klager.name, InList | InDeadlines | InSummary),
        CASE_TEXT("klager_address", klager.address, OnlyFull),
        CASE_TEXT("klager_phone", klager.phone, OnlyFull),
        CASE_TEXT("klager_email", klager.email, OnlyFull),
        CASE_TEXT("representative_name", representative.name, InList),
        CASE_TEXT("representative_role", representative.role, InList),
        CASE_TEXT("subject_department", subject.department, InList),
        CASE_TEXT("subject_employee", subject.employee, InList),
        CASE_TEXT("subject_provider", subject.provider, InList | InYearReport),
        CASE_TEXT("subject_joint_arrangement", subject.jointArrangement, InList),
        CASE_ENUM("domain", domain, PolicyDomain, InList | InDeadlines | InYearReport | InSummary),
        CASE_TEXT("story", story, OnlyFull),
        CASE_TEXT("desired_outcome", desiredOutcome, InList),
        CASE_TEXT("handler", handler, InList | InDeadlines | InSummary),
        CASE_BOOL("committee", committee, InList | InDeadlines | InYearReport),
        CASE_BOOL("about_decision_content", aboutDecisionContent, InList | InDeadlines),
        CASE_DATE("decision_published", decisionPublished, InList | InDeadlines),
        CASE_ENUM("phase", phase, Phase, InList | InDeadlines | InYearReport | InSummary),
        CASE_ENUM("outcome", outcome, Outcome, InList | InDeadlines | InYearReport | InSummary),
        CASE_DATE("closed_on", closedOn, InList | InDeadlines | InYearReport),
        CASE_ENUM("satisfaction_confirmation", satisfactionConfirmation, ConfirmationMethod, InList),
        CASE_ENUM("non_handling_ground", nonHandlingGround, NonHandlingGround, InList | InDeadlines),
        CASE_DATE("non_handling_notice_sent", nonHandlingNoticeSent, InList | InDeadlines),
        CASE_DATE("acknowledgement_sent", acknowledgementSent, InList | InDeadlines),
        CASE_DATE("first_contact_on", firstContactOn, InList | InDeadlines),
        CASE_DATE("adjourned_on", adjournedOn, InList | InDeadlines | InYearReport),
        CASE_DATE("consent_received", consentReceived, InList | InDeadlines | InYearReport),
        CASE_DATE("agreed_due_date", agreedDueDate, InList | InDeadlines | InYearReport),
        CASE_DATE("hearing_planned", hearingPlanned, InList | InDeadlines | InYearReport),
        CASE_DATE("hearing_held", hearingHeld, InList | InDeadlines | InYearReport),
        CASE_ENUM("hearing_exception", hearingException, HearingException, InList | InDeadlines | InYearReport),
        CASE_TEXT("referral_provider", referralProvider, InList | InDeadlines),
        CASE_DATE("referral_follow_up", referralFollowUp, InList | InDeadlines),
        CASE_DATE("referral_feedback", referralFeedback, InList | InDeadlines),
        CASE_DATE("follow_up_due", followUpDue, InList | InDeadlines),
        CASE_DATE("follow_up_done", followUpDone, InList | InDeadlines),
        CASE_TEXT("conclusions", conclusions, OnlyFull),
        CASE_DATE("sent_to_ombudsman", sentToOmbudsman, InList),
        CASE_DATE("klaagschrift_dated", klaagschriftDated, InList),
        CASE_DATE("committee_decided_on", committeeDecidedOn, InList),
        CASE_TEXT("committee_reason", committeeReason, OnlyFull),
        CASE_BOOL("about_regie", aboutRegie, InList),
        CASE_DATE("hearing_reply_term", hearingReplyTerm, InList),
        CASE_ENUM("respondent_hearing", respondentHearing, RespondentHearing, InList),
        CASE_DATE("respondent_heard_on", respondentHeardOn, InList),
        CASE_TEXT("hearing_report", hearingReport, OnlyFull),
        CASE_DATE("hearing_report_sent", hearingReportSent, InList),
        CASE_TEXT("findings", findings, OnlyFull),
        CASE_ENUM("judgment", judgment, Outcome, InList),
        CASE_DATE("closing_notice_sent", closingNoticeSent, InList | InDeadlines | InYearReport),
        CASE_BOOL("history_imported", historyImported, InList | InDeadlines | InYearReport),
        CASE_DATE("committee_advice_on", committeeAdviceOn, InList),
        CASE_ENUM("committee_advice", committeeAdvice, Outcome, InList),
        CASE_TEXT("committee_advice_text", committeeAdviceText, OnlyFull),
        CASE_TEXT("departure_reasons", departureReasons, OnlyFull),
        CASE_TEXT("predecessor", predecessor, InList),
        CASE_ENUM("ombudsman_kind", ombudsmanKind, OmbudsmanKind, InList),
        CASE_ENUM("ombudsman_outcome", ombudsmanOutcome, OmbudsmanOutcome, InList),
        CASE_DATE("ombudsman_outcome_on", ombudsmanOutcomeOn, InList),
    };
    return all;
}

#undef CASE_COLUMN
#undef CASE_TEXT
#undef CASE_DATE
#undef CASE_BOOL
#undef CASE_ENUM

const SqlColumnTable<CaseEvent>& CaseRow::eventColumns() {
    static const SqlColumnTable<CaseEvent> all{
        {QStringLiteral("at"), [](const CaseEvent& e) { return SqlValue::moment(e.at); },
         [](CaseEvent& e, const QVariant& v) { e.at = SqlValue::toMoment(v); }},
        {QStringLiteral("kind"), [](const CaseEvent& e) { return codeOf(e.kind); },
         [](CaseEvent& e, const QVariant& v) { e.kind = parse<EventKind>(v); }},
        {QStringLiteral("author"), [](const CaseEvent& e) { return SqlValue::text(e.author); },
         [](CaseEvent& e, const QVariant& v) { e.author = v.toString(); }},
        {QStringLiteral("text"), [](const CaseEvent& e) { return SqlValue::text(e.text); },
         [](CaseEvent& e, const QVariant& v) { e.text = v.toString(); }},
        {QStringLiteral("code"), [](const CaseEvent& e) { return SqlValue::text(e.code); },
         [](CaseEvent& e, const QVariant& v) { e.code = v.toString(); }},
        {QStringLiteral("params"), [](const CaseEvent& e) { return SqlValue::text(paramsText(e.params)); },
         [](CaseEvent& e, const QVariant& v) { e.params = paramsFrom(v.toString()); }},
    };
    return all;
}

const SqlColumnTable<ComplaintPart>& CaseRow::partColumns() {
    static const SqlColumnTable<ComplaintPart> all{
        {QStringLiteral("description"), [](const ComplaintPart& p) { return SqlValue::text(p.description); },
         [](ComplaintPart& p, const QVariant& v) { p.description = v.toString(); }},
        {QStringLiteral("findings"), [](const ComplaintPart& p) { return SqlValue::text(p.findings); },
         [](ComplaintPart& p, const QVariant& v) { p.findings = v.toString(); }},
        {QStringLiteral("judgment"), [](const ComplaintPart& p) { return codeOf(p.judgment); },
         [](ComplaintPart& p, const QVariant& v) { p.judgment = parse<Outcome>(v); }},
    };
    return all;
}

namespace {

// The columns of a scope, in columns() order; computed once.
const QList<const CaseRow::Column*>& columnsOf(CaseRow::Scope scope) {
    static const auto collect = [](unsigned reads) {
        QList<const CaseRow::Column*> result;
        for (const CaseRow::Column& column : CaseRow::columns()) {
            if ((column.reads & reads) != 0 || reads == 0)
                result << &column;
        }
        return result;
    };
    static const QList<const CaseRow::Column*> full = collect(0);
    static const QList<const CaseRow::Column*> list = collect(CaseRow::InList);
    static const QList<const CaseRow::Column*> deadlines = collect(CaseRow::InDeadlines);
    static const QList<const CaseRow::Column*> yearReport = collect(CaseRow::InYearReport);
    static const QList<const CaseRow::Column*> summary = collect(CaseRow::InSummary);
    switch (scope) {
    case CaseRow::Scope::List: return list;
    case CaseRow::Scope::Full: return full;
    case CaseRow::Scope::Deadlines: return deadlines;
    case CaseRow::Scope::YearReport: return yearReport;
    case CaseRow::Scope::Summary: return summary;
    }
    return full;
}

} // namespace

QString CaseRow::selectList(Scope scope) {
    QStringList names{QStringLiteral("c.id"), QStringLiteral("c.revision")};
    for (const Column* column : columnsOf(scope))
        names << QStringLiteral("c.") + column->name;
    return names.join(QStringLiteral(", "));
}

int CaseRow::columnCount(Scope scope) {
    return 2 + int(columnsOf(scope).size());
}

Case CaseRow::read(const SqlRows& rows, Scope scope) {
    Case c;
    c.id = rows.integer(0);
    c.revision = int(rows.integer(1));
    int index = 2;
    for (const Column* column : columnsOf(scope))
        column->load(c, rows, index++);
    return c;
}

QString CaseRow::insertSql() {
    QStringList names;
    for (const Column& column : columns())
        names << column.name;
    names << QStringLiteral("revision") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    QStringList marks;
    for (const QString& name : std::as_const(names))
        marks << SqlColumns::placeholder(name);
    return QStringLiteral("INSERT INTO cases (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           marks.join(QStringLiteral(", ")) + QStringLiteral(")");
}

QString CaseRow::updateSql() {
    QStringList assignments;
    for (const Column& column : columns())
        assignments << column.name + QStringLiteral(" = ") + SqlColumns::placeholder(column.name);
    assignments << QStringLiteral("revision = revision + 1") << QStringLiteral("updated_at = :updated_at");
    return QStringLiteral("UPDATE cases SET ") + assignments.join(QStringLiteral(", ")) +
           QStringLiteral(" WHERE id = :id AND revision = :revision");
}

void CaseRow::bindColumns(SqlQuery& query, const Case& c) {
    for (const Column& column : columns())
        query.bind(SqlColumns::placeholder(column.name), column.get(c));
}

QString CaseRow::eventSelectList() {
    return QStringLiteral("e.case_id, e.id, ") + SqlColumns::names(eventColumns(), QStringLiteral("e."));
}

QString CaseRow::paramsText(const QMap<QString, QString>& params) {
    if (params.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> CaseRow::paramsFrom(const QString& text) {
    QMap<QString, QString> params;
    if (text.isEmpty())
        return params;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        params.insert(it.key(), it.value().toString());
    return params;
}

QString CaseRow::eventAuditText(const CaseEvent& event) {
    if (event.code.isEmpty())
        return event.text;
    QString text = event.code;
    if (!event.params.isEmpty())
        text += u' ' + paramsText(event.params);
    if (!event.text.isEmpty())
        text += u'\n' + event.text;
    return text;
}

CaseEvent CaseRow::readEvent(const SqlQuery& query, int firstColumn) {
    CaseEvent e;
    e.id = query.value(firstColumn).toLongLong();
    SqlColumns::read(query, eventColumns(), e, firstColumn + 1);
    return e;
}

QString CaseRow::eventInsertSql() {
    return SqlColumns::insertSql(QStringLiteral("events"), eventColumns(), {QStringLiteral("case_id")});
}

void CaseRow::bindEvent(SqlQuery& query, qint64 caseId, const CaseEvent& event) {
    query.bind(QStringLiteral(":case_id"), caseId);
    SqlColumns::bind(query, eventColumns(), event);
}

QString CaseRow::partSelectSql() {
    return QStringLiteral("SELECT case_id, ") + SqlColumns::names(partColumns()) +
           QStringLiteral(" FROM complaint_parts WHERE case_id = :case_id ORDER BY position, id");
}

ComplaintPart CaseRow::readPart(const SqlQuery& query, int firstColumn) {
    ComplaintPart part;
    SqlColumns::read(query, partColumns(), part, firstColumn);
    return part;
}

QString CaseRow::partInsertSql() {
    return SqlColumns::insertSql(QStringLiteral("complaint_parts"), partColumns(),
                                 {QStringLiteral("case_id"), QStringLiteral("position")});
}

void CaseRow::bindPart(SqlQuery& query, qint64 caseId, int position, const ComplaintPart& part) {
    query.bind(QStringLiteral(":case_id"), caseId).bind(QStringLiteral(":position"), position);
    SqlColumns::bind(query, partColumns(), part);
}
