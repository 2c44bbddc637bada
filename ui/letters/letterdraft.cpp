#include "letterdraft.h"

#include "letters/lettercheck.h"
#include "letters/letterfields.h"
#include "letters/letterstore.h"
#include "session/municipalitysession.h"

#include <QRegularExpression>

namespace {

// The check names the line of the template, or of the editor's HTML once the text is edited: neither
// means anything to the handler, who sees the letter, not its source.
QString withoutLine(QString text) {
    static const QRegularExpression line(QStringLiteral(" \\(regel \\d+\\)"));
    return text.remove(line);
}

QStringList withoutLines(const QStringList& lines) {
    QStringList result;
    for (const QString& text : lines) {
        const QString clean = withoutLine(text);
        if (!result.contains(clean))
            result << clean;
    }
    return result;
}

} // namespace

LetterDraft::LetterDraft(MunicipalitySession& session, const Case& c, LetterType type, QDate letterDate)
    : m_session(session)
    , m_case(c)
    , m_composed(LetterComposer(session).compose(c, type, letterDate))
    , m_letter(m_composed) {}

LetterDraft::LetterDraft(MunicipalitySession& session, const Case& c, LetterType type, QDate letterDate,
                         const QString& templateSource)
    : m_session(session)
    , m_case(c)
    , m_composed(LetterComposer(session).compose(c, type, letterDate, templateSource))
    , m_letter(m_composed) {}

void LetterDraft::setEditedHtml(const QString& html) {
    m_edited = true;
    recheck(html);
}

void LetterDraft::recheck(const QString& html) {
    LetterStore store(m_session.database(), m_session.clock(), m_session.user());
    const LetterInput input{m_case,
                            m_session.settings(),
                            m_session.engine(),
                            m_composed.letterDate,
                            store.measureTitles(m_case.id),
                            LetterRecipient::Klager};
    const TemplateContext context = LetterFields::contextFor(input);
    // Placeholders the handler typed are filled in; unknown ones stay visible and are flagged.
    const MergeResult merged = LetterTemplate(html).merge(context);

    // The edit is one document holding every copy, so each copy is checked against all of it.
    QList<MergeResult> copies;
    for (qsizetype i = 0; i < m_composed.copies.size(); ++i)
        copies << merged;
    if (copies.isEmpty())
        copies << merged;

    m_letter = m_composed;
    m_letter.html = merged.html;
    m_letter.job.html = merged.html;
    m_letter.copies = copies;
    // Empty fields of the composed letter are blank in the text now; they stay flagged as a reminder.
    m_letter.issues = m_composed.issues;
    m_letter.issues.removeIf([](const TemplateIssue& issue) { return issue.kind != TemplateIssue::Kind::Empty; });
    m_letter.issues += merged.issues;
    m_letter.check = LetterCheck::check(m_composed.type, m_case, m_session.settings(), context, copies);
}

QStringList LetterDraft::missing() const {
    return withoutLines(m_letter.check.missing);
}

QStringList LetterDraft::flagged() const {
    QStringList lines;
    for (const TemplateIssue& issue : m_letter.issues)
        lines << LetterCheck::describe(issue);
    // An unknown placeholder blocks finalising and is listed as missing already.
    const QStringList blocking = missing();
    QStringList result = withoutLines(lines);
    result.removeIf([&blocking](const QString& line) { return blocking.contains(line); });
    return result;
}

QString LetterDraft::blockedReason() const {
    const QStringList absent = missing();
    if (absent.isEmpty())
        return {};
    return tr("Definitief verzenden kan nog niet: %1").arg(absent.join(QStringLiteral(" ")));
}
