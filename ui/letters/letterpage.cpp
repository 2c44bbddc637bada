#include "letterpage.h"

#include "print/labelcolumns.h"
#include "print/letterlayout.h"

#include <QImage>
#include <QPalette>
#include <QTextDocument>
#include <QTextEdit>
#include <QUrl>

void LetterPage::setUp(QTextEdit* editor) {
    editor->setAcceptRichText(true);
    editor->document()->setDefaultFont(LetterLayout::bodyFont({}));
    editor->document()->setDocumentMargin(24);
    // The lines break where they will break on paper.
    editor->setLineWrapMode(QTextEdit::FixedPixelWidth);
    editor->setLineWrapColumnOrWidth(int(LetterLayout::bodyWidthMm() / 25.4 * editor->logicalDpiX()));
    // The page is paper, black on white whatever the desktop's theme, as it will print.
    QPalette paper = editor->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    editor->setPalette(paper);
    editor->setMinimumWidth(editor->lineWrapColumnOrWidth() + 48 + 24);
}

void LetterPage::show(QTextEdit* editor, const PrintJob& job) {
    QTextDocument* document = editor->document();
    for (auto it = job.images.cbegin(); it != job.images.cend(); ++it)
        document->addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value()));
    document->setDefaultFont(LetterLayout::bodyFont(job.fontFamily));
    editor->setHtml(job.html);
    LabelColumns::fit(*document, nullptr, editor->lineWrapColumnOrWidth() / 3.0);
    document->setModified(false);
}
