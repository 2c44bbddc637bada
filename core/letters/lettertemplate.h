// The template engine of the letters: HTML with {{name}} placeholders (dotted names), sections
// {{#name}}…{{/name}} that are shown when name has a non-empty value or a true flag, or repeated once
// per item when name is a list, and inverted sections {{^name}}…{{/name}} shown when it has none.
// Values are plain text: merging escapes them for HTML and turns line breaks into <br>.
// Merging never fails: it reports every unknown placeholder, every empty value in a shown part, and
// every malformed tag (with its name and position in the template) so that the UI can flag them;
// an unknown placeholder stays visible in the result as {{name}}.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The values a template is merged with.
class TemplateContext {
public:
    // A text value; an empty value is known but flagged when printed.
    void set(const QString& name, const QString& value);
    // A yes/no value: {{name}} prints "ja" or "nee"; {{#name}} shows its section when true.
    void setFlag(const QString& name, bool value);
    // A repeated block: {{#name}}…{{/name}} is merged once per item; inside it the item's fields
    // are {{itemName.field}}, e.g. setList("onderdelen", "onderdeel", …) → {{onderdeel.oordeel}}.
    // fields names the item fields, so that they are known even when the list is empty.
    void setList(const QString& name, const QString& itemName, const QList<QMap<QString, QString>>& items,
                 const QStringList& fields = {});

    bool contains(const QString& name) const;
    QString value(const QString& name) const; // text, or "ja"/"nee" for a flag; empty when unknown
    bool isList(const QString& name) const;
    QStringList names() const; // every known name, lists and their item fields included
    bool isFlag(const QString& name) const;
    bool flag(const QString& name) const;
    // A list's items, its item name and its item fields (empty for a name that is no list).
    const QList<QMap<QString, QString>>& items(const QString& name) const;
    QString itemName(const QString& name) const;
    QStringList itemFields(const QString& name) const;

private:
    struct List {
        QString itemName;
        QList<QMap<QString, QString>> items;
        QStringList fields;
    };
    QMap<QString, QString> m_values;
    QMap<QString, bool> m_flags;
    QMap<QString, List> m_lists;
};

struct TemplateIssue {
    enum class Kind {
        Unknown, // no such placeholder
        Empty,   // known, but without a value here
        Syntax   // malformed: {{ without }}, a section not closed, a close without an open section
    };
    Kind kind = Kind::Unknown;
    QString name;           // the placeholder (for Syntax: the tag text)
    qsizetype position = 0; // offset of the tag's "{{" in the template source
    int line = 1;           // 1-based line of that offset

    bool operator==(const TemplateIssue&) const = default;
};

struct MergeResult {
    QString html;
    QList<TemplateIssue> issues; // in template order; an empty value in a repeated block once per item

    bool hasIssues() const { return !issues.isEmpty(); }
    QList<TemplateIssue> issuesOf(TemplateIssue::Kind kind) const;

    bool operator==(const MergeResult&) const = default;
};

class LetterTemplate {
public:
    explicit LetterTemplate(QString source);

    const QString& source() const { return m_source; }
    MergeResult merge(const TemplateContext& context) const;
    // The names of every placeholder and section the template uses, in order of first use.
    QStringList placeholders() const;
    // Only the malformed tags (no context needed), for the template editor.
    QList<TemplateIssue> syntaxIssues() const;

    // The escaping merge() applies to a value.
    static QString escape(const QString& text);

private:
    QString m_source;
};
