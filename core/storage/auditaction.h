// The actions of the audit trail (column audit_log.action) and the kinds of recorded backup copies
// (column backup_copies.kind), each with its storage code: the one mapping every writer, reader and SQL
// statement uses, as EnumText does for the case vocabularies. Codes are part of the file format: never
// renamed. SqlCode::of() quotes them for SQL text.
#pragma once

#include <QList>
#include <QString>

#include <optional>

enum class AuditAction {
    Create,         // a case registered (field "reference"), or the file created (field "file")
    Update,         // a field of a case changed
    Event,          // a timeline entry added
    Transition,     // a workflow step; written by earlier versions, still read
    View,           // a case file opened
    Delete,         // a case deleted (old_value: its reference)
    Destroy,        // a case destroyed by the retention run (old_value: its reference)
    Anonymise,      // a case anonymised by the retention run
    Inzage,         // an inzage export (AVG art. 15)
    User,           // a user account added, changed, linked or unlinked
    Identify,       // who logged in, under which operating-system account
    Settings,       // a municipality setting changed
    Calendar,       // the Atw calendar changed
    Theme,          // a theme added
    AuditExport,    // the audit trail exported
    DocumentAdd,    // a document added to a case file
    DocumentOpen,   // a document opened or saved as a copy
    DocumentKind,   // the kind of a document changed
    DocumentRemove, // a document removed
    Archive,        // the archive result (selectielijst) chosen
    RetentionCopy,  // a backup copy scrubbed or deleted after a retention run
    Import,         // a CSV import (one row; each case has its own "create")
    Letter,         // a letter sent
    LetterTemplate, // the municipality's own copy of a template saved or reset
    MeasureCreate,  // an improvement measure created
    MeasureUpdate,  // a field of a measure changed
    MeasureLink,    // a measure linked to a case
    MeasureUnlink,  // a measure unlinked from a case
    MeasureDelete,  // a measure deleted
    Migrate,        // a municipality file moved to the team server (field "file": old the file, new the database)
    ServerUpgrade   // the team server's schema brought up (field "schema": old and new version)
};

// Where a recorded backup copy came from (BackupService::recordCopy).
enum class BackupKind {
    Automatic, // the daily copy
    Manual,    // made by hand
    Safety     // the file as it was, copied aside before a restore replaced it
};

namespace AuditActions {
QString code(AuditAction action);
// std::nullopt for a code this version does not know.
std::optional<AuditAction> fromCode(const QString& code);
// Every action in declaration order.
QList<AuditAction> all();
} // namespace AuditActions

namespace BackupKinds {
QString code(BackupKind kind);
std::optional<BackupKind> fromCode(const QString& code);
QList<BackupKind> all();
} // namespace BackupKinds
