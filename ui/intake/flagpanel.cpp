#include "flagpanel.h"

#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
// Red where the resident can lose a right or the law is broken, amber for a choice to make, blue
// for a duty that simply follows (StatePalette: readable on a light and on a dark desktop).
StatePalette::Role roleFor(IntakeFlagKind kind) {
    switch (kind) {
    case IntakeFlagKind::AboutDecisionContent:
    case IntakeFlagKind::HandlerInvolved: return StatePalette::Role::Error;
    case IntakeFlagKind::ConductOlderThanOneYear:
    case IntakeFlagKind::KlaagschriftIncomplete:
    case IntakeFlagKind::ProviderComplaint: return StatePalette::Role::Warning;
    case IntakeFlagKind::AcknowledgementDue: break;
    }
    return StatePalette::Role::Information;
}

bool sameFlags(const QList<IntakeFlag>& a, const QList<IntakeFlag>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].message != b[i].message || a[i].date != b[i].date)
            return false;
    }
    return true;
}
} // namespace

FlagPanel::FlagPanel(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("flagsPanel"));
    setAccessibleName(tr("Aandachtspunten"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_rows = new QVBoxLayout;
    m_rows->setSpacing(6);
    layout->addLayout(m_rows);

    m_empty = new QLabel(tr("Geen aandachtspunten."), this);
    m_empty->setObjectName(QStringLiteral("flagsEmpty"));
    m_empty->setEnabled(false); // greyed: nothing to act on
    layout->addWidget(m_empty);

    m_term = new QLabel(this);
    m_term->setObjectName(QStringLiteral("handlingTerm"));
    m_term->setTextFormat(Qt::PlainText);
    m_term->setWordWrap(true);
    QFont small = m_term->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_term->setFont(small);
    layout->addWidget(m_term);
    layout->addStretch(1);
}

void FlagPanel::setFlags(const QList<IntakeFlag>& flags, const QString& term, const QString& termDetail) {
    m_term->setText(term);
    m_term->setToolTip(termDetail);
    m_term->setAccessibleName(term);
    if (sameFlags(flags, m_flags) && m_rows->count() == flags.size())
        return;
    m_flags = flags;
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const IntakeFlag& flag : flags)
        m_rows->addWidget(makeRow(flag));
    m_empty->setVisible(flags.isEmpty());
    setAccessibleDescription(rowTexts().join(u'\n'));
}

QString FlagPanel::termText() const {
    return m_term->text();
}

QStringList FlagPanel::rowTexts() const {
    QStringList texts;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (auto* row = m_rows->itemAt(i)->widget())
            texts << row->accessibleName();
    }
    return texts;
}

QString FlagPanel::title(IntakeFlagKind kind) {
    switch (kind) {
    case IntakeFlagKind::ConductOlderThanOneYear: return tr("Meer dan een jaar geleden: u mag weigeren");
    case IntakeFlagKind::KlaagschriftIncomplete: return tr("Klaagschrift onvolledig");
    case IntakeFlagKind::ProviderComplaint: return tr("Gecontracteerde aanbieder");
    case IntakeFlagKind::AboutDecisionContent: return tr("Inhoud van een besluit: bezwaar");
    case IntakeFlagKind::HandlerInvolved: return tr("Behandelaar is betrokken");
    case IntakeFlagKind::AcknowledgementDue: return tr("Ontvangstbevestiging sturen");
    }
    return {};
}

QWidget* FlagPanel::makeRow(const IntakeFlag& flag) {
    const StatePalette::Role role = roleFor(flag.kind);
    auto* row = new QFrame(this);
    row->setObjectName(QStringLiteral("flagRow"));
    PaletteStyle::set(row, [role](const StatePalette& palette) {
        return QStringLiteral("QFrame#flagRow { background: %1; border: 1px solid %2; border-left: 5px solid %2;"
                              " border-radius: 3px; } QLabel { color: palette(text); background: transparent; }")
            .arg(palette.background(role).name(), palette.accent(role).name());
    });
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(8, 5, 8, 6);
    layout->setSpacing(2);

    auto* heading = new QLabel(row);
    heading->setTextFormat(Qt::RichText);
    const auto showHeading = [heading, role, kind = flag.kind, article = flag.article] {
        heading->setText(
            QStringLiteral("<b>%1</b> &nbsp;<span style=\"color:%2\">%3</span>")
                .arg(title(kind).toHtmlEscaped(), StatePalette().foreground(role).name(), article.toHtmlEscaped()));
    };
    showHeading();
    PaletteStyle::onChange(heading, showHeading);
    layout->addWidget(heading);

    auto* message = new QLabel(flag.message, row);
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message);

    row->setAccessibleName(title(flag.kind) % u" (" % flag.article % u"): " % flag.message);
    return row;
}
