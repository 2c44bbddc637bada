#include "fileaccess.h"

#include "storageerror.h"
#include "systemaccount.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

std::optional<LockRecord> firstWith(const QList<LockRecord>& records, const QString& detail) {
    const auto it = std::find_if(records.cbegin(), records.cend(), [&](const LockRecord& r) {
        return r.kind == LockRecord::Kind::Open && r.detail == detail;
    });
    return it == records.cend() ? std::nullopt : std::optional<LockRecord>(*it);
}

QString names(const QList<LockRecord>& records) {
    QStringList list;
    for (const LockRecord& r : records) {
        if (r.kind == LockRecord::Kind::Open)
            list << r.describe();
    }
    list.removeDuplicates();
    return list.join(QStringLiteral(", "));
}

QList<LockRecord> liveOthers(LockFile& lock, const QString& ownId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<LockRecord> list = lock.records();
    list.removeIf([&](const LockRecord& r) { return r.id == ownId || r.isLeftBehind(now); });
    return list;
}

} // namespace

FileAccess::FileAccess(const QString& databasePath, const Request& request)
    : m_databasePath(databasePath)
    , m_request(request)
    , m_lock(databasePath) {
    if (m_request.user.isEmpty())
        m_request.user = SystemAccount::name();
}

FileAccess::~FileAccess() {
    m_heartbeat.reset();
    try {
        if (m_holdId)
            releaseHold(m_lock, *m_holdId);
        if (!m_record.id.isEmpty())
            m_lock.update([this](QList<LockRecord>& records) {
                records.removeIf([this](const LockRecord& r) { return r.id == m_record.id; });
            });
    } catch (const StorageError&) {
        // Left behind, the record is recognised as such by the next instance (its process is gone).
    }
}

std::unique_ptr<FileAccess> FileAccess::open(const QString& databasePath, const Request& request) {
    std::unique_ptr<FileAccess> access(new FileAccess(databasePath, request));
    access->take();
    return access;
}

void FileAccess::take() {
    if (m_request.location) {
        m_location.where = *m_request.location;
        m_location.reason = tr("opgegeven bij het openen");
        m_location.forced = true;
    } else {
        m_location = StorageLocation::classify(m_databasePath);
    }
    const QString file = native(m_databasePath);
    m_lock.open();
    // Deciding and registering in one turn of the Records lock: two instances that arrive together
    // cannot both conclude that they are alone.
    m_lock.update(
        [&](QList<LockRecord>& records) {
            const bool onShare = m_location.onNetworkShare();
            const bool shareRecords =
                std::any_of(records.cbegin(), records.cend(), [](const LockRecord& r) { return r.underShareRules(); });
            const std::optional<LockRecord> localWriter = firstWith(records, LockRecord::LocalWriter);
            const bool writerTaken = m_lock.takenByOthers(LockFile::Range::Writer, LockFile::Mode::Exclusive);
            if (onShare && localWriter) {
                throw StorageError(
                    StorageError::Kind::Locked,
                    tr("%1 staat op een netwerkschijf, maar %2 werkt er nu in als in een bestand op de eigen computer "
                       "(met een schrijflogboek). Over het netwerk is dat niet veilig, ook niet om te lezen. Het "
                       "bestand kan worden geopend zodra dat programma het sluit.")
                        .arg(file, localWriter->describe()));
            }
            m_shareRules = onShare || shareRecords || writerTaken;
            if (m_shareRules) {
                const std::optional<LockRecord> shareWriter = firstWith(records, LockRecord::ShareWriter);
                bool mine = !writerTaken && m_lock.tryLock(LockFile::Range::Writer, LockFile::Mode::Exclusive);
                // A live writer elsewhere whose lock we do not see: this share's locks cannot be trusted,
                // so its record decides.
                if (mine && shareWriter && !shareWriter->isThisMachine()) {
                    m_lock.unlock(LockFile::Range::Writer);
                    mine = false;
                }
                if (!mine) {
                    m_writer = shareWriter;
                    if (!m_request.readOnlyWhenTaken) {
                        const QString who = shareWriter ? shareWriter->describe() : tr("een ander programma");
                        throw StorageError(
                            StorageError::Kind::Locked,
                            tr("%1 wordt via een netwerkschijf gebruikt. Daar kan maar één programma tegelijk in het "
                               "bestand schrijven, en dat is nu %2. Probeer het later opnieuw; er is niets "
                               "gewijzigd.")
                                .arg(file, who));
                    }
                    m_readOnly = true;
                }
            }
            const QString mode = !m_shareRules ? LockRecord::LocalWriter
                                               : (m_readOnly ? LockRecord::ShareReader : LockRecord::ShareWriter);
            m_record = LockFile::recordForThisProcess(LockRecord::Kind::Open, m_request.user, mode);
            records << m_record;
        },
        &m_recovered);
    // A heartbeat where there is an event loop to run it (the program); a command ends long before
    // anyone would take it for gone.
    if (QCoreApplication::instance() && QAbstractEventDispatcher::instance()) {
        m_heartbeat = std::make_unique<QTimer>();
        m_heartbeat->setInterval(LockFile::HeartbeatMs);
        QObject::connect(m_heartbeat.get(), &QTimer::timeout, m_heartbeat.get(), [this] {
            try {
                heartbeat();
            } catch (const StorageError&) {
                // The next beat tries again; others see us as left behind only after five minutes.
            }
        });
        m_heartbeat->start();
    }
}

