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

} // namespace

// One line per column: name, getter, setter, whether the case list reads it.
#define CASE_TEXT(column, member, list)                                                                                \
    CaseRow::Column {                                                                                                  \
        QStringLiteral(column), [](const Case& c) { return SqlValue::text(c.member); },                                \
            [](Case& c, const QVariant& v) { c.member = v.toString(); }, list                                          \
    }
#define CASE_DATE(column, member)                                                                                      \
    CaseRow::Column {                                                                                                  \
        QStringLiteral(column), [](const Case& c) { return SqlValue::date(c.member); },                                \
            [](Case& c, const QVariant& v) { c.member = SqlValue::toDate(v); }, true                                   \
    }
#define CASE_BOOL(column, member)                                                                                      \
    CaseRow::Column {                                                                                                  \
        QStringLiteral(column), [](const Case& c) { return SqlValue::boolean(c.member); },                             \
            [](Case& c, const QVariant& v) { c.member = v.toInt() != 0; }, true                                        \
    }
#define CASE_ENUM(column, member, type)                                                                                \
    CaseRow::Column {                                                                                                  \
        QStringLiteral(column), [](const Case& c) { return codeOf(c.member); },                                        \
            [](Case& c, const QVariant& v) { c.member = parse<type>(v); }, true                                        \
    }

const QList<CaseRow::Column>& CaseRow::columns() {
    static const QList<Column> all{
        CASE_TEXT("reference", reference, true),
        CASE_ENUM("kind", kind, CaseKind),
        CASE_ENUM("channel", channel, Channel),
        CASE_DATE("received", received),
        CASE_DATE("conduct_date", conductDate),
        CASE_BOOL("anonymous", anonymous),
        CASE_TEXT("klager_name", klager.name, true),
        CASE_TEXT("klager_address", klager.address, false),
        CASE_TEXT("klager_phone", klager.phone, false),
        CASE_TEXT("klager_email", klager.email, false),
        CASE_TEXT("representative_name", representative.name, true),
        CASE_TEXT("representative_role", representative.role, true),
        CASE_TEXT("subject_department", subject.department, true),
        CASE_TEXT("subject_employee", subject.employee, true),
        CASE_TEXT("subject_provider", subject.provider, true),
        CASE_TEXT("subject_joint_arrangement", subject.jointArrangement, true),
        CASE_ENUM("domain", domain, PolicyDomain),
        CASE_TEXT("story", story, false),
        CASE_TEXT("desired_outcome", desiredOutcome, true),
        CASE_TEXT("handler", handler, true),
        CASE_BOOL("committee", committee),
        CASE_BOOL("about_decision_content", aboutDecisionContent),
        CASE_DATE("decision_published", decisionPublished),
        CASE_ENUM("phase", phase, Phase),
        CASE_ENUM("outcome", outcome, Outcome),
        CASE_DATE("closed_on", closedOn),
        CASE_ENUM("satisfaction_confirmation", satisfactionConfirmation, ConfirmationMethod),
        CASE_ENUM("non_handling_ground", nonHandlingGround, NonHandlingGround),
        CASE_DATE("non_handling_notice_sent", nonHandlingNoticeSent),
        CASE_DATE("acknowledgement_sent", acknowledgementSent),
        CASE_DATE("first_contact_on", firstContactOn),
        CASE_DATE("adjourned_on", adjournedOn),
        CASE_DATE("consent_received", consentReceived),
        CASE_DATE("agreed_due_date", agreedDueDate),
        CASE_DATE("hearing_planned", hearingPlanned),
        CASE_DATE("hearing_held", hearingHeld),
        CASE_ENUM("hearing_exception", hearingException, HearingException),
        CASE_TEXT("referral_provider", referralProvider, true),
        CASE_DATE("referral_follow_up", referralFollowUp),
        CASE_DATE("referral_feedback", referralFeedback),
        CASE_DATE("follow_up_due", followUpDue),
        CASE_DATE("follow_up_done", followUpDone),
        CASE_TEXT("conclusions", conclusions, false),
        CASE_DATE("sent_to_ombudsman", sentToOmbudsman),
        CASE_DATE("klaagschrift_dated", klaagschriftDated),
        CASE_DATE("committee_decided_on", committeeDecidedOn),
        CASE_TEXT("committee_reason", committeeReason, false),
        CASE_BOOL("about_regie", aboutRegie),
        CASE_DATE("hearing_reply_term", hearingReplyTerm),
        CASE_ENUM("respondent_hearing", respondentHearing, RespondentHearing),
        CASE_DATE("respondent_heard_on", respondentHeardOn),
        CASE_TEXT("hearing_report", hearingReport, false),
        CASE_DATE("hearing_report_sent", hearingReportSent),
        CASE_TEXT("findings", findings, false),
        CASE_ENUM("judgment", judgment, Outcome),
        CASE_DATE("closing_notice_sent", closingNoticeSent),
        CASE_BOOL("history_imported", historyImported),
        CASE_DATE("committee_advice_on", committeeAdviceOn),
        CASE_ENUM("committee_advice", committeeAdvice, Outcome),
        CASE_TEXT("committee_advice_text", committeeAdviceText, false),
        CASE_TEXT("departure_reasons", departureReasons, false),
        CASE_TEXT("predecessor", predecessor, true),
        CASE_ENUM("ombudsman_kind", ombudsmanKind, OmbudsmanKind),
        CASE_ENUM("ombudsman_outcome", ombudsmanOutcome, OmbudsmanOutcome),
        CASE_DATE("ombudsman_outcome_on", ombudsmanOutcomeOn),
    };
    return all;
}

