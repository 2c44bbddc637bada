// Tells an open window what colleagues changed in its municipality file meanwhile, so that the case
// list, case files, Termijnen, the banner and the dashboard follow within a few seconds without a
// manual refresh. The window connects changed() to its one notifier (ui/casenotifier.h), which lets
// each model refresh only what changed.
//
// An interface, because how a change is noticed depends on the storage: on the file it is polled
// (SqliteChangeFeed: PRAGMA data_version, then the audit rows since the last look); a server can
// push it (PostgreSQL LISTEN/NOTIFY) and read the same audit rows (ChangeLog). Changes the window
// made itself are announced by the window already and are, as far as possible, not repeated.
#pragma once

#include "storage/changelog.h"

#include <QObject>

class ExternalChangeFeed : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ExternalChangeFeed() override = default;

    virtual void start() = 0;
    virtual void stop() = 0;
    // Looks now instead of at the next moment (tests; after the window's own long operation).
    virtual void checkNow() = 0;

signals:
    void changed(const ExternalChanges& changes);
};
