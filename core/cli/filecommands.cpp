// aantafel-cli init, demo, list and check: the commands that work on a municipality file.
#include "commands.h"
#include "jsonarraywriter.h"

#include "demo/demogenerator.h"
#include "domain/isodate.h"
#include "output/outputfile.h"
#include "session/municipalitysession.h"
#include "storage/deadlinestore.h"
#include "storage/integritycheck.h"
#include "storage/municipalityfile.h"
#include "users/identity.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace {

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n' << CliText::tr("Zie: aantafel-cli --help") << '\n';
    return Cli::UsageOrFile;
}

bool refuseExisting(const QString& path, CommandContext& ctx) {
    if (QFileInfo(path).isDir()) {
        ctx.err << CliText::tr("%1 is een map; geef een naam voor het nieuwe bestand. Er is niets gewijzigd.").arg(path)
                << '\n';
        return true;
    }
    if (!QFileInfo::exists(path))
        return false;
    ctx.err << CliText::tr("%1 bestaat al; kies een andere naam. Er is niets gewijzigd.").arg(path) << '\n';
    return true;
}

MunicipalitySettings demoSettings() {
    MunicipalitySettings s;
    s.name = QStringLiteral("Gemeente Voorbeeld");
    s.address = QStringLiteral("Postbus 1000\n1234 AB Voorbeeld");
    s.phone = QStringLiteral("14 0123");
    s.email = QStringLiteral("klachten@voorbeeld.nl");
    s.committee = true;
    return s;
}

// A command reads each page of the file about once: SQLite's own page cache (2 MB) serves it better
// than a window's (OpenOptions::cacheKiB).
constexpr int CommandCacheKiB = 2048;

QString klagerText(const Case& c) {
    return c.anonymous || c.klager.name.isEmpty() ? CliText::tr("(anoniem)") : c.klager.name;
}

} // namespace

std::unique_ptr<Database> Commands::openFile(const QString& path, CommandContext& ctx, bool readOnly) {
    try {
        OpenOptions options;
        options.readOnly = readOnly;
        options.cacheKiB = CommandCacheKiB;
        return Database::openAny(path, options);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return nullptr;
    }
}

int Commands::exitCodeFor(const StorageError& e) {
    switch (e.kind()) {
    case StorageError::Kind::NotFound:
    case StorageError::Kind::NotSQLite:
    case StorageError::Kind::NotOurs:
    case StorageError::Kind::Corrupt:
    case StorageError::Kind::Newer: return Cli::UsageOrFile;
    default: return Cli::Refused;
    }
}

std::unique_ptr<MunicipalitySession> Commands::openSession(const QString& path, CommandContext& ctx, bool readOnly,
                                                           int* code) {
    std::unique_ptr<Database> db = openFile(path, ctx, readOnly);
    if (!db) {
        *code = Cli::UsageOrFile;
        return nullptr;
    }
    auto session = std::make_unique<MunicipalitySession>(std::move(db), ctx.clock, ctx.user);
    if (const Permission who = Identity::resolve(*session, ctx.asLogin); !who) {
        ctx.err << who.reason << '\n';
        *code = Cli::Refused;
        return nullptr;
    }
    return session;
}

bool Commands::refuseOutput(const QString& out, const QString& input, CommandContext& ctx) {
    const QString refused = OutputFile::refusal(out, {input});
    if (refused.isEmpty())
        return false;
    ctx.err
        << CliText::tr("Kan %1 niet schrijven: %2. Er is niets gewijzigd.").arg(QDir::toNativeSeparators(out), refused)
        << '\n';
    return true;
}

int Commands::init(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--name")}, {QStringLiteral("--committee")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1 || a.value(QStringLiteral("--name")).trimmed().isEmpty())
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli init BESTAND --name NAAM [--committee]"));
    const QString path = a.positional().first();
    if (refuseExisting(path, ctx))
        return Cli::Refused;
    MunicipalitySettings settings;
    settings.name = a.value(QStringLiteral("--name")).trimmed();
    settings.committee = a.has(QStringLiteral("--committee"));
    try {
        MunicipalityFile::create(path, settings, ctx.user);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::UsageOrFile;
    }
    ctx.out << CliText::tr("%1 aangemaakt voor %2.").arg(path, settings.name) << '\n';
    return Cli::Ok;
}

int Commands::demo(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--cases"), QStringLiteral("--seed"), QStringLiteral("--years")}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx,
                          CliText::tr("Gebruik: aantafel-cli demo BESTAND [--cases N] [--seed S] [--years JAREN]"));
    DemoOptions options;
    if (a.has(QStringLiteral("--cases"))) {
        const auto n = a.integer(QStringLiteral("--cases"), 1, 1000000);
        if (!n)
            return usageError(ctx, a.error());
        options.cases = int(*n);
    }
    if (a.has(QStringLiteral("--seed"))) {
        const auto s = a.integer(QStringLiteral("--seed"), 0, 4294967295LL);
        if (!s)
            return usageError(ctx, a.error());
        options.seed = quint32(*s);
    }
    if (a.has(QStringLiteral("--years"))) {
        const auto y = a.integer(QStringLiteral("--years"), 1, DemoOptions::YearsAtMost);
        if (!y)
            return usageError(ctx, a.error());
        options.years = int(*y);
    }
    const QString path = a.positional().first();
    if (refuseExisting(path, ctx))
        return Cli::Refused;

    QElapsedTimer timer;
    timer.start();
    try {
        MunicipalitySession session(MunicipalityFile::create(path, demoSettings(), ctx.user), ctx.clock, ctx.user);
        DemoGenerator generator(session.engine(), ctx.clock, options.seed);
        generator.populate(session.database(), options);
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        QFile::remove(path); // a half-made demo file is of no use to anyone
        return Cli::UsageOrFile;
    }
    ctx.out << CliText::tr("%1 aangemaakt: Gemeente Voorbeeld met %2 zaken in %3 s.")
                   .arg(path)
                   .arg(options.cases)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << '\n';
    return Cli::Ok;
}

