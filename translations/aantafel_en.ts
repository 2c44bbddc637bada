<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Arguments</name>
    <message>
        <location filename="../core/cli/arguments.cpp" line="+29"/>
        <source>Optie %1 verwacht een waarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Onbekende optie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ongeldige datum bij %1: &apos;%2&apos;. Gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 verwacht een geheel getal van %2 tot en met %3, niet &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <location filename="../core/storage/calendarstore.cpp" line="+36"/>
        <source>Geef een geldige datum op voor de feestdag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is geen geldig jaar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../core/storage/caserepository.cpp" line="+42"/>
        <source>Zaak %1 bestaat niet (meer) in dit bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zaak %1 is intussen door iemand anders gewijzigd. Open de zaak opnieuw en breng uw wijziging nog eens aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zaak %1 heeft geen datum van ontvangst en kan niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zaak %1 is intussen door iemand anders gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+16"/>
        <source>De zaak bestaat niet (meer) in dit bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Zaak %1 is al opgeslagen; alleen nieuwe zaken kunnen in één keer worden toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Een thema heeft een naam nodig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <location filename="../core/storage/casewriter.cpp" line="+93"/>
        <source>De zaak heeft geen datum van ontvangst en kan niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+25"/>
        <source>Gebruik: aantafel-cli OPDRACHT [OPTIES]

Opdrachten:
  init BESTAND --name NAAM [--committee]
      Maak een nieuw gemeentebestand (.aantafel).
  demo BESTAND [--cases N] [--seed S]
      Maak een demogemeente met N gegenereerde zaken (standaard 300, hoogstens 1.000.000).
  deadlines --received JJJJ-MM-DD [--committee] [--conduct JJJJ-MM-DD] [--json]
      Bereken de termijnen van hoofdstuk 9 Awb voor een ontvangstdatum.
  list BESTAND [--open] [--json]
      Toon de zaken met hun eerstvolgende termijn.
  check BESTAND
      Controleer het bestand en of elke zaak klopt met de werkwijze.

