#include "casearchive.h"

#include "session/municipalitysession.h"
#include "storage/archiverepository.h"
#include "storage/storageerror.h"

CaseArchive::CaseArchive(MunicipalitySession& session)
    : m_session(session) {}

ArchiveStatus CaseArchive::status(const Case& c) {
    ArchiveRepository archive(m_session.database(), m_session.clock(), m_session.user());
    return Selectielijst::status(c, c.id > 0 ? archive.overrideOf(c.id) : std::nullopt);
}

Permission CaseArchive::mayOverride() const {
    if (const Permission p = m_session.permissions().check(Action::ManageRetention); !p)
        return p;
    if (m_session.database().isReadOnly())
        return Permission::refuse(tr("Het bestand is alleen te lezen; de bewaartermijn kan niet worden gewijzigd."));
    return Permission::allow();
}

void CaseArchive::setOverride(const Case& c, ArchiveResult result, const QString& reason) {
    if (const Permission p = mayOverride(); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    ArchiveRepository(m_session.database(), m_session.clock(), m_session.user())
        .set(c.id, result, reason, Selectielijst::derive(c));
}

void CaseArchive::clearOverride(const Case& c, const QString& reason) {
    if (const Permission p = mayOverride(); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    ArchiveRepository(m_session.database(), m_session.clock(), m_session.user())
        .clear(c.id, reason, Selectielijst::derive(c));
}
