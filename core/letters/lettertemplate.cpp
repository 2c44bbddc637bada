#include "lettertemplate.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

void TemplateContext::set(const QString& name, const QString& value) {
    m_values.insert(name, value);
}

void TemplateContext::setFlag(const QString& name, bool value) {
    m_flags.insert(name, value);
}

void TemplateContext::setList(const QString& name, const QString& itemName, const QList<QMap<QString, QString>>& items,
                              const QStringList& fields) {
    QStringList known = fields;
    for (const auto& item : items) {
        for (auto f = item.constBegin(); f != item.constEnd(); ++f) {
            if (!known.contains(f.key()))
                known << f.key();
        }
    }
    m_lists.insert(name, List{itemName, items, known});
}

bool TemplateContext::isFlag(const QString& name) const {
    return m_flags.contains(name);
}

bool TemplateContext::flag(const QString& name) const {
    return m_flags.value(name);
}

const QList<QMap<QString, QString>>& TemplateContext::items(const QString& name) const {
    static const QList<QMap<QString, QString>> none;
    const auto it = m_lists.constFind(name);
    return it == m_lists.constEnd() ? none : it->items;
}

QString TemplateContext::itemName(const QString& name) const {
    return m_lists.value(name).itemName;
}

QStringList TemplateContext::itemFields(const QString& name) const {
    return m_lists.value(name).fields;
}

bool TemplateContext::contains(const QString& name) const {
    return m_values.contains(name) || m_flags.contains(name) || m_lists.contains(name);
}

QString TemplateContext::value(const QString& name) const {
    if (const auto flag = m_flags.constFind(name); flag != m_flags.constEnd())
        return *flag ? QStringLiteral("ja") : QStringLiteral("nee");
    return m_values.value(name);
}

bool TemplateContext::isList(const QString& name) const {
    return m_lists.contains(name);
}

QStringList TemplateContext::names() const {
    QStringList result = m_values.keys();
    result += m_flags.keys();
    for (auto it = m_lists.constBegin(); it != m_lists.constEnd(); ++it) {
        result << it.key();
        for (const QString& field : it->fields)
            result << it->itemName + QLatin1Char('.') + field;
    }
    result.sort();
    return result;
}

QList<TemplateIssue> MergeResult::issuesOf(TemplateIssue::Kind kind) const {
    QList<TemplateIssue> result;
    for (const TemplateIssue& issue : issues) {
        if (issue.kind == kind)
            result << issue;
    }
    return result;
}

namespace {

// The template as a tree: text, placeholders and (inverted) sections with their children.
struct Node {
    enum class Kind { Text, Field, Section, Inverted };
    Kind kind = Kind::Text;
    QString text; // Text: the literal; others: the name
    qsizetype position = 0;
    QList<std::shared_ptr<Node>> children;
};

struct Parsed {
    QList<std::shared_ptr<Node>> nodes;
    QList<TemplateIssue> syntax;
};

int lineOf(const QString& source, qsizetype position) {
    return int(QStringView(source).left(position).count(QLatin1Char('\n'))) + 1;
}

bool validName(const QString& name) {
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_\\-]*(\\.[A-Za-z_][A-Za-z0-9_\\-]*)*$"));
    return pattern.match(name).hasMatch();
}

Parsed parse(const QString& source) {
    Parsed result;
    // The open sections; the bottom entry is the document itself.
    QList<std::pair<std::shared_ptr<Node>, QList<std::shared_ptr<Node>>*>> stack;
    auto root = std::make_shared<Node>();
    stack.append({root, &root->children});
    auto syntax = [&](const QString& tag, qsizetype at) {
        result.syntax.append({TemplateIssue::Kind::Syntax, tag, at, lineOf(source, at)});
    };
    auto addText = [&](const QString& text) {
        if (text.isEmpty())
            return;
        auto& into = *stack.last().second;
        if (!into.isEmpty() && into.last()->kind == Node::Kind::Text) {
            into.last()->text += text;
            return;
        }
        auto node = std::make_shared<Node>();
        node->text = text;
        into.append(node);
    };

    qsizetype at = 0;
    while (at < source.size()) {
        const qsizetype open = source.indexOf(QLatin1String("{{"), at);
        if (open < 0) {
            addText(source.mid(at));
            break;
        }
        addText(source.mid(at, open - at));
        const qsizetype close = source.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            syntax(source.mid(open, 40), open);
            addText(source.mid(open));
            break;
        }
        const QString tag = source.mid(open, close + 2 - open);
        const QString inner = source.mid(open + 2, close - open - 2).trimmed();
        at = close + 2;
        const QChar sigil = inner.isEmpty() ? QChar() : inner.front();
        const bool opens = sigil == QLatin1Char('#') || sigil == QLatin1Char('^');
        const bool closes = sigil == QLatin1Char('/');
        const QString name = (opens || closes) ? inner.mid(1).trimmed() : inner;
        if (!validName(name)) {
            syntax(tag, open);
            addText(tag);
            continue;
        }
        if (opens) {
            auto node = std::make_shared<Node>();
            node->kind = sigil == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted;
            node->text = name;
            node->position = open;
            stack.last().second->append(node);
            stack.append({node, &node->children});
        } else if (closes) {
            if (stack.size() > 1 && stack.last().first->text == name) {
                stack.removeLast();
            } else {
                // A close that matches no open section is dropped and reported.
                syntax(tag, open);
            }
        } else {
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Field;
            node->text = name;
            node->position = open;
            stack.last().second->append(node);
        }
    }
    // Sections left open run to the end of the template.
    while (stack.size() > 1) {
        const auto& node = stack.last().first;
        const QString sigil = node->kind == Node::Kind::Section ? QStringLiteral("#") : QStringLiteral("^");
        syntax(QStringLiteral("{{%1%2}}").arg(sigil, node->text), node->position);
        stack.removeLast();
    }
    result.nodes = root->children;
    return result;
}

