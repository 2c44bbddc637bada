// How the columns of an old complaint register map onto case fields, and how its words translate
// into the closed vocabularies (channel, domain, kind, phase, outcome, ...). Dutch defaults cover
// the usual words ("tel", "Wmo 2015", "deels gegrond"); a mapping adds or overrides its own.
//
// Saved as JSON (the CLI's --mapping file; tests/data/import/mapping-semicolon.json is an example):
//   {
//     "format": "aantafel-import-mapping", "version": 1,
//     "separator": ";",            optional: ";", ",", "tab"; absent: detected
//     "encoding": "windows-1252",  optional: "utf-8" or "windows-1252"; absent: detected
//     "excelDates": false,         optional: also read Excel serial day numbers as dates
//     "columns": { "received": "Datum ontvangst", "channel": 3, ... },
//                                  field code → header name (case-insensitive) or 1-based column number
//     "translations": { "channel": { "fax": "letter" }, "outcome": { "terecht": "upheld" } }
//                                  field code → { word in the file → storage code (EnumText::code) }
//   }
// Field codes: see ImportMapping::code(ImportField). Only "received" is required.
#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

enum class ImportField {
    Reference,
    Received,
    ConductDate,
    Kind,
    Channel,
    KlagerName,
    KlagerAddress,
    KlagerPhone,
    KlagerEmail,
    Anonymous,
    Domain,
    Themes,
    Story,
    DesiredOutcome,
    Handler,
    Department,
    Employee,
    Provider,
    Phase,
    Outcome,
    ClosedOn,
    HearingHeld,
    Confirmation,
    NonHandlingGround,
    NoticeSent
};

// Which column a field comes from: a header name or a 1-based column number.
struct ColumnRef {
    QString name;
    int number = 0;

    bool isSet() const { return number > 0 || !name.isEmpty(); }
    bool operator==(const ColumnRef&) const = default;
};

class ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    static QList<ImportField> allFields();
    static QString code(ImportField field);  // stable JSON code, e.g. "received"
    static QString label(ImportField field); // Dutch, e.g. "Datum ontvangst"
    static std::optional<ImportField> fieldFromCode(const QString& code);
    // Fields whose values are words of a closed vocabulary (and so have translations).
    static bool isVocabulary(ImportField field);
    // The storage codes (EnumText::code) a vocabulary field accepts, with their Dutch labels.
    static QList<std::pair<QString, QString>> vocabulary(ImportField field);

    // Guesses a mapping from header names ("Datum ontvangst", "Naam klager", "Kanaal", "Omschrijving").
    static ImportMapping guess(const QStringList& header);

    void setColumn(ImportField field, const ColumnRef& column);
    void clearColumn(ImportField field) { m_columns.remove(field); }
    ColumnRef column(ImportField field) const { return m_columns.value(field); }
    bool isMapped(ImportField field) const { return m_columns.contains(field); }
    // The 0-based index of the field's column in this header; -1 when unmapped or not found.
    int columnIndex(ImportField field, const QStringList& header) const;
    // Dutch problems of the mapping against this header (required field unmapped, column not found).
    QStringList problems(const QStringList& header) const;

    // The storage code for a word of the file: the mapping's own translation first, then the Dutch
    // defaults, the storage codes and the labels. Empty when unknown. Case and spacing do not matter.
    QString translate(ImportField field, const QString& word) const;
    void setTranslation(ImportField field, const QString& word, const QString& code);
    QMap<QString, QString> translations(ImportField field) const { return m_translations.value(field); }

    std::optional<QChar> separator;
    std::optional<CsvEncoding> encoding;
    bool excelDates = false;

    QJsonObject toJson() const;
    // Parses a mapping; sets *error (Dutch) and returns nullopt when the JSON does not fit the format.
    static std::optional<ImportMapping> fromJson(const QJsonObject& json, QString* error);
    static std::optional<ImportMapping> load(const QString& path, QString* error);
    bool save(const QString& path, QString* error) const;

    static QString normalized(const QString& word); // lower case, single spaces, no surrounding space

private:
    QMap<ImportField, ColumnRef> m_columns;
    QMap<ImportField, QMap<QString, QString>> m_translations; // keys normalized
};
