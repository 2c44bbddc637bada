// "Reservekopieën instellen": where the copies go (next to each file, the default, or one folder
// of choice), how many automatic copies to keep, and whether opening a file makes one.
#pragma once

#include <QDialog>

class AppSettings;
class QCheckBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

class BackupSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackupSettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    // Writes the choices to the settings (on accept).
    void apply();

    QCheckBox* automaticBox() const { return m_automatic; }
    QRadioButton* nextToFileButton() const { return m_nextToFile; }
    QLineEdit* folderEdit() const { return m_folder; }
    QSpinBox* keepBox() const { return m_keep; }

private:
    AppSettings& m_settings;
    QCheckBox* m_automatic = nullptr;
    QRadioButton* m_nextToFile = nullptr;
    QRadioButton* m_chosenFolder = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
};
