// The one place that decides who may do what with a municipality file. Every refusal carries a
// Dutch reason the GUI shows as it is (tooltip of a disabled control, or a message).
//
// The rules (the handreiking's roles; see user.h):
// - Everybody who may open the file may view every case: a klachtbehandelaar takes over a
//   colleague's case or answers a phone call about it. Every opening of a case file is recorded in
//   the audit trail (AuditTrail::recordView), so viewing stays accountable.
// - klachtbehandelaar: registers new cases, changes his own cases (Case::handler is his login or
//   name): fields, timeline and workflow steps, except the formal sign-off.
// - klachtencoördinator: everything a klachtbehandelaar may, on every case, plus reassigning cases
//   and signing off formal outcomes (the Judge, Close and DeclineToHandle transitions: oordeel,
//   afdoening, 9:8 — also when they come with a letter sent or recorded as sent).
// - beheerder: manages users, lists, templates, settings and retention, views and exports the audit
//   trail, answers inzageverzoeken and puts reservekopieën back. He does not change case content: who manages the file
//   and who handles the complaints stay separate duties.
// - A file without users: everybody may do everything (the bootstrapping rule of UserRepository).
// - A file with users opened by someone who is not one of its active users: read-only.
#pragma once

#include "user.h"

#include "domain/case.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

enum class Action {
    ViewCase,
    RegisterCase,
    EditCase,     // fields and timeline of one case (needs the case)
    ReassignCase, // change the handler of a case
    SignOff,      // judge a formal complaint, decline to handle it (Awb 9:8)
    ManageUsers,
    ManageLists, // themes and other lists
    ManageTemplates,
    ManageSettings,
    ManageRetention, // destroy or anonymise closed cases after the retention period
    ViewAudit,       // view and export the audit trail
    Inzage,          // export everything about one klager (AVG)
    Restore          // put a reservekopie back over the file (undoes everybody's later work)
};

struct Permission {
    bool allowed = false;
    QString reason; // Dutch; empty when allowed

    explicit operator bool() const { return allowed; }
    static Permission allow() { return {true, {}}; }
    static Permission refuse(QString why) { return {false, std::move(why)}; }
};

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    // A file without users: everything is allowed.
    static Permissions everybody();
    // A file with users: the given active user, or nullopt for someone the file does not know.
    static Permissions of(std::optional<User> user);

    // The rule table for a known user; user == nullptr is an unknown user on a file with users.
    static Permission check(const User* user, Action action, const Case* c = nullptr);

    Permission check(Action action, const Case* c = nullptr) const;
    // A workflow step on a case: SignOff for Judge, Close and DeclineToHandle, EditCase for the others.
    Permission checkTransition(WorkflowAction action, const Case& c) const;
    // A change from before to after: ReassignCase when the handler changes, else EditCase.
    Permission checkEdit(const Case& before, const Case& after) const;
    static Action actionFor(WorkflowAction action);

    bool restricted() const { return m_restricted; }
    const std::optional<User>& user() const { return m_user; }

private:
    Permissions(bool restricted, std::optional<User> user);

    bool m_restricted = false;
    std::optional<User> m_user;
};
