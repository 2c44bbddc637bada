// How the GUI applies Permissions (users/permissions.h): a refused action is disabled with the
// reason as its tooltip, and when it is triggered anyway (a shortcut, a command) the reason is shown
// or thrown. Widgets ask here instead of looking at roles themselves.
#pragma once

#include "users/permissions.h"

class QAction;
class QWidget;

namespace PermissionGate {
// Enables or disables the control; a refused one gets the reason as tooltip (and keeps its own
// tooltip otherwise). The control is also disabled when it was not available to begin with.
void apply(QWidget* control, const Permission& permission, bool available = true);
void apply(QAction* action, const Permission& permission, bool available = true);
// True when allowed; otherwise shows the reason in a message box over parent and returns false.
bool ask(QWidget* parent, const Permission& permission, const QString& title);
// Throws StorageError (kind ReadOnly, the reason as message) when refused: for the case commands,
// whose callers already show a StorageError's message.
void require(const Permission& permission);
} // namespace PermissionGate
