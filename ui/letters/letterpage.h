// Shows a letter in a QTextEdit the way it will print: the letter font, the text as wide as between
// the margins of the paper, the job's images (logo, signature) available by name, on a white sheet.
// Used by the letter dialog (editable), the viewer of sent letters and the template editor preview.
#pragma once

#include "output/printjob.h"

class QTextEdit;

namespace LetterPage {
// Prepares the editor once: font, page width, look.
void setUp(QTextEdit* editor);
// Registers the job's images and shows its HTML.
void show(QTextEdit* editor, const PrintJob& job);
} // namespace LetterPage
