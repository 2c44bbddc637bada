// The municipality's house font as a form field: a line edit that completes the font families
// installed on this computer, and under it what the setting means here ("Geïnstalleerd op deze
// computer", or that letters here use the bundled Liberation Sans). Empty means the bundled font.
// A family that is not installed here may still be set: the office computers may have it.
// Used by the Nieuw gemeentebestand wizard and by Beheer ▸ Huislettertype.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

class HouseFontField : public QWidget {
    Q_OBJECT
public:
    explicit HouseFontField(QWidget* parent = nullptr);

    QString family() const;
    void setFamily(const QString& family);
    QLineEdit* edit() const { return m_edit; }
    // The explanation under the field, as shown.
    QString status() const;

signals:
    void familyChanged(const QString& family);

private:
    void updateStatus();

    QLineEdit* m_edit;
    QLabel* m_status;
};
