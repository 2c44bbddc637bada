// The template editor: the municipality's own copy of a letter template is saved in its file and
// used for its letters; Terug naar standaard brings the shipped template back; placeholders come
// from the catalogue; a broken template is refused and a doubtful one saved only after a warning.
#include "letterfixture.h"

#include "letters/lettercomposer.h"
#include "letters/letterstore.h"
#include "letters/templateeditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>

namespace {

struct Answers {
    bool answer = true;
    QStringList questions;
    TemplateEditor::Confirm confirm() {
        return [this](QWidget*, const QString&, const QString& question) {
            questions << question;
            return answer;
        };
    }
};

void typeInSource(TemplateEditor& editor, const QString& text) {
    auto* source = editor.findChild<QPlainTextEdit*>(QStringLiteral("templateSource"));
    REQUIRE(source);
    source->moveCursor(QTextCursor::End);
    source->insertPlainText(text);
}

std::optional<OwnTemplate> ownTemplate(LetterFixture& f, LetterType type) {
    return LetterStore(f.session->database(), f.clock, f.user()).ownTemplate(type);
}

const QString OpeningHours = QStringLiteral("<p>Ons loket is op dinsdag en donderdag open tot 20.00 uur.</p>");

} // namespace

TEST_CASE("The template editor saves the municipality's own copy and goes back to the shipped one",
          "[letterdialog][templates]") {
    LetterFixture f;
    const QString shipped = LetterStore::shippedTemplate(LetterType::Acknowledgement);
    Answers answers;
    {
        TemplateEditor editor(*f.session);
        editor.setConfirm(answers.confirm());
        REQUIRE(editor.chooseType(LetterType::Acknowledgement));
        CHECK(editor.source() == shipped);
        CHECK_FALSE(editor.hasOwnCopy());
        CHECK(editor.findChild<QLabel*>(QStringLiteral("templateStatus"))->text() ==
              QLatin1String("Standaardversie van Aan Tafel."));

        typeInSource(editor, OpeningHours);
        CHECK(editor.isModified());
        REQUIRE(editor.save());
        CHECK(answers.questions.isEmpty()); // nothing missing: no warning
        CHECK_FALSE(editor.isModified());
        CHECK(editor.findChild<QLabel*>(QStringLiteral("templateStatus"))
                  ->text()
                  .startsWith(QLatin1String("Eigen versie van de gemeente, gewijzigd op wo 12 mrt 2025 door "
                                            "Fatima Bakkali")));
    }
    const std::optional<OwnTemplate> own = ownTemplate(f, LetterType::Acknowledgement);
    REQUIRE(own);
    CHECK(own->body == shipped + OpeningHours);
    CHECK(own->updatedBy == f.user());

    // The municipality's letters use it from now on.
    const Case c = f.stored(LetterFixture::klaagschrift());
    CHECK(LetterComposer(*f.session)
              .compose(c, LetterType::Acknowledgement, f.clock.today())
              .html.contains(QLatin1String("Ons loket is op dinsdag en donderdag open tot 20.00 uur.")));

    TemplateEditor again(*f.session);
    again.setConfirm(answers.confirm());
    REQUIRE(again.chooseType(LetterType::Acknowledgement));
    CHECK(again.hasOwnCopy());
    CHECK(again.source() == shipped + OpeningHours);

    SECTION("Terug naar standaard, after the handler confirms") {
        REQUIRE(again.resetToShipped());
        REQUIRE(answers.questions.size() == 1);
        CHECK(answers.questions.first().contains(QLatin1String("standaardversie")));
        CHECK_FALSE(ownTemplate(f, LetterType::Acknowledgement));
        CHECK(again.source() == shipped);
        CHECK_FALSE(again.hasOwnCopy());
    }
    SECTION("the handler changes his mind: the own copy stays") {
        answers.answer = false;
        CHECK_FALSE(again.resetToShipped());
        CHECK(ownTemplate(f, LetterType::Acknowledgement));
        CHECK(again.source() == shipped + OpeningHours);
    }
}

