// Shows the intake flags (workflow/intakeflags.h) while the handler types: one coloured row per
// flag with a short title, its article and the message, so that no right of the resident and no
// duty of the municipality is missed. Colour is never the only cue: every row names what it is.
// Below the rows, in small print, the handling term that will apply. The panel only displays;
// the dialog decides when to recompute.
#pragma once

#include "workflow/intakeflags.h"

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

class FlagPanel : public QFrame {
    Q_OBJECT
public:
    explicit FlagPanel(QWidget* parent = nullptr);

    // Replaces the rows; rows are rebuilt only when the flags actually changed. term is the
    // handling-term line (plain text), termDetail its tooltip (how the date was counted).
    void setFlags(const QList<IntakeFlag>& flags, const QString& term, const QString& termDetail = {});

    const QList<IntakeFlag>& flags() const { return m_flags; }
    QString termText() const;
    // The text of every row as shown, for tests and the accessible description.
    QStringList rowTexts() const;

    static QString title(IntakeFlagKind kind);

private:
    QWidget* makeRow(const IntakeFlag& flag);

    QList<IntakeFlag> m_flags;
    QVBoxLayout* m_rows = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_term = nullptr;
};
