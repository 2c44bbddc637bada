// Makes the label columns of a letter as wide as their labels, measured in the font the letter is
// drawn in. A letter's reference lines ("Datum", "Ons kenmerk", "Behandeld door", "Onderwerp") are a
// table whose first column has a fixed width in the template; that width suits one font, and in a wider
// one "Behandeld door" would break over two lines and the value would slip between its words. So every
// column the HTML gives a fixed width is widened, where needed, to its widest line without wrapping
// (QFontMetricsF on the device the document is laid out for), up to a limit beyond which long text may
// wrap as usual. Columns without a fixed width are laid out by QTextDocument, which never breaks a word.
#pragma once

class QPaintDevice;
class QTextDocument;

namespace LabelColumns {
// device: the paint device the document's layout uses (nullptr: the screen). maxWidth: the widest a
// column may become, in the document's own units (CSS pixels at 96 dpi).
void fit(QTextDocument& document, QPaintDevice* device, double maxWidth);
} // namespace LabelColumns
