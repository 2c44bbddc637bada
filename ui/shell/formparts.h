// The small pieces the program's forms and dialogs are built from, made one way: a label that moves
// the focus to its field (its mnemonic, and a screen reader's name for the field), a field with its
// label above it, and a row or column of widgets without margins of its own, to sit inside a form or
// beside other widgets.
#pragma once

#include <QString>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace FormParts {
// A label whose mnemonic (the letter after "&") focuses buddy.
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent = nullptr);
// A widget holding buddyLabel(label, field) above field, which takes the height that is left.
QWidget* labelledAbove(const QString& label, QWidget* field, QWidget* parent = nullptr);
// A layout without margins set on widget.
QHBoxLayout* flatRow(QWidget* widget);
QVBoxLayout* flatColumn(QWidget* widget);
} // namespace FormParts
