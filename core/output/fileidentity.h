// Which file a path names, independent of how it is spelled: a relative path, "..", a symbolic link
// or a second hard link all lead to the same identity (device and inode on POSIX systems). Used by
// the output writer to refuse writing over a municipality file or one of its companions.
#pragma once

#include <QString>

#include <optional>

struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;

    bool operator==(const FileIdentity&) const = default;

    // The identity of the file or folder at path, following symbolic links; nullopt when nothing is there.
    static std::optional<FileIdentity> of(const QString& path);
    // True when both paths lead to one existing file or folder.
    static bool same(const QString& a, const QString& b);
};
