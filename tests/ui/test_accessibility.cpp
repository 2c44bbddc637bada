// What a screen reader hears: every main screen walked through Qt's accessibility interfaces
// (QAccessible, what AT-SPI and UI Automation read), in process. Two rules:
// - every control a user can reach (button, check box, field, list, table, tab, …) has a name;
// - a status is never said by colour alone: a cell or label painted in one of StatePalette's status
//   colours also carries an icon or a sentence for screen readers (Qt::AccessibleTextRole).
#include "uitestsupport.h"

#include "casefile/casefilewidget.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "intake/intakedialog.h"
#include "mainwindow.h"
#include "session/municipalitysession.h"
#include "shell/statepalette.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QSet>
#include <QTabWidget>

#include <tuple>

namespace {

bool isControl(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::PageTabList: return true;
    default: return false;
    }
}

// "QPushButton (writeLetter)" or the class name: where to look for an unnamed control.
QString describe(QAccessibleInterface* iface) {
    QObject* object = iface->object();
    if (!object)
        return QStringLiteral("role %1 under %2").arg(int(iface->role())).arg(describe(iface->parent()));
    QString text = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        text += QStringLiteral(" (%1)").arg(object->objectName());
    if (QObject* parent = object->parent())
        text += QStringLiteral(" in %1 %2")
                    .arg(QString::fromLatin1(parent->metaObject()->className()), parent->objectName());
    return text;
}

// Walks the accessible tree below iface and lists every visible control without a name.
void collectUnnamed(QAccessibleInterface* iface, QStringList& unnamed, QSet<QAccessibleInterface*>& seen, int depth) {
    if (!iface || seen.contains(iface) || depth > 60)
        return;
    seen.insert(iface);
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    if (isControl(iface->role()) && !state.disabled && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed << describe(iface);
    // Rows and cells of item views are their model's business (checked by the colour rule).
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree || iface->role() == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, seen, depth + 1);
}

QStringList unnamedControls(QWidget* screen) {
    QStringList unnamed;
    QSet<QAccessibleInterface*> seen;
    collectUnnamed(QAccessible::queryAccessibleInterface(screen), unnamed, seen, 0);
    return unnamed;
}

// StatePalette's status colours (not the neutral or muted ones: those say nothing).
QList<QColor> statusColours() {
    const StatePalette palette;
    QList<QColor> colours;
    for (auto role : {StatePalette::Role::Error, StatePalette::Role::Urgent, StatePalette::Role::Warning,
                      StatePalette::Role::Success, StatePalette::Role::Information}) {
        colours << palette.foreground(role) << palette.background(role);
    }
    return colours;
}

QColor colourOf(const QVariant& v) {
    if (v.canConvert<QBrush>())
        return v.value<QBrush>().color();
    return v.value<QColor>();
}

// Every cell of every item view under screen that is painted in a status colour must also carry an
// icon or a sentence for screen readers.
QStringList colourOnlyCells(QWidget* screen) {
    const QList<QColor> status = statusColours();
    QStringList found;
    for (QAbstractItemView* view : screen->findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        if (!model || !view->isVisibleTo(screen) || qobject_cast<QHeaderView*>(view))
            continue;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            const int rows = std::min(model->rowCount(parent), 200);
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    // An empty cell says nothing, in colour or otherwise.
                    const bool coloured = !index.data().toString().isEmpty() &&
                                          (status.contains(colourOf(index.data(Qt::ForegroundRole))) ||
                                           status.contains(colourOf(index.data(Qt::BackgroundRole))));
                    const bool icon = !index.data(Qt::DecorationRole).value<QIcon>().isNull();
                    const bool sentence = !index.data(Qt::AccessibleTextRole).toString().isEmpty();
                    if (coloured && !icon && !sentence)
                        found << QStringLiteral("%1 (%2) row %3 column %4: \"%5\"")
                                     .arg(QString::fromLatin1(view->metaObject()->className()), view->objectName())
                                     .arg(r)
                                     .arg(c)
                                     .arg(index.data().toString());
                }
                walk(model->index(r, 0, parent));
            }
        };
        walk({});
    }
    return found;
}

