// A calm strip of messages above the work area: that the file is read-only and why, what is due
// today or overdue for the current user. One line each, closable, never a pile of pop-ups.
#pragma once

#include <QWidget>

class QVBoxLayout;

class BannerBar : public QWidget {
    Q_OBJECT
public:
    enum class Tone { Information, Warning, Attention };

    explicit BannerBar(QWidget* parent = nullptr);

    // Shows (or replaces) the banner with this key. actionText, when given, adds a button that
    // emits actionTriggered(key).
    void show(const QString& key, Tone tone, const QString& text, const QString& actionText = {});
    void hide(const QString& key);
    bool isShown(const QString& key) const;
    QString text(const QString& key) const;

signals:
    void actionTriggered(const QString& key);

private:
    QVBoxLayout* m_layout;
};
