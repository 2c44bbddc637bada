// What the window shows while no municipality file is open: create one, open one, connect to a team
// server, or pick one of the recent files. Missing recent files are shown greyed with a note, never silently dropped.
#pragma once

#include <QWidget>

class QListWidget;

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& files);

signals:
    void newRequested();
    void openRequested();
    void serverRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};
