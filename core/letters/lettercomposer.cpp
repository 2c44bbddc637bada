#include "lettercomposer.h"

#include "letterfields.h"

#include "../session/municipalitysession.h"

namespace {

QString escapedLines(const QString& text) {
    return LetterTemplate::escape(text.trimmed());
}

// Logo left, the municipality's name and postal address right: the top of every first page.
QString letterhead(const MunicipalitySettings& s) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">");
    if (!s.logoPng.isEmpty())
        html += QStringLiteral("<img src=\"logo\" height=\"64\">");
    html +=
        QStringLiteral("</td><td valign=\"top\" align=\"right\"><b>") + escapedLines(s.name) + QStringLiteral("</b>");
    if (!s.address.trimmed().isEmpty())
        html += QStringLiteral("<br>") + escapedLines(s.address);
    if (!s.phone.trimmed().isEmpty())
        html += QStringLiteral("<br>") + QStringLiteral("Telefoon %1").arg(escapedLines(s.phone));
    if (!s.email.trimmed().isEmpty())
        html += QStringLiteral("<br>") + escapedLines(s.email);
    html += QStringLiteral("</td></tr></table>");
    return html;
}

// The window of the envelope: the addressee's name and address.
QString addressBlock(const QString& name, const QString& address) {
    QString html = QStringLiteral("<p style=\"margin-top: 36px\">");
    html += name.trimmed().isEmpty() ? QString() : escapedLines(name);
    if (!address.trimmed().isEmpty())
        html += QStringLiteral("<br>") + escapedLines(address);
    // The empty paragraph keeps the address apart from the reference lines in every renderer.
    return html + QStringLiteral("</p><p>&nbsp;</p>");
}

} // namespace

LetterComposer::LetterComposer(MunicipalitySession& session)
    : m_session(session) {}

ComposedLetter LetterComposer::compose(const Case& c, LetterType type, QDate letterDate) {
    LetterStore store(m_session.database(), m_session.clock(), m_session.user());
    return compose(c, type, letterDate, store.templateFor(type));
}

SentLetter ComposedLetter::asSent() const {
    SentLetter sent;
    sent.caseId = caseId;
    sent.type = type;
    sent.recipient = recipient;
    sent.letterDate = letterDate;
    sent.html = html;
    return sent;
}

ComposedLetter LetterComposer::compose(const Case& c, LetterType type, QDate letterDate,
                                       const QString& templateSource) {
    const MunicipalitySettings& settings = m_session.settings();
    QStringList measures;
    if (c.id != 0)
        measures = LetterStore(m_session.database(), m_session.clock(), m_session.user()).measureTitles(c.id);

    ComposedLetter letter;
    letter.type = type;
    letter.caseId = c.id;
    letter.reference = c.reference;
    letter.letterDate = letterDate;
    letter.caseRevision = c.revision;
    letter.ground = c.nonHandlingGround;

    const LetterTemplate source(templateSource);
    TemplateContext first;
    QStringList names;
    QString body = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                       .arg(LetterTemplate::escape(LetterTypes::label(type) + QLatin1Char(' ') + c.reference));
    const QList<LetterRecipient> recipients = LetterTypes::recipients(type);
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const LetterRecipient recipient = recipients.at(i);
        const LetterInput input{c, settings, m_session.engine(), letterDate, measures, recipient};
        const TemplateContext context = LetterFields::contextFor(input);
        if (i == 0)
            first = context;
        MergeResult merged = source.merge(context);
        const QString name = LetterFields::recipientName(c, settings, recipient);
        names << (name.trimmed().isEmpty() ? (recipient == LetterRecipient::Klager ? QStringLiteral("de klager")
                                                                                   : QStringLiteral("de beklaagde"))
                                           : name.trimmed());
        // Each copy starts on a page of its own with the letterhead.
        body += i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always\">");
        body += letterhead(settings) + addressBlock(name, LetterFields::recipientAddress(c, settings, recipient)) +
                merged.html + QStringLiteral("</div>");
        for (const TemplateIssue& issue : std::as_const(merged.issues)) {
            if (!letter.issues.contains(issue))
                letter.issues << issue;
        }
        letter.copies << merged;
    }
    body += QStringLiteral("</body></html>");
    letter.recipient = names.join(QStringLiteral(" en ")); // Dutch, as the letter names them
    letter.html = body;

    letter.check = LetterCheck::check(type, c, settings, first, letter.copies);
    const QString unfit = LetterTypes::unavailableReason(type, c, m_session.engine(), letterDate);
    if (!unfit.isEmpty())
        letter.check.missing.prepend(unfit);
    if (!letterDate.isValid())
        letter.check.missing.prepend(tr("De brief heeft geen datum."));

    letter.job = printJob(letter.asSent(), settings);
    letter.job.title = LetterTypes::label(type) + QLatin1Char(' ') + c.reference;
    letter.job.subject = c.reference;
    return letter;
}

QString LetterComposer::footer(const MunicipalitySettings& s) {
    QStringList parts;
    QStringList lines = s.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& line : lines)
        line = line.trimmed();
    for (const QString& part : {s.name, lines.join(QStringLiteral(", ")), s.phone, s.email}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(" · "));
}

PrintJob LetterComposer::printJob(const SentLetter& letter, const MunicipalitySettings& settings) {
    PrintJob job;
    job.layout = PrintJob::Layout::Letter;
    job.title = LetterTypes::label(letter.type);
    job.author = settings.name;
    job.html = letter.html;
    job.footer = footer(settings);
    job.fontFamily = settings.houseFont;
    if (!settings.logoPng.isEmpty())
        job.images.insert(QStringLiteral("logo"), settings.logoPng);
    return job;
}
