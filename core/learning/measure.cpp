#include "measure.h"

QString MeasureText::code(MeasureScope scope) {
    switch (scope) {
    case MeasureScope::Individual: return QStringLiteral("individual");
    case MeasureScope::Structural: return QStringLiteral("structural");
    }
    return {};
}

QString MeasureText::code(MeasureStatus status) {
    switch (status) {
    case MeasureStatus::Planned: return QStringLiteral("planned");
    case MeasureStatus::InProgress: return QStringLiteral("in_progress");
    case MeasureStatus::Done: return QStringLiteral("done");
    case MeasureStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString MeasureText::label(MeasureScope scope) {
    switch (scope) {
    case MeasureScope::Individual: return tr("Individueel");
    case MeasureScope::Structural: return tr("Structureel");
    }
    return {};
}

QString MeasureText::label(MeasureStatus status) {
    switch (status) {
    case MeasureStatus::Planned: return tr("Gepland");
    case MeasureStatus::InProgress: return tr("In uitvoering");
    case MeasureStatus::Done: return tr("Uitgevoerd");
    case MeasureStatus::Cancelled: return tr("Vervallen");
    }
    return {};
}

std::optional<MeasureScope> MeasureText::scopeFromCode(const QString& code) {
    for (MeasureScope scope : allScopes()) {
        if (MeasureText::code(scope) == code)
            return scope;
    }
    return std::nullopt;
}

std::optional<MeasureStatus> MeasureText::statusFromCode(const QString& code) {
    for (MeasureStatus status : allStatuses()) {
        if (MeasureText::code(status) == code)
            return status;
    }
    return std::nullopt;
}

QList<MeasureScope> MeasureText::allScopes() {
    return {MeasureScope::Individual, MeasureScope::Structural};
}

QList<MeasureStatus> MeasureText::allStatuses() {
    return {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done, MeasureStatus::Cancelled};
}