class Renderer {
public:
    Renderer(const QString& source, const TemplateContext& context)
        : m_source(source)
        , m_context(context) {}

    // shown: whether this part of the template appears in the letter. Hidden parts are still walked,
    // so that a misspelt name is reported wherever it stands.
    void render(const QList<std::shared_ptr<Node>>& nodes, QString& out, bool shown) {
        for (const auto& node : nodes) {
            switch (node->kind) {
            case Node::Kind::Text:
                if (shown)
                    out += node->text;
                break;
            case Node::Kind::Field: field(*node, out, shown); break;
            case Node::Kind::Section:
            case Node::Kind::Inverted: section(*node, out, shown); break;
            }
        }
    }

    QList<TemplateIssue> issues;

private:
    struct Scope {
        QString prefix; // "onderdeel."
        const QMap<QString, QString>* item = nullptr;
        QStringList fields;
    };
    struct Lookup {
        bool known = false;
        bool list = false;
        QString value;
        bool truthy = false;
    };

    Lookup lookup(const QString& name) const {
        for (auto scope = m_scopes.crbegin(); scope != m_scopes.crend(); ++scope) {
            if (!name.startsWith(scope->prefix))
                continue;
            const QString field = name.mid(scope->prefix.size());
            if (!scope->fields.contains(field))
                return {};
            const QString value = scope->item ? scope->item->value(field) : QString();
            return {true, false, value, !value.isEmpty()};
        }
        if (m_context.isList(name))
            return {true, true, {}, !m_context.items(name).isEmpty()};
        if (!m_context.contains(name))
            return {};
        if (m_context.isFlag(name))
            return {true, false, m_context.value(name), m_context.flag(name)};
        const QString value = m_context.value(name);
        return {true, false, value, !value.trimmed().isEmpty()};
    }

    void report(TemplateIssue::Kind kind, const Node& node) {
        issues.append({kind, node.text, node.position, lineOf(m_source, node.position)});
    }

    void field(const Node& node, QString& out, bool shown) {
        const Lookup found = lookup(node.text);
        if (!found.known) {
            report(TemplateIssue::Kind::Unknown, node);
            if (shown)
                out += LetterTemplate::escape(QStringLiteral("{{%1}}").arg(node.text));
            return;
        }
        if (found.list) {
            report(TemplateIssue::Kind::Syntax, node); // a list is written {{#list}}…{{/list}}, never printed
            return;
        }
        if (!shown)
            return;
        if (found.value.trimmed().isEmpty())
            report(TemplateIssue::Kind::Empty, node);
        out += LetterTemplate::escape(found.value);
    }

    void section(const Node& node, QString& out, bool shown) {
        const Lookup found = lookup(node.text);
        if (!found.known) {
            report(TemplateIssue::Kind::Unknown, node);
            render(node.children, out, false);
            return;
        }
        const bool inverted = node.kind == Node::Kind::Inverted;
        if (found.list && !inverted) {
            Scope scope{m_context.itemName(node.text) + QLatin1Char('.'), nullptr, m_context.itemFields(node.text)};
            const auto& items = m_context.items(node.text);
            if (items.isEmpty() || !shown) {
                m_scopes.append(scope);
                render(node.children, out, false);
                m_scopes.removeLast();
                return;
            }
            for (const auto& item : items) {
                scope.item = &item;
                m_scopes.append(scope);
                render(node.children, out, true);
                m_scopes.removeLast();
            }
            return;
        }
        render(node.children, out, shown && (found.truthy != inverted));
    }

    const QString& m_source;
    const TemplateContext& m_context;
    QList<Scope> m_scopes;
};

// Issues of a repeated block would repeat per item; a template error is reported once.
QList<TemplateIssue> withoutRepeatedErrors(const QList<TemplateIssue>& issues) {
    QList<TemplateIssue> result;
    QSet<qsizetype> seen;
    for (const TemplateIssue& issue : issues) {
        if (issue.kind != TemplateIssue::Kind::Empty) {
            if (seen.contains(issue.position))
                continue;
            seen.insert(issue.position);
        }
        result << issue;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const TemplateIssue& a, const TemplateIssue& b) { return a.position < b.position; });
    return result;
}

void collectNames(const QList<std::shared_ptr<Node>>& nodes, QStringList& names) {
    for (const auto& node : nodes) {
        if (node->kind == Node::Kind::Text)
            continue;
        if (!names.contains(node->text))
            names << node->text;
        collectNames(node->children, names);
    }
}

} // namespace

LetterTemplate::LetterTemplate(QString source)
    : m_source(std::move(source)) {}

MergeResult LetterTemplate::merge(const TemplateContext& context) const {
    const Parsed parsed = parse(m_source);
    Renderer renderer(m_source, context);
    MergeResult result;
    renderer.render(parsed.nodes, result.html, true);
    result.issues = withoutRepeatedErrors(parsed.syntax + renderer.issues);
    return result;
}

QStringList LetterTemplate::placeholders() const {
    QStringList names;
    collectNames(parse(m_source).nodes, names);
    return names;
}

QList<TemplateIssue> LetterTemplate::syntaxIssues() const {
    return parse(m_source).syntax;
}

QString LetterTemplate::escape(const QString& text) {
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}
