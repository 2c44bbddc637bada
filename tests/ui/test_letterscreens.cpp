// Not run by default ("[.screenshot]"): writes every letter type of a demo case as PDF and PNG, and
// grabs the letter dialog, the viewer of a sent letter and the template editor, into
// /tmp/letters-shots, to look at them.
#include "letterfixture.h"

#include "casefile/casefilewidget.h"
#include "letters/letterdialog.h"
#include "letters/letteroutputbar.h"
#include "letters/sentletterviewer.h"
#include "letters/templateeditor.h"
#include "print/letterpdfwriter.h"

#include "letters/lettercomposer.h"

#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QTextEdit>
#include <QTreeWidget>

namespace {

QString shots() {
    const QString dir = QStringLiteral("/tmp/letters-shots");
    QDir().mkpath(dir);
    return dir;
}

void toPng(const QString& pdf, const QString& prefix) {
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                   pdf, shots() + u'/' + prefix});
}

void grab(QWidget& widget, const QString& name) {
    widget.show();
    QCoreApplication::processEvents();
    widget.grab().save(shots() + u'/' + name + QStringLiteral(".png"));
}

} // namespace

TEST_CASE("Screenshots of every letter type", "[.screenshot]") {
    LetterFixture f;
    Case intake = f.stored(LetterFixture::klaagschrift());
    Case informal = f.stored(LetterFixture::klaagschrift());
    f.step(informal, WorkflowAction::StartInformal);
    Case formal = f.formalCase();
    f.step(formal, WorkflowAction::PlanHearing, d("2025-03-31"));
    Case adjourned = f.formalCase();
    f.step(adjourned, WorkflowAction::Adjourn, d("2025-03-12"));
    Case notHandled = LetterFixture::klaagschrift();
    notHandled.conductDate = d("2023-11-20");
    notHandled = f.stored(notHandled);
    f.step(notHandled, WorkflowAction::DeclineToHandle, d("2025-03-12"), [](TransitionRequest& r) {
        r.ground = NonHandlingGround::OlderThanOneYear;
        r.noticeSent = d("2025-03-12");
    });
    Case judged = f.formalCase();
    judged.parts = {ComplaintPart{QStringLiteral("Acht weken geen besluit op de aanvraag"),
                                  QStringLiteral("De aanvraag bleef liggen door ziekte van de consulent; niemand nam "
                                                 "het werk over."),
                                  Outcome::Upheld},
                    ComplaintPart{QStringLiteral("De consulent was onbeleefd aan de telefoon"),
                                  QStringLiteral("Uit het gespreksverslag en het horen blijkt dat niet."),
                                  Outcome::Rejected}};
    judged.conclusions = QStringLiteral("Wij beslissen binnen twee weken op uw aanvraag en bellen u daarover.");
    f.session->cases().save(judged);
    f.step(judged, WorkflowAction::RecordHearing, d("2025-03-12"));
    f.step(judged, WorkflowAction::RecordHearing, d("2025-03-12"),
           [](TransitionRequest& r) { r.person = HearingPerson::Beklaagde; });
    f.step(judged, WorkflowAction::RecordHearingReport, d("2025-03-12"),
           [](TransitionRequest& r) { r.text = QStringLiteral("Verslag van het horen."); });

    const QList<std::pair<LetterType, Case>> letters{
        {LetterType::Acknowledgement, intake},   {LetterType::InformalResolution, informal},
        {LetterType::HearingInvitation, formal}, {LetterType::Adjournment, formal},
        {LetterType::ConsentRequest, adjourned}, {LetterType::NonHandlingNotice, notHandled},
        {LetterType::CopyToRespondent, formal},  {LetterType::Closing, judged}};
    LetterPdfWriter writer;
    for (const auto& [type, c] : letters) {
        const ComposedLetter letter = LetterComposer(*f.session).compose(c, type, f.clock.today());
        INFO(LetterTypes::code(type).toStdString() << ": " << letter.check.missing.join(u'\n').toStdString());
        CHECK(letter.mayFinalise());
        const QString pdf = shots() + u'/' + LetterTypes::code(type) + QStringLiteral(".pdf");
        REQUIRE(writer.write(letter.job, pdf).isEmpty());
        toPng(pdf, LetterTypes::code(type));
    }

    LetterDialog dialog(*f.session, f.notifier, judged);
    dialog.chooseType(LetterType::Closing);
    grab(dialog, QStringLiteral("dialog-afdoening"));
    LetterDialog blocked(*f.session, f.notifier, intake);
    blocked.editor()->insertPlainText(QStringLiteral("{{klager.naaam}} "));
    blocked.checkNow();
    grab(blocked, QStringLiteral("dialog-blocked"));

    // Sent, then reopened from the timeline of the case file.
    LetterDialog sending(*f.session, f.notifier, intake);
    sending.setConfirm([](QWidget*, const QString&, const QString&) { return true; });
    REQUIRE(sending.send());
    grab(sending, QStringLiteral("dialog-sent"));
    CaseFileWidget file(*f.session, f.notifier, f.stack, intake.id);
    file.resize(1100, 700);
    file.showTab(CaseFileWidget::Tab::Timeline);
    file.setLetterRunner([](QDialog& viewer) { grab(viewer, QStringLiteral("sent-letter-viewer")); });
    grab(file, QStringLiteral("casefile-timeline"));
    auto* list = file.findChild<QTreeWidget*>(QStringLiteral("timelineList"));
    list->setCurrentItem(list->topLevelItem(0));
    file.findChild<QPushButton*>(QStringLiteral("timelineOpenLetter"))->click();

    TemplateEditor editor(*f.session);
    editor.chooseType(LetterType::Acknowledgement);
    grab(editor, QStringLiteral("template-editor"));
}

TEST_CASE("Screenshot of the three-page hand-made letter", "[.screenshot]") {
    PrintJob job;
    job.footer = QStringLiteral("Gemeente Tafeldam · Postbus 10 · 1234 AB Tafeldam");
    job.images.insert(QStringLiteral("logo"), LetterFixture::logo());
    QString html = QStringLiteral("<p>Mevrouw A. Jansen<br>Dorpsstraat 1</p>");
    for (int i = 1; i <= 40; ++i)
        html += QStringLiteral("<p>Alinea %1. Wij hebben uw klacht over de huishoudelijke hulp goed ontvangen en "
                               "nemen binnen vijf werkdagen contact met u op om te horen wat u wilt bereiken.</p>")
                    .arg(i);
    job.images.insert(QStringLiteral("handtekening"), LetterFixture::logo());
    html += QStringLiteral("<p>Met vriendelijke groet,</p><p><img src=\"handtekening\" width=\"150\"></p>"
                           "<p>Fatima Bakkali<br>klachtbehandelaar</p>");
    job.html = html;
    const QString pdf = shots() + QStringLiteral("/handmade.pdf");
    REQUIRE(LetterPdfWriter().write(job, pdf).isEmpty());
    toPng(pdf, QStringLiteral("handmade"));
}
