// The main window on one municipality file. For now it shows the municipality, its open cases
// and their next deadline; the desk (intake, case list, case file) grows from here.
#pragma once

#include <QMainWindow>

#include <memory>

class Database;
class Clock;
class QLabel;
class QTreeWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reloads the overview from the file.
    void refresh();

private:
    void buildMenus();
    void showAbout();

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_openCases = nullptr;
};
