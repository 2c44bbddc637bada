#include "csvwriter.h"

namespace {

bool startsLikeFormula(const QString& value) {
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return true;
    default: return false;
    }
}

} // namespace

QString CsvWriter::field(const QString& value) {
    QString text = value;
    if (startsLikeFormula(text))
        text.prepend(u'\'');
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QString CsvWriter::line(const QStringList& fields, const QString& lineEnd) {
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& f : fields)
        cells << field(f);
    return cells.join(u';') + lineEnd;
}

void CsvWriter::row(const QStringList& fields) {
    m_text += line(fields, m_format.lineEnd);
}

QByteArray CsvWriter::bytes() const {
    const QByteArray body = m_text.toUtf8();
    return m_format.byteOrderMark ? QByteArray("\xEF\xBB\xBF") + body : body;
}