QList<LockRecord> FileAccess::others() {
    return liveOthers(m_lock, m_record.id);
}

bool FileAccess::anotherWrites() {
    if (!m_shareRules)
        return false;
    if (m_lock.takenByOthers(LockFile::Range::Writer, LockFile::Mode::Exclusive))
        return true;
    const std::optional<LockRecord> writer = firstWith(others(), LockRecord::ShareWriter);
    return writer && !writer->isThisMachine();
}

void FileAccess::heartbeat() {
    m_lock.update([this](QList<LockRecord>& records) {
        m_record.heartbeat = QDateTime::currentDateTimeUtc();
        const auto it =
            std::find_if(records.begin(), records.end(), [this](const LockRecord& r) { return r.id == m_record.id; });
        if (it != records.end())
            *it = m_record;
        else
            records << m_record; // taken for left behind meanwhile (a computer that slept): back
    });
}

void FileAccess::setUser(const QString& user) {
    m_record.user = user;
    heartbeat();
}

void FileAccess::enterWrite(const std::function<bool(int)>& waitForTurn) {
    if (m_holdId) {
        m_inWrite = true;
        return;
    }
    for (int attempt = 0;; ++attempt) {
        // Pending first: a hold that waits for its turn lets no new writer in ahead of it.
        if (m_lock.tryLock(LockFile::Range::Pending, LockFile::Mode::Shared)) {
            const bool passed = m_lock.tryLock(LockFile::Range::Gate, LockFile::Mode::Shared);
            m_lock.unlock(LockFile::Range::Pending);
            if (passed) {
                m_inWrite = true;
                return;
            }
        }
        if (!waitForTurn(attempt))
            throw StorageError(StorageError::Kind::Locked, holdRefusal(m_lock));
    }
}

void FileAccess::leaveWrite() {
    if (!m_inWrite)
        return;
    m_inWrite = false;
    if (!m_holdId)
        m_lock.unlock(LockFile::Range::Gate);
}

void FileAccess::beginHold(const QString& purpose, const QString& user, int waitMs) {
    if (m_holdId)
        return;
    m_holdId = acquireHold(m_lock, purpose, user.isEmpty() ? m_request.user : user, waitMs, m_databasePath);
}

void FileAccess::endHold() {
    if (!m_holdId)
        return;
    const QString id = *m_holdId;
    m_holdId.reset();
    releaseHold(m_lock, id);
}

QList<LockRecord> FileAccess::presentElsewhere(const QString& databasePath) {
    if (!QFileInfo::exists(LockFile::pathFor(databasePath)))
        return {};
    LockFile lock(databasePath);
    try {
        lock.open();
    } catch (const StorageError&) {
        return {};
    }
    const qint64 self = QCoreApplication::applicationPid();
    QList<LockRecord> list = liveOthers(lock, {});
    list.removeIf(
        [&](const LockRecord& r) { return r.kind != LockRecord::Kind::Open || (r.isThisMachine() && r.pid == self); });
    return list;
}