#undef CASE_TEXT
#undef CASE_DATE
#undef CASE_BOOL
#undef CASE_ENUM

namespace {

// The columns of a scope, in columns() order; computed once.
const QList<const CaseRow::Column*>& columnsOf(CaseRow::Scope scope) {
    static const auto collect = [](CaseRow::Scope s) {
        static const QStringList deadlineColumns{
            QStringLiteral("reference"),
            QStringLiteral("kind"),
            QStringLiteral("received"),
            QStringLiteral("conduct_date"),
            QStringLiteral("anonymous"),
            QStringLiteral("klager_name"),
            QStringLiteral("domain"),
            QStringLiteral("handler"),
            QStringLiteral("committee"),
            QStringLiteral("about_decision_content"),
            QStringLiteral("decision_published"),
            QStringLiteral("phase"),
            QStringLiteral("outcome"),
            QStringLiteral("closed_on"),
            QStringLiteral("non_handling_ground"),
            QStringLiteral("non_handling_notice_sent"),
            QStringLiteral("acknowledgement_sent"),
            QStringLiteral("first_contact_on"),
            QStringLiteral("adjourned_on"),
            QStringLiteral("consent_received"),
            QStringLiteral("agreed_due_date"),
            QStringLiteral("hearing_planned"),
            QStringLiteral("hearing_held"),
            QStringLiteral("hearing_exception"),
            QStringLiteral("referral_provider"),
            QStringLiteral("referral_follow_up"),
            QStringLiteral("referral_feedback"),
            QStringLiteral("follow_up_due"),
            QStringLiteral("follow_up_done"),
            QStringLiteral("closing_notice_sent"),
            QStringLiteral("history_imported"),
        };
        QList<const CaseRow::Column*> result;
        for (const CaseRow::Column& column : CaseRow::columns()) {
            const bool wanted = s == CaseRow::Scope::Full || (s == CaseRow::Scope::List && column.inList) ||
                                (s == CaseRow::Scope::Deadlines && deadlineColumns.contains(column.name));
            if (wanted)
                result << &column;
        }
        return result;
    };
    static const QList<const CaseRow::Column*> list = collect(CaseRow::Scope::List);
    static const QList<const CaseRow::Column*> full = collect(CaseRow::Scope::Full);
    static const QList<const CaseRow::Column*> deadlines = collect(CaseRow::Scope::Deadlines);
    switch (scope) {
    case CaseRow::Scope::List: return list;
    case CaseRow::Scope::Full: return full;
    case CaseRow::Scope::Deadlines: return deadlines;
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

Case CaseRow::read(const SqlQuery& query, Scope scope) {
    Case c;
    c.id = query.value(0).toLongLong();
    c.revision = query.value(1).toInt();
    int index = 2;
    for (const Column* column : columnsOf(scope))
        column->set(c, query.value(index++));
    return c;
}

QString CaseRow::insertSql() {
    QStringList names;
    QStringList marks;
    for (const Column& column : columns()) {
        names << column.name;
        marks << QStringLiteral("?");
    }
    names << QStringLiteral("revision") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    marks << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?");
    return QStringLiteral("INSERT INTO cases (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           marks.join(QStringLiteral(", ")) + QStringLiteral(")");
}

QString CaseRow::updateSql() {
    QStringList assignments;
    for (const Column& column : columns())
        assignments << column.name + QStringLiteral(" = ?");
    assignments << QStringLiteral("revision = revision + 1") << QStringLiteral("updated_at = ?");
    return QStringLiteral("UPDATE cases SET ") + assignments.join(QStringLiteral(", ")) +
           QStringLiteral(" WHERE id = ? AND revision = ?");
}

void CaseRow::bindColumns(SqlQuery& query, const Case& c) {
    int position = 0;
    for (const Column& column : columns())
        query.bind(position++, column.get(c));
}

QString CaseRow::eventSelectList() {
    return QStringLiteral("e.case_id, e.id, e.at, e.kind, e.author, e.text, e.code, e.params");
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
    e.at = SqlValue::toMoment(query.value(firstColumn + 1));
    e.kind = parse<EventKind>(query.value(firstColumn + 2));
    e.author = query.value(firstColumn + 3).toString();
    e.text = query.value(firstColumn + 4).toString();
    e.code = query.value(firstColumn + 5).toString();
    e.params = paramsFrom(query.value(firstColumn + 6).toString());
    return e;
}

QString CaseRow::eventInsertSql() {
    return QStringLiteral(
        "INSERT INTO events (case_id, at, kind, author, text, code, params) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

void CaseRow::bindEvent(SqlQuery& query, qint64 caseId, const CaseEvent& event) {
    query.bind(0, caseId)
        .bind(1, SqlValue::moment(event.at))
        .bind(2, codeOf(event.kind))
        .bind(3, SqlValue::text(event.author))
        .bind(4, SqlValue::text(event.text))
        .bind(5, SqlValue::text(event.code))
        .bind(6, SqlValue::text(paramsText(event.params)));
}

QString CaseRow::partSelectSql() {
    return QStringLiteral("SELECT case_id, description, findings, judgment FROM complaint_parts WHERE case_id = ? "
                          "ORDER BY position, id");
}

ComplaintPart CaseRow::readPart(const SqlQuery& query, int firstColumn) {
    ComplaintPart part;
    part.description = query.value(firstColumn).toString();
    part.findings = query.value(firstColumn + 1).toString();
    part.judgment = parse<Outcome>(query.value(firstColumn + 2));
    return part;
}

QString CaseRow::partInsertSql() {
    return QStringLiteral("INSERT INTO complaint_parts (case_id, position, description, findings, judgment) "
                          "VALUES (?, ?, ?, ?, ?)");
}

void CaseRow::bindPart(SqlQuery& query, qint64 caseId, int position, const ComplaintPart& part) {
    query.bind(0, caseId)
        .bind(1, position)
        .bind(2, SqlValue::text(part.description))
        .bind(3, SqlValue::text(part.findings))
        .bind(4, codeOf(part.judgment));
}
