// The button rows at the foot of the program's dialogs, in Dutch whatever Qt's own catalogue holds,
// made one way everywhere:
// - close(): "Sluiten" for a dialog that acts through its own buttons; it rejects the dialog;
// - confirm(): a button that says what it does ("Opslaan", "Exporteren") beside "Annuleren"; they
//   call the dialog's accept() (which may refuse and keep the dialog open) and reject(); Enter in a
//   field confirms, as in any dialog that asks.
// "Sluiten" is no default button: Enter in a field of a dialog that only shows never closes it.
#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QString>

class QDialog;
class QPushButton;

class DialogButtons {
    Q_DECLARE_TR_FUNCTIONS(DialogButtons)
public:
    // text is the dialog's own tr("&Sluiten"), so that each language picks an Alt key that is free in
    // that dialog, or tr("Sluiten") where the dialog gives Alt+S to something else.
    static QDialogButtonBox* close(QDialog* dialog, const QString& text);
    // confirmText on the Ok button (or on `which`, e.g. Save for a dialog that stores) and "Annuleren".
    static QDialogButtonBox* confirm(QDialog* dialog, const QString& confirmText,
                                     QDialogButtonBox::StandardButton which = QDialogButtonBox::Ok);
    // The confirming button of a row made by confirm(), to enable or disable it.
    static QPushButton* confirmButton(QDialogButtonBox* buttons);
};
