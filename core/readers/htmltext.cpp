#include "htmltext.h"

#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>

namespace {

bool isBlock(const QByteArray& name) {
    static const QSet<QByteArray> blocks{
        "p",     "div",        "br",  "li", "tr",      "h1",      "h2",     "h3",     "h4",      "h5", "h6", "ul", "ol",
        "table", "blockquote", "pre", "hr", "section", "article", "header", "footer", "address", "dl", "dt", "dd"};
    return blocks.contains(name);
}

void walk(xmlNode* node, QString& out, bool preformatted) {
    for (xmlNode* n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            QString text = QString::fromUtf8(reinterpret_cast<const char*>(n->content));
            if (!preformatted) {
                static const QRegularExpression space(QStringLiteral("\\s+"));
                text.replace(space, QStringLiteral(" "));
                // A space at the start of a line, or after one, says nothing.
                if ((out.isEmpty() || out.endsWith(u'\n') || out.endsWith(u' ')) && text.startsWith(u' '))
                    text.remove(0, 1);
            }
            out += text;
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const QByteArray name = QByteArray(reinterpret_cast<const char*>(n->name)).toLower();
        if (name == "script" || name == "style" || name == "head" || name == "title")
            continue;
        if (name == "br") {
            out += u'\n';
            continue;
        }
        const bool block = isBlock(name);
        if (block && !out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
        if (name == "li")
            out += QStringLiteral("• ");
        if (name == "td" || name == "th") {
            if (!out.isEmpty() && !out.endsWith(u'\n') && !out.endsWith(u' '))
                out += u'\t';
        }
        walk(n->children, out, preformatted || name == "pre");
        if (block && !out.endsWith(u'\n'))
            out += u'\n';
        if (name == "p" || name.startsWith('h') || name == "table" || name == "blockquote")
            out += u'\n';
    }
}

} // namespace

QString HtmlText::toPlainText(const QByteArray& html) {
    if (html.trimmed().isEmpty())
        return {};
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        HTML_PARSE_NOBLANKS);
    if (!doc)
        return {};
    QString out;
    walk(xmlDocGetRootElement(doc), out, false);
    xmlFreeDoc(doc);
    // &nbsp; is layout, not meaning: the story and the search want an ordinary space.
    out.replace(QChar(0x00A0), u' ');
    // Lines without trailing spaces, and at most one empty line in a row.
    QStringList lines;
    for (const QString& line : out.split(u'\n'))
        lines << QString(line).remove(QRegularExpression(QStringLiteral("[ \\t]+$")));
    QString text = lines.join(u'\n');
    text.replace(QRegularExpression(QStringLiteral("\\n{3,}")), QStringLiteral("\n\n"));
    return text.trimmed();
}
