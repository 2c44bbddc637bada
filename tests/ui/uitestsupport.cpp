#include "uitestsupport.h"

#include "casefile/casefilewidget.h"
#include "caselist/caselistwidget.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "intake/intakedialog.h"
#include "mainwindow.h"
#include "safety/conflictdialog.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

QString demoMunicipality(const TempDir& dir, const QString& fileName, const QString& name, int cases, int seed) {
    const QString path = dir.path(fileName);
    MunicipalitySettings settings;
    settings.name = name;
    const FixedClock clock(d("2026-11-23"));
    MunicipalitySession session(MunicipalityFile::create(path, settings, QStringLiteral("test")), clock,
                                QStringLiteral("test"));
    DemoOptions options;
    options.cases = cases;
    DemoGenerator(session.engine(), clock, seed).populate(session.database(), options);
    return path;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return p;
}

PaletteScope::PaletteScope(const QPalette& palette)
    : m_before(QApplication::palette()) {
    QApplication::setPalette(palette);
}

PaletteScope::~PaletteScope() {
    QApplication::setPalette(m_before);
}

void answerIntake(const IntakeAnswers& answers, bool* seen) {
    QTimer::singleShot(0, [answers, seen] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<IntakeDialog*>(w);
            if (!dialog || !dialog->isVisible())
                continue;
            if (seen)
                *seen = true;
            dialog->findChild<QLineEdit*>(QStringLiteral("klagerName"))->setText(answers.klager);
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"))->setPlainText(answers.story);
            if (!answers.desiredOutcome.isEmpty())
                dialog->findChild<QPlainTextEdit*>(QStringLiteral("desiredOutcomeEdit"))
                    ->setPlainText(answers.desiredOutcome);
            dialog->accept();
            return;
        }
    });
}

bool editHandlerThroughConflict(CaseFileWidget& caseFile, const QString& handler) {
    auto* field = caseFile.findChild<QLineEdit*>(QStringLiteral("handlerEdit"));
    REQUIRE(field);
    bool dialogShown = false;
    QTimer::singleShot(100, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ConflictDialog*>(top); dialog && dialog->isVisible()) {
                dialogShown = true;
                dialog->reapplyButton()->click();
            }
        }
    });
    field->selectAll();
    QTest::keyClicks(field, handler);
    QTest::keyClick(field, Qt::Key_Return);
    QTest::qWait(300); // the dialog opens after the refused save has returned
    return dialogShown;
}

bool listShows(MainWindow& window, const QString& reference) {
    auto* list = window.findChild<CaseListWidget*>();
    if (!list)
        return false;
    CaseListModel* model = list->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, CaseListModel::Reference)).toString() == reference)
            return true;
    }
    return false;
}

void shoot(QWidget& widget, const QString& name) {
    const QString folder = qEnvironmentVariable("AANTAFEL_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name));
}
