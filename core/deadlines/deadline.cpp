#include "deadline.h"

QString DeadlineText::label(DeadlineKind kind) {
    switch (kind) {
    case DeadlineKind::Acknowledgement: return tr("Ontvangstbevestiging");
    case DeadlineKind::FirstContact: return tr("Eerste contact");
    case DeadlineKind::NonHandlingNotice: return tr("Kennisgeving niet-behandelen");
    case DeadlineKind::Handling: return tr("Afdoening");
    case DeadlineKind::AdjournedHandling: return tr("Verdaagde afdoening");
    case DeadlineKind::AgreedDelay: return tr("Afgesproken termijn (instemming)");
    case DeadlineKind::Hearing: return tr("Hoorzitting");
    case DeadlineKind::FollowUp: return tr("Nabellen \"hoe gaat het nu?\"");
    case DeadlineKind::ReferralFeedback: return tr("Terugkoppeling warme overdracht");
    case DeadlineKind::ObjectionTerm: return tr("Bezwaartermijn");
    case DeadlineKind::OmbudsmanTerm: return tr("Termijn ombudsman");
    }
    return {};
}

QString DeadlineText::label(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Met: return tr("Gehaald");
    case DeadlineStatus::MetLate: return tr("Te laat gehaald");
    case DeadlineStatus::Superseded: return tr("Vervallen");
    case DeadlineStatus::Open: return tr("Lopend");
    case DeadlineStatus::DueSoon: return tr("Binnenkort");
    case DeadlineStatus::DueToday: return tr("Vandaag");
    case DeadlineStatus::Overdue: return tr("Te laat");
    case DeadlineStatus::Informational: return tr("Ter informatie");
    }
    return {};
}

QString DeadlineText::code(DeadlineKind kind) {
    switch (kind) {
    case DeadlineKind::Acknowledgement: return QStringLiteral("acknowledgement");
    case DeadlineKind::FirstContact: return QStringLiteral("first_contact");
    case DeadlineKind::NonHandlingNotice: return QStringLiteral("non_handling_notice");
    case DeadlineKind::Handling: return QStringLiteral("handling");
    case DeadlineKind::AdjournedHandling: return QStringLiteral("adjourned_handling");
    case DeadlineKind::AgreedDelay: return QStringLiteral("agreed_delay");
    case DeadlineKind::Hearing: return QStringLiteral("hearing");
    case DeadlineKind::FollowUp: return QStringLiteral("follow_up");
    case DeadlineKind::ReferralFeedback: return QStringLiteral("referral_feedback");
    case DeadlineKind::ObjectionTerm: return QStringLiteral("objection_term");
    case DeadlineKind::OmbudsmanTerm: return QStringLiteral("ombudsman_term");
    }
    return {};
}

QString DeadlineText::code(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Met: return QStringLiteral("met");
    case DeadlineStatus::MetLate: return QStringLiteral("met_late");
    case DeadlineStatus::Superseded: return QStringLiteral("superseded");
    case DeadlineStatus::Open: return QStringLiteral("open");
    case DeadlineStatus::DueSoon: return QStringLiteral("due_soon");
    case DeadlineStatus::DueToday: return QStringLiteral("due_today");
    case DeadlineStatus::Overdue: return QStringLiteral("overdue");
    case DeadlineStatus::Informational: return QStringLiteral("informational");
    }
    return {};
}

QList<DeadlineKind> DeadlineText::allKinds() {
    return {DeadlineKind::Acknowledgement, DeadlineKind::FirstContact,      DeadlineKind::NonHandlingNotice,
            DeadlineKind::Handling,        DeadlineKind::AdjournedHandling, DeadlineKind::AgreedDelay,
            DeadlineKind::Hearing,         DeadlineKind::FollowUp,          DeadlineKind::ReferralFeedback,
            DeadlineKind::ObjectionTerm,   DeadlineKind::OmbudsmanTerm};
}

QList<DeadlineStatus> DeadlineText::allStatuses() {
    return {DeadlineStatus::Met,     DeadlineStatus::MetLate,      DeadlineStatus::Superseded,
            DeadlineStatus::Open,    DeadlineStatus::DueSoon,      DeadlineStatus::DueToday,
            DeadlineStatus::Overdue, DeadlineStatus::Informational};
}

std::optional<DeadlineKind> DeadlineText::kindFromCode(const QString& code) {
    for (DeadlineKind kind : allKinds()) {
        if (DeadlineText::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}
