// An item delegate that gives each row a little air, so that a wrapped or two-line entry in the
// timeline and the deadline table reads as one.
#pragma once

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTreeView>

class SpacedDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        // A tree view asks without the column's width, so a line that wraps would be cut off: give
        // the width of a column that does not size itself to its contents (a table view already does).
        if (const auto* tree = qobject_cast<const QTreeView*>(parent());
            tree && tree->wordWrap() &&
            tree->header()->sectionResizeMode(index.column()) != QHeaderView::ResizeToContents)
            opt.rect = QRect(0, 0, tree->header()->sectionSize(index.column()), 1);
        return QStyledItemDelegate::sizeHint(opt, index) + QSize(0, 8);
    }
};
