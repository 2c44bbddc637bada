// A case's place in the archive, as the case file, the retention dialog and "aantafel-cli retention" show
// it: its Selectielijst result, nominatie (vernietigen or blijvend bewaren) and archive date
// (selectielijst.h), and the beheerder's choice of another result for it, with a reason. Only a
// beheerder on a writable file may make that choice (Permissions::ManageRetention); it is audited.
#pragma once

#include "selectielijst.h"

#include "users/permissions.h"

#include <QCoreApplication>

class MunicipalitySession;

class CaseArchive {
    Q_DECLARE_TR_FUNCTIONS(CaseArchive)
public:
    explicit CaseArchive(MunicipalitySession& session);

    ArchiveStatus status(const Case& c);
    // A beheerder on a writable file, or the reason not.
    Permission mayOverride() const;
    // The case is kept by this result from now on. Throws StorageError (ReadOnly with the reason for
    // anyone but a beheerder, Invalid for a blank reason).
    void setOverride(const Case& c, ArchiveResult result, const QString& reason);
    // The case's own result decides again.
    void clearOverride(const Case& c, const QString& reason);

private:
    MunicipalitySession& m_session;
};
