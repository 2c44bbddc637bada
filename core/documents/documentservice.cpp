#include "documentservice.h"

#include "mailmessage.h"
#include "textextractor.h"

#include "output/outputfile.h"
#include "session/municipalitysession.h"
#include "storage/documentrepository.h"
#include "storage/storageerror.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QMutex>
#include <QStandardPaths>
#include <QUuid>

namespace {

QString megabytes(qint64 bytes) {
    return QLocale(QLocale::Dutch).toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

DocumentService::DocumentService(MunicipalitySession& session, const TextExtractor* extractor)
    : m_session(session)
    , m_extractor(extractor) {}

QList<DocumentInfo> DocumentService::list(qint64 caseId) {
    return DocumentRepository(m_session.database(), m_session.clock(), m_session.user()).forCase(caseId);
}

Permission DocumentService::mayChange(const Case& c) const {
    if (m_session.database().isReadOnly())
        return Permission::refuse(tr("Het bestand is alleen te lezen; documenten kunnen niet worden gewijzigd."));
    return m_session.permissions().check(Action::EditCase, &c);
}

qint64 DocumentService::limitBytes() const {
    return qint64(m_session.settings().documentLimitMegabytes) * 1024 * 1024;
}

Case DocumentService::requireChangeable(qint64 caseId) {
    const Case c = m_session.cases().load(caseId);
    if (const Permission p = mayChange(c); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    return c;
}

QString DocumentService::textOf(const QString& path, const QString& mediaType, const TextExtractor* extractor) {
    if (TextExtractor::isPlainText(mediaType)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return TextExtractor::plainText(file.read(TextExtractor::MaxText * 2));
    }
    return extractor ? extractor->fromFile(path, mediaType).left(TextExtractor::MaxText) : QString();
}

QString DocumentService::textOf(const QByteArray& data, const QString& mediaType, const TextExtractor* extractor) {
    if (TextExtractor::isPlainText(mediaType))
        return TextExtractor::plainText(data.left(TextExtractor::MaxText * 2));
    return extractor ? extractor->fromData(data, mediaType).left(TextExtractor::MaxText) : QString();
}

DocumentInfo DocumentService::addFile(qint64 caseId, const QString& path, DocumentKind kind, QDate received) {
    requireChangeable(caseId);
    Database::requireRegularFile(path);
    const QFileInfo info(path);
    const QString name = info.fileName();
    // Said before anything is read: a 2 GB video never passes through the program.
    if (info.size() > limitBytes()) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is %2 MB; een document mag in dit gemeentebestand hoogstens %3 MB zijn. Er is niets "
                              "toegevoegd.")
                               .arg(name, megabytes(info.size()), megabytes(limitBytes())));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StorageError(StorageError::Kind::Io,
                           tr("%1 kan niet worden gelezen: %2. Er is niets toegevoegd.").arg(name, file.errorString()));
    }
    NewDocument d;
    d.caseId = caseId;
    d.name = name;
    d.kind = kind;
    d.mediaType = mediaTypeOf(name, file.peek(4096));
    d.received = received.isValid() ? received : m_session.today();
    d.text = textOf(path, d.mediaType, m_extractor);
    return DocumentRepository(m_session.database(), m_session.clock(), m_session.user()).add(d, file, limitBytes());
}

DocumentInfo DocumentService::addData(qint64 caseId, const QString& name, const QByteArray& data, DocumentKind kind,
                                      QDate received, const QString& mediaType, qint64 parentId) {
    requireChangeable(caseId);
    NewDocument d;
    d.caseId = caseId;
    d.parentId = parentId;
    d.name = name.trimmed().isEmpty() ? tr("naamloos") : name.trimmed();
    d.kind = kind;
    d.mediaType = mediaType.isEmpty() ? mediaTypeOf(d.name, data.left(4096)) : mediaType;
    d.received = received.isValid() ? received : m_session.today();
    d.text = textOf(data, d.mediaType, m_extractor);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return DocumentRepository(m_session.database(), m_session.clock(), m_session.user()).add(d, buffer, limitBytes());
}

QByteArray DocumentService::contents(qint64 id, qint64 maxBytes, QString* error) {
    DocumentRepository documents(m_session.database(), m_session.clock(), m_session.user());
    QBuffer buffer;
    try {
        const std::optional<DocumentInfo> d = documents.find(id);
        if (!d) {
            *error = tr("Dit document bestaat niet meer.");
            return {};
        }
        if (d->size > maxBytes) {
            *error = tr("%1 is te groot om hier te tonen (%2 MB); open het in het eigen programma.")
                         .arg(d->name, megabytes(d->size));
            return {};
        }
        buffer.open(QIODevice::WriteOnly);
        documents.read(id, buffer);
    } catch (const StorageError& e) {
        *error = e.message();
        return {};
    }
    if (!m_session.database().isReadOnly()) {
        try {
            documents.recordOpened(id, tr("bekeken in het programma"));
        } catch (const StorageError&) {
            // Shown all the same; a busy file only costs the audit row of this one viewing.
        }
    }
    return buffer.data();
}

