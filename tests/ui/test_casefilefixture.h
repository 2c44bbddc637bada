// Shared by the case file and case command tests: a municipality file in a temporary directory,
// a session on it with a pinned clock, a notifier and an undo stack; a fresh session on the same
// file to check what was really stored; and a dialog runner that fills a transition dialog the way
// a handler would and presses OK, without exec().
#pragma once

#include "testsupport.h"

#include "casefile/transitiondialog.h"
#include "casenotifier.h"
#include "domain/clock.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QComboBox>
#include <QUndoStack>

#include <functional>
#include <memory>

struct CaseFileFixture {
    explicit CaseFileFixture(QDate today, const QString& user = QStringLiteral("Fatima Bakkali"))
        : clock(today)
        , path(dir.path(QStringLiteral("gemeente.aantafel"))) {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Tafeldam");
        session = std::make_unique<MunicipalitySession>(MunicipalityFile::create(path, settings, user), clock, user);
    }

    // Another session on the same file: what is stored, as another window or program would read it.
    std::unique_ptr<MunicipalitySession> reopen(const QString& user = QStringLiteral("Ruud Jansen")) {
        return std::make_unique<MunicipalitySession>(Database::open(path), clock, user);
    }
    Case stored(qint64 id) { return reopen()->cases().load(id); }

    // Moves the pinned clock to a day and time.
    void at(const char* isoDay, int hour = 9, int minute = 0) { clock.set(QDateTime(d(isoDay), QTime(hour, minute))); }

    TempDir dir;
    FixedClock clock;
    QString path;
    std::unique_ptr<MunicipalitySession> session;
    CaseNotifier notifier;
    QUndoStack stack;
};

// A complaint as a handler registers it on the phone.
inline Case phoneComplaint(QDate received, const QString& klager = QStringLiteral("Mevrouw A. Jansen")) {
    Case c;
    c.kind = CaseKind::OralComplaint;
    c.channel = Channel::Phone;
    c.received = received;
    c.conductDate = received.addDays(-10);
    c.klager.name = klager;
    c.klager.phone = QStringLiteral("06-12345678");
    c.domain = PolicyDomain::Wmo;
    c.story = QStringLiteral("De huishoudelijke hulp komt al drie weken niet en niemand belt terug.");
    c.desiredOutcome = QStringLiteral("Dat de hulp weer komt en dat iemand laat weten wanneer.");
    c.handler = QStringLiteral("Fatima Bakkali");
    c.subject.provider = QStringLiteral("Thuiszorg De Linde");
    // Nobody at the municipality acts on the provider's failure: a complaint about its own regie, which
    // the municipality may handle formally (not one about the provider's care, which it hands over).
    c.aboutRegie = true;
    c.themes = {QStringLiteral("Geen reactie / niet teruggebeld")};
    return c;
}

// Fills the dialog, presses OK and reports whether it closed accepted (a refusal keeps it open).
inline std::function<bool(TransitionDialog&)> accepting(std::function<void(TransitionDialog&)> fill = {}) {
    return [fill](TransitionDialog& dialog) {
        if (fill)
            fill(dialog);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
}

// Chooses the item whose data is the enum value in the dialog's combo box with this objectName.
template <typename E> void choose(TransitionDialog& dialog, const char* objectName, E value) {
    auto* combo = dialog.findChild<QComboBox*>(QString::fromLatin1(objectName));
    REQUIRE(combo);
    const int index = combo->findData(int(value));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}
