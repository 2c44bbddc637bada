#include "auditaction.h"

#include <utility>

namespace {

template <typename E> using CodeTable = QList<std::pair<E, const char*>>;

const CodeTable<AuditAction>& auditCodes() {
    static const CodeTable<AuditAction> table{
        {AuditAction::Create, "create"},
        {AuditAction::Update, "update"},
        {AuditAction::Event, "event"},
        {AuditAction::Transition, "transition"},
        {AuditAction::View, "view"},
        {AuditAction::Delete, "delete"},
        {AuditAction::Destroy, "destroy"},
        {AuditAction::Anonymise, "anonymise"},
        {AuditAction::Inzage, "inzage"},
        {AuditAction::User, "user"},
        {AuditAction::Identify, "identify"},
        {AuditAction::Settings, "settings"},
        {AuditAction::Calendar, "calendar"},
        {AuditAction::Theme, "theme"},
        {AuditAction::AuditExport, "audit_export"},
        {AuditAction::DocumentAdd, "document_add"},
        {AuditAction::DocumentOpen, "document_open"},
        {AuditAction::DocumentKind, "document_kind"},
        {AuditAction::DocumentRemove, "document_remove"},
        {AuditAction::Archive, "archive"},
        {AuditAction::RetentionCopy, "retention_copy"},
        {AuditAction::Import, "import"},
        {AuditAction::Letter, "letter"},
        {AuditAction::LetterTemplate, "letter_template"},
        {AuditAction::MeasureCreate, "measure-create"},
        {AuditAction::MeasureUpdate, "measure-update"},
        {AuditAction::MeasureLink, "measure-link"},
        {AuditAction::MeasureUnlink, "measure-unlink"},
        {AuditAction::MeasureDelete, "measure-delete"},
        {AuditAction::Migrate, "migrate"},
        {AuditAction::ServerUpgrade, "server_upgrade"},
    };
    return table;
}

const CodeTable<BackupKind>& backupCodes() {
    static const CodeTable<BackupKind> table{
        {BackupKind::Automatic, "automatic"},
        {BackupKind::Manual, "manual"},
        {BackupKind::Safety, "safety"},
    };
    return table;
}

template <typename E> QString codeIn(const CodeTable<E>& table, E value) {
    for (const auto& [v, code] : table) {
        if (v == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename E> std::optional<E> valueIn(const CodeTable<E>& table, const QString& code) {
    for (const auto& [v, c] : table) {
        if (code == QLatin1String(c))
            return v;
    }
    return std::nullopt;
}

template <typename E> QList<E> valuesIn(const CodeTable<E>& table) {
    QList<E> values;
    for (const auto& entry : table)
        values << entry.first;
    return values;
}

} // namespace

QString AuditActions::code(AuditAction action) {
    return codeIn(auditCodes(), action);
}

std::optional<AuditAction> AuditActions::fromCode(const QString& code) {
    return valueIn(auditCodes(), code);
}

QList<AuditAction> AuditActions::all() {
    return valuesIn(auditCodes());
}

QString BackupKinds::code(BackupKind kind) {
    return codeIn(backupCodes(), kind);
}

std::optional<BackupKind> BackupKinds::fromCode(const QString& code) {
    return valueIn(backupCodes(), code);
}

QList<BackupKind> BackupKinds::all() {
    return valuesIn(backupCodes());
}
