// An item delegate that gives each row a little air, so that a wrapped or two-line entry in the
// timeline and the deadline table reads as one.
#pragma once

#include <QStyledItemDelegate>

class SpacedDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};
