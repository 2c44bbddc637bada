#include "sentletterviewer.h"

#include "letteroutputbar.h"
#include "letterpage.h"
#include "shell/dialogbuttons.h"

#include "deadlines/termcalculator.h"
#include "letters/lettercomposer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

SentLetterViewer::SentLetterViewer(const SentLetter& letter, const MunicipalitySettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_letter(letter) {
    setObjectName(QStringLiteral("sentLetterViewer"));
    setWindowTitle(tr("Verzonden brief · %1").arg(LetterTypes::label(letter.type)));
    setAccessibleName(windowTitle());

    auto* about = new QLabel(this);
    about->setObjectName(QStringLiteral("sentLetterAbout"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    const QDateTime recorded = letter.createdAt.toLocalTime();
    about->setText(tr("%1 van %2 aan %3. Vastgelegd op %4 om %5 door %6; een verzonden brief kan niet meer "
                      "worden gewijzigd.")
                       .arg(LetterTypes::label(letter.type), TermCalculator::shortDate(letter.letterDate),
                            letter.recipient, TermCalculator::shortDate(recorded.date()),
                            recorded.time().toString(QStringLiteral("HH:mm")), letter.author));

    m_view = new QTextEdit(this);
    m_view->setObjectName(QStringLiteral("sentLetterText"));
    m_view->setAccessibleName(tr("Tekst van de verzonden brief"));
    m_view->setReadOnly(true);
    m_view->setTabChangesFocus(true);
    LetterPage::setUp(m_view);
    const PrintJob job = LetterComposer::printJob(letter, settings);
    LetterPage::show(m_view, job);

    m_output = new LetterOutputBar(this);
    m_output->setJobProvider([job] { return job; });
    m_output->setSuggestedFileName(LetterTypes::code(letter.type) + u' ' + letter.letterDate.toString(Qt::ISODate) +
                                   QStringLiteral(".pdf"));
    connect(m_output, &LetterOutputBar::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, windowTitle(), message); });
    auto* buttons = DialogButtons::close(this, tr("Sluiten"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_output);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(860, 820);
}

std::optional<SentLetter> SentLetterViewer::letterFor(const CaseEvent& entry, const QList<SentLetter>& letters) {
    if (entry.kind != EventKind::Letter)
        return std::nullopt;
    for (const SentLetter& letter : letters) {
        if (letter.createdAt == entry.at)
            return letter;
    }
    return std::nullopt;
}
