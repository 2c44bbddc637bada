// Shared by the case file and case command tests: a municipality file in a temporary directory,
// a session on it with a pinned clock, a notifier and an undo stack; a fresh session on the same
// file to check what was really stored; and a dialog runner that fills a transition dialog the way
// a handler would and presses OK, without exec().
#pragma once

#include "casebuilder.h"
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
        : CaseFileFixture(FixedClock(today).now(), user, tafeldam(), QStringLiteral("gemeente.aantafel")) {}
    // The file `fileName` of the municipality `settings`, the clock at `now`.
    CaseFileFixture(const QDateTime& now, const QString& user, const MunicipalitySettings& settings,
                    const QString& fileName)
        : clock(now)
        , path(dir.path(fileName)) {
        session = std::make_unique<MunicipalitySession>(MunicipalityFile::create(path, settings, user), clock, user);
    }

    static MunicipalitySettings tafeldam() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Tafeldam");
        return settings;
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

// A complaint as a handler registers it on the phone: about a provider's failure that nobody at the
// municipality acts on, a complaint about its own regie, which the municipality may handle formally
// (not one about the provider's care, which it hands over).
inline Case phoneComplaint(QDate received, const QString& klager = QStringLiteral("Mevrouw A. Jansen")) {
    Case c = CaseBuilder::phoneComplaint(received, klager)
                 .klagerAt({}, QStringLiteral("06-12345678"))
                 .conductOn(received.addDays(-10))
                 .provider(QStringLiteral("Thuiszorg De Linde"))
                 .story(QStringLiteral("De huishoudelijke hulp komt al drie weken niet en niemand belt terug."),
                        QStringLiteral("Dat de hulp weer komt en dat iemand laat weten wanneer."));
    c.aboutRegie = true;
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
