// Shared by the Leren tests (measures, patterns, dashboard): a municipality file with a few
// complaints stored the way a handler registers them, and a measure editor runner that fills the
// editor as a user would and presses Opslaan.
#pragma once

#include "test_casefilefixture.h"

#include "learning/measureeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

// A complaint received on `received` about `theme` at `department` (no provider), stored.
inline Case storedComplaint(CaseFileFixture& f, const char* received, const QString& theme, const QString& department,
                            const QString& klager = QStringLiteral("Mevrouw A. Jansen")) {
    Case c = phoneComplaint(d(received), klager);
    c.themes = {theme};
    c.subject.department = department;
    c.subject.provider.clear();
    f.session->cases().save(c);
    return c;
}

// Fills the editor's title (and optionally owner and status), then presses Opslaan; reports whether
// the editor closed accepted. `seen` receives the editor's measure as it was offered.
inline MeasureEditorRunner savingAs(const QString& title, const QString& owner = {},
                                    std::optional<MeasureStatus> status = std::nullopt, Measure* seen = nullptr) {
    return [=](MeasureEditor& editor) {
        if (seen)
            *seen = editor.edited();
        editor.findChild<QLineEdit*>(QStringLiteral("measureTitle"))->setText(title);
        if (!owner.isEmpty())
            editor.findChild<QLineEdit*>(QStringLiteral("measureOwner"))->setText(owner);
        if (status) {
            auto* combo = editor.findChild<QComboBox*>(QStringLiteral("measureStatus"));
            combo->setCurrentIndex(combo->findData(int(*status)));
        }
        editor.accept();
        return editor.result() == QDialog::Accepted;
    };
}
