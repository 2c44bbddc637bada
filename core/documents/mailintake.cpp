#include "mailintake.h"

#include "documentservice.h"
#include "textextractor.h"

#include "session/municipalitysession.h"
#include "storage/documentrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "workflow/caseservice.h"

#include <QBuffer>

namespace {

// The story as the handler will see it: the subject, then the body, without trailing white space.
QString storyOf(const MailMessage& mail) {
    QString body = mail.body.trimmed();
    // Long signatures and quoted threads stay in the document; the story keeps the first part.
    constexpr qsizetype MaxStory = 20000;
    if (body.size() > MaxStory)
        body = body.left(MaxStory).trimmed() + QStringLiteral("\n[…]");
    const QString subject = mail.subject.simplified();
    if (subject.isEmpty())
        return body;
    return body.isEmpty() ? subject : subject + QStringLiteral("\n\n") + body;
}

} // namespace

Case MailIntake::draft(const MailMessage& mail, QDate today, const QString& handler) {
    Case c;
    c.channel = Channel::Email;
    // A complaint by e-mail is written (Awb 9:4 with afdeling 2.3); the handler may still call it otherwise.
    c.kind = CaseKind::WrittenComplaint;
    const QDate sent = mail.date.isValid() ? mail.date.toLocalTime().date() : QDate();
    c.received = sent.isValid() && sent <= today ? sent : today;
    // The date the sender's program put on the message is the date the klaagschrift bears (its
    // dagtekening, Awb 9:4 lid 2 b); a message without one, or dated in the future, bears none we can use.
    if (sent.isValid() && sent <= today)
        c.klaagschriftDated = sent;
    c.klager.name = mail.fromName.simplified();
    c.klager.email = mail.fromAddress.trimmed();
    c.story = storyOf(mail);
    c.handler = handler;
    return c;
}

QString MailIntake::messageName(const MailMessage& mail) {
    if (!mail.fileName.trimmed().isEmpty())
        return DocumentService::safeFileName(mail.fileName);
    const QString extension = mail.originalMediaType == QLatin1String("application/vnd.ms-outlook")
                                  ? QStringLiteral(".msg")
                                  : QStringLiteral(".eml");
    const QString subject = mail.subject.simplified();
    return DocumentService::safeFileName((subject.isEmpty() ? tr("e-mail") : subject.left(80)) + extension);
}

QList<MailIntake::Item> MailIntake::documentsOf(const MailMessage& mail) {
    QList<Item> items;
    items.append({messageName(mail), mail.originalMediaType, DocumentKind::Email, mail.original.size(), -1, false});
    for (qsizetype i = 0; i < mail.attachments.size(); ++i) {
        const MailAttachment& a = mail.attachments.at(i);
        items.append({DocumentService::safeFileName(a.name), a.mediaType,
                      a.forwarded ? DocumentKind::Email : DocumentKind::Attachment, a.data.size(), int(i),
                      a.inlinePart});
    }
    return items;
}

Case MailIntake::registerCase(MunicipalitySession& session, Case c, const MailMessage& mail,
                              const QList<int>& attachments, const TextExtractor* extractor, bool firstContact,
                              const QString& committeeReason) {
    if (session.database().isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("Het bestand is alleen te lezen; er kan niets worden geregistreerd."));
    if (const Permission p = session.permissions().check(Action::RegisterCase); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    if (c.id != 0)
        throw StorageError(StorageError::Kind::Invalid, tr("Deze zaak is al geregistreerd."));
    for (int index : attachments) {
        if (index < 0 || index >= mail.attachments.size())
            throw StorageError(StorageError::Kind::Invalid, tr("Een gekozen bijlage hoort niet bij dit bericht."));
    }
    const qint64 limit = qint64(session.settings().documentLimitMegabytes) * 1024 * 1024;
    const QDateTime now = session.clock().now();

    Transaction transaction(session.database());
    // The registration every entry point shares: permission, and the committee decision fixed at receipt.
    CaseService(session).registerCase(c, committeeReason);
    Case work = c;
    if (const TransitionResult r = session.workflow().apply(
            work, TransitionRequest::of(WorkflowAction::StartInformal, c.received), now, session.user());
        !r)
        throw StorageError(StorageError::Kind::Invalid, r.reason);
    if (firstContact) {
        if (const TransitionResult r = session.workflow().apply(
                work, TransitionRequest::of(WorkflowAction::RecordFirstContact), now, session.user());
            !r)
            throw StorageError(StorageError::Kind::Invalid, r.reason);
    }
    session.cases().save(work);

    DocumentRepository documents(session.database(), session.clock(), session.user());
    const auto add = [&](const QString& name, const QByteArray& data, const QString& mediaType, DocumentKind kind,
                         qint64 parent, const QString& text) {
        NewDocument d;
        d.caseId = work.id;
        d.parentId = parent;
        d.name = name;
        d.kind = kind;
        d.mediaType = mediaType.isEmpty() ? DocumentService::mediaTypeOf(name, data.left(4096)) : mediaType;
        d.received = work.received;
        d.text = text;
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        return documents.add(d, buffer, limit);
    };
    const QList<Item> items = documentsOf(mail);
    const QString messageText = QString(mail.subject + QStringLiteral("\n\n") + mail.body).left(TextExtractor::MaxText);
    const DocumentInfo message =
        add(items.first().name, mail.original, mail.originalMediaType, DocumentKind::Email, 0, messageText);
    for (int index : attachments) {
        const MailAttachment& a = mail.attachments.at(index);
        const Item& item = items.at(index + 1);
        add(item.name, a.data, a.mediaType, item.kind, message.id,
            DocumentService::textOf(a.data, a.mediaType, extractor));
    }
    transaction.commit();
    return work;
}