QString DocumentService::saveCopy(qint64 id, const QString& path) {
    DocumentRepository documents(m_session.database(), m_session.clock(), m_session.user());
    OutputFile out(path, {m_session.database().path()});
    if (!out.open())
        return out.error();
    try {
        documents.read(id, out.device());
    } catch (const StorageError& e) {
        out.cancel();
        return e.message();
    }
    if (!out.commit())
        return out.error();
    if (!m_session.database().isReadOnly()) {
        try {
            documents.recordOpened(id, tr("opgeslagen als %1").arg(QDir::toNativeSeparators(path)));
        } catch (const StorageError&) {
            // The copy is made; a busy file only costs the audit row of this one copy.
        }
    }
    return {};
}

QString DocumentService::temporaryFolder() {
    // Per account: the copies hold personal data and are readable by their owner only.
    const QByteArray account =
        QCryptographicHash::hash(MunicipalitySession::operatingSystemUser().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12);
    return QDir(QDir::tempPath()).filePath(QStringLiteral("aantafel-") + QString::fromLatin1(account));
}

QString DocumentService::temporaryCopy(qint64 id, QString* error) {
    DocumentRepository documents(m_session.database(), m_session.clock(), m_session.user());
    std::optional<DocumentInfo> d;
    try {
        d = documents.find(id);
    } catch (const StorageError& e) {
        *error = e.message();
        return {};
    }
    if (!d) {
        *error = tr("Dit document bestaat niet meer.");
        return {};
    }
    const QString base = temporaryFolder();
    const QString folder =
        QDir(base).filePath(QStringLiteral("%1-%2").arg(id).arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!QDir().mkpath(folder)) {
        *error = tr("De tijdelijke map %1 kan niet worden gemaakt.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QFile::setPermissions(base, ownerOnly);
    QFile::setPermissions(folder, ownerOnly);
    const QString path = QDir(folder).filePath(safeFileName(d->name));
    if (const QString problem = saveCopy(id, path); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void DocumentService::removeTemporaryCopies() {
    QDir(temporaryFolder()).removeRecursively();
}

void DocumentService::setKind(qint64 id, DocumentKind kind) {
    DocumentRepository documents(m_session.database(), m_session.clock(), m_session.user());
    const std::optional<DocumentInfo> d = documents.find(id);
    if (!d)
        throw StorageError(StorageError::Kind::NotFound, tr("Dit document bestaat niet meer."));
    requireChangeable(d->caseId);
    documents.setKind(id, kind);
}

void DocumentService::remove(qint64 id) {
    DocumentRepository documents(m_session.database(), m_session.clock(), m_session.user());
    const std::optional<DocumentInfo> d = documents.find(id);
    if (!d)
        throw StorageError(StorageError::Kind::NotFound, tr("Dit document bestaat niet meer."));
    requireChangeable(d->caseId);
    documents.remove(id);
}

QString DocumentService::mediaTypeOf(const QString& name, const QByteArray& head) {
    const QString lower = name.toLower();
    // Not in every shared-mime-info database, or known there under another name.
    if (lower.endsWith(QLatin1String(".msg")))
        return QStringLiteral("application/vnd.ms-outlook");
    if (lower.endsWith(QLatin1String(".eml")))
        return QStringLiteral("message/rfc822");
    static const QMimeDatabase mimes;
    const QMimeType type = head.isEmpty() ? mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension)
                                          : mimes.mimeTypeForFileNameAndData(name, head);
    return type.isValid() && !type.isDefault() ? type.name() : QStringLiteral("application/octet-stream");
}

QString DocumentService::safeFileName(const QString& name) {
    // Only the last part of whatever path the sender put in the name.
    QString last = name;
    const qsizetype slash = std::max(last.lastIndexOf(u'/'), last.lastIndexOf(u'\\'));
    if (slash >= 0)
        last = last.mid(slash + 1);
    QString safe;
    for (const QChar c : std::as_const(last)) {
        const bool refused = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                             QStringLiteral("<>:\"|?*").contains(c);
        safe += refused ? u'_' : c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    // Names Windows keeps for devices.
    static const QStringList reserved{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                      QStringLiteral("nul")};
    const QString stem = safe.section(u'.', 0, 0).toLower();
    if (reserved.contains(stem) ||
        (stem.size() == 4 && (stem.startsWith(QLatin1String("com")) || stem.startsWith(QLatin1String("lpt"))) &&
         stem.at(3).isDigit()))
        safe.prepend(u'_');
    if (safe.isEmpty())
        safe = tr("document");
    // File systems allow 255 bytes; keep the extension.
    while (safe.toUtf8().size() > 200) {
        const qsizetype dot = safe.lastIndexOf(u'.');
        const QString extension = dot > 0 && safe.size() - dot <= 10 ? safe.mid(dot) : QString();
        safe = safe.left(safe.size() - extension.size() - 1) + extension;
    }
    return safe;
}

DocumentKind DocumentService::guessKind(const QString& name) {
    return MailReader::isMailFile(name) ? DocumentKind::Email : DocumentKind::Attachment;
}
