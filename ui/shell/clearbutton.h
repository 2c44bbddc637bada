// The clear button at the end of a search field, with a name a screen reader can say ("Zoekveld
// leegmaken"). QLineEdit::setClearButtonEnabled() adds one without a name.
#pragma once

#include <QString>

class QLineEdit;

namespace ClearButton {
// Adds the button to edit: shown while the field holds text, it empties the field (textChanged).
void add(QLineEdit* edit, const QString& accessibleName);
} // namespace ClearButton