Afsluitcodes: 0 in orde, 1 geweigerd of problemen gevonden, 2 verkeerd gebruik of bestand niet te openen.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Onbekende opdracht: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Onverwachte fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/deadlinecommand.cpp" line="+41"/>
        <source>Let op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gebruik: aantafel-cli deadlines --received JJJJ-MM-DD [--committee] [--conduct JJJJ-MM-DD] [--json] [--file BESTAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De datum van de gedraging (%1) ligt na de ontvangstdatum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>art. 9:11 lid 1 Awb: 10 weken (met klachtadviescommissie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art. 9:11 lid 1 Awb: 6 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (10 + 4 = 14 weken; geen verlenging door de Atw, art. 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (6 + 4 = 10 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:8 lid 3 Awb: schriftelijke kennisgeving van niet-behandelen binnen 4 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ontvangen: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdoening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na verdaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennisgeving niet-behandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De gedraging (%1) vond meer dan een jaar voor de indiening plaats: de klacht hoeft niet te worden behandeld (art. 9:8 lid 1 b Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De gedraging (%1) vond niet meer dan een jaar voor de indiening plaats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/filecommands.cpp" line="+24"/>
        <source>Zie: aantafel-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 bestaat al; kies een andere naam. Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(anoniem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gebruik: aantafel-cli init BESTAND --name NAAM [--committee]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 aangemaakt voor %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gebruik: aantafel-cli demo BESTAND [--cases N] [--seed S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 aangemaakt: Gemeente Voorbeeld met %2 zaken in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gebruik: aantafel-cli list BESTAND [--open] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(niet toegewezen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n zaak/zaken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gebruik: aantafel-cli check BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>In orde: schema versie %1, %n zaak/zaken gecontroleerd, geen problemen gevonden.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n probleem/problemen gevonden.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+40"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is geen Aan Tafel-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is beschadigd of onvolledig en kan niet worden geopend. Zet een reservekopie terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+108"/>
        <source>%1 is geen Aan Tafel-bestand: het is een database van een ander programma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1 bestaat al; kies een andere naam. Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 kan niet worden aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>De SQLite-databasedriver van Qt ontbreekt; %1 kan niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is beschadigd en kan niet worden geopend. Zet een reservekopie terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is gemaakt met een nieuwere versie van Aan Tafel (bestandsversie %2; deze versie kent tot en met %3). Werk Aan Tafel bij om het bestand te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is gemaakt met een oudere versie van Aan Tafel en moet eerst worden bijgewerkt. Open het bestand om te bewerken; alleen lezen kan nu niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 bestaat al; kies een andere naam voor de reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is niet geopend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message>
        <location filename="../core/deadlines/deadlineengine.cpp" line="+22"/>
        <source>bekendgemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (mondelinge klacht: naar analogie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gemeentelijk beleid (handreiking Nationale ombudsman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>art. 9:6 Awb; termijn volgens gemeentelijk beleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestuursorgaan bevestigt de ontvangst van een klaagschrift schriftelijk; de wet noemt geen termijn, de gemeente hanteert %1 werkdagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De gemeente neemt binnen %1 werkdagen persoonlijk contact op met de klager om te horen wat er is gebeurd en wat de klager wil bereiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>art. 9:8 lid 3 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie een klacht niet in behandeling neemt, laat dat de klager zo spoedig mogelijk en uiterlijk binnen vier weken na ontvangst schriftelijk weten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Met een klachtadviescommissie handelt het bestuursorgaan de klacht af binnen tien weken na ontvangst van het klaagschrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestuursorgaan handelt de klacht af binnen zes weken na ontvangst van het klaagschrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>art. 9:11 lid 1 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; verdaging gemeld op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:11 lid 2 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestuursorgaan kan de afhandeling voor ten hoogste vier weken verdagen, met schriftelijke mededeling aan de klager en de beklaagde; die vier weken tellen hier op bij de termijn vanaf de ontvangst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>schriftelijke instemming van de klager ontvangen op %1; afgesproken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>art. 9:11 lid 3 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verder uitstel van de afhandeling is alleen mogelijk voor zover de klager daarmee schriftelijk instemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hoorzitting gepland op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art. 9:10 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestuursorgaan stelt de klager en de beklaagde in de gelegenheid te worden gehoord en maakt van het horen een verslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nabellen gepland op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enige tijd na de informele oplossing vraagt de gemeente de klager hoe het nu gaat, zodat blijkt of de afspraken zijn nagekomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>de aanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>terugkoppeling gepland op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Na een warme overdracht aan %1 houdt de gemeente de regie en gaat zij na of de klacht is opgelost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>art. 6:7 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tegen de inhoud van een besluit staat bezwaar open binnen zes weken na de bekendmaking; wijs de klager op die termijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>afgedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art. 9:24 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De klager kan zich tot een jaar na de afdoening tot de ombudsman wenden; een later verzoek mag de ombudsman weigeren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <location filename="../core/deadlines/deadline.cpp" line="+6"/>
        <source>Ontvangstbevestiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kennisgeving niet-behandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afdoening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdaagde afdoening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesproken termijn (instemming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoorzitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nabellen &quot;hoe gaat het nu?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terugkoppeling warme overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bezwaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Termijn ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te laat gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ter informatie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../core/domain/enums.cpp" line="+109"/>
        <source>Signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mondelinge klacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaagschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Webformulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keukentafelgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via raadslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sociale media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wmo 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeugdwet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participatiewet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schuldhulpverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Luisteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warme overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nog geen uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar tevredenheid opgelost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gegrond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels gegrond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongegrond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen oordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet in behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Geen grond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 a Awb: de gedraging is al eerder als klacht behandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 b Awb: de gedraging vond langer dan een jaar voor indiening plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 c Awb: tegen de gedraging stond bezwaar open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 d Awb: tegen de gedraging staat of stond beroep open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 e Awb: de gedraging ligt of lag voor aan een rechter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 f Awb: strafrechtelijk onderzoek op last van de officier van justitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 2 Awb: belang of gewicht van de gedraging kennelijk onvoldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Geen uitzondering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klacht kennelijk ongegrond (art. 9:10 lid 2 a Awb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klager ziet af van horen (art. 9:10 lid 2 b Awb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klager reageerde niet binnen de gestelde termijn (art. 9:10 lid 2 c Awb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In een gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contactmoment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoorzitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fasewijziging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <location filename="../core/deadlines/holidaycalendar.cpp" line="+33"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Koningsdag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Hemelvaartsdag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Tweede Kerstdag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Nieuwjaarsdag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nieuwjaarsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goede Vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tweede Paasdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemelvaartsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tweede Pinksterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Koningsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Koninginnedag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevrijdingsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerste Kerstdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tweede Kerstdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> en </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <location filename="../core/workflow/intakeflags.cpp" line="+9"/>
        <source>art. 9:8 lid 1 b Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De gedraging (%1) vond meer dan een jaar voor indiening plaats: de klacht hoeft dan niet in behandeling te worden genomen. Gebeurt dat niet, dan moet dat de klager uiterlijk %2 schriftelijk worden meegedeeld (art. 9:8 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>art. 6:7 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De klacht gaat over de inhoud van een besluit: daarvoor is bezwaar de weg (hoofdstuk 6 Awb), niet de klachtprocedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum van bekendmaking is niet bekend: zoek die op, want de bezwaartermijn is zes weken na bekendmaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wijs de klager erop dat de bezwaartermijn loopt tot en met %1, zodat geen rechten verloren gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wijs de klager erop dat de bezwaartermijn vandaag (%1) afloopt, zodat geen rechten verloren gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De bezwaartermijn is op %1 verstreken; een later bezwaar is alleen ontvankelijk als de overschrijding verschoonbaar is (art. 6:11 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>art. 9:7 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De behandelaar (%1) is degene over wie geklaagd wordt. De klacht moet worden behandeld door iemand die niet bij de gedraging betrokken was: wijs een andere behandelaar toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>art. 9:6 Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een klaagschrift krijgt een schriftelijke ontvangstbevestiging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volgens de gemeentelijke termijn uiterlijk %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../core/storage/integritycheck.cpp" line="+57"/>
        <source>Bestand beschadigd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rij %1 van tabel %2 verwijst naar een rij in %3 die niet bestaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het bestand heeft niet het kenmerk van Aan Tafel (application_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het bestand heeft schemaversie %1; deze versie van Aan Tafel verwacht versie %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: verwijst naar een thema dat niet bestaat (nummer %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: onbekende waarde &apos;%2&apos; in %3.%4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+36"/>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volgende termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Over Aan Tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — Aan Tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 open van %3 zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(anoniem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Over Aan Tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Aan Tafel %1&lt;/h3&gt;&lt;p&gt;Klachtbehandeling voor gemeenten: eerst samen oplossen, zo nodig een standpunt, altijd ervan leren (hoofdstuk 9 Awb).&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU General Public License, versie 3 of later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalitySettingsStore</name>
    <message>
        <location filename="../core/storage/municipalitysettings.cpp" line="+108"/>
        <source>Het voorvoegsel van de zaaknummers mag niet leeg zijn en geen spaties bevatten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../core/storage/storageerror.cpp" line="+20"/>
        <source>%1 is in gebruik door een ander programma of een andere gebruiker. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De schijf is vol; er is niets gewijzigd. Maak ruimte vrij op de schijf van %1 en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 kan alleen worden gelezen; wijzigingen zijn niet mogelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is beschadigd en kan niet worden gebruikt. Zet een reservekopie terug of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De gegevens voldoen niet aan de regels van %1 en zijn niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fout bij het lezen of schrijven van %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermCalculator</name>
    <message>
        <location filename="../core/deadlines/termcalculator.cpp" line="+13"/>
        <location line="+8"/>
        <source>ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>%1 %2 + %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>; Atw art. 1: verschoven naar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; geen verschuiving: Atw art. 4 (termijn van meer dan twaalf weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 + 1 jaar = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (29 februari bestaat niet in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; geen verschuiving: Atw art. 4 (termijn van een jaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 werkdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; feestdagen overgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source> en </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor %1 zijn nog geen bij Koninklijk Besluit gelijkgestelde dagen vastgesteld (Atw art. 3 lid 3); de datum kan nog verschuiven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../core/workflow/workflow.cpp" line="+18"/>
        <source>Informeel oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opgelost naar tevredenheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formeel behandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet in behandeling nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doorverwijzen (warme overdracht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terugkoppeling aanbieder vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terug naar informele aanpak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoorzitting plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoorzitting vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afzien van horen vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instemming met verder uitstel vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afdoen (oordeel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerste contact vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontvangstbevestiging verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nabellen vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+237"/>
        <source>: van %1 naar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bevestiging door de klager: %1. Nabellen op %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. Schriftelijke kennisgeving verstuurd op %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aanbieder: %1. Terugkoppeling navragen op %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terugkoppeling van %1 ontvangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nieuwe afdoeningsdatum: %1 (art. 9:11 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdaging gemeld (art. 9:11 lid 2 Awb); nieuwe afdoeningsdatum: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oordeel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eerdere uitkomst: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/workflowconsistency.cpp" line="+19"/>
        <source>Het zaaknummer ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ontvangstdatum ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De zaak is open maar heeft al een uitkomst (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De zaak is open maar heeft een afsluitdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De zaak is afgesloten zonder uitkomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De zaak is afgesloten zonder afsluitdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De afsluitdatum ligt voor de ontvangstdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Niet in behandeling genomen zonder grond (art. 9:8 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet in behandeling genomen zonder datum van de schriftelijke kennisgeving (art. 9:8 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naar tevredenheid opgelost zonder vastgelegde bevestiging van de klager (art. 9:5 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oordeel (%1) zonder hoorzitting of vastgelegde reden om van horen af te zien (art. 9:10 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een signaal heeft een oordeel (%1), maar kent geen formele klachtprocedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uitkomst doorverwezen zonder vastgelegde terugkoppeling van de aanbieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uitkomst doorverwezen zonder aanbieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warme overdracht zonder aanbieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warme overdracht zonder datum om de terugkoppeling na te vragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instemming met verder uitstel of een afgesproken datum zonder verdaging (art. 9:11 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instemming met verder uitstel en de afgesproken datum horen samen te gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een signaal is verdaagd, maar kent geen afhandelingstermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een signaal staat in de fase %1, maar kent geen formele klachtprocedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workflow/workflowguards.cpp" line="+45"/>
        <source>“%1” kan alleen in de fase %2; deze zaak staat in de fase %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De zaak is afgesloten; heropen haar eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Een signaal kent geen formele klachtprocedure; registreer het als klacht om het formeel te behandelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Voor een signaal geldt geen afhandelingstermijn; verdagen is niet aan de orde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De behandeling is al op %1 verdaagd; verder uitstel kan alleen met schriftelijke instemming van de klager (art. 9:11 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instemming met verder uitstel is pas aan de orde als de behandeling al is verdaagd (art. 9:11 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een klacht kan pas worden afgedaan als de klager is gehoord of is vastgelegd waarom van horen is afgezien (art. 9:10 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De zaak is nog open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het eerste contact is al vastgelegd op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Een signaal krijgt geen ontvangstbevestiging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ontvangstbevestiging is al verstuurd op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nabellen hoort bij een zaak die naar tevredenheid is opgelost en afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is geen datum om na te bellen vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is al nagebeld op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De ontvangstdatum van de zaak ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vul een datum in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum van de hoorzitting ligt voor de ontvangstdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum ligt voor de ontvangstdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leg vast hoe de klager heeft bevestigd dat de klacht naar tevredenheid is opgelost (art. 9:5 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De datum om na te bellen ligt voor de datum van de oplossing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies de grond waarop de klacht niet in behandeling wordt genomen (art. 9:8 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vul de datum in waarop de klager schriftelijk is bericht dat de klacht niet in behandeling wordt genomen (art. 9:8 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De kennisgeving kan niet voor de ontvangstdatum zijn verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum van de kennisgeving ligt in de toekomst; leg het niet-behandelen vast zodra de kennisgeving is verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum van de gedraging is onbekend; zonder die datum is niet vast te stellen dat de gedraging langer dan een jaar voor indiening plaatsvond (art. 9:8 lid 1 b Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gedraging (%1) vond niet langer dan een jaar voor indiening (%2) plaats (art. 9:8 lid 1 b Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vul de aanbieder in aan wie de klacht wordt overgedragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum om de terugkoppeling na te vragen ligt voor de datum van de overdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies waarom van horen wordt afgezien (art. 9:10 lid 2 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De verdaging moet worden gemeld voordat de afhandelingstermijn verstrijkt: uiterlijk %1 (art. 9:11 lid 2 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vul de met de klager afgesproken afdoeningsdatum in (art. 9:11 lid 3 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De afgesproken datum moet na de geldende afdoeningsdatum (%1) liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies het oordeel: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk (art. 9:12 Awb).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+24"/>
        <source>Klachtbehandeling voor gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taal: nl of en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het gemeentebestand (.aantafel) om te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemeentebestand openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aan Tafel-bestanden (*.aantafel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bestand niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
