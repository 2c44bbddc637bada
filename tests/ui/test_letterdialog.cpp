// The letter dialog of the case file: which letters it offers per state, the live check that keeps
// Definitief verzenden disabled with its reason, sending (stored, timeline, deadline met, after a
// confirmation), and reopening the sent version unchanged from the timeline.
#include "letterfixture.h"
#include "pdftools.h"

#include "casefile/casefilewidget.h"
#include "letters/letterdialog.h"
#include "letters/letteroutputbar.h"
#include "letters/letterstore.h"
#include "letters/sentletterviewer.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>

namespace {

// Answers every confirmation with `answer` and remembers the questions.
struct Answers {
    bool answer = true;
    QStringList questions;
    LetterDialog::Confirm confirm() {
        return [this](QWidget*, const QString&, const QString& question) {
            questions << question;
            return answer;
        };
    }
};

void typeAtEnd(QTextEdit* editor, const QString& text) {
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
    editor->insertPlainText(text);
}

std::optional<Deadline> deadline(const LetterFixture& f, const Case& c, DeadlineKind kind) {
    for (const Deadline& line : f.session->engine().deadlinesFor(c, f.session->today())) {
        if (line.kind == kind)
            return line;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("The letter dialog offers only the letters that fit the case's state", "[letterdialog]") {
    LetterFixture f;
    Case c = f.stored(LetterFixture::klaagschrift());
    {
        LetterDialog dialog(*f.session, f.notifier, c);
        CHECK(dialog.offeredTypes() == QList<LetterType>{LetterType::Acknowledgement, LetterType::NonHandlingNotice});
        CHECK(dialog.currentType() == LetterType::Acknowledgement);
    }
    f.step(c, WorkflowAction::StartInformal);
    {
        LetterDialog dialog(*f.session, f.notifier, c);
        CHECK(dialog.offeredTypes() == QList<LetterType>{LetterType::Acknowledgement, LetterType::InformalResolution,
                                                         LetterType::Adjournment, LetterType::NonHandlingNotice});
    }
    f.step(c, WorkflowAction::StartFormal);
    {
        LetterDialog dialog(*f.session, f.notifier, c);
        // The notice of not handling stays for the 9:8 lid 1 d-f grounds that can arise later.
        CHECK(dialog.offeredTypes() == QList<LetterType>{LetterType::Acknowledgement, LetterType::HearingInvitation,
                                                         LetterType::Adjournment, LetterType::NonHandlingNotice,
                                                         LetterType::CopyToRespondent, LetterType::Closing});
        // After the handling term has ended (Tuesday 22 April 2025) adjourning is too late.
        dialog.setLetterDate(d("2025-04-23"));
        CHECK_FALSE(dialog.offeredTypes().contains(LetterType::Adjournment));
    }
    f.step(c, WorkflowAction::Adjourn);
    {
        LetterDialog dialog(*f.session, f.notifier, c);
        CHECK(dialog.offeredTypes().contains(LetterType::ConsentRequest));
    }
}

TEST_CASE("A placeholder nobody knows keeps Definitief verzenden disabled and says which", "[letterdialog]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift());
    LetterStore store(f.session->database(), f.clock, f.user());
    store.saveTemplate(LetterType::Acknowledgement, LetterStore::shippedTemplate(LetterType::Acknowledgement) +
                                                        QStringLiteral("<p>Uw dossiernummer: {{zaak.dossier}}</p>"));

    LetterDialog dialog(*f.session, f.notifier, c);
    dialog.chooseType(LetterType::Acknowledgement);
    CHECK_FALSE(dialog.sendButton()->isEnabled());
    CHECK(dialog.sendBlockedReason().contains(QLatin1String("{{zaak.dossier}}")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("letterStatus"))->text() == dialog.sendBlockedReason());
    CHECK(dialog.editor()->toPlainText().contains(QLatin1String("{{zaak.dossier}}")));

    // The handler replaces the unknown field by the text it should have said: the letter may go.
    QTextCursor found = dialog.editor()->document()->find(QStringLiteral("{{zaak.dossier}}"));
    REQUIRE_FALSE(found.isNull());
    found.insertText(QStringLiteral("KL-2025-0001"));
    dialog.checkNow();
    CHECK(dialog.sendButton()->isEnabled());
    CHECK(dialog.sendBlockedReason().isEmpty());
    CHECK(dialog.missing().isEmpty());
}

TEST_CASE("Typing an unknown placeholder is flagged live — deleting the ombudsman blocks the afdoeningsbrief",
          "[letterdialog]") {
    LetterFixture f;
    Case c = f.formalCase();
    c.parts = {ComplaintPart{QStringLiteral("Niet teruggebeld"), QStringLiteral("Klopt"), Outcome::Upheld}};
    c.conclusions = QStringLiteral("Excuses.");
    f.session->cases().save(c);
    // Klager and P. de Vries heard on Wed 12 March, the verslag sent the same day (9:10).
    f.step(c, WorkflowAction::RecordHearing, d("2025-03-12"));
    f.step(c, WorkflowAction::RecordHearing, d("2025-03-12"),
           [](TransitionRequest& r) { r.person = HearingPerson::Beklaagde; });
    f.step(c, WorkflowAction::RecordHearingReport, d("2025-03-12"),
           [](TransitionRequest& r) { r.text = QStringLiteral("Verslag."); });

    LetterDialog dialog(*f.session, f.notifier, c);
    dialog.chooseType(LetterType::Closing);
    INFO(dialog.missing().join(u'\n').toStdString());
    REQUIRE(dialog.sendButton()->isEnabled());

    typeAtEnd(dialog.editor(), QStringLiteral(" {{klager.naaam}}"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.sendButton()->isEnabled(), 3000); // after the pause in typing
    CHECK(dialog.sendBlockedReason().contains(QLatin1String("Onbekend veld {{klager.naaam}}: dat zou zo in de brief")));

    QTextCursor typed = dialog.editor()->document()->find(QStringLiteral(" {{klager.naaam}}"));
    REQUIRE_FALSE(typed.isNull());
    typed.removeSelectedText();
    dialog.checkNow();
    INFO(dialog.sendBlockedReason().toStdString());
    CHECK(dialog.sendButton()->isEnabled());

    QTextCursor ombudsman = dialog.editor()->document()->find(QStringLiteral("De Nationale ombudsman"));
    REQUIRE_FALSE(ombudsman.isNull());
    ombudsman.select(QTextCursor::BlockUnderCursor);
    ombudsman.removeSelectedText();
    dialog.checkNow();
    CHECK_FALSE(dialog.sendButton()->isEnabled());
    CHECK(dialog.sendBlockedReason().contains(QLatin1String("ombudsman")));
}

TEST_CASE("Edits of a letter not yet sent are not thrown away unasked", "[letterdialog]") {
    LetterFixture f;
    const Case c = f.formalCase();
    Answers answers;
    answers.answer = false;
    LetterDialog dialog(*f.session, f.notifier, c);
    dialog.setConfirm(answers.confirm());
    dialog.chooseType(LetterType::HearingInvitation);
    dialog.chooseType(LetterType::Closing); // not edited: no question
    CHECK(answers.questions.isEmpty());
    CHECK(dialog.currentType() == LetterType::Closing);

    dialog.chooseType(LetterType::CopyToRespondent);
    typeAtEnd(dialog.editor(), QStringLiteral("Het klaagschrift is bijgevoegd."));
    dialog.chooseType(LetterType::Acknowledgement);
    CHECK(answers.questions.size() == 1);
    CHECK(dialog.currentType() == LetterType::CopyToRespondent);
    CHECK(dialog.editor()->toPlainText().contains(QLatin1String("Het klaagschrift is bijgevoegd.")));
    dialog.setLetterDate(d("2025-03-13"));
    CHECK(answers.questions.size() == 2);
    CHECK(dialog.findChild<QDateEdit*>(QStringLiteral("letterDate"))->date() == d("2025-03-12"));
    dialog.show();
    dialog.reject();
    CHECK(answers.questions.size() == 3);
    CHECK(dialog.isVisible());

    answers.answer = true;
    dialog.chooseType(LetterType::Acknowledgement);
    CHECK(dialog.currentType() == LetterType::Acknowledgement);
    CHECK_FALSE(dialog.editor()->toPlainText().contains(QLatin1String("Het klaagschrift is bijgevoegd.")));
}

TEST_CASE("Sending the acknowledgement stores it, final, and marks the acknowledgement met", "[letterdialog]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift());
    QSignalSpy changed(&f.notifier, &CaseNotifier::caseChanged);
    Answers answers;

    LetterDialog dialog(*f.session, f.notifier, c);
    dialog.setConfirm(answers.confirm());
    dialog.chooseType(LetterType::Acknowledgement);
    REQUIRE(dialog.sendButton()->isEnabled());
    typeAtEnd(dialog.editor(), QStringLiteral("Wij bellen u donderdag."));

    SECTION("the handler cancels at the warning: nothing is stored") {
        answers.answer = false;
        CHECK_FALSE(dialog.send());
        CHECK(answers.questions.size() == 1);
        CHECK(LetterStore(f.session->database(), f.clock, f.user()).lettersOf(c.id).isEmpty());
        CHECK(f.session->cases().load(c.id).acknowledgementSent.isNull());
        CHECK(changed.isEmpty());
    }
    SECTION("the handler confirms: letter, timeline entry and deadline in one go") {
        REQUIRE(dialog.send());
        REQUIRE(answers.questions.size() == 1);
        CHECK(answers.questions.first().contains(QLatin1String("Een verzonden brief kan niet meer worden gewijzigd")));
        CHECK(answers.questions.first().contains(QLatin1String("ontvangstbevestiging wordt als verstuurd")));

        const QList<SentLetter> letters = LetterStore(f.session->database(), f.clock, f.user()).lettersOf(c.id);
        REQUIRE(letters.size() == 1);
        CHECK(letters.first().type == LetterType::Acknowledgement);
        CHECK(letters.first().letterDate == d("2025-03-12"));
        CHECK(letters.first().author == f.user());
        CHECK(letters.first().recipient == QLatin1String("Mevrouw A. Jansen"));
        CHECK(letters.first().html.contains(QLatin1String("Wij bellen u donderdag.")));
        CHECK(dialog.sentLetter() == letters.first());

        const Case after = f.session->cases().load(c.id);
        CHECK(after.acknowledgementSent == d("2025-03-12"));
        const std::optional<Deadline> acknowledgement = deadline(f, after, DeadlineKind::Acknowledgement);
        REQUIRE(acknowledgement);
        CHECK(acknowledgement->status == DeadlineStatus::Met);
        CHECK(after.events.last().kind == EventKind::Letter);
        CHECK(changed.count() == 1);
        CHECK(changed.first().first().toLongLong() == c.id);

        // The dialog now shows the sent version, read-only; it cannot be sent twice.
        CHECK(dialog.editor()->isReadOnly());
        CHECK_FALSE(dialog.sendButton()->isEnabled());
        INFO(dialog.sendBlockedReason().toStdString());
        CHECK(dialog.sendBlockedReason().contains(QLatin1String("Verzonden op wo 12 mrt 2025 door Fatima Bakkali")));
        CHECK_FALSE(dialog.send());
        CHECK(answers.questions.size() == 1);
    }
}

TEST_CASE("The sent letter reopens from the timeline exactly as it was sent, and prints again", "[letterdialog]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift());
    Answers answers;
    SentLetter sent;
    {
        LetterDialog dialog(*f.session, f.notifier, c);
        dialog.setConfirm(answers.confirm());
        dialog.chooseType(LetterType::Acknowledgement);
        typeAtEnd(dialog.editor(), QStringLiteral("Wij bellen u donderdag."));
        REQUIRE(dialog.send());
        sent = *dialog.sentLetter();
    }
    f.at("2025-04-01"); // weeks later, after other work on the case

    CaseFileWidget file(*f.session, f.notifier, f.stack, c.id);
    std::optional<SentLetter> reopened;
    QString pdfText;
    TempDir out;
    file.setLetterRunner([&](QDialog& dialog) {
        auto* viewer = qobject_cast<SentLetterViewer*>(&dialog);
        REQUIRE(viewer);
        reopened = viewer->letter();
        CHECK(viewer->view()->isReadOnly());
        CHECK(viewer->view()->toPlainText().contains(QLatin1String("Wij bellen u donderdag.")));
        viewer->outputBar()->setFileChooser(
            [&](QWidget*, const QString&) { return out.path(QStringLiteral("opnieuw.pdf")); });
        const QString written = viewer->outputBar()->savePdf();
        REQUIRE_FALSE(written.isEmpty());
        pdfText = PdfTools::flatText(written);
    });
    file.showTab(CaseFileWidget::Tab::Timeline);
    auto* list = file.findChild<QTreeWidget*>(QStringLiteral("timelineList"));
    auto* open = file.findChild<QPushButton*>(QStringLiteral("timelineOpenLetter"));
    REQUIRE(list);
    REQUIRE(open);
    CHECK_FALSE(open->isEnabled());
    QTreeWidgetItem* letterEntry = nullptr;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(1) == EnumText::label(EventKind::Letter))
            letterEntry = list->topLevelItem(row);
    }
    REQUIRE(letterEntry);
    list->setCurrentItem(letterEntry);
    REQUIRE(open->isEnabled());
    open->click();

    REQUIRE(reopened);
    CHECK(*reopened == sent);
    CHECK(pdfText.contains(QLatin1String("Wij bellen u donderdag.")));
    CHECK(pdfText.contains(QLatin1String("Mevrouw A. Jansen")));
    CHECK(file.message().isEmpty());
}

TEST_CASE("Brief… and Ctrl+L open the letter dialog for the case", "[letterdialog]") {
    LetterFixture f;
    const Case c = f.stored(LetterFixture::klaagschrift());
    CaseFileWidget file(*f.session, f.notifier, f.stack, c.id);
    file.show();
    QList<LetterType> offered;
    int opened = 0;
    file.setLetterRunner([&](QDialog& dialog) {
        auto* letters = qobject_cast<LetterDialog*>(&dialog);
        REQUIRE(letters);
        offered = letters->offeredTypes();
        ++opened;
    });
    auto* button = file.findChild<QPushButton*>(QStringLiteral("writeLetter"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    CHECK(button->text() == QStringLiteral("Brie&f…"));
    button->click();
    CHECK(opened == 1);
    CHECK(offered.contains(LetterType::Acknowledgement));

    file.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&file));
    QTest::keyClick(&file, Qt::Key_L, Qt::ControlModifier);
    CHECK(opened == 2);
}
