// The text of an HTML e-mail body as a person would read it: paragraphs, line breaks and list items kept,
// scripts, styles and the head left out, white space collapsed. Parsed by libxml2's HTML parser, which
// takes broken HTML as browsers do; nothing is fetched from the network.
#pragma once

#include <QByteArray>
#include <QString>

namespace HtmlText {
// html is UTF-8 (as GMime hands out text parts); a declared charset in the document is ignored.
QString toPlainText(const QByteArray& html);
} // namespace HtmlText
