#include "busyindicator.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

BusyIndicator::BusyIndicator(Database& db, int busyTimeoutMs, QStatusBar* statusBar)
    : m_statusBar(statusBar)
    , m_wait(std::make_unique<BusyWait>(db, busyTimeoutMs, NoticeAfterMs, [this] { show(); })) {}

BusyIndicator::~BusyIndicator() {
    clear();
}

QString BusyIndicator::busyText() {
    return tr("Bezig: het bestand wordt door een andere gebruiker bijgewerkt…");
}

void BusyIndicator::show() {
    // Called from inside SQLite while the GUI thread waits: paint directly, never run the event
    // loop here (it could start another query on the waiting connection).
    if (m_showing)
        return;
    m_showing = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_previous = m_statusBar->currentMessage();
    m_statusBar->showMessage(busyText());
    m_statusBar->repaint();
    // Runs once the waiting write has returned to the event loop, whatever its outcome.
    QTimer::singleShot(0, this, &BusyIndicator::clear);
}

void BusyIndicator::clear() {
    if (!m_showing)
        return;
    m_showing = false;
    QApplication::restoreOverrideCursor();
    if (m_statusBar->currentMessage() == busyText())
        m_statusBar->showMessage(m_previous);
}
