#include "bannerbar.h"

#include "palettestyle.h"
#include "statepalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString styleFor(const StatePalette& palette, BannerBar::Tone tone) {
    const StatePalette::Role role = tone == BannerBar::Tone::Information ? StatePalette::Role::Information
                                    : tone == BannerBar::Tone::Warning   ? StatePalette::Role::Warning
                                                                         : StatePalette::Role::Error;
    return QStringLiteral("QFrame#banner { background: %1; border: 1px solid %2; border-radius: 4px; } "
                          "QFrame#banner QLabel { color: palette(text); }")
        .arg(palette.background(role).name(), palette.accent(role).name());
}

} // namespace

BannerBar::BannerBar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setAccessibleName(tr("Meldingen"));
}

void BannerBar::show(const QString& key, Tone tone, const QString& text, const QString& actionText) {
    hide(key);
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("banner"));
    frame->setProperty("bannerKey", key);
    PaletteStyle::set(frame, [tone](const StatePalette& palette) { return styleFor(palette, tone); });
    auto* row = new QHBoxLayout(frame);
    row->setContentsMargins(10, 6, 6, 6);
    auto* label = new QLabel(text, frame);
    label->setObjectName(QStringLiteral("bannerText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(text);
    row->addWidget(label, 1);
    if (!actionText.isEmpty()) {
        auto* button = new QPushButton(actionText, frame);
        connect(button, &QPushButton::clicked, this, [this, key] { emit actionTriggered(key); });
        row->addWidget(button);
    }
    auto* close = new QToolButton(frame);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Melding sluiten"));
    close->setAccessibleName(tr("Melding sluiten"));
    connect(close, &QToolButton::clicked, this, [this, key] { hide(key); });
    row->addWidget(close);
    m_layout->addWidget(frame);
    setVisible(true);
}

void BannerBar::hide(const QString& key) {
    for (QFrame* frame : findChildren<QFrame*>(QStringLiteral("banner"), Qt::FindDirectChildrenOnly)) {
        if (frame->property("bannerKey").toString() == key) {
            m_layout->removeWidget(frame);
            delete frame;
        }
    }
    setVisible(m_layout->count() > 0);
}

bool BannerBar::isShown(const QString& key) const {
    for (QFrame* frame : findChildren<QFrame*>(QStringLiteral("banner"), Qt::FindDirectChildrenOnly)) {
        if (frame->property("bannerKey").toString() == key)
            return true;
    }
    return false;
}

QString BannerBar::text(const QString& key) const {
    for (QFrame* frame : findChildren<QFrame*>(QStringLiteral("banner"), Qt::FindDirectChildrenOnly)) {
        if (frame->property("bannerKey").toString() == key)
            return frame->findChild<QLabel*>(QStringLiteral("bannerText"))->text();
    }
    return {};
}