QString FileAccess::holdRefusal(LockFile& lock) {
    const QList<LockRecord> records = liveOthers(lock, {});
    const auto hold = std::find_if(records.cbegin(), records.cend(),
                                   [](const LockRecord& r) { return r.kind == LockRecord::Kind::Hold; });
    if (hold != records.cend() && hold->detail == LockRecord::Restore) {
        return tr("Het bestand is even niet beschikbaar: %1 zet een reservekopie terug. Probeer het over enkele "
                  "ogenblikken opnieuw; er is niets gewijzigd.")
            .arg(hold->describe());
    }
    if (hold != records.cend() && hold->detail == LockRecord::Retention) {
        return tr("Het bestand is even niet beschikbaar: %1 vernietigt of anonimiseert zaken waarvan de "
                  "bewaartermijn is verstreken. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.")
            .arg(hold->describe());
    }
    return tr("Het bestand is even niet beschikbaar: er wordt een reservekopie teruggezet of de bewaartermijn "
              "uitgevoerd. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.");
}

QString FileAccess::acquireHold(LockFile& lock, const QString& purpose, const QString& user, int waitMs,
                                const QString& file) {
    lock.open();
    QElapsedTimer waited;
    waited.start();
    const auto refuse = [&]() -> StorageError {
        const QList<LockRecord> records = liveOthers(lock, {});
        const auto hold = std::find_if(records.cbegin(), records.cend(),
                                       [](const LockRecord& r) { return r.kind == LockRecord::Kind::Hold; });
        if (hold != records.cend() && hold->detail == LockRecord::Restore) {
            return StorageError(StorageError::Kind::Locked,
                                tr("%1 zet al een reservekopie terug in %2. Probeer het later opnieuw; er is niets "
                                   "gewijzigd.")
                                    .arg(hold->describe(), native(file)));
        }
        if (hold != records.cend()) {
            return StorageError(StorageError::Kind::Locked,
                                tr("%1 vernietigt of anonimiseert al zaken in %2. Probeer het later opnieuw; er is "
                                   "niets gewijzigd.")
                                    .arg(hold->describe(), native(file)));
        }
        const QString who = names(records);
        return StorageError(StorageError::Kind::Locked,
                            who.isEmpty()
                                ? tr("Er wordt nog in %1 geschreven door een ander programma. Probeer het opnieuw als "
                                     "dat klaar is; er is niets gewijzigd.")
                                      .arg(native(file))
                                : tr("Er wordt nog in %1 geschreven (geopend door %2). Probeer het opnieuw als dat "
                                     "klaar is; er is niets gewijzigd.")
                                      .arg(native(file), who));
    };
    if (!lock.lock(LockFile::Range::Pending, LockFile::Mode::Exclusive, waitMs))
        throw refuse();
    const int left = std::max(0, waitMs - int(waited.elapsed()));
    if (!lock.lock(LockFile::Range::Gate, LockFile::Mode::Exclusive, left)) {
        lock.unlock(LockFile::Range::Pending);
        throw refuse();
    }
    const LockRecord record = LockFile::recordForThisProcess(LockRecord::Kind::Hold, user, purpose);
    try {
        lock.update([&](QList<LockRecord>& records) { records << record; });
    } catch (...) {
        lock.unlock(LockFile::Range::Gate);
        lock.unlock(LockFile::Range::Pending);
        throw;
    }
    return record.id;
}

void FileAccess::releaseHold(LockFile& lock, const QString& id) {
    try {
        lock.update(
            [&](QList<LockRecord>& records) { records.removeIf([&](const LockRecord& r) { return r.id == id; }); });
    } catch (const StorageError&) {
        // The record stays until it is recognised as left behind; the locks below are what count.
    }
    lock.unlock(LockFile::Range::Gate);
    lock.unlock(LockFile::Range::Pending);
}
