// The intake dialog filled in from an e-mail dropped on the main window (IntakeDialog::fillFromMail).
#include "intakedialog.h"

#include "datefield.h"

#include "session/municipalitysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

void IntakeDialog::fillFromMail(const MailMessage& mail) {
    const Case draft = MailIntake::draft(mail, m_today, m_handler->text());
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(draft.channel)));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(draft.kind)));
    m_received->setDate(draft.received);
    m_dated->setDate(draft.klaagschriftDated);
    m_name->setText(draft.klager.name);
    m_email->setText(draft.klager.email);
    m_story->setPlainText(draft.story);
    m_story->moveCursor(QTextCursor::Start);
    // An e-mail is no conversation: the first personal contact is still to come.
    m_firstContact->setChecked(false);
    setWindowTitle(tr("Nieuwe klacht registreren uit e-mail: %1").arg(MailIntake::messageName(mail)));

    auto* box = new QGroupBox(tr("Documenten uit de e-mail"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_mailDocuments = new QListWidget(box);
    m_mailDocuments->setObjectName(QStringLiteral("mailDocuments"));
    m_mailDocuments->setAccessibleName(tr("Documenten uit de e-mail"));
    const QLocale locale;
    for (const MailIntake::Item& item : MailIntake::documentsOf(mail)) {
        const QString size = locale.formattedDataSize(item.size, 1, QLocale::DataSizeTraditionalFormat);
        auto* row = new QListWidgetItem(
            item.attachment < 0
                ? tr("%1 (%2, %3) — het bericht zelf, altijd bewaard").arg(item.name, EnumText::label(item.kind), size)
                : tr("%1 (%2, %3)").arg(item.name, EnumText::label(item.kind), size),
            m_mailDocuments);
        row->setData(Qt::UserRole, item.attachment);
        if (item.attachment < 0) {
            row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
            row->setCheckState(Qt::Checked);
        } else {
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(item.inlinePart ? Qt::Unchecked : Qt::Checked);
            if (item.inlinePart)
                row->setToolTip(tr("Een afbeelding in de tekst van het bericht (bijvoorbeeld een logo)."));
        }
    }
    const int rows = std::min(5, m_mailDocuments->count());
    m_mailDocuments->setFixedHeight(m_mailDocuments->sizeHintForRow(0) * rows + 2 * m_mailDocuments->frameWidth() + 4);
    boxLayout->addWidget(m_mailDocuments);
    if (auto* layout = qobject_cast<QVBoxLayout*>(this->layout()))
        layout->insertWidget(2, box);
    refreshFlags();
    m_name->setFocus(Qt::OtherFocusReason);
}

QList<int> IntakeDialog::chosenAttachments() const {
    QList<int> chosen;
    if (!m_mailDocuments)
        return chosen;
    for (int i = 0; i < m_mailDocuments->count(); ++i) {
        const QListWidgetItem* row = m_mailDocuments->item(i);
        const int index = row->data(Qt::UserRole).toInt();
        if (index >= 0 && row->checkState() == Qt::Checked)
            chosen << index;
    }
    return chosen;
}
