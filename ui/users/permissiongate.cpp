#include "permissiongate.h"

#include "storage/storageerror.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace {

// The tooltip a control had before a refusal replaced it, to restore once it is allowed again.
const char* const OwnToolTip = "aantafelOwnToolTip";

template <typename T> void applyTo(T* control, const Permission& permission, bool available) {
    if (!control)
        return;
    if (!control->property(OwnToolTip).isValid())
        control->setProperty(OwnToolTip, control->toolTip());
    control->setEnabled(available && permission.allowed);
    control->setToolTip(permission.allowed ? control->property(OwnToolTip).toString() : permission.reason);
}

} // namespace

namespace PermissionGate {

void apply(QWidget* control, const Permission& permission, bool available) {
    applyTo(control, permission, available);
}

void apply(QAction* action, const Permission& permission, bool available) {
    applyTo(action, permission, available);
}

bool ask(QWidget* parent, const Permission& permission, const QString& title) {
    if (permission)
        return true;
    QMessageBox::information(parent, title, permission.reason);
    return false;
}

void require(const Permission& permission) {
    if (!permission)
        throw StorageError(StorageError::Kind::ReadOnly, permission.reason);
}

} // namespace PermissionGate
