#include "permissions.h"

Permissions::Permissions(bool restricted, std::optional<User> user)
    : m_restricted(restricted)
    , m_user(std::move(user)) {}

Permissions Permissions::everybody() {
    return Permissions(false, std::nullopt);
}

Permissions Permissions::of(std::optional<User> user) {
    return Permissions(true, std::move(user));
}

Permission Permissions::check(Action action, const Case* c) const {
    if (!m_restricted)
        return Permission::allow();
    return check(m_user ? &*m_user : nullptr, action, c);
}

Action Permissions::actionFor(WorkflowAction action) {
    // The formal outcome: the judgment, the afdoening that sends it (9:12) and a decision not to handle (9:8).
    return action == WorkflowAction::Judge || action == WorkflowAction::Close ||
                   action == WorkflowAction::DeclineToHandle
               ? Action::SignOff
               : Action::EditCase;
}

Permission Permissions::checkTransition(WorkflowAction action, const Case& c) const {
    return check(actionFor(action), &c);
}

Permission Permissions::checkEdit(const Case& before, const Case& after) const {
    if (before.handler.trimmed() != after.handler.trimmed()) {
        if (Permission p = check(Action::ReassignCase, &before); !p)
            return p;
    }
    return check(Action::EditCase, &before);
}

Permission Permissions::check(const User* user, Action action, const Case* c) {
    if (!user || !user->active) {
        if (action == Action::ViewCase)
            return Permission::allow();
        return Permission::refuse(tr("U staat niet als gebruiker in dit gemeentebestand; u kunt alleen lezen. Vraag "
                                     "een beheerder u toe te voegen."));
    }
    const Role role = user->role;
    const QString roleName = RoleText::label(role);
    const auto onlyCoordinator = [&](const QString& what) {
        return role == Role::Coordinator
                   ? Permission::allow()
                   : Permission::refuse(tr("Alleen een klachtencoördinator mag %1; u bent %2.").arg(what, roleName));
    };
    const auto onlyAdmin = [&](const QString& what) {
        return role == Role::Admin
                   ? Permission::allow()
                   : Permission::refuse(tr("Alleen een beheerder mag %1; u bent %2.").arg(what, roleName));
    };
    switch (action) {
    case Action::ViewCase: return Permission::allow();
    case Action::RegisterCase:
        if (role == Role::Admin)
            return Permission::refuse(tr("Een beheerder registreert geen meldingen; dat doen klachtbehandelaars en "
                                         "klachtencoördinatoren."));
        return Permission::allow();
    case Action::EditCase:
        if (role == Role::Coordinator)
            return Permission::allow();
        if (role == Role::Admin)
            return Permission::refuse(
                tr("Een beheerder wijzigt geen zaken; dat doen de behandelaar en de klachtencoördinator."));
        if (c && user->isHandlerOf(c->handler))
            return Permission::allow();
        if (c && c->handler.trimmed().isEmpty())
            return Permission::refuse(
                tr("Deze zaak heeft nog geen behandelaar. Een klachtencoördinator wijst haar toe; "
                   "daarna kan de behandelaar haar wijzigen."));
        return Permission::refuse(tr("Deze zaak is van %1. U kunt alleen uw eigen zaken wijzigen; een "
                                     "klachtencoördinator kan haar aan u toewijzen.")
                                      .arg(c ? c->handler : tr("een collega")));
    case Action::ReassignCase: return onlyCoordinator(tr("zaken toewijzen"));
    case Action::SignOff: return onlyCoordinator(tr("een formele uitkomst vaststellen (oordeel of niet-behandelen)"));
    case Action::ManageUsers: return onlyAdmin(tr("gebruikers beheren"));
    case Action::ManageLists: return onlyAdmin(tr("lijsten beheren"));
    case Action::ManageTemplates: return onlyAdmin(tr("briefsjablonen beheren"));
    case Action::ManageSettings: return onlyAdmin(tr("de instellingen van de gemeente wijzigen"));
    case Action::ManageRetention: return onlyAdmin(tr("zaken vernietigen of anonimiseren"));
    case Action::ViewAudit: return onlyAdmin(tr("de audittrail inzien"));
    case Action::Inzage: return onlyAdmin(tr("een inzageverzoek afhandelen"));
    case Action::Restore: return onlyAdmin(tr("een reservekopie terugzetten"));
    }
    return Permission::refuse(tr("Deze handeling is niet toegestaan."));
}
