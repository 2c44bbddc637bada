#include "dialogbuttons.h"

#include <QDialog>
#include <QPushButton>

QDialogButtonBox* DialogButtons::close(QDialog* dialog, const QString& text) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setText(text);
    close->setAutoDefault(false);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDialogButtonBox* DialogButtons::confirm(QDialog* dialog, const QString& confirmText,
                                         QDialogButtonBox::StandardButton which) {
    auto* buttons = new QDialogButtonBox(which | QDialogButtonBox::Cancel, dialog);
    buttons->button(which)->setText(confirmText);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuleren"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QPushButton* DialogButtons::confirmButton(QDialogButtonBox* buttons) {
    for (QAbstractButton* button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(button);
    }
    return nullptr;
}
