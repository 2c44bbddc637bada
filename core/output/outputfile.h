// The one way the program writes a file for the user: PDF letters and reports, CSV, HTML and JSON
// exports, chart images, import mappings, and (through OutputFile::refusal) reservekopieën.
//
// It promises two things. First, it never writes over a municipality file: it refuses the files the
// caller names, every municipality file this process has open (Database and the copies' raw
// connections register themselves), and their companions (-wal, -shm, -journal, .lock), compared by device and inode so
// that a relative path, "..", a symbolic or a hard link to them is refused too; it refuses any
// existing Aan Tafel file or other SQLite database and the companions of one; and it refuses a
// folder, a device and a name that this system cannot spell, each with its own Dutch reason. Second,
// what it writes appears whole or not at all: the content goes to a temporary file in the target
// folder (QSaveFile) and is renamed into place by commit(); a failed or cancelled write leaves the
// target as it was and no temporary file behind.
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    // protectedFiles: the municipality files of this run; they and their companions are never written.
    explicit OutputFile(QString path, QStringList protectedFiles = {});
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Checks the target and opens the temporary file; false with error() when refused or impossible.
    bool open();
    // The temporary file to write to; valid between a successful open() and commit().
    QIODevice& device();
    // Renames the temporary file into place; false with error() when that failed (nothing changed).
    bool commit();
    // Drops what was written; the target stays as it was.
    void cancel();

    // Why the write failed, as one Dutch sentence ("Kan X niet schrijven: reden."), and the reason alone.
    QString error() const;
    const QString& reason() const { return m_reason; }
    const QString& path() const { return m_path; }

    // The refusals alone (no folder checks, nothing written): an empty string when path may be
    // written, else the Dutch reason. For copies that SQLite writes itself.
    static QString refusal(const QString& path, const QStringList& protectedFiles = {});
    // True when the file system can spell the name exactly (no character lost or replaced on the way).
    static bool representable(const QString& path);
    // The files that are protected together with a municipality file.
    static QStringList companions(const QString& databasePath);
    // Writes bytes to path whole or not at all; an empty string on success, else error().
    static QString write(const QString& path, const QByteArray& bytes, const QStringList& protectedFiles = {});

    // A file this process has open, protected from every output until released (counted: open twice,
    // release twice). Thread-safe.
    static void protectOpenFile(const QString& databasePath);
    static void releaseOpenFile(const QString& databasePath);

private:
    QString m_path;
    QStringList m_protected;
    std::unique_ptr<QSaveFile> m_file;
    QString m_reason;
};
