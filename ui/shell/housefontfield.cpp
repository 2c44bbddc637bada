#include "housefontfield.h"

#include "clearbutton.h"

#include "print/letterfont.h"

#include <QCompleter>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

HouseFontField::HouseFontField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    LetterFont::registerBundled();
    m_edit->setObjectName(QStringLiteral("houseFont"));
    m_edit->setAccessibleName(tr("Huislettertype"));
    m_edit->setPlaceholderText(tr("Leeg: het meegeleverde %1").arg(LetterFont::bundledFamily()));
    ClearButton::add(m_edit, tr("Huislettertype leegmaken"));
    auto* completer = new QCompleter(QFontDatabase::families(), m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    m_status->setObjectName(QStringLiteral("houseFontStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // As high as its two lines: a form's spare room goes elsewhere, not between field and explanation.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateStatus();
        emit familyChanged(family());
    });
    updateStatus();
}

QString HouseFontField::family() const {
    return m_edit->text().trimmed();
}

void HouseFontField::setFamily(const QString& family) {
    m_edit->setText(family.trimmed());
}

QString HouseFontField::status() const {
    return m_status->text();
}

void HouseFontField::updateStatus() {
    const QString chosen = family();
    if (chosen.isEmpty())
        m_status->setText(tr("Brieven, het jaarverslag en andere PDF's gebruiken het meegeleverde lettertype %1; "
                             "ze zien er op elke computer hetzelfde uit.")
                              .arg(LetterFont::bundledFamily()));
    else if (LetterFont::isAvailable(chosen))
        m_status->setText(tr("%1 is op deze computer geïnstalleerd. Op een computer zonder dit lettertype "
                             "gebruiken brieven het meegeleverde %2.")
                              .arg(chosen, LetterFont::bundledFamily()));
    else
        m_status->setText(tr("%1 is op deze computer niet geïnstalleerd: brieven gebruiken hier het meegeleverde "
                             "%2.")
                              .arg(chosen, LetterFont::bundledFamily()));
}
