// The one CSV writer of the program: the yearly report, the deadline overview, the audit trail and
// any other export write their rows through it. Fields are separated by a semicolon (what a Dutch
// spreadsheet expects), quoted when they hold the separator, a quote or a line break, and every field
// that a spreadsheet would take for a formula — one starting with =, +, -, @, a tab or a carriage
// return — gets a leading apostrophe, so that a name typed as "=HYPERLINK(…)" stays text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class CsvWriter {
public:
    struct Format {
        bool byteOrderMark = true; // Excel opens a double-clicked file as UTF-8 only with one
        QString lineEnd = QStringLiteral("\r\n");
    };

    CsvWriter() = default;
    explicit CsvWriter(Format format)
        : m_format(std::move(format)) {}

    void row(const QStringList& fields);
    // The rows written so far, without the byte order mark.
    const QString& text() const { return m_text; }
    // UTF-8, with the byte order mark when the format asks for one.
    QByteArray bytes() const;

    // One field as it is written: escaped against formulas, then quoted when needed.
    static QString field(const QString& value);
    // One row as it is written, with the line end.
    static QString line(const QStringList& fields, const QString& lineEnd = QStringLiteral("\r\n"));

private:
    Format m_format;
    QString m_text;
};
