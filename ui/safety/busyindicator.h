// The calm "Bezig…" state of the main window: when a write waits more than 300 ms for another user
// on the same file, the status bar says so and the cursor turns into a wait cursor, until control
// returns to the event loop (the write went through or gave up with its own message).
#pragma once

#include "storage/busywait.h"

#include <QObject>

#include <memory>

class Database;
class QStatusBar;

class BusyIndicator : public QObject {
    Q_OBJECT
public:
    static constexpr int NoticeAfterMs = 300;

    BusyIndicator(Database& db, int busyTimeoutMs, QStatusBar* statusBar);
    ~BusyIndicator() override;

    static QString busyText();
    bool isShowing() const { return m_showing; }
    int timesShown() const { return m_wait->noticedWaits(); }

private:
    void show();
    void clear();

    QStatusBar* m_statusBar;
    std::unique_ptr<BusyWait> m_wait;
    bool m_showing = false;
    QString m_previous;
};