int Commands::list(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--search")}, {QStringLiteral("--open"), QStringLiteral("--json")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli list BESTAND [--open] [--search WOORDEN] [--json]"));
    auto db = openFile(a.positional().first(), ctx, true);
    if (!db)
        return Cli::UsageOrFile;
    MunicipalitySession session(std::move(db), ctx.clock, ctx.user);
    const DeadlineEngine& engine = session.engine();
    // The case list's own selection and search (SearchTerms), so the same words find the same cases.
    CaseSelection selection;
    selection.openOnly = a.has(QStringLiteral("--open"));
    selection.words = a.value(QStringLiteral("--search"));
    const QDate today = ctx.clock.today();
    const bool json = a.has(QStringLiteral("--json"));

    // The next deadlines as the file stores them with the cases, read with them.
    StoredDeadlineReader deadlines(engine, today);
    std::optional<JsonArrayWriter> rows;
    if (json)
        rows.emplace(ctx.out);
    qint64 count = 0;
    // The columns a line prints, without themes.
    session.cases().forEachWithNextDeadline(
        selection, CaseRow::Scope::Summary, [&](const Case& c, const std::optional<StoredDeadline>& stored) {
            ++count;
            const std::optional<Deadline> next = stored ? std::optional(deadlines.toDeadline(*stored)) : std::nullopt;
            if (json) {
                // The members in the order of their keys, the cheapest for JsonObjectText.
                JsonObjectText row;
                row.insert(QStringLiteral("channel"), EnumText::code(c.channel))
                    .insert(QStringLiteral("domain"), EnumText::code(c.domain))
                    .insert(QStringLiteral("handler"), c.handler)
                    .insert(QStringLiteral("kind"), EnumText::code(c.kind))
                    .insert(QStringLiteral("klager"), c.anonymous ? QString() : c.klager.name);
                if (next) {
                    JsonObjectText deadline;
                    deadline.insert(QStringLiteral("basis"), next->basis)
                        .insert(QStringLiteral("due"), IsoDate::text(next->due))
                        .insert(QStringLiteral("kind"), DeadlineText::code(next->kind))
                        .insert(QStringLiteral("status"), DeadlineText::code(next->status));
                    row.insert(QStringLiteral("next_deadline"), std::move(deadline));
                }
                row.insert(QStringLiteral("outcome"), EnumText::code(c.outcome))
                    .insert(QStringLiteral("phase"), EnumText::code(c.phase))
                    .insert(QStringLiteral("received"), IsoDate::text(c.received))
                    .insert(QStringLiteral("reference"), c.reference);
                rows->append(row);
                return;
            }
            ctx.out << c.reference << '\t' << IsoDate::text(c.received) << '\t' << EnumText::label(c.phase) << '\t'
                    << klagerText(c) << '\t' << (c.handler.isEmpty() ? CliText::tr("(niet toegewezen)") : c.handler);
            if (next) {
                ctx.out << '\t' << DeadlineText::label(next->kind) << ' ' << IsoDate::text(next->due) << " ("
                        << DeadlineText::label(next->status) << ')';
            }
            ctx.out << '\n';
        });
    if (rows)
        rows->finish();
    else
        ctx.out << CliText::tr("%n zaak/zaken", nullptr, int(count)) << '\n';
    return Cli::Ok;
}

int Commands::check(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli check BESTAND"));
    auto db = openFile(a.positional().first(), ctx, true);
    if (!db)
        return Cli::UsageOrFile;
    MunicipalitySession session(std::move(db), ctx.clock, ctx.user);
    const QStringList problems = IntegrityCheck::run(session.database(), session.workflow());
    // What a check of the team server leaves to the server, said every time: its pages are not the program's.
    const QString serverNote =
        session.database().isServer()
            ? CliText::tr("Op de teamserver controleert aantafel-cli de gegevens van het programma, niet de opslag van "
                          "de server zelf (pagina's, indexen): die bewaakt PostgreSQL, en de beheerder van de server "
                          "controleert ze met de middelen van PostgreSQL (bijvoorbeeld amcheck of een proef met "
                          "pg_dump).")
            : QString();
    if (problems.isEmpty()) {
        const qint64 cases = session.cases().count();
        ctx.out << CliText::tr("In orde: schema versie %1, %n zaak/zaken gecontroleerd, geen problemen gevonden.",
                               nullptr, int(cases))
                       .arg(session.database().schemaVersion())
                << '\n';
        if (!serverNote.isEmpty())
            ctx.out << serverNote << '\n';
        return Cli::Ok;
    }
    for (const QString& p : problems)
        ctx.out << p << '\n';
    if (!serverNote.isEmpty())
        ctx.out << serverNote << '\n';
    ctx.err << CliText::tr("%n probleem/problemen gevonden.", nullptr, int(problems.size())) << '\n';
    return Cli::Refused;
}
