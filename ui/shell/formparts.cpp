#include "formparts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace FormParts {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QWidget* labelledAbove(const QString& label, QWidget* field, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = flatColumn(box);
    layout->addWidget(buddyLabel(label, field, box));
    layout->addWidget(field, 1);
    return box;
}

QHBoxLayout* flatRow(QWidget* widget) {
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QVBoxLayout* flatColumn(QWidget* widget) {
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace FormParts
