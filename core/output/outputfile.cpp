#include "outputfile.h"

#include "fileidentity.h"
#include "storage/lockfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace {

struct OpenFiles {
    QMutex mutex;
    QHash<QString, int> count;
};

OpenFiles& openFiles() {
    static OpenFiles files;
    return files;
}

QStringList openFilePaths() {
    OpenFiles& files = openFiles();
    const QMutexLocker locker(&files.mutex);
    return files.count.keys();
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// Follows a chain of symbolic links (also one that ends nowhere) to the path that is really written.
QString resolved(const QString& path) {
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops)
        info = QFileInfo(info.symLinkTarget());
    return info.absoluteFilePath();
}

// True when the file starts like a SQLite database or its write-ahead log.
bool looksLikeDatabase(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return true;
    // The WAL header's magic number, big-endian, with either checksum byte order.
    return head.size() >= 4 && (head.startsWith("\x37\x7f\x06\x82") || head.startsWith("\x37\x7f\x06\x83"));
}

bool isMunicipalityFile(const QFileInfo& info) {
    if (!info.isFile())
        return false;
    return info.suffix().compare(QStringLiteral("aantafel"), Qt::CaseInsensitive) == 0 ||
           looksLikeDatabase(info.absoluteFilePath());
}

// Two names in the same folder (by the folder's identity), compared without regard to case: on the
// systems where case does not matter they are one file.
bool sameEntry(const QString& a, const QString& b) {
    const QFileInfo x(a);
    const QFileInfo y(b);
    return x.fileName().compare(y.fileName(), Qt::CaseInsensitive) == 0 &&
           FileIdentity::same(x.absolutePath(), y.absolutePath());
}

} // namespace

OutputFile::OutputFile(QString path, QStringList protectedFiles)
    : m_path(std::move(path))
    , m_protected(std::move(protectedFiles)) {}

OutputFile::~OutputFile() {
    cancel();
}

bool OutputFile::representable(const QString& path) {
    // A name that does not survive the trip to the file system would silently become another name; a
    // replacement character is what a name that could not be read became on its way in.
    return !path.contains(QChar(0)) && !path.contains(QChar(QChar::ReplacementCharacter)) &&
           QFile::decodeName(QFile::encodeName(path)) == path;
}

QStringList OutputFile::companions(const QString& databasePath) {
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal"), LockFile::pathFor(databasePath)};
}

QString OutputFile::refusal(const QString& path, const QStringList& protectedFiles) {
    if (path.trimmed().isEmpty())
        return tr("er is geen bestandsnaam opgegeven");
    if (!representable(path))
        return tr("de naam bevat tekens die op dit systeem geen bestandsnaam kunnen vormen");
    const QString target = resolved(path);
    const QFileInfo info(target);
    if (info.isDir())
        return tr("er bestaat al een map met die naam");
    if (info.exists() && !info.isFile())
        return tr("dat is geen gewoon bestand (maar bijvoorbeeld een apparaat)");

    for (const QString& database : protectedFiles + openFilePaths()) {
        if (database.isEmpty())
            continue;
        QStringList guarded = companions(database);
        const QString real = resolved(database);
        if (real != QFileInfo(database).absoluteFilePath())
            guarded += companions(real);
        for (const QString& companion : std::as_const(guarded)) {
            if (sameEntry(target, companion) || (info.exists() && FileIdentity::same(target, companion)))
                return tr("dat is het gemeentebestand %1 zelf of een van zijn hulpbestanden")
                    .arg(native(QFileInfo(database).fileName()));
        }
    }
    if (isMunicipalityFile(info))
        return tr("dat is een bestaand gemeentebestand of een andere database, die nooit wordt overschreven");
    static const QRegularExpression companion(QStringLiteral("^(.+)(-wal|-shm|-journal|\\.lock)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = companion.match(info.fileName()); match.hasMatch()) {
        const QFileInfo base(info.dir().filePath(match.captured(1)));
        if (isMunicipalityFile(base))
            return tr("dat is een hulpbestand van het gemeentebestand %1").arg(native(base.fileName()));
    }
    return {};
}

bool OutputFile::open() {
    cancel();
    m_reason = refusal(m_path, m_protected);
    if (!m_reason.isEmpty())
        return false;
    const QString target = resolved(m_path);
    const QFileInfo folder(QFileInfo(target).absolutePath());
    if (!folder.exists())
        m_reason = tr("de map %1 bestaat niet").arg(native(folder.filePath()));
    else if (!folder.isDir())
        m_reason = tr("%1 is geen map").arg(native(folder.filePath()));
    else if (!folder.isWritable())
        m_reason = tr("in de map %1 mag niet worden geschreven").arg(native(folder.filePath()));
    if (!m_reason.isEmpty())
        return false;
    // QSaveFile: a temporary file beside the target, renamed into place on commit. Never a direct
    // write, not even where the folder refuses temporary files.
    m_file = std::make_unique<QSaveFile>(target);
    m_file->setDirectWriteFallback(false);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_reason = m_file->errorString();
        m_file.reset();
        return false;
    }
    return true;
}

QIODevice& OutputFile::device() {
    Q_ASSERT(m_file);
    return *m_file;
}

bool OutputFile::commit() {
    if (!m_file) {
        if (m_reason.isEmpty())
            m_reason = tr("het bestand is niet geopend");
        return false;
    }
    const bool ok = m_file->commit();
    if (!ok)
        m_reason = m_file->errorString();
    m_file.reset();
    return ok;
}

void OutputFile::cancel() {
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file->commit(); // after cancelWriting: removes the temporary file, leaves the target alone
    m_file.reset();
}

QString OutputFile::error() const {
    return tr("Kan %1 niet schrijven: %2.").arg(native(m_path), m_reason);
}

void OutputFile::protectOpenFile(const QString& databasePath) {
    if (databasePath.isEmpty())
        return;
    OpenFiles& files = openFiles();
    const QMutexLocker locker(&files.mutex);
    ++files.count[QFileInfo(databasePath).absoluteFilePath()];
}

void OutputFile::releaseOpenFile(const QString& databasePath) {
    if (databasePath.isEmpty())
        return;
    OpenFiles& files = openFiles();
    const QMutexLocker locker(&files.mutex);
    const QString key = QFileInfo(databasePath).absoluteFilePath();
    if (auto it = files.count.find(key); it != files.count.end() && --it.value() <= 0)
        files.count.erase(it);
}

QString OutputFile::write(const QString& path, const QByteArray& bytes, const QStringList& protectedFiles) {
    OutputFile file(path, protectedFiles);
    if (!file.open())
        return file.error();
    if (file.device().write(bytes) != bytes.size()) {
        const QString why = file.device().errorString();
        file.cancel();
        file.m_reason = why;
        return file.error();
    }
    if (!file.commit())
        return file.error();
    return {};
}
