#include "lettercheckpanel.h"

#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "letterdraft.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int RoleData = Qt::UserRole; // the StatePalette role an issue is shown in
}

LetterCheckPanel::LetterCheckPanel(QWidget* parent)
    : QWidget(parent) {
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("letterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("letterIssues"));
    m_issues->setAccessibleName(tr("Controle van de brief"));
    m_issues->setWordWrap(true);
    auto* label = new QLabel(tr("&Controle:"), this);
    label->setBuddy(m_issues);
    PaletteStyle::onChange(this, [this] { colourIssues(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_status);
    layout->addWidget(m_issues, 1);
}

void LetterCheckPanel::colourIssues() {
    const StatePalette palette;
    for (int row = 0; row < m_issues->count(); ++row) {
        QListWidgetItem* item = m_issues->item(row);
        item->setForeground(palette.foreground(StatePalette::Role(item->data(RoleData).toInt())));
    }
}

void LetterCheckPanel::showDraft(const LetterDraft& draft) {
    m_issues->clear();
    for (const QString& line : draft.missing())
        (new QListWidgetItem(line, m_issues))->setData(RoleData, int(StatePalette::Role::Error));
    for (const QString& line : draft.flagged())
        (new QListWidgetItem(line, m_issues))->setData(RoleData, int(StatePalette::Role::Warning));
    colourIssues();
    if (!draft.mayFinalise()) {
        m_status->setText(draft.blockedReason());
        PaletteStyle::text(m_status, StatePalette::Role::Error);
    } else if (m_issues->count() == 0) {
        m_status->setText(tr("De brief is compleet."));
        PaletteStyle::text(m_status, StatePalette::Role::Success);
    } else {
        m_status->setText(tr("De brief mag worden verzonden; kijk de gemarkeerde punten nog na."));
        PaletteStyle::clear(m_status);
    }
}

void LetterCheckPanel::showStatement(const QString& text) {
    m_issues->clear();
    m_status->setText(text);
    PaletteStyle::clear(m_status);
}

QString LetterCheckPanel::statusText() const {
    return m_status->text();
}
