<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../ui/casefile/actionbar.cpp" line="+10"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>otmlbwh</source>
        <comment>mnemonic letters taken by the case file tabs and the main menus, in this language</comment>
        <translation>otdlfehcv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skgdeanvuz</source>
        <comment>mnemonic letters of the Overzicht fields, in this language</comment>
        <translation>yarumiws</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <location filename="../core/cli/arguments.cpp" line="+28"/>
        <source>Optie %1 verwacht een waarde.</source>
        <translation>Option %1 expects a value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Onbekende optie: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ongeldige datum bij %1: &apos;%2&apos;. Gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-07.</source>
        <translation>Invalid date for %1: &apos;%2&apos;. Use YYYY-MM-DD, for example 2025-03-07.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 verwacht een geheel getal van %2 tot en met %3, niet &apos;%4&apos;.</source>
        <translation>%1 expects a whole number from %2 to %3 inclusive, not &apos;%4&apos;.</translation>
    </message>
</context>
<context>
    <name>BannerBar</name>
    <message>
        <location filename="../ui/shell/bannerbar.cpp" line="+30"/>
        <source>Meldingen</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Melding sluiten</source>
        <translation>Close notification</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <location filename="../core/storage/calendarstore.cpp" line="+36"/>
        <source>Geef een geldige datum op voor de feestdag.</source>
        <translation>Enter a valid date for the public holiday.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is geen geldig jaar.</source>
        <translation>%1 is not a valid year.</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <location filename="../ui/commands/casecommands.cpp" line="+30"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw uitgevoerd: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„%1” kon niet ongedaan worden gemaakt.</source>
        <translation>“%1” could not be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„%1” kon niet opnieuw worden uitgevoerd.</source>
        <translation>“%1” could not be redone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zaak %1 is intussen gewijzigd (%2); die wijziging blijft staan.</source>
        <translation>Case %1 has been changed in the meantime (%2); that change has been kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zaak %1 is na de registratie gewijzigd of aangevuld door een ander; de registratie blijft staan.</source>
        <translation>Case %1 has been changed or added to by someone else since it was registered; the registration has been kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De zaak is nog niet opgeslagen.</source>
        <translation>The case has not been saved yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zaak %1 is al geregistreerd.</source>
        <translation>Case %1 has already been registered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zaak registreren</source>
        <translation>Register case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdlijn: %1</source>
        <translation>Timeline: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 van %2 („%3”)</source>
        <translation>%1 of %2 (“%3”)</translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <location filename="../ui/casefile/casefilewidget.cpp" line="+42"/>
        <source>Zaakdossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Onderdelen van het dossier</source>
        <translation>Sections of the case file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;mijnen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leren</source>
        <translation>&amp;Learning</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Verwijderde zaak</source>
        <translation>Deleted case</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Deze zaak bestaat niet (meer) in het bestand. Als u de registratie ongedaan hebt gemaakt, brengt Opnieuw uitvoeren haar terug.</source>
        <translation>This case does not exist (any more) in the file. If you undid the registration, Redo will bring it back.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 kan niet: %2</source>
        <translation>“%1” is not possible: %2</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../ui/casefile/caseheader.cpp" line="+23"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gegevens van de zaak</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ontvangen %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fase: %1</source>
        <translation>phase: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uitkomst: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>afgesloten %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>behandelaar: %1</source>
        <translation>case officer: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen openstaande termijn</source>
        <translation>No pending deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geen termijnen meer open</source>
        <translation>No deadlines left open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volgende termijn, %1</source>
        <translation>Next deadline, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berekening: %1</source>
        <translation>Calculation: %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../ui/caselist/caselistcells.cpp" line="+73"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betreft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aanbieder, afdeling of regeling waarover geklaagd wordt, en de thema&apos;s</source>
        <translation>Provider, department or arrangement complained about, and the themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De eerstvolgende termijn die de gemeente moet halen</source>
        <translation>The next deadline the municipality has to meet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1
namens de klager: %2 (%3)</source>
        <translation>%1
on behalf of the complainant: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domein: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afdeling: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medewerker: %1</source>
        <translation>Employee: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aanbieder: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemeenschappelijke regeling: %1</source>
        <translation>Joint arrangement: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thema&apos;s: %1</source>
        <translation>Themes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen openstaande termijn</source>
        <translation>No pending deadline</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../ui/caselist/caselistviews.cpp" line="+26"/>
        <source>Standaardweergave</source>
        <translation>Default view</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+6"/>
        <location filename="../ui/caselist/caselistwidget.cpp" line="+117"/>
        <source>Weergave opslaan</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Naam van de weergave:</source>
        <translation>Name of the view:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Er is al een weergave &quot;%1&quot;. Wilt u die vervangen?</source>
        <translation>There is already a view &quot;%1&quot;. Do you want to replace it?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/caselist/caselistwidget.cpp" line="+5"/>
        <source>Weergave verwijderen</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>De weergave &quot;%1&quot; verwijderen?</source>
        <translation>Delete the view &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistwidget.cpp" line="-19"/>
        <source>Zoek in verhaal, notities, namen…</source>
        <translation>Search accounts, notes, names…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoeken in zaken</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elk woord moet voorkomen, als woord of begin van een woord; accenten tellen niet mee. Pijl omlaag gaat naar de lijst.</source>
        <translation>Every word must appear, as a whole word or the start of a word; accents are ignored. Down arrow moves to the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opgeslagen weergave</source>
        <translation>Saved view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aangepaste weergave</source>
        <translation>Custom view</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opslaan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters, zoekwoorden en sortering opslaan als weergave</source>
        <translation>Save filters, search terms and sorting as a view</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De gekozen opgeslagen weergave verwijderen</source>
        <translation>Delete the selected saved view</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mijn zaken</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alleen zaken waarvan u de behandelaar bent</source>
        <translation>Only cases for which you are the case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alleen zaken die nog niet zijn afgesloten</source>
        <translation>Only cases that have not been closed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alleen zaken waarvan de volgende termijn is verstreken</source>
        <translation>Only cases whose next deadline has passed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aantal zaken</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Weergave:</source>
        <translation>Vie&amp;w:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opent de gekozen zaak.</source>
        <translation>Enter opens the selected case.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+129"/>
        <source>Geen zaken gevonden</source>
        <translation>No cases found</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Fout bij lezen</source>
        <translation>Read error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 zaak</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 zaken</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De zaken konden niet worden gelezen.</source>
        <translation>The cases could not be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bestand bevat nog geen zaken.</source>
        <translation>This file does not contain any cases yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de filters of de zoekwoorden aan.</source>
        <translation>Adjust the filters or the search terms.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../core/storage/caserepository.cpp" line="+46"/>
        <source>Zaak %1 bestaat niet (meer) in dit bestand.</source>
        <translation>Case %1 does not exist (any more) in this file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zaak %1 is intussen door iemand anders gewijzigd. Open de zaak opnieuw en breng uw wijziging nog eens aan.</source>
        <translation>Case %1 has been changed by someone else in the meantime. Open the case again and re-enter your change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zaak %1 heeft geen datum van ontvangst en kan niet worden opgeslagen.</source>
        <translation>Case %1 has no date of receipt and cannot be saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zaak %1 is intussen door iemand anders gewijzigd.</source>
        <translation>Case %1 has been changed by someone else in the meantime.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <location line="+13"/>
        <source>De zaak bestaat niet (meer) in dit bestand.</source>
        <translation>The case does not exist (any more) in this file.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Zaak %1 is al opgeslagen; alleen nieuwe zaken kunnen in één keer worden toegevoegd.</source>
        <translation>Case %1 has already been saved; only new cases can be added in one go.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Een thema heeft een naam nodig.</source>
        <translation>A theme needs a name.</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <location filename="../ui/commands/casestate.cpp" line="+22"/>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ontvangstdatum</source>
        <translation>date of receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datum gedraging</source>
        <translation>date of conduct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>klager</source>
        <translation>complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertegenwoordiger</source>
        <translation>representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over wie</source>
        <translation>about whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verhaal</source>
        <translation>account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewenste uitkomst</source>
        <translation>desired outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behandelaar</source>
        <translation>case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>klachtadviescommissie</source>
        <translation>complaints advisory committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhoud besluit</source>
        <translation>content of decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bekendmaking besluit</source>
        <translation>notification of decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uitkomst</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datum afsluiting</source>
        <translation>closing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bevestiging door de klager</source>
        <translation>confirmation by the complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grond niet-behandelen</source>
        <translation>ground for non-handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kennisgeving niet-behandelen</source>
        <translation>non-handling notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement of receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eerste contact</source>
        <translation>first contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verdaging</source>
        <translation>adjournment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instemming met uitstel</source>
        <translation>consent to delay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgesproken afdoeningsdatum</source>
        <translation>agreed final response date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geplande hoorzitting</source>
        <translation>planned hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gehouden hoorzitting</source>
        <translation>hearing held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afzien van horen</source>
        <translation>dispensing with hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aanbieder</source>
        <translation>provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navragen terugkoppeling</source>
        <translation>feedback check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terugkoppeling aanbieder</source>
        <translation>provider feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nabellen gepland</source>
        <translation>follow-up call planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nagebeld</source>
        <translation>follow-up call made</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <location filename="../core/storage/casewriter.cpp" line="+93"/>
        <source>De zaak heeft geen datum van ontvangst en kan niet worden opgeslagen.</source>
        <translation>The case has no date of receipt and cannot be saved.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+23"/>
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
  due BESTAND [--within DAGEN] [--handler NAAM] [--format text|csv|json]
      Termijnoverzicht: alle openstaande termijnen per urgentie (te laat, vandaag, deze week,
      later) en de werklast per behandelaar.

