// Settings are stored as text under stable snake_case keys; a key missing from the file takes the
// default of MunicipalitySettings, so that a newer program can add settings without a migration.
#include "municipalitysettings.h"

#include "deadlinestore.h"

#include "auditlog.h"
#include "database.h"
#include "sqlquery.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

namespace {

const QString logoKey = QStringLiteral("logo_png");

QString flag(bool b) {
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

QString number(int n) {
    return QString::number(n);
}

QList<QPair<QString, QString>> toPairs(const MunicipalitySettings& s) {
    const bool national = s.ombudsman.kind == Ombudsman::Kind::National;
    return {
        {QStringLiteral("name"), s.name},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("phone"), s.phone},
        {QStringLiteral("email"), s.email},
        {logoKey, QString::fromLatin1(s.logoPng.toBase64())},
        {QStringLiteral("committee"), flag(s.committee)},
        {QStringLiteral("ombudsman_kind"), national ? QStringLiteral("national") : QStringLiteral("municipal")},
        {QStringLiteral("ombudsman_name"), s.ombudsman.name},
        {QStringLiteral("ombudsman_address"), s.ombudsman.address},
        {QStringLiteral("ombudsman_website"), s.ombudsman.website},
        {QStringLiteral("terms_acknowledgement_working_days"), number(s.terms.acknowledgementWorkingDays)},
        {QStringLiteral("terms_first_contact_working_days"), number(s.terms.firstContactWorkingDays)},
        {QStringLiteral("terms_follow_up_working_days"), number(s.terms.followUpWorkingDays)},
        {QStringLiteral("terms_referral_follow_up_working_days"), number(s.terms.referralFollowUpWorkingDays)},
        {QStringLiteral("terms_warning_working_days"), number(s.terms.warningWorkingDays)},
        {QStringLiteral("reference_prefix"), s.referencePrefix},
        {QStringLiteral("document_limit_megabytes"), number(s.documentLimitMegabytes)},
        {QStringLiteral("house_font"), s.houseFont.trimmed()},
    };
}

QHash<QString, QString> storedValues(Database& db) {
    QHash<QString, QString> values;
    SqlRows q(db, QStringLiteral("SELECT key, value FROM settings"));
    q.exec();
    while (q.next())
        values.insert(q.text(0), q.text(1));
    return values;
}

// What the audit trail says about a value: the logo as its size, not as kilobytes of base64.
QString auditText(const QString& key, const QString& value) {
    if (key == logoKey && !value.isEmpty())
        return QStringLiteral("(%1 bytes)").arg(QByteArray::fromBase64(value.toLatin1()).size());
    return value;
}

} // namespace

MunicipalitySettings MunicipalitySettingsStore::load() {
    const QHash<QString, QString> v = storedValues(m_db);
    MunicipalitySettings s;
    auto text = [&](const char* key, QString& target) {
        const auto it = v.constFind(QString::fromLatin1(key));
        if (it != v.constEnd())
            target = *it;
    };
    auto integer = [&](const char* key, int& target) {
        bool ok = false;
        const int n = v.value(QString::fromLatin1(key)).toInt(&ok);
        if (ok)
            target = n;
    };
    text("name", s.name);
    text("address", s.address);
    text("phone", s.phone);
    text("email", s.email);
    s.logoPng = QByteArray::fromBase64(v.value(logoKey).toLatin1());
    s.committee = v.value(QStringLiteral("committee")) == QStringLiteral("1");
    const auto kind = v.constFind(QStringLiteral("ombudsman_kind"));
    if (kind != v.constEnd())
        s.ombudsman.kind =
            *kind == QStringLiteral("municipal") ? Ombudsman::Kind::Municipal : Ombudsman::Kind::National;
    text("ombudsman_name", s.ombudsman.name);
    text("ombudsman_address", s.ombudsman.address);
    text("ombudsman_website", s.ombudsman.website);
    integer("terms_acknowledgement_working_days", s.terms.acknowledgementWorkingDays);
    integer("terms_first_contact_working_days", s.terms.firstContactWorkingDays);
    integer("terms_follow_up_working_days", s.terms.followUpWorkingDays);
    integer("terms_referral_follow_up_working_days", s.terms.referralFollowUpWorkingDays);
    integer("terms_warning_working_days", s.terms.warningWorkingDays);
    text("reference_prefix", s.referencePrefix);
    integer("document_limit_megabytes", s.documentLimitMegabytes);
    text("house_font", s.houseFont);
    return s;
}

void MunicipalitySettingsStore::save(const MunicipalitySettings& settings, const QString& user) {
    if (settings.referencePrefix.trimmed().isEmpty() || settings.referencePrefix.contains(QLatin1Char(' '))) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Het voorvoegsel van de zaaknummers mag niet leeg zijn en geen spaties bevatten."));
    }
    if (settings.documentLimitMegabytes < 1 || settings.documentLimitMegabytes > 1024) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("De grootste toegestane omvang van een document moet tussen 1 en 1024 MB liggen."));
    }
    const QDateTime now = QDateTime::currentDateTime();
    Transaction transaction(m_db);
    const PolicyTerms termsBefore = load().terms;
    const QHash<QString, QString> stored = storedValues(m_db);
    SqlQuery write(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    SqlQuery audit(m_db, AuditLog::insertSql());
    for (const auto& [key, value] : toPairs(settings)) {
        const auto it = stored.constFind(key);
        if (it != stored.constEnd() && *it == value)
            continue;
        write.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), SqlValue::text(value)).exec();
        const QString old = it != stored.constEnd() ? *it : QString();
        AuditLog::bindRecord(audit, now, user, 0, AuditAction::Settings, key, auditText(key, old),
                             auditText(key, value));
        audit.exec();
    }
    if (settings.terms != termsBefore)
        DeadlineStore(m_db).refreshAll(); // the policy terms move the stored deadlines that count them
    transaction.commit();
}
