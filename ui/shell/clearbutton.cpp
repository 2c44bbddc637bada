#include "clearbutton.h"

#include <QAction>
#include <QLineEdit>
#include <QStyle>

void ClearButton::add(QLineEdit* edit, const QString& accessibleName) {
    auto* clear = new QAction(edit->style()->standardIcon(QStyle::SP_LineEditClearButton), accessibleName, edit);
    clear->setObjectName(QStringLiteral("clearAction"));
    clear->setToolTip(accessibleName);
    clear->setVisible(!edit->text().isEmpty());
    edit->addAction(clear, QLineEdit::TrailingPosition);
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString& text) { clear->setVisible(!text.isEmpty()); });
    QObject::connect(clear, &QAction::triggered, edit, &QLineEdit::clear);
}
