#include "letterpage.h"

#include "print/labelcolumns.h"
#include "print/letterlayout.h"

#include <QImage>
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
    editor->setStyleSheet(QStringLiteral("QTextEdit { background: white; color: black; }"));
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
