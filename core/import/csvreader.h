// Reads the CSV files that spreadsheets and old complaint registers write: separator (; , or tab)
// and encoding (UTF-8 with or without BOM, else Windows-1252) detected, quoted fields with embedded
// separators, doubled quotes and line breaks, any of CRLF/LF/CR. Never throws and never crashes on
// malformed input: an unterminated quote is reported with the line where it opened. Linear in the
// size of the input, however long the fields or many the columns.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class CsvEncoding { Utf8, Windows1252 };

struct CsvRecord {
    int line = 0; // the physical line (1-based) on which the record starts; the header is line 1
    QStringList fields;
};

struct CsvTable {
    QChar separator = u';';
    CsvEncoding encoding = CsvEncoding::Utf8;
    QStringList header;    // the first record
    QList<CsvRecord> rows; // the records after the header; blank lines are skipped
    QString error;         // Dutch, empty when the whole file could be read
    int errorLine = 0;     // where the error was found

    bool ok() const { return error.isEmpty(); }
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Detects what is not given, decodes and parses. The header is the first record.
    static CsvTable read(const QByteArray& bytes, std::optional<QChar> separator = {},
                         std::optional<CsvEncoding> encoding = {});

    // Valid UTF-8 (a BOM allowed) is UTF-8; anything else is taken as Windows-1252.
    static CsvEncoding detectEncoding(const QByteArray& bytes);
    // Decodes the bytes, dropping a UTF-8 BOM. Windows-1252 maps 0x80–0x9F to €, ‘, ’, “, ” and the rest.
    static QString decode(const QByteArray& bytes, CsvEncoding encoding);
    // The separator among ; , and tab that occurs, outside quotes, most consistently on the first lines.
    static QChar detectSeparator(QStringView text);
    // Parses decoded text; the table's separator and encoding fields are left as given.
    static CsvTable parse(QStringView text, QChar separator);

    // Writes records as CSV with CRLF line ends, quoting only the fields that need it.
    static QString write(const QList<QStringList>& records, QChar separator);

    static QString encodingName(CsvEncoding encoding);                       // "UTF-8", "Windows-1252"
    static std::optional<CsvEncoding> encodingFromName(const QString& name); // case-insensitive
    static QString separatorName(QChar separator);                           // "puntkomma", "komma", "tab"
};