Afsluitcodes: 0 in orde, 1 geweigerd of problemen gevonden, 2 verkeerd gebruik of bestand niet te openen.
</source>
        <translation>Usage: aantafel-cli COMMAND [OPTIONS]

Commands:
  init FILE --name NAME [--committee]
      Create a new municipality file (.aantafel).
  demo FILE [--cases N] [--seed S]
      Create a demo municipality with N generated cases (default 300, at most 1,000,000).
  deadlines --received YYYY-MM-DD [--committee] [--conduct YYYY-MM-DD] [--json]
      Calculate the Chapter 9 Awb deadlines for a date of receipt.
  list FILE [--open] [--json]
      Show the cases with their next deadline.
  check FILE
      Check the file and whether every case is consistent with the workflow.
  due FILE [--within DAYS] [--handler NAME] [--format text|csv|json]
      Deadline overview: all pending deadlines by urgency (overdue, today, this week,
      later) and the workload per case officer.

Exit codes: 0 OK, 1 refused or problems found, 2 incorrect usage or file cannot be opened.
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Onbekende opdracht: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Onverwachte fout: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/deadlinecommand.cpp" line="+38"/>
        <source>Let op: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gebruik: aantafel-cli deadlines --received JJJJ-MM-DD [--committee] [--conduct JJJJ-MM-DD] [--json] [--file BESTAND]</source>
        <translation>Usage: aantafel-cli deadlines --received YYYY-MM-DD [--committee] [--conduct YYYY-MM-DD] [--json] [--file FILE]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De datum van de gedraging (%1) ligt na de ontvangstdatum (%2).</source>
        <translation>The date of the conduct (%1) is after the date of receipt (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>art. 9:11 lid 1 Awb: 10 weken (met klachtadviescommissie)</source>
        <translation>Art. 9:11(1) Awb: 10 weeks (with complaints advisory committee)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art. 9:11 lid 1 Awb: 6 weken</source>
        <translation>Art. 9:11(1) Awb: 6 weeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (10 + 4 = 14 weken; geen verlenging door de Atw, art. 4)</source>
        <translation>Art. 9:11(2) Awb: adjournment by at most 4 weeks (10 + 4 = 14 weeks; no extension under the Atw, Art. 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (6 + 4 = 10 weken)</source>
        <translation>Art. 9:11(2) Awb: adjournment by at most 4 weeks (6 + 4 = 10 weeks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:8 lid 3 Awb: schriftelijke kennisgeving van niet-behandelen binnen 4 weken</source>
        <translation>Art. 9:8(3) Awb: written notice of non-handling within 4 weeks</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ontvangen: %1 (%2)</source>
        <translation>Received: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdoening</source>
        <translation>Final response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na verdaging</source>
        <translation>After adjournment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennisgeving niet-behandelen</source>
        <translation>Non-handling notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De gedraging (%1) vond meer dan een jaar voor de indiening plaats: de klacht hoeft niet te worden behandeld (art. 9:8 lid 1 b Awb).</source>
        <translation>The conduct (%1) took place more than a year before the complaint was submitted: the complaint need not be dealt with (Art. 9:8(1)(b) Awb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De gedraging (%1) vond niet meer dan een jaar voor de indiening plaats.</source>
        <translation>The conduct (%1) took place no more than a year before the complaint was submitted.</translation>
    </message>
    <message>
        <location filename="../core/cli/filecommands.cpp" line="+18"/>
        <source>Zie: aantafel-cli --help</source>
        <translation>See: aantafel-cli --help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bestaat al; kies een andere naam. Er is niets gewijzigd.</source>
        <translation>%1 already exists; choose a different name. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(anoniem)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gebruik: aantafel-cli init BESTAND --name NAAM [--committee]</source>
        <translation>Usage: aantafel-cli init FILE --name NAME [--committee]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 aangemaakt voor %2.</source>
        <translation>%1 created for %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gebruik: aantafel-cli demo BESTAND [--cases N] [--seed S]</source>
        <translation>Usage: aantafel-cli demo FILE [--cases N] [--seed S]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 aangemaakt: Gemeente Voorbeeld met %2 zaken in %3 s.</source>
        <translation>%1 created: Gemeente Voorbeeld with %2 cases in %3 s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gebruik: aantafel-cli list BESTAND [--open] [--json]</source>
        <translation>Usage: aantafel-cli list FILE [--open] [--json]</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(niet toegewezen)</source>
        <translation>(not assigned)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n zaak/zaken</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gebruik: aantafel-cli check BESTAND</source>
        <translation>Usage: aantafel-cli check FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In orde: schema versie %1, %n zaak/zaken gecontroleerd, geen problemen gevonden.</source>
        <translation>
            <numerusform>OK: schema version %1, %n case checked, no problems found.</numerusform>
            <numerusform>OK: schema version %1, %n cases checked, no problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n probleem/problemen gevonden.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/duecommand.cpp" line="+25"/>
        <source>Gebruik: aantafel-cli due BESTAND [--within DAGEN] [--handler NAAM] [--format text|csv|json]</source>
        <translation>Usage: aantafel-cli due FILE [--within DAYS] [--handler NAME] [--format text|csv|json]</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Termijnoverzicht %1</source>
        <translation>Deadline overview %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peildatum: %1</source>
        <translation>Reference date: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · termijnen tot en met %1 dagen vooruit</source>
        <translation> · deadlines up to %1 days ahead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · behandelaar: %1</source>
        <translation> · case officer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(&quot;deze week&quot;: binnen %n werkdag/werkdagen)</source>
        <translation>
            <numerusform>(&quot;this week&quot;: within %n working day)</numerusform>
            <numerusform>(&quot;this week&quot;: within %n working days)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>* Let op: %1</source>
        <translation>* Note: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>open zaken</source>
        <translation>open cases</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>eerstvolgende termijn</source>
        <translation>next deadline</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Geef precies één gemeentebestand op.</source>
        <translation>Specify exactly one municipality file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Onbekend formaat &apos;%1&apos;: kies text, csv of json.</source>
        <translation>Unknown format &apos;%1&apos;: choose text, csv or json.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Let op: geen openstaande termijnen voor behandelaar &apos;%1&apos;; klopt de naam?</source>
        <translation>Note: no pending deadlines for case officer &apos;%1&apos;; is the name correct?</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+42"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kan niet worden gelezen.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is geen Aan Tafel-bestand.</source>
        <translation>%1 is not an Aan Tafel file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is beschadigd of onvolledig en kan niet worden geopend. Zet een reservekopie terug.</source>
        <translation>%1 is damaged or incomplete and cannot be opened. Restore a backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+115"/>
        <source>%1 is geen Aan Tafel-bestand: het is een database van een ander programma.</source>
        <translation>%1 is not an Aan Tafel file: it is a database belonging to another program.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>%1 bestaat al; kies een andere naam. Er is niets gewijzigd.</source>
        <translation>%1 already exists; choose a different name. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 kan niet worden aangemaakt.</source>
        <translation>%1 cannot be created.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>De SQLite-databasedriver van Qt ontbreekt; %1 kan niet worden geopend.</source>
        <translation>Qt&apos;s SQLite database driver is missing; %1 cannot be opened.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is beschadigd en kan niet worden geopend. Zet een reservekopie terug.</source>
        <translation>%1 is damaged and cannot be opened. Restore a backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is gemaakt met een nieuwere versie van Aan Tafel (bestandsversie %2; deze versie kent tot en met %3). Werk Aan Tafel bij om het bestand te openen.</source>
        <translation>%1 was created with a newer version of Aan Tafel (file version %2; this version supports up to %3). Update Aan Tafel to open the file.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is gemaakt met een oudere versie van Aan Tafel en moet eerst worden bijgewerkt. Open het bestand om te bewerken; alleen lezen kan nu niet.</source>
        <translation>%1 was created with an older version of Aan Tafel and must be upgraded first. Open the file for editing; read-only access is not possible for now.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 bestaat al; kies een andere naam voor de reservekopie.</source>
        <translation>%1 already exists; choose a different name for the backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is niet geopend.</source>
        <translation>%1 is not open.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ui/intake/datefield.cpp" line="+7"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>DeadlineBadge</name>
    <message>
        <location filename="../ui/caselist/deadlinebadge.cpp" line="+101"/>
        <source>%1 uiterlijk %2, %3</source>
        <translation>%1 due by %2, %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uiterlijk %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message>
        <location filename="../core/deadlines/deadlineengine.cpp" line="+22"/>
        <source>bekendgemaakt</source>
        <translation>notified</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (mondelinge klacht: naar analogie)</source>
        <translation> (oral complaint: by analogy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gemeentelijk beleid (handreiking Nationale ombudsman)</source>
        <translation>municipal policy (National Ombudsman guidance)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>art. 9:6 Awb; termijn volgens gemeentelijk beleid</source>
        <translation>Art. 9:6 Awb; deadline set by municipal policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestuursorgaan bevestigt de ontvangst van een klaagschrift schriftelijk; de wet noemt geen termijn, de gemeente hanteert %1 werkdagen.</source>
        <translation>The administrative authority acknowledges receipt of a written complaint (klaagschrift) in writing; the law sets no time limit, so the municipality applies %1 working days.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De gemeente neemt binnen %1 werkdagen persoonlijk contact op met de klager om te horen wat er is gebeurd en wat de klager wil bereiken.</source>
        <translation>Within %1 working days the municipality contacts the complainant personally to hear what happened and what the complainant wants to achieve.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>art. 9:8 lid 3 Awb</source>
        <translation>Art. 9:8(3) Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie een klacht niet in behandeling neemt, laat dat de klager zo spoedig mogelijk en uiterlijk binnen vier weken na ontvangst schriftelijk weten.</source>
        <translation>An authority that does not deal with a complaint informs the complainant of this in writing as soon as possible and within four weeks of receipt at the latest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Met een klachtadviescommissie handelt het bestuursorgaan de klacht af binnen tien weken na ontvangst van het klaagschrift.</source>
        <translation>With a complaints advisory committee, the administrative authority concludes the complaint within ten weeks of receiving the written complaint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestuursorgaan handelt de klacht af binnen zes weken na ontvangst van het klaagschrift.</source>
        <translation>The administrative authority concludes the complaint within six weeks of receiving the written complaint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>art. 9:11 lid 1 Awb</source>
        <translation>Art. 9:11(1) Awb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; verdaging gemeld op %1</source>
        <translation>; adjournment notified on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>art. 9:11 lid 2 Awb</source>
        <translation>Art. 9:11(2) Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestuursorgaan kan de afhandeling voor ten hoogste vier weken verdagen, met schriftelijke mededeling aan de klager en de beklaagde; die vier weken tellen hier op bij de termijn vanaf de ontvangst.</source>
        <translation>The administrative authority may adjourn the handling by at most four weeks, notifying the complainant and the person complained about in writing; here those four weeks are added to the period counted from receipt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>schriftelijke instemming van de klager ontvangen op %1; afgesproken: %2</source>
        <translation>complainant&apos;s written consent received on %1; agreed: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>art. 9:11 lid 3 Awb</source>
        <translation>Art. 9:11(3) Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verder uitstel van de afhandeling is alleen mogelijk voor zover de klager daarmee schriftelijk instemt.</source>
        <translation>Any further delay in handling is only possible insofar as the complainant consents to it in writing.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hoorzitting gepland op %1</source>
        <translation>hearing planned for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art. 9:10 Awb</source>
        <translation>Art. 9:10 Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestuursorgaan stelt de klager en de beklaagde in de gelegenheid te worden gehoord en maakt van het horen een verslag.</source>
        <translation>The administrative authority gives the complainant and the person complained about the opportunity to be heard and makes a record of the hearing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nabellen gepland op %1</source>
        <translation>follow-up call planned for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enige tijd na de informele oplossing vraagt de gemeente de klager hoe het nu gaat, zodat blijkt of de afspraken zijn nagekomen.</source>
        <translation>Some time after the informal resolution, the municipality asks the complainant how things are now, to see whether the agreements have been kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>de aanbieder</source>
        <translation>the provider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>terugkoppeling gepland op %1</source>
        <translation>feedback planned for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Na een warme overdracht aan %1 houdt de gemeente de regie en gaat zij na of de klacht is opgelost.</source>
        <translation>After a warm handover to %1, the municipality stays in charge and checks whether the complaint has been resolved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>art. 6:7 Awb</source>
        <translation>Art. 6:7 Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tegen de inhoud van een besluit staat bezwaar open binnen zes weken na de bekendmaking; wijs de klager op die termijn.</source>
        <translation>An objection (bezwaar) to the content of a decision can be lodged within six weeks of its notification; point this time limit out to the complainant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>afgedaan</source>
        <translation>concluded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art. 9:24 Awb</source>
        <translation>Art. 9:24 Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De klager kan zich tot een jaar na de afdoening tot de ombudsman wenden; een later verzoek mag de ombudsman weigeren.</source>
        <translation>The complainant may turn to the ombudsman up to one year after the complaint was concluded; the ombudsman may refuse a later request.</translation>
    </message>
</context>
<context>
    <name>DeadlineOverview</name>
    <message>
        <location filename="../core/overview/deadlineoverview.cpp" line="+206"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(anoniem)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(niet toegewezen)</source>
        <translation>(not assigned)</translation>
    </message>
</context>
<context>
    <name>DeadlineOverviewModel</name>
    <message>
        <location filename="../ui/overview/deadlineoverviewmodel.cpp" line="+82"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n termijn/termijnen</source>
        <translation>
            <numerusform>%1: %n deadline</numerusform>
            <numerusform>%1: %n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
</context>
<context>
    <name>DeadlineOverviewWidget</name>
    <message>
        <location filename="../ui/overview/deadlineoverviewwidget.cpp" line="+41"/>
        <source>&amp;Toewijzen aan…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Behandelaar:</source>
        <translation>Case &amp;officer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter op behandelaar</source>
        <translation>Filter by case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Domein:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter op domein</source>
        <translation>Filter by domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle termijnen</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Soort termijn:</source>
        <translation>Deadline &amp;type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter op soort termijn</source>
        <translation>Filter by deadline type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geselecteerde zaken toewijzen</source>
        <translation>Assign selected cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termijnen per urgentie</source>
        <translation>Deadlines by urgency</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Werkvoorraad per behandelaar</source>
        <translation>Workload per case officer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open zaken</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eerstvolgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zaken met een termijn te laat</source>
        <translation>Cases with a deadline overdue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Werkvoorraad&lt;/b&gt;</source>
        <translation>&lt;b&gt;Workload&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+65"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 te laat · %2 vandaag · %3 deze week · %4 later</source>
        <translation>%1 overdue · %2 today · %3 this week · %4 later</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mijn termijnen (%1)</source>
        <translation>My deadlines (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n zaak/zaken toewijzen aan:</source>
        <translation>
            <numerusform>Assign %n case to:</numerusform>
            <numerusform>Assign %n cases to:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toewijzen aan %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 toewijzen aan %2</source>
        <translation>Assign %1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Niet toegewezen</source>
        <translation>Not assigned</translation>
    </message>
</context>
<context>
    <name>DeadlineStyle</name>
    <message>
        <location filename="../ui/casefile/deadlinestyle.cpp" line="+116"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog %1 dagen</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dagen te laat</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dagen</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <location filename="../core/deadlines/deadline.cpp" line="+5"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerste contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennisgeving niet-behandelen</source>
        <translation>Non-handling notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdoening</source>
        <translation>Final response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdaagde afdoening</source>
        <translation>Adjourned final response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesproken termijn (instemming)</source>
        <translation>Agreed deadline (consent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoorzitting</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nabellen &quot;hoe gaat het nu?&quot;</source>
        <translation>Follow-up call &quot;how are things now?&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terugkoppeling warme overdracht</source>
        <translation>Warm handover feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezwaartermijn</source>
        <translation>Objection period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termijn ombudsman</source>
        <translation>Ombudsman time limit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gehaald</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te laat gehaald</source>
        <translation>Met late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vervallen</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lopend</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnenkort</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vandaag</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter informatie</source>
        <translation>For information</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../ui/casefile/deadlinestab.cpp" line="+18"/>
        <source>Termijnen van de zaak</source>
        <translation>Case deadlines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uiterste datum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berekening</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voldaan op</source>
        <translation>Met on</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Toelichting bij de termijn</source>
        <translation>Explanation of the deadline</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Voor deze zaak gelden geen termijnen.</source>
        <translation>No deadlines apply to this case.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2 (%3)
%4
Berekening: %5</source>
        <translation>%1 — %2 (%3)
%4
Calculation: %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wettelijke termijn</source>
        <translation>statutory time limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>termijn volgens beleid</source>
        <translation>policy deadline</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../core/domain/enums.cpp" line="+107"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mondelinge klacht</source>
        <translation>Oral complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaagschrift</source>
        <translation>Written complaint (klaagschrift)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balie</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Webformulier</source>
        <translation>Web form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keukentafelgesprek</source>
        <translation>Kitchen-table conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via raadslid</source>
        <translation>Via a councillor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sociale media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wmo 2015</source>
        <translation>Wmo 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeugdwet</source>
        <translation>Youth Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participatiewet</source>
        <translation>Participation Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schuldhulpverlening</source>
        <translation>Debt assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Luisteren</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplossen</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standpunt</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nog geen uitkomst</source>
        <translation>No outcome yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar tevredenheid opgelost</source>
        <translation>Resolved to satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gegrond</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels gegrond</source>
        <translation>Partly upheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongegrond</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen oordeel</source>
        <translation>No finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet in behandeling</source>
        <translation>Not dealt with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Geen grond</source>
        <translation>No ground</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 a Awb: de gedraging is al eerder als klacht behandeld</source>
        <translation>Art. 9:8(1)(a) Awb: the conduct has already been dealt with as a complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 b Awb: de gedraging vond langer dan een jaar voor indiening plaats</source>
        <translation>Art. 9:8(1)(b) Awb: the conduct took place more than a year before the complaint was submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 9:8 lid 1 c Awb: tegen de gedraging stond bezwaar open</source>
        <translation>Art. 9:8(1)(c) Awb: an objection (bezwaar) could have been lodged against the conduct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 d Awb: tegen de gedraging staat of stond beroep open</source>
        <translation>Art. 9:8(1)(d) Awb: an appeal against the conduct is or was possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 e Awb: de gedraging ligt of lag voor aan een rechter</source>
        <translation>Art. 9:8(1)(e) Awb: the conduct is or was before a court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 1 f Awb: strafrechtelijk onderzoek op last van de officier van justitie</source>
        <translation>Art. 9:8(1)(f) Awb: criminal investigation ordered by the public prosecutor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9:8 lid 2 Awb: belang of gewicht van de gedraging kennelijk onvoldoende</source>
        <translation>Art. 9:8(2) Awb: the interest or seriousness of the conduct is manifestly insufficient</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Geen uitzondering</source>
        <translation>No exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klacht kennelijk ongegrond (art. 9:10 lid 2 a Awb)</source>
        <translation>Complaint manifestly unfounded (Art. 9:10(2)(a) Awb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klager ziet af van horen (art. 9:10 lid 2 b Awb)</source>
        <translation>Complainant waives the hearing (Art. 9:10(2)(b) Awb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klager reageerde niet binnen de gestelde termijn (art. 9:10 lid 2 c Awb)</source>
        <translation>Complainant did not respond within the time set (Art. 9:10(2)(c) Awb)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Niet vastgelegd</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In een gesprek</source>
        <translation>In a conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per e-mail</source>
        <translation>By email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per brief</source>
        <translation>By letter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contactmoment</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoorzitting</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fasewijziging</source>
        <translation>Phase change</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <location filename="../core/session/filelock.cpp" line="+35"/>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>FlagPanel</name>
    <message>
        <location filename="../ui/intake/flagpanel.cpp" line="+38"/>
        <source>Aandachtspunten</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen aandachtspunten.</source>
        <translation>No points to note.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Meer dan een jaar geleden</source>
        <translation>More than a year ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhoud van een besluit: bezwaar</source>
        <translation>Content of a decision: objection (bezwaar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandelaar is betrokken</source>
        <translation>Case officer is involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontvangstbevestiging sturen</source>
        <translation>Send acknowledgement of receipt</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <location filename="../core/deadlines/holidaycalendar.cpp" line="+33"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Koningsdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after King&apos;s Day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Hemelvaartsdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after Ascension Day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Tweede Kerstdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after Boxing Day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Nieuwjaarsdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after New Year&apos;s Day)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nieuwjaarsdag</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goede Vrijdag</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tweede Paasdag</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemelvaartsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tweede Pinksterdag</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Koningsdag</source>
        <translation>King&apos;s Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Koninginnedag</source>
        <translation>Queen&apos;s Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bevrijdingsdag</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerste Kerstdag</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tweede Kerstdag</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bij Koninklijk Besluit gelijkgestelde dag</source>
        <translation>Day treated as a public holiday by Royal Decree</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <location filename="../core/workflow/intakeflags.cpp" line="+9"/>
        <source>art. 9:8 lid 1 b Awb</source>
        <translation>Art. 9:8(1)(b) Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De gedraging (%1) vond meer dan een jaar voor indiening plaats: de klacht hoeft dan niet in behandeling te worden genomen. Gebeurt dat niet, dan moet dat de klager uiterlijk %2 schriftelijk worden meegedeeld (art. 9:8 lid 3 Awb).</source>
        <translation>The conduct (%1) took place more than a year before the complaint was submitted, so the complaint need not be dealt with. If it is not dealt with, the complainant must be told so in writing by %2 at the latest (Art. 9:8(3) Awb).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>art. 6:7 Awb</source>
        <translation>Art. 6:7 Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De klacht gaat over de inhoud van een besluit: daarvoor is bezwaar de weg (hoofdstuk 6 Awb), niet de klachtprocedure.</source>
        <translation>The complaint concerns the content of a decision: the route for that is an objection (bezwaar, Chapter 6 Awb), not the complaints procedure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum van bekendmaking is niet bekend: zoek die op, want de bezwaartermijn is zes weken na bekendmaking.</source>
        <translation>The date of notification is not known: look it up, because the objection period ends six weeks after notification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wijs de klager erop dat de bezwaartermijn loopt tot en met %1, zodat geen rechten verloren gaan.</source>
        <translation>Point out to the complainant that the objection period runs until %1 inclusive, so that no rights are lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wijs de klager erop dat de bezwaartermijn vandaag (%1) afloopt, zodat geen rechten verloren gaan.</source>
        <translation>Point out to the complainant that the objection period ends today (%1), so that no rights are lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De bezwaartermijn is op %1 verstreken; een later bezwaar is alleen ontvankelijk als de overschrijding verschoonbaar is (art. 6:11 Awb).</source>
        <translation>The objection period expired on %1; a later objection is only admissible if the delay is excusable (Art. 6:11 Awb).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>art. 9:7 Awb</source>
        <translation>Art. 9:7 Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De behandelaar (%1) is degene over wie geklaagd wordt. De klacht moet worden behandeld door iemand die niet bij de gedraging betrokken was: wijs een andere behandelaar toe.</source>
        <translation>The case officer (%1) is the person complained about. The complaint must be handled by someone who was not involved in the conduct: assign a different case officer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>art. 9:6 Awb</source>
        <translation>Art. 9:6 Awb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een klaagschrift krijgt een schriftelijke ontvangstbevestiging.</source>
        <translation>A written complaint (klaagschrift) receives a written acknowledgement of receipt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volgens de gemeentelijke termijn uiterlijk %1.</source>
        <translation>According to the municipal deadline: by %1 at the latest.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ui/intake/intakedialog.cpp" line="+88"/>
        <source>Nieuwe klacht registreren</source>
        <translation>Register new complaint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/intake/intakedialogrules.cpp" line="+218"/>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit gesprek is het eerste &amp;persoonlijke contact</source>
        <translation>This conversation is the &amp;first personal contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit gesprek is het eerste persoonlijke contact</source>
        <translation>This conversation is the first personal contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legt het eerste persoonlijke contact vast op vandaag (gemeentelijke termijn).</source>
        <translation>Records today as the date of the first personal contact (municipal deadline).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ontvangen op</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aandachtspunten</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registreren (Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam klager</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anoniem</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De klager wil geen naam of contactgegevens geven</source>
        <translation>The complainant does not want to give a name or contact details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres klager</source>
        <translation>Complainant&apos;s address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straat en huisnummer, postcode en plaats</source>
        <translation>Street and house number, postcode and town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dres</source>
        <translation>Addre&amp;ss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon klager</source>
        <translation>Complainant&apos;s phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail klager</source>
        <translation>Complainant&apos;s email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met &amp;vertegenwoordiger</source>
        <translation>With r&amp;epresentative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met vertegenwoordiger</source>
        <translation>With representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam vertegenwoordiger</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol vertegenwoordiger</source>
        <translation>Representative&apos;s role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijv. cliëntondersteuner</source>
        <translation>e.g. client support worker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wat is er gebeurd?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In de woorden van de klager; een korte omschrijving is genoeg</source>
        <translation>In the complainant&apos;s own words; a short description is enough</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat is er &amp;gebeurd?</source>
        <translation>&amp;What happened?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat wil de klager bereiken?</source>
        <translation>What does the complainant want to achieve?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat &amp;wil de klager bereiken?</source>
        <translation>What does the complainant want to achie&amp;ve?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/intake/intakedialogrules.cpp" line="+8"/>
        <source>Datum gedraging</source>
        <translation>Date of conduct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum ged&amp;raging</source>
        <translation>Date of cond&amp;uct</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over wie gaat de klacht?</source>
        <translation>Who is the complaint about?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afdeling of team</source>
        <translation>Department or team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medewerker (beklaagde)</source>
        <translation>Employee (complained about)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeenschappelijke regeling</source>
        <translation>Joint arrangement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afde&amp;ling / team</source>
        <translation>&amp;Department / team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;edewerker (beklaagde)</source>
        <translation>Emp&amp;loyee (complained about)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aanb&amp;ieder</source>
        <translation>Prov&amp;ider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeenschappeli&amp;jke regeling</source>
        <translation>&amp;Joint arrangement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beleidsterrein</source>
        <translation>Policy area</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beleids&amp;terrein</source>
        <translation>Polic&amp;y area</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;hema&apos;s</source>
        <translation>T&amp;hemes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Behandelaar</source>
        <translation>Case &amp;officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klachtadvies&amp;commissie adviseert</source>
        <translation>&amp;Goes to the complaints advisory committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klachtadviescommissie adviseert</source>
        <translation>Goes to the complaints advisory committee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaat over de inhoud van een besl&amp;uit</source>
        <translation>Is a&amp;bout the content of a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaat over de inhoud van een besluit</source>
        <translation>Is about the content of a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum bekendmaking besluit</source>
        <translation>Date decision was notified</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bekendgemaakt op</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <location filename="../ui/intake/intakedialogrules.cpp" line="-134"/>
        <source>De klachtadviescommissie adviseert (afdeling 9.1.3 Awb): tien weken in plaats van zes.</source>
        <translation>The complaints advisory committee advises (Section 9.1.3 Awb): ten weeks instead of six.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen van belang voor een klaagschrift.</source>
        <translation>Only relevant for a written complaint (klaagschrift).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ongeldige datum (dd-mm-jjjj)</source>
        <translation>invalid date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (vandaag)</source>
        <translation> (today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — na vandaag</source>
        <translation> — after today</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signaal: geen wettelijke afhandelingstermijn.</source>
        <translation>Signal: no statutory handling deadline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vul de ontvangstdatum in om de afhandelingstermijn te zien.</source>
        <translation>Enter the date of receipt to see the handling deadline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>art. 9:11 lid 1 Awb</source>
        <translation>Art. 9:11(1) Awb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>art. 9:11 lid 1 Awb naar analogie</source>
        <translation>Art. 9:11(1) Awb by analogy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afhandelen uiterlijk %1 (%2 weken; %3).</source>
        <translation>Conclude by %1 (%2 weeks; %3).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: vul een datum in (dd-mm-jjjj).</source>
        <translation>%1: enter a date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ongeldige datum, gebruik dd-mm-jjjj.</source>
        <translation>%1: invalid date, use dd-mm-yyyy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 ligt na vandaag.</source>
        <translation>%1: %2 is after today.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail: &quot;%1&quot; is geen geldig e-mailadres (bijv. naam@voorbeeld.nl).</source>
        <translation>Email: &quot;%1&quot; is not a valid email address (e.g. name@example.nl).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat is er gebeurd? Een korte omschrijving is nodig.</source>
        <translation>What happened? A short description is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum gedraging: %1 ligt na de ontvangstdatum %2.</source>
        <translation>Date of conduct: %1 is after the date of receipt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bekendmaking besluit</source>
        <translation>Notification of decision</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Intake annuleren</source>
        <translation>Cancel intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De ingevulde gegevens zijn nog niet geregistreerd. Weggooien?</source>
        <translation>The details entered have not been registered yet. Discard them?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Continue editing</translation>
    </message>
</context>
<context>
    <name>IntakeSuggestions</name>
    <message>
        <location filename="../ui/intake/intakesuggestions.cpp" line="+32"/>
        <source>cliëntondersteuner</source>
        <translation>client support worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>familielid</source>
        <translation>family member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mantelzorger</source>
        <translation>informal carer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wettelijk vertegenwoordiger</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raadslid</source>
        <translation>councillor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wijkteammedewerker</source>
        <translation>neighbourhood team worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advocaat</source>
        <translation>lawyer</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../core/storage/integritycheck.cpp" line="+57"/>
        <source>Bestand beschadigd: %1</source>
        <translation>File damaged: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rij %1 van tabel %2 verwijst naar een rij in %3 die niet bestaat.</source>
        <translation>Row %1 of table %2 refers to a row in %3 that does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het bestand heeft niet het kenmerk van Aan Tafel (application_id %1).</source>
        <translation>The file does not carry the Aan Tafel identifier (application_id %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het bestand heeft schemaversie %1; deze versie van Aan Tafel verwacht versie %2.</source>
        <translation>The file has schema version %1; this version of Aan Tafel expects version %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: verwijst naar een thema dat niet bestaat (nummer %2).</source>
        <translation>%1: refers to a theme that does not exist (number %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: onbekende waarde &apos;%2&apos; in %3.%4.</source>
        <translation>%1: unknown value &apos;%2&apos; in %3.%4.</translation>
    </message>
</context>
<context>
    <name>LearningTab</name>
    <message>
        <location filename="../ui/casefile/learningtab.cpp" line="+15"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies de thema&apos;s die bij deze klacht horen. Zo zijn klachten met hetzelfde onderliggende probleem later samen terug te vinden.</source>
        <translation>Choose the themes that apply to this complaint. That way, complaints with the same underlying problem can be found together later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thema&apos;s van deze zaak</source>
        <translation>Themes of this case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thema&apos;s van deze &amp;zaak:</source>
        <translation>Themes of this ca&amp;se:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een thema dat nog niet in de lijst staat</source>
        <translation>A theme that is not in the list yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema toe&amp;voegen</source>
        <translation>&amp;Add theme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nieuw thema:</source>
        <translation>&amp;New theme:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verbetermaatregelen</source>
        <translation>Improvement measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aan deze zaak zijn nog geen verbetermaatregelen gekoppeld.

Verbetermaatregelen vastleggen en bijhouden of ze zijn uitgevoerd, komt in een volgende versie van Aan Tafel.</source>
        <translation>No improvement measures have been linked to this case yet.

Recording improvement measures and tracking whether they have been carried out will come in a future version of Aan Tafel.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+15"/>
        <source>Thema toevoegen: %1</source>
        <translation>Add theme: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Thema verwijderen: %1</source>
        <translation>Remove theme: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+85"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuw gemeentebestand…</source>
        <translation>&amp;New municipality file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bestand &amp;sluiten</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Zaak</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuwe melding…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zaak s&amp;luiten</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zaken</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Termijnen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Over Aan Tafel</source>
        <translation>&amp;About Aan Tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dit bestand is al geopend in een ander venster of door een collega. U kunt alleen lezen; wijzigingen zijn uitgeschakeld.</source>
        <translation>This file is already open in another window or by a colleague. You can only read it; changes are disabled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit bestand is al geopend (%1). U kunt alleen lezen; wijzigingen zijn uitgeschakeld.</source>
        <translation>This file is already open (%1). You can only read it; changes are disabled.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n termijn/termijnen te laat</source>
        <translation>
            <numerusform>%n deadline overdue</numerusform>
            <numerusform>%n deadlines overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U heeft %1.</source>
        <translation>You have %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>T&amp;aal</source>
        <translation>&amp;Language</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n termijn/termijnen die vandaag verloopt/verlopen</source>
        <translation>
            <numerusform>%n deadline due today</numerusform>
            <numerusform>%n deadlines due today</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Be&amp;kijken</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Aan Tafel</source>
        <translation>Aan Tafel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) — Aan Tafel</source>
        <translation>%1 (%2) — Aan Tafel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [alleen lezen]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bestand niet aangemaakt</source>
        <translation>File not created</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gemeentebestand openen</source>
        <translation>Open municipality file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aan Tafel-bestanden (*.aantafel);;Alle bestanden (*)</source>
        <translation>Aan Tafel files (*.aantafel);;All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nieuwe melding registreren</source>
        <translation>Register new complaint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Melding niet opgeslagen</source>
        <translation>Complaint not saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 geregistreerd</source>
        <translation>%1 registered</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Anonieme klager</source>
        <translation>Anonymous complainant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zaak niet geopend</source>
        <translation>Case not opened</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De nieuwe taal wordt gebruikt zodra u Aan Tafel opnieuw start.
The new language is used when you restart Aan Tafel.</source>
        <translation>The new language will be used when you restart Aan Tafel.
De nieuwe taal wordt gebruikt zodra u Aan Tafel opnieuw start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Aan Tafel %1&lt;/h3&gt;&lt;p&gt;Klachtbehandeling voor gemeenten: eerst samen oplossen, zo nodig een standpunt, altijd ervan leren (hoofdstuk 9 Awb).&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU General Public License, versie 3 of later. Zonder enige garantie.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aan Tafel %1&lt;/h3&gt;&lt;p&gt;Complaint handling for municipalities: resolve together first, take a position where needed, always learn from it (Chapter 9 Awb).&lt;/p&gt;&lt;p&gt;Released under the GNU General Public License, version 3 or later. Without any warranty.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Over Aan Tafel</source>
        <translation>About Aan Tafel</translation>
    </message>
</context>
<context>
    <name>MunicipalitySettingsStore</name>
    <message>
        <location filename="../core/storage/municipalitysettings.cpp" line="+108"/>
        <source>Het voorvoegsel van de zaaknummers mag niet leeg zijn en geen spaties bevatten.</source>
        <translation>The case number prefix must not be empty or contain spaces.</translation>
    </message>
</context>
<context>
    <name>MunicipalityWizard</name>
    <message>
        <location filename="../ui/shell/municipalitywizard.cpp" line="+29"/>
        <source> werkdagen</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nieuw gemeentebestand</source>
        <translation>New municipality file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Aanmaken</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De gemeente</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam en adres staan op elke brief. Het logo komt in het briefhoofd.</source>
        <translation>The name and address appear on every letter. The logo goes in the letterhead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gemeente Voorbeeld</source>
        <translation>Municipality of Voorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam van de gemeente</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naam:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postbus 1000
1234 AB Voorbeeld</source>
        <translation>PO Box 1000
1234 AB Voorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postadres:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefoonnummer</source>
        <translation>Telephone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mailadres voor klachten</source>
        <translation>Email address for complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De ombudsman</source>
        <translation>The ombudsman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na de klachtbehandeling kan de klager naar de ombudsman (art. 9:17 en 9:18 Awb). De afdoeningsbrief noemt deze ombudsman en de termijn.</source>
        <translation>After the complaints procedure, the complainant can turn to the ombudsman (Arts. 9:17 and 9:18 Awb). The final response letter (afdoeningsbrief) names this ombudsman and the time limit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De &amp;Nationale ombudsman</source>
        <translation>The Na&amp;tional Ombudsman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een &amp;eigen ombudsman of ombudscommissie van de gemeente</source>
        <translation>The municipality&apos;s &amp;own ombudsman or ombudsman committee</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Naam van de ombudsman</source>
        <translation>Name of the ombudsman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres van de ombudsman</source>
        <translation>Address of the ombudsman</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website van de ombudsman</source>
        <translation>Website of the ombudsman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naa&amp;m:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Werkwijze en termijnen</source>
        <translation>Procedure and deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De wettelijke termijnen liggen vast; deze termijnen belooft de gemeente zelf.</source>
        <translation>The statutory time limits are fixed; these deadlines are the municipality&apos;s own commitments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formele klachten gaan naar een &amp;klachtadviescommissie (afdeling 9.1.3 Awb: afhandeling binnen 10 weken)</source>
        <translation>Formal complaints go to a complaints advisory &amp;committee (Section 9.1.3 Awb: handled within 10 weeks)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klachtadviescommissie</source>
        <translation>Complaints advisory committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termijn ontvangstbevestiging</source>
        <translation>Deadline for acknowledgement of receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termijn eerste persoonlijk contact</source>
        <translation>Deadline for first personal contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termijn nabellen na de oplossing</source>
        <translation>Deadline for follow-up call after resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termijn terugkoppeling na overdracht</source>
        <translation>Deadline for feedback after handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarschuwen vóór een termijn</source>
        <translation>Warning before a deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ontvangstbevestiging binnen:</source>
        <translation>&amp;Acknowledgement of receipt within:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eerste persoonlijk contact binnen:</source>
        <translation>&amp;First personal contact within:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nabellen (&quot;hoe gaat het nu?&quot;) na:</source>
        <translation>Follow-&amp;up call (&quot;how are things now?&quot;) after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terugkoppeling na warme overdracht na:</source>
        <translation>Feedback check after warm &amp;handover:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waarschuwen vanaf:</source>
        <translation>&amp;Warn in advance:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het bestand</source>
        <translation>The file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eén bestand bevat alle klachten van de gemeente. Zet het op een plek waar een reservekopie van wordt gemaakt.</source>
        <translation>One file holds all the municipality&apos;s complaints. Store it in a location that is backed up.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bestandsnaam</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bladeren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit bestand is geen afbeelding</source>
        <translation>This file is not an image</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gemeentebestand opslaan</source>
        <translation>Save municipality file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aan Tafel-bestanden (*.aantafel)</source>
        <translation>Aan Tafel files (*.aantafel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vul de naam van de gemeente in.</source>
        <translation>Enter the name of the municipality.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies waar het bestand moet komen.</source>
        <translation>Choose where the file should be saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bestaat al. Kies een andere naam; een bestaand bestand wordt nooit overschreven.</source>
        <translation>%1 already exists. Choose a different name; an existing file is never overwritten.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../ui/casefile/datefields.cpp" line="+19"/>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 bekend</source>
        <translation>%1 known</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../ui/casefile/overviewtab.cpp" line="+48"/>
        <source>Aandachtspunten bij de intake</source>
        <translation>Points to note at intake</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort wijzigen</source>
        <translation>Change type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kanaal:</source>
        <translation>Ch&amp;annel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kanaal wijzigen</source>
        <translation>Change channel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontvangstdatum wijzigen</source>
        <translation>Change date of receipt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ontvan&amp;gen:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum gedraging</source>
        <translation>Date of conduct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum gedraging wijzigen</source>
        <translation>Change date of conduct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum gedraging:</source>
        <translation>Date of cond&amp;uct:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dom&amp;ein:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domein wijzigen</source>
        <translation>Change domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandelaar wijzigen</source>
        <translation>Change case officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beh&amp;andelaar:</source>
        <translation>Case off&amp;icer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klachtadviescommissie</source>
        <translation>Complaints advisory committee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klachtadviescommissie wijzigen</source>
        <translation>Change complaints advisory committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een klachtadviescommissie adviseert (afdeling 9.1.3 Awb); de afhandeltermijn is dan tien weken.</source>
        <translation>A complaints advisory committee advises (Section 9.1.3 Awb); the handling deadline is then ten weeks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over de inhoud van een besluit</source>
        <translation>About the content of a decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inhoud besluit wijzigen</source>
        <translation>Change decision content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie het niet eens is met de inhoud van een besluit, maakt bezwaar (hoofdstuk 6 Awb), binnen zes weken na de bekendmaking.</source>
        <translation>Anyone who disagrees with the content of a decision lodges an objection (bezwaar, Chapter 6 Awb) within six weeks of its notification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bekendgemaakt:</source>
        <translation>Notified:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Besluit bekendgemaakt op</source>
        <translation>Decision notified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekendmaking besluit wijzigen</source>
        <translation>Change notification of decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anonimiteit wijzigen</source>
        <translation>Change anonymity</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Naam klager</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam klager wijzigen</source>
        <translation>Change complainant&apos;s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adres klager</source>
        <translation>Complainant&apos;s address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adres klager wijzigen</source>
        <translation>Change complainant&apos;s address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefoon klager</source>
        <translation>Complainant&apos;s phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefoon klager wijzigen</source>
        <translation>Change complainant&apos;s phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail klager</source>
        <translation>Complainant&apos;s email</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail klager wijzigen</source>
        <translation>Change complainant&apos;s email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertegenwoordiger:</source>
        <translation>Representative:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertegenwoordiger</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vertegenwoordiger wijzigen</source>
        <translation>Change representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol vertegenwoordiger</source>
        <translation>Representative&apos;s role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol vertegenwoordiger wijzigen</source>
        <translation>Change representative&apos;s role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over wie</source>
        <translation>About whom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afdeling of team:</source>
        <translation>Department or team:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afdeling of team</source>
        <translation>Department or team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afdeling wijzigen</source>
        <translation>Change department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medewerker:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medewerker (beklaagde)</source>
        <translation>Employee (complained about)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beklaagde wijzigen</source>
        <translation>Change person complained about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanbieder:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aanbieder wijzigen</source>
        <translation>Change provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem. regeling:</source>
        <translation>Joint arr.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemeenschappelijke regeling</source>
        <translation>Joint arrangement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeenschappelijke regeling wijzigen</source>
        <translation>Change joint arrangement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kie&amp;zen</source>
        <translation>Choo&amp;se</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thema&apos;s kiezen</source>
        <translation>Choose themes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Thema toevoegen: %1</source>
        <translation>Add theme: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thema verwijderen: %1</source>
        <translation>Remove theme: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thema&apos;s:</source>
        <translation>Themes:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verhaal van de klager</source>
        <translation>Complainant&apos;s account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verhaal wijzigen</source>
        <translation>Change account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verhaal van de klager (wat is er gebeurd?)</source>
        <translation>Complainant&apos;s account (&amp;what happened?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewenste uitkomst</source>
        <translation>Desired outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gewenste uitkomst wijzigen</source>
        <translation>Change desired outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gewenste &amp;uitkomst (wat wil de klager bereiken?)</source>
        <translation>Desired outcome (what does the com&amp;plainant want to achieve?)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(nog geen thema)</source>
        <translation>(no theme yet)</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../core/storage/storageerror.cpp" line="+20"/>
        <source>%1 is in gebruik door een ander programma of een andere gebruiker. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>%1 is in use by another program or another user. Try again in a few moments; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De schijf is vol; er is niets gewijzigd. Maak ruimte vrij op de schijf van %1 en probeer het opnieuw.</source>
        <translation>The disk is full; nothing has been changed. Free up space on the disk holding %1 and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 kan alleen worden gelezen; wijzigingen zijn niet mogelijk.</source>
        <translation>%1 is read-only; changes are not possible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is beschadigd en kan niet worden gebruikt. Zet een reservekopie terug of vraag de beheerder om hulp.</source>
        <translation>%1 is damaged and cannot be used. Restore a backup or ask your administrator for help.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De gegevens voldoen niet aan de regels van %1 en zijn niet opgeslagen.</source>
        <translation>The data does not comply with the rules of %1 and has not been saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fout bij het lezen of schrijven van %1.</source>
        <translation>Error reading or writing %1.</translation>
    </message>
</context>
<context>
    <name>TermCalculator</name>
    <message>
        <location filename="../core/deadlines/termcalculator.cpp" line="+13"/>
        <location line="+8"/>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>vanaf</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 weken</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>%1 %2 + %3 = %4</source>
        <translation>%1 %2 + %3 = %4</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>; Atw art. 1: verschoven naar %1</source>
        <translation>; Art. 1 Atw: moved to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; geen verschuiving: Atw art. 4 (termijn van meer dan twaalf weken)</source>
        <translation>; not moved: Art. 4 Atw (time limit of more than twelve weeks)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 + 1 jaar = %3</source>
        <translation>%1 %2 + 1 year = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (29 februari bestaat niet in %1)</source>
        <translation> (29 February does not exist in %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; geen verschuiving: Atw art. 4 (termijn van een jaar)</source>
        <translation>; not moved: Art. 4 Atw (time limit of one year)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 werkdag</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 werkdagen</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; feestdagen overgeslagen: %1</source>
        <translation>; public holidays skipped: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor %1 zijn nog geen bij Koninklijk Besluit gelijkgestelde dagen vastgesteld (Atw art. 3 lid 3); de datum kan nog verschuiven.</source>
        <translation>No days treated as public holidays by Royal Decree have been set for %1 yet (Art. 3(3) Atw); the date may still change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <location filename="../ui/intake/themepicker.cpp" line="+17"/>
        <source>Thema zoeken of toevoegen</source>
        <translation>Search or add theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoek of typ een nieuw thema, Enter</source>
        <translation>Search or type a new theme, Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ om de lijst te filteren. Enter vinkt het eerste thema aan, of voegt het getypte als nieuw thema toe. Pijl omlaag gaat naar de lijst; Spatie vinkt aan.</source>
        <translation>Type to filter the list. Enter ticks the first theme, or adds what you typed as a new theme. Down arrow moves to the list; Space ticks.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Geen thema gekozen</source>
        <translation>No theme chosen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gekozen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../ui/casefile/timelinetab.cpp" line="+28"/>
        <source>Soort tijdlijnregel</source>
        <translation>Timeline entry type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tekst van de tijdlijnregel</source>
        <translation>Timeline entry text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat is er besproken of afgesproken? Ctrl+Enter voegt de regel toe.</source>
        <translation>What was discussed or agreed? Ctrl+Enter adds the entry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toe&amp;voegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;kst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tijdlijn, nieuwste eerst</source>
        <translation>Timeline, newest first</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../ui/casefile/transitiondialog.cpp" line="+58"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waarom dit niet kan</source>
        <translation>Why this is not possible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De klacht is naar tevredenheid van de klager opgelost (art. 9:5 Awb); de verdere klachtprocedure vervalt. Leg vast hoe de klager dat heeft bevestigd en wanneer u nabelt om te vragen hoe het nu gaat.</source>
        <translation>The complaint has been resolved to the complainant&apos;s satisfaction (Art. 9:5 Awb); the rest of the complaints procedure no longer applies. Record how the complainant confirmed this and when you will call back to ask how things are now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De klacht wordt niet in behandeling genomen (art. 9:8 Awb). De klager moet dat binnen vier weken na ontvangst schriftelijk horen (lid 3), met de grond en de mogelijkheid van de ombudsman.</source>
        <translation>The complaint will not be dealt with (Art. 9:8 Awb). The complainant must be told so in writing within four weeks of receipt (para. 3), with the ground and the option of going to the ombudsman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warme overdracht: de aanbieder lost de klacht op, de gemeente houdt de regie en vraagt na of het is gelukt.</source>
        <translation>Warm handover: the provider resolves the complaint, the municipality stays in charge and checks back whether it has worked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klager en beklaagde worden in de gelegenheid gesteld te worden gehoord (art. 9:10 Awb).</source>
        <translation>The complainant and the person complained about are given the opportunity to be heard (Art. 9:10 Awb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Van het horen van de klager mag alleen in deze gevallen worden afgezien (art. 9:10 lid 2 Awb).</source>
        <translation>Hearing the complainant may only be dispensed with in these cases (Art. 9:10(2) Awb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De afhandeling wordt voor ten hoogste vier weken verdaagd (art. 9:11 lid 2 Awb). Meld dat schriftelijk aan de klager en de beklaagde.</source>
        <translation>Handling is adjourned by at most four weeks (Art. 9:11(2) Awb). Notify the complainant and the person complained about in writing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verder uitstel kan alleen met schriftelijke instemming van de klager (art. 9:11 lid 3 Awb).</source>
        <translation>Further delay is only possible with the complainant&apos;s written consent (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De klacht wordt afgedaan met een schriftelijk, gemotiveerd oordeel (art. 9:12 Awb); de brief noemt de ombudsman en de termijn om zich daartoe te wenden.</source>
        <translation>The complaint is concluded with a written, reasoned finding (Art. 9:12 Awb); the letter names the ombudsman and the time limit for turning to them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De klager trekt de klacht in. De zaak wordt afgesloten; de tijdlijn blijft bewaard.</source>
        <translation>The complainant withdraws the complaint. The case is closed; the timeline is kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De zaak wordt heropend en gaat terug naar de informele aanpak. De eerdere uitkomst blijft in de tijdlijn staan.</source>
        <translation>The case is reopened and returns to the informal approach. The earlier outcome stays in the timeline.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Met ingang van:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opgelost op:</source>
        <translation>&amp;Resolved on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Besloten op:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overgedragen op:</source>
        <translation>&amp;Handed over on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ontvangen op:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum hoorzitting:</source>
        <translation>&amp;Hearing date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gehoord op:</source>
        <translation>&amp;Heard on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vastgelegd op:</source>
        <translation>&amp;Recorded on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdaging &amp;gemeld op:</source>
        <translation>Adjournment &amp;notified on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instemming &amp;ontvangen op:</source>
        <translation>Consent &amp;received on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afgedaan op:</source>
        <translation>&amp;Concluded on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ingetrokken op:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heropend op:</source>
        <translation>&amp;Reopened on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact op:</source>
        <translation>&amp;Contacted on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verstuurd op:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nagebeld op:</source>
        <translation>&amp;Called back on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kies hoe de klager bevestigde</source>
        <translation>Choose how the complainant confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevestiging door de klager</source>
        <translation>Confirmation by the complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bevestigd:</source>
        <translation>&amp;Confirmed:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies de grond</source>
        <translation>Choose the ground</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grond (art. 9:8 Awb)</source>
        <translation>Ground (Art. 9:8 Awb)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kennisgeving verstuurd op</source>
        <translation>Notice sent on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uiterlijk %1 (art. 9:8 lid 3 Awb): %2</source>
        <translation>By %1 at the latest (Art. 9:8(3) Awb): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uiterlijk %1</source>
        <translation>by %1 at the latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grond:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kennisgeving verstuurd op:</source>
        <translation>&amp;Notice sent on:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aanbieder:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies de uitzondering</source>
        <translation>Choose the exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitzondering (art. 9:10 lid 2 Awb)</source>
        <translation>Exception (Art. 9:10(2) Awb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uitzondering:</source>
        <translation>&amp;Exception:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nieuwe afdoeningsdatum: %1 (was %2).
Berekening: %3</source>
        <translation>New final response date: %1 (was %2).
Calculation: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Afgesproken afdoeningsdatum</source>
        <translation>Agreed final response date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nu geldend: %1</source>
        <translation>currently: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Afgesproken nieuwe datum:</source>
        <translation>&amp;Agreed new date:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gegrond</source>
        <translation>&amp;Upheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;els gegrond</source>
        <translation>&amp;Partly upheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ongegrond</source>
        <translation>N&amp;ot upheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen oordeel &amp;mogelijk</source>
        <translation>&amp;No finding possible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oordeel:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nabellen op</source>
        <translation>Follow-up call on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terugkoppeling navragen op</source>
        <translation>Check feedback on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standaard %1 werkdagen later (beleid)</source>
        <translation>default %1 working days later (policy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nabellen op:</source>
        <translation>&amp;Follow-up call on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Navragen op:</source>
        <translation>&amp;Check feedback on:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Toelichting</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optioneel: komt in de tijdlijn</source>
        <translation>Optional: added to the timeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Toelichting:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Standaard %1 werkdagen (gemeentelijk beleid): %2</source>
        <translation>Default %1 working days (municipal policy): %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/shell/welcomepage.cpp" line="+15"/>
        <source>&lt;h2&gt;Aan Tafel&lt;/h2&gt;&lt;p&gt;Klachten van inwoners: eerst samen oplossen, zo nodig een standpunt, altijd ervan leren.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aan Tafel&lt;/h2&gt;&lt;p&gt;Complaints from residents: resolve together first, take a position where needed, always learn from it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nieuw gemeentebestand…</source>
        <translation>&amp;New municipality file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw gemeentebestand</source>
        <translation>New municipality file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemeentebestand openen</source>
        <translation>Open municipality file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recente bestanden:</source>
        <translation>&amp;Recent files:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>  (niet gevonden)</source>
        <translation>  (not found)</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../core/workflow/workflow.cpp" line="+17"/>
        <source>Informeel oplossen</source>
        <translation>Resolve informally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgelost naar tevredenheid</source>
        <translation>Resolved to satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formeel behandelen</source>
        <translation>Handle formally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet in behandeling nemen</source>
        <translation>Decline to deal with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwijzen (warme overdracht)</source>
        <translation>Refer (warm handover)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terugkoppeling aanbieder vastleggen</source>
        <translation>Record provider feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar informele aanpak</source>
        <translation>Back to informal approach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoorzitting plannen</source>
        <translation>Plan hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoorzitting vastleggen</source>
        <translation>Record hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afzien van horen vastleggen</source>
        <translation>Record dispensing with hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdagen</source>
        <translation>Adjourn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instemming met verder uitstel vastleggen</source>
        <translation>Record consent to further delay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdoen (oordeel)</source>
        <translation>Conclude (finding)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerste contact vastleggen</source>
        <translation>Record first contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontvangstbevestiging verstuurd</source>
        <translation>Acknowledgement of receipt sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nabellen vastleggen</source>
        <translation>Record follow-up call</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>: van %1 naar %2</source>
        <translation>: from %1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bevestiging door de klager: %1. Nabellen op %2.</source>
        <translation>Confirmation by the complainant: %1. Follow-up call on %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. Schriftelijke kennisgeving verstuurd op %2.</source>
        <translation>%1. Written notice sent on %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aanbieder: %1. Terugkoppeling navragen op %2.</source>
        <translation>Provider: %1. Check feedback on %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terugkoppeling van %1 ontvangen.</source>
        <translation>Feedback received from %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nieuwe afdoeningsdatum: %1 (art. 9:11 lid 3 Awb).</source>
        <translation>New final response date: %1 (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdaging gemeld (art. 9:11 lid 2 Awb); nieuwe afdoeningsdatum: %1.</source>
        <translation>Adjournment notified (Art. 9:11(2) Awb); new final response date: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oordeel: %1.</source>
        <translation>Finding: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerdere uitkomst: %1.</source>
        <translation>Earlier outcome: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per %1.</source>
        <translation>As of %1.</translation>
    </message>
    <message>
        <location filename="../core/workflow/workflowconsistency.cpp" line="+19"/>
        <source>Het zaaknummer ontbreekt.</source>
        <translation>The case number is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ontvangstdatum ontbreekt.</source>
        <translation>The date of receipt is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De zaak is open maar heeft al een uitkomst (%1).</source>
        <translation>The case is open but already has an outcome (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De zaak is open maar heeft een afsluitdatum.</source>
        <translation>The case is open but has a closing date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De zaak is afgesloten zonder uitkomst.</source>
        <translation>The case is closed without an outcome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De zaak is afgesloten zonder afsluitdatum.</source>
        <translation>The case is closed without a closing date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De afsluitdatum ligt voor de ontvangstdatum.</source>
        <translation>The closing date is before the date of receipt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Niet in behandeling genomen zonder grond (art. 9:8 Awb).</source>
        <translation>Not dealt with, but without a ground (Art. 9:8 Awb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet in behandeling genomen zonder datum van de schriftelijke kennisgeving (art. 9:8 lid 3 Awb).</source>
        <translation>Not dealt with, but without the date of the written notice (Art. 9:8(3) Awb).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naar tevredenheid opgelost zonder vastgelegde bevestiging van de klager (art. 9:5 Awb).</source>
        <translation>Resolved to satisfaction without a recorded confirmation from the complainant (Art. 9:5 Awb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oordeel (%1) zonder hoorzitting of vastgelegde reden om van horen af te zien (art. 9:10 Awb).</source>
        <translation>Finding (%1) without a hearing or a recorded reason for dispensing with the hearing (Art. 9:10 Awb).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een signaal heeft een oordeel (%1), maar kent geen formele klachtprocedure.</source>
        <translation>A signal has a finding (%1), but there is no formal complaints procedure for signals.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uitkomst doorverwezen zonder vastgelegde terugkoppeling van de aanbieder.</source>
        <translation>Outcome referred without recorded feedback from the provider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uitkomst doorverwezen zonder aanbieder.</source>
        <translation>Outcome referred without a provider.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warme overdracht zonder aanbieder.</source>
        <translation>Warm handover without a provider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warme overdracht zonder datum om de terugkoppeling na te vragen.</source>
        <translation>Warm handover without a date to check for feedback.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instemming met verder uitstel of een afgesproken datum zonder verdaging (art. 9:11 lid 3 Awb).</source>
        <translation>Consent to further delay or an agreed date without an adjournment (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instemming met verder uitstel en de afgesproken datum horen samen te gaan.</source>
        <translation>Consent to further delay and the agreed date must go together.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een signaal is verdaagd, maar kent geen afhandelingstermijn.</source>
        <translation>A signal has been adjourned, but has no handling deadline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een signaal staat in de fase %1, maar kent geen formele klachtprocedure.</source>
        <translation>A signal is in the %1 phase, but there is no formal complaints procedure for signals.</translation>
    </message>
    <message>
        <location filename="../core/workflow/workflowguards.cpp" line="+45"/>
        <source>“%1” kan alleen in de fase %2; deze zaak staat in de fase %3.</source>
        <translation>“%1” is only possible in the %2 phase; this case is in the %3 phase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De zaak is afgesloten; heropen haar eerst.</source>
        <translation>The case is closed; reopen it first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Een signaal kent geen formele klachtprocedure; registreer het als klacht om het formeel te behandelen.</source>
        <translation>There is no formal complaints procedure for a signal; register it as a complaint to handle it formally.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Voor een signaal geldt geen afhandelingstermijn; verdagen is niet aan de orde.</source>
        <translation>No handling deadline applies to a signal, so adjournment does not arise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De behandeling is al op %1 verdaagd; verder uitstel kan alleen met schriftelijke instemming van de klager (art. 9:11 lid 3 Awb).</source>
        <translation>Handling was already adjourned on %1; further delay is only possible with the complainant&apos;s written consent (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instemming met verder uitstel is pas aan de orde als de behandeling al is verdaagd (art. 9:11 lid 3 Awb).</source>
        <translation>Consent to further delay only arises once handling has been adjourned (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een klacht kan pas worden afgedaan als de klager is gehoord of is vastgelegd waarom van horen is afgezien (art. 9:10 Awb).</source>
        <translation>A complaint can only be concluded once the complainant has been heard or the reason for dispensing with the hearing has been recorded (Art. 9:10 Awb).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De zaak is nog open.</source>
        <translation>The case is still open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het eerste contact is al vastgelegd op %1.</source>
        <translation>First contact was already recorded on %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Een signaal krijgt geen ontvangstbevestiging.</source>
        <translation>A signal does not receive an acknowledgement of receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ontvangstbevestiging is al verstuurd op %1.</source>
        <translation>The acknowledgement of receipt was already sent on %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nabellen hoort bij een zaak die naar tevredenheid is opgelost en afgesloten.</source>
        <translation>A follow-up call belongs to a case that has been resolved to satisfaction and closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is geen datum om na te bellen vastgelegd.</source>
        <translation>No date for a follow-up call has been recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is al nagebeld op %1.</source>
        <translation>A follow-up call was already made on %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De ontvangstdatum van de zaak ontbreekt.</source>
        <translation>The case&apos;s date of receipt is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vul een datum in.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum van de hoorzitting ligt voor de ontvangstdatum.</source>
        <translation>The hearing date is before the date of receipt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum ligt voor de ontvangstdatum.</source>
        <translation>The date is before the date of receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum ligt in de toekomst.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leg vast hoe de klager heeft bevestigd dat de klacht naar tevredenheid is opgelost (art. 9:5 Awb).</source>
        <translation>Record how the complainant confirmed that the complaint has been resolved to their satisfaction (Art. 9:5 Awb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De datum om na te bellen ligt voor de datum van de oplossing.</source>
        <translation>The follow-up call date is before the date of resolution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies de grond waarop de klacht niet in behandeling wordt genomen (art. 9:8 Awb).</source>
        <translation>Choose the ground on which the complaint is not being dealt with (Art. 9:8 Awb).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vul de datum in waarop de klager schriftelijk is bericht dat de klacht niet in behandeling wordt genomen (art. 9:8 lid 3 Awb).</source>
        <translation>Enter the date on which the complainant was notified in writing that the complaint will not be dealt with (Art. 9:8(3) Awb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De kennisgeving kan niet voor de ontvangstdatum zijn verstuurd.</source>
        <translation>The notice cannot have been sent before the date of receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum van de kennisgeving ligt in de toekomst; leg het niet-behandelen vast zodra de kennisgeving is verstuurd.</source>
        <translation>The date of the notice is in the future; record the non-handling once the notice has been sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De datum van de gedraging is onbekend; zonder die datum is niet vast te stellen dat de gedraging langer dan een jaar voor indiening plaatsvond (art. 9:8 lid 1 b Awb).</source>
        <translation>The date of the conduct is unknown; without it, it cannot be established that the conduct took place more than a year before the complaint was submitted (Art. 9:8(1)(b) Awb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gedraging (%1) vond niet langer dan een jaar voor indiening (%2) plaats (art. 9:8 lid 1 b Awb).</source>
        <translation>The conduct (%1) took place no more than a year before the complaint was submitted (%2) (Art. 9:8(1)(b) Awb).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vul de aanbieder in aan wie de klacht wordt overgedragen.</source>
        <translation>Enter the provider to whom the complaint is being handed over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum om de terugkoppeling na te vragen ligt voor de datum van de overdracht.</source>
        <translation>The date to check for feedback is before the date of the handover.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies waarom van horen wordt afgezien (art. 9:10 lid 2 Awb).</source>
        <translation>Choose why the hearing is being dispensed with (Art. 9:10(2) Awb).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De verdaging moet worden gemeld voordat de afhandelingstermijn verstrijkt: uiterlijk %1 (art. 9:11 lid 2 Awb).</source>
        <translation>The adjournment must be notified before the handling deadline expires: by %1 at the latest (Art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vul de met de klager afgesproken afdoeningsdatum in (art. 9:11 lid 3 Awb).</source>
        <translation>Enter the final response date agreed with the complainant (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De afgesproken datum moet na de geldende afdoeningsdatum (%1) liggen.</source>
        <translation>The agreed date must be after the current final response date (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies het oordeel: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk (art. 9:12 Awb).</source>
        <translation>Choose the finding: upheld, partly upheld, not upheld or no finding possible (Art. 9:12 Awb).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+28"/>
        <source>Klachtbehandeling voor gemeenten</source>
        <translation>Complaint handling for municipalities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taal: nl of en.</source>
        <translation>Language: nl or en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het gemeentebestand (.aantafel) om te openen.</source>
        <translation>The municipality file (.aantafel) to open.</translation>
    </message>
</context>
</TS>
