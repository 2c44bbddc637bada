// aantafel-cli deadlines: the Awb chapter 9 calculator for one receipt date, as text or JSON.
// It needs no municipality file: it uses the statutory holidays and the shipped decreed days,
// or those of --file when given.
#include "commands.h"

#include "deadlines/deadlineengine.h"
#include "deadlines/termcalculator.h"
#include "storage/calendarstore.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString longDate(QDate date) {
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QJsonObject termJson(const CountedDate& term, const QString& basis) {
    QJsonObject o{{QStringLiteral("due"), term.due.toString(Qt::ISODate)},
                  {QStringLiteral("nominal"), term.nominal.toString(Qt::ISODate)},
                  {QStringLiteral("extended_by_atw"), term.extended},
                  {QStringLiteral("basis"), basis},
                  {QStringLiteral("counting"), term.counting}};
    if (!term.warning.isEmpty())
        o.insert(QStringLiteral("warning"), term.warning);
    return o;
}

void printTerm(QTextStream& out, const QString& label, const CountedDate& term, const QString& basis) {
    out << label << ": " << term.due.toString(Qt::ISODate) << " (" << longDate(term.due) << ")\n"
        << "    " << basis << '\n'
        << "    " << term.counting << '\n';
    if (!term.warning.isEmpty())
        out << "    " << CliText::tr("Let op: %1").arg(term.warning) << '\n';
}

} // namespace

int Commands::deadlines(const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--received"), QStringLiteral("--conduct"), QStringLiteral("--file")},
                {QStringLiteral("--committee"), QStringLiteral("--json")});
    if (!a.ok() || !a.positional().isEmpty() || !a.has(QStringLiteral("--received"))) {
        ctx.err << (a.ok() ? CliText::tr("Gebruik: aantafel-cli deadlines --received JJJJ-MM-DD [--committee] "
                                         "[--conduct JJJJ-MM-DD] [--json] [--file BESTAND]")
                           : a.error())
                << '\n';
        return Cli::UsageOrFile;
    }
    const std::optional<QDate> received = a.date(QStringLiteral("--received"));
    std::optional<QDate> conduct;
    if (received && a.has(QStringLiteral("--conduct")))
        conduct = a.date(QStringLiteral("--conduct"));
    if (!a.ok()) {
        ctx.err << a.error() << '\n';
        return Cli::UsageOrFile;
    }
    if (conduct && *conduct > *received) {
        ctx.err << CliText::tr("De datum van de gedraging (%1) ligt na de ontvangstdatum (%2).")
                       .arg(conduct->toString(Qt::ISODate), received->toString(Qt::ISODate))
                << '\n';
        return Cli::UsageOrFile;
    }

    HolidayCalendar calendar;
    if (a.has(QStringLiteral("--file"))) {
        auto db = openFile(a.value(QStringLiteral("--file")), ctx, true);
        if (!db)
            return Cli::UsageOrFile;
        calendar = CalendarStore(*db).load();
    }
    const bool committee = a.has(QStringLiteral("--committee"));
    const DeadlineEngine engine(calendar);
    const HandlingTerms terms = engine.handlingTerms(*received, committee);
    const QString handlingBasis = committee ? CliText::tr("art. 9:11 lid 1 Awb: 10 weken (met klachtadviescommissie)")
                                            : CliText::tr("art. 9:11 lid 1 Awb: 6 weken");
    const QString extendedBasis = committee
                                      ? CliText::tr("art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (10 + 4 = "
                                                    "14 weken; geen verlenging door de Atw, art. 4)")
                                      : CliText::tr("art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (6 + 4 = "
                                                    "10 weken)");
    const QString noticeBasis = CliText::tr("art. 9:8 lid 3 Awb: schriftelijke kennisgeving van niet-behandelen "
                                            "binnen 4 weken");
    const bool older = conduct && TermCalculator::conductOlderThanOneYear(*conduct, *received);

    if (a.has(QStringLiteral("--json"))) {
        QJsonObject o{
            {QStringLiteral("received"), received->toString(Qt::ISODate)},
            {QStringLiteral("committee"), committee},
            {QStringLiteral("handling_due"), terms.handling.due.toString(Qt::ISODate)},
            {QStringLiteral("handling_due_extended"), terms.handlingExtended.due.toString(Qt::ISODate)},
            {QStringLiteral("non_handling_notice_due"), terms.nonHandlingNotice.due.toString(Qt::ISODate)},
            {QStringLiteral("terms"),
             QJsonObject{{QStringLiteral("handling"), termJson(terms.handling, handlingBasis)},
                         {QStringLiteral("handling_extended"), termJson(terms.handlingExtended, extendedBasis)},
                         {QStringLiteral("non_handling_notice"), termJson(terms.nonHandlingNotice, noticeBasis)}}}};
        if (conduct) {
            o.insert(QStringLiteral("conduct"), conduct->toString(Qt::ISODate));
            o.insert(QStringLiteral("conduct_older_than_one_year"), older);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }

    ctx.out << CliText::tr("Ontvangen: %1 (%2)").arg(received->toString(Qt::ISODate), longDate(*received)) << '\n';
    printTerm(ctx.out, CliText::tr("Afdoening"), terms.handling, handlingBasis);
    printTerm(ctx.out, CliText::tr("Na verdaging"), terms.handlingExtended, extendedBasis);
    printTerm(ctx.out, CliText::tr("Kennisgeving niet-behandelen"), terms.nonHandlingNotice, noticeBasis);
    if (conduct) {
        ctx.out << (older ? CliText::tr("De gedraging (%1) vond meer dan een jaar voor de indiening plaats: de klacht "
                                        "hoeft niet te worden behandeld (art. 9:8 lid 1 b Awb).")
                          : CliText::tr("De gedraging (%1) vond niet meer dan een jaar voor de indiening plaats."))
                       .arg(conduct->toString(Qt::ISODate))
                << '\n';
    }
    return Cli::Ok;
}
