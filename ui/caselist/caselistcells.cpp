// What each cell of CaseListModel shows: texts, tooltips, colours, icons and the custom roles.

#include "caselistmodel.h"
#include "shell/statepalette.h"

#include "overview/deadlineoverview.h"
#include "shell/deadlinestyle.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace {

// Placeholder texts such as "(anoniem)" are grey and italic, so they never read as a name.

bool isPlaceholder(const Case& c, int column) {
    return (column == CaseListModel::Klager && CaseQuery::klagerSortName(c).isEmpty()) ||
           (column == CaseListModel::Handler && c.handler.trimmed().isEmpty()) ||
           (column == CaseListModel::Subject && CaseQuery::subject(c).isEmpty() && c.themes.isEmpty());
}

} // namespace

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    // The invalid index is a legitimate question (views and testers ask it): no checkIndex warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Case& c = row.c;
    const int column = index.column();
    const bool deadlineCell = column == NextDeadline && row.next;
    // The list marks an urgent deadline only; any other keeps the view's own colours.
    const bool marked = deadlineCell && DeadlineStyle::isUrgent(row.next->status);
    switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::AccessibleTextRole:
        return deadlineCell ? DeadlineStyle::accessibleText(*row.next) : displayText(row, column);
    case Qt::DecorationRole: return deadlineCell ? QVariant(DeadlineStyle::urgentIcon(row.next->status)) : QVariant();
    case Qt::ForegroundRole: {
        if (isPlaceholder(c, column))
            return QBrush(StatePalette().foreground(StatePalette::Role::Muted));
        return marked ? QVariant(QBrush(DeadlineStyle::foreground(row.next->status))) : QVariant();
    }
    case Qt::BackgroundRole: return marked ? QVariant(QBrush(DeadlineStyle::background(row.next->status))) : QVariant();
    case Qt::FontRole: {
        if (isPlaceholder(c, column) || (deadlineCell && row.next->status == DeadlineStatus::Overdue)) {
            QFont font;
            font.setItalic(isPlaceholder(c, column));
            font.setBold(deadlineCell);
            return font;
        }
        return {};
    }
    case CaseIdRole: return c.id;
    case DeadlineStatusRole: return row.next ? QVariant(int(row.next->status)) : QVariant();
    case DeadlineDueRole: return row.next ? QVariant(row.next->due) : QVariant();
    case DeadlineKindRole: return row.next ? QVariant(int(row.next->kind)) : QVariant();
    case SortRole: return sortValue(row, column);
    case PhaseRole: return int(c.phase);
    case DomainRole: return int(c.domain);
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Reference: return tr("Zaak");
        case Received: return tr("Ontvangen");
        case Klager: return tr("Klager");
        case Subject: return tr("Betreft");
        case Phase: return tr("Fase");
        case Handler: return tr("Behandelaar");
        case NextDeadline: return tr("Volgende termijn");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Subject: return tr("Aanbieder, afdeling of regeling waarover geklaagd wordt, en de thema's");
        case NextDeadline: return tr("De eerstvolgende termijn die de gemeente moet halen");
        default: break;
        }
    }
    return {};
}

QString CaseListModel::displayText(const Row& row, int column) const {
    const Case& c = row.c;
    switch (column) {
    case Reference: return c.reference;
    case Received: return QLocale().toString(c.received, QLocale::ShortFormat);
    case Klager: return DeadlineOverview::klagerName(c);
    case Subject: {
        const QString subject = CaseQuery::subject(c);
        const QString themes = c.themes.join(QStringLiteral(", "));
        if (subject.isEmpty())
            return themes.isEmpty() ? EnumText::label(c.domain) : themes;
        return themes.isEmpty() ? subject : subject + QStringLiteral(" — ") + themes;
    }
    case Phase: return EnumText::label(c.phase);
    case Handler: return DeadlineOverview::handlerLabel(c.handler.trimmed());
    case NextDeadline: return row.next ? DeadlineStyle::cellText(*row.next) : QString();
    }
    return {};
}

QString CaseListModel::toolTip(const Row& row, int column) const {
    const Case& c = row.c;
    switch (column) {
    case Klager:
        if (!c.representative.name.isEmpty()) {
            return tr("%1\nnamens de klager: %2 (%3)")
                .arg(DeadlineOverview::klagerName(c), c.representative.name, c.representative.role);
        }
        return DeadlineOverview::klagerName(c);
    case Subject: {
        QStringList lines{tr("Domein: %1").arg(EnumText::label(c.domain))};
        if (!c.subject.department.isEmpty())
            lines << tr("Afdeling: %1").arg(c.subject.department);
        if (!c.subject.employee.isEmpty())
            lines << tr("Medewerker: %1").arg(c.subject.employee);
        if (!c.subject.provider.isEmpty())
            lines << tr("Aanbieder: %1").arg(c.subject.provider);
        if (!c.subject.jointArrangement.isEmpty())
            lines << tr("Gemeenschappelijke regeling: %1").arg(c.subject.jointArrangement);
        if (!c.themes.isEmpty())
            lines << tr("Thema's: %1").arg(c.themes.join(QStringLiteral(", ")));
        return lines.join(QLatin1Char('\n'));
    }
    case Phase:
        if (c.outcome != Outcome::None)
            return tr("%1: %2").arg(EnumText::label(c.phase), EnumText::label(c.outcome));
        return EnumText::label(c.phase);
    case Received: return QLocale().toString(c.received, QStringLiteral("dddd d MMMM yyyy"));
    case NextDeadline: return row.next ? DeadlineStyle::toolTip(*row.next) : tr("Geen openstaande termijn");
    default: return {};
    }
}

QVariant CaseListModel::sortValue(const Row& row, int column) const {
    const Case& c = row.c;
    switch (column) {
    case Reference: return c.reference;
    case Received: return c.received;
    case Klager: return CaseQuery::klagerSortName(c);
    case Subject: return CaseQuery::subject(c);
    case Phase: return int(c.phase);
    case Handler: return c.handler;
    case NextDeadline: return row.next ? QVariant(row.next->due) : QVariant();
    }
    return {};
}
