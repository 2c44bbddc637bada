#include "lettersender.h"

#include "../session/municipalitysession.h"
#include "../storage/storageerror.h"
#include "../storage/transaction.h"
#include "../workflow/caseservice.h"
#include "../workflow/eventtext.h"

#include <QFile>
#include <QTemporaryDir>

LetterSender::LetterSender(MunicipalitySession& session)
    : m_session(session) {}

Permission LetterSender::mayRecord(const MunicipalitySession& session, const Case& c, LetterType type) {
    const Permissions& permissions = session.permissions();
    switch (type) {
    case LetterType::NonHandlingNotice:
        // Sending the notice on an open case declines to handle it (a formal sign-off).
        if (c.isOpen())
            return permissions.checkTransition(WorkflowAction::DeclineToHandle, c);
        return permissions.check(Action::EditCase, &c);
    case LetterType::Closing:
        // The afdoeningsbrief is the afdoening itself (9:12 lid 1): a formal sign-off.
        return permissions.checkTransition(WorkflowAction::Close, c);
    case LetterType::Adjournment:
        if (!c.isAdjourned())
            return permissions.checkTransition(WorkflowAction::Adjourn, c);
        return permissions.check(Action::EditCase, &c);
    default: return permissions.check(Action::EditCase, &c);
    }
}

SentLetter LetterSender::send(const ComposedLetter& letter, Case* savedCase, PdfOutput* pdf) {
    if (!letter.mayFinalise())
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("De brief kan niet worden verstuurd:\n%1").arg(letter.check.missing.join(QLatin1Char('\n'))));
    // Drawn before the transaction: the file stays free while the PDF is made.
    QByteArray pdfBytes;
    if (pdf) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("brief.pdf"));
        const QString problem = dir.isValid() ? pdf->write(letter.job, path) : dir.errorString();
        QFile file(path);
        if (!problem.isEmpty() || !file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Io,
                               tr("De brief kan niet als PDF worden vastgelegd: %1 Er is niets verstuurd.")
                                   .arg(problem.isEmpty() ? file.errorString() : problem));
        pdfBytes = file.readAll();
    }
    Database& db = m_session.database();
    const QDateTime now = m_session.clock().now();
    Transaction transaction(db);
    Case c = m_session.cases().load(letter.caseId);
    if (const Permission p = mayRecord(m_session, c, letter.type); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    if (c.revision != letter.caseRevision)
        throw StorageError(StorageError::Kind::Conflict,
                           tr("De zaak is gewijzigd nadat de brief werd opgesteld; stel de brief opnieuw op."));

    // The legal act the letter is, through the workflow: the afdoeningsbrief closes the formal complaint on
    // its date, the verdagingsbrief adjourns, the kennisgeving niet-behandelen closes as not handled, the
    // ontvangstbevestiging records the acknowledgement. Permissions as for the step itself.
    const LetterAct act =
        CaseService(m_session).applyLetterAct(c, letter.type, letter.letterDate, LetterOrigin::Program, letter.ground);
    if (!act.result)
        throw StorageError(act.notPermitted ? StorageError::Kind::ReadOnly : StorageError::Kind::Invalid,
                           act.result.reason);

    CaseEvent event = EventText::letterSent(letter.type, letter.recipient, letter.letterDate, LetterOrigin::Program);
    event.at = now;
    event.author = m_session.user();
    if (act.changed) {
        // A transition that is itself a letter (the acknowledgement) gets the letter's entry instead of its
        // own, so that the timeline says it once.
        if (!c.events.isEmpty() && c.events.last().id == 0 && c.events.last().kind == EventKind::Letter)
            c.events.last() = event;
        else
            c.events.append(event);
        m_session.cases().save(c);
    } else {
        m_session.cases().addEvent(c, event);
        c.events.append(event);
    }

    SentLetter sent = letter.asSent();
    sent.caseId = c.id; // the case as saved with the letter's entry
    sent.pdf = pdfBytes;
    LetterStore(db, m_session.clock(), m_session.user()).insert(sent);
    transaction.commit();
    sent.pdf.clear(); // as the store lists it: the bytes through LetterStore::pdfOf, the checksum here
    if (savedCase)
        *savedCase = c;
    return sent;
}
