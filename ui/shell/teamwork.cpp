#include "teamwork.h"

#include "bannerbar.h"
#include "casenotifier.h"
#include "i18n/languages.h"
#include "session/externalchangefeed.h"
#include "session/municipalitysession.h"
#include "storage/fileaccess.h"
#include "storage/storageerror.h"

#include <QLabel>
#include <QTimer>

const QString TeamWork::ReadOnlyBanner = QStringLiteral("read-only");
const QString TeamWork::ShareBanner = QStringLiteral("network-share");
const QString TeamWork::StaleBanner = QStringLiteral("stale-lock");

TeamWork::TeamWork(MunicipalitySession& session, CaseNotifier& notifier, BannerBar& banners, QLabel& presence,
                   int changeIntervalMs, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_banners(banners)
    , m_presence(presence)
    , m_feed(session.createChangeFeed(changeIntervalMs)) {
    connect(m_feed.get(), &ExternalChangeFeed::changed, this, &TeamWork::apply);
    connect(&m_banners, &BannerBar::actionTriggered, this, [this](const QString& key) {
        if (key == ReadOnlyBanner && m_writerGone)
            emit reopenRequested();
    });
    m_presenceTimer = new QTimer(this);
    m_presenceTimer->setInterval(PresenceIntervalMs);
    connect(m_presenceTimer, &QTimer::timeout, this, &TeamWork::checkPresence);
}

TeamWork::~TeamWork() {
    m_presence.clear();
    m_presence.setToolTip({});
}

void TeamWork::start() {
    m_feed->start();
    m_presenceTimer->start();
    FileAccess* access = m_session.database().access();
    if (access && !access->recovered().isEmpty()) {
        m_banners.show(StaleBanner, BannerBar::Tone::Information,
                       tr("Het bestand was nog vergrendeld door een programma dat niet meer draait; de vergrendeling "
                          "is opgeheven."));
    }
    if (access && access->isReadOnly()) {
        showReadOnlyBanner(false);
    } else if (access && access->underShareRules()) {
        m_banners.show(ShareBanner, BannerBar::Tone::Information,
                       tr("Dit bestand wordt via een netwerkschijf gebruikt (%1). Daar kan maar één persoon tegelijk "
                          "wijzigen: dat bent u nu. Collega's die het openen, kunnen lezen tot u het sluit. Om met "
                          "meer collega's tegelijk te werken is er de teamserver van Aan Tafel (PostgreSQL); vraag uw "
                          "ICT-afdeling ernaar.")
                           .arg(access->location().reason));
    }
    userIdentified();
    checkPresence();
}

void TeamWork::userIdentified() {
    FileAccess* access = m_session.database().access();
    if (!access)
        return;
    try {
        const auto& user = m_session.currentUser();
        access->setUser(user ? user->name : m_session.user());
    } catch (const StorageError&) {
        // Only the name others see; the heartbeat writes it again.
    }
}

void TeamWork::showReadOnlyBanner(bool writerGone) {
    m_writerGone = writerGone;
    if (writerGone) {
        m_banners.show(ReadOnlyBanner, BannerBar::Tone::Warning,
                       tr("Niemand wijzigt dit bestand nu meer. Open het opnieuw om zelf te kunnen wijzigen."),
                       tr("&Opnieuw openen"));
        return;
    }
    FileAccess* access = m_session.database().access();
    std::optional<LockRecord> writer = access ? access->writerWhenOpened() : std::nullopt;
    if (access) {
        for (const LockRecord& r : access->others()) {
            if (r.kind == LockRecord::Kind::Open && r.detail == LockRecord::ShareWriter)
                writer = r;
        }
    }
    const QString who = writer ? writer->describe() : tr("een collega");
    m_banners.show(ReadOnlyBanner, BannerBar::Tone::Warning,
                   tr("Dit bestand wordt via een netwerkschijf gebruikt. Daar kan maar één persoon tegelijk wijzigen, "
                      "en dat is nu %1. U kunt alleen lezen; wat daar wordt vastgelegd, verschijnt hier vanzelf. Om "
                      "met meer collega's tegelijk te werken is er de teamserver van Aan Tafel (PostgreSQL); vraag uw "
                      "ICT-afdeling ernaar.")
                       .arg(who));
}

void TeamWork::checkPresence() {
    FileAccess* access = m_session.database().access();
    if (!access)
        return;
    QStringList names;
    QStringList details;
    for (const LockRecord& r : access->others()) {
        if (r.kind != LockRecord::Kind::Open)
            continue;
        names << (r.user.isEmpty() ? r.describe() : r.user);
        details << r.describe();
    }
    names.removeDuplicates();
    details.removeDuplicates();
    m_presenceText =
        names.isEmpty() ? QString() : tr("Ook geopend door %1").arg(Languages::locale().createSeparatedList(names));
    m_presence.setText(m_presenceText);
    m_presence.setToolTip(details.join(u'\n'));
    m_presence.setAccessibleName(m_presenceText);
    if (access->isReadOnly()) {
        const bool gone = !access->anotherWrites();
        if (gone != m_writerGone)
            showReadOnlyBanner(gone);
    }
}

void TeamWork::apply(const ExternalChanges& changes) {
    try {
        if (changes.everything || changes.settings)
            m_session.reload();
        if (changes.everything || changes.users)
            m_session.reloadUsers();
    } catch (const StorageError&) {
        // The file is busy for a moment; the views below reload what they can, the next change the rest.
    }
    if (changes.everything || changes.users)
        emit usersChanged();
    if (changes.everything) {
        emit m_notifier.settingsChanged();
        emit m_notifier.casesReset();
        emit m_notifier.measuresChanged();
        emit settingsChanged();
        emit applied();
        return;
    }
    if (changes.settings) {
        emit m_notifier.settingsChanged();
        emit settingsChanged();
    }
    for (qint64 id : changes.added)
        emit m_notifier.caseAdded(id);
    for (qint64 id : changes.changed)
        emit m_notifier.caseChanged(id);
    for (qint64 id : changes.removed)
        emit m_notifier.caseRemoved(id);
    if (changes.measures)
        emit m_notifier.measuresChanged();
    emit applied();
}