TEST_CASE("A placeholder is inserted from the catalogue and previewed on the sample case",
          "[letterdialog][templates]") {
    LetterFixture f;
    TemplateEditor editor(*f.session);
    REQUIRE(editor.chooseType(LetterType::InformalResolution));
    auto* catalogue = editor.findChild<QTreeWidget*>(QStringLiteral("placeholderList"));
    REQUIRE(catalogue);
    CHECK(catalogue->topLevelItemCount() > 20);
    auto* source = editor.findChild<QPlainTextEdit*>(QStringLiteral("templateSource"));
    source->moveCursor(QTextCursor::End);
    source->insertPlainText(QStringLiteral("<p>Telefoon klager: "));
    editor.insertPlaceholder(QStringLiteral("klager.naam"));
    source->insertPlainText(QStringLiteral("</p>"));
    CHECK(editor.source().endsWith(QLatin1String("<p>Telefoon klager: {{klager.naam}}</p>")));

    editor.refreshPreview();
    const QString preview = editor.findChild<QTextEdit*>(QStringLiteral("templatePreview"))->toPlainText();
    CHECK(preview.contains(QLatin1String("Telefoon klager: Mevrouw A. de Vries-Jansen")));
    CHECK(editor.issues() == QStringList{QStringLiteral("Geen opmerkingen: de voorbeeldbrief is compleet.")});
}

TEST_CASE("A broken template is not saved — an unknown name only after a warning", "[letterdialog][templates]") {
    LetterFixture f;
    Answers answers;
    TemplateEditor editor(*f.session);
    editor.setConfirm(answers.confirm());
    REQUIRE(editor.chooseType(LetterType::Closing));

    typeInSource(editor, QStringLiteral("{{#commissie}}<p>Advies bijgevoegd.</p>"));
    editor.refreshPreview();
    CHECK_FALSE(editor.issues().filter(QStringLiteral("Onjuiste opmaak")).isEmpty());
    CHECK_FALSE(editor.save());
    CHECK(editor.message().startsWith(QLatin1String("Opslaan kan niet: Onjuiste opmaak")));
    CHECK_FALSE(ownTemplate(f, LetterType::Closing));

    editor.setSource(LetterStore::shippedTemplate(LetterType::Closing) +
                     QStringLiteral("<p>{{ombudsman.telefoon}}</p>"));
    editor.refreshPreview();
    CHECK(editor.issues().first().startsWith(QLatin1String("Onbekend veld {{ombudsman.telefoon}} (regel ")));
    answers.answer = false;
    CHECK_FALSE(editor.save());
    REQUIRE(answers.questions.size() == 1);
    CHECK(answers.questions.first().contains(QLatin1String("{{ombudsman.telefoon}}")));
    CHECK_FALSE(ownTemplate(f, LetterType::Closing));
    answers.answer = true;
    CHECK(editor.save());
    CHECK(ownTemplate(f, LetterType::Closing));
}

TEST_CASE("The formatted view edits the same template — unsaved edits are not lost unasked",
          "[letterdialog][templates]") {
    LetterFixture f;
    Answers answers;
    TemplateEditor editor(*f.session);
    editor.setConfirm(answers.confirm());
    REQUIRE(editor.chooseType(LetterType::HearingInvitation));
    auto* tabs = editor.findChild<QTabWidget*>(QStringLiteral("templateEditTabs"));
    auto* rich = editor.findChild<QTextEdit*>(QStringLiteral("templateRich"));
    tabs->setCurrentIndex(1);
    rich->moveCursor(QTextCursor::End);
    rich->insertPlainText(QStringLiteral("Parkeren kan gratis achter het gemeentehuis. {{gemeente.naam}}"));
    tabs->setCurrentIndex(0);
    const QString source = editor.findChild<QPlainTextEdit*>(QStringLiteral("templateSource"))->toPlainText();
    CHECK(source.contains(QLatin1String("Parkeren kan gratis achter het gemeentehuis. {{gemeente.naam}}")));
    CHECK(source.contains(QLatin1String("{{hoorzitting.datum}}")));
    editor.refreshPreview();
    CHECK(editor.findChild<QTextEdit*>(QStringLiteral("templatePreview"))
              ->toPlainText()
              .contains(QLatin1String("Parkeren kan gratis achter het gemeentehuis. Gemeente Tafeldam")));

    // Switching to another letter with unsaved edits asks first; "no" keeps the edits.
    answers.answer = false;
    CHECK_FALSE(editor.chooseType(LetterType::Closing));
    CHECK(editor.currentType() == LetterType::HearingInvitation);
    CHECK(editor.isModified());
    answers.answer = true;
    CHECK(editor.chooseType(LetterType::Closing));
    CHECK_FALSE(editor.isModified());
    CHECK(answers.questions.size() == 2);
}
