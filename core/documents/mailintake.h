// A complaint that arrived by e-mail becomes a case in one step, from the GUI (a message dropped on the
// main window, the intake dialog filled in from it) and from "aantafel-cli case FILE new --eml":
// draft() proposes the case (klager from the sender, received date from the message's Date, channel
// e-mail, story from the subject and body), documentsOf() the documents (the message itself first, then
// every attachment), and registerCase() stores the case as the handler confirmed it together with those
// documents, in one transaction: either the case with its start in Oplossen and every chosen document
// is there, or nothing is (a document over the municipality's limit, a busy or read-only file, a user who
// may not register cases). The registration is audited like any other, and each document too.
#pragma once

#include "mailmessage.h"

#include "document.h"

#include "domain/case.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class MunicipalitySession;
class TextExtractor;

class MailIntake {
    Q_DECLARE_TR_FUNCTIONS(MailIntake)
public:
    // One document the registration will add.
    struct Item {
        QString name;
        QString mediaType;
        DocumentKind kind = DocumentKind::Attachment;
        qint64 size = 0;
        int attachment = -1; // index into MailMessage::attachments; -1 for the message itself
        bool inlinePart = false;
    };

    // The case as the message proposes it (no id; phase Intake), received and dated (dagtekening) on the
    // message's local date; received today and undated when the message has no usable date (none, or
    // one after today).
    static Case draft(const MailMessage& mail, QDate today, const QString& handler);
    // The message itself first, then its attachments in the order of the message.
    static QList<Item> documentsOf(const MailMessage& mail);
    // The file name under which the message itself is kept: the name it came with, or its subject.
    static QString messageName(const MailMessage& mail);

    // Stores c (as confirmed; channel and kind as the handler left them) and moves it to Oplossen on its
    // received date; then the message and the attachments whose indexes are in attachments, each as a
    // document received on c.received. firstContact: the reply by phone was the first personal contact
    // (RecordFirstContact today). The case is registered as every entry point registers one
    // (CaseService::registerCase: a written complaint's committee decision is fixed at receipt, with
    // committeeReason when it departs from the regulation). Returns the stored case. Throws StorageError;
    // nothing is stored then.
    static Case registerCase(MunicipalitySession& session, Case c, const MailMessage& mail,
                             const QList<int>& attachments, const TextExtractor* extractor, bool firstContact = false,
                             const QString& committeeReason = {});
};
