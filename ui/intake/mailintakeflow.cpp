#include "mailintakeflow.h"

#include "intakedialog.h"

#include "casenotifier.h"
#include "documents/mailintake.h"
#include "readers/documenttextreader.h"
#include "readers/mailfilereader.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

QStringList MailIntakeFlow::mailFiles(const QStringList& paths) {
    QStringList mails;
    for (const QString& path : paths) {
        if (MailReader::isMailFile(path))
            mails << path;
    }
    return mails;
}

qint64 MailIntakeFlow::registerFromFile(QWidget* parent, MunicipalitySession& session, CaseNotifier& notifier,
                                        const QString& path, const Run& run, const Report& report) {
    if (session.database().isReadOnly()) {
        report(tr("E-mail niet geregistreerd"),
               tr("Het bestand is alleen te lezen; er kan niets worden geregistreerd."));
        return 0;
    }
    if (const Permission p = session.permissions().check(Action::RegisterCase); !p) {
        report(tr("E-mail niet geregistreerd"), p.reason);
        return 0;
    }
    const qint64 limit = qint64(session.settings().documentLimitMegabytes) * 1024 * 1024;
    const MailReader::Result read = MailFileReader().readFile(path, limit);
    if (!read.ok()) {
        report(tr("E-mail niet geregistreerd"), read.error);
        return 0;
    }
    IntakeDialog dialog(session, parent);
    dialog.fillFromMail(read.message);
    if (!run(dialog))
        return 0;
    const DocumentTextReader extractor;
    try {
        const Case c = MailIntake::registerCase(session, dialog.result(), read.message, dialog.chosenAttachments(),
                                                &extractor, dialog.firstContactMadeNow(), dialog.committeeReason());
        emit notifier.caseAdded(c.id);
        return c.id;
    } catch (const StorageError& e) {
        report(tr("E-mail niet geregistreerd"), e.message());
        return 0;
    }
}
