#include "lettercheckpanel.h"

#include "shell/statepalette.h"

#include "letterdraft.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_status);
    layout->addWidget(m_issues, 1);
}

void LetterCheckPanel::showDraft(const LetterDraft& draft) {
    m_issues->clear();
    for (const QString& line : draft.missing()) {
        auto* item = new QListWidgetItem(line, m_issues);
        item->setForeground(StatePalette().foreground(StatePalette::Role::Error));
    }
    for (const QString& line : draft.flagged()) {
        auto* item = new QListWidgetItem(line, m_issues);
        item->setForeground(StatePalette().foreground(StatePalette::Role::Warning));
    }
    if (!draft.mayFinalise()) {
        m_status->setText(draft.blockedReason());
        m_status->setStyleSheet(StatePalette().textStyleSheet(StatePalette::Role::Error));
    } else if (m_issues->count() == 0) {
        m_status->setText(tr("De brief is compleet."));
        m_status->setStyleSheet(StatePalette().textStyleSheet(StatePalette::Role::Success));
    } else {
        m_status->setText(tr("De brief mag worden verzonden; kijk de gemarkeerde punten nog na."));
        m_status->setStyleSheet(QString());
    }
}

void LetterCheckPanel::showStatement(const QString& text) {
    m_issues->clear();
    m_status->setText(text);
    m_status->setStyleSheet(QString());
}

QString LetterCheckPanel::statusText() const {
    return m_status->text();
}
