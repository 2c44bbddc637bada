<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionBar</name>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>skgdeanvuz</source>
        <comment>mnemonic letters of the Overzicht fields, in this language</comment>
        <translation>yarumiws</translation>
    </message>
    <message>
        <source>otmlbwhrfi</source>
        <comment>mnemonic letters taken by the case file tabs, the main menus and the two letter buttons, in this language</comment>
        <translation>otdlfeharc</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>&amp;Gebruikers…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Audittrail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn en vernietigen…</source>
        <translation>&amp;Retention period and destruction…</translation>
    </message>
    <message>
        <source>&amp;Inzageverzoek…</source>
        <translation>&amp;Subject access request…</translation>
    </message>
    <message>
        <source>Brief&amp;sjablonen…</source>
        <translation>Letter &amp;templates…</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Bewaartermijn en vernietigen</source>
        <translation>Retention period and destruction</translation>
    </message>
    <message>
        <source>Inzageverzoek</source>
        <translation>Subject access request</translation>
    </message>
    <message>
        <source>Briefsjablonen</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>&amp;Huislettertype…</source>
        <translation>&amp;House font…</translation>
    </message>
    <message>
        <source>Huislettertype</source>
        <translation>House font</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Bewaartermijn kiezen</source>
        <translation>Choose retention period</translation>
    </message>
    <message>
        <source>Resultaat volgens de Selectielijst</source>
        <translation>Result according to the Selectielijst</translation>
    </message>
    <message>
        <source>Zoals de zaak zelf aangeeft: %1</source>
        <translation>As the case itself gives: %1</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Waarom deze zaak anders wordt bewaard (verplicht)</source>
        <translation>Why this case is kept differently (required)</translation>
    </message>
    <message>
        <source>&amp;Resultaat:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>R&amp;eden:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>De Selectielijst gemeenten 2020 (procestype 13) bepaalt hoe lang een klachtdossier wordt bewaard. Kies alleen een ander resultaat als de zaak daar reden voor geeft, bijvoorbeeld financiële gevolgen (13.1.1) of invloed op een blijvend te bewaren zaak (13.1.3). De keuze en de reden komen in de audittrail.</source>
        <translation>The Selectielijst gemeenten 2020 (process type 13) sets how long a complaint file is kept. Choose another result only when the case gives reason to, for example financial consequences (13.1.1) or influence on a case kept permanently (13.1.3). The choice and the reason go into the audit trail.</translation>
    </message>
    <message>
        <source>Geef een reden op.</source>
        <translation>Give a reason.</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <source>Geef de reden waarom deze zaak anders wordt bewaard dan de Selectielijst aangeeft.</source>
        <translation>Give the reason why this case is kept differently from what the Selectielijst says.</translation>
    </message>
    <message>
        <source>Geef de reden waarom de Selectielijst voor deze zaak weer zelf beslist.</source>
        <translation>Give the reason why the Selectielijst decides for this case again.</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>Optie %1 verwacht een waarde.</source>
        <translation>Option %1 expects a value.</translation>
    </message>
    <message>
        <source>Onbekende optie: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Ongeldige datum bij %1: &apos;%2&apos;. Gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-07.</source>
        <translation>Invalid date for %1: &apos;%2&apos;. Use YYYY-MM-DD, for example 2025-03-07.</translation>
    </message>
    <message>
        <source>%1 verwacht een geheel getal van %2 tot en met %3, niet &apos;%4&apos;.</source>
        <translation>%1 expects a whole number from %2 to %3 inclusive, not &apos;%4&apos;.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Wanneer;Wie;Zaak;Actie;Veld;Oud;Nieuw</source>
        <translation>When;Who;Case;Action;Field;Old;New</translation>
    </message>
    <message>
        <source>geregistreerd</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>tijdlijn</source>
        <translation>timeline</translation>
    </message>
    <message>
        <source>stap</source>
        <translation>step</translation>
    </message>
    <message>
        <source>ingezien</source>
        <translation>viewed</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>vernietigd</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>geanonimiseerd</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>inzage verstrekt</source>
        <translation>access provided</translation>
    </message>
    <message>
        <source>gebruiker</source>
        <translation>user</translation>
    </message>
    <message>
        <source>aangemeld als</source>
        <translation>signed in as</translation>
    </message>
    <message>
        <source>instellingen</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>kalender</source>
        <translation>calendar</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>audittrail geëxporteerd</source>
        <translation>audit trail exported</translation>
    </message>
    <message>
        <source>document toegevoegd</source>
        <translation>document added</translation>
    </message>
    <message>
        <source>document geopend</source>
        <translation>document opened</translation>
    </message>
    <message>
        <source>soort document gewijzigd</source>
        <translation>document kind changed</translation>
    </message>
    <message>
        <source>document verwijderd</source>
        <translation>document removed</translation>
    </message>
    <message>
        <source>bewaartermijn gekozen</source>
        <translation>retention period chosen</translation>
    </message>
    <message>
        <source>reservekopie na vernietiging</source>
        <translation>backup copy after destruction</translation>
    </message>
    <message>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>brief verstuurd</source>
        <translation>letter sent</translation>
    </message>
    <message>
        <source>briefsjabloon gewijzigd</source>
        <translation>letter template changed</translation>
    </message>
    <message>
        <source>verbetermaatregel aangemaakt</source>
        <translation>improvement measure created</translation>
    </message>
    <message>
        <source>verbetermaatregel gewijzigd</source>
        <translation>improvement measure changed</translation>
    </message>
    <message>
        <source>verbetermaatregel gekoppeld</source>
        <translation>improvement measure linked</translation>
    </message>
    <message>
        <source>verbetermaatregel ontkoppeld</source>
        <translation>improvement measure unlinked</translation>
    </message>
    <message>
        <source>verbetermaatregel verwijderd</source>
        <translation>improvement measure deleted</translation>
    </message>
    <message>
        <source>naar de teamserver overgezet</source>
        <translation>moved to the team server</translation>
    </message>
    <message>
        <source>teamserver bijgewerkt</source>
        <translation>team server upgraded</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>Pre&amp;vious</translation>
    </message>
    <message>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Exporteren als CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>bijv. KL-2025-0042; leeg: alle zaken</source>
        <translation>e.g. KL-2025-0042; empty: all cases</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Zoe&amp;ken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Zaak:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Oud</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Regels van de audittrail</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Geen regels gevonden.</source>
        <translation>No entries found.</translation>
    </message>
    <message>
        <source>Regel %1–%2 van %3</source>
        <translation>Entries %1–%2 of %3</translation>
    </message>
    <message>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>alle data</source>
        <translation>all dates</translation>
    </message>
    <message>
        <source>alle zaken</source>
        <translation>all cases</translation>
    </message>
    <message numerus="yes">
        <source>%n regel/regels geëxporteerd naar %1</source>
        <translation>
            <numerusform>%n entry exported to %1</numerusform>
            <numerusform>%n entries exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audittrail exporteren</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>audittrail.csv</source>
        <translation>audit-trail.csv</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Zaaknummer leegmaken</source>
        <translation>Clear case number</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>(nooit gewijzigd)</source>
        <translation>(never modified)</translation>
    </message>
    <message>
        <source>Automatische reservekopie gemaakt: %1</source>
        <translation>Automatic backup created: %1</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Aan Tafel-bestanden (*.aantafel)</source>
        <translation>Aan Tafel files (*.aantafel)</translation>
    </message>
    <message>
        <source>Reservekopie niet gemaakt</source>
        <translation>Backup not created</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <source>Reservekopie niet teruggezet</source>
        <translation>Backup not restored</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Let op: %1 is later gewijzigd dan deze reservekopie.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Laatste wijziging in het bestand: %2&lt;br&gt;Laatste wijziging in de reservekopie: %3&lt;/p&gt;&lt;p&gt;Terugzetten maakt alles wat sindsdien is vastgelegd ongedaan, ook het werk van collega&apos;s. Het huidige bestand wordt eerst opzij gezet in %4.&lt;/p&gt;&lt;p&gt;Weet u zeker dat u de oudere reservekopie wilt terugzetten?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Caution: %1 was modified more recently than this backup.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Last change to the file: %2&lt;br&gt;Last change to the backup: %3&lt;/p&gt;&lt;p&gt;Restoring will undo everything recorded since then, including your colleagues&apos; work. The current file will first be moved aside to %4.&lt;/p&gt;&lt;p&gt;Are you sure you want to restore the older backup?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;De reservekopie %1 (gemaakt %2) terugzetten als %3?&lt;/p&gt;&lt;p&gt;Het bestand wordt gesloten en daarna weer geopend. Het huidige bestand wordt eerst opzij gezet in %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Restore the backup %1 (created %2) as %3?&lt;/p&gt;&lt;p&gt;The file will be closed and then reopened. The current file will first be moved aside to %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>&amp;Toch de oudere kopie terugzetten</source>
        <translation>&amp;Restore the older copy anyway</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet; het vorige bestand staat in %1</source>
        <translation>Backup restored; the previous file is in %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Het bestand is ook geopend door %1. Zij kunnen even niets vastleggen terwijl de kopie wordt teruggezet; daarna tonen hun vensters de teruggezette gegevens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The file is also open for %1. They cannot record anything while the copy is being restored; afterwards their windows show the restored data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kopie van de teamserver als gemeentebestand</source>
        <translation>Copy of the team server as a municipality file</translation>
    </message>
    <message>
        <source>Kopie niet gemaakt</source>
        <translation>Copy not made</translation>
    </message>
    <message>
        <source>Kopie van de teamserver geschreven: %1</source>
        <translation>Copy of the team server written: %1</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Een bestand kan niet op zichzelf worden teruggezet; er is niets gewijzigd.</source>
        <translation>A file cannot be restored onto itself; nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 is later gewijzigd (%2) dan de reservekopie (%3); terugzetten zou die wijzigingen ongedaan maken. Er is niets gewijzigd.</source>
        <translation>%1 was modified later (%2) than the backup (%3); restoring would undo those changes. Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 kon niet opzij worden gezet in %2; er is niets gewijzigd.</source>
        <translation>%1 could not be moved aside to %2; nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 kon niet worden vervangen; het staat nog zoals het was, een kopie staat in %2.</source>
        <translation>%1 could not be replaced; it is unchanged, and a copy is in %2.</translation>
    </message>
    <message>
        <source>%1 is geen Aan Tafel-bestand of reservekopie daarvan.</source>
        <translation>%1 is not an Aan Tafel file or a backup of one.</translation>
    </message>
    <message>
        <source>%1 is beschadigd en kan niet als reservekopie dienen.</source>
        <translation>%1 is damaged and cannot be used as a backup.</translation>
    </message>
    <message>
        <source>%1 is gemaakt met een nieuwere versie van Aan Tafel (bestandsversie %2; deze versie kent tot en met %3). Werk Aan Tafel bij om deze reservekopie te gebruiken.</source>
        <translation>%1 was created with a newer version of Aan Tafel (file version %2; this version supports up to %3). Update Aan Tafel to use this backup.</translation>
    </message>
    <message>
        <source>%1 bestaat al; kies een andere naam voor de reservekopie.</source>
        <translation>%1 already exists; choose a different name for the backup.</translation>
    </message>
    <message>
        <source>In de map %1 kan niet worden geschreven; de reservekopie is niet gemaakt. Kies een andere map.</source>
        <translation>The folder %1 cannot be written to; the backup has not been created. Choose a different folder.</translation>
    </message>
    <message>
        <source>De reservekopie kon niet als %1 worden opgeslagen; er is niets gewijzigd.</source>
        <translation>The backup could not be saved as %1; nothing has been changed.</translation>
    </message>
    <message>
        <source>In de map %1 kan niet worden geschreven; er is niets gewijzigd.</source>
        <translation>The folder %1 cannot be written to; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is beschadigd; er is geen nieuwe automatische reservekopie gemaakt en de oudere kopieën blijven bewaard. Zet een reservekopie terug.</source>
        <translation>%1 is damaged; no new automatic backup was made and the older copies are kept. Restore a backup.</translation>
    </message>
    <message>
        <source>De reservekopie kan niet als %1 worden opgeslagen: %2. Er is niets gewijzigd.</source>
        <translation>The backup cannot be saved as %1: %2. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>De reservekopie was ouder dan %n vernietigingsronde/vernietigingsrondes van de bewaartermijn; die is/zijn opnieuw toegepast (%1 zaken) voordat het bestand weer in gebruik ging.</source>
        <translation>
            <numerusform>The backup was older than %n retention run; it was applied again (%1 cases) before the file was used again.</numerusform>
            <numerusform>The backup was older than %n retention runs; they were applied again (%1 cases) before the file was used again.</numerusform>
        </translation>
    </message>
    <message>
        <source>De naam %1 bevat tekens die op dit systeem geen bestandsnaam kunnen vormen; er is niets gewijzigd.</source>
        <translation>The name %1 contains characters that cannot form a file name on this system; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is een map, geen gemeentebestand; er is niets gewijzigd.</source>
        <translation>%1 is a folder, not a municipality file; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is geen gewoon bestand (maar bijvoorbeeld een apparaat); er is niets gewijzigd.</source>
        <translation>%1 is not a regular file (but, for example, a device); nothing was changed.</translation>
    </message>
    <message>
        <source>De map %1 bestaat niet; er is niets gewijzigd.</source>
        <translation>The folder %1 does not exist; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is beschadigd en is nog geopend door %2. Een beschadigd bestand kan pas worden vervangen als niemand het meer open heeft; er is niets gewijzigd.</source>
        <translation>%1 is damaged and is still open by %2. A damaged file can only be replaced once nobody has it open any more; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Reservekopieën instellen</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>&amp;Automatisch een reservekopie maken bij het openen (hooguit één per dag)</source>
        <translation>&amp;Automatically create a backup when opening (at most one per day)</translation>
    </message>
    <message>
        <source>Aantal automatische reservekopieën dat bewaard blijft</source>
        <translation>Number of automatic backups to keep</translation>
    </message>
    <message>
        <source>Waar de reservekopieën komen:</source>
        <translation>Where backups are stored:</translation>
    </message>
    <message>
        <source>&amp;Naast het gemeentebestand, in de map „&lt;naam&gt;-backups”</source>
        <translation>&amp;Next to the municipality file, in the folder “&lt;name&gt;-backups”</translation>
    </message>
    <message>
        <source>In deze &amp;map:</source>
        <translation>In this &amp;folder:</translation>
    </message>
    <message>
        <source>Map voor reservekopieën</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Kies bij een bestand op een netwerkschijf bij voorkeur een map op een andere schijf, zodat een kopie ook een defecte schijf overleeft.</source>
        <translation>For a file on a network drive, preferably choose a folder on a different drive, so that a copy also survives a drive failure.</translation>
    </message>
    <message>
        <source>Aantal kopieën dat bewaard &amp;blijft:</source>
        <translation>Number of copies &amp;kept:</translation>
    </message>
</context>
<context>
    <name>BannerBar</name>
    <message>
        <source>Meldingen</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close notification</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Bezig: het bestand wordt door een andere gebruiker bijgewerkt…</source>
        <translation>Busy: the file is being updated by another user…</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Geef een geldige datum op voor de feestdag.</source>
        <translation>Enter a valid date for the public holiday.</translation>
    </message>
    <message>
        <source>%1 is geen geldig jaar.</source>
        <translation>%1 is not a valid year.</translation>
    </message>
</context>
<context>
    <name>CaseArchive</name>
    <message>
        <source>Het bestand is alleen te lezen; de bewaartermijn kan niet worden gewijzigd.</source>
        <translation>The file is read-only; the retention period cannot be changed.</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>„%1” kon niet ongedaan worden gemaakt.</source>
        <translation>“%1” could not be undone.</translation>
    </message>
    <message>
        <source>„%1” kon niet opnieuw worden uitgevoerd.</source>
        <translation>“%1” could not be redone.</translation>
    </message>
    <message>
        <source>Zaak %1 is intussen gewijzigd (%2); die wijziging blijft staan.</source>
        <translation>Case %1 has been changed in the meantime (%2); that change has been kept.</translation>
    </message>
    <message>
        <source>Zaak %1 is na de registratie gewijzigd of aangevuld door een ander; de registratie blijft staan.</source>
        <translation>Case %1 has been changed or added to by someone else since it was registered; the registration has been kept.</translation>
    </message>
    <message>
        <source>De zaak is nog niet opgeslagen.</source>
        <translation>The case has not been saved yet.</translation>
    </message>
    <message>
        <source>Zaak registreren</source>
        <translation>Register case</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Tijdlijn: %1</source>
        <translation>Timeline: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zaak %1 heeft documenten; die zouden met het ongedaan maken verloren gaan. De registratie blijft staan.</source>
        <translation>Case %1 has documents; undoing would lose them. The registration stays.</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>ontvangstdatum</source>
        <translation>date of receipt</translation>
    </message>
    <message>
        <source>datum gedraging</source>
        <translation>date of conduct</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>klager</source>
        <translation>complainant</translation>
    </message>
    <message>
        <source>vertegenwoordiger</source>
        <translation>representative</translation>
    </message>
    <message>
        <source>over wie</source>
        <translation>about whom</translation>
    </message>
    <message>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>verhaal</source>
        <translation>account</translation>
    </message>
    <message>
        <source>gewenste uitkomst</source>
        <translation>desired outcome</translation>
    </message>
    <message>
        <source>behandelaar</source>
        <translation>case officer</translation>
    </message>
    <message>
        <source>klachtadviescommissie</source>
        <translation>complaints advisory committee</translation>
    </message>
    <message>
        <source>inhoud besluit</source>
        <translation>content of decision</translation>
    </message>
    <message>
        <source>bekendmaking besluit</source>
        <translation>notification of decision</translation>
    </message>
    <message>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>datum afsluiting</source>
        <translation>closing date</translation>
    </message>
    <message>
        <source>bevestiging door de klager</source>
        <translation>confirmation by the complainant</translation>
    </message>
    <message>
        <source>grond niet-behandelen</source>
        <translation>ground for non-handling</translation>
    </message>
    <message>
        <source>kennisgeving niet-behandelen</source>
        <translation>non-handling notice</translation>
    </message>
    <message>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement of receipt</translation>
    </message>
    <message>
        <source>eerste contact</source>
        <translation>first contact</translation>
    </message>
    <message>
        <source>verdaging</source>
        <translation>adjournment</translation>
    </message>
    <message>
        <source>instemming met uitstel</source>
        <translation>consent to delay</translation>
    </message>
    <message>
        <source>afgesproken afdoeningsdatum</source>
        <translation>agreed final response date</translation>
    </message>
    <message>
        <source>geplande hoorzitting</source>
        <translation>planned hearing</translation>
    </message>
    <message>
        <source>klager gehoord</source>
        <translation>complainant heard</translation>
    </message>
    <message>
        <source>afzien van horen</source>
        <translation>dispensing with hearing</translation>
    </message>
    <message>
        <source>aanbieder</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>navragen terugkoppeling</source>
        <translation>feedback check</translation>
    </message>
    <message>
        <source>terugkoppeling aanbieder</source>
        <translation>provider feedback</translation>
    </message>
    <message>
        <source>nabellen gepland</source>
        <translation>follow-up call planned</translation>
    </message>
    <message>
        <source>nagebeld</source>
        <translation>follow-up call made</translation>
    </message>
    <message>
        <source>datum klaagschrift</source>
        <translation>date of the written complaint</translation>
    </message>
    <message>
        <source>besluit klachtadviescommissie</source>
        <translation>advisory committee decision</translation>
    </message>
    <message>
        <source>reden klachtadviescommissie</source>
        <translation>reason for the advisory committee decision</translation>
    </message>
    <message>
        <source>over de regie van de gemeente</source>
        <translation>about the municipality&apos;s own oversight</translation>
    </message>
    <message>
        <source>gestelde termijn horen</source>
        <translation>term given for the hearing</translation>
    </message>
    <message>
        <source>horen beklaagde</source>
        <translation>hearing of the person complained about</translation>
    </message>
    <message>
        <source>datum horen beklaagde</source>
        <translation>date of hearing the person complained about</translation>
    </message>
    <message>
        <source>hoorverslag</source>
        <translation>hearing report</translation>
    </message>
    <message>
        <source>hoorverslag verstuurd</source>
        <translation>hearing report sent</translation>
    </message>
    <message>
        <source>bevindingen</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>oordeel</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>conclusies</source>
        <translation>conclusions</translation>
    </message>
    <message>
        <source>afdoeningsbrief verstuurd</source>
        <translation>closing letter sent</translation>
    </message>
    <message>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>datum advies commissie</source>
        <translation>date of the committee&apos;s advice</translation>
    </message>
    <message>
        <source>advies commissie</source>
        <translation>committee&apos;s advice</translation>
    </message>
    <message>
        <source>toelichting advies</source>
        <translation>explanation of the advice</translation>
    </message>
    <message>
        <source>reden afwijken van advies</source>
        <translation>reason for departing from the advice</translation>
    </message>
    <message>
        <source>vorige klacht</source>
        <translation>previous complaint</translation>
    </message>
    <message>
        <source>naar de ombudsman</source>
        <translation>to the ombudsman</translation>
    </message>
    <message>
        <source>welke ombudsman</source>
        <translation>which ombudsman</translation>
    </message>
    <message>
        <source>uitkomst bij de ombudsman</source>
        <translation>outcome at the ombudsman</translation>
    </message>
    <message>
        <source>datum uitkomst ombudsman</source>
        <translation>date of the ombudsman&apos;s outcome</translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <source>Zaakdossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Brie&amp;f…</source>
        <translation>Lette&amp;r…</translation>
    </message>
    <message>
        <source>Brief schrijven</source>
        <translation>Write letter</translation>
    </message>
    <message>
        <source>Een brief voor deze zaak schrijven (Ctrl+L)</source>
        <translation>Write a letter for this case (Ctrl+L)</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Sections of the case file</translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Tijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Ter&amp;mijnen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>&amp;Leren</source>
        <translation>&amp;Learning</translation>
    </message>
    <message>
        <source>Verwijderde zaak</source>
        <translation>Deleted case</translation>
    </message>
    <message>
        <source>Van deze tijdlijnregel is geen verzonden brief bewaard.</source>
        <translation>No sent letter has been kept for this timeline entry.</translation>
    </message>
    <message>
        <source>Deze zaak bestaat niet (meer) in het bestand. Als u de registratie ongedaan hebt gemaakt, brengt Opnieuw uitvoeren haar terug.</source>
        <translation>This case does not exist (any more) in the file. If you undid the registration, Redo will bring it back.</translation>
    </message>
    <message>
        <source>%1 kan niet: %2</source>
        <translation>“%1” is not possible: %2</translation>
    </message>
    <message>
        <source>Uw wijziging is vervallen; hieronder staat de versie in het bestand.</source>
        <translation>Your change has been discarded; the version in the file is shown below.</translation>
    </message>
    <message>
        <source>Br&amp;ief van elders vastleggen…</source>
        <translation>Re&amp;cord letter sent elsewhere…</translation>
    </message>
    <message>
        <source>Brief van elders vastleggen</source>
        <translation>Record letter sent elsewhere</translation>
    </message>
    <message>
        <source>Een brief die buiten het programma is geschreven en verstuurd, vastleggen als verstuurd</source>
        <translation>Record a letter that was written and sent outside the program as sent</translation>
    </message>
    <message>
        <source>Heropend als nieuwe klacht %1, gekoppeld aan deze zaak. U vindt haar in de lijst Zaken.</source>
        <translation>Reopened as new complaint %1, linked to this case. You will find it in the Cases list.</translation>
    </message>
    <message>
        <source>Do&amp;cumenten</source>
        <translation>Do&amp;cuments</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Gegevens van de zaak</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>ontvangen %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>fase: %1</source>
        <translation>phase: %1</translation>
    </message>
    <message>
        <source>uitkomst: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <source>afgesloten %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>behandelaar: %1</source>
        <translation>case officer: %1</translation>
    </message>
    <message>
        <source>Geen openstaande termijn</source>
        <translation>No pending deadline</translation>
    </message>
    <message>
        <source>Geen termijnen meer open</source>
        <translation>No deadlines left open</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Berekening: %1</source>
        <translation>Calculation: %1</translation>
    </message>
    <message>
        <source>vervolg op %1</source>
        <translation>follows %1</translation>
    </message>
    <message>
        <source>ombudsman t/m %1 (%2)</source>
        <translation>ombudsman until %1 (%2)</translation>
    </message>
    <message>
        <source>Volgende termijn: %1 (%2)</source>
        <translation>Next deadline: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Aanbieder, afdeling of regeling waarover geklaagd wordt, en de thema&apos;s</source>
        <translation>Provider, department or arrangement complained about, and the themes</translation>
    </message>
    <message>
        <source>De eerstvolgende termijn die de gemeente moet halen</source>
        <translation>The next deadline the municipality has to meet</translation>
    </message>
    <message>
        <source>%1
namens de klager: %2 (%3)</source>
        <translation>%1
on behalf of the complainant: %2 (%3)</translation>
    </message>
    <message>
        <source>Domein: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>Afdeling: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Medewerker: %1</source>
        <translation>Employee: %1</translation>
    </message>
    <message>
        <source>Aanbieder: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Gemeenschappelijke regeling: %1</source>
        <translation>Joint arrangement: %1</translation>
    </message>
    <message>
        <source>Thema&apos;s: %1</source>
        <translation>Themes: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Geen openstaande termijn</source>
        <translation>No pending deadline</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>Standaardweergave</source>
        <translation>Default view</translation>
    </message>
    <message>
        <source>Weergave opslaan</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Naam van de weergave:</source>
        <translation>Name of the view:</translation>
    </message>
    <message>
        <source>Er is al een weergave &quot;%1&quot;. Wilt u die vervangen?</source>
        <translation>There is already a view &quot;%1&quot;. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Weergave verwijderen</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>De weergave &quot;%1&quot; verwijderen?</source>
        <translation>Delete the view &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Zoek in verhaal, notities, namen…</source>
        <translation>Search accounts, notes, names…</translation>
    </message>
    <message>
        <source>Zoeken in zaken</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Elk woord moet voorkomen, als woord of begin van een woord; accenten tellen niet mee. Pijl omlaag gaat naar de lijst.</source>
        <translation>Every word must appear, as a whole word or the start of a word; accents are ignored. Down arrow moves to the list.</translation>
    </message>
    <message>
        <source>Opgeslagen weergave</source>
        <translation>Saved view</translation>
    </message>
    <message>
        <source>Aangepaste weergave</source>
        <translation>Custom view</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Filters, zoekwoorden en sortering opslaan als weergave</source>
        <translation>Save filters, search terms and sorting as a view</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>De gekozen opgeslagen weergave verwijderen</source>
        <translation>Delete the selected saved view</translation>
    </message>
    <message>
        <source>Mijn zaken</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Alleen zaken waarvan u de behandelaar bent</source>
        <translation>Only cases for which you are the case officer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alleen zaken die nog niet zijn afgesloten</source>
        <translation>Only cases that have not been closed yet</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Alleen zaken waarvan de volgende termijn is verstreken</source>
        <translation>Only cases whose next deadline has passed</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>Aantal zaken</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>&amp;Weergave:</source>
        <translation>Vie&amp;w:</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Enter opent de gekozen zaak.</source>
        <translation>Enter opens the selected case.</translation>
    </message>
    <message>
        <source>Geen zaken gevonden</source>
        <translation>No cases found</translation>
    </message>
    <message>
        <source>Fout bij lezen</source>
        <translation>Read error</translation>
    </message>
    <message>
        <source>De zaken konden niet worden gelezen.</source>
        <translation>The cases could not be read.</translation>
    </message>
    <message>
        <source>Dit bestand bevat nog geen zaken.</source>
        <translation>This file does not contain any cases yet.</translation>
    </message>
    <message>
        <source>Pas de filters of de zoekwoorden aan.</source>
        <translation>Adjust the filters or the search terms.</translation>
    </message>
    <message>
        <source>Zoekveld leegmaken</source>
        <translation>Clear search field</translation>
    </message>
    <message>
        <source>Fa&amp;se:</source>
        <translation>Pha&amp;se:</translation>
    </message>
    <message>
        <source>Do&amp;mein:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message numerus="yes">
        <source>Meer dan %Ln zaken</source>
        <translation>
            <numerusform>More than %Ln case</numerusform>
            <numerusform>More than %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zaken</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMeasuresPanel</name>
    <message>
        <source>Verbetermaatregelen van deze zaak</source>
        <translation>Improvement measures for this case</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Aan deze zaak is nog geen verbetermaatregel gekoppeld. Leidt de klacht tot een verbetering, voor deze klager of voor iedereen? Leg die dan hier vast.</source>
        <translation>No improvement measure has been linked to this case yet. Does the complaint lead to an improvement, for this complainant or for everyone? If so, record it here.</translation>
    </message>
    <message>
        <source>Nieuwe maatre&amp;gel…</source>
        <translation>&amp;New measure…</translation>
    </message>
    <message>
        <source>Maatregel o&amp;penen…</source>
        <translation>O&amp;pen measure…</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Zaak %1 is intussen door iemand anders gewijzigd. Open de zaak opnieuw en breng uw wijziging nog eens aan.</source>
        <translation>Case %1 has been changed by someone else in the meantime. Open the case again and re-enter your change.</translation>
    </message>
    <message>
        <source>Zaak %1 heeft geen datum van ontvangst en kan niet worden opgeslagen.</source>
        <translation>Case %1 has no date of receipt and cannot be saved.</translation>
    </message>
    <message>
        <source>Zaak %1 is intussen door iemand anders gewijzigd.</source>
        <translation>Case %1 has been changed by someone else in the meantime.</translation>
    </message>
    <message>
        <source>Zaak %1 is al opgeslagen; alleen nieuwe zaken kunnen in één keer worden toegevoegd.</source>
        <translation>Case %1 has already been saved; only new cases can be added in one go.</translation>
    </message>
    <message>
        <source>Een thema heeft een naam nodig.</source>
        <translation>A theme needs a name.</translation>
    </message>
    <message>
        <source>De zaak bestaat niet (meer) in dit register.</source>
        <translation>The case does not exist (any more) in this register.</translation>
    </message>
    <message>
        <source>Zaak %1 bestaat niet (meer) in dit register.</source>
        <translation>Case %1 does not exist (any more) in this register.</translation>
    </message>
    <message>
        <source>Zaak %1 staat niet meer in dit register: intussen is een oudere reservekopie teruggezet. Uw wijziging is niet opgeslagen; de zaak zoals u die kende, staat in het bestand dat bij het terugzetten opzij is gezet.</source>
        <translation>Case %1 is no longer in this register: an older backup was restored meanwhile. Your change was not saved; the case as you knew it is in the file that was set aside during the restore.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Zaak %1 is al geregistreerd.</source>
        <translation>Case %1 has already been registered.</translation>
    </message>
    <message>
        <source>Een klachtadviescommissie adviseert alleen over een klaagschrift (afdeling 9.1.3 Awb).</source>
        <translation>An advisory committee only advises on a written complaint (section 9.1.3 Awb).</translation>
    </message>
    <message>
        <source>%1 heeft geen klachtadviescommissie (zie de instellingen van de gemeente).</source>
        <translation>%1 has no complaints advisory committee (see the municipality&apos;s settings).</translation>
    </message>
    <message>
        <source>De gemeente</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Vermeld waarom bij deze klacht %1 (afdeling 9.1.3 Awb); dat ligt vast bij ontvangst.</source>
        <translation>State why for this complaint %1 (section 9.1.3 Awb); this is fixed on receipt.</translation>
    </message>
    <message>
        <source>wel een klachtadviescommissie adviseert</source>
        <translation>an advisory committee does advise</translation>
    </message>
    <message>
        <source>geen klachtadviescommissie adviseert</source>
        <translation>no advisory committee advises</translation>
    </message>
    <message>
        <source>Klachtregeling van de gemeente: een klachtadviescommissie adviseert over klaagschriften.</source>
        <translation>Municipal complaints regulation: an advisory committee advises on written complaints.</translation>
    </message>
    <message>
        <source>Klachtregeling van de gemeente: geen klachtadviescommissie.</source>
        <translation>Municipal complaints regulation: no advisory committee.</translation>
    </message>
    <message>
        <source>De zaak is nog niet opgeslagen.</source>
        <translation>The case has not been saved yet.</translation>
    </message>
    <message>
        <source>De datum ligt voor de afsluiting van de zaak (%1).</source>
        <translation>The date is before the case was closed (%1).</translation>
    </message>
    <message>
        <source>De datum ligt in de toekomst.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Zoals bij de eerdere klacht %1.</source>
        <translation>As for the earlier complaint %1.</translation>
    </message>
    <message>
        <source>De brief kan niet in de toekomst zijn verstuurd.</source>
        <translation>The letter cannot have been sent in the future.</translation>
    </message>
    <message>
        <source>De brief kan niet voor de ontvangstdatum zijn verstuurd.</source>
        <translation>The letter cannot have been sent before the date of receipt.</translation>
    </message>
    <message>
        <source>Of een klachtadviescommissie adviseert, ligt vast bij ontvangst van de klacht (afdeling 9.1.3 Awb); het kan daarna niet worden gewijzigd.</source>
        <translation>Whether an advisory committee advises is fixed when the complaint is received (section 9.1.3 Awb); it cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>Deze gegevens horen bij de stappen van de klachtprocedure en veranderen alleen via die stappen (de knoppen van het dossier of aantafel-cli case).</source>
        <translation>These details belong to the steps of the complaints procedure and only change through those steps (the case file&apos;s buttons or aantafel-cli case).</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>De zaak heeft geen datum van ontvangst en kan niet worden opgeslagen.</source>
        <translation>The case has no date of receipt and cannot be saved.</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — geen gegevens in deze periode</source>
        <translation>%1 — no data in this period</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Rechtsklik om de grafiek als PNG op te slaan</source>
        <translation>Right-click to save the chart as PNG</translation>
    </message>
    <message>
        <source>De grafiek kon niet worden opgeslagen in %1: %2</source>
        <translation>The chart could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Grafiek opslaan als PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG-afbeeldingen (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Grafiek niet opgeslagen</source>
        <translation>Chart not saved</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>de afbeelding kon niet worden gemaakt</source>
        <translation>the image could not be created</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>series name and value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category and its values</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Onbekende opdracht: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Onverwachte fout: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Let op: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli deadlines --received JJJJ-MM-DD [--committee] [--conduct JJJJ-MM-DD] [--json] [--file BESTAND]</source>
        <translation>Usage: aantafel-cli deadlines --received YYYY-MM-DD [--committee] [--conduct YYYY-MM-DD] [--json] [--file FILE]</translation>
    </message>
    <message>
        <source>De datum van de gedraging (%1) ligt na de ontvangstdatum (%2).</source>
        <translation>The date of the conduct (%1) is after the date of receipt (%2).</translation>
    </message>
    <message>
        <source>art. 9:11 lid 1 Awb: 10 weken (met klachtadviescommissie)</source>
        <translation>Art. 9:11(1) Awb: 10 weeks (with complaints advisory committee)</translation>
    </message>
    <message>
        <source>art. 9:11 lid 1 Awb: 6 weken</source>
        <translation>Art. 9:11(1) Awb: 6 weeks</translation>
    </message>
    <message>
        <source>art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (10 + 4 = 14 weken; geen verlenging door de Atw, art. 4)</source>
        <translation>Art. 9:11(2) Awb: adjournment by at most 4 weeks (10 + 4 = 14 weeks; no extension under the Atw, Art. 4)</translation>
    </message>
    <message>
        <source>art. 9:11 lid 2 Awb: verdaging met ten hoogste 4 weken (6 + 4 = 10 weken)</source>
        <translation>Art. 9:11(2) Awb: adjournment by at most 4 weeks (6 + 4 = 10 weeks)</translation>
    </message>
    <message>
        <source>art. 9:8 lid 3 Awb: schriftelijke kennisgeving van niet-behandelen binnen 4 weken</source>
        <translation>Art. 9:8(3) Awb: written notice of non-handling within 4 weeks</translation>
    </message>
    <message>
        <source>Ontvangen: %1 (%2)</source>
        <translation>Received: %1 (%2)</translation>
    </message>
    <message>
        <source>Afdoening</source>
        <translation>Final response</translation>
    </message>
    <message>
        <source>Na verdaging</source>
        <translation>After adjournment</translation>
    </message>
    <message>
        <source>Kennisgeving niet-behandelen</source>
        <translation>Non-handling notice</translation>
    </message>
    <message>
        <source>De gedraging (%1) vond meer dan een jaar voor de indiening plaats: de klacht hoeft niet te worden behandeld (art. 9:8 lid 1 b Awb).</source>
        <translation>The conduct (%1) took place more than a year before the complaint was submitted: the complaint need not be dealt with (Art. 9:8(1)(b) Awb).</translation>
    </message>
    <message>
        <source>De gedraging (%1) vond niet meer dan een jaar voor de indiening plaats.</source>
        <translation>The conduct (%1) took place no more than a year before the complaint was submitted.</translation>
    </message>
    <message>
        <source>Zie: aantafel-cli --help</source>
        <translation>See: aantafel-cli --help</translation>
    </message>
    <message>
        <source>Reservekopie van %1 gemaakt: %2 (%3 kB).</source>
        <translation>Backup of %1 created: %2 (%3 kB).</translation>
    </message>
    <message>
        <source>Gebruik --force om toch terug te zetten; het huidige bestand wordt dan eerst opzij gezet.</source>
        <translation>Use --force to restore anyway; the current file will then be moved aside first.</translation>
    </message>
    <message>
        <source>%1 teruggezet als %2.</source>
        <translation>%1 restored as %2.</translation>
    </message>
    <message>
        <source>Het bestand zoals het was, staat in %1.</source>
        <translation>The file as it was is in %1.</translation>
    </message>
    <message>
        <source>%1 bestaat al; kies een andere naam. Er is niets gewijzigd.</source>
        <translation>%1 already exists; choose a different name. Nothing has been changed.</translation>
    </message>
    <message>
        <source>(anoniem)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli init BESTAND --name NAAM [--committee]</source>
        <translation>Usage: aantafel-cli init FILE --name NAME [--committee]</translation>
    </message>
    <message>
        <source>%1 aangemaakt voor %2.</source>
        <translation>%1 created for %2.</translation>
    </message>
    <message>
        <source>%1 aangemaakt: Gemeente Voorbeeld met %2 zaken in %3 s.</source>
        <translation>%1 created: Gemeente Voorbeeld with %2 cases in %3 s.</translation>
    </message>
    <message>
        <source>(niet toegewezen)</source>
        <translation>(not assigned)</translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli check BESTAND</source>
        <translation>Usage: aantafel-cli check FILE</translation>
    </message>
    <message numerus="yes">
        <source>In orde: schema versie %1, %n zaak/zaken gecontroleerd, geen problemen gevonden.</source>
        <translation>
            <numerusform>OK: schema version %1, %n case checked, no problems found.</numerusform>
            <numerusform>OK: schema version %1, %n cases checked, no problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probleem/problemen gevonden.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli due BESTAND [--within DAGEN] [--handler NAAM] [--format text|csv|json]</source>
        <translation>Usage: aantafel-cli due FILE [--within DAYS] [--handler NAME] [--format text|csv|json]</translation>
    </message>
    <message>
        <source>Termijnoverzicht %1</source>
        <translation>Deadline overview %1</translation>
    </message>
    <message>
        <source>Peildatum: %1</source>
        <translation>Reference date: %1</translation>
    </message>
    <message numerus="yes">
        <source>(&quot;deze week&quot;: binnen %n werkdag/werkdagen)</source>
        <translation>
            <numerusform>(&quot;this week&quot;: within %n working day)</numerusform>
            <numerusform>(&quot;this week&quot;: within %n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>* Let op: %1</source>
        <translation>* Note: %1</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>open zaken</source>
        <translation>open cases</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>eerstvolgende termijn</source>
        <translation>next deadline</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli audit BESTAND --from JJJJ-MM-DD --to JJJJ-MM-DD [--case ZAAKNUMMER] --out UITVOER.csv</source>
        <translation>Usage: aantafel-cli audit FILE --from YYYY-MM-DD --to YYYY-MM-DD [--case CASENUMBER] --out OUTPUT.csv</translation>
    </message>
    <message>
        <source>Geef precies één gemeentebestand op.</source>
        <translation>Specify exactly one municipality file.</translation>
    </message>
    <message>
        <source>--from, --to en --out zijn verplicht.</source>
        <translation>--from, --to and --out are required.</translation>
    </message>
    <message>
        <source>--to ligt vóór --from.</source>
        <translation>--to is before --from.</translation>
    </message>
    <message>
        <source>alle zaken</source>
        <translation>all cases</translation>
    </message>
    <message numerus="yes">
        <source>%n regel/regels van de audittrail geschreven naar %1</source>
        <translation>
            <numerusform>%n audit trail entry written to %1</numerusform>
            <numerusform>%n audit trail entries written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Onbekend formaat &apos;%1&apos;: kies text, csv of json.</source>
        <translation>Unknown format &apos;%1&apos;: choose text, csv or json.</translation>
    </message>
    <message>
        <source>Let op: geen openstaande termijnen voor behandelaar &apos;%1&apos;; klopt de naam?</source>
        <translation>Note: no pending deadlines for case officer &apos;%1&apos;; is the name correct?</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli import BESTAND --csv IN.csv --mapping INDELING.json [--dry-run] [--skip-invalid]</source>
        <translation>Usage: aantafel-cli import FILE --csv IN.csv --mapping MAPPING.json [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>Kan %1 niet openen: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Er is niets geïmporteerd.</source>
        <translation>Nothing has been imported.</translation>
    </message>
    <message>
        <source>%1: %2 regels gelezen (scheidingsteken %3, tekenset %4), %5 te importeren, %6 met problemen.</source>
        <translation>%1: %2 rows read (separator %3, encoding %4), %5 to import, %6 with problems.</translation>
    </message>
    <message>
        <source>Nieuwe thema&apos;s: %1</source>
        <translation>New themes: %1</translation>
    </message>
    <message>
        <source>Er is niets geïmporteerd: los de problemen op, of sla die regels over met --skip-invalid.</source>
        <translation>Nothing has been imported: resolve the problems, or skip those rows with --skip-invalid.</translation>
    </message>
    <message>
        <source>Proefimport: er is niets geschreven.</source>
        <translation>Trial import: nothing has been written.</translation>
    </message>
    <message>
        <source>%1 zaken geïmporteerd in %2.</source>
        <translation>%1 cases imported into %2.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli letter BESTAND --case KENMERK --type SOORT --pdf UIT.pdf [--date JJJJ-MM-DD] [--ground GROND] [--record]</source>
        <translation>Usage: aantafel-cli letter FILE --case REFERENCE --type TYPE --pdf OUT.pdf [--date YYYY-MM-DD] [--ground GROUND] [--record]</translation>
    </message>
    <message>
        <source>Soorten: %1</source>
        <translation>Types: %1</translation>
    </message>
    <message>
        <source>Optie %1 is verplicht.</source>
        <translation>Option %1 is required.</translation>
    </message>
    <message>
        <source>Onbekende briefsoort: %1</source>
        <translation>Unknown letter type: %1</translation>
    </message>
    <message>
        <source>Onbekende grond: %1 (mogelijk: %2)</source>
        <translation>Unknown ground: %1 (possible: %2)</translation>
    </message>
    <message>
        <source>De zaak heeft al een andere grond: %1</source>
        <translation>The case already has a different ground: %1</translation>
    </message>
    <message>
        <source>De brief (%1) kan niet worden opgemaakt:</source>
        <translation>The letter (%1) cannot be drawn up:</translation>
    </message>
    <message>
        <source>Deze uitvoering van aantafel-cli kan geen PDF maken; de brief is niet geschreven.</source>
        <translation>This build of aantafel-cli cannot create PDFs; the letter has not been written.</translation>
    </message>
    <message>
        <source>%1 voor zaak %2 (aan %3) geschreven naar %4.</source>
        <translation>%1 for case %2 (to %3) written to %4.</translation>
    </message>
    <message>
        <source>De brief is als verstuurd vastgelegd in de tijdlijn van de zaak.</source>
        <translation>The letter has been recorded as sent in the case timeline.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli report BESTAND --year JJJJ --format pdf|html|csv --out UITVOER</source>
        <translation>Usage: aantafel-cli report FILE --year YYYY --format pdf|html|csv --out OUTPUT</translation>
    </message>
    <message>
        <source>Geef met --year het jaar van het verslag op.</source>
        <translation>Specify the year of the report with --year.</translation>
    </message>
    <message>
        <source>Geef met --out op waar het verslag moet komen.</source>
        <translation>Specify with --out where the report should be saved.</translation>
    </message>
    <message>
        <source>Onbekend formaat &apos;%1&apos;: kies pdf, html of csv.</source>
        <translation>Unknown format &apos;%1&apos;: choose pdf, html or csv.</translation>
    </message>
    <message>
        <source>Deze versie van aantafel-cli kan geen PDF maken. Kies --format html of csv.</source>
        <translation>This version of aantafel-cli cannot create PDFs. Choose --format html or csv.</translation>
    </message>
    <message>
        <source>Klachtenjaarverslag %1 geschreven naar %2 (klachten: %3, signalen: %4).</source>
        <translation>Annual complaints report %1 written to %2 (complaints: %3, signals: %4).</translation>
    </message>
    <message>
        <source>Informeel oplossen</source>
        <translation>Resolve informally</translation>
    </message>
    <message>
        <source>Eerste persoonlijk contact vastleggen</source>
        <translation>Record the first personal contact</translation>
    </message>
    <message>
        <source>Ontvangstbevestiging verstuurd (art. 9:6 Awb)</source>
        <translation>Acknowledgement sent (art. 9:6 Awb)</translation>
    </message>
    <message>
        <source>Warme overdracht aan een aanbieder; provider=NAAM, follow-up=JJJJ-MM-DD</source>
        <translation>Warm handover to a provider; provider=NAME, follow-up=YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Terugkoppeling van de aanbieder vastleggen (sluit de zaak)</source>
        <translation>Record the provider&apos;s feedback (closes the case)</translation>
    </message>
    <message>
        <source>Na een warme overdracht weer zelf informeel oppakken</source>
        <translation>Take it up informally again after a warm handover</translation>
    </message>
    <message>
        <source>Formeel behandelen (niet tegen een medewerker van een gecontracteerde aanbieder)</source>
        <translation>Handle formally (not against an employee of a contracted provider)</translation>
    </message>
    <message>
        <source>Terug naar de informele aanpak met instemming van de klager; confirmation=phone|in_person|email|letter</source>
        <translation>Back to the informal approach with the complainant&apos;s agreement; confirmation=phone|in_person|email|letter</translation>
    </message>
    <message>
        <source>Hoorzitting plannen op --date (mag in de toekomst liggen)</source>
        <translation>Plan the hearing on --date (may be in the future)</translation>
    </message>
    <message>
        <source>Horen vastleggen (art. 9:10 lid 1 Awb); person=klager|beklaagde, declined=yes: de beklaagde kreeg de gelegenheid maar maakte er geen gebruik van</source>
        <translation>Record a hearing (art. 9:10(1) Awb); person=klager|beklaagde, declined=yes: the person complained about had the opportunity but did not use it</translation>
    </message>
    <message>
        <source>Afzien van horen van de klager (art. 9:10 lid 2 Awb); exception=manifestly_unfounded|klager_waived|no_reply, reply-term=JJJJ-MM-DD bij no_reply</source>
        <translation>Not hearing the complainant (art. 9:10(2) Awb); exception=manifestly_unfounded|klager_waived|no_reply, reply-term=YYYY-MM-DD with no_reply</translation>
    </message>
    <message>
        <source>Hoorverslag vastleggen, --date: verstuurd aan klager en beklaagde (art. 9:10 lid 3 Awb); text=VERSLAG</source>
        <translation>Record the hearing report, --date: sent to complainant and person complained about (art. 9:10(3) Awb); text=REPORT</translation>
    </message>
    <message>
        <source>Advies van de klachtadviescommissie vastleggen; advice=upheld|partly_upheld|rejected|no_judgment, text=ADVIES</source>
        <translation>Record the advisory committee&apos;s advice; advice=upheld|partly_upheld|rejected|no_judgment, text=ADVICE</translation>
    </message>
    <message>
        <source>Oordeel vastleggen (sluit de zaak niet); judgment=upheld|partly_upheld|rejected|no_judgment, findings=TEKST, conclusions=TEKST, reasons=TEKST (afwijken van het advies, art. 9:16 Awb)</source>
        <translation>Record the finding (does not close the case); judgment=upheld|partly_upheld|rejected|no_judgment, findings=TEXT, conclusions=TEXT, reasons=TEXT (departing from the advice, art. 9:16 Awb)</translation>
    </message>
    <message>
        <source>Afdoen: gebeurt met de afdoeningsbrief (letter --type afdoening --record, of record-letter)</source>
        <translation>Close: happens with the closing letter (letter --type afdoening --record, or record-letter)</translation>
    </message>
    <message>
        <source>Verdagen: gebeurt met de verdagingsbrief (letter --type verdaging --record, of record-letter)</source>
        <translation>Adjourn: happens with the adjournment letter (letter --type verdaging --record, or record-letter)</translation>
    </message>
    <message>
        <source>Schriftelijke instemming met verder uitstel, ontvangen op --date, vóór het verstrijken van de termijn (art. 9:11 lid 3 Awb); agreed=JJJJ-MM-DD</source>
        <translation>Written consent to further delay, received on --date, before the term expires (art. 9:11(3) Awb); agreed=YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Niet in behandeling nemen (art. 9:8 Awb); ground=9_8_1_a…9_8_2, notice=JJJJ-MM-DD (kennisgeving verstuurd; standaard --date)</source>
        <translation>Not handle the complaint (art. 9:8 Awb); ground=9_8_1_a…9_8_2, notice=YYYY-MM-DD (notice sent; default --date)</translation>
    </message>
    <message>
        <source>De klager trekt de klacht in</source>
        <translation>The complainant withdraws the complaint</translation>
    </message>
    <message>
        <source>Nabellen &quot;hoe gaat het nu?&quot; vastleggen</source>
        <translation>Record the &quot;how are things now?&quot; follow-up call</translation>
    </message>
    <message>
        <source>Heropenen; na een afdoening of kennisgeving niet-behandelen: een nieuwe, gekoppelde klacht (het nieuwe kenmerk wordt getoond)</source>
        <translation>Reopen; after a closing letter or notice of not handling: a new, linked complaint (the new reference is shown)</translation>
    </message>
    <message>
        <source>Een elders geschreven brief vastleggen als verstuurd op --date, met wat die brief rechtens doet; type=afdoening|verdaging|niet-behandelen|ontvangstbevestiging|…, ground=9_8_… bij niet-behandelen</source>
        <translation>Record a letter written elsewhere as sent on --date, with its legal effect; type=afdoening|verdaging|niet-behandelen|ontvangstbevestiging|…, ground=9_8_… with niet-behandelen</translation>
    </message>
    <message>
        <source>Acties:
</source>
        <translation>Actions:
</translation>
    </message>
    <message>
        <source>Zie: aantafel-cli case --help</source>
        <translation>See: aantafel-cli case --help</translation>
    </message>
    <message>
        <source>Optie --param verwacht SLEUTEL=WAARDE.</source>
        <translation>Option --param expects KEY=VALUE.</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; heeft niet de vorm SLEUTEL=WAARDE.</source>
        <translation>Parameter &apos;%1&apos; is not of the form KEY=VALUE.</translation>
    </message>
    <message>
        <source>Parameter %1 ontbreekt.</source>
        <translation>Parameter %1 is missing.</translation>
    </message>
    <message>
        <source>Onbekende waarde voor %1: &apos;%2&apos; (mogelijk: %3)</source>
        <translation>Unknown value for %1: &apos;%2&apos; (possible: %3)</translation>
    </message>
    <message>
        <source>Ongeldige datum bij %1: &apos;%2&apos;. Gebruik JJJJ-MM-DD.</source>
        <translation>Invalid date for %1: &apos;%2&apos;. Use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>person is klager of beklaagde, niet &apos;%1&apos;.</source>
        <translation>person is klager or beklaagde, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>declined is yes of no, niet &apos;%1&apos;.</source>
        <translation>declined is yes or no, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Onverwacht argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--kind is klaagschrift, mondeling of signaal.</source>
        <translation>--kind is klaagschrift, mondeling or signaal.</translation>
    </message>
    <message>
        <source>Optie --received is verplicht.</source>
        <translation>Option --received is required.</translation>
    </message>
    <message>
        <source>De ontvangstdatum ligt in de toekomst.</source>
        <translation>The date of receipt is in the future.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli case BESTAND do KENMERK ACTIE [--date JJJJ-MM-DD] [--param SLEUTEL=WAARDE]…</source>
        <translation>Usage: aantafel-cli case FILE do REFERENCE ACTION [--date YYYY-MM-DD] [--param KEY=VALUE]…</translation>
    </message>
    <message>
        <source>Onbekende actie: %1</source>
        <translation>Unknown action: %1</translation>
    </message>
    <message>
        <source>Actie %1 kent de parameter %2 niet (wel: %3).</source>
        <translation>Action %1 does not take parameter %2 (it does take: %3).</translation>
    </message>
    <message>
        <source>Onbekende briefsoort bij type: &apos;%1&apos;.</source>
        <translation>Unknown letter type for type: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is heropend als nieuwe klacht %2.</source>
        <translation>%1 has been reopened as new complaint %2.</translation>
    </message>
    <message>
        <source>%1: %2 vastgelegd; fase %3.</source>
        <translation>%1: %2 recorded; phase %3.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli case BESTAND show KENMERK [--json]</source>
        <translation>Usage: aantafel-cli case FILE show REFERENCE [--json]</translation>
    </message>
    <message>
        <source>ontvangen %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Uitkomst: %1, afgesloten %2</source>
        <translation>Outcome: %1, closed %2</translation>
    </message>
    <message>
        <source>Let op (%1): %2</source>
        <translation>Note (%1): %2</translation>
    </message>
    <message>
        <source>Termijnen:</source>
        <translation>Deadlines:</translation>
    </message>
    <message>
        <source>Tijdlijn:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Afsluitcodes: 0 in orde, 1 geweigerd of problemen gevonden, 2 verkeerd gebruik of bestand niet te openen.</source>
        <translation>Exit codes: 0 OK, 1 refused or problems found, 2 incorrect usage or file cannot be opened.</translation>
    </message>
    <message>
        <source>init BESTAND --name NAAM [--committee]</source>
        <translation>init FILE --name NAME [--committee]</translation>
    </message>
    <message>
        <source>Maak een nieuw gemeentebestand (.aantafel). --committee: formele klachten gaan naar een klachtadviescommissie (afdeling 9.1.3 Awb).</source>
        <translation>Create a new municipality file (.aantafel). --committee: formal complaints go to a complaints advisory committee (Section 9.1.3 Awb).</translation>
    </message>
    <message>
        <source>deadlines --received JJJJ-MM-DD [--committee] [--conduct JJJJ-MM-DD] [--json] [--file BESTAND]</source>
        <translation>deadlines --received YYYY-MM-DD [--committee] [--conduct YYYY-MM-DD] [--json] [--file FILE]</translation>
    </message>
    <message>
        <source>Bereken de termijnen van hoofdstuk 9 Awb voor een ontvangstdatum, geteld volgens de Algemene termijnenwet. --conduct: de datum van de gedraging (9:8 lid 1 b). --file: de vastgestelde vrije dagen van dat gemeentebestand.</source>
        <translation>Calculate the chapter 9 Awb deadlines for a date of receipt, counted under the Algemene termijnenwet. --conduct: the date of the conduct (Art. 9:8(1)(b)). --file: the decreed free days of that municipality file.</translation>
    </message>
    <message>
        <source>check BESTAND</source>
        <translation>check FILE</translation>
    </message>
    <message>
        <source>due BESTAND [--within DAGEN] [--handler NAAM] [--format text|csv|json]</source>
        <translation>due FILE [--within DAYS] [--handler NAME] [--format text|csv|json]</translation>
    </message>
    <message>
        <source>Termijnoverzicht: alle openstaande termijnen per urgentie (te laat, vandaag, deze week, later) en de werklast per behandelaar. Opent het bestand alleen om te lezen.</source>
        <translation>Deadline overview: all pending deadlines by urgency (overdue, today, this week, later) and the workload per case officer. Opens the file read-only.</translation>
    </message>
    <message>
        <source>import BESTAND --csv IN.csv --mapping INDELING.json [--dry-run] [--skip-invalid]</source>
        <translation>import FILE --csv IN.csv --mapping MAPPING.json [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>Importeer een bestaand klachtenregister (CSV) volgens een kolomindeling (JSON). Alles of niets: met een probleemregel wordt niets geschreven, tenzij --skip-invalid die regels overslaat. --dry-run controleert alleen.</source>
        <translation>Import an existing complaints register (CSV) using a column mapping (JSON). All or nothing: if any row has a problem, nothing is written, unless --skip-invalid skips those rows. --dry-run only checks.</translation>
    </message>
    <message>
        <source>letter BESTAND --case KENMERK --type SOORT --pdf UIT.pdf [--date JJJJ-MM-DD] [--ground GROND] [--record]</source>
        <translation>letter FILE --case REFERENCE --type TYPE --pdf OUT.pdf [--date YYYY-MM-DD] [--ground GROUND] [--record]</translation>
    </message>
    <message>
        <source>audit BESTAND --from JJJJ-MM-DD --to JJJJ-MM-DD [--case ZAAKNUMMER] --out UITVOER.csv</source>
        <translation>audit FILE --from YYYY-MM-DD --to YYYY-MM-DD [--case CASENUMBER] --out OUTPUT.csv</translation>
    </message>
    <message>
        <source>Audittrail van een periode (of van één zaak) als CSV; alleen voor een beheerder.</source>
        <translation>Audit trail for a period (or for one case) as CSV; administrators only.</translation>
    </message>
    <message>
        <source>report BESTAND --year JJJJ --format pdf|html|csv --out UITVOER</source>
        <translation>report FILE --year YYYY --format pdf|html|csv --out OUTPUT</translation>
    </message>
    <message>
        <source>Klachtenjaarverslag (art. 9:12a Awb) van een jaar, zonder persoonsgegevens: PDF met grafieken, HTML of CSV.</source>
        <translation>Annual complaints report (Art. 9:12a Awb) for a year, without personal data: PDF with charts, HTML or CSV.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli OPDRACHT [OPTIES]</source>
        <translation>Usage: aantafel-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Opdrachten:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>aantafel-cli OPDRACHT --help toont de hulp bij één opdracht; aantafel-cli --version de versie.</source>
        <translation>aantafel-cli COMMAND --help shows the help for one command; aantafel-cli --version the version.</translation>
    </message>
    <message>
        <source>--case verwacht een zaaknummer.</source>
        <translation>--case expects a case number.</translation>
    </message>
    <message>
        <source>Het argument &apos;%1&apos; bevat tekens die dit systeem niet als tekst kan lezen (geen geldige UTF-8), bijvoorbeeld een bestandsnaam uit een ander systeem. Geef het bestand een naam zonder die tekens; er is niets gedaan.</source>
        <translation>The argument &apos;%1&apos; contains characters this system cannot read as text (not valid UTF-8), for example a file name from another system. Give the file a name without those characters; nothing was done.</translation>
    </message>
    <message>
        <source>Optie --as verwacht een inlognaam.</source>
        <translation>Option --as expects a login name.</translation>
    </message>
    <message>
        <source>--handler verwacht de naam of inlognaam van een behandelaar.</source>
        <translation>--handler expects the name or login name of a case officer.</translation>
    </message>
    <message>
        <source>%1 is een map; geef een naam voor het nieuwe bestand. Er is niets gewijzigd.</source>
        <translation>%1 is a folder; give a name for the new file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2. Er is niets gewijzigd.</source>
        <translation>Cannot write %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli retention BESTAND --list|--anonymise|--destroy [--before JJJJ-MM-DD] [--dry-run] [--copies scrub|delete]</source>
        <translation>Usage: aantafel-cli retention FILE --list|--anonymise|--destroy [--before YYYY-MM-DD] [--dry-run] [--copies scrub|delete]</translation>
    </message>
    <message>
        <source>afgesloten %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>bewaartermijn verstreken op %1</source>
        <translation>retention period ended on %1</translation>
    </message>
    <message>
        <source>geanonimiseerd op %1</source>
        <translation>anonymised on %1</translation>
    </message>
    <message>
        <source>Kies precies één van --list, --anonymise en --destroy.</source>
        <translation>Choose exactly one of --list, --anonymise and --destroy.</translation>
    </message>
    <message>
        <source>Onbekende keuze voor --copies: &apos;%1&apos;; kies scrub of delete.</source>
        <translation>Unknown choice for --copies: &apos;%1&apos;; choose scrub or delete.</translation>
    </message>
    <message numerus="yes">
        <source>Proef: %n zaak/zaken zou/zouden worden vernietigd.</source>
        <translation>
            <numerusform>Dry run: %n case would be destroyed.</numerusform>
            <numerusform>Dry run: %n cases would be destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proef: %n zaak/zaken zou/zouden worden geanonimiseerd.</source>
        <translation>
            <numerusform>Dry run: %n case would be anonymised.</numerusform>
            <numerusform>Dry run: %n cases would be anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proef: er is niets gewijzigd.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken vernietigd.</source>
        <translation>
            <numerusform>%n case destroyed.</numerusform>
            <numerusform>%n cases destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken geanonimiseerd.</source>
        <translation>
            <numerusform>%n case anonymised.</numerusform>
            <numerusform>%n cases anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er zijn geen zaken om te verwerken; er is niets gewijzigd.</source>
        <translation>There are no cases to process; nothing was changed.</translation>
    </message>
    <message>
        <source>Opgeschoond: %1</source>
        <translation>Scrubbed: %1</translation>
    </message>
    <message>
        <source>Verwijderd: %1</source>
        <translation>Deleted: %1</translation>
    </message>
    <message>
        <source>Reservekopie van vóór de vernietiging (bevat de gegevens nog): %1</source>
        <translation>Backup from before the destruction (still holds the data): %1</translation>
    </message>
    <message>
        <source>Schoon deze kopieën op met --copies scrub, of verwijder ze met --copies delete.</source>
        <translation>Scrub these copies with --copies scrub, or delete them with --copies delete.</translation>
    </message>
    <message>
        <source>Algemene optie:</source>
        <translation>General option:</translation>
    </message>
    <message>
        <source>  --as INLOGNAAM</source>
        <translation>  --as LOGIN</translation>
    </message>
    <message>
        <source>Werk als deze gebruiker van het bestand; alleen als uw account aan die gebruiker is gekoppeld. Zonder --as werkt u als de gebruiker van uw account (of alleen lezend).</source>
        <translation>Work as this user of the file; only when your account is linked to that user. Without --as you work as the user of your account (or read-only).</translation>
    </message>
    <message>
        <source>retention BESTAND --list|--anonymise|--destroy [--before JJJJ-MM-DD] [--dry-run] [--copies scrub|delete]</source>
        <translation>retention FILE --list|--anonymise|--destroy [--before YYYY-MM-DD] [--dry-run] [--copies scrub|delete]</translation>
    </message>
    <message>
        <source>Bewaartermijn: toon, anonimiseer of vernietig de afgesloten zaken waarvan de bewaartermijn is verstreken (--before: alleen zaken afgesloten vóór die dag); --copies schoont de reservekopieën van vóór de vernietiging op of verwijdert ze. Alleen voor een beheerder.</source>
        <translation>Retention: list, anonymise or destroy the closed cases whose retention period has ended (--before: only cases closed before that day); --copies scrubs or deletes the backups from before the destruction. Administrators only.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli %1</source>
        <translation>Usage: aantafel-cli %1</translation>
    </message>
    <message>
        <source>Maak een brief van een zaak als PDF, precies zoals het programma hem afdrukt. Soorten: ontvangstbevestiging, informele-oplossing, uitnodiging-hoorzitting, verdaging, instemming-uitstel, niet-behandelen, afschrift-beklaagde, afdoening. Weigert (code 1) als een verplicht onderdeel ontbreekt. --record legt de brief vast als verstuurd en voert uit wat hij rechtens doet: de afdoeningsbrief sluit de formele klacht af op zijn datum, de verdagingsbrief verdaagt, de kennisgeving niet-behandelen sluit de zaak als niet behandeld. --ground geeft bij niet-behandelen de grond (bijv. 9_8_1_b).</source>
        <translation>Make a letter of a case as a PDF, exactly as the program prints it. Types: ontvangstbevestiging, informele-oplossing, uitnodiging-hoorzitting, verdaging, instemming-uitstel, niet-behandelen, afschrift-beklaagde, afdoening. Refuses (code 1) when a required part is missing. --record records the letter as sent and applies the legal act it is: the afdoeningsbrief closes the formal complaint on its date, the verdagingsbrief adjourns, the kennisgeving niet-behandelen closes the case as not handled. --ground gives the ground of a niet-behandelen letter (e.g. 9_8_1_b).</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli restore KOPIE --to BESTAND [--force] [--wait SECONDEN]</source>
        <translation>Usage: aantafel-cli restore COPY --to FILE [--force] [--wait SECONDS]</translation>
    </message>
    <message>
        <source>restore KOPIE --to BESTAND [--force] [--wait SECONDEN]</source>
        <translation>restore COPY --to FILE [--force] [--wait SECONDS]</translation>
    </message>
    <message>
        <source>Zet een reservekopie terug. Wacht tot wat collega&apos;s aan het vastleggen zijn klaar is (hoogstens --wait seconden, standaard 30) en houdt zolang nieuwe wijzigingen tegen. Weigert een bestand dat later is gewijzigd dan de kopie (--force: toch); het huidige bestand wordt eerst opzij gezet.</source>
        <translation>Restores a backup copy. Waits until what colleagues are committing is done (at most --wait seconds, 30 by default) and holds back new changes meanwhile. Refuses a file that changed after the copy was made (--force: anyway); the current file is set aside first.</translation>
    </message>
    <message>
        <source>Selectielijst %1 (gekozen door de beheerder)</source>
        <translation>Selectielijst %1 (chosen by the administrator)</translation>
    </message>
    <message>
        <source>Selectielijst %1</source>
        <translation>Selectielijst %1</translation>
    </message>
    <message numerus="yes">
        <source>%n afgesloten zaak/zaken waarvan de bewaartermijn volgens de Selectielijst is verstreken.</source>
        <translation>
            <numerusform>%n closed case whose retention period under the Selectielijst has passed.</numerusform>
            <numerusform>%n closed cases whose retention period under the Selectielijst has passed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli case BESTAND new|do|show|attach …

  aantafel-cli case BESTAND new --kind klaagschrift|mondeling|signaal --received JJJJ-MM-DD --klager NAAM
      [--committee [--committee-reason TEKST]] [--conduct JJJJ-MM-DD] [--story TEKST] [--about NAAM]
      [--department NAAM] [--provider NAAM] [--regie] [--address TEKST] [--dated JJJJ-MM-DD] [--handler NAAM]
      Registreert een zaak en toont het kenmerk.
  aantafel-cli case BESTAND new --eml BERICHT.eml|BERICHT.msg [--handler NAAM] [--committee-reason TEKST]
      Registreert een klacht uit een e-mail: klager, ontvangstdatum en verhaal uit het bericht; het bericht
      en zijn bijlagen (niet de afbeeldingen in de tekst) worden documenten van de zaak.
  aantafel-cli case BESTAND do KENMERK ACTIE [--date JJJJ-MM-DD] [--param SLEUTEL=WAARDE]…
      Past één stap van de werkwijze toe. Afsluitcode 0: toegepast, 1: geweigerd (met de reden), 2: verkeerd gebruik.
      --param note=TEKST zet een toelichting in de tijdlijn.
  aantafel-cli case BESTAND show KENMERK [--json]
      Toont de zaak met haar termijnen en tijdlijn.
  aantafel-cli case BESTAND attach KENMERK PAD… [--kind SOORT]
      Voegt bestanden toe aan de documenten van de zaak, alle of geen. SOORT: complaint, email, attachment,
      hearing_report, committee_advice, response of other (standaard: email voor .eml en .msg, anders attachment).
Brieven verstuurt u met aantafel-cli letter … --record.
</source>
        <translation>Usage: aantafel-cli case FILE new|do|show|attach …

  aantafel-cli case FILE new --kind klaagschrift|mondeling|signaal --received YYYY-MM-DD --klager NAME
      [--committee [--committee-reason TEXT]] [--conduct YYYY-MM-DD] [--story TEXT] [--about NAME]
      [--department NAME] [--provider NAME] [--regie] [--address TEXT] [--dated YYYY-MM-DD] [--handler NAME]
      Registers a case and prints its reference.
  aantafel-cli case FILE new --eml MESSAGE.eml|MESSAGE.msg [--handler NAME] [--committee-reason TEXT]
      Registers a complaint from an e-mail: klager, date received and story from the message; the message
      and its attachments (not the images in its text) become documents of the case.
  aantafel-cli case FILE do REFERENCE ACTION [--date YYYY-MM-DD] [--param KEY=VALUE]…
      Applies one step of the workflow. Exit code 0: applied, 1: refused (with the reason), 2: wrong usage.
      --param note=TEXT puts an explanation in the timeline.
  aantafel-cli case FILE show REFERENCE [--json]
      Shows the case with its deadlines and timeline.
  aantafel-cli case FILE attach REFERENCE PATH… [--kind KIND]
      Adds files to the documents of the case, all or none. KIND: complaint, email, attachment,
      hearing_report, committee_advice, response or other (default: email for .eml and .msg, else attachment).
Letters are sent with aantafel-cli letter … --record.
</translation>
    </message>
    <message>
        <source>Optie %1 gaat niet samen met --eml: de gegevens komen uit het bericht.</source>
        <translation>Option %1 cannot be combined with --eml: the details come from the message.</translation>
    </message>
    <message>
        <source>Deze versie van aantafel-cli kan geen e-mail lezen.</source>
        <translation>This version of aantafel-cli cannot read e-mail.</translation>
    </message>
    <message>
        <source>Het bericht %1 bestaat niet.</source>
        <translation>The message %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is niet geregistreerd: %2</source>
        <translation>%1 was not registered: %2</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli case BESTAND attach KENMERK PAD… [--kind SOORT]</source>
        <translation>Usage: aantafel-cli case FILE attach REFERENCE PATH… [--kind KIND]</translation>
    </message>
    <message>
        <source>Onbekende documentsoort: &apos;%1&apos; (mogelijk: %2)</source>
        <translation>Unknown document kind: &apos;%1&apos; (possible: %2)</translation>
    </message>
    <message>
        <source>%1 is geen bestand. Er is niets toegevoegd.</source>
        <translation>%1 is not a file. Nothing was added.</translation>
    </message>
    <message>
        <source>%1: %2 toegevoegd (%3, %4 bytes, SHA-256 %5)</source>
        <translation>%1: %2 added (%3, %4 bytes, SHA-256 %5)</translation>
    </message>
    <message>
        <source>Geef een gemeentebestand en een opdracht: new, do, show of attach.</source>
        <translation>Give a municipality file and a command: new, do, show or attach.</translation>
    </message>
    <message>
        <source>Onbekende opdracht bij case: %1 (new, do, show of attach).</source>
        <translation>Unknown command for case: %1 (new, do, show or attach).</translation>
    </message>
    <message>
        <source>case BESTAND new|do|show|attach …</source>
        <translation>case FILE new|do|show|attach …</translation>
    </message>
    <message>
        <source>De werkwijze van een zaak, met dezelfde regels, rechten en audittrail als het programma: new registreert een zaak (new --eml: uit een e-mail, met het bericht en de bijlagen als documenten), do past één stap toe (afsluitcode 1 met de reden als die niet mag), show toont de zaak met termijnen en tijdlijn (--json), attach voegt bestanden toe aan de documenten van de zaak. Brieven gaan met letter --record. aantafel-cli case --help toont elke actie met haar parameters.</source>
        <translation>The workflow of a case, with the same rules, permissions and audit trail as the program: new registers a case (new --eml: from an e-mail, with the message and its attachments as documents), do applies one step (exit code 1 with the reason when it is not allowed), show shows the case with its deadlines and timeline (--json), attach adds files to the documents of the case. Letters go with letter --record. aantafel-cli case --help shows every action with its parameters.</translation>
    </message>
    <message>
        <source>Zie: aantafel-cli server --help</source>
        <translation>See: aantafel-cli server --help</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli server init postgresql://SERVER/DATABASE --name NAAM [--committee]</source>
        <translation>Usage: aantafel-cli server init postgresql://SERVER/DATABASE --name NAME [--committee]</translation>
    </message>
    <message>
        <source>%1 is geen serveradres; schrijf postgresql://server/database of geef een .aantafel-server-bestand.</source>
        <translation>%1 is not a server address; write postgresql://server/database or give an .aantafel-server file.</translation>
    </message>
    <message>
        <source>%1 ingericht in de database %2 op %3.</source>
        <translation>%1 set up in the database %2 on %3.</translation>
    </message>
    <message>
        <source>Rollen: %1 (klachtbehandelaar), %2 (klachtencoördinator), %3 (beheerder).</source>
        <translation>Roles: %1 (klachtbehandelaar), %2 (klachtencoördinator), %3 (beheerder).</translation>
    </message>
    <message>
        <source>Geef een medewerker een rol met: SELECT grant_program_role(&apos;inlognaam&apos;, &apos;handler|coordinator|admin&apos;);</source>
        <translation>Give a colleague a role with: SELECT grant_program_role(&apos;login&apos;, &apos;handler|coordinator|admin&apos;);</translation>
    </message>
    <message>
        <source>Geef een opdracht voor de teamserver, bijvoorbeeld: aantafel-cli server init postgresql://SERVER/DATABASE --name NAAM</source>
        <translation>Give a command for the team server, for example: aantafel-cli server init postgresql://SERVER/DATABASE --name NAME</translation>
    </message>
    <message>
        <source>Onbekende opdracht voor de teamserver: %1</source>
        <translation>Unknown command for the team server: %1</translation>
    </message>
    <message>
        <source>migrate BESTAND --to postgresql://SERVER/DATABASE</source>
        <translation>migrate FILE --to postgresql://SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Zet een gemeentebestand over naar een nieuwe, lege database op de teamserver: alles (zaken, tijdlijnen, brieven, documenten, maatregelen, gebruikers, audittrail, instellingen), ingericht zoals server init doet. Elke tabel wordt nageteld en met een controlesom vergeleken; bij een verschil gebeurt er niets. Het bestand zelf blijft ongewijzigd. Verbind als superuser.</source>
        <translation>Moves a municipality file to a new, empty database on the team server: everything (cases, timelines, letters, documents, measures, users, audit trail, settings), set up as server init does. Every table is counted and compared by a checksum; if anything differs, nothing happens. The file itself stays unchanged. Connect as a superuser.</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli migrate BESTAND --to postgresql://SERVER/DATABASE</source>
        <translation>Usage: aantafel-cli migrate FILE --to postgresql://SERVER/DATABASE</translation>
    </message>
    <message>
        <source>%1: %2 rijen, controlesom %3</source>
        <translation>%1: %2 rows, checksum %3</translation>
    </message>
    <message>
        <source>Naar tevredenheid opgelost (art. 9:5 Awb); confirmation=phone|in_person|email|letter, follow-up=JJJJ-MM-DD</source>
        <translation>Resolved to satisfaction (art. 9:5 Awb); confirmation=phone|in_person|email|letter, follow-up=YYYY-MM-DD</translation>
    </message>
    <message>
        <source>termijnen tot en met %1 dagen vooruit</source>
        <translation>deadlines up to %1 days ahead</translation>
    </message>
    <message>
        <source>behandelaar: %1</source>
        <translation>handler: %1</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli backup BESTAND|postgresql://SERVER/DATABASE --to KOPIE</source>
        <translation>Usage: aantafel-cli backup FILE|postgresql://SERVER/DATABASE --to COPY</translation>
    </message>
    <message>
        <source>backup BESTAND|postgresql://SERVER/DATABASE --to KOPIE</source>
        <translation>backup FILE|postgresql://SERVER/DATABASE --to COPY</translation>
    </message>
    <message>
        <source>Maak een reservekopie, ook terwijl anderen in het bestand werken. Van een teamserver (een adres of .aantafel-server-bestand) wordt het een gewoon gemeentebestand, per tabel nageteld en vergeleken.</source>
        <translation>Make a backup copy, also while others work in the file. Of a team server (an address or .aantafel-server file) it becomes an ordinary municipality file, every table counted and compared.</translation>
    </message>
    <message>
        <source>%1 staat nu in de database %2 op %3; elke tabel is nageteld en vergeleken.</source>
        <translation>%1 is now in the database %2 on %3; every table was counted and compared.</translation>
    </message>
    <message>
        <source>list BESTAND [--open] [--search WOORDEN] [--json]</source>
        <translation>list FILE [--open] [--search WORDS] [--json]</translation>
    </message>
    <message>
        <source>Toon de zaken met hun eerstvolgende termijn; --open alleen de lopende zaken, --search alleen de zaken waarin alle woorden voorkomen (zoals het zoekveld van de zaaklijst).</source>
        <translation>Show the cases with their next deadline; --open only the cases still open, --search only the cases in which every word occurs (as the case list&apos;s search field finds them).</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli list BESTAND [--open] [--search WOORDEN] [--json]</source>
        <translation>Usage: aantafel-cli list FILE [--open] [--search WORDS] [--json]</translation>
    </message>
    <message>
        <source>demo BESTAND [--cases N] [--seed S] [--years JAREN]</source>
        <translation>demo FILE [--cases N] [--seed S] [--years YEARS]</translation>
    </message>
    <message>
        <source>Maak een demogemeente met N gegenereerde zaken (standaard 300, hoogstens 1.000.000), met klachtonderdelen, oordelen en maatregelen. Met dezelfde --seed ontstaat dezelfde gemeente. --years: over hoeveel jaren tot vandaag de zaken binnenkwamen (standaard 4, hoogstens 50).</source>
        <translation>Create a demo municipality with N generated cases (default 300, at most 1,000,000), with complaint parts, judgments and measures. The same --seed gives the same municipality. --years: over how many years up to today the cases came in (default 4, at most 50).</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli demo BESTAND [--cases N] [--seed S] [--years JAREN]</source>
        <translation>Usage: aantafel-cli demo FILE [--cases N] [--seed S] [--years YEARS]</translation>
    </message>
    <message>
        <source>Reservekopie van %1 gemaakt: %2 (%3 kB); elke tabel is nageteld en vergeleken.</source>
        <translation>Backup of %1 created: %2 (%3 kB); every table was counted and compared.</translation>
    </message>
    <message>
        <source>Waar een opdracht een BESTAND neemt, neemt zij ook een gemeente op de teamserver: postgresql://SERVER/DATABASE of een .aantafel-server-bestand, met dezelfde uitvoer. Op de teamserver werkt u als de login waarmee u bent aangemeld.</source>
        <translation>Wherever a command takes a FILE, it also takes a municipality on the team server: postgresql://SERVER/DATABASE or an .aantafel-server file, with the same output. On the team server you work as the login you signed in with.</translation>
    </message>
    <message>
        <source>Controleer het bestand en of elke zaak klopt met de werkwijze en hoofdstuk 9 Awb (bijvoorbeeld een formele klacht afgesloten zonder afdoeningsbrief, of een verdaging na afloop van de termijn). Wijzigt niets. Op een teamserver: dezelfde controles van de gegevens, niet de opslag van de server zelf.</source>
        <translation>Check the file and whether every case agrees with the workflow and chapter 9 Awb (for example a formal complaint closed without an afdoeningsbrief, or an adjournment after the term ended). Changes nothing. On a team server: the same checks of the data, not the server&apos;s own storage.</translation>
    </message>
    <message>
        <source>Op de teamserver controleert aantafel-cli de gegevens van het programma, niet de opslag van de server zelf (pagina&apos;s, indexen): die bewaakt PostgreSQL, en de beheerder van de server controleert ze met de middelen van PostgreSQL (bijvoorbeeld amcheck of een proef met pg_dump).</source>
        <translation>On the team server aantafel-cli checks the program&apos;s data, not the server&apos;s own storage (pages, indexes): PostgreSQL guards that, and the server&apos;s administrator checks it with PostgreSQL&apos;s own means (for example amcheck or a trial pg_dump).</translation>
    </message>
    <message>
        <source>server init postgresql://SERVER/DATABASE --name NAAM [--committee] | server upgrade postgresql://SERVER/DATABASE</source>
        <translation>server init postgresql://SERVER/DATABASE --name NAME [--committee] | server upgrade postgresql://SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Teamserver (PostgreSQL): richt een gemeente in een nieuwe, lege database in, met dezelfde tabellen als een gemeentebestand en de rollen klachtbehandelaar, klachtencoördinator en beheerder, die de server zelf afdwingt (de audittrail kan niemand wijzigen). Verbind als superuser; het wachtwoord komt uit ~/.pgpass of Kerberos. In plaats van het adres mag een .aantafel-server-bestand. server upgrade brengt het schema van de gemeente op de versie van dit programma, in één transactie, als niemand met haar werkt (ook als superuser).</source>
        <translation>Team server (PostgreSQL): sets up a municipality in a new, empty database, with the same tables as a municipality file and the roles klachtbehandelaar, klachtencoördinator and beheerder, which the server itself enforces (nobody can change the audit trail). Connect as a superuser; the password comes from ~/.pgpass or Kerberos. Instead of the address a .aantafel-server file may be given. server upgrade brings the municipality&apos;s schema up to this program&apos;s version, in one transaction, while nobody works in it (also as a superuser).</translation>
    </message>
    <message>
        <source>Gebruik: aantafel-cli server upgrade postgresql://SERVER/DATABASE</source>
        <translation>Usage: aantafel-cli server upgrade postgresql://SERVER/DATABASE</translation>
    </message>
    <message>
        <source>De database %1 op %2 heeft al schemaversie %3; er is niets gewijzigd.</source>
        <translation>The database %1 on %2 is already at schema version %3; nothing was changed.</translation>
    </message>
    <message>
        <source>De database %1 op %2 is bijgewerkt van schemaversie %3 naar %4.</source>
        <translation>The database %1 on %2 was upgraded from schema version %3 to %4.</translation>
    </message>
    <message>
        <source>Zaak %1 bestaat niet in dit register (en heeft er ook nooit in gestaan).</source>
        <translation>Case %1 does not exist in this register (and never did).</translation>
    </message>
    <message>
        <source>Zaak %1 bestaat niet in dit register.</source>
        <translation>Case %1 does not exist in this register.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Zaak %1 is intussen gewijzigd</source>
        <translation>Case %1 has been changed in the meantime</translation>
    </message>
    <message>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>gewijzigd door %1 om %2</source>
        <translation>changed by %1 at %2</translation>
    </message>
    <message>
        <source>gewijzigd door %1</source>
        <translation>changed by %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uw wijziging is niet opgeslagen.&lt;/b&gt; Zaak %1 is %2, nadat u haar opende. Hieronder staan de gegevens die verschillen.</source>
        <translation>&lt;b&gt;Your change has not been saved.&lt;/b&gt; Case %1 was %2 after you opened it. The details that differ are shown below.</translation>
    </message>
    <message>
        <source>Verschillen tussen uw versie en de versie in het bestand</source>
        <translation>Differences between your version and the version in the file</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Uw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Versie in het bestand
(%1)</source>
        <translation>Version in the file
(%1)</translation>
    </message>
    <message>
        <source>%1 — door u beiden gewijzigd</source>
        <translation>%1 — changed by both of you</translation>
    </message>
    <message>
        <source>%1 — door u gewijzigd</source>
        <translation>%1 — changed by you</translation>
    </message>
    <message>
        <source>%1 — door %2 gewijzigd</source>
        <translation>%1 — changed by %2</translation>
    </message>
    <message>
        <source>Opnieuw toepassen neemt de versie in het bestand en zet daar alleen de gegevens in die u zelf hebt gewijzigd. De wijziging van %1 blijft staan.</source>
        <translation>Reapplying takes the version in the file and fills in only the details you changed yourself. The change made by %1 is kept.</translation>
    </message>
    <message>
        <source>U en %1 hebben allebei %2 gewijzigd. Om niemands werk ongemerkt te overschrijven, kan uw wijziging niet automatisch opnieuw worden toegepast. Houd hun versie en voer uw wijziging daarna zo nodig opnieuw in; uw versie staat hierboven.</source>
        <translation>You and %1 both changed %2. To avoid overwriting anyone&apos;s work unnoticed, your change cannot be reapplied automatically. Keep their version and then re-enter your change if necessary; your version is shown above.</translation>
    </message>
    <message>
        <source>&amp;Hun versie houden (mijn wijziging vervalt)</source>
        <translation>&amp;Keep their version (my change is discarded)</translation>
    </message>
    <message>
        <source>&amp;Mijn wijziging opnieuw toepassen op hun versie</source>
        <translation>&amp;Reapply my change to their version</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Het aanhalingsteken dat op regel %1 opent, wordt nergens gesloten.</source>
        <translation>The quotation mark opened on line %1 is never closed.</translation>
    </message>
    <message>
        <source>Het bestand is leeg: er is geen kopregel met kolomnamen.</source>
        <translation>The file is empty: there is no header row with column names.</translation>
    </message>
    <message>
        <source>puntkomma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Jaarverslag &amp;exporteren…</source>
        <translation>E&amp;xport annual report…</translation>
    </message>
    <message>
        <source>Opslaan als PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; klachten</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; complaints</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; signalen</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; signals</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; op tijd</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; on time</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; naar de ombudsman</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; to the ombudsman</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; informeel opgelost</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; resolved informally</translation>
    </message>
    <message>
        <source>Gegevens als tabel</source>
        <translation>Data as a table</translation>
    </message>
    <message>
        <source>Grafiek “%1” opslaan als PNG</source>
        <translation>Save chart “%1” as PNG</translation>
    </message>
    <message>
        <source>Gegevens van “%1” als tabel</source>
        <translation>Data of “%1” as a table</translation>
    </message>
    <message>
        <source>Gegevens van “%1”</source>
        <translation>Data of “%1”</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 kan niet worden gelezen.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is geen Aan Tafel-bestand.</source>
        <translation>%1 is not an Aan Tafel file.</translation>
    </message>
    <message>
        <source>%1 is beschadigd of onvolledig en kan niet worden geopend. Zet een reservekopie terug.</source>
        <translation>%1 is damaged or incomplete and cannot be opened. Restore a backup.</translation>
    </message>
    <message>
        <source>%1 is geen Aan Tafel-bestand: het is een database van een ander programma.</source>
        <translation>%1 is not an Aan Tafel file: it is a database belonging to another program.</translation>
    </message>
    <message>
        <source>%1 bestaat al; kies een andere naam. Er is niets gewijzigd.</source>
        <translation>%1 already exists; choose a different name. Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 kan niet worden aangemaakt.</source>
        <translation>%1 cannot be created.</translation>
    </message>
    <message>
        <source>De SQLite-databasedriver van Qt ontbreekt; %1 kan niet worden geopend.</source>
        <translation>Qt&apos;s SQLite database driver is missing; %1 cannot be opened.</translation>
    </message>
    <message>
        <source>%1 is beschadigd en kan niet worden geopend. Zet een reservekopie terug.</source>
        <translation>%1 is damaged and cannot be opened. Restore a backup.</translation>
    </message>
    <message>
        <source>%1 is gemaakt met een nieuwere versie van Aan Tafel (bestandsversie %2; deze versie kent tot en met %3). Werk Aan Tafel bij om het bestand te openen.</source>
        <translation>%1 was created with a newer version of Aan Tafel (file version %2; this version supports up to %3). Update Aan Tafel to open the file.</translation>
    </message>
    <message>
        <source>%1 is gemaakt met een oudere versie van Aan Tafel en moet eerst worden bijgewerkt. Open het bestand om te bewerken; alleen lezen kan nu niet.</source>
        <translation>%1 was created with an older version of Aan Tafel and must be upgraded first. Open the file for editing; read-only access is not possible for now.</translation>
    </message>
    <message>
        <source>%1 is niet geopend.</source>
        <translation>%1 is not open.</translation>
    </message>
    <message>
        <source>De naam %1 bevat tekens die dit systeem niet kan weergeven (geen geldige UTF-8); het bestand kan zo niet worden gevonden. Geef het bestand een naam zonder die tekens.</source>
        <translation>The name %1 contains characters this system cannot represent (not valid UTF-8); the file cannot be found that way. Give the file a name without those characters.</translation>
    </message>
    <message>
        <source>%1 is een map, geen gemeentebestand.</source>
        <translation>%1 is a folder, not a municipality file.</translation>
    </message>
    <message>
        <source>%1 is geen gewoon bestand (maar bijvoorbeeld een apparaat) en dus geen gemeentebestand.</source>
        <translation>%1 is not a regular file (but, for example, a device) and so not a municipality file.</translation>
    </message>
    <message>
        <source>%1 verwijst naar %2, en dat bestand bestaat niet.</source>
        <translation>%1 points to %2, and that file does not exist.</translation>
    </message>
    <message>
        <source>De naam %1 bevat tekens die op dit systeem geen bestandsnaam kunnen vormen; kies een andere naam. Er is niets gewijzigd.</source>
        <translation>The name %1 contains characters that cannot form a file name on this system; choose another name. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is een map; kies een naam voor het nieuwe bestand. Er is niets gewijzigd.</source>
        <translation>%1 is a folder; choose a name for the new file. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is beschadigd; er wordt niets meer in vastgelegd. Zet een reservekopie terug (Bestand ▸ Reservekopie terugzetten).</source>
        <translation>%1 is damaged; nothing more is recorded in it. Restore a backup (File ▸ Restore backup).</translation>
    </message>
    <message>
        <source>%1 is alleen-lezen geopend; er kan niets worden gewijzigd.</source>
        <translation>%1 is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>De database %1 bevat geen gemeente van Aan Tafel, of uw account mag haar niet lezen. Richt haar in met aantafel-cli server init of vraag de beheerder om toegang.</source>
        <translation>The database %1 holds no Aan Tafel municipality, or your account may not read it. Set it up with aantafel-cli server init or ask the administrator for access.</translation>
    </message>
    <message>
        <source>De gemeente op %1 is ingericht door een nieuwere versie van Aan Tafel (schemaversie %2; deze versie kent tot en met %3). Werk Aan Tafel bij.</source>
        <translation>The municipality on %1 was set up by a newer version of Aan Tafel (schema version %2; this version knows up to %3). Update Aan Tafel.</translation>
    </message>
    <message>
        <source>Een reservekopie van de teamserver %1 maakt de server zelf (pg_dump); dit werkt nog niet op de teamserver.</source>
        <translation>A backup of the team server %1 is made by the server itself (pg_dump); this does not work on the team server yet.</translation>
    </message>
    <message>
        <source>De gemeente op %1 heeft schemaversie %2 en deze versie van Aan Tafel verwacht %3. Laat de beheerder van de server haar bijwerken met aantafel-cli server upgrade (als superuser, als niemand met Aan Tafel werkt). Er is niets gewijzigd.</source>
        <translation>The municipality on %1 has schema version %2 and this version of Aan Tafel expects %3. Ask the server&apos;s administrator to upgrade it with aantafel-cli server upgrade (as a superuser, while nobody works in Aan Tafel). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message>
        <source>bekendgemaakt</source>
        <translation>notified</translation>
    </message>
    <message>
        <source>gemeentelijk beleid (handreiking Nationale ombudsman)</source>
        <translation>municipal policy (National Ombudsman guidance)</translation>
    </message>
    <message>
        <source>art. 9:6 Awb; termijn volgens gemeentelijk beleid</source>
        <translation>Art. 9:6 Awb; deadline set by municipal policy</translation>
    </message>
    <message>
        <source>Het bestuursorgaan bevestigt de ontvangst van een klaagschrift schriftelijk; de wet noemt geen termijn, de gemeente hanteert %1 werkdagen.</source>
        <translation>The administrative authority acknowledges receipt of a written complaint (klaagschrift) in writing; the law sets no time limit, so the municipality applies %1 working days.</translation>
    </message>
    <message>
        <source>De gemeente neemt binnen %1 werkdagen persoonlijk contact op met de klager om te horen wat er is gebeurd en wat de klager wil bereiken.</source>
        <translation>Within %1 working days the municipality contacts the complainant personally to hear what happened and what the complainant wants to achieve.</translation>
    </message>
    <message>
        <source>art. 9:8 lid 3 Awb</source>
        <translation>Art. 9:8(3) Awb</translation>
    </message>
    <message>
        <source>Wie een klacht niet in behandeling neemt, laat dat de klager zo spoedig mogelijk en uiterlijk binnen vier weken na ontvangst schriftelijk weten.</source>
        <translation>An authority that does not deal with a complaint informs the complainant of this in writing as soon as possible and within four weeks of receipt at the latest.</translation>
    </message>
    <message>
        <source>Met een klachtadviescommissie handelt het bestuursorgaan de klacht af binnen tien weken na ontvangst van het klaagschrift.</source>
        <translation>With a complaints advisory committee, the administrative authority concludes the complaint within ten weeks of receiving the written complaint.</translation>
    </message>
    <message>
        <source>Het bestuursorgaan handelt de klacht af binnen zes weken na ontvangst van het klaagschrift.</source>
        <translation>The administrative authority concludes the complaint within six weeks of receiving the written complaint.</translation>
    </message>
    <message>
        <source>art. 9:11 lid 1 Awb</source>
        <translation>Art. 9:11(1) Awb</translation>
    </message>
    <message>
        <source>; verdaging gemeld op %1</source>
        <translation>; adjournment notified on %1</translation>
    </message>
    <message>
        <source>art. 9:11 lid 2 Awb</source>
        <translation>Art. 9:11(2) Awb</translation>
    </message>
    <message>
        <source>Het bestuursorgaan kan de afhandeling voor ten hoogste vier weken verdagen, met schriftelijke mededeling aan de klager en de beklaagde; die vier weken tellen hier op bij de termijn vanaf de ontvangst.</source>
        <translation>The administrative authority may adjourn the handling by at most four weeks, notifying the complainant and the person complained about in writing; here those four weeks are added to the period counted from receipt.</translation>
    </message>
    <message>
        <source>schriftelijke instemming van de klager ontvangen op %1; afgesproken: %2</source>
        <translation>complainant&apos;s written consent received on %1; agreed: %2</translation>
    </message>
    <message>
        <source>art. 9:11 lid 3 Awb</source>
        <translation>Art. 9:11(3) Awb</translation>
    </message>
    <message>
        <source>Verder uitstel van de afhandeling is alleen mogelijk voor zover de klager daarmee schriftelijk instemt.</source>
        <translation>Any further delay in handling is only possible insofar as the complainant consents to it in writing.</translation>
    </message>
    <message>
        <source>hoorzitting gepland op %1</source>
        <translation>hearing planned for %1</translation>
    </message>
    <message>
        <source>art. 9:10 Awb</source>
        <translation>Art. 9:10 Awb</translation>
    </message>
    <message>
        <source>Het bestuursorgaan stelt de klager en de beklaagde in de gelegenheid te worden gehoord en maakt van het horen een verslag.</source>
        <translation>The administrative authority gives the complainant and the person complained about the opportunity to be heard and makes a record of the hearing.</translation>
    </message>
    <message>
        <source>nabellen gepland op %1</source>
        <translation>follow-up call planned for %1</translation>
    </message>
    <message>
        <source>Enige tijd na de informele oplossing vraagt de gemeente de klager hoe het nu gaat, zodat blijkt of de afspraken zijn nagekomen.</source>
        <translation>Some time after the informal resolution, the municipality asks the complainant how things are now, to see whether the agreements have been kept.</translation>
    </message>
    <message>
        <source>de aanbieder</source>
        <translation>the provider</translation>
    </message>
    <message>
        <source>terugkoppeling gepland op %1</source>
        <translation>feedback planned for %1</translation>
    </message>
    <message>
        <source>Na een warme overdracht aan %1 houdt de gemeente de regie en gaat zij na of de klacht is opgelost.</source>
        <translation>After a warm handover to %1, the municipality stays in charge and checks whether the complaint has been resolved.</translation>
    </message>
    <message>
        <source>art. 6:7 Awb</source>
        <translation>Art. 6:7 Awb</translation>
    </message>
    <message>
        <source>Tegen de inhoud van een besluit staat bezwaar open binnen zes weken na de bekendmaking; wijs de klager op die termijn.</source>
        <translation>An objection (bezwaar) to the content of a decision can be lodged within six weeks of its notification; point this time limit out to the complainant.</translation>
    </message>
    <message>
        <source>art. 9:8 lid 3 Awb (mondelinge klacht: naar analogie)</source>
        <translation>art. 9:8(3) Awb (oral complaint: by analogy)</translation>
    </message>
    <message>
        <source>art. 9:10 Awb (mondelinge klacht: naar analogie)</source>
        <translation>art. 9:10 Awb (oral complaint: by analogy)</translation>
    </message>
    <message>
        <source>verstuurd</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>De klager kan zich tot een jaar na de afdoening, of na het einde van de termijn waarin de klacht had moeten zijn afgehandeld, tot de ombudsman wenden; een later verzoek mag de ombudsman weigeren.</source>
        <translation>The complainant can turn to the ombudsman up to one year after the closing letter, or after the end of the term in which the complaint should have been handled; the ombudsman may refuse a later request.</translation>
    </message>
    <message>
        <source>art. 9:24 lid 1 a Awb</source>
        <translation>art. 9:24(1)(a) Awb</translation>
    </message>
    <message>
        <source>art. 9:24 lid 1 b Awb</source>
        <translation>art. 9:24(1)(b) Awb</translation>
    </message>
    <message>
        <source>afhandelingstermijn eindigde</source>
        <translation>handling deadline ended</translation>
    </message>
    <message>
        <source>art. 9:24 Awb</source>
        <translation>art. 9:24 Awb</translation>
    </message>
    <message>
        <source>art. 9:11 lid 1 Awb (mondelinge klacht: naar analogie)</source>
        <translation>Art. 9:11(1) Awb (oral complaint: by analogy)</translation>
    </message>
    <message>
        <source>art. 9:11 lid 2 Awb (mondelinge klacht: naar analogie)</source>
        <translation>Art. 9:11(2) Awb (oral complaint: by analogy)</translation>
    </message>
    <message>
        <source>art. 9:11 lid 3 Awb (mondelinge klacht: naar analogie)</source>
        <translation>Art. 9:11(3) Awb (oral complaint: by analogy)</translation>
    </message>
</context>
<context>
    <name>DeadlineOverview</name>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>(anoniem)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>(niet toegewezen)</source>
        <translation>(not assigned)</translation>
    </message>
</context>
<context>
    <name>DeadlineOverviewModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n termijn/termijnen</source>
        <translation>
            <numerusform>%1: %n deadline</numerusform>
            <numerusform>%1: %n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DeadlineOverviewWidget</name>
    <message>
        <source>&amp;Toewijzen aan…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <source>&amp;Behandelaar:</source>
        <translation>Case &amp;officer:</translation>
    </message>
    <message>
        <source>Filter op behandelaar</source>
        <translation>Filter by case officer</translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>&amp;Domein:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Filter op domein</source>
        <translation>Filter by domain</translation>
    </message>
    <message>
        <source>Alle termijnen</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>&amp;Soort termijn:</source>
        <translation>Deadline &amp;type:</translation>
    </message>
    <message>
        <source>Filter op soort termijn</source>
        <translation>Filter by deadline type</translation>
    </message>
    <message>
        <source>Geselecteerde zaken toewijzen</source>
        <translation>Assign selected cases</translation>
    </message>
    <message>
        <source>Termijnen per urgentie</source>
        <translation>Deadlines by urgency</translation>
    </message>
    <message>
        <source>Werkvoorraad per behandelaar</source>
        <translation>Workload per case officer</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Open zaken</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Eerstvolgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Zaken met een termijn te laat</source>
        <translation>Cases with a deadline overdue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Werkvoorraad&lt;/b&gt;</source>
        <translation>&lt;b&gt;Workload&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 te laat · %2 vandaag · %3 deze week · %4 later</source>
        <translation>%1 overdue · %2 today · %3 this week · %4 later</translation>
    </message>
    <message>
        <source>Mijn termijnen (%1)</source>
        <translation>My deadlines (%1)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken toewijzen aan:</source>
        <translation>
            <numerusform>Assign %n case to:</numerusform>
            <numerusform>Assign %n cases to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Toewijzen aan %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <source>%1 toewijzen aan %2</source>
        <translation>Assign %1 to %2</translation>
    </message>
    <message>
        <source>Niet toegewezen</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Nabellen</source>
        <translation>Follow-up calls</translation>
    </message>
    <message>
        <source>Afgesloten zaken waarvan de klager nog wordt nagebeld (“hoe gaat het nu?”), apart van de open zaken</source>
        <translation>Closed cases whose complainant is still to be called back (“how are things now?”), apart from the open cases</translation>
    </message>
</context>
<context>
    <name>DeadlineStore</name>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: de opgeslagen termijnen wijken af van de berekende (opgeslagen: %2; berekend: %3).</source>
        <translation>%1: the stored deadlines differ from the computed ones (stored: %2; computed: %3).</translation>
    </message>
    <message>
        <source>zaak %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>%1: er zijn termijnen opgeslagen voor een zaak die geen termijn meer heeft (%2).</source>
        <translation>%1: deadlines are stored for a case that no longer has any (%2).</translation>
    </message>
    <message>
        <source>%1 (volgende)</source>
        <comment>the case&apos;s next deadline</comment>
        <translation>%1 (next)</translation>
    </message>
</context>
<context>
    <name>DeadlineStyle</name>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>nog %1 dagen</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 dagen</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 uiterlijk %2, %3</source>
        <translation>%1 due by %2, %3</translation>
    </message>
    <message>
        <source>Uiterlijk %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Eerste contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Kennisgeving niet-behandelen</source>
        <translation>Non-handling notice</translation>
    </message>
    <message>
        <source>Afdoening</source>
        <translation>Final response</translation>
    </message>
    <message>
        <source>Verdaagde afdoening</source>
        <translation>Adjourned final response</translation>
    </message>
    <message>
        <source>Afgesproken termijn (instemming)</source>
        <translation>Agreed deadline (consent)</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Nabellen &quot;hoe gaat het nu?&quot;</source>
        <translation>Follow-up call &quot;how are things now?&quot;</translation>
    </message>
    <message>
        <source>Terugkoppeling warme overdracht</source>
        <translation>Warm handover feedback</translation>
    </message>
    <message>
        <source>Bezwaartermijn</source>
        <translation>Objection period</translation>
    </message>
    <message>
        <source>Termijn ombudsman</source>
        <translation>Ombudsman time limit</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Te laat gehaald</source>
        <translation>Met late</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Ter informatie</source>
        <translation>For information</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Termijnen van de zaak</source>
        <translation>Case deadlines</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Uiterste datum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Berekening</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Voldaan op</source>
        <translation>Met on</translation>
    </message>
    <message>
        <source>Toelichting bij de termijn</source>
        <translation>Explanation of the deadline</translation>
    </message>
    <message>
        <source>Voor deze zaak gelden geen termijnen.</source>
        <translation>No deadlines apply to this case.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
%4
Berekening: %5</source>
        <translation>%1 — %2 (%3)
%4
Calculation: %5</translation>
    </message>
    <message>
        <source>wettelijke termijn</source>
        <translation>statutory time limit</translation>
    </message>
    <message>
        <source>termijn volgens beleid</source>
        <translation>policy deadline</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>de PDF kon niet worden opgemaakt</source>
        <translation>the PDF could not be laid out</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Dit PDF-document is beveiligd met een wachtwoord; open het in het eigen programma.</source>
        <translation>This PDF document is protected by a password; open it in its own program.</translation>
    </message>
    <message>
        <source>Dit PDF-document kan niet worden gelezen; open het in het eigen programma.</source>
        <translation>This PDF document cannot be read; open it in its own program.</translation>
    </message>
    <message>
        <source>Dit PDF-document heeft geen pagina&apos;s.</source>
        <translation>This PDF document has no pages.</translation>
    </message>
    <message>
        <source>De eerste pagina van dit PDF-document kan niet worden getekend.</source>
        <translation>The first page of this PDF document cannot be drawn.</translation>
    </message>
    <message>
        <source>Deze afbeelding kan niet worden gelezen: %1</source>
        <translation>This image cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 × %2 beeldpunten</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Pagina 1 van %1</source>
        <translation>Page 1 of %1</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>Dit document bestaat niet meer.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>Een document heeft een naam nodig.</source>
        <translation>A document needs a name.</translation>
    </message>
    <message>
        <source>De zaak van dit document bestaat niet meer.</source>
        <translation>The case of this document no longer exists.</translation>
    </message>
    <message>
        <source>%1 kon niet helemaal worden gelezen: %2. Er is niets opgeslagen.</source>
        <translation>%1 could not be read completely: %2. Nothing was stored.</translation>
    </message>
    <message>
        <source>%1 is groter dan %2 MB, de grens voor een document in dit gemeentebestand. Er is niets opgeslagen.</source>
        <translation>%1 is larger than %2 MB, the limit for a document in this municipality file. Nothing was stored.</translation>
    </message>
    <message>
        <source>%1 kon niet worden weggeschreven: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Document %1 is beschadigd: de inhoud klopt niet meer met de vastgelegde controlesom (SHA-256). Zet een reservekopie terug.</source>
        <translation>Document %1 is damaged: its content no longer matches the recorded checksum (SHA-256). Restore a backup copy.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Het bestand is alleen te lezen; documenten kunnen niet worden gewijzigd.</source>
        <translation>The file is read-only; documents cannot be changed.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; een document mag in dit gemeentebestand hoogstens %3 MB zijn. Er is niets toegevoegd.</source>
        <translation>%1 is %2 MB; a document in this municipality file may be at most %3 MB. Nothing was added.</translation>
    </message>
    <message>
        <source>%1 kan niet worden gelezen: %2. Er is niets toegevoegd.</source>
        <translation>%1 cannot be read: %2. Nothing was added.</translation>
    </message>
    <message>
        <source>naamloos</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Dit document bestaat niet meer.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>%1 is te groot om hier te tonen (%2 MB); open het in het eigen programma.</source>
        <translation>%1 is too large to show here (%2 MB); open it in its own program.</translation>
    </message>
    <message>
        <source>bekeken in het programma</source>
        <translation>viewed in the program</translation>
    </message>
    <message>
        <source>opgeslagen als %1</source>
        <translation>saved as %1</translation>
    </message>
    <message>
        <source>De tijdelijke map %1 kan niet worden gemaakt.</source>
        <translation>The temporary folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Document verwijderen</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Documenten toevoegen</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Document &amp;toevoegen…</source>
        <translation>&amp;Add document…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Opent een tijdelijke kopie in het programma dat bij dit soort bestand hoort.</source>
        <translation>Opens a temporary copy in the program for this kind of file.</translation>
    </message>
    <message>
        <source>Kopie op&amp;slaan…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Soort document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Documenten in het dossier</source>
        <translation>Documents in the case file</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd door</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>Kopie opslaan</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Kopie opgeslagen als %1.</source>
        <translation>Copy saved as %1.</translation>
    </message>
    <message>
        <source>%1
Toegevoegd op %2 door %3
SHA-256: %4</source>
        <translation>%1
Added on %2 by %3
SHA-256: %4</translation>
    </message>
    <message>
        <source>Nog geen documenten. Sleep bestanden (ook e-mails uit Outlook) op het dossier of kies Document toevoegen; een document mag hoogstens %1 MB zijn.</source>
        <translation>No documents yet. Drag files (e-mails from Outlook too) onto the case file or choose Add document; a document may be at most %1 MB.</translation>
    </message>
    <message>
        <source>Geen documenten.</source>
        <translation>No documents.</translation>
    </message>
    <message>
        <source>Geen voorbeeld voor dit soort bestand; kies Openen om het in het eigen programma te bekijken.</source>
        <translation>No preview for this kind of file; choose Open to view it in its own program.</translation>
    </message>
    <message>
        <source>Te groot voor een voorbeeld; kies Openen om het in het eigen programma te bekijken.</source>
        <translation>Too large for a preview; choose Open to view it in its own program.</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden dat %1 opent. Sla een kopie op en open die zelf.</source>
        <translation>No program was found that opens %1. Save a copy and open it yourself.</translation>
    </message>
    <message>
        <source>%1 uit het dossier verwijderen? Het document verdwijnt uit het gemeentebestand; de audittrail houdt vast dat het er was.</source>
        <translation>Remove %1 from the case file? The document leaves the municipality file; the audit trail keeps that it was there.</translation>
    </message>
    <message>
        <source>%1 is verwijderd.</source>
        <translation>%1 was removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n document/documenten. Sleep bestanden op het dossier om ze toe te voegen (hoogstens %1 MB per document).</source>
        <translation>
            <numerusform>%n document. Drag files onto the case file to add them (at most %1 MB per document).</numerusform>
            <numerusform>%n documents. Drag files onto the case file to add them (at most %1 MB per document).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document/documenten.</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document/documenten toegevoegd.</source>
        <translation>
            <numerusform>%n document added.</numerusform>
            <numerusform>%n documents added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutchDate</name>
    <message>
        <source>&apos;%1&apos; is geen datum (bijvoorbeeld 7-3-2025 of 7 maart 2025)</source>
        <translation>&apos;%1&apos; is not a date (for example 7-3-2025 or 7 March 2025)</translation>
    </message>
    <message>
        <source>datum &apos;%1&apos; valt buiten de jaren 1900–2199</source>
        <translation>date &apos;%1&apos; is outside the years 1900–2199</translation>
    </message>
    <message>
        <source>datum &apos;%1&apos; bestaat niet</source>
        <translation>date &apos;%1&apos; does not exist</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Mondelinge klacht</source>
        <translation>Oral complaint</translation>
    </message>
    <message>
        <source>Klaagschrift</source>
        <translation>Written complaint (klaagschrift)</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Webformulier</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <translation>Kitchen-table conversation</translation>
    </message>
    <message>
        <source>Via raadslid</source>
        <translation>Via a councillor</translation>
    </message>
    <message>
        <source>Sociale media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Wmo 2015</source>
        <translation>Wmo 2015</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation>Youth Act</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <translation>Participation Act</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <translation>Debt assistance</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Luisteren</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Oplossen</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Standpunt</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Nog geen uitkomst</source>
        <translation>No outcome yet</translation>
    </message>
    <message>
        <source>Naar tevredenheid opgelost</source>
        <translation>Resolved to satisfaction</translation>
    </message>
    <message>
        <source>Gegrond</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>Deels gegrond</source>
        <translation>Partly upheld</translation>
    </message>
    <message>
        <source>Ongegrond</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>Geen oordeel</source>
        <translation>No finding</translation>
    </message>
    <message>
        <source>Niet in behandeling</source>
        <translation>Not dealt with</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Geen grond</source>
        <translation>No ground</translation>
    </message>
    <message>
        <source>Art. 9:8 lid 1 b Awb: de gedraging vond langer dan een jaar voor indiening plaats</source>
        <translation>Art. 9:8(1)(b) Awb: the conduct took place more than a year before the complaint was submitted</translation>
    </message>
    <message>
        <source>Geen uitzondering</source>
        <translation>No exception</translation>
    </message>
    <message>
        <source>Klacht kennelijk ongegrond (art. 9:10 lid 2 a Awb)</source>
        <translation>Complaint manifestly unfounded (Art. 9:10(2)(a) Awb)</translation>
    </message>
    <message>
        <source>Klager ziet af van horen (art. 9:10 lid 2 b Awb)</source>
        <translation>Complainant waives the hearing (Art. 9:10(2)(b) Awb)</translation>
    </message>
    <message>
        <source>Klager reageerde niet binnen de gestelde termijn (art. 9:10 lid 2 c Awb)</source>
        <translation>Complainant did not respond within the time set (Art. 9:10(2)(c) Awb)</translation>
    </message>
    <message>
        <source>Niet vastgelegd</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>In een gesprek</source>
        <translation>In a conversation</translation>
    </message>
    <message>
        <source>Per e-mail</source>
        <translation>By email</translation>
    </message>
    <message>
        <source>Per brief</source>
        <translation>By letter</translation>
    </message>
    <message>
        <source>Contactmoment</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fasewijziging</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Nationale ombudsman</source>
        <translation>National Ombudsman</translation>
    </message>
    <message>
        <source>Gemeentelijke ombudsman of ombudscommissie</source>
        <translation>Municipal ombudsman or ombudsman committee</translation>
    </message>
    <message>
        <source>Nog niet bekend</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Niet in behandeling genomen</source>
        <translation>Not taken up</translation>
    </message>
    <message>
        <source>Opgelost na interventie of bemiddeling</source>
        <translation>Resolved after intervention or mediation</translation>
    </message>
    <message>
        <source>Rapport: gegrond</source>
        <translation>Report: upheld</translation>
    </message>
    <message>
        <source>Rapport: deels gegrond</source>
        <translation>Report: partly upheld</translation>
    </message>
    <message>
        <source>Rapport: niet gegrond</source>
        <translation>Report: not upheld</translation>
    </message>
    <message>
        <source>Rapport: geen oordeel</source>
        <translation>Report: no judgment</translation>
    </message>
    <message>
        <source>Ingetrokken door de klager</source>
        <translation>Withdrawn by the complainant</translation>
    </message>
    <message>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Verslag hoorzitting</source>
        <translation>Hearing report</translation>
    </message>
    <message>
        <source>Advies klachtadviescommissie</source>
        <translation>Advice of the complaints committee</translation>
    </message>
    <message>
        <source>Art. 9:8 lid 1 a Awb: over de gedraging is al eerder een klacht ingediend die met inachtneming van art. 9:4 e.v. is behandeld</source>
        <translation>Art. 9:8(1)(a) Awb: a complaint about the conduct was filed before and handled in accordance with art. 9:4 et seq.</translation>
    </message>
    <message>
        <source>Art. 9:8 lid 1 c Awb: tegen de gedraging had de klager bezwaar kunnen maken</source>
        <translation>Art. 9:8(1)(c) Awb: the complainant could have lodged an objection against the conduct</translation>
    </message>
    <message>
        <source>Art. 9:8 lid 1 d Awb: tegen de gedraging kan of kon de klager beroep instellen (niet bij het niet tijdig nemen van een besluit)</source>
        <translation>Art. 9:8(1)(d) Awb: the complainant can or could appeal against the conduct (not when a decision was not taken in time)</translation>
    </message>
    <message>
        <source>Art. 9:8 lid 1 e Awb: de gedraging is of was onderworpen aan het oordeel van een andere rechterlijke instantie dan een bestuursrechter</source>
        <translation>Art. 9:8(1)(e) Awb: the conduct is or was before a court other than an administrative court</translation>
    </message>
    <message>
        <source>Art. 9:8 lid 1 f Awb: zolang een opsporingsonderzoek op bevel van de officier van justitie of een vervolging gaande is</source>
        <translation>Art. 9:8(1)(f) Awb: as long as a criminal investigation ordered by the public prosecutor or a prosecution is under way</translation>
    </message>
    <message>
        <source>Art. 9:8 lid 2 Awb: belang van de klager of gewicht van de gedraging kennelijk onvoldoende</source>
        <translation>Art. 9:8(2) Awb: the complainant&apos;s interest or the weight of the conduct is manifestly insufficient</translation>
    </message>
    <message>
        <source>Nog niet vastgelegd</source>
        <translation>Not yet recorded</translation>
    </message>
    <message>
        <source>Beklaagde gehoord (art. 9:10 lid 1 Awb)</source>
        <translation>Person complained about heard (art. 9:10(1) Awb)</translation>
    </message>
    <message>
        <source>Beklaagde in de gelegenheid gesteld, maar niet gehoord (art. 9:10 lid 1 Awb)</source>
        <translation>Person complained about given the opportunity, but not heard (art. 9:10(1) Awb)</translation>
    </message>
    <message>
        <source>Reactie beklaagde</source>
        <translation>Response of the person complained about</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Brief buiten het programma verstuurd en vastgelegd: %1 van %2</source>
        <translation>Letter sent outside the program and recorded: %1 of %2</translation>
    </message>
    <message>
        <source>Brief buiten het programma verstuurd en vastgelegd: %1 van %2 (aan %3)</source>
        <translation>Letter sent outside the program and recorded: %1 of %2 (to %3)</translation>
    </message>
    <message>
        <source>Brief verstuurd: %1 (aan %2)</source>
        <translation>Letter sent: %1 (to %2)</translation>
    </message>
    <message>
        <source>Heropend als nieuwe klacht %1, met ingang van %2.</source>
        <translation>Reopened as new complaint %1, as of %2.</translation>
    </message>
    <message>
        <source>Nieuwe klacht na heropening van %1 (een afgedane klacht wordt niet opnieuw behandeld, art. 9:8 lid 1 a Awb; dit is een nieuwe klacht).</source>
        <translation>New complaint after reopening %1 (a closed complaint is not handled again, art. 9:8(1)(a) Awb; this is a new complaint).</translation>
    </message>
    <message>
        <source>Geïmporteerd uit %1 (regel %2)</source>
        <translation>Imported from %1 (row %2)</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Opnieuw uitgevoerd: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Zaak registreren</source>
        <translation>Register case</translation>
    </message>
    <message>
        <source>Tijdlijn: %1 van %2 („%3”)</source>
        <translation>Timeline: %1 of %2 (“%3”)</translation>
    </message>
    <message>
        <source>wijziging van %1</source>
        <translation>change of %1</translation>
    </message>
    <message>
        <source>: van %1 naar %2</source>
        <translation>: from %1 to %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Bevestiging door de klager: %1. Nabellen op %2.</source>
        <translation>Confirmation by the complainant: %1. Follow-up call on %2.</translation>
    </message>
    <message>
        <source>De klager stemt ermee in dat de klacht weer informeel wordt opgepakt (%1).</source>
        <translation>The complainant agrees that the complaint is taken up informally again (%1).</translation>
    </message>
    <message>
        <source>%1. Schriftelijke kennisgeving verstuurd op %2.</source>
        <translation>%1. Written notice sent on %2.</translation>
    </message>
    <message>
        <source>Aanbieder: %1. Terugkoppeling navragen op %2.</source>
        <translation>Provider: %1. Check feedback on %2.</translation>
    </message>
    <message>
        <source>Terugkoppeling van %1 ontvangen.</source>
        <translation>Feedback received from %1.</translation>
    </message>
    <message>
        <source>De klager is gehoord (art. 9:10 lid 1 Awb).</source>
        <translation>The complainant was heard (art. 9:10(1) Awb).</translation>
    </message>
    <message>
        <source>Gestelde termijn: tot en met %1.</source>
        <translation>Term given: up to and including %1.</translation>
    </message>
    <message>
        <source>Hoorverslag vastgelegd en op %1 aan klager en beklaagde gestuurd (art. 9:10 lid 3 Awb).</source>
        <translation>Hearing report recorded and sent to complainant and person complained about on %1 (art. 9:10(3) Awb).</translation>
    </message>
    <message>
        <source>Advies van de klachtadviescommissie: %1.</source>
        <translation>Advice of the complaints advisory committee: %1.</translation>
    </message>
    <message>
        <source>Nieuwe afdoeningsdatum: %1 (art. 9:11 lid 3 Awb).</source>
        <translation>New final response date: %1 (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <source>Verdaging schriftelijk gemeld aan klager en beklaagde (art. 9:11 lid 2 Awb); nieuwe afdoeningsdatum: %1.</source>
        <translation>Adjournment notified in writing to complainant and person complained about (art. 9:11(2) Awb); new due date: %1.</translation>
    </message>
    <message>
        <source>De verdagingsbrief is buiten het programma verstuurd.</source>
        <translation>The adjournment letter was sent outside the program.</translation>
    </message>
    <message>
        <source>Oordeel: %1.</source>
        <translation>Finding: %1.</translation>
    </message>
    <message>
        <source>Afgedaan met de afdoeningsbrief van %1 (art. 9:12 Awb); oordeel: %2.</source>
        <translation>Closed with the closing letter of %1 (art. 9:12 Awb); finding: %2.</translation>
    </message>
    <message>
        <source>De afdoeningsbrief is buiten het programma verstuurd.</source>
        <translation>The closing letter was sent outside the program.</translation>
    </message>
    <message>
        <source>Eerdere uitkomst: %1.</source>
        <translation>Earlier outcome: %1.</translation>
    </message>
    <message>
        <source>Per %1.</source>
        <translation>As of %1.</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>opgegeven bij het openen</source>
        <translation>specified when opening</translation>
    </message>
    <message>
        <source>%1 staat op een netwerkschijf, maar %2 werkt er nu in als in een bestand op de eigen computer (met een schrijflogboek). Over het netwerk is dat niet veilig, ook niet om te lezen. Het bestand kan worden geopend zodra dat programma het sluit.</source>
        <translation>%1 is on a network share, but %2 is working in it as in a file on its own computer (with a write-ahead log). Over the network that is not safe, not even for reading. The file can be opened as soon as that program closes it.</translation>
    </message>
    <message>
        <source>een ander programma</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>%1 wordt via een netwerkschijf gebruikt. Daar kan maar één programma tegelijk in het bestand schrijven, en dat is nu %2. Probeer het later opnieuw; er is niets gewijzigd.</source>
        <translation>%1 is used over a network share. There only one program at a time can write in the file, and that is now %2. Try again later; nothing has been changed.</translation>
    </message>
    <message>
        <source>Het bestand is even niet beschikbaar: %1 zet een reservekopie terug. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>The file is briefly unavailable: %1 is restoring a backup. Try again in a few moments; nothing has been changed.</translation>
    </message>
    <message>
        <source>Het bestand is even niet beschikbaar: %1 vernietigt of anonimiseert zaken waarvan de bewaartermijn is verstreken. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>The file is briefly unavailable: %1 is destroying or anonymising cases whose retention period has passed. Try again in a few moments; nothing has been changed.</translation>
    </message>
    <message>
        <source>Het bestand is even niet beschikbaar: er wordt een reservekopie teruggezet of de bewaartermijn uitgevoerd. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>The file is briefly unavailable: a backup is being restored or the retention period applied. Try again in a few moments; nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 zet al een reservekopie terug in %2. Probeer het later opnieuw; er is niets gewijzigd.</source>
        <translation>%1 is already restoring a backup into %2. Try again later; nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 vernietigt of anonimiseert al zaken in %2. Probeer het later opnieuw; er is niets gewijzigd.</source>
        <translation>%1 is already destroying or anonymising cases in %2. Try again later; nothing has been changed.</translation>
    </message>
    <message>
        <source>Er wordt nog in %1 geschreven door een ander programma. Probeer het opnieuw als dat klaar is; er is niets gewijzigd.</source>
        <translation>Another program is still writing in %1. Try again when it has finished; nothing has been changed.</translation>
    </message>
    <message>
        <source>Er wordt nog in %1 geschreven (geopend door %2). Probeer het opnieuw als dat klaar is; er is niets gewijzigd.</source>
        <translation>Someone is still writing in %1 (open for %2). Try again when that has finished; nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>FlagPanel</name>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <source>Geen aandachtspunten.</source>
        <translation>No points to note.</translation>
    </message>
    <message>
        <source>Inhoud van een besluit: bezwaar</source>
        <translation>Content of a decision: objection (bezwaar)</translation>
    </message>
    <message>
        <source>Behandelaar is betrokken</source>
        <translation>Case officer is involved</translation>
    </message>
    <message>
        <source>Ontvangstbevestiging sturen</source>
        <translation>Send acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Meer dan een jaar geleden: u mag weigeren</source>
        <translation>More than a year ago: you may refuse</translation>
    </message>
    <message>
        <source>Klaagschrift onvolledig</source>
        <translation>Written complaint incomplete</translation>
    </message>
    <message>
        <source>Gecontracteerde aanbieder</source>
        <translation>Contracted provider</translation>
    </message>
</context>
<context>
    <name>FullProgram</name>
    <message>
        <source>Dit commando maakt een PDF of leest een e-mail of document, en heeft daarvoor het programmaonderdeel %1 nodig. Dat ontbreekt naast aantafel-cli; installeer Aan Tafel opnieuw. Er is niets gedaan.</source>
        <translation>This command makes a PDF or reads an e-mail or document, and needs the program part %1 for it. It is missing beside aantafel-cli; install Aan Tafel again. Nothing was done.</translation>
    </message>
    <message>
        <source>%1 kon niet worden gestart of is afgebroken: %2</source>
        <translation>%1 could not be started or was aborted: %2</translation>
    </message>
    <message>
        <source>%1 kon niet worden gestart: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Koningsdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after King&apos;s Day)</translation>
    </message>
    <message>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Hemelvaartsdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after Ascension Day)</translation>
    </message>
    <message>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Tweede Kerstdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after Boxing Day)</translation>
    </message>
    <message>
        <source>Bij Koninklijk Besluit gelijkgestelde dag (brugdag na Nieuwjaarsdag)</source>
        <translation>Day treated as a public holiday by Royal Decree (bridge day after New Year&apos;s Day)</translation>
    </message>
    <message>
        <source>Nieuwjaarsdag</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Goede Vrijdag</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Tweede Paasdag</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Hemelvaartsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Tweede Pinksterdag</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Koningsdag</source>
        <translation>King&apos;s Day</translation>
    </message>
    <message>
        <source>Koninginnedag</source>
        <translation>Queen&apos;s Day</translation>
    </message>
    <message>
        <source>Bevrijdingsdag</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <source>Eerste Kerstdag</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Tweede Kerstdag</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>Bij Koninklijk Besluit gelijkgestelde dag</source>
        <translation>Day treated as a public holiday by Royal Decree</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>HouseFontDialog</name>
    <message>
        <source>Huislettertype</source>
        <translation>House font</translation>
    </message>
    <message>
        <source>Het lettertype van de brieven, het jaarverslag en de andere PDF&apos;s van %1. Een lettertype dat niet op elke computer staat, wordt daar vervangen door het meegeleverde lettertype; het briefvenster meldt dat dan.</source>
        <translation>The font of the letters, the annual report and the other PDFs of %1. Where a computer does not have this font, the bundled font is used instead, and the letter window says so.</translation>
    </message>
    <message>
        <source>&amp;Lettertype:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>HouseFontField</name>
    <message>
        <source>Huislettertype</source>
        <translation>House font</translation>
    </message>
    <message>
        <source>Leeg: het meegeleverde %1</source>
        <translation>Empty: the bundled %1</translation>
    </message>
    <message>
        <source>Brieven, het jaarverslag en andere PDF&apos;s gebruiken het meegeleverde lettertype %1; ze zien er op elke computer hetzelfde uit.</source>
        <translation>Letters, the annual report and other PDFs use the bundled font %1; they look the same on every computer.</translation>
    </message>
    <message>
        <source>%1 is op deze computer geïnstalleerd. Op een computer zonder dit lettertype gebruiken brieven het meegeleverde %2.</source>
        <translation>%1 is installed on this computer. On a computer without this font, letters use the bundled %2.</translation>
    </message>
    <message>
        <source>%1 is op deze computer niet geïnstalleerd: brieven gebruiken hier het meegeleverde %2.</source>
        <translation>%1 is not installed on this computer: letters here use the bundled %2.</translation>
    </message>
    <message>
        <source>Huislettertype leegmaken</source>
        <translation>Clear house font</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · alleen lezen</source>
        <translation>%1 · read-only</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>&amp;Doorgaan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Alleen lezen</source>
        <translation>&amp;Read-only</translation>
    </message>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>&amp;Gebruiker:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Uw account &lt;b&gt;%1&lt;/b&gt; staat niet als gebruiker in dit gemeentebestand.&lt;/p&gt;&lt;p&gt;Kies wie u bent om verder te werken in uw rol. Uw account wordt dan aan die gebruiker gekoppeld en de audittrail legt de keuze vast. Alleen gebruikers aan wie nog geen account is gekoppeld staan hier; voor een klachtencoördinator of beheerder is de PIN nodig die een beheerder instelde.&lt;/p&gt;&lt;p&gt;Of open het bestand om alleen te lezen. Een beheerder kan uw account ook koppelen via Beheer ▸ Gebruikers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your account &lt;b&gt;%1&lt;/b&gt; is not a user of this municipality file.&lt;/p&gt;&lt;p&gt;Choose who you are to continue working in your role. Your account is then linked to that user and the audit trail records the choice. Only users to whom no account is linked yet are listed here; a complaints coordinator or administrator needs the PIN an administrator set.&lt;/p&gt;&lt;p&gt;Or open the file read-only. An administrator can also link your account via Administration ▸ Users.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Er is geen actieve gebruiker met inlognaam %1 in dit gemeentebestand.</source>
        <translation>There is no active user with login name %1 in this municipality file.</translation>
    </message>
    <message>
        <source>Het account %1 mag niet werken als %2: het is niet aan die gebruiker gekoppeld. Een beheerder koppelt accounts via Beheer ▸ Gebruikers.</source>
        <translation>The account %1 may not work as %2: it is not linked to that user. An administrator links accounts via Administration ▸ Users.</translation>
    </message>
    <message>
        <source>Het bestand is alleen te lezen; uw keuze kan niet worden vastgelegd.</source>
        <translation>The file is read-only; your choice cannot be recorded.</translation>
    </message>
    <message>
        <source>Deze gebruiker is niet (meer) actief in dit gemeentebestand.</source>
        <translation>This user is not (or no longer) active in this municipality file.</translation>
    </message>
    <message>
        <source>%1 werkt al vanaf een ander account. Vraag een beheerder uw account te koppelen via Beheer ▸ Gebruikers.</source>
        <translation>%1 already works from another account. Ask an administrator to link your account via Administration ▸ Users.</translation>
    </message>
    <message>
        <source>Als %1 werken vraagt de PIN van %2 of van een beheerder. Vraag een beheerder om de PIN, of om uw account te koppelen via Beheer ▸ Gebruikers.</source>
        <translation>Working as %1 requires the PIN of %2 or of an administrator. Ask an administrator for the PIN, or to link your account via Administration ▸ Users.</translation>
    </message>
    <message>
        <source>Deze PIN klopt niet. Er is niets vastgelegd.</source>
        <translation>This PIN is not correct. Nothing was recorded.</translation>
    </message>
    <message>
        <source>Op de teamserver werkt u als de login waarmee u bent aangemeld (%1). Meld u aan als %2 om als die gebruiker te werken.</source>
        <translation>On the team server you work as the login you signed in with (%1). Sign in as %2 to work as that user.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Register importeren</source>
        <translation>Import register</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zaak %1 is na de import gewijzigd of aangevuld; de geïmporteerde zaken blijven staan.</source>
        <translation>Case %1 was changed or added to after the import; the imported cases stay.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importeren uit CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>Kan %1 niet openen: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Gelezen met scheidingsteken %1 en tekenset %2: %3 kolommen, %4 regels.</source>
        <translation>Read with separator %1 and encoding %2: %3 columns, %4 rows.</translation>
    </message>
    <message>
        <source>Kies met Bladeren… het register (een CSV-bestand) dat u wilt importeren.</source>
        <translation>Use Browse… to choose the register (a CSV file) you want to import.</translation>
    </message>
    <message>
        <source>Kies bij elke kolom het veld en start de proefimport.</source>
        <translation>Choose the field for each column and start the trial import.</translation>
    </message>
    <message>
        <source>Niet geïmporteerd</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Los de problemen op of vink aan dat die regels worden overgeslagen.</source>
        <translation>Resolve the problems or tick the option to skip those rows.</translation>
    </message>
    <message>
        <source>Register kiezen</source>
        <translation>Choose register</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Kolomindeling laden</source>
        <translation>Load column mapping</translation>
    </message>
    <message>
        <source>Kolomindeling (*.json)</source>
        <translation>Column mapping (*.json)</translation>
    </message>
    <message>
        <source>Kolomindeling niet geladen</source>
        <translation>Column mapping not loaded</translation>
    </message>
    <message>
        <source>Kolomindeling opslaan</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <source>Kolomindeling niet opgeslagen</source>
        <translation>Column mapping not saved</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Scheidingsteken</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Puntkomma (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Komma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Tekenset</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>Re&amp;gister:</translation>
    </message>
    <message>
        <source>&amp;Scheidingsteken:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Tekenset:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>E&amp;xcel-datumnummers als datum lezen</source>
        <translation>Read E&amp;xcel date numbers as dates</translation>
    </message>
    <message>
        <source>Een getal als 45723 is dan 7-3-2025, zoals Excel datums opslaat.</source>
        <translation>A number such as 45723 then means 7-3-2025, the way Excel stores dates.</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Voorbeelden</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Veld in Aan Tafel</source>
        <translation>Field in Aan Tafel</translation>
    </message>
    <message>
        <source>Vertalingen</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Woord</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Betekent</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Onbekende woorden</source>
        <translation>Unknown words</translation>
    </message>
    <message>
        <source>Problemen uit de proefimport</source>
        <translation>Problems from the trial import</translation>
    </message>
    <message>
        <source>Voortgang van de proefimport</source>
        <translation>Progress of the trial import</translation>
    </message>
    <message>
        <source>Regels met &amp;problemen overslaan</source>
        <translation>Skip rows with &amp;problems</translation>
    </message>
    <message>
        <source>Indeling &amp;laden…</source>
        <translation>&amp;Load layout…</translation>
    </message>
    <message>
        <source>Indeling opsl&amp;aan…</source>
        <translation>S&amp;ave layout…</translation>
    </message>
    <message>
        <source>Pr&amp;oefimport</source>
        <translation>&amp;Trial import</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Geïmporteerd</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>%1 zaken geïmporteerd uit %2.</source>
        <translation>%1 cases imported from %2.</translation>
    </message>
    <message>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Veld voor kolom %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <source>(niet importeren)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Betekenis van &apos;%1&apos;</source>
        <translation>Meaning of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(kies)</source>
        <translation>(choose)</translation>
    </message>
    <message numerus="yes">
        <source>%n regel/regels gelezen: %1 te importeren, %2 met problemen.</source>
        <translation>
            <numerusform>%n row read: %1 to import, %2 with problems.</numerusform>
            <numerusform>%n rows read: %1 to import, %2 with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe thema&apos;s: %1.</source>
        <translation>
            <numerusform>%n new theme: %1.</numerusform>
            <numerusform>%n new themes: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Kenmerk (oud zaaknummer)</source>
        <translation>Reference (old case number)</translation>
    </message>
    <message>
        <source>Datum ontvangst</source>
        <translation>Date of receipt</translation>
    </message>
    <message>
        <source>Datum gedraging</source>
        <translation>Date of conduct</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Naam klager</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <source>Adres klager</source>
        <translation>Complainant&apos;s address</translation>
    </message>
    <message>
        <source>Telefoon klager</source>
        <translation>Complainant&apos;s phone</translation>
    </message>
    <message>
        <source>E-mail klager</source>
        <translation>Complainant&apos;s email</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Gewenste uitkomst</source>
        <translation>Desired outcome</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Medewerker (beklaagde)</source>
        <translation>Employee (complained about)</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Datum afgesloten</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Datum hoorzitting</source>
        <translation>Hearing date</translation>
    </message>
    <message>
        <source>Bevestiging klager (art. 9:5)</source>
        <translation>Complainant&apos;s confirmation (Art. 9:5)</translation>
    </message>
    <message>
        <source>Grond niet behandelen (art. 9:8)</source>
        <translation>Ground for non-handling (Art. 9:8)</translation>
    </message>
    <message>
        <source>Datum kennisgeving (art. 9:8 lid 3)</source>
        <translation>Date of notice (Art. 9:8(3))</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kies de kolom met de datum van ontvangst: die is verplicht.</source>
        <translation>Choose the column with the date of receipt: it is required.</translation>
    </message>
    <message>
        <source>Kolom %1 voor &apos;%2&apos; bestaat niet: het bestand heeft %3 kolommen.</source>
        <translation>Column %1 for &apos;%2&apos; does not exist: the file has %3 columns.</translation>
    </message>
    <message>
        <source>Kolom &apos;%1&apos; voor &apos;%2&apos; staat niet in de kopregel.</source>
        <translation>Column &apos;%1&apos; for &apos;%2&apos; is not in the header row.</translation>
    </message>
    <message>
        <source>Dit is geen kolomindeling voor het importeren (&quot;format&quot; is niet &quot;%1&quot;).</source>
        <translation>This is not a column layout for importing (&quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Deze versie van de kolomindeling wordt niet ondersteund.</source>
        <translation>This version of the column layout is not supported.</translation>
    </message>
    <message>
        <source>Onbekend scheidingsteken &apos;%1&apos; (kies ;, , of tab).</source>
        <translation>Unknown separator &apos;%1&apos; (choose ;, , or tab).</translation>
    </message>
    <message>
        <source>Onbekende tekenset &apos;%1&apos; (kies utf-8 of windows-1252).</source>
        <translation>Unknown character set &apos;%1&apos; (choose utf-8 or windows-1252).</translation>
    </message>
    <message>
        <source>Onbekend veld &apos;%1&apos; in &quot;columns&quot;.</source>
        <translation>Unknown field &apos;%1&apos; in &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>Veld &apos;%1&apos;: geef een kolomnaam of een kolomnummer vanaf 1.</source>
        <translation>Field &apos;%1&apos;: give a column name or a column number starting from 1.</translation>
    </message>
    <message>
        <source>Veld &apos;%1&apos; in &quot;translations&quot; kent geen vertalingen.</source>
        <translation>Field &apos;%1&apos; in &quot;translations&quot; does not take translations.</translation>
    </message>
    <message>
        <source>Vertaling van &apos;%1&apos; voor &apos;%2&apos;: &apos;%3&apos; is geen geldige code.</source>
        <translation>Translation of &apos;%1&apos; for &apos;%2&apos;: &apos;%3&apos; is not a valid code.</translation>
    </message>
    <message>
        <source>Kan de kolomindeling %1 niet openen: %2</source>
        <translation>Cannot open the column layout %1: %2</translation>
    </message>
    <message>
        <source>De kolomindeling %1 is geen geldige JSON: %2</source>
        <translation>The column layout %1 is not valid JSON: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>regel %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>regel %1, kolom &apos;%2&apos;: %3</source>
        <translation>row %1, column &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Het bestand heeft regels met problemen; er is niets geïmporteerd. Los de problemen op of kies ervoor die regels over te slaan.</source>
        <translation>The file has rows with problems; nothing has been imported. Fix the problems or choose to skip those rows.</translation>
    </message>
    <message>
        <source>bestand %1, aantal zaken %2</source>
        <translation>file %1, number of cases %2</translation>
    </message>
    <message>
        <source>onbekend kanaal &apos;%1&apos; (kies een vertaling)</source>
        <translation>unknown channel &apos;%1&apos; (choose a translation)</translation>
    </message>
    <message>
        <source>onbekend domein &apos;%1&apos; (kies een vertaling)</source>
        <translation>unknown domain &apos;%1&apos; (choose a translation)</translation>
    </message>
    <message>
        <source>onbekende soort &apos;%1&apos; (kies een vertaling)</source>
        <translation>unknown type &apos;%1&apos; (choose a translation)</translation>
    </message>
    <message>
        <source>onbekende fase &apos;%1&apos; (kies een vertaling)</source>
        <translation>unknown phase &apos;%1&apos; (choose a translation)</translation>
    </message>
    <message>
        <source>onbekende uitkomst &apos;%1&apos; (kies een vertaling)</source>
        <translation>unknown outcome &apos;%1&apos; (choose a translation)</translation>
    </message>
    <message>
        <source>onbekende manier van bevestigen &apos;%1&apos; (kies een vertaling)</source>
        <translation>unknown way of confirming &apos;%1&apos; (choose a translation)</translation>
    </message>
    <message>
        <source>onbekende grond om niet te behandelen &apos;%1&apos; (kies een vertaling)</source>
        <translation>unknown ground for non-handling &apos;%1&apos; (choose a translation)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen ja of nee (kies een vertaling)</source>
        <translation>&apos;%1&apos; is not yes or no (choose a translation)</translation>
    </message>
    <message>
        <source>onbekende waarde &apos;%1&apos;</source>
        <translation>unknown value &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>de regel heeft %1 velden, de kopregel maar %2 (staat er een scheidingsteken in een veld zonder aanhalingstekens?)</source>
        <translation>the row has %1 fields, the header row only %2 (is there a separator in a field without quotation marks?)</translation>
    </message>
    <message>
        <source>ontvangstdatum ontbreekt</source>
        <translation>date of receipt is missing</translation>
    </message>
    <message>
        <source>ontvangstdatum &apos;%1&apos; ligt in de toekomst</source>
        <translation>date of receipt &apos;%1&apos; is in the future</translation>
    </message>
    <message>
        <source>de gedraging ligt na de ontvangst</source>
        <translation>the date of conduct is after the date of receipt</translation>
    </message>
    <message>
        <source>dubbel kenmerk %1 (staat al in het bestand)</source>
        <translation>duplicate reference %1 (already in the file)</translation>
    </message>
    <message>
        <source>dubbel kenmerk %1 (komt twee keer voor, ook op regel %2)</source>
        <translation>duplicate reference %1 (occurs twice, also on row %2)</translation>
    </message>
    <message>
        <source>fase &apos;%1&apos; past niet bij de uitkomst &apos;%2&apos; van een afgesloten zaak</source>
        <translation>phase &apos;%1&apos; does not match the outcome &apos;%2&apos; of a closed case</translation>
    </message>
    <message>
        <source>afsluitdatum ontbreekt voor een afgesloten zaak</source>
        <translation>closing date is missing for a closed case</translation>
    </message>
    <message>
        <source>afsluitdatum ligt in de toekomst</source>
        <translation>closing date is in the future</translation>
    </message>
    <message>
        <source>een afgesloten zaak heeft een uitkomst nodig</source>
        <translation>a closed case needs an outcome</translation>
    </message>
    <message>
        <source>een signaal kent geen formele klachtprocedure</source>
        <translation>a signal has no formal complaints procedure</translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <source>art. 9:8 lid 1 b Awb</source>
        <translation>Art. 9:8(1)(b) Awb</translation>
    </message>
    <message>
        <source>art. 6:7 Awb</source>
        <translation>Art. 6:7 Awb</translation>
    </message>
    <message>
        <source>De klacht gaat over de inhoud van een besluit: daarvoor is bezwaar de weg (hoofdstuk 6 Awb), niet de klachtprocedure.</source>
        <translation>The complaint concerns the content of a decision: the route for that is an objection (bezwaar, Chapter 6 Awb), not the complaints procedure.</translation>
    </message>
    <message>
        <source>De datum van bekendmaking is niet bekend: zoek die op, want de bezwaartermijn is zes weken na bekendmaking.</source>
        <translation>The date of notification is not known: look it up, because the objection period ends six weeks after notification.</translation>
    </message>
    <message>
        <source>Wijs de klager erop dat de bezwaartermijn loopt tot en met %1, zodat geen rechten verloren gaan.</source>
        <translation>Point out to the complainant that the objection period runs until %1 inclusive, so that no rights are lost.</translation>
    </message>
    <message>
        <source>Wijs de klager erop dat de bezwaartermijn vandaag (%1) afloopt, zodat geen rechten verloren gaan.</source>
        <translation>Point out to the complainant that the objection period ends today (%1), so that no rights are lost.</translation>
    </message>
    <message>
        <source>De bezwaartermijn is op %1 verstreken; een later bezwaar is alleen ontvankelijk als de overschrijding verschoonbaar is (art. 6:11 Awb).</source>
        <translation>The objection period expired on %1; a later objection is only admissible if the delay is excusable (Art. 6:11 Awb).</translation>
    </message>
    <message>
        <source>art. 9:7 Awb</source>
        <translation>Art. 9:7 Awb</translation>
    </message>
    <message>
        <source>De behandelaar (%1) is degene over wie geklaagd wordt. De klacht moet worden behandeld door iemand die niet bij de gedraging betrokken was: wijs een andere behandelaar toe.</source>
        <translation>The case officer (%1) is the person complained about. The complaint must be handled by someone who was not involved in the conduct: assign a different case officer.</translation>
    </message>
    <message>
        <source>art. 9:6 Awb</source>
        <translation>Art. 9:6 Awb</translation>
    </message>
    <message>
        <source>Een klaagschrift krijgt een schriftelijke ontvangstbevestiging.</source>
        <translation>A written complaint (klaagschrift) receives a written acknowledgement of receipt.</translation>
    </message>
    <message>
        <source>Volgens de gemeentelijke termijn uiterlijk %1.</source>
        <translation>According to the municipal deadline: by %1 at the latest.</translation>
    </message>
    <message>
        <source>De gedraging (%1) vond meer dan een jaar voor indiening plaats. U mag de klacht daarom weigeren, maar hoeft dat niet; de handreiking van de Nationale ombudsman raadt aan haar toch te behandelen. Kiest u voor weigeren, laat de klager dat dan uiterlijk %2 schriftelijk weten (art. 9:8 lid 3 Awb).</source>
        <translation>The conduct (%1) took place more than a year before the complaint was filed. You may therefore refuse the complaint, but need not; the National Ombudsman&apos;s guidance recommends handling it anyway. If you choose to refuse, tell the complainant in writing by %2 at the latest (art. 9:8(3) Awb).</translation>
    </message>
    <message>
        <source>de naam van de indiener</source>
        <translation>the name of the complainant</translation>
    </message>
    <message>
        <source>het adres van de indiener</source>
        <translation>the address of the complainant</translation>
    </message>
    <message>
        <source>de dagtekening</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>een omschrijving van de gedraging</source>
        <translation>a description of the conduct</translation>
    </message>
    <message>
        <source>art. 9:4 lid 2 Awb</source>
        <translation>art. 9:4(2) Awb</translation>
    </message>
    <message>
        <source>Het klaagschrift mist %1. Een klaagschrift bevat ten minste naam en adres van de indiener, de dagtekening en een omschrijving van de gedraging; vraag de klager het aan te vullen.</source>
        <translation>The written complaint lacks %1. A written complaint contains at least the complainant&apos;s name and address, the date and a description of the conduct; ask the complainant to complete it.</translation>
    </message>
    <message>
        <source>Wmo 2015, Jeugdwet, Wkkgz</source>
        <translation>Wmo 2015, Jeugdwet, Wkkgz</translation>
    </message>
    <message>
        <source>De klacht gaat over %1, een gecontracteerde aanbieder. Voor klachten over diens zorg of ondersteuning gelden de klachtregels van de aanbieder: draag de klacht warm over en houd de regie. Gaat de klacht over hoe de gemeente zelf de regie voert, leg dat dan vast; alleen dan behandelt de gemeente haar formeel.</source>
        <translation>The complaint is about %1, a contracted provider. Complaints about its care or support fall under the provider&apos;s own complaint rules: hand the complaint over warmly and keep oversight. If the complaint is about how the municipality itself exercises oversight, record that; only then does the municipality handle it formally.</translation>
    </message>
    <message>
        <source>De gedraging (%1) vond meer dan een jaar voor indiening plaats. Er is gekozen de klacht toch te behandelen; zij wordt formeel behandeld.</source>
        <translation>The conduct (%1) took place more than a year before the complaint was filed. It was decided to handle the complaint all the same; it is being handled formally.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Nieuwe klacht registreren</source>
        <translation>Register new complaint</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Dit gesprek is het eerste &amp;persoonlijke contact</source>
        <translation>This conversation is the &amp;first personal contact</translation>
    </message>
    <message>
        <source>Dit gesprek is het eerste persoonlijke contact</source>
        <translation>This conversation is the first personal contact</translation>
    </message>
    <message>
        <source>Legt het eerste persoonlijke contact vast op vandaag (gemeentelijke termijn).</source>
        <translation>Records today as the date of the first personal contact (municipal deadline).</translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Ontvangen op</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Registreren (Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Naam klager</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Anoniem</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>De klager wil geen naam of contactgegevens geven</source>
        <translation>The complainant does not want to give a name or contact details</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Adres klager</source>
        <translation>Complainant&apos;s address</translation>
    </message>
    <message>
        <source>Straat en huisnummer, postcode en plaats</source>
        <translation>Street and house number, postcode and town</translation>
    </message>
    <message>
        <source>Telefoon klager</source>
        <translation>Complainant&apos;s phone</translation>
    </message>
    <message>
        <source>E-mail klager</source>
        <translation>Complainant&apos;s email</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Met &amp;vertegenwoordiger</source>
        <translation>With r&amp;epresentative</translation>
    </message>
    <message>
        <source>Met vertegenwoordiger</source>
        <translation>With representative</translation>
    </message>
    <message>
        <source>Naam vertegenwoordiger</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <source>Rol vertegenwoordiger</source>
        <translation>Representative&apos;s role</translation>
    </message>
    <message>
        <source>bijv. cliëntondersteuner</source>
        <translation>e.g. client support worker</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Wat is er gebeurd?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>In de woorden van de klager; een korte omschrijving is genoeg</source>
        <translation>In the complainant&apos;s own words; a short description is enough</translation>
    </message>
    <message>
        <source>Wat is er &amp;gebeurd?</source>
        <translation>&amp;What happened?</translation>
    </message>
    <message>
        <source>Wat wil de klager bereiken?</source>
        <translation>What does the complainant want to achieve?</translation>
    </message>
    <message>
        <source>Wat &amp;wil de klager bereiken?</source>
        <translation>What does the complainant want to achie&amp;ve?</translation>
    </message>
    <message>
        <source>Datum gedraging</source>
        <translation>Date of conduct</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Over wie gaat de klacht?</source>
        <translation>Who is the complaint about?</translation>
    </message>
    <message>
        <source>Afdeling of team</source>
        <translation>Department or team</translation>
    </message>
    <message>
        <source>Medewerker (beklaagde)</source>
        <translation>Employee (complained about)</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Gemeenschappelijke regeling</source>
        <translation>Joint arrangement</translation>
    </message>
    <message>
        <source>Afde&amp;ling / team</source>
        <translation>&amp;Department / team</translation>
    </message>
    <message>
        <source>M&amp;edewerker (beklaagde)</source>
        <translation>Emp&amp;loyee (complained about)</translation>
    </message>
    <message>
        <source>Aanb&amp;ieder</source>
        <translation>Prov&amp;ider</translation>
    </message>
    <message>
        <source>Gemeenschappeli&amp;jke regeling</source>
        <translation>&amp;Joint arrangement</translation>
    </message>
    <message>
        <source>T&amp;hema&apos;s</source>
        <translation>T&amp;hemes</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>&amp;Behandelaar</source>
        <translation>Case &amp;officer</translation>
    </message>
    <message>
        <source>Klachtadvies&amp;commissie adviseert</source>
        <translation>&amp;Goes to the complaints advisory committee</translation>
    </message>
    <message>
        <source>Klachtadviescommissie adviseert</source>
        <translation>Goes to the complaints advisory committee</translation>
    </message>
    <message>
        <source>Gaat over de inhoud van een besl&amp;uit</source>
        <translation>Is a&amp;bout the content of a decision</translation>
    </message>
    <message>
        <source>Gaat over de inhoud van een besluit</source>
        <translation>Is about the content of a decision</translation>
    </message>
    <message>
        <source>Datum bekendmaking besluit</source>
        <translation>Date decision was notified</translation>
    </message>
    <message>
        <source>Bekendgemaakt op</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <source>De klachtadviescommissie adviseert (afdeling 9.1.3 Awb): tien weken in plaats van zes.</source>
        <translation>The complaints advisory committee advises (Section 9.1.3 Awb): ten weeks instead of six.</translation>
    </message>
    <message>
        <source>Alleen van belang voor een klaagschrift.</source>
        <translation>Only relevant for a written complaint (klaagschrift).</translation>
    </message>
    <message>
        <source>ongeldige datum (dd-mm-jjjj)</source>
        <translation>invalid date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Signaal: geen wettelijke afhandelingstermijn.</source>
        <translation>Signal: no statutory handling deadline.</translation>
    </message>
    <message>
        <source>Vul de ontvangstdatum in om de afhandelingstermijn te zien.</source>
        <translation>Enter the date of receipt to see the handling deadline.</translation>
    </message>
    <message>
        <source>art. 9:11 lid 1 Awb</source>
        <translation>Art. 9:11(1) Awb</translation>
    </message>
    <message>
        <source>art. 9:11 lid 1 Awb naar analogie</source>
        <translation>Art. 9:11(1) Awb by analogy</translation>
    </message>
    <message>
        <source>Afhandelen uiterlijk %1 (%2 weken; %3).</source>
        <translation>Conclude by %1 (%2 weeks; %3).</translation>
    </message>
    <message>
        <source>%1: vul een datum in (dd-mm-jjjj).</source>
        <translation>%1: enter a date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>%1: ongeldige datum, gebruik dd-mm-jjjj.</source>
        <translation>%1: invalid date, use dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>%1: %2 ligt na vandaag.</source>
        <translation>%1: %2 is after today.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is geen geldig e-mailadres (bijv. naam@voorbeeld.nl).</source>
        <translation>Email: &quot;%1&quot; is not a valid email address (e.g. name@example.nl).</translation>
    </message>
    <message>
        <source>Wat is er gebeurd? Een korte omschrijving is nodig.</source>
        <translation>What happened? A short description is required.</translation>
    </message>
    <message>
        <source>Datum gedraging: %1 ligt na de ontvangstdatum %2.</source>
        <translation>Date of conduct: %1 is after the date of receipt %2.</translation>
    </message>
    <message>
        <source>Bekendmaking besluit</source>
        <translation>Notification of decision</translation>
    </message>
    <message>
        <source>Intake annuleren</source>
        <translation>Cancel intake</translation>
    </message>
    <message>
        <source>De ingevulde gegevens zijn nog niet geregistreerd. Weggooien?</source>
        <translation>The details entered have not been registered yet. Discard them?</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Continue editing</translation>
    </message>
    <message>
        <source>Nieuwe klacht registreren uit e-mail: %1</source>
        <translation>Register a new complaint from e-mail: %1</translation>
    </message>
    <message>
        <source>Documenten uit de e-mail</source>
        <translation>Documents from the e-mail</translation>
    </message>
    <message>
        <source>%1 (%2, %3) — het bericht zelf, altijd bewaard</source>
        <translation>%1 (%2, %3) — the message itself, always kept</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Klaagschrift gedateerd</source>
        <translation>Written complaint dated</translation>
    </message>
    <message>
        <source>Over de regie van de gemeente, niet over de aanbieder zelf</source>
        <translation>About the municipality&apos;s own oversight, not the provider itself</translation>
    </message>
    <message>
        <source>Over de regie van de gemeente</source>
        <translation>About the municipality&apos;s own oversight</translation>
    </message>
    <message>
        <source>Over de zorg of ondersteuning van een gecontracteerde aanbieder gelden diens eigen klachtregels (Wmo 2015, Jeugdwet, Wkkgz); de gemeente behandelt formeel alleen klachten over haar eigen regie.</source>
        <translation>Complaints about the care or support of a contracted provider fall under the provider&apos;s own complaint rules (Wmo 2015, Jeugdwet, Wkkgz); the municipality only formally handles complaints about its own oversight.</translation>
    </message>
    <message>
        <source>Reden voor afwijken van de klachtregeling</source>
        <translation>Reason for departing from the complaints regulation</translation>
    </message>
    <message>
        <source>Waarom hier geen commissie adviseert (vastgelegd bij ontvangst)</source>
        <translation>Why no committee advises here (recorded on receipt)</translation>
    </message>
    <message>
        <source>Klachtadviescommissie: de gemeente heeft geen klachtadviescommissie (zie de instellingen).</source>
        <translation>Advisory committee: the municipality has no complaints advisory committee (see the settings).</translation>
    </message>
    <message>
        <source>Vermeld waarom bij deze klacht geen klachtadviescommissie adviseert; dat ligt vast bij ontvangst.</source>
        <translation>State why no advisory committee advises on this complaint; this is fixed on receipt.</translation>
    </message>
    <message>
        <source>Een afbeelding in de tekst van het bericht (bijvoorbeeld een logo).</source>
        <translation>An image in the text of the message (a logo, for example).</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>%1 (vandaag)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <source>%1 — na vandaag</source>
        <translation>%1 — after today</translation>
    </message>
    <message>
        <source>Ad&amp;res</source>
        <translation>Addre&amp;ss</translation>
    </message>
    <message>
        <source>Da&amp;tum gedraging</source>
        <translation>Date of cond&amp;uct</translation>
    </message>
    <message>
        <source>&amp;Domein</source>
        <translation>&amp;Domain</translation>
    </message>
</context>
<context>
    <name>IntakeSuggestions</name>
    <message>
        <source>cliëntondersteuner</source>
        <translation>client support worker</translation>
    </message>
    <message>
        <source>familielid</source>
        <translation>family member</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>informal carer</translation>
    </message>
    <message>
        <source>wettelijk vertegenwoordiger</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>raadslid</source>
        <translation>councillor</translation>
    </message>
    <message>
        <source>wijkteammedewerker</source>
        <translation>neighbourhood team worker</translation>
    </message>
    <message>
        <source>advocaat</source>
        <translation>lawyer</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Bestand beschadigd: %1</source>
        <translation>File damaged: %1</translation>
    </message>
    <message>
        <source>Rij %1 van tabel %2 verwijst naar een rij in %3 die niet bestaat.</source>
        <translation>Row %1 of table %2 refers to a row in %3 that does not exist.</translation>
    </message>
    <message>
        <source>Het bestand heeft niet het kenmerk van Aan Tafel (application_id %1).</source>
        <translation>The file does not carry the Aan Tafel identifier (application_id %1).</translation>
    </message>
    <message>
        <source>Het bestand heeft schemaversie %1; deze versie van Aan Tafel verwacht versie %2.</source>
        <translation>The file has schema version %1; this version of Aan Tafel expects version %2.</translation>
    </message>
    <message>
        <source>%1: verwijst naar een thema dat niet bestaat (nummer %2).</source>
        <translation>%1: refers to a theme that does not exist (number %2).</translation>
    </message>
    <message>
        <source>%1: onbekende waarde &apos;%2&apos; in %3.%4.</source>
        <translation>%1: unknown value &apos;%2&apos; in %3.%4.</translation>
    </message>
    <message>
        <source>Tabel %1, kolom %2</source>
        <translation>Table %1, column %2</translation>
    </message>
    <message>
        <source>%1, %2.%3</source>
        <translation>%1, %2.%3</translation>
    </message>
    <message>
        <source>%1: de tekst is geen geldige UTF-8.</source>
        <translation>%1: the text is not valid UTF-8.</translation>
    </message>
    <message>
        <source>%1: de tekst bevat een stuurteken (U+%2).</source>
        <translation>%1: the text contains a control character (U+%2).</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>Inzage in persoonsgegevens</source>
        <translation>Access to personal data</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overzicht van de gegevens die wij over u hebben vastgelegd in %n klachtzaak/klachtzaken, opgemaakt op %2.</source>
        <translation>
            <numerusform>%1 — overview of the data we have recorded about you in %n complaint case, drawn up on %2.</numerusform>
            <numerusform>%1 — overview of the data we have recorded about you in %n complaint cases, drawn up on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Vertegenwoordiger</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Uw verhaal</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Wat u wilt bereiken</source>
        <translation>What you want to achieve</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Conclusies</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Klachtonderdelen</source>
        <translation>Parts of the complaint</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Opslaan als &amp;JSON…</source>
        <translation>Save as &amp;JSON…</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Inzageverzoek</source>
        <translation>Subject access request</translation>
    </message>
    <message>
        <source>Zoek de zaken van de klager op naam, e-mailadres of adres. Controleer per zaak of het werkelijk deze persoon is; alleen de aangevinkte zaken komen in het overzicht.</source>
        <translation>Search for the complainant&apos;s cases by name, email address or address. Check for each case that it really concerns this person; only the ticked cases are included in the overview.</translation>
    </message>
    <message>
        <source>Naam van de klager</source>
        <translation>Name of the complainant</translation>
    </message>
    <message>
        <source>E-mailadres van de klager</source>
        <translation>Email address of the complainant</translation>
    </message>
    <message>
        <source>Adres van de klager</source>
        <translation>Address of the complainant</translation>
    </message>
    <message>
        <source>(een deel van) de naam</source>
        <translation>(part of) the name</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Gevonden zaken</source>
        <translation>Cases found</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Geen zaken gevonden.</source>
        <translation>No cases found.</translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken gevonden; vink aan welke van deze klager zijn.</source>
        <translation>
            <numerusform>%n case found; tick it if it belongs to this complainant.</numerusform>
            <numerusform>%n cases found; tick the ones that belong to this complainant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Inzage opslaan als JSON</source>
        <translation>Save subject access overview as JSON</translation>
    </message>
    <message>
        <source>inzage.json</source>
        <translation>subject-access.json</translation>
    </message>
    <message>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Inzage opslaan als PDF</source>
        <translation>Save subject access overview as PDF</translation>
    </message>
    <message>
        <source>inzage.pdf</source>
        <translation>subject-access.pdf</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>JournalMode</name>
    <message>
        <source>%1 staat op een netwerkschijf en heeft nog een schrijflogboek (WAL), dat over het netwerk niet veilig is. Het wordt omgezet zodra geen ander programma het bestand meer open heeft; nu is het nog ergens geopend. Er is niets gewijzigd.</source>
        <translation>%1 is on a network share and still has a write-ahead log (WAL), which is not safe over a network. It is converted as soon as no other program has the file open; right now it is still open somewhere. Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 staat op een netwerkschijf en heeft nog een schrijflogboek (WAL), dat over het netwerk niet veilig is. Het wordt omgezet zodra geen ander programma het bestand meer open heeft; nu is het nog geopend door %2. Er is niets gewijzigd.</source>
        <translation>%1 is on a network share and still has a write-ahead log (WAL), which is not safe over a network. It is converted as soon as no other program has the file open; right now it is still open for %2. Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 kon niet veilig worden omgezet naar de werkwijze voor een netwerkschijf. Zet het bestand op een schijf van deze computer of vraag uw ICT-afdeling om hulp.</source>
        <translation>%1 could not safely be converted to the way of working for a network share. Put the file on a disk of this computer or ask your IT department for help.</translation>
    </message>
</context>
<context>
    <name>LearningTab</name>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Kies de thema&apos;s die bij deze klacht horen. Zo zijn klachten met hetzelfde onderliggende probleem later samen terug te vinden.</source>
        <translation>Choose the themes that apply to this complaint. That way, complaints with the same underlying problem can be found together later.</translation>
    </message>
    <message>
        <source>Thema&apos;s van deze zaak</source>
        <translation>Themes of this case</translation>
    </message>
    <message>
        <source>Thema&apos;s van deze &amp;zaak:</source>
        <translation>Themes of this ca&amp;se:</translation>
    </message>
    <message>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Een thema dat nog niet in de lijst staat</source>
        <translation>A theme that is not in the list yet</translation>
    </message>
    <message>
        <source>Thema toe&amp;voegen</source>
        <translation>&amp;Add theme</translation>
    </message>
    <message>
        <source>&amp;Nieuw thema:</source>
        <translation>&amp;New theme:</translation>
    </message>
    <message>
        <source>Verbetermaatregelen</source>
        <translation>Improvement measures</translation>
    </message>
    <message>
        <source>Thema toevoegen: %1</source>
        <translation>Add theme: %1</translation>
    </message>
    <message>
        <source>Thema verwijderen: %1</source>
        <translation>Remove theme: %1</translation>
    </message>
</context>
<context>
    <name>LetterCheck</name>
    <message>
        <source>Onbekend veld {{%1}} (regel %2): dat zou zo in de brief komen te staan.</source>
        <translation>Unknown field {{%1}} (line %2): it would appear in the letter exactly as typed.</translation>
    </message>
    <message>
        <source>Veld {{%1}} is leeg (regel %2).</source>
        <translation>Field {{%1}} is empty (line %2).</translation>
    </message>
    <message>
        <source>Onjuiste opmaak in het sjabloon: %1 (regel %2).</source>
        <translation>Incorrect formatting in the template: %1 (line %2).</translation>
    </message>
    <message>
        <source>De naam van de ombudsman ontbreekt in de instellingen van de gemeente.</source>
        <translation>The name of the ombudsman is missing from the municipality settings.</translation>
    </message>
    <message>
        <source>De brief noemt de ombudsman (%1) niet.</source>
        <translation>The letter does not mention the ombudsman (%1).</translation>
    </message>
    <message>
        <source>Het adres van de ombudsman ontbreekt in de instellingen van de gemeente.</source>
        <translation>The address of the ombudsman is missing from the municipality settings.</translation>
    </message>
    <message>
        <source>De brief noemt het adres van de ombudsman niet.</source>
        <translation>The letter does not mention the address of the ombudsman.</translation>
    </message>
    <message>
        <source>De brief noemt de termijn niet waarbinnen de klager naar de ombudsman kan (een jaar, art. 9:24 Awb).</source>
        <translation>The letter does not mention the time limit within which the complainant can go to the ombudsman (one year, Art. 9:24 Awb).</translation>
    </message>
    <message>
        <source>Het oordeel over de klacht ontbreekt: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk (art. 9:12 Awb).</source>
        <translation>The finding on the complaint is missing: upheld, partly upheld, not upheld or no finding possible (Art. 9:12 Awb).</translation>
    </message>
    <message>
        <source>De brief noemt het oordeel (%1) niet.</source>
        <translation>The letter does not mention the finding (%1).</translation>
    </message>
    <message>
        <source>De nieuwe afhandelingsdatum ontbreekt in de brief (art. 9:11 lid 2 Awb).</source>
        <translation>The new completion date is missing from the letter (Art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <source>De naam van de klager ontbreekt: de verdaging wordt aan de klager gemeld (art. 9:11 lid 2 Awb).</source>
        <translation>The complainant&apos;s name is missing: the adjournment is notified to the complainant (Art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <source>De brief is niet aan zowel de klager als de beklaagde gericht (art. 9:11 lid 2 Awb).</source>
        <translation>The letter is not addressed to both the complainant and the person complained about (Art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <source>De grond om de klacht niet te behandelen ontbreekt (art. 9:8 Awb).</source>
        <translation>The ground for not dealing with the complaint is missing (Art. 9:8 Awb).</translation>
    </message>
    <message>
        <source>De brief noemt de conclusies niet (art. 9:12 lid 1 Awb).</source>
        <translation>The letter does not state the conclusions (art. 9:12(1) Awb).</translation>
    </message>
    <message>
        <source>De brief zegt niet wat over het horen is vastgelegd (art. 9:10 Awb); gebruik {{horen}} in het sjabloon.</source>
        <translation>The letter does not say what was recorded about the hearing (art. 9:10 Awb); use {{horen}} in the template.</translation>
    </message>
    <message>
        <source>De brief noemt het advies van de klachtadviescommissie niet; het advies gaat met de afdoening mee (art. 9:16 Awb).</source>
        <translation>The letter does not mention the advisory committee&apos;s advice; the advice is enclosed with the closing letter (art. 9:16 Awb).</translation>
    </message>
    <message>
        <source>De brief vermeldt niet waarom het oordeel afwijkt van het advies van de commissie (art. 9:16 Awb).</source>
        <translation>The letter does not state why the finding departs from the committee&apos;s advice (art. 9:16 Awb).</translation>
    </message>
    <message>
        <source>De brief noemt de afhandelingsdatum die nu geldt (%1) niet; gebruik {{termijn.geldend}} in het sjabloon.</source>
        <translation>The letter does not state the due date that now applies (%1); use {{termijn.geldend}} in the template.</translation>
    </message>
    <message>
        <source>De ontvangstbevestiging zegt niet dat een klachtadviescommissie over de klacht adviseert (art. 9:15 Awb).</source>
        <translation>The acknowledgement does not say that an advisory committee advises on the complaint (art. 9:15 Awb).</translation>
    </message>
    <message>
        <source>De brief noemt de grond om de klacht niet te behandelen niet in de woorden van art. 9:8 Awb; gebruik {{grond}} in het sjabloon.</source>
        <translation>The letter does not state the ground for not handling the complaint in the words of art. 9:8 Awb; use {{grond}} in the template.</translation>
    </message>
</context>
<context>
    <name>LetterCheckPanel</name>
    <message>
        <source>Controle van de brief</source>
        <translation>Letter check</translation>
    </message>
    <message>
        <source>&amp;Controle:</source>
        <translation>&amp;Check:</translation>
    </message>
    <message>
        <source>De brief is compleet.</source>
        <translation>The letter is complete.</translation>
    </message>
    <message>
        <source>De brief mag worden verzonden; kijk de gemarkeerde punten nog na.</source>
        <translation>The letter may be sent; please review the highlighted points first.</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <source>De brief heeft geen datum.</source>
        <translation>The letter has no date.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Brief · %1</source>
        <translation>Letter · %1</translation>
    </message>
    <message>
        <source>Brief schrijven</source>
        <translation>Write letter</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Datum van de brief</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>&amp;Soort brief:</source>
        <translation>Letter t&amp;ype:</translation>
    </message>
    <message>
        <source>Datum van de &amp;brief:</source>
        <translation>&amp;Date of the letter:</translation>
    </message>
    <message>
        <source>Tekst van de brief</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <source>&amp;Tekst (u kunt de brief hier aanpassen):</source>
        <translation>&amp;Text (you can edit the letter here):</translation>
    </message>
    <message>
        <source>Brief is nog niet compleet</source>
        <translation>Letter not yet complete</translation>
    </message>
    <message>
        <source>De brief heeft nog gemarkeerde punten (zie Controle). Toch doorgaan?</source>
        <translation>The letter still has highlighted points (see Check). Continue anyway?</translation>
    </message>
    <message>
        <source>&amp;Definitief verzenden…</source>
        <translation>&amp;Send as final…</translation>
    </message>
    <message>
        <source>Definitief verzenden</source>
        <translation>Send as final</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wijzigingen in de brief</source>
        <translation>Changes to the letter</translation>
    </message>
    <message>
        <source>U hebt de tekst van deze brief aangepast en hij is niet verzonden. De wijzigingen gaan verloren. Doorgaan?</source>
        <translation>You have edited the text of this letter and it has not been sent. The changes will be lost. Continue?</translation>
    </message>
    <message>
        <source>Verzonden op %1 door %2. De brief staat in de tijdlijn en kan niet meer worden gewijzigd.</source>
        <translation>Sent on %1 by %2. The letter is in the timeline and can no longer be changed.</translation>
    </message>
    <message>
        <source>Bij deze zaak past nu geen brief.</source>
        <translation>No letter applies to this case at the moment.</translation>
    </message>
    <message>
        <source>Kies een brief.</source>
        <translation>Choose a letter.</translation>
    </message>
    <message>
        <source>Bewaart de brief in de tijdlijn; daarna kan hij niet meer worden gewijzigd.</source>
        <translation>Saves the letter in the timeline; after that it can no longer be changed.</translation>
    </message>
    <message>
        <source>De ontvangstbevestiging wordt als verstuurd geregistreerd.</source>
        <translation>The acknowledgement of receipt will be recorded as sent.</translation>
    </message>
    <message>
        <source>De behandeling wordt verdaagd per %1.</source>
        <translation>Handling will be adjourned as of %1.</translation>
    </message>
    <message>
        <source>De kennisgeving niet-behandelen wordt als verstuurd geregistreerd.</source>
        <translation>The non-handling notice will be recorded as sent.</translation>
    </message>
    <message>
        <source>Een verzonden brief kan niet meer worden gewijzigd. De brief wordt met de datum %1 en uw naam in de tijdlijn van de zaak bewaard. %2

Definitief verzenden?</source>
        <translation>A sent letter can no longer be changed. The letter will be saved in the case timeline with the date %1 and your name. %2

Send as final?</translation>
    </message>
    <message>
        <source>Brief definitief verzenden</source>
        <translation>Send letter as final</translation>
    </message>
</context>
<context>
    <name>LetterDraft</name>
    <message>
        <source>Definitief verzenden kan nog niet: %1</source>
        <translation>Cannot send as final yet: %1</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Datum van de brief, bijvoorbeeld 7 maart 2025</source>
        <translation>Date of the letter, for example 7 March 2025</translation>
    </message>
    <message>
        <source>Kenmerk van de zaak</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Datum waarop de klacht is ontvangen</source>
        <translation>Date on which the complaint was received</translation>
    </message>
    <message>
        <source>Wat er is gebeurd, in de woorden van de klager</source>
        <translation>What happened, in the complainant&apos;s own words</translation>
    </message>
    <message>
        <source>Wat de klager wil bereiken</source>
        <translation>What the complainant wants to achieve</translation>
    </message>
    <message>
        <source>Naam van de klager</source>
        <translation>Name of the complainant</translation>
    </message>
    <message>
        <source>Adres van de klager</source>
        <translation>Address of the complainant</translation>
    </message>
    <message>
        <source>Aanhef voor de klager, bijvoorbeeld “Geachte mevrouw Jansen,”</source>
        <translation>Salutation for the complainant, for example “Dear Ms Jansen,”</translation>
    </message>
    <message>
        <source>Naam van degene over wiens gedraging is geklaagd</source>
        <translation>Name of the person whose conduct is complained about</translation>
    </message>
    <message>
        <source>Afdeling of team waarover is geklaagd</source>
        <translation>Department or team complained about</translation>
    </message>
    <message>
        <source>Gecontracteerde aanbieder waarover is geklaagd</source>
        <translation>Contracted provider complained about</translation>
    </message>
    <message>
        <source>Naam van de klachtbehandelaar</source>
        <translation>Name of the case officer</translation>
    </message>
    <message>
        <source>Functie van de klachtbehandelaar</source>
        <translation>Job title of the case officer</translation>
    </message>
    <message>
        <source>Naam van de geadresseerde van dit exemplaar (klager of beklaagde)</source>
        <translation>Name of the addressee of this copy (complainant or person complained about)</translation>
    </message>
    <message>
        <source>Adres van de geadresseerde van dit exemplaar</source>
        <translation>Address of the addressee of this copy</translation>
    </message>
    <message>
        <source>Aanhef voor de geadresseerde van dit exemplaar</source>
        <translation>Salutation for the addressee of this copy</translation>
    </message>
    <message>
        <source>Alleen in het exemplaar voor de klager</source>
        <translation>Only in the complainant&apos;s copy</translation>
    </message>
    <message>
        <source>Alleen in het exemplaar voor de beklaagde</source>
        <translation>Only in the copy for the person complained about</translation>
    </message>
    <message>
        <source>Naam van de gemeente</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>Postadres van de gemeente, op één regel</source>
        <translation>Postal address of the municipality, on one line</translation>
    </message>
    <message>
        <source>Plaats van de gemeente (laatste regel van het adres, zonder postcode)</source>
        <translation>Town of the municipality (last line of the address, without postcode)</translation>
    </message>
    <message>
        <source>Telefoonnummer van de gemeente</source>
        <translation>Telephone number of the municipality</translation>
    </message>
    <message>
        <source>E-mailadres van de gemeente</source>
        <translation>Email address of the municipality</translation>
    </message>
    <message>
        <source>Naam van de ombudsman (Nationale ombudsman of eigen ombudsvoorziening)</source>
        <translation>Name of the ombudsman (National Ombudsman or own ombudsman service)</translation>
    </message>
    <message>
        <source>Adres van de ombudsman, op één regel</source>
        <translation>Address of the ombudsman, on one line</translation>
    </message>
    <message>
        <source>Website van de ombudsman</source>
        <translation>Website of the ombudsman</translation>
    </message>
    <message>
        <source>Laatste dag om naar de ombudsman te gaan: een jaar na de datum van de brief (art. 9:24 Awb)</source>
        <translation>Last day to turn to the ombudsman: one year after the date of the letter (Art. 9:24 Awb)</translation>
    </message>
    <message>
        <source>Afhandelingstermijn: 6 weken na ontvangst, 10 met een klachtadviescommissie (art. 9:11 lid 1 Awb)</source>
        <translation>Handling deadline: 6 weeks after receipt, 10 with a complaints advisory committee (Art. 9:11(1) Awb)</translation>
    </message>
    <message>
        <source>Afhandelingstermijn na verdaging met 4 weken (art. 9:11 lid 2 Awb)</source>
        <translation>Handling deadline after adjournment by 4 weeks (Art. 9:11(2) Awb)</translation>
    </message>
    <message>
        <source>Met instemming van de klager afgesproken afdoeningsdatum (art. 9:11 lid 3 Awb)</source>
        <translation>Final response date agreed with the complainant&apos;s consent (Art. 9:11(3) Awb)</translation>
    </message>
    <message>
        <source>Uiterste datum van de kennisgeving niet-behandelen (art. 9:8 lid 3 Awb)</source>
        <translation>Due date for the non-handling notice (Art. 9:8(3) Awb)</translation>
    </message>
    <message>
        <source>Datum waarop de behandeling is verdaagd</source>
        <translation>Date on which handling was adjourned</translation>
    </message>
    <message>
        <source>Geplande datum van de hoorzitting</source>
        <translation>Planned date of the hearing</translation>
    </message>
    <message>
        <source>Oordeel over de klacht als geheel: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk</source>
        <translation>Finding on the complaint as a whole: upheld, partly upheld, not upheld or no finding possible</translation>
    </message>
    <message>
        <source>Afspraken uit de tijdlijn van de zaak, één per regel</source>
        <translation>Agreements from the case timeline, one per line</translation>
    </message>
    <message>
        <source>Conclusies die aan het oordeel worden verbonden</source>
        <translation>Conclusions attached to the finding</translation>
    </message>
    <message>
        <source>Verbetermaatregelen die aan de zaak zijn gekoppeld, één per regel</source>
        <translation>Improvement measures linked to the case, one per line</translation>
    </message>
    <message>
        <source>Alleen als een klachtadviescommissie adviseert</source>
        <translation>Only if a complaints advisory committee gives advice</translation>
    </message>
    <message>
        <source>Herhaald voor elk klachtonderdeel</source>
        <translation>Repeated for each part of the complaint</translation>
    </message>
    <message>
        <source>Volgnummer van het klachtonderdeel (binnen {{#onderdelen}})</source>
        <translation>Number of the part of the complaint (within {{#onderdelen}})</translation>
    </message>
    <message>
        <source>Omschrijving van het klachtonderdeel (binnen {{#onderdelen}})</source>
        <translation>Description of the part of the complaint (within {{#onderdelen}})</translation>
    </message>
    <message>
        <source>Bevindingen over het klachtonderdeel (binnen {{#onderdelen}})</source>
        <translation>Findings of fact on the part of the complaint (within {{#onderdelen}})</translation>
    </message>
    <message>
        <source>Oordeel over het klachtonderdeel (binnen {{#onderdelen}})</source>
        <translation>Finding on the part of the complaint (within {{#onderdelen}})</translation>
    </message>
    <message>
        <source>De afhandelingsdatum die nu geldt: na verdaging de verdaagde, na instemming de afgesproken datum (art. 9:11 Awb)</source>
        <translation>The due date that now applies: after adjournment the adjourned date, after consent the agreed date (art. 9:11 Awb)</translation>
    </message>
    <message>
        <source>Wat over het horen is vastgelegd: wie wanneer is gehoord, de gelegenheid voor de beklaagde, de uitzondering die gold en het verzonden verslag (art. 9:10 Awb)</source>
        <translation>What was recorded about the hearing: who was heard when, the opportunity for the person complained about, the exception that applied and the report sent (art. 9:10 Awb)</translation>
    </message>
    <message>
        <source>Grond om de klacht niet te behandelen, in de woorden van de wet (art. 9:8 Awb)</source>
        <translation>Ground for not handling the complaint, in the words of the law (art. 9:8 Awb)</translation>
    </message>
    <message>
        <source>Bevindingen over de klacht als geheel (zonder klachtonderdelen)</source>
        <translation>Findings on the complaint as a whole (without complaint parts)</translation>
    </message>
    <message>
        <source>Datum van het advies van de klachtadviescommissie</source>
        <translation>Date of the advisory committee&apos;s advice</translation>
    </message>
    <message>
        <source>Het oordeel dat de klachtadviescommissie adviseerde</source>
        <translation>The finding the advisory committee advised</translation>
    </message>
    <message>
        <source>Waarom het oordeel afwijkt van het advies van de commissie (art. 9:16 Awb); leeg als het niet afwijkt</source>
        <translation>Why the finding departs from the committee&apos;s advice (art. 9:16 Awb); empty when it does not depart</translation>
    </message>
</context>
<context>
    <name>LetterFont</name>
    <message>
        <source>Het huislettertype %1 is op deze computer niet geïnstalleerd. De brief wordt opgemaakt in het meegeleverde lettertype %2.</source>
        <translation>The house font %1 is not installed on this computer. The letter is set in the bundled font %2.</translation>
    </message>
</context>
<context>
    <name>LetterLayout</name>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>LetterOutputBar</name>
    <message>
        <source>Brief opslaan als PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld van de brief</source>
        <translation>Print preview of the letter</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Brief afdrukken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Voorbeeld: %1</source>
        <translation>Preview: %1</translation>
    </message>
</context>
<context>
    <name>LetterPdfWriter</name>
    <message>
        <source>het document kan niet worden opgebouwd</source>
        <translation>the document cannot be built</translation>
    </message>
    <message>
        <source>De brief kan niet worden afgedrukt: de printer %1 is niet beschikbaar.</source>
        <translation>The letter cannot be printed: the printer %1 is not available.</translation>
    </message>
</context>
<context>
    <name>LetterSender</name>
    <message>
        <source>De brief kan niet worden verstuurd:
%1</source>
        <translation>The letter cannot be sent:
%1</translation>
    </message>
    <message>
        <source>De zaak is gewijzigd nadat de brief werd opgesteld; stel de brief opnieuw op.</source>
        <translation>The case was changed after the letter was drafted; please draft the letter again.</translation>
    </message>
    <message>
        <source>De brief kan niet als PDF worden vastgelegd: %1 Er is niets verstuurd.</source>
        <translation>The letter cannot be recorded as PDF: %1 Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>LetterStore</name>
    <message>
        <source>Een leeg sjabloon kan niet worden bewaard; zet het sjabloon terug naar de standaardtekst als u die wilt gebruiken.</source>
        <translation>An empty template cannot be saved; reset the template to the default text if you want to use that.</translation>
    </message>
    <message>
        <source>Een brief zonder tekst of datum kan niet worden bewaard.</source>
        <translation>A letter without text or a date cannot be saved.</translation>
    </message>
    <message>
        <source>De brief bestaat niet (meer) in dit register.</source>
        <translation>The letter does not exist (any more) in this register.</translation>
    </message>
</context>
<context>
    <name>LetterTypes</name>
    <message>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Bevestiging informele oplossing</source>
        <translation>Confirmation of informal resolution</translation>
    </message>
    <message>
        <source>Uitnodiging hoorzitting</source>
        <translation>Invitation to hearing</translation>
    </message>
    <message>
        <source>Verdagingsbrief</source>
        <translation>Adjournment letter</translation>
    </message>
    <message>
        <source>Verzoek om instemming met verder uitstel</source>
        <translation>Request for consent to further delay</translation>
    </message>
    <message>
        <source>Kennisgeving niet-behandelen</source>
        <translation>Non-handling notice</translation>
    </message>
    <message>
        <source>Afschrift klaagschrift aan beklaagde</source>
        <translation>Copy of written complaint to person complained about</translation>
    </message>
    <message>
        <source>Afdoeningsbrief</source>
        <translation>Final response letter</translation>
    </message>
    <message>
        <source>art. 9:6 Awb</source>
        <translation>Art. 9:6 Awb</translation>
    </message>
    <message>
        <source>art. 9:5 Awb</source>
        <translation>Art. 9:5 Awb</translation>
    </message>
    <message>
        <source>art. 9:10 Awb</source>
        <translation>Art. 9:10 Awb</translation>
    </message>
    <message>
        <source>art. 9:11 lid 2 Awb</source>
        <translation>Art. 9:11(2) Awb</translation>
    </message>
    <message>
        <source>art. 9:11 lid 3 Awb</source>
        <translation>Art. 9:11(3) Awb</translation>
    </message>
    <message>
        <source>art. 9:8 lid 3 Awb</source>
        <translation>Art. 9:8(3) Awb</translation>
    </message>
    <message>
        <source>art. 9:9 Awb</source>
        <translation>Art. 9:9 Awb</translation>
    </message>
    <message>
        <source>art. 9:12 Awb</source>
        <translation>Art. 9:12 Awb</translation>
    </message>
    <message>
        <source>Een signaal is geen klacht; er gaan geen klachtbrieven over.</source>
        <translation>A signal is not a complaint; no complaint letters are sent for it.</translation>
    </message>
    <message>
        <source>De ontvangstbevestiging hoort bij een open zaak.</source>
        <translation>The acknowledgement of receipt is for an open case.</translation>
    </message>
    <message>
        <source>De bevestiging van de informele oplossing hoort bij een zaak in de informele fase of een zaak die naar tevredenheid is opgelost (art. 9:5 Awb).</source>
        <translation>The confirmation of the informal resolution is for a case in the informal phase or a case that has been resolved to satisfaction (Art. 9:5 Awb).</translation>
    </message>
    <message>
        <source>Een uitnodiging voor de hoorzitting hoort bij een zaak in de formele fase (art. 9:10 Awb).</source>
        <translation>An invitation to the hearing is for a case in the formal phase (Art. 9:10 Awb).</translation>
    </message>
    <message>
        <source>Een afschrift aan de beklaagde hoort bij een schriftelijke klacht (art. 9:9 Awb).</source>
        <translation>A copy to the person complained about is for a written complaint (Art. 9:9 Awb).</translation>
    </message>
    <message>
        <source>Een afschrift aan de beklaagde hoort bij een zaak in de formele fase (art. 9:9 Awb).</source>
        <translation>A copy to the person complained about is for a case in the formal phase (Art. 9:9 Awb).</translation>
    </message>
    <message>
        <source>Verdagen kan alleen bij een open zaak in de informele of formele fase (art. 9:11 lid 2 Awb).</source>
        <translation>Adjournment is only possible for an open case in the informal or formal phase (Art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <source>De afhandelingstermijn is op %1 verstreken; verdagen kan alleen daarvoor (art. 9:11 lid 2 Awb).</source>
        <translation>The handling deadline expired on %1; adjournment is only possible before then (Art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <source>Om instemming met verder uitstel wordt pas gevraagd als de behandeling al is verdaagd (art. 9:11 lid 3 Awb).</source>
        <translation>Consent to further delay is only requested once handling has already been adjourned (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <source>De klacht gaat over een gecontracteerde aanbieder; die behandelt klachten over zijn medewerkers zelf. Een afschrift aan de beklaagde hoort bij een klacht over de gemeente (art. 9:9 Awb).</source>
        <translation>The complaint is about a contracted provider, which handles complaints about its own staff. A copy to the person complained about belongs to a complaint about the municipality (art. 9:9 Awb).</translation>
    </message>
    <message>
        <source>De kennisgeving niet-behandelen hoort bij een open klacht of een zaak waarvoor een grond uit art. 9:8 Awb is vastgelegd.</source>
        <translation>The notice of not handling belongs to an open complaint or a case for which a ground of art. 9:8 Awb has been recorded.</translation>
    </message>
    <message>
        <source>De afdoeningsbrief is al verstuurd op %1; de verzonden versie staat in de tijdlijn.</source>
        <translation>The closing letter was already sent on %1; the version sent is in the timeline.</translation>
    </message>
    <message>
        <source>De afdoeningsbrief hoort bij een klacht in de formele fase (art. 9:12 Awb).</source>
        <translation>The closing letter belongs to a complaint in the formal phase (art. 9:12 Awb).</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <source>iemand</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>%1 (%2 op %3)</source>
        <translation>%1 (%2 on %3)</translation>
    </message>
    <message>
        <source>Het vergrendelbestand %1 kan niet worden aangemaakt of geopend; in deze map kan niet worden geschreven.</source>
        <translation>The lock file %1 cannot be created or opened; this folder cannot be written to.</translation>
    </message>
    <message>
        <source>Het vergrendelbestand %1 kan niet worden bijgewerkt.</source>
        <translation>The lock file %1 cannot be updated.</translation>
    </message>
    <message>
        <source>Het vergrendelbestand %1 blijft bezet. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>The lock file %1 stays busy. Try again in a few moments; nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>MailIntake</name>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Het bestand is alleen te lezen; er kan niets worden geregistreerd.</source>
        <translation>The file is read-only; nothing can be registered.</translation>
    </message>
    <message>
        <source>Deze zaak is al geregistreerd.</source>
        <translation>This case has already been registered.</translation>
    </message>
    <message>
        <source>Een gekozen bijlage hoort niet bij dit bericht.</source>
        <translation>A chosen attachment does not belong to this message.</translation>
    </message>
</context>
<context>
    <name>MailIntakeFlow</name>
    <message>
        <source>E-mail niet geregistreerd</source>
        <translation>E-mail not registered</translation>
    </message>
    <message>
        <source>Het bestand is alleen te lezen; er kan niets worden geregistreerd.</source>
        <translation>The file is read-only; nothing can be registered.</translation>
    </message>
</context>
<context>
    <name>MailReader</name>
    <message>
        <source>Het bericht %1 is %2 MB; een document mag hoogstens %3 MB zijn. Er is niets geregistreerd.</source>
        <translation>The message %1 is %2 MB; a document may be at most %3 MB. Nothing was registered.</translation>
    </message>
    <message>
        <source>Het bericht %1 kan niet worden gelezen: %2.</source>
        <translation>The message %1 cannot be read: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw gemeentebestand…</source>
        <translation>&amp;New municipality file…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Importeren uit CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>Bestand &amp;sluiten</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <source>Reservekopie &amp;maken…</source>
        <translation>Create &amp;backup…</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <source>Reservekopieën &amp;instellen…</source>
        <translation>Backup &amp;settings…</translation>
    </message>
    <message>
        <source>&amp;Jaarverslag exporteren…</source>
        <translation>Export &amp;annual report…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Zaak</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Nieuwe melding…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Brief schrijven…</source>
        <translation>Write &amp;letter…</translation>
    </message>
    <message>
        <source>Zaak s&amp;luiten</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Zaken</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Termijnen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>&amp;Leren</source>
        <translation>&amp;Learning</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Dash&amp;board</translation>
    </message>
    <message>
        <source>Behee&amp;r</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Aan Tafel</source>
        <translation>&amp;About Aan Tafel</translation>
    </message>
    <message>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>U staat niet als gebruiker in dit bestand en kunt alleen lezen. Een beheerder kan u toevoegen via Beheer ▸ Gebruikers.</source>
        <translation>You are not listed as a user in this file and can only read it. An administrator can add you via Administration ▸ Users.</translation>
    </message>
    <message numerus="yes">
        <source>%n termijn/termijnen te laat</source>
        <translation>
            <numerusform>%n deadline overdue</numerusform>
            <numerusform>%n deadlines overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>U heeft %1.</source>
        <translation>You have %1.</translation>
    </message>
    <message>
        <source>T&amp;aal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Gebruiker en rol</source>
        <translation>User and role</translation>
    </message>
    <message>
        <source>De automatische reservekopie is niet gemaakt: %1</source>
        <translation>The automatic backup was not made: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n termijn/termijnen die vandaag verloopt/verlopen</source>
        <translation>
            <numerusform>%n deadline due today</numerusform>
            <numerusform>%n deadlines due today</numerusform>
        </translation>
    </message>
    <message>
        <source>Be&amp;kijken</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>&amp;Patronen</source>
        <translation>&amp;Patterns</translation>
    </message>
    <message>
        <source>&amp;Maatregelen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Aan Tafel</source>
        <translation>Aan Tafel</translation>
    </message>
    <message>
        <source>%1 (%2) — Aan Tafel</source>
        <translation>%1 (%2) — Aan Tafel</translation>
    </message>
    <message>
        <source>Niet aangemeld</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Bestand niet aangemaakt</source>
        <translation>File not created</translation>
    </message>
    <message>
        <source>Gemeentebestand openen</source>
        <translation>Open municipality file</translation>
    </message>
    <message>
        <source>Nieuwe melding</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Nieuwe melding registreren</source>
        <translation>Register new complaint</translation>
    </message>
    <message>
        <source>Melding niet opgeslagen</source>
        <translation>Complaint not saved</translation>
    </message>
    <message>
        <source>%1 geregistreerd</source>
        <translation>%1 registered</translation>
    </message>
    <message>
        <source>Anonieme klager</source>
        <translation>Anonymous complainant</translation>
    </message>
    <message>
        <source>Zaak niet geopend</source>
        <translation>Case not opened</translation>
    </message>
    <message>
        <source>Wat u hebt ingevuld, is bewaard. Nu opnieuw proberen?</source>
        <translation>What you entered has been kept. Try again now?</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Melding &amp;laten vervallen</source>
        <translation>&amp;Discard complaint</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De nieuwe taal wordt gebruikt zodra u Aan Tafel opnieuw start.
The new language is used when you restart Aan Tafel.</source>
        <translation>The new language will be used when you restart Aan Tafel.
De nieuwe taal wordt gebruikt zodra u Aan Tafel opnieuw start.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aan Tafel %1&lt;/h3&gt;&lt;p&gt;Klachtbehandeling voor gemeenten: eerst samen oplossen, zo nodig een standpunt, altijd ervan leren (hoofdstuk 9 Awb).&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU General Public License, versie 3 of later. Zonder enige garantie.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aan Tafel %1&lt;/h3&gt;&lt;p&gt;Complaint handling for municipalities: resolve together first, take a position where needed, always learn from it (Chapter 9 Awb).&lt;/p&gt;&lt;p&gt;Released under the GNU General Public License, version 3 or later. Without any warranty.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over Aan Tafel</source>
        <translation>About Aan Tafel</translation>
    </message>
    <message>
        <source>Behandelen als bestand op een &amp;netwerkschijf</source>
        <translation>Treat as a file on a &amp;network share</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd: bij het lezen is een beschadigd deel gevonden. Het is nu alleen te lezen, zodat er niets verloren gaat. Zet een reservekopie terug (Bestand ▸ Reservekopie terugzetten).</source>
        <translation>This file is damaged: a damaged part was found while reading. It is now read-only, so that nothing is lost. Restore a backup (File ▸ Restore backup).</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Eén persoon tegelijk wijzigt, zonder schrijflogboek; voor een bestand op een netwerkschijf die niet als zodanig wordt herkend.</source>
        <translation>One person at a time makes changes, without a write-ahead log; for a file on a network share that is not recognised as one.</translation>
    </message>
    <message>
        <source>%1 geregistreerd uit een e-mail</source>
        <translation>%1 registered from an e-mail</translation>
    </message>
    <message>
        <source>%1 (%2) [beschadigd, alleen lezen] — Aan Tafel</source>
        <translation>%1 (%2) [damaged, read-only] — Aan Tafel</translation>
    </message>
    <message>
        <source>%1 (%2) [alleen lezen] — Aan Tafel</source>
        <translation>%1 (%2) [read-only] — Aan Tafel</translation>
    </message>
    <message>
        <source>&amp;Verbinden met teamserver…</source>
        <translation>Connect to team ser&amp;ver…</translation>
    </message>
    <message>
        <source>Aan Tafel-bestanden en teamserververbindingen (*.aantafel *.aantafel-server);;Alle bestanden (*)</source>
        <translation>Aan Tafel files and team server connections (*.aantafel *.aantafel-server);;All files (*)</translation>
    </message>
    <message>
        <source>Teamserver niet geopend</source>
        <translation>Team server not opened</translation>
    </message>
    <message>
        <source>Uw login %1 staat niet als gebruiker op deze teamserver; u kunt alleen lezen. Een beheerder kan u toevoegen via Beheer ▸ Gebruikers.</source>
        <translation>Your login %1 is not a user on this team server; you can only read. An administrator can add you via Administration ▸ Users.</translation>
    </message>
    <message>
        <source>teamserver %1</source>
        <translation>team server %1</translation>
    </message>
    <message>
        <source>De teamserver wordt niet door dit programma gekopieerd: de ICT-afdeling maakt de reservekopieën van de server (pg_dump) en zet ze zo nodig terug.</source>
        <translation>The team server is not copied by this program: the IT department makes the backups of the server (pg_dump) and restores them when needed.</translation>
    </message>
    <message>
        <source>Schrijft een gemeentebestand met alles wat op de teamserver staat, bijvoorbeeld om mee te nemen. %1</source>
        <translation>Writes a municipality file with everything on the team server, for example to take along. %1</translation>
    </message>
    <message>
        <source>Alleen voor een gemeentebestand: op de teamserver wijzigen collega&apos;s tegelijk, zonder netwerkschijf.</source>
        <translation>Only for a municipality file: on the team server colleagues make changes at the same time, without a network share.</translation>
    </message>
</context>
<context>
    <name>MeasureCommands</name>
    <message>
        <source>Maatregel vastleggen</source>
        <translation>Record measure</translation>
    </message>
    <message>
        <source>Maatregel wijzigen</source>
        <translation>Change measure</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 (“%2”)</translation>
    </message>
    <message>
        <source>De verbetermaatregel “%1” is intussen door iemand anders gewijzigd; die wijziging blijft staan.</source>
        <translation>The improvement measure “%1” has been changed by someone else in the meantime; that change stays.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Nieuwe verbetermaatregel</source>
        <translation>New improvement measure</translation>
    </message>
    <message>
        <source>Verbetermaatregel</source>
        <translation>Improvement measure</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kort, zonder namen: de titel komt in het jaarverslag</source>
        <translation>Short, without names: the title appears in the annual report</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Soort maatregel</source>
        <translation>Type of measure</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Wie zorgt ervoor: een naam of een afdeling</source>
        <translation>Who is responsible: a name or a department</translation>
    </message>
    <message>
        <source>Streef&amp;datum:</source>
        <translation>Target &amp;date:</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Wat heeft de maatregel opgeleverd?</source>
        <translation>What did the measure achieve?</translation>
    </message>
    <message>
        <source>Gekoppelde zaken</source>
        <translation>Linked cases</translation>
    </message>
    <message>
        <source>Zaaknummer om te koppelen</source>
        <translation>Case number to link</translation>
    </message>
    <message>
        <source>Zaaknummer, bijv. KL-2026-0012</source>
        <translation>Case number, e.g. KL-2026-0012</translation>
    </message>
    <message>
        <source>&amp;Koppelen</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>O&amp;ntkoppelen</source>
        <translation>U&amp;nlink</translation>
    </message>
    <message>
        <source>zaak %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Omsc&amp;hrijving:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Eigenaar:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Resultaat:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Gekoppelde zaken:</source>
        <translation>Linked &amp;cases:</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Er is geen zaak met zaaknummer %1.</source>
        <translation>There is no case with case number %1.</translation>
    </message>
    <message>
        <source>Geef de maatregel een titel.</source>
        <translation>Give the measure a title.</translation>
    </message>
    <message>
        <source>Maatregel niet geopend</source>
        <translation>Measure not opened</translation>
    </message>
</context>
<context>
    <name>MeasureListModel</name>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>Een verbetermaatregel heeft een titel nodig.</source>
        <translation>An improvement measure needs a title.</translation>
    </message>
    <message>
        <source>De verbetermaatregel “%1” is intussen door iemand anders gewijzigd. Open hem opnieuw en breng uw wijziging nog eens aan.</source>
        <translation>The improvement measure “%1” has been changed by someone else in the meantime. Open it again and make your change once more.</translation>
    </message>
    <message>
        <source>De verbetermaatregel “%1” is intussen door iemand anders gewijzigd.</source>
        <translation>The improvement measure “%1” has been changed by someone else in the meantime.</translation>
    </message>
    <message>
        <source>De verbetermaatregel bestaat niet (meer) in dit register.</source>
        <translation>The improvement measure does not exist (any more) in this register.</translation>
    </message>
    <message>
        <source>De zaak bestaat niet (meer) in dit register.</source>
        <translation>The case does not exist (any more) in this register.</translation>
    </message>
</context>
<context>
    <name>MeasureStyle</name>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 — te laat</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>1 zaak</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>%1 zaken</source>
        <translation>%1 cases</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>Individueel</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Structureel</source>
        <translation>Structural</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In uitvoering</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Superseded</translation>
    </message>
</context>
<context>
    <name>MeasuresOverview</name>
    <message>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Filter op soort</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Individueel en structureel</source>
        <translation>Individual and structural</translation>
    </message>
    <message>
        <source>Filter op eigenaar</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Alleen &amp;te laat</source>
        <translation>Only o&amp;verdue</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Eigenaar:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Verbetermaatregelen</source>
        <translation>Improvement measures</translation>
    </message>
    <message>
        <source>&amp;Nieuwe maatregel…</source>
        <translation>&amp;New measure…</translation>
    </message>
    <message>
        <source>O&amp;penen…</source>
        <translation>O&amp;pen…</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>1 maatregel</source>
        <translation>1 measure</translation>
    </message>
    <message>
        <source>%1 maatregelen</source>
        <translation>%1 measures</translation>
    </message>
    <message>
        <source>%1 van %2 maatregelen</source>
        <translation>%1 of %2 measures</translation>
    </message>
    <message>
        <source>, waarvan %1 over de streefdatum</source>
        <translation>, of which %1 past the target date</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Het schema van een gemeente kon niet worden opgebouwd; dit is een fout in het programma.</source>
        <translation>The schema of a municipality could not be built; this is an error in the program.</translation>
    </message>
</context>
<context>
    <name>MimeMessageReader</name>
    <message>
        <source>---------- Doorgestuurd bericht ----------</source>
        <translation>---------- Forwarded message ----------</translation>
    </message>
    <message>
        <source>Van: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Datum: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Onderwerp: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>doorgestuurd bericht</source>
        <translation>forwarded message</translation>
    </message>
    <message>
        <source>bijlage-%1</source>
        <translation>attachment-%1</translation>
    </message>
    <message>
        <source>%1 is leeg: er staat geen e-mailbericht in. Er is niets geregistreerd.</source>
        <translation>%1 is empty: it holds no e-mail message. Nothing was registered.</translation>
    </message>
    <message>
        <source>%1 kan niet als e-mail worden gelezen: %2. Er is niets geregistreerd.</source>
        <translation>%1 cannot be read as an e-mail: %2. Nothing was registered.</translation>
    </message>
    <message>
        <source>het bestand heeft geen kopregels van een e-mail (Van, Datum)</source>
        <translation>the file has no e-mail headers (From, Date)</translation>
    </message>
    <message>
        <source>het bericht is afgebroken; een deel ontbreekt</source>
        <translation>the message is cut off; part of it is missing</translation>
    </message>
    <message>
        <source>de opbouw van het bericht klopt niet (een deel of bijlage is beschadigd)</source>
        <translation>the structure of the message is wrong (a part or attachment is damaged)</translation>
    </message>
    <message>
        <source>er staat geen afzender, onderwerp, tekst of bijlage in</source>
        <translation>it holds no sender, subject, text or attachment</translation>
    </message>
</context>
<context>
    <name>MunicipalitySettingsStore</name>
    <message>
        <source>Het voorvoegsel van de zaaknummers mag niet leeg zijn en geen spaties bevatten.</source>
        <translation>The case number prefix must not be empty or contain spaces.</translation>
    </message>
    <message>
        <source>De grootste toegestane omvang van een document moet tussen 1 en 1024 MB liggen.</source>
        <translation>The largest size allowed for a document must be between 1 and 1024 MB.</translation>
    </message>
</context>
<context>
    <name>MunicipalityWizard</name>
    <message>
        <source> werkdagen</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Nieuw gemeentebestand</source>
        <translation>New municipality file</translation>
    </message>
    <message>
        <source>&amp;Aanmaken</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>De gemeente</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Naam en adres staan op elke brief. Het logo komt in het briefhoofd.</source>
        <translation>The name and address appear on every letter. The logo goes in the letterhead.</translation>
    </message>
    <message>
        <source>Gemeente Voorbeeld</source>
        <translation>Municipality of Voorbeeld</translation>
    </message>
    <message>
        <source>Naam van de gemeente</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Postbus 1000
1234 AB Voorbeeld</source>
        <translation>PO Box 1000
1234 AB Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Postadres:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Telephone number</translation>
    </message>
    <message>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>E-mailadres voor klachten</source>
        <translation>Email address for complaints</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>De ombudsman</source>
        <translation>The ombudsman</translation>
    </message>
    <message>
        <source>Na de klachtbehandeling kan de klager naar de ombudsman (art. 9:17 en 9:18 Awb). De afdoeningsbrief noemt deze ombudsman en de termijn.</source>
        <translation>After the complaints procedure, the complainant can turn to the ombudsman (Arts. 9:17 and 9:18 Awb). The final response letter (afdoeningsbrief) names this ombudsman and the time limit.</translation>
    </message>
    <message>
        <source>De &amp;Nationale ombudsman</source>
        <translation>The Na&amp;tional Ombudsman</translation>
    </message>
    <message>
        <source>Een &amp;eigen ombudsman of ombudscommissie van de gemeente</source>
        <translation>The municipality&apos;s &amp;own ombudsman or ombudsman committee</translation>
    </message>
    <message>
        <source>Naam van de ombudsman</source>
        <translation>Name of the ombudsman</translation>
    </message>
    <message>
        <source>Adres van de ombudsman</source>
        <translation>Address of the ombudsman</translation>
    </message>
    <message>
        <source>Website van de ombudsman</source>
        <translation>Website of the ombudsman</translation>
    </message>
    <message>
        <source>Naa&amp;m:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Werkwijze en termijnen</source>
        <translation>Procedure and deadlines</translation>
    </message>
    <message>
        <source>De wettelijke termijnen liggen vast; deze termijnen belooft de gemeente zelf.</source>
        <translation>The statutory time limits are fixed; these deadlines are the municipality&apos;s own commitments.</translation>
    </message>
    <message>
        <source>Formele klachten gaan naar een &amp;klachtadviescommissie (afdeling 9.1.3 Awb: afhandeling binnen 10 weken)</source>
        <translation>Formal complaints go to a complaints advisory &amp;committee (Section 9.1.3 Awb: handled within 10 weeks)</translation>
    </message>
    <message>
        <source>Klachtadviescommissie</source>
        <translation>Complaints advisory committee</translation>
    </message>
    <message>
        <source>Termijn ontvangstbevestiging</source>
        <translation>Deadline for acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Termijn eerste persoonlijk contact</source>
        <translation>Deadline for first personal contact</translation>
    </message>
    <message>
        <source>Termijn nabellen na de oplossing</source>
        <translation>Deadline for follow-up call after resolution</translation>
    </message>
    <message>
        <source>Termijn terugkoppeling na overdracht</source>
        <translation>Deadline for feedback after handover</translation>
    </message>
    <message>
        <source>Waarschuwen vóór een termijn</source>
        <translation>Warning before a deadline</translation>
    </message>
    <message>
        <source>&amp;Ontvangstbevestiging binnen:</source>
        <translation>&amp;Acknowledgement of receipt within:</translation>
    </message>
    <message>
        <source>&amp;Eerste persoonlijk contact binnen:</source>
        <translation>&amp;First personal contact within:</translation>
    </message>
    <message>
        <source>&amp;Nabellen (&quot;hoe gaat het nu?&quot;) na:</source>
        <translation>Follow-&amp;up call (&quot;how are things now?&quot;) after:</translation>
    </message>
    <message>
        <source>&amp;Terugkoppeling na warme overdracht na:</source>
        <translation>Feedback check after warm &amp;handover:</translation>
    </message>
    <message>
        <source>&amp;Waarschuwen vanaf:</source>
        <translation>&amp;Warn in advance:</translation>
    </message>
    <message>
        <source>Het bestand</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>Eén bestand bevat alle klachten van de gemeente. Zet het op een plek waar een reservekopie van wordt gemaakt.</source>
        <translation>One file holds all the municipality&apos;s complaints. Store it in a location that is backed up.</translation>
    </message>
    <message>
        <source>Bestandsnaam</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Dit bestand is geen afbeelding</source>
        <translation>This file is not an image</translation>
    </message>
    <message>
        <source>Gemeentebestand opslaan</source>
        <translation>Save municipality file</translation>
    </message>
    <message>
        <source>Aan Tafel-bestanden (*.aantafel)</source>
        <translation>Aan Tafel files (*.aantafel)</translation>
    </message>
    <message>
        <source>Vul de naam van de gemeente in.</source>
        <translation>Enter the name of the municipality.</translation>
    </message>
    <message>
        <source>Kies waar het bestand moet komen.</source>
        <translation>Choose where the file should be saved.</translation>
    </message>
    <message>
        <source>%1 bestaat al. Kies een andere naam; een bestaand bestand wordt nooit overschreven.</source>
        <translation>%1 already exists. Choose a different name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <source>&amp;Huislettertype:</source>
        <translation>&amp;House font:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 bekend</source>
        <translation>%1 known</translation>
    </message>
</context>
<context>
    <name>OutlookMessageReader</name>
    <message>
        <source>doorgestuurd bericht</source>
        <translation>forwarded message</translation>
    </message>
    <message>
        <source>bijlage-%1</source>
        <translation>attachment-%1</translation>
    </message>
    <message>
        <source>%1 kan niet als Outlook-bericht worden gelezen: %2. Er is niets geregistreerd.</source>
        <translation>%1 cannot be read as an Outlook message: %2. Nothing was registered.</translation>
    </message>
    <message>
        <source>het is geen Outlook-bestand (.msg)</source>
        <translation>it is no Outlook file (.msg)</translation>
    </message>
    <message>
        <source>het bestand is beschadigd of onvolledig</source>
        <translation>the file is damaged or incomplete</translation>
    </message>
    <message>
        <source>er staan geen berichtgegevens in</source>
        <translation>it holds no message data</translation>
    </message>
    <message>
        <source>er staat geen afzender, onderwerp of tekst in</source>
        <translation>it holds no sender, subject or text</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>er is geen bestandsnaam opgegeven</source>
        <translation>no file name was given</translation>
    </message>
    <message>
        <source>de naam bevat tekens die op dit systeem geen bestandsnaam kunnen vormen</source>
        <translation>the name contains characters that cannot form a file name on this system</translation>
    </message>
    <message>
        <source>er bestaat al een map met die naam</source>
        <translation>a folder with that name already exists</translation>
    </message>
    <message>
        <source>dat is geen gewoon bestand (maar bijvoorbeeld een apparaat)</source>
        <translation>that is not a regular file (but, for example, a device)</translation>
    </message>
    <message>
        <source>dat is het gemeentebestand %1 zelf of een van zijn hulpbestanden</source>
        <translation>that is the municipality file %1 itself or one of its companion files</translation>
    </message>
    <message>
        <source>dat is een bestaand gemeentebestand of een andere database, die nooit wordt overschreven</source>
        <translation>that is an existing municipality file or another database, which is never overwritten</translation>
    </message>
    <message>
        <source>dat is een hulpbestand van het gemeentebestand %1</source>
        <translation>that is a companion file of the municipality file %1</translation>
    </message>
    <message>
        <source>de map %1 bestaat niet</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is geen map</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>in de map %1 mag niet worden geschreven</source>
        <translation>the folder %1 may not be written to</translation>
    </message>
    <message>
        <source>het bestand is niet geopend</source>
        <translation>the file is not open</translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>OverdueMeasuresList</name>
    <message>
        <source>Verbetermaatregelen over de streefdatum</source>
        <translation>Improvement measures past the target date</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verbetermaatregelen over de streefdatum&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Improvement measures past the target date&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Aandachtspunten bij de intake</source>
        <translation>Points to note at intake</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Soort wijzigen</source>
        <translation>Change type</translation>
    </message>
    <message>
        <source>&amp;Kanaal:</source>
        <translation>Ch&amp;annel:</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kanaal wijzigen</source>
        <translation>Change channel</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Ontvangstdatum wijzigen</source>
        <translation>Change date of receipt</translation>
    </message>
    <message>
        <source>Ontvan&amp;gen:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>Datum gedraging</source>
        <translation>Date of conduct</translation>
    </message>
    <message>
        <source>Datum gedraging wijzigen</source>
        <translation>Change date of conduct</translation>
    </message>
    <message>
        <source>&amp;Datum gedraging:</source>
        <translation>Date of cond&amp;uct:</translation>
    </message>
    <message>
        <source>Dom&amp;ein:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Domein wijzigen</source>
        <translation>Change domain</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Behandelaar wijzigen</source>
        <translation>Change case officer</translation>
    </message>
    <message>
        <source>Beh&amp;andelaar:</source>
        <translation>Case off&amp;icer:</translation>
    </message>
    <message>
        <source>Klachtadviescommissie</source>
        <translation>Complaints advisory committee</translation>
    </message>
    <message>
        <source>Over de inhoud van een besluit</source>
        <translation>About the content of a decision</translation>
    </message>
    <message>
        <source>Inhoud besluit wijzigen</source>
        <translation>Change decision content</translation>
    </message>
    <message>
        <source>Wie het niet eens is met de inhoud van een besluit, maakt bezwaar (hoofdstuk 6 Awb), binnen zes weken na de bekendmaking.</source>
        <translation>Anyone who disagrees with the content of a decision lodges an objection (bezwaar, Chapter 6 Awb) within six weeks of its notification.</translation>
    </message>
    <message>
        <source>Bekendgemaakt:</source>
        <translation>Notified:</translation>
    </message>
    <message>
        <source>Besluit bekendgemaakt op</source>
        <translation>Decision notified on</translation>
    </message>
    <message>
        <source>Bekendmaking besluit wijzigen</source>
        <translation>Change notification of decision</translation>
    </message>
    <message>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Anonimiteit wijzigen</source>
        <translation>Change anonymity</translation>
    </message>
    <message>
        <source>Naam klager</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <source>Naam klager wijzigen</source>
        <translation>Change complainant&apos;s name</translation>
    </message>
    <message>
        <source>Adres klager</source>
        <translation>Complainant&apos;s address</translation>
    </message>
    <message>
        <source>Adres klager wijzigen</source>
        <translation>Change complainant&apos;s address</translation>
    </message>
    <message>
        <source>Telefoon klager</source>
        <translation>Complainant&apos;s phone</translation>
    </message>
    <message>
        <source>Telefoon klager wijzigen</source>
        <translation>Change complainant&apos;s phone</translation>
    </message>
    <message>
        <source>E-mail klager</source>
        <translation>Complainant&apos;s email</translation>
    </message>
    <message>
        <source>E-mail klager wijzigen</source>
        <translation>Change complainant&apos;s email</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Vertegenwoordiger:</source>
        <translation>Representative:</translation>
    </message>
    <message>
        <source>Vertegenwoordiger</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Vertegenwoordiger wijzigen</source>
        <translation>Change representative</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Rol vertegenwoordiger</source>
        <translation>Representative&apos;s role</translation>
    </message>
    <message>
        <source>Rol vertegenwoordiger wijzigen</source>
        <translation>Change representative&apos;s role</translation>
    </message>
    <message>
        <source>Over wie</source>
        <translation>About whom</translation>
    </message>
    <message>
        <source>Afdeling of team:</source>
        <translation>Department or team:</translation>
    </message>
    <message>
        <source>Afdeling of team</source>
        <translation>Department or team</translation>
    </message>
    <message>
        <source>Afdeling wijzigen</source>
        <translation>Change department</translation>
    </message>
    <message>
        <source>Medewerker:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>Medewerker (beklaagde)</source>
        <translation>Employee (complained about)</translation>
    </message>
    <message>
        <source>Beklaagde wijzigen</source>
        <translation>Change person complained about</translation>
    </message>
    <message>
        <source>Aanbieder:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Aanbieder wijzigen</source>
        <translation>Change provider</translation>
    </message>
    <message>
        <source>Gem. regeling:</source>
        <translation>Joint arr.:</translation>
    </message>
    <message>
        <source>Gemeenschappelijke regeling</source>
        <translation>Joint arrangement</translation>
    </message>
    <message>
        <source>Gemeenschappelijke regeling wijzigen</source>
        <translation>Change joint arrangement</translation>
    </message>
    <message>
        <source>Kie&amp;zen</source>
        <translation>Choo&amp;se</translation>
    </message>
    <message>
        <source>Thema&apos;s kiezen</source>
        <translation>Choose themes</translation>
    </message>
    <message>
        <source>Thema toevoegen: %1</source>
        <translation>Add theme: %1</translation>
    </message>
    <message>
        <source>Thema verwijderen: %1</source>
        <translation>Remove theme: %1</translation>
    </message>
    <message>
        <source>Thema&apos;s:</source>
        <translation>Themes:</translation>
    </message>
    <message>
        <source>Verhaal van de klager</source>
        <translation>Complainant&apos;s account</translation>
    </message>
    <message>
        <source>Verhaal wijzigen</source>
        <translation>Change account</translation>
    </message>
    <message>
        <source>&amp;Verhaal van de klager (wat is er gebeurd?)</source>
        <translation>Complainant&apos;s account (&amp;what happened?)</translation>
    </message>
    <message>
        <source>Gewenste uitkomst</source>
        <translation>Desired outcome</translation>
    </message>
    <message>
        <source>Gewenste uitkomst wijzigen</source>
        <translation>Change desired outcome</translation>
    </message>
    <message>
        <source>Gewenste &amp;uitkomst (wat wil de klager bereiken?)</source>
        <translation>Desired outcome (what does the com&amp;plainant want to achieve?)</translation>
    </message>
    <message>
        <source>(nog geen thema)</source>
        <translation>(no theme yet)</translation>
    </message>
    <message>
        <source>Ombudsman en archief</source>
        <translation>Ombudsman and archive</translation>
    </message>
    <message>
        <source>Naar de ombudsman op</source>
        <translation>To the ombudsman on</translation>
    </message>
    <message>
        <source>Datum naar de ombudsman wijzigen</source>
        <translation>Change date to the ombudsman</translation>
    </message>
    <message>
        <source>Welke ombudsman</source>
        <translation>Which ombudsman</translation>
    </message>
    <message>
        <source>Ombudsman wijzigen</source>
        <translation>Change ombudsman</translation>
    </message>
    <message>
        <source>Uitkomst bij de ombudsman</source>
        <translation>Outcome at the ombudsman</translation>
    </message>
    <message>
        <source>Uitkomst bij de ombudsman wijzigen</source>
        <translation>Change outcome at the ombudsman</translation>
    </message>
    <message>
        <source>Uitkomst bekend op</source>
        <translation>Outcome known on</translation>
    </message>
    <message>
        <source>Datum uitkomst ombudsman wijzigen</source>
        <translation>Change date of the ombudsman&apos;s outcome</translation>
    </message>
    <message>
        <source>Naar de ombudsman op:</source>
        <translation>To the ombudsman on:</translation>
    </message>
    <message>
        <source>Ombudsman:</source>
        <translation>Ombudsman:</translation>
    </message>
    <message>
        <source>Uitkomst:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Bekend op:</source>
        <translation>Known on:</translation>
    </message>
    <message>
        <source>Bewaartermijn volgens de Selectielijst</source>
        <translation>Retention period according to the Selectielijst</translation>
    </message>
    <message>
        <source>Bewaar&amp;termijn kiezen…</source>
        <translation>Choose re&amp;tention period…</translation>
    </message>
    <message>
        <source>Een beheerder kan voor deze zaak een ander resultaat van de Selectielijst kiezen, met een reden.</source>
        <translation>An administrator can choose another Selectielijst result for this case, with a reason.</translation>
    </message>
    <message>
        <source>Vastgelegd in de formele behandeling</source>
        <translation>Recorded in the formal procedure</translation>
    </message>
    <message>
        <source>Datum van het klaagschrift</source>
        <translation>Date of the written complaint</translation>
    </message>
    <message>
        <source>Datum klaagschrift wijzigen</source>
        <translation>Change date of the written complaint</translation>
    </message>
    <message>
        <source>De dagtekening van het klaagschrift (art. 9:4 lid 2 Awb).</source>
        <translation>The date the written complaint bears (art. 9:4(2) Awb).</translation>
    </message>
    <message>
        <source>Klaagschrift gedateerd:</source>
        <translation>Written complaint dated:</translation>
    </message>
    <message>
        <source>Een klachtadviescommissie adviseert (afdeling 9.1.3 Awb; tien weken).</source>
        <translation>An advisory committee advises (section 9.1.3 Awb; ten weeks).</translation>
    </message>
    <message>
        <source>Geen klachtadviescommissie.</source>
        <translation>No advisory committee.</translation>
    </message>
    <message>
        <source>Vastgelegd bij ontvangst, %1: %2</source>
        <translation>Recorded on receipt, %1: %2</translation>
    </message>
    <message>
        <source>Commissie:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <source>Regie van de gemeente wijzigen</source>
        <translation>Change municipality&apos;s oversight</translation>
    </message>
    <message>
        <source>Over de zorg of ondersteuning van een gecontracteerde aanbieder gaan de klachtregels van die aanbieder (Wmo 2015, Jeugdwet, Wkkgz). De gemeente behandelt alleen klachten over haar eigen regie formeel.</source>
        <translation>Complaints about the care or support of a contracted provider fall under that provider&apos;s complaint rules (Wmo 2015, Jeugdwet, Wkkgz). The municipality only formally handles complaints about its own oversight.</translation>
    </message>
    <message>
        <source>Nieuwe klacht na heropening van %1.</source>
        <translation>New complaint after reopening %1.</translation>
    </message>
    <message>
        <source>Klager gehoord op %1.</source>
        <translation>Complainant heard on %1.</translation>
    </message>
    <message>
        <source>Klager niet gehoord: %1.</source>
        <translation>Complainant not heard: %1.</translation>
    </message>
    <message>
        <source>Gestelde termijn tot en met %1.</source>
        <translation>Term given up to and including %1.</translation>
    </message>
    <message>
        <source>De beklaagde</source>
        <translation>The person complained about</translation>
    </message>
    <message>
        <source>%1 gehoord op %2.</source>
        <translation>%1 heard on %2.</translation>
    </message>
    <message>
        <source>%1 kreeg op %2 de gelegenheid te worden gehoord en maakte er geen gebruik van.</source>
        <translation>%1 was given the opportunity to be heard on %2 and did not use it.</translation>
    </message>
    <message>
        <source>Hoorverslag verstuurd aan klager en beklaagde op %1.</source>
        <translation>Hearing report sent to complainant and person complained about on %1.</translation>
    </message>
    <message>
        <source>Advies van de commissie (%1): %2.</source>
        <translation>Committee&apos;s advice (%1): %2.</translation>
    </message>
    <message>
        <source>Oordeel: %1.</source>
        <translation>Finding: %1.</translation>
    </message>
    <message>
        <source>Afgedaan met de afdoeningsbrief van %1.</source>
        <translation>Closed with the closing letter of %1.</translation>
    </message>
    <message>
        <source>Over de regie van de gemeente</source>
        <translation>About the municipality&apos;s own oversight</translation>
    </message>
    <message>
        <source>Archief:</source>
        <translation>Archive:</translation>
    </message>
</context>
<context>
    <name>PatternTableModel</name>
    <message>
        <source>%1  ▲ komt terug</source>
        <translation>%1  ▲ recurring</translation>
    </message>
    <message>
        <source>%1, komt terug</source>
        <translation>%1, recurring</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>%1 K%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>%1 bij %2: %3× in %4</source>
        <translation>%1 at %2: %3× in %4</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Eigen periode</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Bundelen op</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;van</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>&amp;tot en met</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>B&amp;undelen op:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>Zaken gebundeld per kwartaal</source>
        <translation>Cases grouped by quarter</translation>
    </message>
    <message>
        <source>Wat terugkomt</source>
        <translation>Recurring issues</translation>
    </message>
    <message>
        <source>Geen thema kwam in deze periode drie keer of vaker terug bij dezelfde afdeling of aanbieder in één kwartaal.</source>
        <translation>No theme recurred three or more times at the same department or provider within a single quarter in this period.</translation>
    </message>
    <message>
        <source>Zaken per kwartaal</source>
        <translation>Cases per quarter</translation>
    </message>
    <message>
        <source>Wat terugkomt: 3× of vaker in één kwartaal</source>
        <translation>Recurring issues: 3× or more in one quarter</translation>
    </message>
    <message>
        <source>&amp;Structurele maatregel maken…</source>
        <translation>Create &amp;structural measure…</translation>
    </message>
    <message>
        <source>Een structurele verbetermaatregel, gekoppeld aan alle zaken van de selectie</source>
        <translation>A structural improvement measure, linked to all cases in the selection</translation>
    </message>
    <message>
        <source>%1 zaken ontvangen van %2 tot en met %3</source>
        <translation>%1 cases received from %2 up to and including %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Naar aanleiding van %1 (%2 tot en met %3).</source>
        <translation>Following %1 (%2 up to and including %3).</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>De PDF %1 kan niet worden opgeslagen: %2.</source>
        <translation>The PDF %1 cannot be saved: %2.</translation>
    </message>
    <message>
        <source>Er is geen bestandsnaam voor de PDF opgegeven.</source>
        <translation>No file name was given for the PDF.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>U staat niet als gebruiker in dit gemeentebestand; u kunt alleen lezen. Vraag een beheerder u toe te voegen.</source>
        <translation>You are not listed as a user in this municipality file; you can only read it. Ask an administrator to add you.</translation>
    </message>
    <message>
        <source>Alleen een klachtencoördinator mag %1; u bent %2.</source>
        <translation>Only a complaints coordinator may %1; you are %2.</translation>
    </message>
    <message>
        <source>Alleen een beheerder mag %1; u bent %2.</source>
        <translation>Only an administrator may %1; you are %2.</translation>
    </message>
    <message>
        <source>Een beheerder registreert geen meldingen; dat doen klachtbehandelaars en klachtencoördinatoren.</source>
        <translation>An administrator does not register complaints; case officers and complaints coordinators do that.</translation>
    </message>
    <message>
        <source>Een beheerder wijzigt geen zaken; dat doen de behandelaar en de klachtencoördinator.</source>
        <translation>An administrator does not change cases; the case officer and the complaints coordinator do that.</translation>
    </message>
    <message>
        <source>Deze zaak heeft nog geen behandelaar. Een klachtencoördinator wijst haar toe; daarna kan de behandelaar haar wijzigen.</source>
        <translation>This case does not have a case officer yet. A complaints coordinator assigns it; after that, the case officer can change it.</translation>
    </message>
    <message>
        <source>Deze zaak is van %1. U kunt alleen uw eigen zaken wijzigen; een klachtencoördinator kan haar aan u toewijzen.</source>
        <translation>This case belongs to %1. You can only change your own cases; a complaints coordinator can assign it to you.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>zaken toewijzen</source>
        <translation>assign cases</translation>
    </message>
    <message>
        <source>een formele uitkomst vaststellen (oordeel of niet-behandelen)</source>
        <translation>record a formal outcome (finding or non-handling)</translation>
    </message>
    <message>
        <source>gebruikers beheren</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>lijsten beheren</source>
        <translation>manage lists</translation>
    </message>
    <message>
        <source>briefsjablonen beheren</source>
        <translation>manage letter templates</translation>
    </message>
    <message>
        <source>de instellingen van de gemeente wijzigen</source>
        <translation>change the municipality&apos;s settings</translation>
    </message>
    <message>
        <source>zaken vernietigen of anonimiseren</source>
        <translation>destroy or anonymise cases</translation>
    </message>
    <message>
        <source>de audittrail inzien</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>een inzageverzoek afhandelen</source>
        <translation>handle a subject access request</translation>
    </message>
    <message>
        <source>Deze handeling is niet toegestaan.</source>
        <translation>This action is not permitted.</translation>
    </message>
    <message>
        <source>een reservekopie terugzetten</source>
        <translation>restore a backup</translation>
    </message>
</context>
<context>
    <name>PlaceholderPicker</name>
    <message>
        <source>Velden die een sjabloon kan gebruiken</source>
        <translation>Fields a template can use</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Veld &amp;invoegen</source>
        <translation>&amp;Insert field</translation>
    </message>
    <message>
        <source>&amp;Velden:</source>
        <translation>&amp;Fields:</translation>
    </message>
</context>
<context>
    <name>RecentPlace</name>
    <message>
        <source>teamserver</source>
        <translation>team server</translation>
    </message>
    <message>
        <source>%1 op deze computer</source>
        <translation>%1 on this computer</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>RecordLetterDialog</name>
    <message>
        <source>Brief van elders vastleggen — %1</source>
        <translation>Record letter sent elsewhere — %1</translation>
    </message>
    <message>
        <source>Is de brief geschreven en verstuurd in het eigen documentsysteem van de gemeente? Leg hem hier vast als verstuurd. Hij heeft dan hetzelfde gevolg als een brief uit het programma: de afdoeningsbrief sluit de formele klacht af op de datum van de brief, de verdagingsbrief verdaagt. Vastleggen kan niet ongedaan worden gemaakt.</source>
        <translation>Was the letter written and sent from the municipality&apos;s own document system? Record it here as sent. It then has the same effect as a letter from the program: the closing letter closes the formal complaint on the letter&apos;s date, the adjournment letter adjourns. Recording cannot be undone.</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Datum van de brief</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>Grond (art. 9:8 Awb)</source>
        <translation>Ground (Art. 9:8 Awb)</translation>
    </message>
    <message>
        <source>Kies de grond</source>
        <translation>Choose the ground</translation>
    </message>
    <message>
        <source>Geadresseerde</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Optioneel, bijvoorbeeld de naam van de klager</source>
        <translation>Optional, for example the complainant&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>&amp;Datum van de brief:</source>
        <translation>&amp;Date of the letter:</translation>
    </message>
    <message>
        <source>&amp;Grond:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <source>&amp;Aan:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Waarom dit niet kan</source>
        <translation>Why this is not possible</translation>
    </message>
    <message>
        <source>Vastleggen als verstuurd</source>
        <translation>Record as sent</translation>
    </message>
</context>
<context>
    <name>RecurringPatternModel</name>
    <message>
        <source>%1 bij %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Thema bij afdeling of aanbieder</source>
        <translation>Theme at department or provider</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>K%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Klachtenjaarverslag %1</source>
        <translation>Annual complaints report %1</translation>
    </message>
    <message>
        <source>Klachtenjaarverslag %1 — %2</source>
        <translation>Annual complaints report %1 — %2</translation>
    </message>
    <message>
        <source>sectie</source>
        <translation>section</translation>
    </message>
    <message>
        <source>onderdeel</source>
        <translation>item</translation>
    </message>
    <message>
        <source>waarde</source>
        <translation>value</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Aantallen</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Mondelinge klachten</source>
        <translation>Oral complaints</translation>
    </message>
    <message>
        <source>Schriftelijke klachten</source>
        <translation>Written complaints</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Klachten nog in behandeling</source>
        <translation>Complaints still being handled</translation>
    </message>
    <message>
        <source>Signalen nog in behandeling</source>
        <translation>Signals still being handled</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Klachten per kwartaal</source>
        <translation>Complaints per quarter</translation>
    </message>
    <message>
        <source>Informeel en formeel</source>
        <translation>Informal and formal</translation>
    </message>
    <message>
        <source>Formeel behandeld</source>
        <translation>Handled formally</translation>
    </message>
    <message>
        <source>Nog open, niet formeel</source>
        <translation>Still open, not formal</translation>
    </message>
    <message>
        <source>Uitkomst (klachten)</source>
        <translation>Outcome (complaints)</translation>
    </message>
    <message>
        <source>Uitkomst (signalen)</source>
        <translation>Outcome (signals)</translation>
    </message>
    <message>
        <source>Binnen de termijn</source>
        <translation>Within the deadline</translation>
    </message>
    <message>
        <source>Na verdaging</source>
        <translation>After adjournment</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tijdig (binnen de termijn of na verdaging)</source>
        <translation>On time (within the deadline or after adjournment)</translation>
    </message>
    <message>
        <source>Tijdig per kwartaal</source>
        <translation>On time per quarter</translation>
    </message>
    <message>
        <source>Behandelduur</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <source>Afgehandelde klachten</source>
        <translation>Concluded complaints</translation>
    </message>
    <message>
        <source>Gemiddeld aantal dagen</source>
        <translation>Average number of days</translation>
    </message>
    <message>
        <source>Mediaan aantal dagen</source>
        <translation>Median number of days</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Ombudsman</translation>
    </message>
    <message>
        <source>Doorgezonden naar de ombudsman</source>
        <translation>Referred to the ombudsman</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Verbetermaatregelen</source>
        <translation>Improvement measures</translation>
    </message>
    <message>
        <source>Ingesteld in het jaar</source>
        <translation>Introduced in the year</translation>
    </message>
    <message>
        <source>Uitgevoerd in het jaar</source>
        <translation>Implemented in the year</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Verbetermaatregel</source>
        <translation>Improvement measure</translation>
    </message>
    <message>
        <source>Overgenomen uit vorig jaar</source>
        <translation>Carried over from previous year</translation>
    </message>
    <message>
        <source>Daarvan afgehandeld in het jaar</source>
        <translation>Of which concluded in the year</translation>
    </message>
    <message>
        <source>Klachten per kwartaal en domein</source>
        <translation>Complaints per quarter and domain</translation>
    </message>
    <message>
        <source>Uitkomst van de afgehandelde klachten</source>
        <translation>Outcome of concluded complaints</translation>
    </message>
    <message>
        <source>Tijdig afgehandelde schriftelijke klachten per kwartaal</source>
        <translation>Written complaints concluded on time per quarter</translation>
    </message>
    <message>
        <source>Tijdig</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Informeel en formeel afgehandelde klachten</source>
        <translation>Complaints resolved informally and handled formally</translation>
    </message>
    <message>
        <source>Formeel</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>De tien thema&apos;s met de meeste klachten</source>
        <translation>The ten themes with the most complaints</translation>
    </message>
    <message>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Artikel 9:12a van de Algemene wet bestuursrecht verplicht het bestuursorgaan de ingediende klachten te registreren en die registratie jaarlijks te publiceren. Dit verslag beschrijft de klachten en signalen die de gemeente in %1 heeft ontvangen, hoe zij zijn afgehandeld en welke verbetermaatregelen de gemeente heeft genomen. De cijfers zijn bijgewerkt tot %2. Het verslag bevat geen persoonsgegevens.</source>
        <translation>Article 9:12a of the General Administrative Law Act (Awb) requires the administrative authority to register the complaints submitted and to publish that register annually. This report describes the complaints and signals the municipality received in %1, how they were handled and which improvement measures the municipality has taken. The figures are up to date as of %2. The report contains no personal data.</translation>
    </message>
    <message>
        <source>In het kort</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>%1 klachten en %2 signalen ontvangen.</source>
        <translation>%1 complaints and %2 signals received.</translation>
    </message>
    <message>
        <source>%1 van de afgehandelde klachten is informeel opgelost, in persoonlijk contact met de klager.</source>
        <translation>%1 of the concluded complaints were resolved informally, in personal contact with the complainant.</translation>
    </message>
    <message>
        <source>%1 van de afgehandelde schriftelijke klachten is binnen de wettelijke termijn afgehandeld, eventueel na verdaging.</source>
        <translation>%1 of the concluded written complaints were dealt with within the statutory term, after adjournment where needed.</translation>
    </message>
    <message>
        <source>Gemiddelde behandelduur: %1 dagen (mediaan %2 dagen).</source>
        <translation>Average handling time: %1 days (median %2 days).</translation>
    </message>
    <message>
        <source>Voorgelegd aan de ombudsman: %1.</source>
        <translation>Taken to the ombudsman: %1.</translation>
    </message>
    <message>
        <source>Verbetermaatregelen: %1 ingesteld, %2 uitgevoerd.</source>
        <translation>Improvement measures: %1 set up, %2 carried out.</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>waarvan mondeling</source>
        <translation>of which oral</translation>
    </message>
    <message>
        <source>waarvan schriftelijk</source>
        <translation>of which written</translation>
    </message>
    <message>
        <source>Klachten per domein</source>
        <translation>Complaints per domain</translation>
    </message>
    <message>
        <source>Klachten per kanaal</source>
        <translation>Complaints per channel</translation>
    </message>
    <message>
        <source>Klachten per thema</source>
        <translation>Complaints per theme</translation>
    </message>
    <message>
        <source>Een klacht kan over meer dan één thema gaan; de aandelen tellen daarom niet op tot 100%.</source>
        <translation>A complaint can concern more than one theme, so the shares do not add up to 100%.</translation>
    </message>
    <message>
        <source>Afhandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Gemiddelde behandelduur in dagen</source>
        <translation>Average handling time in days</translation>
    </message>
    <message>
        <source>Mediane behandelduur in dagen</source>
        <translation>Median handling time in days</translation>
    </message>
    <message>
        <source>Aantal klachten dat in %1 na de behandeling door de gemeente is voorgelegd aan de ombudsman: %2.</source>
        <translation>Number of complaints submitted to the ombudsman in %1 after being handled by the municipality: %2.</translation>
    </message>
    <message>
        <source>Gecontracteerde aanbieders</source>
        <translation>Contracted providers</translation>
    </message>
    <message>
        <source>Er kwamen geen klachten of signalen over gecontracteerde aanbieders binnen.</source>
        <translation>No complaints or signals about contracted providers were received.</translation>
    </message>
    <message>
        <source>(Deels) gegrond</source>
        <translation>(Partly) upheld</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>In %1 zijn geen verbetermaatregelen ingesteld of uitgevoerd.</source>
        <translation>No improvement measures were set up or carried out in %1.</translation>
    </message>
    <message>
        <source>Verbetermaatregelen ingesteld in %1: %2; uitgevoerd in %1: %3.</source>
        <translation>Improvement measures introduced in %1: %2; implemented in %1: %3.</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gereed uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Uitgevoerd op</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Daarvan afgehandeld in %1</source>
        <translation>Of which concluded in %1</translation>
    </message>
    <message>
        <source>Begrippen</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Een zaak hoort bij het jaar waarin zij is ontvangen. Klachten zijn mondelinge en schriftelijke klachten; signalen (bijvoorbeeld van wijkteams, cliëntondersteuners of raadsleden) worden apart geteld.</source>
        <translation>A case belongs to the year in which it was received. Complaints are oral and written complaints; signals (for example from neighbourhood teams, client support workers or councillors) are counted separately.</translation>
    </message>
    <message>
        <source>Ombudsman: klachten die in het verslagjaar aan de ombudsman zijn voorgelegd.</source>
        <translation>Ombudsman: complaints submitted to the ombudsman in the reporting year.</translation>
    </message>
    <message>
        <source>Verbetermaatregelen: maatregelen die in het verslagjaar zijn ingesteld of uitgevoerd, met hun huidige status.</source>
        <translation>Improvement measures: measures introduced or implemented in the reporting year, with their current status.</translation>
    </message>
    <message>
        <source>Overgenomen uit vorig jaar: zaken die vóór 1 januari zijn ontvangen en op 1 januari nog open waren.</source>
        <translation>Carried over from previous year: cases received before 1 January and still open on 1 January.</translation>
    </message>
    <message>
        <source>waarvan Nationale ombudsman</source>
        <translation>of which National Ombudsman</translation>
    </message>
    <message>
        <source>waarvan gemeentelijke ombudsman of ombudscommissie</source>
        <translation>of which municipal ombudsman or ombudsman committee</translation>
    </message>
    <message>
        <source>Uitkomst bij de ombudsman</source>
        <translation>Outcome at the ombudsman</translation>
    </message>
    <message>
        <source>Nog in behandeling aan het eind van het jaar</source>
        <translation>Still pending at the end of the year</translation>
    </message>
    <message>
        <source>Voorgelegd aan de Nationale ombudsman</source>
        <translation>Submitted to the National Ombudsman</translation>
    </message>
    <message>
        <source>Voorgelegd aan de gemeentelijke ombudsman of ombudscommissie</source>
        <translation>Submitted to the municipal ombudsman or ombudsman committee</translation>
    </message>
    <message>
        <source>Uitkomst in %1: %2</source>
        <translation>Outcome in %1: %2</translation>
    </message>
    <message>
        <source>Informeel opgelost (naar tevredenheid)</source>
        <translation>Resolved informally (to satisfaction)</translation>
    </message>
    <message>
        <source>Informeel beëindigd (ingetrokken of doorverwezen)</source>
        <translation>Ended informally (withdrawn or referred)</translation>
    </message>
    <message>
        <source>Uitkomst (schriftelijke klachten)</source>
        <translation>Outcome (written complaints)</translation>
    </message>
    <message>
        <source>Informeel opgelost</source>
        <translation>Resolved informally</translation>
    </message>
    <message>
        <source>Informeel beëindigd</source>
        <translation>Ended informally</translation>
    </message>
    <message>
        <source>De gemeente lost klachten zo veel mogelijk informeel op, in persoonlijk contact met de klager. %1 van de afgehandelde klachten werd informeel opgelost, naar tevredenheid van de klager en zonder formele klachtprocedure. Klachten die de klager introk of die warm werden overgedragen aan een aanbieder, tellen niet als opgelost.</source>
        <translation>The municipality resolves complaints informally wherever possible, in personal contact with the complainant. %1 of the complaints dealt with were resolved informally, to the complainant&apos;s satisfaction and without a formal procedure. Complaints the complainant withdrew or that were handed over warmly to a provider do not count as resolved.</translation>
    </message>
    <message>
        <source>Schriftelijke klachten (art. 9:12a Awb)</source>
        <translation>Written complaints (art. 9:12a Awb)</translation>
    </message>
    <message>
        <source>De wet vraagt de schriftelijke klachten te registreren en jaarlijks te publiceren. In %1 kwamen %2 schriftelijke klachten binnen; %3 daarvan zijn afgehandeld.</source>
        <translation>The law requires written complaints to be registered and published yearly. In %1, %2 written complaints came in; %3 of them have been dealt with.</translation>
    </message>
    <message>
        <source>Een schriftelijke klacht wordt binnen zes weken afgehandeld (tien weken met een klachtadviescommissie); de gemeente kan de afhandeling met ten hoogste vier weken verdagen, en verder uitstellen met schriftelijke instemming van de klager (art. 9:11 Awb). De afhandeling telt vanaf de dag van de afdoeningsbrief (art. 9:12 Awb). %1 van de afgehandelde schriftelijke klachten werd tijdig afgehandeld.</source>
        <translation>A written complaint is handled within six weeks (ten weeks with an advisory committee); the municipality may adjourn the handling by at most four weeks, and delay it further with the complainant&apos;s written consent (art. 9:11 Awb). Handling counts from the day of the closing letter (art. 9:12 Awb). %1 of the written complaints dealt with were handled on time.</translation>
    </message>
    <message>
        <source>Formeel behandeld: de klacht is in de formele procedure gekomen: beoordeeld (gegrond, deels gegrond, ongegrond, geen oordeel), niet in behandeling genomen (art. 9:8 Awb), of opgelost of ingetrokken nadat de formele behandeling was begonnen. Informeel opgelost: naar tevredenheid van de klager opgelost zonder formele procedure (art. 9:5 Awb). Informeel beëindigd: zonder formele procedure ingetrokken of warm overgedragen aan een aanbieder.</source>
        <translation>Handled formally: the complaint entered the formal procedure: judged (upheld, partly upheld, not upheld, no finding), not handled (art. 9:8 Awb), or resolved or withdrawn after the formal procedure had started. Resolved informally: resolved to the complainant&apos;s satisfaction without a formal procedure (art. 9:5 Awb). Ended informally: withdrawn or handed over warmly to a provider without a formal procedure.</translation>
    </message>
    <message>
        <source>Tijdig: een afgehandelde schriftelijke klacht is binnen de termijn afgehandeld als de afdoeningsbrief op of voor de termijn van art. 9:11 lid 1 Awb is verstuurd (met verlenging volgens de Algemene termijnenwet), na verdaging als dat binnen de tijdig gemelde verdaagde termijn of de met instemming van de klager afgesproken datum was, en anders te laat. Instemming die pas kwam toen de termijn al was verstreken, maakt een klacht niet alsnog tijdig.</source>
        <translation>On time: a written complaint dealt with was handled within the term when the closing letter was sent on or before the term of art. 9:11(1) Awb (extended under the General Time Limits Act), after adjournment when that was within an adjourned term notified in time or the date agreed with the complainant&apos;s consent, and late otherwise. Consent that came only after the term had expired does not make a complaint on time after all.</translation>
    </message>
    <message>
        <source>Behandelduur: het aantal kalenderdagen tussen ontvangst en afdoening (de dag van de afdoeningsbrief) of andere afsluiting van de afgehandelde klachten.</source>
        <translation>Handling time: the number of calendar days between receipt and closing (the day of the closing letter) or other closure of the complaints dealt with.</translation>
    </message>
    <message>
        <source>Eind %1 nog in behandeling bij de ombudsman</source>
        <translation>Still pending at the ombudsman at the end of %1</translation>
    </message>
    <message>
        <source>%1 (klachten)</source>
        <translation>%1 (complaints)</translation>
    </message>
    <message>
        <source>%1 (signalen)</source>
        <translation>%1 (signals)</translation>
    </message>
    <message>
        <source>Afhandelingstermijn (schriftelijke klachten)</source>
        <translation>Handling deadline (written complaints)</translation>
    </message>
    <message>
        <source>Afhandelingstermijn van de schriftelijke klachten</source>
        <translation>Handling deadline of the written complaints</translation>
    </message>
    <message>
        <source>%1: klachten</source>
        <translation>%1: complaints</translation>
    </message>
    <message>
        <source>%1: signalen</source>
        <translation>%1: signals</translation>
    </message>
    <message>
        <source>%1: (deels) gegrond</source>
        <translation>%1: (partly) upheld</translation>
    </message>
    <message>
        <source>%1: nog open</source>
        <translation>%1: still open</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Jaarverslag exporteren</source>
        <translation>Export annual report</translation>
    </message>
    <message>
        <source>Jaar van het verslag</source>
        <translation>Year of the report</translation>
    </message>
    <message>
        <source>&amp;PDF (met grafieken)</source>
        <translation>&amp;PDF (with charts)</translation>
    </message>
    <message>
        <source>&amp;HTML (voor de website)</source>
        <translation>&amp;HTML (for the website)</translation>
    </message>
    <message>
        <source>&amp;CSV (alle cijfers)</source>
        <translation>&amp;CSV (all figures)</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Formaat:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Be&amp;stand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Het verslag bevat alleen aantallen en titels van maatregelen: geen namen of zaakgegevens. Het kan zo worden gepubliceerd (artikel 9:12a Awb).</source>
        <translation>The report contains only numbers and titles of measures: no names or case details. It can be published as it is (Article 9:12a Awb).</translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>klachtenjaarverslag-%1.%2</source>
        <translation>complaints-annual-report-%1.%2</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>HTML-bestanden (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Jaarverslag opslaan</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <source>Kies een bestand om het verslag in op te slaan.</source>
        <translation>Choose a file to save the report in.</translation>
    </message>
    <message>
        <source>Het klachtenjaarverslag %1 is opgeslagen in %2.</source>
        <translation>The %1 complaints annual report has been saved in %2.</translation>
    </message>
    <message>
        <source>Jaarverslag geëxporteerd</source>
        <translation>Annual report exported</translation>
    </message>
    <message>
        <source>Het verslag kon niet worden opgeslagen in %1: %2.</source>
        <translation>The report could not be saved in %1: %2.</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Het verslag kon niet worden opgeslagen in %1: %2.</source>
        <translation>The report could not be saved in %1: %2.</translation>
    </message>
    <message>
        <source>het verslag kon niet als PDF worden opgemaakt</source>
        <translation>the report could not be laid out as a PDF</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>vóór het terugzetten</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <source>vóór het bijwerken</source>
        <translation>before updating</translation>
    </message>
    <message>
        <source>met de hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Kies de reservekopie die u wilt terugzetten als &lt;b&gt;%1&lt;/b&gt;. Het bestand wordt daarvoor gesloten en het huidige bestand wordt eerst opzij gezet, zodat er niets verloren gaat.</source>
        <translation>Choose the backup you want to restore as &lt;b&gt;%1&lt;/b&gt;. The file will be closed for this, and the current file is set aside first so that nothing is lost.</translation>
    </message>
    <message>
        <source>&amp;Reservekopieën in %1:</source>
        <translation>&amp;Backups in %1:</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën van dit bestand in deze map. Kies zo nodig een ander bestand.</source>
        <translation>There are no backups of this file in this folder yet. Choose another file if necessary.</translation>
    </message>
    <message>
        <source>&amp;Ander bestand kiezen…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Aan Tafel-bestanden (*.aantafel);;Alle bestanden (*)</source>
        <translation>Aan Tafel files (*.aantafel);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Een van de gekozen zaken bestaat niet meer. Er is niets gewijzigd.</source>
        <translation>One of the selected cases no longer exists. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Zaak %1 is niet afgesloten, wordt blijvend bewaard of haar bewaartermijn is nog niet verstreken. Er is niets gewijzigd.</source>
        <translation>Case %1 is not closed, is kept permanently or its retention period has not passed yet. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RetentionCopies</name>
    <message>
        <source>De reservekopie %1 kan niet worden verwijderd.</source>
        <translation>The backup %1 cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>&amp;Alles selecteren</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Vernietigen…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <source>A&amp;nonimiseren…</source>
        <translation>A&amp;nonymise…</translation>
    </message>
    <message>
        <source>Bewaartermijn en vernietigen</source>
        <translation>Retention period and destruction</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Geanonimiseerd</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Zaken waarvan de bewaartermijn is verstreken</source>
        <translation>Cases whose retention period has expired</translation>
    </message>
    <message>
        <source>De zaak met alles wat erbij hoort verdwijnt uit het bestand; de audittrail houdt alleen het zaaknummer.</source>
        <translation>The case and everything belonging to it is removed from the file; the audit trail keeps only the case number.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%n afgesloten zaak/zaken waarvan de bewaartermijn is verstreken. Kies de zaken en vernietig of anonimiseer ze.</source>
        <translation>
            <numerusform>%n closed case whose retention period has expired. Select the cases and destroy or anonymise them.</numerusform>
            <numerusform>%n closed cases whose retention period has expired. Select the cases and destroy or anonymise them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Niets s&amp;electeren</source>
        <translation>Select n&amp;one</translation>
    </message>
    <message>
        <source>Vernietigen</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken vernietigd.</source>
        <translation>
            <numerusform>%n case destroyed.</numerusform>
            <numerusform>%n cases destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken geanonimiseerd.</source>
        <translation>
            <numerusform>%n case anonymised.</numerusform>
            <numerusform>%n cases anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën is/zijn gemaakt vóór deze vernietiging en bevat/bevatten de gegevens nog. Opschonen past dezelfde vernietiging op elke kopie toe; verwijderen gooit de kopieën weg.</source>
        <translation>
            <numerusform>%n backup was made before this destruction and still holds the data. Scrubbing applies the same destruction to each copy; deleting throws the copies away.</numerusform>
            <numerusform>%n backups were made before this destruction and still hold the data. Scrubbing applies the same destruction to each copy; deleting throws the copies away.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Opschonen</source>
        <translation>&amp;Scrub</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën van vóór de vernietiging bevat/bevatten de gegevens nog; de volgende keer wordt opnieuw gevraagd ze op te schonen.</source>
        <translation>
            <numerusform>%n backup from before the destruction still holds the data; you will be asked again next time to scrub it.</numerusform>
            <numerusform>%n backups from before the destruction still hold the data; you will be asked again next time to scrub them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën opgeschoond.</source>
        <translation>
            <numerusform>%n backup scrubbed.</numerusform>
            <numerusform>%n backups scrubbed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën verwijderd.</source>
        <translation>
            <numerusform>%n backup deleted.</numerusform>
            <numerusform>%n backups deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>De bewaartermijn volgt de Selectielijst gemeenten 2020, procestype 13 „Geschillen behandelen”: 5 jaar na afsluiten (13.1), 10 jaar als de klager naar de ombudsman ging (13.1.2), 1 jaar voor een ingetrokken (13.2) of niet behandelde klacht (13.1.4). Een beheerder kan per zaak een ander resultaat kiezen, met reden (in het dossier).</source>
        <translation>The retention period follows the Selectielijst gemeenten 2020, process type 13 “Geschillen behandelen”: 5 years after closing (13.1), 10 years when the complainant went to the ombudsman (13.1.2), 1 year for a withdrawn (13.2) or not handled complaint (13.1.4). An administrator can choose another result per case, with a reason (in the case file).</translation>
    </message>
    <message>
        <source>Termijn verstreken op</source>
        <translation>Period ended on</translation>
    </message>
    <message>
        <source>Selectielijst</source>
        <translation>Selectielijst</translation>
    </message>
    <message>
        <source>Namen, contactgegevens, vrije teksten, brieven en documenten verdwijnen; wat de jaarcijfers nodig hebben (soort, kanaal, data, domein, thema&apos;s, uitkomst) blijft.</source>
        <translation>Names, contact details, free texts, letters and documents are removed; what the yearly figures need (kind, channel, dates, domain, themes, outcome) stays.</translation>
    </message>
    <message>
        <source>%1 (gekozen)</source>
        <translation>%1 (chosen)</translation>
    </message>
    <message>
        <source>Er zijn geen afgesloten zaken waarvan de bewaartermijn is verstreken.</source>
        <translation>There are no closed cases whose retention period has passed.</translation>
    </message>
    <message numerus="yes">
        <source>U gaat %n zaak/zaken definitief vernietigen, met de tijdlijn, klachtonderdelen, brieven en documenten. De audittrail bewaart alleen het zaaknummer.

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>
            <numerusform>You are about to destroy %n case for good, with its timeline, complaint parts, letters and documents. The audit trail keeps only the case number.

This cannot be undone.</numerusform>
            <numerusform>You are about to destroy %n cases for good, with their timelines, complaint parts, letters and documents. The audit trail keeps only the case numbers.

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>U gaat %n zaak/zaken anonimiseren: namen, contactgegevens, vrije teksten, brieven en documenten worden verwijderd; de gegevens voor de jaarcijfers blijven.

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>
            <numerusform>You are about to anonymise %n case: names, contact details, free texts, letters and documents are removed; the data for the yearly figures stays.

This cannot be undone.</numerusform>
            <numerusform>You are about to anonymise %n cases: names, contact details, free texts, letters and documents are removed; the data for the yearly figures stays.

This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message>
        <source>Het bestand is alleen te lezen; er kan niets worden vernietigd.</source>
        <translation>The file is read-only; nothing can be destroyed.</translation>
    </message>
    <message>
        <source>Let op: de bewaartermijn is niet volledig uitgevoerd. De zaken zijn vernietigd of geanonimiseerd, maar een ander programma houdt %1 open, zodat de verwijderde tekst nog in het logbestand (-wal) kan staan. Laat iedereen het bestand sluiten; het logbestand wordt geleegd zodra het laatste programma het sluit, of bij de volgende vernietiging.</source>
        <translation>Note: the retention run is not complete. The cases were destroyed or anonymised, but another program keeps %1 open, so the removed text may still be in the log file (-wal). Have everyone close the file; the log file is emptied as soon as the last program closes it, or at the next destruction.</translation>
    </message>
    <message>
        <source>%1 is niet opgeschoond: %2 Verwijder deze kopie.</source>
        <translation>%1 was not scrubbed: %2 Delete this copy.</translation>
    </message>
    <message>
        <source>bevat de gegevens nog: %1</source>
        <translation>still holds the data: %1</translation>
    </message>
    <message>
        <source>bevat de gegevens van vóór de vernietiging nog</source>
        <translation>still holds the data from before the destruction</translation>
    </message>
    <message>
        <source>opgeschoond</source>
        <translation>scrubbed</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>klachtbehandelaar</source>
        <translation>case officer</translation>
    </message>
    <message>
        <source>klachtencoördinator</source>
        <translation>complaints coordinator</translation>
    </message>
    <message>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SchemaTranslation</name>
    <message>
        <source>Het schema van een gemeente kon niet in de taal van de server worden vertaald; dit is een fout in het programma.</source>
        <translation>The schema of a municipality could not be translated into the server&apos;s language; this is an error in the program.</translation>
    </message>
</context>
<context>
    <name>Selectielijst</name>
    <message>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Geschil met financiële consequenties</source>
        <translation>Dispute with financial consequences</translation>
    </message>
    <message>
        <source>Klacht afgehandeld via ombudsman</source>
        <translation>Complaint handled via the ombudsman</translation>
    </message>
    <message>
        <source>Geschil met invloed op een te bewaren zaak</source>
        <translation>Dispute affecting a case to be kept</translation>
    </message>
    <message>
        <source>Niet ontvankelijk geschil</source>
        <translation>Inadmissible dispute</translation>
    </message>
    <message>
        <source>Afgebroken</source>
        <translation>Aborted</translation>
    </message>
    <message>
        <source>blijvend bewaren</source>
        <translation>keep permanently</translation>
    </message>
    <message>
        <source>vernietigen</source>
        <translation>destroy</translation>
    </message>
    <message>
        <source>Selectielijst %1: %2 — %3</source>
        <translation>Selectielijst %1: %2 — %3</translation>
    </message>
    <message>
        <source>Blijvend bewaren (%1).</source>
        <translation>Keep permanently (%1).</translation>
    </message>
    <message>
        <source>Na afsluiting: %1.</source>
        <translation>Once closed: %1.</translation>
    </message>
    <message>
        <source>Vernietigen na %1 (%2).</source>
        <translation>Destroy after %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>vernietigen, %n jaar na afsluiting</source>
        <translation>
            <numerusform>destroy, %n year after closing</numerusform>
            <numerusform>destroy, %n years after closing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentLetterViewer</name>
    <message>
        <source>Verzonden brief · %1</source>
        <translation>Sent letter · %1</translation>
    </message>
    <message>
        <source>%1 van %2 aan %3. Vastgelegd op %4 om %5 door %6; een verzonden brief kan niet meer worden gewijzigd.</source>
        <translation>%1 of %2 to %3. Recorded on %4 at %5 by %6; a sent letter can no longer be changed.</translation>
    </message>
    <message>
        <source>Tekst van de verzonden brief</source>
        <translation>Text of the sent letter</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>De inlognaam %1 heeft geen toegang tot de database %2 op %3. Vraag een beheerder om een rol (grant_program_role); er is geen reservekopie gemaakt.</source>
        <translation>The login %1 has no access to the database %2 on %3. Ask an administrator for a role (grant_program_role); no backup was made.</translation>
    </message>
    <message>
        <source>De database %1 op %2 bevat geen gemeente van Aan Tafel; er is geen reservekopie gemaakt.</source>
        <translation>The database %1 on %2 holds no Aan Tafel municipality; no backup was made.</translation>
    </message>
    <message>
        <source>De gemeente op de server heeft schemaversie %1; deze versie van Aan Tafel kent tot en met %2. Maak de reservekopie met de versie van het programma die bij de server hoort. Er is geen reservekopie gemaakt.</source>
        <translation>The municipality on the server has schema version %1; this version of Aan Tafel knows up to %2. Make the backup with the version of the program that belongs to the server. No backup was made.</translation>
    </message>
    <message>
        <source>De gemeente op de server heeft schemaversie %1, dit programma %2. Maak de reservekopie met de versie van het programma die bij de server hoort. Er is geen reservekopie gemaakt.</source>
        <translation>The municipality on the server has schema version %1, this program %2. Make the backup with the version of the program that belongs to the server. No backup was made.</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Verbinden met teamserver</source>
        <translation>Connect to team server</translation>
    </message>
    <message>
        <source>Waar staat de teamserver (PostgreSQL) van uw gemeente? De afdeling ICT weet het. Het wachtwoord komt niet in het verbindingsbestand: het programma vraagt erom wanneer de server het wil.</source>
        <translation>Where is your municipality&apos;s team server (PostgreSQL)? The IT department knows. The password does not go in the connection file: the program asks for it when the server wants it.</translation>
    </message>
    <message>
        <source>bijvoorbeeld db.gemeente.local</source>
        <translation>for example db.gemeente.local</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Poort</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>bijvoorbeeld klachten_voorbeeld</source>
        <translation>for example klachten_voorbeeld</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>leeg: uw eigen account</source>
        <translation>empty: your own account</translation>
    </message>
    <message>
        <source>Inlognaam</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Inlognaam:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Versleuteld, certificaat en servernaam gecontroleerd (verify-full)</source>
        <translation>Encrypted, certificate and server name checked (verify-full)</translation>
    </message>
    <message>
        <source>Versleuteld, certificaat gecontroleerd (verify-ca)</source>
        <translation>Encrypted, certificate checked (verify-ca)</translation>
    </message>
    <message>
        <source>Versleuteld, zonder controle van de server (require)</source>
        <translation>Encrypted, without checking the server (require)</translation>
    </message>
    <message>
        <source>Versleuteld als de server het aanbiedt (prefer)</source>
        <translation>Encrypted if the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Alleen versleuteld als de server het eist (allow)</source>
        <translation>Encrypted only if the server demands it (allow)</translation>
    </message>
    <message>
        <source>Niet versleuteld (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <source>Versleuteling</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>&amp;Versleuteling:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>Uitkomst van de test</source>
        <translation>Outcome of the test</translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Opslaan…</source>
        <translation>S&amp;ave…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verbindingsbestand opslaan</source>
        <translation>Save connection file</translation>
    </message>
    <message>
        <source>Teamserververbindingen (*.aantafel-server)</source>
        <translation>Team server connections (*.aantafel-server)</translation>
    </message>
    <message>
        <source>Bezig met verbinden…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Geen wachtwoord gegeven; de verbinding is niet getest.</source>
        <translation>No password given; the connection was not tested.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>De server weigerde de opdracht: %1</source>
        <translation>The server refused the statement: %1</translation>
    </message>
    <message>
        <source>De PostgreSQL-driver van Qt ontbreekt, zodat het programma geen teamserver kan gebruiken. Installeer het pakket libqt6sql6-psql (Debian/Ubuntu) of de Qt-module QPSQL.</source>
        <translation>Qt&apos;s PostgreSQL driver is missing, so the program cannot use a team server. Install the package libqt6sql6-psql (Debian/Ubuntu) or the Qt module QPSQL.</translation>
    </message>
    <message>
        <source>Een instelling van de serververbinding bevat een puntkomma, wat de driver niet doorgeeft: %1</source>
        <translation>A setting of the server connection contains a semicolon, which the driver does not pass on: %1</translation>
    </message>
    <message>
        <source>Geen verbinding met de server %1. Controleer het adres, of de server draait en of uw account er toegang toe heeft. De server meldt: %2</source>
        <translation>No connection to the server %1. Check the address, whether the server is running and whether your account has access to it. The server says: %2</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <source>Het bestand heeft geen tabel %1 en kan niet worden overgezet.</source>
        <translation>The file has no table %1 and cannot be moved.</translation>
    </message>
    <message>
        <source>De server weigerde een rij van de tabel %1: %2</source>
        <translation>The server refused a row of the table %1: %2</translation>
    </message>
    <message>
        <source>De tabel %1 telt op de server %2 rijen in plaats van %3; er is niets overgezet.</source>
        <translation>The table %1 has %2 rows on the server instead of %3; nothing was moved.</translation>
    </message>
    <message>
        <source>De inhoud van de tabel %1 op de server wijkt af van het bestand (controlesom %2 in plaats van %3); er is niets overgezet.</source>
        <translation>The contents of the table %1 on the server differ from the file (checksum %2 instead of %3); nothing was moved.</translation>
    </message>
    <message>
        <source>Het nieuwe bestand heeft geen tabel %1; de reservekopie is niet gemaakt.</source>
        <translation>The new file has no table %1; the backup was not made.</translation>
    </message>
    <message>
        <source>Het bestand weigerde een rij van de tabel %1 van de server: %2</source>
        <translation>The file refused a row of the table %1 from the server: %2</translation>
    </message>
    <message>
        <source>De tabel %1 kon niet uit het bestand worden gelezen: %2</source>
        <translation>The table %1 could not be read from the file: %2</translation>
    </message>
    <message>
        <source>De tabel %1 kon niet van de server worden gelezen: %2</source>
        <translation>The table %1 could not be read from the server: %2</translation>
    </message>
    <message>
        <source>De tabel %1 telt in de reservekopie %2 rijen in plaats van de %3 van de server; de reservekopie is niet gemaakt.</source>
        <translation>The table %1 has %2 rows in the backup instead of the server&apos;s %3; the backup was not made.</translation>
    </message>
    <message>
        <source>De inhoud van de tabel %1 in de reservekopie wijkt af van de server (controlesom %2 in plaats van %3); de reservekopie is niet gemaakt.</source>
        <translation>The contents of the table %1 in the backup differ from the server (checksum %2 instead of %3); the backup was not made.</translation>
    </message>
</context>
<context>
    <name>ServerInit</name>
    <message>
        <source>De database heet &apos;%1&apos;. Geef de database van een gemeente een naam van kleine letters, cijfers en _ die met een letter begint, hoogstens 40 tekens (bijvoorbeeld klachten_voorbeeld): de namen van haar rollen beginnen ermee. Er is niets gewijzigd.</source>
        <translation>The database is called &apos;%1&apos;. Give a municipality&apos;s database a name of lower-case letters, digits and _ that starts with a letter, at most 40 characters (for example klachten_voorbeeld): the names of its roles start with it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het inrichten maakt rollen aan en geeft ze de tabellen in beheer; daarvoor is een superuser van de server nodig (bijvoorbeeld postgres). Verbind als superuser en probeer het opnieuw. Er is niets gewijzigd.</source>
        <translation>Setting up creates roles and hands the tables to them; that needs a superuser of the server (for example postgres). Connect as a superuser and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Op deze server bestaan de rollen %1 al, misschien van een eerdere gemeente met een database van deze naam. Verwijder ze (DROP ROLE) of kies een andere databasenaam. Er is niets gewijzigd.</source>
        <translation>The roles %1 already exist on this server, perhaps from an earlier municipality with a database of this name. Remove them (DROP ROLE) or choose another database name. Nothing was changed.</translation>
    </message>
    <message>
        <source>Er kon geen tijdelijke map worden gemaakt: %1</source>
        <translation>No temporary folder could be made: %1</translation>
    </message>
    <message>
        <source>De database %1 is niet leeg: er staan al tabellen in, zoals %2. Richt een gemeente alleen in een nieuwe, lege database in (createdb). Er is niets gewijzigd.</source>
        <translation>The database %1 is not empty: it already holds tables, such as %2. Set up a municipality only in a new, empty database (createdb). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 heeft schemaversie %2; deze versie van Aan Tafel zet bestanden van schemaversie %3 over. Open het bestand eerst met deze versie van het programma. Er is niets gewijzigd.</source>
        <translation>%1 has schema version %2; this version of Aan Tafel moves files of schema version %3. First open the file with this version of the program. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>Het adres %1 begint met %2://; Aan Tafel kent alleen PostgreSQL-servers, geschreven als postgresql://server/database.</source>
        <translation>The address %1 starts with %2://; Aan Tafel knows only PostgreSQL servers, written as postgresql://server/database.</translation>
    </message>
    <message>
        <source>Het serveradres %1 is niet goed geschreven. Schrijf het als postgresql://gebruiker@server:5432/database?sslmode=verify-full (gebruiker, poort en sslmode mogen weg).</source>
        <translation>The server address %1 is not written correctly. Write it as postgresql://user@server:5432/database?sslmode=verify-full (user, port and sslmode may be left out).</translation>
    </message>
    <message>
        <source>Het serveradres %1 bevat een wachtwoord. Een wachtwoord hoort niet in een adres, dat in opdrachtregels, snelkoppelingen en logboeken terechtkomt.</source>
        <translation>The server address %1 contains a password. A password does not belong in an address, which ends up in command lines, shortcuts and logs.</translation>
    </message>
    <message>
        <source>Het serveradres %1 noemt meer dan één database; schrijf postgresql://server/database.</source>
        <translation>The server address %1 names more than one database; write postgresql://server/database.</translation>
    </message>
    <message>
        <source>Het serveradres %1 bevat de onbekende instelling &apos;%2&apos;. Toegestaan zijn: %3.</source>
        <translation>The server address %1 contains the unknown setting &apos;%2&apos;. Allowed are: %3.</translation>
    </message>
    <message>
        <source>Het verbindingsbestand %1 bestaat niet.</source>
        <translation>The connection file %1 does not exist.</translation>
    </message>
    <message>
        <source>Het verbindingsbestand %1 kan niet worden gelezen.</source>
        <translation>The connection file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is geen verbindingsbestand van Aan Tafel: het is veel te groot.</source>
        <translation>%1 is not an Aan Tafel connection file: it is far too large.</translation>
    </message>
    <message>
        <source>%1 is geen verbindingsbestand van Aan Tafel: het is geen tekst (UTF-8).</source>
        <translation>%1 is not an Aan Tafel connection file: it is not text (UTF-8).</translation>
    </message>
    <message>
        <source>Regel %1 van het verbindingsbestand %2 is geen instelling; schrijf &apos;sleutel = waarde&apos;, bijvoorbeeld &apos;host = db.gemeente.local&apos;.</source>
        <translation>Line %1 of the connection file %2 is not a setting; write &apos;key = value&apos;, for example &apos;host = db.gemeente.local&apos;.</translation>
    </message>
    <message>
        <source>Het verbindingsbestand %1 bevat op regel %2 een wachtwoord. Een verbindingsbestand wordt gedeeld en gekopieerd en mag daarom geen wachtwoord bevatten; haal die regel weg.</source>
        <translation>The connection file %1 contains a password on line %2. A connection file is shared and copied and must therefore not contain a password; remove that line.</translation>
    </message>
    <message>
        <source>Het verbindingsbestand %1 bevat op regel %2 de onbekende instelling &apos;%3&apos;. Toegestaan zijn: %4.</source>
        <translation>The connection file %1 contains the unknown setting &apos;%3&apos; on line %2. Allowed are: %4.</translation>
    </message>
    <message>
        <source>%1 noemt geen database. Schrijf het adres als postgresql://server/database, of zet in een verbindingsbestand een regel &apos;database = naam&apos;.</source>
        <translation>%1 names no database. Write the address as postgresql://server/database, or put a line &apos;database = name&apos; in a connection file.</translation>
    </message>
    <message>
        <source>%1 noemt een ongeldige poort; een poort is een getal van 1 tot en met 65535.</source>
        <translation>%1 names an invalid port; a port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>%1 noemt sslmode &apos;%2&apos;; PostgreSQL kent: %3.</source>
        <translation>%1 names sslmode &apos;%2&apos;; PostgreSQL knows: %3.</translation>
    </message>
    <message>
        <source>Zet het wachtwoord in het wachtwoordbestand van PostgreSQL (~/.pgpass, onder Windows %APPDATA%\postgresql\pgpass.conf) of gebruik Kerberos.</source>
        <translation>Put the password in PostgreSQL&apos;s password file (~/.pgpass, on Windows %APPDATA%\postgresql\pgpass.conf) or use Kerberos.</translation>
    </message>
    <message>
        <source>Een gegeven van de serververbinding bevat een regelovergang: %1</source>
        <translation>A value of the server connection contains a line break: %1</translation>
    </message>
    <message>
        <source>Het verbindingsbestand %1 kon niet worden geschreven: %2</source>
        <translation>The connection file %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>De server weigerde het wachtwoord; probeer het opnieuw.</source>
        <translation>The server refused the password; try again.</translation>
    </message>
    <message>
        <source>Wachtwoord voor de teamserver</source>
        <translation>Password for the team server</translation>
    </message>
    <message>
        <source>uw account</source>
        <translation>your account</translation>
    </message>
    <message>
        <source>De server %1 vraagt het wachtwoord van %2. Het wordt alleen voor deze verbinding gebruikt en nergens bewaard.</source>
        <translation>The server %1 asks for the password of %2. It is used for this connection only and stored nowhere.</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Verbonden met %1, maar de database %2 bevat geen gemeente van Aan Tafel. Richt er een in met aantafel-cli server init, of zet een gemeentebestand over met aantafel-cli migrate.</source>
        <translation>Connected to %1, but the database %2 holds no Aan Tafel municipality. Set one up with aantafel-cli server init, or move a municipality file there with aantafel-cli migrate.</translation>
    </message>
    <message>
        <source>Verbonden met %1: %2 (schemaversie %3).</source>
        <translation>Connected to %1: %2 (schema version %3).</translation>
    </message>
</context>
<context>
    <name>ServerUpgrade</name>
    <message>
        <source>Bijwerken verandert tabellen die de rol %1 bezit; daarvoor is een superuser van de server nodig (bijvoorbeeld postgres). Verbind als superuser en probeer het opnieuw. Er is niets gewijzigd.</source>
        <translation>Upgrading changes tables owned by the role %1; that takes a superuser of the server (for example postgres). Connect as a superuser and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>De database %1 bevat geen gemeente van Aan Tafel; er is niets om bij te werken. Er is niets gewijzigd.</source>
        <translation>The database %1 holds no Aan Tafel municipality; there is nothing to upgrade. Nothing was changed.</translation>
    </message>
    <message>
        <source>De gemeente in %1 heeft schemaversie %2, nieuwer dan deze versie van Aan Tafel kent (%3). Werk Aan Tafel bij. Er is niets gewijzigd.</source>
        <translation>The municipality in %1 has schema version %2, newer than this version of Aan Tafel knows (%3). Update Aan Tafel. Nothing was changed.</translation>
    </message>
    <message>
        <source>De gemeente in %1 heeft schemaversie %2; een teamserver begint bij versie %3. Er is niets gewijzigd.</source>
        <translation>The municipality in %1 has schema version %2; a team server starts at version %3. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Er is/zijn nog %n verbinding/verbindingen met de database %1 (%2). Laat iedereen Aan Tafel sluiten en probeer het opnieuw: een oudere versie zou anders doorwerken in een schema dat zij niet kent. Er is niets gewijzigd.</source>
        <translation>
            <numerusform>%n connection is still open to the database %1 (%2). Have everybody close Aan Tafel and try again: an older version would otherwise go on working in a schema it does not know. Nothing was changed.</numerusform>
            <numerusform>%n connections are still open to the database %1 (%2). Have everybody close Aan Tafel and try again: an older version would otherwise go on working in a schema it does not know. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>De gegevens voldoen niet aan de regels van de server: %1</source>
        <translation>The data does not meet the server&apos;s rules: %1</translation>
    </message>
    <message>
        <source>Uw rol op de server %1 staat dit niet toe. De server meldt: %2</source>
        <translation>Your role on the server %1 does not allow this. The server reports: %2</translation>
    </message>
    <message>
        <source>Een collega legt op de server %1 net iets vast; probeer het zo nog eens.</source>
        <translation>A colleague is saving something on the server %1 right now; try again in a moment.</translation>
    </message>
    <message>
        <source>Een gelijktijdige wijziging van een collega ging voor. Probeer het nog eens.</source>
        <translation>A colleague&apos;s simultaneous change came first. Try again.</translation>
    </message>
    <message>
        <source>De verbinding met de server %1 is verbroken. Er is niets vastgelegd van wat nog niet was opgeslagen; open de server opnieuw.</source>
        <translation>The connection to the server %1 was lost. Nothing that had not been saved yet was recorded; open the server again.</translation>
    </message>
    <message>
        <source>De server %1 weigerde de opdracht: %2</source>
        <translation>The server %1 refused the command: %2</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 is in gebruik door een ander programma of een andere gebruiker. Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>%1 is in use by another program or another user. Try again in a few moments; nothing has been changed.</translation>
    </message>
    <message>
        <source>De schijf is vol; er is niets gewijzigd. Maak ruimte vrij op de schijf van %1 en probeer het opnieuw.</source>
        <translation>The disk is full; nothing has been changed. Free up space on the disk holding %1 and try again.</translation>
    </message>
    <message>
        <source>%1 kan alleen worden gelezen; wijzigingen zijn niet mogelijk.</source>
        <translation>%1 is read-only; changes are not possible.</translation>
    </message>
    <message>
        <source>%1 is beschadigd en kan niet worden gebruikt. Zet een reservekopie terug of vraag de beheerder om hulp.</source>
        <translation>%1 is damaged and cannot be used. Restore a backup or ask your administrator for help.</translation>
    </message>
    <message>
        <source>De gegevens voldoen niet aan de regels van %1 en zijn niet opgeslagen.</source>
        <translation>The data does not comply with the rules of %1 and has not been saved.</translation>
    </message>
    <message>
        <source>Fout bij het lezen of schrijven van %1.</source>
        <translation>Error reading or writing %1.</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>netwerkpad (UNC)</source>
        <translation>network path (UNC)</translation>
    </message>
    <message>
        <source>netwerkschijf via GVFS</source>
        <translation>network share through GVFS</translation>
    </message>
    <message>
        <source>soort schijf onbekend; behandeld als schijf van deze computer</source>
        <translation>kind of disk unknown; treated as a disk of this computer</translation>
    </message>
    <message>
        <source>netwerkstation</source>
        <translation>network drive</translation>
    </message>
    <message>
        <source>%1-netwerkschijf</source>
        <translation>%1 network share</translation>
    </message>
    <message>
        <source>schijf van deze computer</source>
        <translation>disk of this computer</translation>
    </message>
    <message>
        <source>omgevingsvariabele AANTAFEL_NETWORK_SHARE</source>
        <translation>environment variable AANTAFEL_NETWORK_SHARE</translation>
    </message>
    <message>
        <source>instelling: behandelen als netwerkschijf</source>
        <translation>setting: treat as a network share</translation>
    </message>
    <message>
        <source>instelling: behandelen als schijf van deze computer</source>
        <translation>setting: treat as a disk of this computer</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Het bestand was nog vergrendeld door een programma dat niet meer draait; de vergrendeling is opgeheven.</source>
        <translation>The file was still locked by a program that is no longer running; the lock has been released.</translation>
    </message>
    <message>
        <source>Dit bestand wordt via een netwerkschijf gebruikt (%1). Daar kan maar één persoon tegelijk wijzigen: dat bent u nu. Collega&apos;s die het openen, kunnen lezen tot u het sluit. Om met meer collega&apos;s tegelijk te werken is er de teamserver van Aan Tafel (PostgreSQL); vraag uw ICT-afdeling ernaar.</source>
        <translation>This file is used over a network share (%1). There only one person at a time can make changes: that is you now. Colleagues who open it can read until you close it. For working with more colleagues at the same time there is the Aan Tafel team server (PostgreSQL); ask your IT department about it.</translation>
    </message>
    <message>
        <source>Niemand wijzigt dit bestand nu meer. Open het opnieuw om zelf te kunnen wijzigen.</source>
        <translation>Nobody is changing this file any more. Open it again to make changes yourself.</translation>
    </message>
    <message>
        <source>&amp;Opnieuw openen</source>
        <translation>&amp;Open again</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Dit bestand wordt via een netwerkschijf gebruikt. Daar kan maar één persoon tegelijk wijzigen, en dat is nu %1. U kunt alleen lezen; wat daar wordt vastgelegd, verschijnt hier vanzelf. Om met meer collega&apos;s tegelijk te werken is er de teamserver van Aan Tafel (PostgreSQL); vraag uw ICT-afdeling ernaar.</source>
        <translation>This file is used over a network share. There only one person at a time can make changes, and that is now %1. You can only read; what is recorded there appears here by itself. For working with more colleagues at the same time there is the Aan Tafel team server (PostgreSQL); ask your IT department about it.</translation>
    </message>
    <message>
        <source>Ook geopend door %1</source>
        <translation>Also open for %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Briefsjablonen van %1</source>
        <translation>Letter templates of %1</translation>
    </message>
    <message>
        <source>Briefsjablonen</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Soort &amp;brief:</source>
        <translation>Letter &amp;type:</translation>
    </message>
    <message>
        <source>HTML-bron van de sjabloon</source>
        <translation>HTML source of the template</translation>
    </message>
    <message>
        <source>Opgemaakte tekst van de sjabloon</source>
        <translation>Formatted text of the template</translation>
    </message>
    <message>
        <source>&amp;HTML-bron</source>
        <translation>&amp;HTML source</translation>
    </message>
    <message>
        <source>&amp;Opgemaakt</source>
        <translation>&amp;Formatted</translation>
    </message>
    <message>
        <source>Voorbeeld van de brief op een verzonnen zaak</source>
        <translation>Preview of the letter for a fictitious case</translation>
    </message>
    <message>
        <source>Controle van de sjabloon</source>
        <translation>Template check</translation>
    </message>
    <message>
        <source>Voorbeel&amp;d op een verzonnen zaak:</source>
        <translation>Pre&amp;view for a fictitious case:</translation>
    </message>
    <message>
        <source>&amp;Controle:</source>
        <translation>&amp;Check:</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Terug naar standaard</source>
        <translation>&amp;Reset to default</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>De wijzigingen in deze sjabloon zijn niet opgeslagen en gaan verloren. Doorgaan?</source>
        <translation>The changes to this template have not been saved and will be lost. Continue?</translation>
    </message>
    <message>
        <source>Standaardversie van Aan Tafel.</source>
        <translation>Default version from Aan Tafel.</translation>
    </message>
    <message>
        <source>Eigen versie van de gemeente, gewijzigd op %1 door %2.</source>
        <translation>The municipality&apos;s own version, changed on %1 by %2.</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>There are changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Geen opmerkingen: de voorbeeldbrief is compleet.</source>
        <translation>No remarks: the sample letter is complete.</translation>
    </message>
    <message>
        <source>Opslaan kan niet: %1</source>
        <translation>Cannot save: %1</translation>
    </message>
    <message>
        <source>Sjabloon onvolledig</source>
        <translation>Template incomplete</translation>
    </message>
    <message>
        <source>Een brief met deze sjabloon kan niet definitief worden verzonden: %1 Toch opslaan?</source>
        <translation>A letter using this template cannot be finally sent: %1 Save anyway?</translation>
    </message>
    <message>
        <source>Terug naar standaard</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>De eigen versie van de %1 wordt verwijderd; daarna geldt weer de standaardversie van Aan Tafel. Doorgaan?</source>
        <translation>The municipality&apos;s own version of the %1 will be deleted; the default version from Aan Tafel will then apply again. Continue?</translation>
    </message>
    <message>
        <source>De wijzigingen in deze sjabloon zijn niet opgeslagen en gaan verloren. Sluiten?</source>
        <translation>The changes to this template have not been saved and will be lost. Close?</translation>
    </message>
</context>
<context>
    <name>TermCalculator</name>
    <message>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <source>vanaf</source>
        <translation>from</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>%1 weken</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <source>%1 %2 + %3 = %4</source>
        <translation>%1 %2 + %3 = %4</translation>
    </message>
    <message>
        <source>; Atw art. 1: verschoven naar %1</source>
        <translation>; Art. 1 Atw: moved to %1</translation>
    </message>
    <message>
        <source>; geen verschuiving: Atw art. 4 (termijn van meer dan twaalf weken)</source>
        <translation>; not moved: Art. 4 Atw (time limit of more than twelve weeks)</translation>
    </message>
    <message>
        <source>%1 %2 + 1 jaar = %3</source>
        <translation>%1 %2 + 1 year = %3</translation>
    </message>
    <message>
        <source>; geen verschuiving: Atw art. 4 (termijn van een jaar)</source>
        <translation>; not moved: Art. 4 Atw (time limit of one year)</translation>
    </message>
    <message>
        <source>1 werkdag</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <source>%1 werkdagen</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>; feestdagen overgeslagen: %1</source>
        <translation>; public holidays skipped: %1</translation>
    </message>
    <message>
        <source>Voor %1 zijn nog geen bij Koninklijk Besluit gelijkgestelde dagen vastgesteld (Atw art. 3 lid 3); de datum kan nog verschuiven.</source>
        <translation>No days treated as public holidays by Royal Decree have been set for %1 yet (Art. 3(3) Atw); the date may still change.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 + 1 jaar = %3 (29 februari bestaat niet in %4)</source>
        <translation>%1 %2 + 1 year = %3 (29 February does not exist in %4)</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Thema zoeken of toevoegen</source>
        <translation>Search or add theme</translation>
    </message>
    <message>
        <source>Zoek of typ een nieuw thema, Enter</source>
        <translation>Search or type a new theme, Enter</translation>
    </message>
    <message>
        <source>Typ om de lijst te filteren. Enter vinkt het eerste thema aan, of voegt het getypte als nieuw thema toe. Pijl omlaag gaat naar de lijst; Spatie vinkt aan.</source>
        <translation>Type to filter the list. Enter ticks the first theme, or adds what you typed as a new theme. Down arrow moves to the list; Space ticks.</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Geen thema gekozen</source>
        <translation>No theme chosen</translation>
    </message>
    <message>
        <source>Gekozen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Zoekveld leegmaken</source>
        <translation>Clear search field</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Soort tijdlijnregel</source>
        <translation>Timeline entry type</translation>
    </message>
    <message>
        <source>Tekst van de tijdlijnregel</source>
        <translation>Timeline entry text</translation>
    </message>
    <message>
        <source>Wat is er besproken of afgesproken? Ctrl+Enter voegt de regel toe.</source>
        <translation>What was discussed or agreed? Ctrl+Enter adds the entry.</translation>
    </message>
    <message>
        <source>Toe&amp;voegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Te&amp;kst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Tijdlijn, nieuwste eerst</source>
        <translation>Timeline, newest first</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Verzonden brief &amp;inzien…</source>
        <translation>&amp;View sent letter…</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: de verzonden brief inzien</source>
        <translation>Double-click or Enter: view the sent letter</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waarom dit niet kan</source>
        <translation>Why this is not possible</translation>
    </message>
    <message>
        <source>De klacht is naar tevredenheid van de klager opgelost (art. 9:5 Awb); de verdere klachtprocedure vervalt. Leg vast hoe de klager dat heeft bevestigd en wanneer u nabelt om te vragen hoe het nu gaat.</source>
        <translation>The complaint has been resolved to the complainant&apos;s satisfaction (Art. 9:5 Awb); the rest of the complaints procedure no longer applies. Record how the complainant confirmed this and when you will call back to ask how things are now.</translation>
    </message>
    <message>
        <source>De klacht wordt niet in behandeling genomen (art. 9:8 Awb). De klager moet dat binnen vier weken na ontvangst schriftelijk horen (lid 3), met de grond en de mogelijkheid van de ombudsman.</source>
        <translation>The complaint will not be dealt with (Art. 9:8 Awb). The complainant must be told so in writing within four weeks of receipt (para. 3), with the ground and the option of going to the ombudsman.</translation>
    </message>
    <message>
        <source>Warme overdracht: de aanbieder lost de klacht op, de gemeente houdt de regie en vraagt na of het is gelukt.</source>
        <translation>Warm handover: the provider resolves the complaint, the municipality stays in charge and checks back whether it has worked.</translation>
    </message>
    <message>
        <source>Klager en beklaagde worden in de gelegenheid gesteld te worden gehoord (art. 9:10 Awb).</source>
        <translation>The complainant and the person complained about are given the opportunity to be heard (Art. 9:10 Awb).</translation>
    </message>
    <message>
        <source>De klager trekt de klacht in. De zaak wordt afgesloten; de tijdlijn blijft bewaard.</source>
        <translation>The complainant withdraws the complaint. The case is closed; the timeline is kept.</translation>
    </message>
    <message>
        <source>De zaak wordt heropend en gaat terug naar de informele aanpak. De eerdere uitkomst blijft in de tijdlijn staan.</source>
        <translation>The case is reopened and returns to the informal approach. The earlier outcome stays in the timeline.</translation>
    </message>
    <message>
        <source>&amp;Met ingang van:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <source>&amp;Opgelost op:</source>
        <translation>&amp;Resolved on:</translation>
    </message>
    <message>
        <source>&amp;Besloten op:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>&amp;Overgedragen op:</source>
        <translation>&amp;Handed over on:</translation>
    </message>
    <message>
        <source>&amp;Ontvangen op:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Datum hoorzitting:</source>
        <translation>&amp;Hearing date:</translation>
    </message>
    <message>
        <source>&amp;Gehoord op:</source>
        <translation>&amp;Heard on:</translation>
    </message>
    <message>
        <source>&amp;Vastgelegd op:</source>
        <translation>&amp;Recorded on:</translation>
    </message>
    <message>
        <source>Verdaging &amp;gemeld op:</source>
        <translation>Adjournment &amp;notified on:</translation>
    </message>
    <message>
        <source>Instemming &amp;ontvangen op:</source>
        <translation>Consent &amp;received on:</translation>
    </message>
    <message>
        <source>&amp;Ingetrokken op:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <source>&amp;Heropend op:</source>
        <translation>&amp;Reopened on:</translation>
    </message>
    <message>
        <source>&amp;Contact op:</source>
        <translation>&amp;Contacted on:</translation>
    </message>
    <message>
        <source>&amp;Verstuurd op:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>&amp;Nagebeld op:</source>
        <translation>&amp;Called back on:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Kies hoe de klager bevestigde</source>
        <translation>Choose how the complainant confirmed</translation>
    </message>
    <message>
        <source>Bevestiging door de klager</source>
        <translation>Confirmation by the complainant</translation>
    </message>
    <message>
        <source>&amp;Bevestigd:</source>
        <translation>&amp;Confirmed:</translation>
    </message>
    <message>
        <source>Kies de grond</source>
        <translation>Choose the ground</translation>
    </message>
    <message>
        <source>Grond (art. 9:8 Awb)</source>
        <translation>Ground (Art. 9:8 Awb)</translation>
    </message>
    <message>
        <source>Kennisgeving verstuurd op</source>
        <translation>Notice sent on</translation>
    </message>
    <message>
        <source>Uiterlijk %1 (art. 9:8 lid 3 Awb): %2</source>
        <translation>By %1 at the latest (Art. 9:8(3) Awb): %2</translation>
    </message>
    <message>
        <source>uiterlijk %1</source>
        <translation>by %1 at the latest</translation>
    </message>
    <message>
        <source>&amp;Grond:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <source>&amp;Kennisgeving verstuurd op:</source>
        <translation>&amp;Notice sent on:</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>&amp;Aanbieder:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Kies de uitzondering</source>
        <translation>Choose the exception</translation>
    </message>
    <message>
        <source>Uitzondering (art. 9:10 lid 2 Awb)</source>
        <translation>Exception (Art. 9:10(2) Awb)</translation>
    </message>
    <message>
        <source>&amp;Uitzondering:</source>
        <translation>&amp;Exception:</translation>
    </message>
    <message>
        <source>Nieuwe afdoeningsdatum: %1 (was %2).
Berekening: %3</source>
        <translation>New final response date: %1 (was %2).
Calculation: %3</translation>
    </message>
    <message>
        <source>Afgesproken afdoeningsdatum</source>
        <translation>Agreed final response date</translation>
    </message>
    <message>
        <source>nu geldend: %1</source>
        <translation>currently: %1</translation>
    </message>
    <message>
        <source>&amp;Afgesproken nieuwe datum:</source>
        <translation>&amp;Agreed new date:</translation>
    </message>
    <message>
        <source>&amp;Gegrond</source>
        <translation>&amp;Upheld</translation>
    </message>
    <message>
        <source>De&amp;els gegrond</source>
        <translation>&amp;Partly upheld</translation>
    </message>
    <message>
        <source>&amp;Ongegrond</source>
        <translation>N&amp;ot upheld</translation>
    </message>
    <message>
        <source>Geen oordeel &amp;mogelijk</source>
        <translation>&amp;No finding possible</translation>
    </message>
    <message>
        <source>Oordeel:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>Nabellen op</source>
        <translation>Follow-up call on</translation>
    </message>
    <message>
        <source>Terugkoppeling navragen op</source>
        <translation>Check feedback on</translation>
    </message>
    <message>
        <source>standaard %1 werkdagen later (beleid)</source>
        <translation>default %1 working days later (policy)</translation>
    </message>
    <message>
        <source>&amp;Nabellen op:</source>
        <translation>&amp;Follow-up call on:</translation>
    </message>
    <message>
        <source>&amp;Navragen op:</source>
        <translation>&amp;Check feedback on:</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Optioneel: komt in de tijdlijn</source>
        <translation>Optional: added to the timeline</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <source>Standaard %1 werkdagen (gemeentelijk beleid): %2</source>
        <translation>Default %1 working days (municipal policy): %2</translation>
    </message>
    <message>
        <source>Leg per persoon vast wie is gehoord (art. 9:10 lid 1 Awb). De beklaagde moet in de gelegenheid zijn gesteld te worden gehoord, ook als van het horen van de klager is afgezien.</source>
        <translation>Record per person who was heard (art. 9:10(1) Awb). The person complained about must have had the opportunity to be heard, also when the complainant was not heard.</translation>
    </message>
    <message>
        <source>Van het horen van de klager mag alleen in deze gevallen worden afgezien (art. 9:10 lid 2 Awb). Dit geldt niet voor de beklaagde: die krijgt altijd de gelegenheid te worden gehoord.</source>
        <translation>The complainant may only go unheard in these cases (art. 9:10(2) Awb). This does not apply to the person complained about, who always gets the opportunity to be heard.</translation>
    </message>
    <message>
        <source>Van het horen wordt een verslag gemaakt (art. 9:10 lid 3 Awb). Leg het verslag vast en de datum waarop het aan klager en beklaagde is gestuurd.</source>
        <translation>A report is made of the hearing (art. 9:10(3) Awb). Record the report and the date it was sent to complainant and person complained about.</translation>
    </message>
    <message>
        <source>De klachtadviescommissie heeft gehoord en brengt advies uit (afdeling 9.1.3 Awb). Het advies gaat mee met de afdoeningsbrief; wijkt het oordeel ervan af, dan staat de reden in de brief (art. 9:16).</source>
        <translation>The advisory committee has heard the parties and gives its advice (section 9.1.3 Awb). The advice is enclosed with the closing letter; if the finding departs from it, the letter gives the reason (art. 9:16).</translation>
    </message>
    <message>
        <source>De afhandeling wordt voor ten hoogste vier weken verdaagd (art. 9:11 lid 2 Awb). De verdaging gaat in met de verdagingsbrief aan klager en beklaagde.</source>
        <translation>The handling is adjourned for at most four weeks (art. 9:11(2) Awb). The adjournment takes effect with the adjournment letter to complainant and person complained about.</translation>
    </message>
    <message>
        <source>Verder uitstel kan alleen met schriftelijke instemming van de klager (art. 9:11 lid 3 Awb), ontvangen voordat de geldende termijn verstrijkt.</source>
        <translation>Further delay is only possible with the complainant&apos;s written consent (art. 9:11(3) Awb), received before the current term expires.</translation>
    </message>
    <message>
        <source>Leg het oordeel vast met de bevindingen en de conclusies (art. 9:12 lid 1 Awb). De klacht is afgedaan zodra de afdoeningsbrief is verstuurd.</source>
        <translation>Record the finding with the findings of the investigation and the conclusions (art. 9:12(1) Awb). The complaint is closed once the closing letter has been sent.</translation>
    </message>
    <message>
        <source>De formele behandeling stopt en de klacht wordt weer informeel opgepakt. Dat kan alleen als de klager ermee instemt; leg vast hoe.</source>
        <translation>The formal procedure stops and the complaint is taken up informally again. This is only possible with the complainant&apos;s agreement; record how it was given.</translation>
    </message>
    <message>
        <source>Deze klacht is afgedaan. Heropenen begint een nieuwe klacht, gekoppeld aan deze zaak (anders geldt art. 9:8 lid 1 a Awb); verdaging, instemming en horen van de oude klacht gaan niet mee.</source>
        <translation>This complaint has been closed. Reopening starts a new complaint, linked to this case (otherwise art. 9:8(1)(a) Awb applies); the old complaint&apos;s adjournment, consent and hearing do not carry over.</translation>
    </message>
    <message>
        <source>Verslag &amp;verstuurd op:</source>
        <translation>Report &amp;sent on:</translation>
    </message>
    <message>
        <source>Advies &amp;ontvangen op:</source>
        <translation>Advice &amp;received on:</translation>
    </message>
    <message>
        <source>&amp;Brief verstuurd op:</source>
        <translation>&amp;Letter sent on:</translation>
    </message>
    <message>
        <source>De &amp;klager</source>
        <translation>The &amp;complainant</translation>
    </message>
    <message>
        <source>de verantwoordelijke afdeling (geen individuele beklaagde)</source>
        <translation>the responsible department (no individual person complained about)</translation>
    </message>
    <message>
        <source>De &amp;beklaagde: %1</source>
        <translation>The &amp;person complained about: %1</translation>
    </message>
    <message>
        <source>Kreeg de gelegenheid, maar maakte er &amp;geen gebruik van</source>
        <translation>Had the opportunity, but did &amp;not use it</translation>
    </message>
    <message>
        <source>Wie:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Gestelde termijn tot en met</source>
        <translation>Term given up to and including</translation>
    </message>
    <message>
        <source>Gestelde &amp;termijn tot en met:</source>
        <translation>&amp;Term given up to and including:</translation>
    </message>
    <message>
        <source>Hoorverslag</source>
        <translation>Hearing report</translation>
    </message>
    <message>
        <source>&amp;Verslag:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Advies:</source>
        <translation>Advice:</translation>
    </message>
    <message>
        <source>Advies van de commissie</source>
        <translation>Committee&apos;s advice</translation>
    </message>
    <message>
        <source>Kies hoe de klager instemde</source>
        <translation>Choose how the complainant agreed</translation>
    </message>
    <message>
        <source>Instemming van de klager</source>
        <translation>Complainant&apos;s agreement</translation>
    </message>
    <message>
        <source>&amp;Instemming:</source>
        <translation>&amp;Agreement:</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Conclusies</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>&amp;Bevindingen:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>&amp;Conclusies:</source>
        <translation>&amp;Conclusions:</translation>
    </message>
    <message>
        <source>Reden van afwijken van het advies</source>
        <translation>Reason for departing from the advice</translation>
    </message>
    <message>
        <source>Alleen als het oordeel afwijkt van het advies (%1)</source>
        <translation>Only when the finding departs from the advice (%1)</translation>
    </message>
    <message>
        <source>&amp;Afwijken van advies:</source>
        <translation>&amp;Departing from the advice:</translation>
    </message>
    <message>
        <source>De conclusie van het advies, en waar het adviesdocument staat</source>
        <translation>The conclusion of the advice, and where the advice document is kept</translation>
    </message>
    <message>
        <source>Het ad&amp;vies:</source>
        <translation>The ad&amp;vice:</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>A&amp;ctief: mag met dit bestand werken</source>
        <translation>A&amp;ctive: may work with this file</translation>
    </message>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Gebruiker wijzigen</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Inlognaam</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>De naam van het account waarmee deze persoon zich bij de computer aanmeldt.</source>
        <translation>The name of the account this person uses to sign in to the computer.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Inlognaam:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Een gebruiker heeft een inlognaam nodig.</source>
        <translation>A user needs a login name.</translation>
    </message>
    <message>
        <source>De inlognaam %1 is al in gebruik door %2.</source>
        <translation>The login name %1 is already in use by %2.</translation>
    </message>
    <message>
        <source>%1 is de laatste actieve beheerder. Maak eerst iemand anders beheerder; zonder beheerder kan niemand meer gebruikers beheren.</source>
        <translation>%1 is the last active administrator. Make someone else an administrator first; without an administrator, nobody can manage users any more.</translation>
    </message>
    <message>
        <source>Geef de naam van het account op.</source>
        <translation>Give the name of the account.</translation>
    </message>
    <message>
        <source>Een PIN heeft minstens 4 tekens.</source>
        <translation>A PIN has at least 4 characters.</translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet (meer) in dit register.</source>
        <translation>This user does not exist (any more) in this register.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactiveren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inlognaam</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Gebruiker wijzigen</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Gebruiker deactiveren</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Dit bestand heeft nog geen gebruikers: iedereen mag alles. Zodra u de eerste gebruiker toevoegt, gelden de rollen; die eerste gebruiker wordt altijd beheerder, zodat iemand de gebruikers kan blijven beheren.</source>
        <translation>This file has no users yet: everyone may do everything. As soon as you add the first user, the roles apply; that first user always becomes an administrator, so that someone can continue to manage the users.</translation>
    </message>
    <message>
        <source>Wie met dit bestand werkt en in welke rol. De inlognaam is het account waarmee iemand zich bij de computer aanmeldt. Gebruikers worden niet verwijderd, alleen gedeactiveerd: de audittrail noemt hen.</source>
        <translation>Who works with this file and in which role. The login name is the account someone uses to sign in to the computer. Users are not deleted, only deactivated: the audit trail refers to them.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Account &amp;koppelen…</source>
        <translation>&amp;Link account…</translation>
    </message>
    <message>
        <source>&amp;PIN instellen…</source>
        <translation>Set &amp;PIN…</translation>
    </message>
    <message>
        <source>Gekoppelde accounts</source>
        <translation>Linked accounts</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Account koppelen of ontkoppelen</source>
        <translation>Link or unlink an account</translation>
    </message>
    <message>
        <source>Een computeraccount dat niet de inlognaam is, werkt dan als deze gebruiker.</source>
        <translation>A computer account that is not the login name then works as this user.</translation>
    </message>
    <message>
        <source>PIN instellen</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Met deze PIN kan een onbekend account zich in &apos;Wie bent u?&apos; als deze klachtencoördinator of beheerder aanmelden. Leeg laten verwijdert de PIN.</source>
        <translation>With this PIN an unknown account can sign in as this complaints coordinator or administrator in &apos;Who are you?&apos;. Leaving it empty removes the PIN.</translation>
    </message>
    <message>
        <source>ingesteld</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Account koppelen</source>
        <translation>Link account</translation>
    </message>
    <message>
        <source>Computeraccount dat als %1 werkt (een account dat al gekoppeld is, wordt ontkoppeld):</source>
        <translation>Computer account that works as %1 (an account that is already linked is unlinked):</translation>
    </message>
    <message>
        <source>Nieuwe PIN voor %1 (minstens 4 tekens; leeg verwijdert de PIN):</source>
        <translation>New PIN for %1 (at least 4 characters; empty removes the PIN):</translation>
    </message>
    <message>
        <source>Deze gemeente op de teamserver heeft nog geen gebruikers: wat een login mag, bepaalt de server. De eerste gebruiker die u toevoegt, wordt beheerder.</source>
        <translation>This municipality on the team server has no users yet: what a login may do is decided by the server. The first user you add becomes an administrator.</translation>
    </message>
    <message>
        <source>Wie met deze gemeente op de teamserver werkt en in welke rol. De inlognaam is de login op de server: toevoegen, wijzigen en deactiveren geeft die login de rol op de server of neemt hem af. Gebruikers worden niet verwijderd, alleen gedeactiveerd: de audittrail noemt hen.</source>
        <translation>Who works with this municipality on the team server and in which role. The login name is the login on the server: adding, editing and deactivating gives that login the role on the server or takes it away. Users are not deleted, only deactivated: the audit trail refers to them.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Aan Tafel&lt;/h2&gt;&lt;p&gt;Klachten van inwoners: eerst samen oplossen, zo nodig een standpunt, altijd ervan leren.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aan Tafel&lt;/h2&gt;&lt;p&gt;Complaints from residents: resolve together first, take a position where needed, always learn from it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Nieuw gemeentebestand…</source>
        <translation>&amp;New municipality file…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Nieuw gemeentebestand</source>
        <translation>New municipality file</translation>
    </message>
    <message>
        <source>Gemeentebestand openen</source>
        <translation>Open municipality file</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden:</source>
        <translation>&amp;Recent files:</translation>
    </message>
    <message>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>%1  —  %2  (niet gevonden)</source>
        <translation>%1  —  %2  (not found)</translation>
    </message>
    <message>
        <source>&amp;Verbinden met teamserver…</source>
        <translation>Connect to team ser&amp;ver…</translation>
    </message>
    <message>
        <source>Verbinden met teamserver</source>
        <translation>Connect to team server</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Informeel oplossen</source>
        <translation>Resolve informally</translation>
    </message>
    <message>
        <source>Formeel behandelen</source>
        <translation>Handle formally</translation>
    </message>
    <message>
        <source>Niet in behandeling nemen</source>
        <translation>Decline to deal with</translation>
    </message>
    <message>
        <source>Doorverwijzen (warme overdracht)</source>
        <translation>Refer (warm handover)</translation>
    </message>
    <message>
        <source>Terugkoppeling aanbieder vastleggen</source>
        <translation>Record provider feedback</translation>
    </message>
    <message>
        <source>Terug naar informele aanpak</source>
        <translation>Back to informal approach</translation>
    </message>
    <message>
        <source>Hoorzitting plannen</source>
        <translation>Plan hearing</translation>
    </message>
    <message>
        <source>Verdagen</source>
        <translation>Adjourn</translation>
    </message>
    <message>
        <source>Instemming met verder uitstel vastleggen</source>
        <translation>Record consent to further delay</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Eerste contact vastleggen</source>
        <translation>Record first contact</translation>
    </message>
    <message>
        <source>Ontvangstbevestiging verstuurd</source>
        <translation>Acknowledgement of receipt sent</translation>
    </message>
    <message>
        <source>Nabellen vastleggen</source>
        <translation>Record follow-up call</translation>
    </message>
    <message>
        <source>Het zaaknummer ontbreekt.</source>
        <translation>The case number is missing.</translation>
    </message>
    <message>
        <source>De ontvangstdatum ontbreekt.</source>
        <translation>The date of receipt is missing.</translation>
    </message>
    <message>
        <source>De zaak is open maar heeft al een uitkomst (%1).</source>
        <translation>The case is open but already has an outcome (%1).</translation>
    </message>
    <message>
        <source>De zaak is open maar heeft een afsluitdatum.</source>
        <translation>The case is open but has a closing date.</translation>
    </message>
    <message>
        <source>De zaak is afgesloten zonder uitkomst.</source>
        <translation>The case is closed without an outcome.</translation>
    </message>
    <message>
        <source>De zaak is afgesloten zonder afsluitdatum.</source>
        <translation>The case is closed without a closing date.</translation>
    </message>
    <message>
        <source>De afsluitdatum ligt voor de ontvangstdatum.</source>
        <translation>The closing date is before the date of receipt.</translation>
    </message>
    <message>
        <source>Niet in behandeling genomen zonder grond (art. 9:8 Awb).</source>
        <translation>Not dealt with, but without a ground (Art. 9:8 Awb).</translation>
    </message>
    <message>
        <source>Niet in behandeling genomen zonder datum van de schriftelijke kennisgeving (art. 9:8 lid 3 Awb).</source>
        <translation>Not dealt with, but without the date of the written notice (Art. 9:8(3) Awb).</translation>
    </message>
    <message>
        <source>Naar tevredenheid opgelost zonder vastgelegde bevestiging van de klager (art. 9:5 Awb).</source>
        <translation>Resolved to satisfaction without a recorded confirmation from the complainant (Art. 9:5 Awb).</translation>
    </message>
    <message>
        <source>Oordeel (%1) zonder hoorzitting of vastgelegde reden om van horen af te zien (art. 9:10 Awb).</source>
        <translation>Finding (%1) without a hearing or a recorded reason for dispensing with the hearing (Art. 9:10 Awb).</translation>
    </message>
    <message>
        <source>Een signaal heeft een oordeel (%1), maar kent geen formele klachtprocedure.</source>
        <translation>A signal has a finding (%1), but there is no formal complaints procedure for signals.</translation>
    </message>
    <message>
        <source>Uitkomst doorverwezen zonder vastgelegde terugkoppeling van de aanbieder.</source>
        <translation>Outcome referred without recorded feedback from the provider.</translation>
    </message>
    <message>
        <source>Uitkomst doorverwezen zonder aanbieder.</source>
        <translation>Outcome referred without a provider.</translation>
    </message>
    <message>
        <source>Warme overdracht zonder aanbieder.</source>
        <translation>Warm handover without a provider.</translation>
    </message>
    <message>
        <source>Warme overdracht zonder datum om de terugkoppeling na te vragen.</source>
        <translation>Warm handover without a date to check for feedback.</translation>
    </message>
    <message>
        <source>Instemming met verder uitstel of een afgesproken datum zonder verdaging (art. 9:11 lid 3 Awb).</source>
        <translation>Consent to further delay or an agreed date without an adjournment (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <source>Instemming met verder uitstel en de afgesproken datum horen samen te gaan.</source>
        <translation>Consent to further delay and the agreed date must go together.</translation>
    </message>
    <message>
        <source>Een signaal is verdaagd, maar kent geen afhandelingstermijn.</source>
        <translation>A signal has been adjourned, but has no handling deadline.</translation>
    </message>
    <message>
        <source>Een signaal staat in de fase %1, maar kent geen formele klachtprocedure.</source>
        <translation>A signal is in the %1 phase, but there is no formal complaints procedure for signals.</translation>
    </message>
    <message>
        <source>“%1” kan alleen in de fase %2; deze zaak staat in de fase %3.</source>
        <translation>“%1” is only possible in the %2 phase; this case is in the %3 phase.</translation>
    </message>
    <message>
        <source>De zaak is afgesloten; heropen haar eerst.</source>
        <translation>The case is closed; reopen it first.</translation>
    </message>
    <message>
        <source>Een signaal kent geen formele klachtprocedure; registreer het als klacht om het formeel te behandelen.</source>
        <translation>There is no formal complaints procedure for a signal; register it as a complaint to handle it formally.</translation>
    </message>
    <message>
        <source>Voor een signaal geldt geen afhandelingstermijn; verdagen is niet aan de orde.</source>
        <translation>No handling deadline applies to a signal, so adjournment does not arise.</translation>
    </message>
    <message>
        <source>De behandeling is al op %1 verdaagd; verder uitstel kan alleen met schriftelijke instemming van de klager (art. 9:11 lid 3 Awb).</source>
        <translation>Handling was already adjourned on %1; further delay is only possible with the complainant&apos;s written consent (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <source>Instemming met verder uitstel is pas aan de orde als de behandeling al is verdaagd (art. 9:11 lid 3 Awb).</source>
        <translation>Consent to further delay only arises once handling has been adjourned (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <source>De zaak is nog open.</source>
        <translation>The case is still open.</translation>
    </message>
    <message>
        <source>Het eerste contact is al vastgelegd op %1.</source>
        <translation>First contact was already recorded on %1.</translation>
    </message>
    <message>
        <source>Een signaal krijgt geen ontvangstbevestiging.</source>
        <translation>A signal does not receive an acknowledgement of receipt.</translation>
    </message>
    <message>
        <source>De ontvangstbevestiging is al verstuurd op %1.</source>
        <translation>The acknowledgement of receipt was already sent on %1.</translation>
    </message>
    <message>
        <source>Nabellen hoort bij een zaak die naar tevredenheid is opgelost en afgesloten.</source>
        <translation>A follow-up call belongs to a case that has been resolved to satisfaction and closed.</translation>
    </message>
    <message>
        <source>Er is geen datum om na te bellen vastgelegd.</source>
        <translation>No date for a follow-up call has been recorded.</translation>
    </message>
    <message>
        <source>Er is al nagebeld op %1.</source>
        <translation>A follow-up call was already made on %1.</translation>
    </message>
    <message>
        <source>De ontvangstdatum van de zaak ontbreekt.</source>
        <translation>The case&apos;s date of receipt is missing.</translation>
    </message>
    <message>
        <source>Vul een datum in.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <source>De datum van de hoorzitting ligt voor de ontvangstdatum.</source>
        <translation>The hearing date is before the date of receipt.</translation>
    </message>
    <message>
        <source>De datum ligt voor de ontvangstdatum.</source>
        <translation>The date is before the date of receipt.</translation>
    </message>
    <message>
        <source>De datum ligt in de toekomst.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Leg vast hoe de klager heeft bevestigd dat de klacht naar tevredenheid is opgelost (art. 9:5 Awb).</source>
        <translation>Record how the complainant confirmed that the complaint has been resolved to their satisfaction (Art. 9:5 Awb).</translation>
    </message>
    <message>
        <source>De datum om na te bellen ligt voor de datum van de oplossing.</source>
        <translation>The follow-up call date is before the date of resolution.</translation>
    </message>
    <message>
        <source>Kies de grond waarop de klacht niet in behandeling wordt genomen (art. 9:8 Awb).</source>
        <translation>Choose the ground on which the complaint is not being dealt with (Art. 9:8 Awb).</translation>
    </message>
    <message>
        <source>Vul de datum in waarop de klager schriftelijk is bericht dat de klacht niet in behandeling wordt genomen (art. 9:8 lid 3 Awb).</source>
        <translation>Enter the date on which the complainant was notified in writing that the complaint will not be dealt with (Art. 9:8(3) Awb).</translation>
    </message>
    <message>
        <source>De kennisgeving kan niet voor de ontvangstdatum zijn verstuurd.</source>
        <translation>The notice cannot have been sent before the date of receipt.</translation>
    </message>
    <message>
        <source>De datum van de kennisgeving ligt in de toekomst; leg het niet-behandelen vast zodra de kennisgeving is verstuurd.</source>
        <translation>The date of the notice is in the future; record the non-handling once the notice has been sent.</translation>
    </message>
    <message>
        <source>De datum van de gedraging is onbekend; zonder die datum is niet vast te stellen dat de gedraging langer dan een jaar voor indiening plaatsvond (art. 9:8 lid 1 b Awb).</source>
        <translation>The date of the conduct is unknown; without it, it cannot be established that the conduct took place more than a year before the complaint was submitted (Art. 9:8(1)(b) Awb).</translation>
    </message>
    <message>
        <source>De gedraging (%1) vond niet langer dan een jaar voor indiening (%2) plaats (art. 9:8 lid 1 b Awb).</source>
        <translation>The conduct (%1) took place no more than a year before the complaint was submitted (%2) (Art. 9:8(1)(b) Awb).</translation>
    </message>
    <message>
        <source>Vul de aanbieder in aan wie de klacht wordt overgedragen.</source>
        <translation>Enter the provider to whom the complaint is being handed over.</translation>
    </message>
    <message>
        <source>De datum om de terugkoppeling na te vragen ligt voor de datum van de overdracht.</source>
        <translation>The date to check for feedback is before the date of the handover.</translation>
    </message>
    <message>
        <source>De verdaging moet worden gemeld voordat de afhandelingstermijn verstrijkt: uiterlijk %1 (art. 9:11 lid 2 Awb).</source>
        <translation>The adjournment must be notified before the handling deadline expires: by %1 at the latest (Art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <source>Vul de met de klager afgesproken afdoeningsdatum in (art. 9:11 lid 3 Awb).</source>
        <translation>Enter the final response date agreed with the complainant (Art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <source>De afgesproken datum moet na de geldende afdoeningsdatum (%1) liggen.</source>
        <translation>The agreed date must be after the current final response date (%1).</translation>
    </message>
    <message>
        <source>Kies het oordeel: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk (art. 9:12 Awb).</source>
        <translation>Choose the finding: upheld, partly upheld, not upheld or no finding possible (Art. 9:12 Awb).</translation>
    </message>
    <message>
        <source>Horen vastleggen</source>
        <translation>Record hearing</translation>
    </message>
    <message>
        <source>Afzien van horen klager vastleggen</source>
        <translation>Record not hearing the complainant</translation>
    </message>
    <message>
        <source>Hoorverslag vastleggen</source>
        <translation>Record hearing report</translation>
    </message>
    <message>
        <source>Advies commissie vastleggen</source>
        <translation>Record committee&apos;s advice</translation>
    </message>
    <message>
        <source>Oordeel vastleggen</source>
        <translation>Record finding</translation>
    </message>
    <message>
        <source>Afdoen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Terug naar informeel (met instemming)</source>
        <translation>Back to informal (with agreement)</translation>
    </message>
    <message>
        <source>Formeel afgesloten (%1) zonder schriftelijke afdoening: er is geen afdoeningsbrief verstuurd of vastgelegd (art. 9:12 lid 1 Awb).</source>
        <translation>Closed formally (%1) without a written closing: no closing letter was sent or recorded (art. 9:12(1) Awb).</translation>
    </message>
    <message>
        <source>Afgesloten op %1, maar de afdoeningsbrief is van %2: de klacht is afgehandeld op de dag van de brief (art. 9:12 lid 1 Awb).</source>
        <translation>Closed on %1, but the closing letter is of %2: the complaint was handled on the day of the letter (art. 9:12(1) Awb).</translation>
    </message>
    <message>
        <source>Oordeel zonder vastgelegd horen van de beklaagde: van horen afzien (art. 9:10 lid 2 Awb) geldt alleen voor de klager.</source>
        <translation>Finding without a recorded hearing of the person complained about: not hearing (art. 9:10(2) Awb) applies to the complainant only.</translation>
    </message>
    <message>
        <source>Gehoord zonder vastgelegd hoorverslag (art. 9:10 lid 3 Awb).</source>
        <translation>Heard without a recorded hearing report (art. 9:10(3) Awb).</translation>
    </message>
    <message>
        <source>Een klachtadviescommissie adviseert, maar haar advies is niet vastgelegd (art. 9:16 Awb).</source>
        <translation>An advisory committee advises, but its advice has not been recorded (art. 9:16 Awb).</translation>
    </message>
    <message>
        <source>Oordeel %1, terwijl van horen is afgezien omdat de klacht kennelijk ongegrond was (art. 9:10 lid 2 a Awb).</source>
        <translation>Finding %1, while the complainant was not heard because the complaint was manifestly unfounded (art. 9:10(2)(a) Awb).</translation>
    </message>
    <message>
        <source>Afgezien van horen omdat de klager niet reageerde, zonder de termijn die hem was gesteld (art. 9:10 lid 2 c Awb).</source>
        <translation>Not heard because the complainant did not reply, without the term that was given (art. 9:10(2)(c) Awb).</translation>
    </message>
    <message>
        <source>Formeel behandeld als klacht over de aanbieder %1; klachten over een gecontracteerde aanbieder vallen onder diens eigen klachtregels, de gemeente behandelt alleen haar eigen regie.</source>
        <translation>Handled formally as a complaint about provider %1; complaints about a contracted provider fall under its own complaint rules, the municipality only handles its own oversight.</translation>
    </message>
    <message>
        <source>Verdaagd op %1, na het einde van de afhandelingstermijn (%2): die verdaging telt niet (art. 9:11 lid 2 Awb).</source>
        <translation>Adjourned on %1, after the end of the handling deadline (%2): that adjournment does not count (art. 9:11(2) Awb).</translation>
    </message>
    <message>
        <source>Instemming met verder uitstel ontvangen op %1, nadat de verdaagde termijn (%2) was verstreken: de klacht blijft te laat (art. 9:11 lid 3 Awb).</source>
        <translation>Consent to further delay received on %1, after the adjourned term (%2) had expired: the complaint remains late (art. 9:11(3) Awb).</translation>
    </message>
    <message>
        <source>De klacht gaat over %1, een gecontracteerde aanbieder: voor klachten over de zorg of ondersteuning van de aanbieder gelden diens eigen klachtregels (Wmo 2015, Jeugdwet, Wkkgz), niet de klachtprocedure van de gemeente. Draag de klacht warm over, of leg vast dat zij gaat over de regie van de gemeente zelf.</source>
        <translation>The complaint is about %1, a contracted provider: complaints about the provider&apos;s care or support fall under its own complaint rules (Wmo 2015, Jeugdwet, Wkkgz), not the municipality&apos;s complaints procedure. Hand the complaint over warmly, or record that it is about the municipality&apos;s own oversight.</translation>
    </message>
    <message>
        <source>Een hoorverslag hoort bij een gehouden hoorzitting: leg eerst vast wie er is gehoord (art. 9:10 lid 3 Awb).</source>
        <translation>A hearing report belongs to a hearing that took place: first record who was heard (art. 9:10(3) Awb).</translation>
    </message>
    <message>
        <source>Bij deze klacht adviseert geen klachtadviescommissie (afdeling 9.1.3 Awb).</source>
        <translation>No advisory committee advises on this complaint (section 9.1.3 Awb).</translation>
    </message>
    <message>
        <source>Afdoen kan pas als het oordeel over de klacht is vastgelegd (art. 9:12 lid 1 Awb).</source>
        <translation>Closing is only possible once the finding on the complaint has been recorded (art. 9:12(1) Awb).</translation>
    </message>
    <message>
        <source>De klacht is al afgedaan.</source>
        <translation>The complaint has already been closed.</translation>
    </message>
    <message>
        <source>De klachtadviescommissie heeft nog niet geadviseerd; leg eerst haar advies vast (afdeling 9.1.3 Awb).</source>
        <translation>The advisory committee has not advised yet; first record its advice (section 9.1.3 Awb).</translation>
    </message>
    <message>
        <source>Een klacht kan pas worden beoordeeld als de klager is gehoord of is vastgelegd waarom van horen is afgezien (art. 9:10 Awb).</source>
        <translation>A complaint can only be judged once the complainant has been heard or it has been recorded why the complainant was not heard (art. 9:10 Awb).</translation>
    </message>
    <message>
        <source>%1, op wiens gedraging de klacht betrekking heeft, moet in de gelegenheid zijn gesteld te worden gehoord (art. 9:10 lid 1 Awb); leg vast dat de beklaagde is gehoord of die gelegenheid niet heeft benut.</source>
        <translation>%1, whose conduct the complaint concerns, must have had the opportunity to be heard (art. 9:10(1) Awb); record that the person complained about was heard or did not use that opportunity.</translation>
    </message>
    <message>
        <source>Van het horen wordt een verslag gemaakt (art. 9:10 lid 3 Awb); leg het hoorverslag vast met de datum waarop het aan klager en beklaagde is gestuurd.</source>
        <translation>A report is made of the hearing (art. 9:10(3) Awb); record the hearing report with the date it was sent to complainant and person complained about.</translation>
    </message>
    <message>
        <source>De klacht gaat over een gecontracteerde aanbieder en niet over de regie van de gemeente; zij wordt niet formeel door de gemeente afgedaan.</source>
        <translation>The complaint is about a contracted provider and not about the municipality&apos;s oversight; the municipality does not close it formally.</translation>
    </message>
    <message>
        <source>Het oordeel over de klacht ontbreekt: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk (art. 9:12 lid 1 Awb).</source>
        <translation>The finding on the complaint is missing: upheld, partly upheld, not upheld or no finding possible (art. 9:12(1) Awb).</translation>
    </message>
    <message>
        <source>De bevindingen van het onderzoek naar de klacht ontbreken (art. 9:12 lid 1 Awb).</source>
        <translation>The findings of the investigation into the complaint are missing (art. 9:12(1) Awb).</translation>
    </message>
    <message>
        <source>Klachtonderdeel %1 (%2) heeft nog geen oordeel.</source>
        <translation>Part %1 of the complaint (%2) does not have a finding yet.</translation>
    </message>
    <message>
        <source>zonder omschrijving</source>
        <translation>no description</translation>
    </message>
    <message>
        <source>Bij klachtonderdeel %1 ontbreken de bevindingen (art. 9:12 lid 1 Awb).</source>
        <translation>Complaint part %1 lacks its findings (art. 9:12(1) Awb).</translation>
    </message>
    <message>
        <source>De conclusies ontbreken (art. 9:12 lid 1 Awb); verbindt u er geen conclusies aan, schrijf dat dan op.</source>
        <translation>The conclusions are missing (art. 9:12(1) Awb); if you draw no conclusions, write that down.</translation>
    </message>
    <message>
        <source>Van het horen van de klager is afgezien omdat de klacht kennelijk ongegrond is (art. 9:10 lid 2 a Awb); een oordeel (deels) gegrond past daar niet bij. Hoor de klager alsnog.</source>
        <translation>The complainant was not heard because the complaint is manifestly unfounded (art. 9:10(2)(a) Awb); a finding of (partly) upheld does not fit with that. Hear the complainant after all.</translation>
    </message>
    <message>
        <source>Het advies van de klachtadviescommissie ontbreekt; het gaat met de afdoening mee (art. 9:16 Awb).</source>
        <translation>The advisory committee&apos;s advice is missing; it is enclosed with the closing letter (art. 9:16 Awb).</translation>
    </message>
    <message>
        <source>Het oordeel (%1) wijkt af van het advies van de commissie (%2): vermeld de reden daarvoor (art. 9:16 Awb).</source>
        <translation>The finding (%1) departs from the committee&apos;s advice (%2): state the reason (art. 9:16 Awb).</translation>
    </message>
    <message>
        <source>Tijdens de formele behandeling kan een klacht alleen nog niet verder worden behandeld op een grond die later kan opkomen: beroep, een andere rechter of strafvervolging (art. 9:8 lid 1 d-f Awb).</source>
        <translation>During the formal procedure a complaint can only be dropped on a ground that can arise later: appeal, another court or prosecution (art. 9:8(1)(d)-(f) Awb).</translation>
    </message>
    <message>
        <source>Leg vast of de beklaagde is gehoord of de gelegenheid daartoe niet heeft benut (art. 9:10 lid 1 Awb).</source>
        <translation>Record whether the person complained about was heard or did not use the opportunity (art. 9:10(1) Awb).</translation>
    </message>
    <message>
        <source>Kies waarom van het horen van de klager wordt afgezien (art. 9:10 lid 2 Awb).</source>
        <translation>Choose why the complainant is not heard (art. 9:10(2) Awb).</translation>
    </message>
    <message>
        <source>Vul de termijn in waarbinnen de klager kon laten weten gehoord te willen worden (art. 9:10 lid 2 c Awb).</source>
        <translation>Fill in the term within which the complainant could say he wished to be heard (art. 9:10(2)(c) Awb).</translation>
    </message>
    <message>
        <source>De gestelde termijn ligt voor de ontvangstdatum.</source>
        <translation>The term given is before the date of receipt.</translation>
    </message>
    <message>
        <source>De gestelde termijn loopt nog tot en met %1; pas daarna kan worden vastgelegd dat de klager niet heeft gereageerd (art. 9:10 lid 2 c Awb).</source>
        <translation>The term given runs up to and including %1; only after that can it be recorded that the complainant did not reply (art. 9:10(2)(c) Awb).</translation>
    </message>
    <message>
        <source>Het vastgelegde oordeel is %1; de klacht is dan niet kennelijk ongegrond (art. 9:10 lid 2 a Awb).</source>
        <translation>The recorded finding is %1; the complaint is then not manifestly unfounded (art. 9:10(2)(a) Awb).</translation>
    </message>
    <message>
        <source>Vul het hoorverslag in (art. 9:10 lid 3 Awb).</source>
        <translation>Fill in the hearing report (art. 9:10(3) Awb).</translation>
    </message>
    <message>
        <source>Kies wat de commissie adviseert: gegrond, deels gegrond, ongegrond of geen oordeel mogelijk.</source>
        <translation>Choose what the committee advises: upheld, partly upheld, not upheld or no finding possible.</translation>
    </message>
    <message>
        <source>Leg vast hoe de klager ermee heeft ingestemd dat de klacht weer informeel wordt opgepakt.</source>
        <translation>Record how the complainant agreed that the complaint is taken up informally again.</translation>
    </message>
    <message>
        <source>Na een afdoening of een kennisgeving niet-behandelen is heropenen een nieuwe klacht (anders geldt art. 9:8 lid 1 a Awb); die wordt aan deze zaak gekoppeld.</source>
        <translation>After a closing letter or a notice of not handling, reopening is a new complaint (otherwise art. 9:8(1)(a) Awb applies); it is linked to this case.</translation>
    </message>
    <message>
        <source>De klacht is afgehandeld met de schriftelijke kennisgeving van bevindingen, oordeel en conclusies (art. 9:12 lid 1 Awb): verstuur de afdoeningsbrief, of leg vast dat die elders is verstuurd.</source>
        <translation>The complaint is handled with the written notice of findings, finding and conclusions (art. 9:12(1) Awb): send the closing letter, or record that it was sent elsewhere.</translation>
    </message>
    <message>
        <source>De afdoening kan nog niet:
%1</source>
        <translation>The complaint cannot be closed yet:
%1</translation>
    </message>
    <message>
        <source>Een verdaging gaat in met de schriftelijke mededeling aan klager en beklaagde (art. 9:11 lid 2 Awb): verstuur de verdagingsbrief, of leg vast dat die elders is verstuurd.</source>
        <translation>An adjournment takes effect with the written notice to complainant and person complained about (art. 9:11(2) Awb): send the adjournment letter, or record that it was sent elsewhere.</translation>
    </message>
    <message>
        <source>De geldende afhandelingstermijn is op %1 verstreken; instemming met verder uitstel moet binnen zijn voordat de termijn verstrijkt (art. 9:11 lid 3 Awb). De klacht is te laat afgehandeld; de klager kan naar de ombudsman (art. 9:24 lid 1 b Awb).</source>
        <translation>The current handling deadline expired on %1; consent to further delay must come in before the term expires (art. 9:11(3) Awb). The complaint is handled late; the complainant can go to the ombudsman (art. 9:24(1)(b) Awb).</translation>
    </message>
    <message>
        <source>Van het horen van de klager is afgezien omdat de klacht kennelijk ongegrond is (art. 9:10 lid 2 a Awb); het oordeel kan dan niet (deels) gegrond zijn. Hoor de klager alsnog.</source>
        <translation>The complainant was not heard because the complaint is manifestly unfounded (art. 9:10(2)(a) Awb); the finding cannot then be (partly) upheld. Hear the complainant after all.</translation>
    </message>
    <message>
        <source>Het oordeel wijkt af van het advies van de commissie (%1): vermeld de reden daarvoor (art. 9:16 Awb).</source>
        <translation>The finding departs from the committee&apos;s advice (%1): state the reason (art. 9:16 Awb).</translation>
    </message>
    <message>
        <source>Klager en beklaagde zijn al gehoord of in de gelegenheid gesteld (art. 9:10 lid 1 Awb).</source>
        <translation>The complainant and the person complained about have already been heard or given the opportunity (art. 9:10 lid 1 Awb).</translation>
    </message>
    <message>
        <source>De klager is al gehoord op %1.</source>
        <translation>The complainant was already heard on %1.</translation>
    </message>
    <message>
        <source>Er is al vastgelegd waarom van het horen van de klager is afgezien: %1.</source>
        <translation>Why the complainant is not heard has already been recorded: %1.</translation>
    </message>
    <message>
        <source>Voor de beklaagde is al vastgelegd: %1.</source>
        <translation>Already recorded for the person complained about: %1.</translation>
    </message>
    <message>
        <source>Naar tevredenheid opgelost</source>
        <translation>Resolved to satisfaction</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>alternatives</comment>
        <translation>%1 or %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Klachtbehandeling voor gemeenten</source>
        <translation>Complaint handling for municipalities</translation>
    </message>
    <message>
        <source>Taal: nl of en.</source>
        <translation>Language: nl or en.</translation>
    </message>
    <message>
        <source>Het gemeentebestand (.aantafel) om te openen, of een teamserver (.aantafel-server of postgresql://…).</source>
        <translation>The municipality file (.aantafel) to open, or a team server (.aantafel-server or postgresql://…).</translation>
    </message>
</context>
</TS>
