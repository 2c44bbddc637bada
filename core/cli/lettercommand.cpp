// aantafel-cli letter: composes one letter of a case exactly as the GUI prints it (LetterComposer),
// refuses when the content check fails (exit 1, the reasons on stderr, no file written), and writes
// it as a PDF through the PdfOutput the entry point provides. With --record the letter is also
// recorded as sent (LetterSender), which marks the deadline it meets.
#include "commands.h"

#include "letters/lettercomposer.h"
#include "letters/lettersender.h"
#include "session/municipalitysession.h"
#include "storage/database.h"

#include <QFile>

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    QStringList codes;
    for (LetterType type : LetterTypes::all())
        codes << LetterTypes::code(type);
    ctx.err << message << '\n'
            << CliText::tr("Gebruik: aantafel-cli letter BESTAND --case KENMERK --type SOORT --pdf UIT.pdf "
                           "[--date JJJJ-MM-DD] [--ground GROND] [--record]")
            << '\n'
            << CliText::tr("Soorten: %1").arg(codes.join(QStringLiteral(", "))) << '\n';
    return Cli::UsageOrFile;
}

// What the command line asks for, read and checked before the file is opened.
struct LetterRequest {
    LetterType type = LetterType::Acknowledgement;
    QDate date;
    std::optional<NonHandlingGround> ground;
    bool record = false;
    QString pdf;
    QString input;
    QString reference;
};

// Cli::Ok with the request filled in, or the exit code of a usage error (already reported).
int readRequest(Arguments& a, CommandContext& ctx, LetterRequest& request) {
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Geef precies één gemeentebestand op."));
    for (const char* required : {"--case", "--type", "--pdf"}) {
        if (a.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return usageError(ctx, CliText::tr("Optie %1 is verplicht.").arg(QString::fromLatin1(required)));
    }
    const std::optional<LetterType> type = LetterTypes::fromCode(a.value(QStringLiteral("--type")));
    if (!type)
        return usageError(ctx, CliText::tr("Onbekende briefsoort: %1").arg(a.value(QStringLiteral("--type"))));
    request.type = *type;
    request.date = ctx.clock.today();
    if (a.has(QStringLiteral("--date"))) {
        const std::optional<QDate> date = a.date(QStringLiteral("--date"));
        if (!date)
            return usageError(ctx, a.error());
        request.date = *date;
    }
    if (a.has(QStringLiteral("--ground"))) {
        request.ground = EnumText::fromCode<NonHandlingGround>(a.value(QStringLiteral("--ground")));
        if (!request.ground || *request.ground == NonHandlingGround::None) {
            QStringList codes;
            for (NonHandlingGround g : EnumText::all<NonHandlingGround>()) {
                if (g != NonHandlingGround::None)
                    codes << EnumText::code(g);
            }
            return usageError(ctx, CliText::tr("Onbekende grond: %1 (mogelijk: %2)")
                                       .arg(a.value(QStringLiteral("--ground")), codes.join(QStringLiteral(", "))));
        }
    }
    request.record = a.has(QStringLiteral("--record"));
    request.pdf = a.value(QStringLiteral("--pdf"));
    request.input = a.positional().first();
    request.reference = a.value(QStringLiteral("--case")).trimmed();
    return Cli::Ok;
}

// Composes the letter, writes the PDF and, with --record, records it as sent: nothing is written when
// the letter may not be recorded or its content check fails, and nothing is left when recording fails.
int writeLetter(MunicipalitySession& session, const Case& c, const LetterRequest& request, CommandContext& ctx) {
    // Said before anything is drawn: a letter that may not be recorded is not written either.
    if (request.record) {
        if (const Permission p = LetterSender::mayRecord(session, c, request.type); !p) {
            ctx.err << p.reason << '\n';
            return Cli::Refused;
        }
    }
    const ComposedLetter letter = LetterComposer(session).compose(c, request.type, request.date);
    if (!letter.mayFinalise()) {
        ctx.err << CliText::tr("De brief (%1) kan niet worden opgemaakt:").arg(LetterTypes::label(request.type))
                << '\n';
        for (const QString& missing : letter.check.missing)
            ctx.err << "  - " << missing << '\n';
        return Cli::Refused;
    }
    for (const QString& warning : letter.check.warnings)
        ctx.err << CliText::tr("Let op: %1").arg(warning) << '\n';
    if (!ctx.services.letterPdf) {
        ctx.err << CliText::tr("Deze uitvoering van aantafel-cli kan geen PDF maken; de brief is niet geschreven.")
                << '\n';
        return Cli::Refused;
    }
    const QString failure = ctx.services.letterPdf->write(letter.job, request.pdf, {request.input});
    if (!failure.isEmpty()) {
        ctx.err << failure << '\n';
        return Cli::Refused;
    }
    if (request.record) {
        try {
            LetterSender(session).send(letter, nullptr, ctx.services.letterPdf);
        } catch (const StorageError& e) {
            // Not recorded, so no PDF either: what is on disk is what the file says was sent.
            QFile::remove(request.pdf);
            ctx.err << e.message() << '\n';
            return Cli::Refused;
        }
    }
    ctx.out << CliText::tr("%1 voor zaak %2 (aan %3) geschreven naar %4.")
                   .arg(LetterTypes::label(request.type), letter.reference, letter.recipient, request.pdf)
            << '\n';
    if (request.record)
        ctx.out << CliText::tr("De brief is als verstuurd vastgelegd in de tijdlijn van de zaak.") << '\n';
    return Cli::Ok;
}

} // namespace

int Commands::letter(const QStringList& args, CommandContext& ctx) {
    Arguments a(args,
                {QStringLiteral("--case"), QStringLiteral("--type"), QStringLiteral("--pdf"), QStringLiteral("--date"),
                 QStringLiteral("--ground")},
                {QStringLiteral("--record")});
    LetterRequest request;
    if (const int code = readRequest(a, ctx, request); code != Cli::Ok)
        return code;
    if (refuseOutput(request.pdf, request.input, ctx))
        return Cli::UsageOrFile;

    int code = Cli::Ok;
    std::unique_ptr<MunicipalitySession> opened = openSession(request.input, ctx, !request.record, &code);
    if (!opened)
        return code;
    std::optional<Case> c = opened->cases().findByReference(request.reference);
    if (!c) {
        ctx.err << CliText::tr("Zaak %1 bestaat niet in dit register.").arg(a.value(QStringLiteral("--case"))) << '\n';
        return Cli::UsageOrFile;
    }
    if (request.ground) {
        // The ground being recorded with the notice; an already recorded ground is the one the letter names.
        if (c->nonHandlingGround != NonHandlingGround::None && c->nonHandlingGround != *request.ground) {
            ctx.err << CliText::tr("De zaak heeft al een andere grond: %1").arg(EnumText::label(c->nonHandlingGround))
                    << '\n';
            return Cli::Refused;
        }
        c->nonHandlingGround = *request.ground;
    }
    return writeLetter(*opened, *c, request, ctx);
}
