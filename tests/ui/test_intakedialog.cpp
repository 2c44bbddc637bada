// The fast intake dialog, driven with the keyboard alone as a handler on the phone would: Tab
// through the fields, mnemonics to jump, Space for boxes, Ctrl+Enter to register, Esc to cancel.
// Today is Monday 23 November 2026; dates in the expectations are worked out by hand.
// Longer than most files: each scenario is one keyboard session and reads best in one piece.
#include "testsupport.h"

#include "domain/clock.h"
#include "intake/datefield.h"
#include "intake/flagpanel.h"
#include "intake/intakedialog.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTimer>

namespace {

const QString Handler = QStringLiteral("Petra de Vries");

struct Desk {
    TempDir dir;
    FixedClock clock{d("2026-11-23")};
    std::unique_ptr<MunicipalitySession> session;

    explicit Desk(bool committee = false) {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Intakedam");
        settings.committee = committee;
        session = std::make_unique<MunicipalitySession>(
            MunicipalityFile::create(dir.path(QStringLiteral("intake.aantafel")), settings, Handler), clock, Handler);
    }
};

void open(QDialog& dialog) {
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QWidget* focused() {
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

// Where a key goes: an open popup (a completer's list) takes the keyboard, as on a real desktop.
QWidget* keyTarget() {
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    return focused();
}

QString focusedName() {
    return focused()->objectName();
}

// Types text as key presses; QTest::keyClicks only knows ASCII, so "ë" goes as a key with text.
void type(const QString& text) {
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(keyTarget(), ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Types into a combo box's keyboard search, which only starts a new search after a pause.
void choose(const QString& text) {
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    type(text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(keyTarget(), key, modifiers);
}

void tab() {
    press(Qt::Key_Tab);
}

// A mnemonic: Alt + the underlined letter of a label.
void jump(Qt::Key letter) {
    press(letter, Qt::AltModifier);
}

// The mnemonic of a check box focuses it and toggles it, with an animated click that lands a
// moment later.
void tick(Qt::Key letter) {
    jump(letter);
    QTest::qWait(200);
}

void replaceText(const QString& text) {
    press(Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        press(Qt::Key_Backspace);
    else
        type(text);
}

QList<IntakeFlagKind> kinds(const FlagPanel& panel) {
    QList<IntakeFlagKind> result;
    for (const IntakeFlag& flag : panel.flags())
        result << flag.kind;
    return result;
}

std::optional<IntakeFlag> flagOf(const FlagPanel& panel, IntakeFlagKind kind) {
    for (const IntakeFlag& flag : panel.flags()) {
        if (flag.kind == kind)
            return flag;
    }
    return std::nullopt;
}

bool accepted(const IntakeDialog& dialog) {
    return !dialog.isVisible() && static_cast<const QDialog&>(dialog).result() == QDialog::Accepted;
}

} // namespace

TEST_CASE("a phone intake typed in tab order gives the case as the klager told it", "[intake]") {
    Desk desk;
    IntakeDialog dialog(*desk.session);
    open(dialog);

    CHECK(focusedName() == u"klagerName"); // on the phone, the name comes first
    for (const char16_t* before : {u"firstContactCheck", u"receivedDateEdit", u"kindCombo", u"channelCombo"}) {
        press(Qt::Key_Backtab, Qt::ShiftModifier); // what comes before the name, for a letter or an e-mail
        CHECK(focusedName() == QStringView(before));
    }
    for (int i = 0; i < 4; ++i)
        tab();
    REQUIRE(focusedName() == u"klagerName");
    type(QStringLiteral("Zoë el Amrani"));
    tab();
    CHECK(focusedName() == u"anonymousCheck");
    tab();
    type(QStringLiteral("Dorpsstraat 12, 1234 AB Intakedam"));
    tab();
    type(QStringLiteral("06-12345678"));
    tab();
    CHECK(focusedName() == u"klagerEmail");
    type(QStringLiteral("fatima@example.nl"));
    tab();
    CHECK(focusedName() == u"representativeCheck");
    press(Qt::Key_Space);
    tab();
    CHECK(focusedName() == u"representativeName");
    type(QStringLiteral("Henk Bos"));
    tab();
    type(QStringLiteral("Buurvrouw")); // not among the suggested roles: no list pops up
    tab();
    CHECK(focusedName() == u"storyEdit");
    type(QStringLiteral("De hulp bij het huishouden is al drie weken niet gekomen."));
    tab(); // Tab leaves the story instead of inserting a tab
    CHECK(focusedName() == u"desiredOutcomeEdit");
    type(QStringLiteral("Dat de hulp weer komt."));
    tab();
    CHECK(focusedName() == u"conductDateEdit");
    type(QStringLiteral("2-11-2026"));
    tab();
    CHECK(focusedName() == u"departmentEdit");
    type(QStringLiteral("Wijkteam Noord"));
    tab();
    type(QStringLiteral("J. Smit"));
    tab();
    CHECK(focusedName() == u"providerEdit");
    type(QStringLiteral("Thuiszorg De Linde"));
    tab(); // a provider is named: is the complaint about the municipality's own regie?
    CHECK(focusedName() == u"regieCheck");
    tab();
    CHECK(focusedName() == u"jointArrangementEdit");
    tab();
    CHECK(focusedName() == u"domainCombo");
    choose(QStringLiteral("Wmo"));
    tab();
    CHECK(focusedName() == u"themeSearch");
    type(QStringLiteral("bej"));
    press(Qt::Key_Return); // ticks the first match, the dialog stays open
    type(QStringLiteral("Parkeervergunning"));
    press(Qt::Key_Return); // no such theme yet: added, ticked
    REQUIRE(dialog.isVisible());
    tab();
    CHECK(focusedName() == u"themeList");
    tab();
    CHECK(focusedName() == u"handlerEdit");
    tab(); // the committee box only applies to a klaagschrift and is skipped
    CHECK(focusedName() == u"decisionContentCheck");
    tab(); // the bekendmaking date only shows for a besluit
    CHECK(focusedName() == u"registerButton");
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(accepted(dialog));
    const Case c = dialog.result();
    CHECK(c.phase == Phase::Intake);
    CHECK(c.id == 0);
    CHECK(c.channel == Channel::Phone);
    CHECK(c.kind == CaseKind::OralComplaint);
    CHECK(c.received == d("2026-11-23"));
    CHECK(c.conductDate == d("2026-11-02"));
    CHECK_FALSE(c.anonymous);
    CHECK(c.klager == Person{QStringLiteral("Zoë el Amrani"), QStringLiteral("Dorpsstraat 12, 1234 AB Intakedam"),
                             QStringLiteral("06-12345678"), QStringLiteral("fatima@example.nl")});
    CHECK(c.representative == Representative{QStringLiteral("Henk Bos"), QStringLiteral("Buurvrouw")});
    CHECK(c.story == u"De hulp bij het huishouden is al drie weken niet gekomen.");
    CHECK(c.desiredOutcome == u"Dat de hulp weer komt.");
    CHECK(c.subject == ComplaintSubject{QStringLiteral("Wijkteam Noord"), QStringLiteral("J. Smit"),
                                        QStringLiteral("Thuiszorg De Linde"), QString()});
    CHECK(c.domain == PolicyDomain::Wmo);
    CHECK(c.themes == QStringList{QStringLiteral("Onheuse bejegening"), QStringLiteral("Parkeervergunning")});
    CHECK(c.handler == Handler);
    CHECK_FALSE(c.committee);
    CHECK_FALSE(c.aboutDecisionContent);
    CHECK(dialog.firstContactMadeNow()); // the call itself is the first personal contact
}

TEST_CASE("an anonymous klager: the contact fields are disabled and nothing of them is kept", "[intake]") {
    Desk desk;
    IntakeDialog dialog(*desk.session);
    open(dialog);

    type(QStringLiteral("Jan")); // the caller starts, then would rather not say
    tab();
    press(Qt::Key_Space);
    for (const char* name : {"klagerName", "klagerAddress", "klagerPhone", "klagerEmail"})
        CHECK_FALSE(dialog.findChild<QLineEdit*>(QLatin1String(name))->isEnabled());
    tab(); // the disabled fields are skipped
    CHECK(focusedName() == u"representativeCheck");
    tab();
    CHECK(focusedName() == u"storyEdit");
    type(QStringLiteral("Er staat al weken een kapotte lantaarnpaal in de Kerkstraat; de melding kreeg geen reactie."));
    press(Qt::Key_Enter, Qt::ControlModifier);

    REQUIRE(accepted(dialog));
    const Case c = dialog.result();
    CHECK(c.anonymous);
    CHECK(c.klager == Person{});
}

TEST_CASE("the intake flags appear and disappear while typing, with their dates worked out", "[intake]") {
    Desk desk;
    IntakeDialog dialog(*desk.session);
    open(dialog);
    const auto* panel = dialog.findChild<FlagPanel*>(QStringLiteral("flagsPanel"));
    REQUIRE(panel);
    CHECK(panel->flags().isEmpty());
    // Received Mon 23 Nov 2026 + 6 weeks = Mon 4 Jan 2027.
    CHECK(panel->termText().contains(QStringLiteral("ma 4 jan 2027")));

    SECTION("conduct more than a year before filing: 9:8 lid 1 b with the notice date of lid 3") {
        jump(Qt::Key_T);
        CHECK(focusedName() == u"conductDateEdit");
        type(QStringLiteral("20-11-2024"));
        const auto flag = flagOf(*panel, IntakeFlagKind::ConductOlderThanOneYear);
        REQUIRE(flag);
        CHECK(flag->article.contains(QStringLiteral("9:8 lid 1 b")));
        // Notice within four weeks of receipt: Mon 23 Nov 2026 + 4 weeks = Mon 21 Dec 2026.
        CHECK(flag->date == d("2026-12-21"));
        CHECK(panel->rowTexts().join(u' ').contains(QStringLiteral("ma 21 dec 2026")));

        replaceText(QStringLiteral("23-11-2025")); // exactly one year: not more than a year
        CHECK(kinds(*panel).isEmpty());
        replaceText(QStringLiteral("22-11-2025"));
        CHECK(kinds(*panel) == QList{IntakeFlagKind::ConductOlderThanOneYear});
        replaceText(QString());
        CHECK(kinds(*panel).isEmpty());
    }

    SECTION("about the content of a besluit: the bezwaar deadline so that no rights are lost") {
        tick(Qt::Key_U);
        CHECK(focusedName() == u"decisionContentCheck");
        const auto unknown = flagOf(*panel, IntakeFlagKind::AboutDecisionContent);
        REQUIRE(unknown);
        CHECK_FALSE(unknown->date.isValid());
        tab();
        CHECK(focusedName() == u"decisionDateEdit");
        type(QStringLiteral("15-10-2026")); // Thu 15 Oct 2026 + 6 weeks = Thu 26 Nov 2026
        const auto flag = flagOf(*panel, IntakeFlagKind::AboutDecisionContent);
        REQUIRE(flag);
        CHECK(flag->date == d("2026-11-26"));
        CHECK(flag->message.contains(QStringLiteral("do 26 nov 2026")));
        press(Qt::Key_Backtab);
        press(Qt::Key_Space);
        CHECK(kinds(*panel).isEmpty());
    }

    SECTION("the handler is the person complained about: 9:7") {
        jump(Qt::Key_E);
        CHECK(focusedName() == u"employeeEdit");
        type(QStringLiteral("petra de vries"));
        CHECK(kinds(*panel) == QList{IntakeFlagKind::HandlerInvolved});
        CHECK(flagOf(*panel, IntakeFlagKind::HandlerInvolved)->article.contains(QStringLiteral("9:7")));
        jump(Qt::Key_B);
        CHECK(focusedName() == u"handlerEdit");
        type(QStringLiteral("Karin Smit")); // the mnemonic selected the old name
        CHECK(kinds(*panel).isEmpty());
    }

    SECTION("a letter suggests a klaagschrift: acknowledgement due, committee term, unless the user chose") {
        jump(Qt::Key_K);
        CHECK(focusedName() == u"channelCombo");
        choose(QStringLiteral("Brief"));
        CHECK(dialog.result().kind == CaseKind::WrittenComplaint);
        CHECK_FALSE(dialog.firstContactMadeNow());
        // Acknowledgement within 5 working days: Tue 24 … Mon 30 Nov 2026.
        const auto flag = flagOf(*panel, IntakeFlagKind::AcknowledgementDue);
        REQUIRE(flag);
        CHECK(flag->date == d("2026-11-30"));

        tick(Qt::Key_C); // with a committee: 10 weeks, Mon 1 Feb 2027
        CHECK(focusedName() == u"committeeCheck");
        CHECK(panel->termText().contains(QStringLiteral("ma 1 feb 2027")));

        jump(Qt::Key_S);
        choose(QStringLiteral("Mondelinge"));
        jump(Qt::Key_K);
        choose(QStringLiteral("E-mail"));
        CHECK(dialog.result().channel == Channel::Email);
        CHECK(dialog.result().kind == CaseKind::OralComplaint); // the user's choice stands
        CHECK_FALSE(dialog.result().committee);
        CHECK(kinds(*panel).isEmpty());
        choose(QStringLiteral("Telefoon")); // the call is a personal contact again
        CHECK(dialog.firstContactMadeNow());

        jump(Qt::Key_S);
        choose(QStringLiteral("Klaagschrift"));
        CHECK(dialog.result().committee); // the committee box comes back as it was ticked
        CHECK(panel->termText().contains(QStringLiteral("ma 1 feb 2027")));
    }
}

TEST_CASE("registering is refused with a Dutch message while the story is empty or a date is wrong", "[intake]") {
    Desk desk;
    IntakeDialog dialog(*desk.session);
    open(dialog);
    const auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    REQUIRE(message);

    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.isVisible());
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Wat is er gebeurd?")));
    CHECK(focusedName() == u"storyEdit"); // the cursor goes where the problem is
    type(QStringLiteral("Niet teruggebeld."));
    CHECK_FALSE(message->isVisible()); // fixed: the message goes away

    jump(Qt::Key_T);
    type(QStringLiteral("24-11-2026")); // tomorrow
    press(Qt::Key_Return);              // Enter in a field registers nothing: no attempt, no message
    REQUIRE(dialog.isVisible());
    CHECK_FALSE(message->isVisible());
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.isVisible());
    CHECK(message->text().contains(QStringLiteral("ligt na vandaag")));
    CHECK(focusedName() == u"conductDateEdit");

    replaceText(QStringLiteral("31-02-2026"));
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.isVisible());
    CHECK(message->text().contains(QStringLiteral("ongeldige datum")));

    replaceText(QStringLiteral("22-11-2026"));
    jump(Qt::Key_O);
    CHECK(focusedName() == u"receivedDateEdit");
    type(QStringLiteral("20-11-2026"));
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.isVisible());
    CHECK(message->text().contains(QStringLiteral("ligt na de ontvangstdatum")));
    CHECK(focusedName() == u"conductDateEdit");

    replaceText(QStringLiteral("19-11-2026"));
    jump(Qt::Key_M);
    type(QStringLiteral("fatima@"));
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.isVisible());
    CHECK(message->text().contains(QStringLiteral("geen geldig e-mailadres")));
    CHECK(focusedName() == u"klagerEmail");

    type(QStringLiteral("example.nl"));
    press(Qt::Key_Return); // all is right now, and still Enter in a field does not register
    REQUIRE(dialog.isVisible());
    CHECK(dialog.result().received == d("2026-11-20"));
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(accepted(dialog));
    CHECK(dialog.result().received == d("2026-11-20"));
    CHECK(dialog.result().conductDate == d("2026-11-19"));
}

TEST_CASE("cancelling asks first once something was typed", "[intake]") {
    Desk desk;

    SECTION("an untouched intake closes at once") {
        IntakeDialog dialog(*desk.session);
        open(dialog);
        press(Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    }

    SECTION("Esc in the question keeps the typed text; Weggooien throws it away") {
        IntakeDialog dialog(*desk.session);
        open(dialog);
        type(QStringLiteral("Fatima"));
        QString asked;
        auto answer = [&asked](Qt::Key key, Qt::KeyboardModifiers modifiers) {
            QTimer::singleShot(0, [&asked, key, modifiers] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                REQUIRE(box);
                asked = box->text();
                // Mnemonics need the active window; offscreen, nobody activates the question.
                box->activateWindow();
                CHECK(QTest::qWaitFor([box] { return QApplication::activeWindow() == box; }));
                QTest::keyClick(box, key, modifiers);
                if (!QTest::qWaitFor([box] { return !box->isVisible(); }, 1000)) { // a mnemonic animates the click
                    FAIL_CHECK("the key did not answer the question");
                    box->reject();
                }
            });
        };
        answer(Qt::Key_Escape, Qt::NoModifier);
        press(Qt::Key_Escape);
        CHECK(asked.contains(QStringLiteral("Weggooien")));
        REQUIRE(dialog.isVisible());
        CHECK(dialog.result().klager.name == u"Fatima");
        dialog.activateWindow(); // the offscreen platform does not hand activation back by itself
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        CHECK(focusedName() == u"klagerName");

        answer(Qt::Key_W, Qt::AltModifier);
        press(Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("names already used in the file are offered while typing, without taking over the keyboard", "[intake]") {
    Desk desk;
    Case earlier;
    earlier.received = d("2026-10-01");
    earlier.story = QStringLiteral("Eerdere klacht");
    earlier.subject.department = QStringLiteral("Wijkteam Noord");
    earlier.subject.employee = QStringLiteral("J. Smit");
    desk.session->cases().save(earlier);

    IntakeDialog dialog(*desk.session);
    open(dialog);
    jump(Qt::Key_L);
    CHECK(focusedName() == u"departmentEdit");
    auto* department = qobject_cast<QLineEdit*>(focused());
    type(QStringLiteral("noord"));
    REQUIRE(department->completer());
    CHECK(department->completer()->popup()->isVisible());
    press(Qt::Key_Down);
    press(Qt::Key_Return); // takes the suggestion; does not register the case
    CHECK(department->text() == u"Wijkteam Noord");
    REQUIRE(dialog.isVisible());
    CHECK(focusedName() == u"departmentEdit");

    tab();
    CHECK(focusedName() == u"employeeEdit");
    type(QStringLiteral("J. S"));
    tab(); // Tab with the list open keeps what was typed and moves on
    CHECK(dialog.result().subject.employee == u"J. S");
    CHECK(focusedName() == u"providerEdit");
}

TEST_CASE("the intake dialog fits a 1366×768 screen", "[intake]") {
    Desk desk;
    IntakeDialog dialog(*desk.session);
    const QSize minimum = dialog.minimumSizeHint();
    CHECK(minimum.width() <= 1366);
    CHECK(minimum.height() <= 768 - 40 - 30); // task bar and title bar
}

TEST_CASE("a date field takes what a handler types quickly and refuses what is no date", "[intake]") {
    for (const char* text : {"15-10-2026", "15/10/2026", "15.10.26", "15102026", "2026-10-15", " 15-10-2026 "})
        CHECK(DateField::parse(QLatin1String(text)) == d("2026-10-15"));
    for (const char* text : {"31-02-2026", "15-13-2026", "gisteren", "15-10", "", "1-1-1800"})
        CHECK_FALSE(DateField::parse(QLatin1String(text)).isValid());
}

TEST_CASE("Tab after Annuleren comes back to the top row: Kanaal, Soort, Ontvangen op", "[intake]") {
    Desk desk;
    IntakeDialog dialog(*desk.session);
    open(dialog);
    dialog.findChild<QPushButton*>(QStringLiteral("registerButton"))->setFocus();
    QStringList order{focusedName()};
    for (int i = 0; i < 5; ++i) {
        tab();
        order << focusedName();
    }
    INFO(order.join(QStringLiteral(", ")).toStdString());
    CHECK(order.mid(0, 5) == QStringList{QStringLiteral("registerButton"), QStringLiteral("cancelButton"),
                                         QStringLiteral("channelCombo"), QStringLiteral("kindCombo"),
                                         QStringLiteral("receivedDateEdit")});
    // The screen reader meets the top row first, too: it comes before the buttons among the dialog's children.
    const QObjectList children = dialog.children();
    const auto indexOf = [&](const char* name) {
        for (qsizetype i = 0; i < children.size(); ++i) {
            if (children.at(i)->findChild<QWidget*>(QString::fromLatin1(name)) ||
                children.at(i)->objectName() == QLatin1String(name))
                return i;
        }
        return qsizetype(-1);
    };
    CHECK(indexOf("channelCombo") >= 0);
    CHECK(indexOf("channelCombo") < indexOf("registerButton"));
}

TEST_CASE("every date field of the intake shows a whole date, also at the dialog's smallest size", "[intake]") {
    Desk desk;
    IntakeDialog dialog(*desk.session);
    dialog.show();
    dialog.resize(dialog.minimumSizeHint());
    QApplication::processEvents();
    const QList<DateField*> fields = dialog.findChildren<DateField*>();
    REQUIRE(fields.size() >= 3);
    for (DateField* field : fields) {
        INFO(field->objectName().toStdString());
        const int needed = field->fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000"));
        CHECK(field->minimumSizeHint().width() > needed);
        if (field->isVisible())
            CHECK(field->width() > needed);
    }
}
