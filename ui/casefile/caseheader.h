// The top of the case file: which case this is (reference, klager or "Anoniem"), what kind, where
// it stands (phase, and the outcome once closed), and the next deadline the municipality owes, with
// its status colour and icon (following a change of the desktop's palette). The deadline's tooltip tells the legal
// basis, what the rule says and how the date was counted.
#pragma once

#include "deadlines/deadline.h"
#include "domain/case.h"

#include <QWidget>

#include <optional>

class DeadlineEngine;
class QLabel;

class CaseHeader : public QWidget {
    Q_OBJECT
public:
    explicit CaseHeader(QWidget* parent = nullptr);

    void setCase(const Case& c, const DeadlineEngine& engine, QDate today);
    // Shown instead of a case when it no longer exists in the file.
    void setMissing(const QString& message);

    // "KL-2025-0001 · Mevrouw A. Jansen" (or "… · Anoniem").
    static QString title(const Case& c);

private:
    // The next deadline's icon and pill in the colours of the application palette (PaletteStyle).
    void showStatus(std::optional<DeadlineStatus> status);

    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_deadlineIcon = nullptr;
    QLabel* m_deadline = nullptr;
    std::optional<DeadlineStatus> m_status;
};
