#include "datefields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

QDateEdit* DateFields::newDateEdit(QDate value, QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(QDate(2999, 12, 31));
    edit->setDate(value.isValid() ? value : QDate::currentDate());
    return edit;
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent) {
    m_known = new QCheckBox(tr("bekend"), this);
    m_edit = DateFields::newDateEdit({}, this);
    // An unknown date shows as "onbekend", never as some date that merely looks filled in.
    m_edit->setSpecialValueText(tr("onbekend"));
    m_edit->setDate(m_edit->minimumDate());
    m_edit->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_known);
    connect(m_known, &QCheckBox::clicked, this, [this](bool known) {
        if (known)
            m_edit->setDate(m_fallback.isValid() ? m_fallback : QDate::currentDate());
        else
            m_edit->setDate(m_edit->minimumDate());
        m_edit->setEnabled(known);
        // A ticked box commits once the date is chosen (the edit's editingFinished), not before.
        if (known)
            m_edit->setFocus();
        else
            emit editingFinished();
    });
    connect(m_edit, &QDateEdit::editingFinished, this, &OptionalDateEdit::editingFinished);
}

QDate OptionalDateEdit::date() const {
    return m_known->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date) {
    m_known->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
}

void OptionalDateEdit::setAccessibleNames(const QString& name) {
    m_known->setAccessibleName(tr("%1 bekend").arg(name));
    m_edit->setAccessibleName(name);
}
