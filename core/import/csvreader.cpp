#include "csvreader.h"

#include <QStringDecoder>

#include <array>
#include <utility>

namespace {

// Windows-1252 0x80–0x9F; the five undefined bytes keep their Latin-1 code point, as browsers do.
constexpr std::array<char16_t, 32> windows1252High{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                   0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool hasUtf8Bom(const QByteArray& bytes) {
    return bytes.startsWith("\xEF\xBB\xBF");
}

constexpr int SampleLines = 10;

} // namespace

CsvEncoding CsvReader::detectEncoding(const QByteArray& bytes) {
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return decoder.hasError() ? CsvEncoding::Windows1252 : CsvEncoding::Utf8;
}

QString CsvReader::decode(const QByteArray& bytes, CsvEncoding encoding) {
    if (encoding == CsvEncoding::Utf8) {
        const QByteArrayView body = hasUtf8Bom(bytes) ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        return decoder.decode(body);
    }
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QChar CsvReader::detectSeparator(QStringView text) {
    static constexpr std::array<char16_t, 3> candidates{u';', u',', u'\t'};
    // Counts per candidate on each of the first lines, outside quotes.
    QList<std::array<int, 3>> lines{{0, 0, 0}};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines.size() <= SampleLines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice: right for counting
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            lines.append({0, 0, 0});
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++lines.last()[k];
            }
        }
    }
    if (lines.size() > 1 && lines.last() == std::array<int, 3>{0, 0, 0})
        lines.removeLast();
    int best = 0;
    bool bestConsistent = false;
    int bestCount = -1;
    for (int k = 0; k < 3; ++k) {
        const int headerCount = lines.first()[k];
        bool consistent = headerCount > 0;
        for (const auto& counts : lines)
            consistent = consistent && counts[k] == headerCount;
        if (std::pair(consistent, headerCount) > std::pair(bestConsistent, bestCount)) {
            best = k;
            bestConsistent = consistent;
            bestCount = headerCount;
        }
    }
    return QChar(candidates[best]);
}

CsvTable CsvReader::parse(QStringView text, QChar separator) {
    CsvTable table;
    table.separator = separator;
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;

    const auto endRecord = [&]() {
        record.fields.append(field);
        field.clear();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty() && !fieldWasQuoted;
        if (!blank)
            records.append(std::move(record));
        record = CsvRecord{};
        fieldWasQuoted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            record.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else {
            // A quote inside an unquoted field, or text after a closing quote, is kept as written.
            field.append(c);
        }
    }
    if (quoted) {
        table.error = tr("Het aanhalingsteken dat op regel %1 opent, wordt nergens gesloten.").arg(quoteLine);
        table.errorLine = quoteLine;
        return table;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    if (records.isEmpty()) {
        table.error = tr("Het bestand is leeg: er is geen kopregel met kolomnamen.");
        table.errorLine = 1;
        return table;
    }
    table.header = records.takeFirst().fields;
    for (QString& name : table.header)
        name = name.trimmed();
    table.rows = std::move(records);
    return table;
}

CsvTable CsvReader::read(const QByteArray& bytes, std::optional<QChar> separator, std::optional<CsvEncoding> encoding) {
    const CsvEncoding enc = encoding.value_or(detectEncoding(bytes));
    const QString text = decode(bytes, enc);
    const QChar sep = separator.value_or(detectSeparator(text));
    CsvTable table = parse(text, sep);
    table.encoding = enc;
    return table;
}

QString CsvReader::write(const QList<QStringList>& records, QChar separator) {
    QString out;
    for (const QStringList& record : records) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                out.append(separator);
            const QString& f = record.at(i);
            const bool quote = f.contains(separator) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r') ||
                               (record.size() == 1 && f.isEmpty());
            if (quote) {
                out.append(u'"');
                out.append(QString(f).replace(u'"', QStringLiteral("\"\"")));
                out.append(u'"');
            } else {
                out.append(f);
            }
        }
        out.append(QStringLiteral("\r\n"));
    }
    return out;
}

QString CsvReader::encodingName(CsvEncoding encoding) {
    return encoding == CsvEncoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
}

std::optional<CsvEncoding> CsvReader::encodingFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return CsvEncoding::Utf8;
    if (n == u"windows-1252" || n == u"cp1252" || n == u"latin1" || n == u"iso-8859-1" || n == u"ansi")
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

QString CsvReader::separatorName(QChar separator) {
    if (separator == u';')
        return tr("puntkomma");
    if (separator == u',')
        return tr("komma");
    if (separator == u'\t')
        return tr("tab");
    return QString(separator);
}
