#include "storageerror.h"

#include <QDir>

#include <sqlite3.h>

StorageError::StorageError(Kind kind, const QString& message, const QString& detail)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_detail(detail) {}

StorageError StorageError::fromSqlite(int sqliteCode, const QString& driverText, const QString& path) {
    const QString file = QDir::toNativeSeparators(path);
    // Extended result codes carry the primary code in their low byte.
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Kind::Locked,
                tr("%1 is in gebruik door een ander programma of een andere gebruiker. Probeer het over enkele "
                   "ogenblikken opnieuw; er is niets gewijzigd.")
                    .arg(file),
                driverText};
    case SQLITE_FULL:
        return {Kind::DiskFull,
                tr("De schijf is vol; er is niets gewijzigd. Maak ruimte vrij op de schijf van %1 en probeer het "
                   "opnieuw.")
                    .arg(file),
                driverText};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {Kind::ReadOnly, tr("%1 kan alleen worden gelezen; wijzigingen zijn niet mogelijk.").arg(file),
                driverText};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {Kind::Corrupt,
                tr("%1 is beschadigd en kan niet worden gebruikt. Zet een reservekopie terug of vraag de "
                   "beheerder om hulp.")
                    .arg(file),
                driverText};
    case SQLITE_CONSTRAINT:
        return {Kind::Constraint,
                tr("De gegevens voldoen niet aan de regels van %1 en zijn niet opgeslagen.").arg(file), driverText};
    default: return {Kind::Io, tr("Fout bij het lezen of schrijven van %1.").arg(file), driverText};
    }
}
