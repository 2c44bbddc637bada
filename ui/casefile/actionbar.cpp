#include "actionbar.h"

#include "flowlayout.h"

#include <QPushButton>

ActionBar::ActionBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("actionBar"));
    setAccessibleName(tr("Acties"));
    auto* layout = new FlowLayout(this, 6);
    for (WorkflowAction action : Workflow::allActions()) {
        auto* button = new QPushButton(Workflow::label(action), this);
        button->setObjectName(QStringLiteral("action_") + Workflow::code(action));
        button->setAccessibleName(Workflow::label(action));
        button->setAutoDefault(false);
        button->setHidden(true);
        connect(button, &QPushButton::clicked, this, [this, action] { emit triggered(action); });
        layout->addWidget(button);
        m_buttons.insert(action, button);
    }
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QString ActionBar::reservedMnemonics() {
    // Tabs: Overzicht, Tijdlijn, terMijnen, Leren. Menus: Bestand, bewerken, Help, beheeR. The buttons
    // beside the bar: brieF and brIef van elders. Translated, because the translated tabs and menus take
    // other letters.
    return tr("otmlbwhrfi", "mnemonic letters taken by the case file tabs, the main menus and the two letter "
                            "buttons, in this language");
}

QString ActionBar::fieldMnemonics() {
    // The Overzicht fields: Soort, Kanaal, ontvanGen, Datum gedraging, domEin, behAndelaar, Naam,
    // Verhaal, gewenste Uitkomst, themes kieZen. A button may share one of these only when no other
    // letter is left: an ambiguous mnemonic merely moves the focus, it never clicks.
    return tr("skgdeanvuz", "mnemonic letters of the Overzicht fields, in this language");
}

void ActionBar::setActions(const QList<WorkflowAction>& actions) {
    m_visible.clear();
    for (WorkflowAction action : Workflow::allActions()) {
        const bool show = actions.contains(action);
        m_buttons.value(action)->setHidden(!show);
        if (show)
            m_visible.append(action);
    }
    assignMnemonics();
    updateGeometry();
}

void ActionBar::setRefused(const QHash<WorkflowAction, QString>& reasons) {
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString reason = reasons.value(it.key());
        it.value()->setEnabled(reason.isEmpty());
        it.value()->setToolTip(reason);
    }
}

void ActionBar::assignMnemonics() {
    QString taken = reservedMnemonics();
    const QString avoid = fieldMnemonics();
    // The position of the best free letter: a word start before any letter, a letter no field uses
    // before one that a field uses.
    const auto pick = [&](const QString& label) -> qsizetype {
        for (const bool shareWithFields : {false, true}) {
            for (const bool wordStartOnly : {true, false}) {
                for (qsizetype i = 0; i < label.size(); ++i) {
                    const QChar ch = label.at(i).toLower();
                    const bool wordStart = i == 0 || !label.at(i - 1).isLetter();
                    if (!ch.isLetter() || ch.unicode() >= 128 || taken.contains(ch))
                        continue;
                    if ((wordStart || !wordStartOnly) && (shareWithFields || !avoid.contains(ch)))
                        return i;
                }
            }
        }
        return -1;
    };
    for (WorkflowAction action : std::as_const(m_visible)) {
        const QString label = Workflow::label(action);
        QString text = label;
        if (const qsizetype at = pick(label); at >= 0) {
            taken += label.at(at).toLower();
            text.insert(at, u'&');
        }
        m_buttons.value(action)->setText(text);
    }
}
