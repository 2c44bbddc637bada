// "Verbinden met teamserver": asks where the municipality's team server is (server, port, database, login and
// how the connection is encrypted, libpq's sslmode), tries it ("Verbinding testen", with a password question
// when the server wants one that ~/.pgpass does not hold) and saves it as a small connection file
// (NAME.aantafel-server) that the program, aantafel-cli and a double click open. The file never holds a
// password (ServerLocation refuses one); a password typed here is used for this program's connections only.
#pragma once

#include "serverlogin.h"
#include "storage/serverlocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ServerConnectDialog : public QDialog {
    Q_OBJECT
public:
    // chooseFile asks where to save the connection file (a save dialog in the program); empty: cancelled.
    using ChooseFile = std::function<QString(const QString& suggestedName)>;

    explicit ServerConnectDialog(QWidget* parent = nullptr);

    // Tests replace the server probe, the password question and the save dialog.
    void setProbe(ServerLogin::Probe probe) { m_probe = std::move(probe); }
    void setPasswordQuestion(ServerLogin::AskPassword ask) { m_ask = std::move(ask); }
    void setFileChooser(ChooseFile choose) { m_choose = std::move(choose); }

    // The location the fields describe.
    ServerLocation location() const;
    // The connection file written on accept; empty before.
    const QString& savedPath() const { return m_saved; }

    // Tries the location and shows the outcome; true when connected.
    bool testConnection();
    // Writes the connection file at path (".aantafel-server" added when missing) and accepts; shows why not
    // and returns false when it cannot.
    bool saveTo(QString path);

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* loginEdit() const { return m_login; }
    QComboBox* sslModeBox() const { return m_sslMode; }
    QLabel* resultLabel() const { return m_result; }

private:
    void save();
    void showResult(const QString& text, bool good);

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_login = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_save = nullptr;
    ServerLogin::Probe m_probe = &ServerProbe::run;
    ServerLogin::AskPassword m_ask;
    ChooseFile m_choose;
    QString m_saved;
};