void checkScreen(const QString& name, QWidget* screen) {
    QApplication::processEvents();
    INFO("screen: " << name.toStdString());
    const QStringList unnamed = unnamedControls(screen);
    INFO("unnamed: " << unnamed.join(QStringLiteral("\n  ")).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList colourOnly = colourOnlyCells(screen);
    INFO("status by colour only: " << colourOnly.join(QStringLiteral("\n  ")).toStdString());
    CHECK(colourOnly.isEmpty());
}

} // namespace

TEST_CASE("every main screen names its controls and never says a status by colour alone", "[accessibility]") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("toegankelijk.aantafel"), QStringLiteral("Gemeente Hoorbaar"), 120);
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    window.resize(1366, 740);
    REQUIRE(window.openFile(path));
    window.show();
    QAccessible::setActive(true);
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        checkScreen(tabs->tabText(i), &window);
    }

    const QList<Case> cases = window.session()->cases().list();
    REQUIRE_FALSE(cases.isEmpty());
    window.openCase(cases.first().id);
    auto* caseFile = qobject_cast<CaseFileWidget*>(tabs->currentWidget());
    REQUIRE(caseFile);
    for (auto tab : {CaseFileWidget::Tab::Overview, CaseFileWidget::Tab::Timeline, CaseFileWidget::Tab::Deadlines,
                     CaseFileWidget::Tab::Learning, CaseFileWidget::Tab::Documents}) {
        caseFile->showTab(tab);
        checkScreen(QStringLiteral("case file, tab %1").arg(int(tab)), &window);
    }

    IntakeDialog intake(*window.session());
    intake.show();
    checkScreen(QStringLiteral("intake"), &intake);
    intake.reject();
    QAccessible::setActive(false);
}

// Not run by default: scripts and people run it to look at the main screens in a light and a dark
// palette (QT_QPA_PLATFORM=offscreen, Fusion): ui_tests "[.screenshot]" writes
// /tmp/aantafel-shots/{light,dark,switched}-*.png; "switched" is the window built light and turned
// dark while it runs.
TEST_CASE("screenshots of the main screens in a light and a dark palette", "[.screenshot]") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("toegankelijk.aantafel"), QStringLiteral("Gemeente Hoorbaar"), 120);
    const FixedClock clock(d("2026-11-23"));
    QDir().mkpath(QStringLiteral("/tmp/aantafel-shots"));
    const QPalette before = QApplication::palette();
    const QPalette dark = darkPalette();
    for (const auto& [name, palette, after] :
         {std::tuple{QStringLiteral("light"), before, before}, std::tuple{QStringLiteral("dark"), dark, dark},
          std::tuple{QStringLiteral("switched"), before, dark}}) {
        QApplication::setPalette(palette);
        MainWindow window(clock);
        window.resize(1366, 740);
        REQUIRE(window.openFile(path));
        window.show();
        auto* tabs = window.findChild<QTabWidget*>();
        const auto shoot = [&](const QString& what) {
            QApplication::processEvents();
            window.grab().save(QStringLiteral("/tmp/aantafel-shots/%1-%2.png").arg(name, what));
        };
        const QList<Case> cases = window.session()->cases().list();
        window.openCase(cases.at(1).id);
        auto* caseFile = qobject_cast<CaseFileWidget*>(tabs->currentWidget());
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
        QApplication::processEvents();
        QApplication::setPalette(after);
        tabs->setCurrentIndex(0);
        shoot(QStringLiteral("01-zaken"));
        tabs->setCurrentIndex(1);
        shoot(QStringLiteral("02-termijnen"));
        tabs->setCurrentIndex(3);
        shoot(QStringLiteral("03-dashboard"));
        tabs->setCurrentWidget(caseFile);
        caseFile->showTab(CaseFileWidget::Tab::Overview);
        shoot(QStringLiteral("04-zaakdossier"));
        caseFile->showTab(CaseFileWidget::Tab::Deadlines);
        shoot(QStringLiteral("05-zaakdossier-termijnen"));
        IntakeDialog intake(*window.session());
        intake.show();
        QApplication::processEvents();
        intake.grab().save(QStringLiteral("/tmp/aantafel-shots/%1-06-nieuwe-melding.png").arg(name));
        intake.reject();
    }
    QApplication::setPalette(before);
}
