// Where a municipality file lives decides how safely several programs may write it at once. On a
// disk of this computer (a single PC, or a terminal server where every session runs on the machine
// that holds the file) SQLite's write-ahead log lets any number of program instances write, one
// short transaction at a time. On a network share WAL is unsafe ("WAL does not work over a network
// filesystem", SQLite's wal.html): there the file keeps a rollback journal and one program writes at
// a time (FileAccess).
//
// classify() detects a share — Linux: the statfs file-system type of the folder (CIFS/SMB/SMB2, NFS,
// AFS, Coda, 9P, Ceph, cluster file systems) or a GVFS network mount; Windows: a UNC path or a drive
// that GetDriveTypeW reports as DRIVE_REMOTE — and lets the machine's settings overrule it: a list of
// files or folders to treat as a network share, and one to treat as this computer's disk (a terminal
// server whose own disk is mounted over the network), in QSettings of organisation and application
// "Aan Tafel" (the user's, then the machine-wide file that an IT department rolls out). The
// environment variable AANTAFEL_NETWORK_SHARE (1 or 0) overrules both, for scripts and tests. The
// file-system probe is injectable, so that the detection is tested without a real share.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSettings;

enum class Location { LocalDisk, NetworkShare };

struct LocationInfo {
    Location where = Location::LocalDisk;
    // How it was decided, in Dutch for a tooltip or a log: "CIFS/SMB-netwerkschijf", "instelling", …
    QString reason;
    bool forced = false; // a setting or the environment decided, not the detection

    bool onNetworkShare() const { return where == Location::NetworkShare; }
};

class StorageLocation {
    Q_DECLARE_TR_FUNCTIONS(StorageLocation)
public:
    // What a probe tells of the folder of a file: the statfs f_type on Linux, or on Windows whether
    // the drive is remote (1) or not (0); nullopt when it cannot tell.
    using Probe = std::function<std::optional<qint64>(const QString& folder)>;

    // The type value a Windows probe reports for a remote drive.
    static constexpr qint64 WindowsRemoteDrive = 1;

    // The file-system types (statfs f_type) that are network or cluster file systems, with a name.
    static std::optional<QString> networkFileSystemName(qint64 type);

    // Detection alone: the probe's answer for the file's folder, a UNC path, a GVFS network mount.
    static LocationInfo detect(const QString& databasePath, const Probe& probe = systemProbe());
    // The detection overruled by the environment and the settings (see the header comment).
    static LocationInfo classify(const QString& databasePath, const Probe& probe = systemProbe());

    // The probe of this operating system.
    static Probe systemProbe();

    // The machine's overrides: files or folders (absolute paths); a file under a listed folder counts.
    static QStringList forcedShares();
    static QStringList forcedLocal();
    // Forces (true), forces the opposite (false) or stops forcing (nullopt) one file, in the user's
    // settings.
    static void setForced(const QString& databasePath, std::optional<bool> networkShare);
    // The user's override for exactly this file, if any (for a checkbox).
    static std::optional<bool> forcedFor(const QString& databasePath);

private:
    static QStringList list(const QString& key);
};
