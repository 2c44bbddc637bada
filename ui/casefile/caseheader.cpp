#include "caseheader.h"

#include "shell/deadlinestyle.h"
#include "shell/palettestyle.h"

#include "deadlines/deadlineengine.h"
#include "deadlines/termcalculator.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

CaseHeader::CaseHeader(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("caseHeader"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    // A label is read by its text (the reference and the klager); the description says what it is.
    m_title->setAccessibleDescription(tr("Zaak"));

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setAccessibleDescription(tr("Gegevens van de zaak"));

    m_deadlineIcon = new QLabel(this);
    m_deadlineIcon->setObjectName(QStringLiteral("nextDeadlineIcon"));
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("nextDeadlineLabel"));
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setCursor(Qt::WhatsThisCursor);

    // The title shares its line with the next deadline; the facts get the full width below.
    auto* deadline = new QHBoxLayout;
    deadline->setSpacing(6);
    deadline->addWidget(m_deadlineIcon);
    deadline->addWidget(m_deadline);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addLayout(deadline, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_facts, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    PaletteStyle::onChange(this, [this] { showStatus(m_status); });
}

void CaseHeader::showStatus(std::optional<DeadlineStatus> status) {
    m_status = status;
    if (!status) {
        m_deadlineIcon->clear();
        PaletteStyle::clear(m_deadline);
        return;
    }
    m_deadlineIcon->setPixmap(DeadlineStyle::icon(*status).pixmap(24, 24));
    PaletteStyle::set(m_deadline, [s = *status](const StatePalette&) { return DeadlineStyle::pillStyleSheet(s); });
}

QString CaseHeader::title(const Case& c) {
    const QString who = c.anonymous || c.klager.name.trimmed().isEmpty() ? tr("Anoniem") : c.klager.name.trimmed();
    return tr("%1 \u00b7 %2").arg(c.reference, who);
}

void CaseHeader::setCase(const Case& c, const DeadlineEngine& engine, QDate today) {
    m_title->setText(title(c));

    QStringList facts{EnumText::label(c.kind), EnumText::label(c.channel),
                      tr("ontvangen %1").arg(TermCalculator::shortDate(c.received)),
                      tr("fase: %1").arg(EnumText::label(c.phase))};
    if (!c.isOpen()) {
        facts << tr("uitkomst: %1").arg(EnumText::label(c.outcome));
        if (c.closedOn.isValid())
            facts << tr("afgesloten %1").arg(TermCalculator::shortDate(c.closedOn));
    }
    if (!c.handler.trimmed().isEmpty())
        facts << tr("behandelaar: %1").arg(c.handler.trimmed());
    if (!c.predecessor.isEmpty())
        facts << tr("vervolg op %1").arg(c.predecessor);
    // Art. 9:24: the one date the letters and the Termijnen tab show too.
    if (const std::optional<Deadline> ombudsman = engine.ombudsmanTerm(c, today))
        facts << tr("ombudsman t/m %1 (%2)").arg(TermCalculator::shortDate(ombudsman->due), ombudsman->basis);
    // A line break only between facts, never inside a name or a date.
    for (QString& fact : facts)
        fact.replace(u' ', QChar::Nbsp);
    m_facts->setText(facts.join(QStringLiteral("  \u00b7  ")));

    const std::optional<Deadline> next = engine.nextDeadline(c, today);
    if (!next) {
        showStatus(std::nullopt);
        m_deadline->setText(c.isOpen() ? tr("Geen openstaande termijn") : tr("Geen termijnen meer open"));
        m_deadline->setToolTip(QString());
        m_deadline->setAccessibleDescription(QString());
        m_deadline->setAccessibleName(QString());
        return;
    }
    // The icon, the colour and the accessible name carry the status; the text says how long is left.
    m_deadline->setText(tr("%1: %2 \u2014 %3")
                            .arg(DeadlineText::label(next->kind), TermCalculator::shortDate(next->due),
                                 DeadlineStyle::remaining(*next, today)));
    showStatus(next->status);
    m_deadlineIcon->setAccessibleName(DeadlineText::label(next->status));
    // Read as the text people see, with the status the icon and colour show.
    m_deadline->setAccessibleName(
        tr("Volgende termijn: %1 (%2)").arg(m_deadline->text(), DeadlineText::label(next->status).toLower()));
    QString tip = next->basis + u'\n' + next->basisText + u'\n' + tr("Berekening: %1").arg(next->counting);
    if (!next->warning.isEmpty())
        tip += u'\n' + next->warning;
    m_deadline->setToolTip(tip);
    m_deadline->setAccessibleDescription(tip);
}

void CaseHeader::setMissing(const QString& message) {
    m_facts->setText(message);
    showStatus(std::nullopt);
    m_deadline->clear();
    m_deadline->setToolTip(QString());
    m_deadline->setAccessibleName(QString());
}
