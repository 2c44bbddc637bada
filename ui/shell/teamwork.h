// The main window's side of several people working in one municipality file at once: colleagues'
// changes reach the window's notifier within a few seconds (ExternalChangeFeed), the status bar says
// who else has the file open, and the banner says what the network-share rules mean now — who writes
// while this window only reads (and that the place is free again), or that this window is the one
// writer — pointing to the team server for working side by side over a network. One per open file.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class BannerBar;
class CaseNotifier;
class ExternalChangeFeed;
struct ExternalChanges;
class MunicipalitySession;
class QLabel;
class QTimer;

class TeamWork : public QObject {
    Q_OBJECT
public:
    static const QString ReadOnlyBanner; // this window reads; another writes (network rules)
    static const QString ShareBanner;    // this window is the one writer (network rules)
    static const QString StaleBanner;    // a program that crashed had the file open
    static constexpr int PresenceIntervalMs = 5000;

    TeamWork(MunicipalitySession& session, CaseNotifier& notifier, BannerBar& banners, QLabel& presence,
             int changeIntervalMs, QObject* parent = nullptr);
    ~TeamWork() override;

    // Starts the feed and the presence look, shows the banners of opening.
    void start();
    ExternalChangeFeed* feed() const { return m_feed.get(); }
    // Reads the lock file now: who else has the file open; under the network rules, who writes.
    void checkPresence();
    QString presenceText() const { return m_presenceText; }
    // The name this window's record in the lock file shows (after "Wie bent u?").
    void userIdentified();

signals:
    // The users changed elsewhere; the session has read them again.
    void usersChanged();
    // Settings changed elsewhere (the title may show another name).
    void settingsChanged();
    // Something colleagues changed was passed on to the notifier.
    void applied();
    // The read-only banner's "Opnieuw openen": the one writer's place is free.
    void reopenRequested();

private:
    void apply(const ExternalChanges& changes);
    void showReadOnlyBanner(bool writerGone);

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    BannerBar& m_banners;
    QLabel& m_presence;
    std::unique_ptr<ExternalChangeFeed> m_feed;
    QTimer* m_presenceTimer = nullptr;
    QString m_presenceText;
    bool m_writerGone = false;
};
