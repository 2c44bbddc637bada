#include "intakeflags.h"

#include "../i18n/languages.h"

QList<IntakeFlag> IntakeChecks::flagsFor(const Case& c, const DeadlineEngine& engine, QDate today) {
    QList<IntakeFlag> flags;

    if (c.conductDate.isValid() && c.received.isValid() &&
        TermCalculator::conductOlderThanOneYear(c.conductDate, c.received)) {
        const QDate noticeDue = engine.handlingTerms(c.received, c.committee).nonHandlingNotice.due;
        if (c.phase == Phase::Formal) {
            // The choice was made: the complaint is handled (refusal on lid 1 b is no longer offered).
            flags.append({IntakeFlagKind::ConductOlderThanOneYear,
                          tr("art. 9:8 lid 1 b Awb"),
                          tr("De gedraging (%1) vond meer dan een jaar voor indiening plaats. Er is gekozen de klacht "
                             "toch te behandelen; zij wordt formeel behandeld.")
                              .arg(TermCalculator::shortDate(c.conductDate)),
                          {}});
        } else {
            flags.append(
                {IntakeFlagKind::ConductOlderThanOneYear, tr("art. 9:8 lid 1 b Awb"),
                 tr("De gedraging (%1) vond meer dan een jaar voor indiening plaats. U mag de klacht daarom "
                    "weigeren, maar hoeft dat niet; de handreiking van de Nationale ombudsman raadt aan haar "
                    "toch te behandelen. Kiest u voor weigeren, laat de klager dat dan uiterlijk %2 schriftelijk "
                    "weten (art. 9:8 lid 3 Awb).")
                     .arg(TermCalculator::shortDate(c.conductDate), TermCalculator::shortDate(noticeDue)),
                 noticeDue});
        }
    }

    if (c.aboutDecisionContent) {
        IntakeFlag flag{IntakeFlagKind::AboutDecisionContent, tr("art. 6:7 Awb"), {}, {}};
        const QString route = tr("De klacht gaat over de inhoud van een besluit: daarvoor is bezwaar de weg "
                                 "(hoofdstuk 6 Awb), niet de klachtprocedure.");
        if (!c.decisionPublished.isValid()) {
            flag.message = route + u' ' +
                           tr("De datum van bekendmaking is niet bekend: zoek die op, want de bezwaartermijn is zes "
                              "weken na bekendmaking.");
        } else {
            flag.date = engine.objectionTerm(c.decisionPublished).due;
            QString term;
            if (today < flag.date)
                term = tr("Wijs de klager erop dat de bezwaartermijn loopt tot en met %1, zodat geen rechten "
                          "verloren gaan.");
            else if (today == flag.date)
                term = tr("Wijs de klager erop dat de bezwaartermijn vandaag (%1) afloopt, zodat geen rechten "
                          "verloren gaan.");
            else
                term = tr("De bezwaartermijn is op %1 verstreken; een later bezwaar is alleen ontvankelijk als de "
                          "overschrijding verschoonbaar is (art. 6:11 Awb).");
            flag.message = route + u' ' + term.arg(TermCalculator::shortDate(flag.date));
        }
        flags.append(flag);
    }

    const QString handler = c.handler.simplified();
    if (!handler.isEmpty() && handler.compare(c.subject.employee.simplified(), Qt::CaseInsensitive) == 0) {
        flags.append({IntakeFlagKind::HandlerInvolved,
                      tr("art. 9:7 Awb"),
                      tr("De behandelaar (%1) is degene over wie geklaagd wordt. De klacht moet worden behandeld "
                         "door iemand die niet bij de gedraging betrokken was: wijs een andere behandelaar toe.")
                          .arg(handler),
                      {}});
    }

    if (c.kind == CaseKind::WrittenComplaint && !c.acknowledgementSent.isValid()) {
        IntakeFlag flag{IntakeFlagKind::AcknowledgementDue,
                        tr("art. 9:6 Awb"),
                        tr("Een klaagschrift krijgt een schriftelijke ontvangstbevestiging."),
                        {}};
        if (c.received.isValid()) {
            flag.date = engine.calculator().addWorkingDays(c.received, engine.terms().acknowledgementWorkingDays).due;
            flag.message +=
                u' ' + tr("Volgens de gemeentelijke termijn uiterlijk %1.").arg(TermCalculator::shortDate(flag.date));
        }
        flags.append(flag);
    }

    if (c.kind == CaseKind::WrittenComplaint) {
        QStringList missing;
        if (c.anonymous || c.klager.name.trimmed().isEmpty())
            missing << tr("de naam van de indiener");
        if (c.anonymous || c.klager.address.trimmed().isEmpty())
            missing << tr("het adres van de indiener");
        if (!c.klaagschriftDated.isValid())
            missing << tr("de dagtekening");
        if (c.story.trimmed().isEmpty())
            missing << tr("een omschrijving van de gedraging");
        if (!missing.isEmpty())
            flags.append({IntakeFlagKind::KlaagschriftIncomplete,
                          tr("art. 9:4 lid 2 Awb"),
                          tr("Het klaagschrift mist %1. Een klaagschrift bevat ten minste naam en adres van de "
                             "indiener, de dagtekening en een omschrijving van de gedraging; vraag de klager het aan "
                             "te vullen.")
                              .arg(Languages::locale().createSeparatedList(missing)),
                          {}});
    }

    if (!c.subject.provider.trimmed().isEmpty() && !c.aboutRegie) {
        flags.append({IntakeFlagKind::ProviderComplaint,
                      tr("Wmo 2015, Jeugdwet, Wkkgz"),
                      tr("De klacht gaat over %1, een gecontracteerde aanbieder. Voor klachten over diens zorg of "
                         "ondersteuning gelden de klachtregels van de aanbieder: draag de klacht warm over en houd de "
                         "regie. Gaat de klacht over hoe de gemeente zelf de regie voert, leg dat dan vast; alleen "
                         "dan behandelt de gemeente haar formeel.")
                          .arg(c.subject.provider.trimmed()),
                      {}});
    }
    return flags;
}
