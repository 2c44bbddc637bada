// Reads back the PDFs the letter tests write, with the poppler tools (pdftotext, pdfinfo, pdfimages, pdffonts)
// as a reader outside Qt would: the text as laid out on the page, the page count and size, and on
// which pages images are drawn.
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace PdfTools {

inline QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the pages from first to last (1-based; 0 = all), in reading order (-layout keeps the
// lines as they stand on the page).
inline QString text(const QString& pdf, int first = 0, int last = 0) {
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

// The text with all runs of white space made one space, so that a phrase wrapped over two lines
// is still found.
inline QString flatText(const QString& pdf, int first = 0, int last = 0) {
    return text(pdf, first, last).simplified();
}

// A line of pdfinfo, e.g. info(pdf, "Pages") → "3".
inline QString info(const QString& pdf, const QString& key) {
    const QStringList lines = run(QStringLiteral("pdfinfo"), {pdf}).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

inline int pageCount(const QString& pdf) {
    return info(pdf, QStringLiteral("Pages")).toInt();
}

// The fonts the PDF embeds, by PostScript name without the subset prefix ("LiberationSans-Bold").
inline QStringList fonts(const QString& pdf) {
    QStringList names;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n');
    for (const QString& line : lines.mid(2)) {
        const QString name = line.section(u' ', 0, 0, QString::SectionSkipEmpty);
        if (!name.isEmpty() && !names.contains(name.section(u'+', -1)))
            names << name.section(u'+', -1);
    }
    return names;
}

// The page number of every image drawn, e.g. {1} for a logo on the first page only.
inline QList<int> imagePages(const QString& pdf) {
    QList<int> pages;
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n');
    for (const QString& line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() > 2 && fields.at(2) == QLatin1String("image"))
            pages << fields.at(0).toInt();
    }
    return pages;
}

} // namespace PdfTools
