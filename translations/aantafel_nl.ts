<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>%n regel/regels geëxporteerd naar %1</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1</numerusform>
            <numerusform>%n regels geëxporteerd naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message numerus="yes">
        <source>De reservekopie was ouder dan %n vernietigingsronde/vernietigingsrondes van de bewaartermijn; die is/zijn opnieuw toegepast (%1 zaken) voordat het bestand weer in gebruik ging.</source>
        <translation>
            <numerusform>De reservekopie was ouder dan %n vernietigingsronde van de bewaartermijn; die is opnieuw toegepast (%1 zaken) voordat het bestand weer in gebruik ging.</numerusform>
            <numerusform>De reservekopie was ouder dan %n vernietigingsrondes van de bewaartermijn; die zijn opnieuw toegepast (%1 zaken) voordat het bestand weer in gebruik ging.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message numerus="yes">
        <source>Meer dan %Ln zaken</source>
        <translation>
            <numerusform>Meer dan %Ln zaak</numerusform>
            <numerusform>Meer dan %Ln zaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zaken</source>
        <translation>
            <numerusform>%Ln zaak</numerusform>
            <numerusform>%Ln zaken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>%n zaak/zaken</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In orde: schema versie %1, %n zaak/zaken gecontroleerd, geen problemen gevonden.</source>
        <translation>
            <numerusform>In orde: schema versie %1, %n zaak gecontroleerd, geen problemen gevonden.</numerusform>
            <numerusform>In orde: schema versie %1, %n zaken gecontroleerd, geen problemen gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probleem/problemen gevonden.</source>
        <translation>
            <numerusform>%n probleem gevonden.</numerusform>
            <numerusform>%n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>("deze week": binnen %n werkdag/werkdagen)</source>
        <translation>
            <numerusform>("deze week": binnen %n werkdag)</numerusform>
            <numerusform>("deze week": binnen %n werkdagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regel/regels van de audittrail geschreven naar %1</source>
        <translation>
            <numerusform>%n regel van de audittrail geschreven naar %1</numerusform>
            <numerusform>%n regels van de audittrail geschreven naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proef: %n zaak/zaken zou/zouden worden vernietigd.</source>
        <translation>
            <numerusform>Proef: %n zaak zou worden vernietigd.</numerusform>
            <numerusform>Proef: %n zaken zouden worden vernietigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proef: %n zaak/zaken zou/zouden worden geanonimiseerd.</source>
        <translation>
            <numerusform>Proef: %n zaak zou worden geanonimiseerd.</numerusform>
            <numerusform>Proef: %n zaken zouden worden geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken vernietigd.</source>
        <translation>
            <numerusform>%n zaak vernietigd.</numerusform>
            <numerusform>%n zaken vernietigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken geanonimiseerd.</source>
        <translation>
            <numerusform>%n zaak geanonimiseerd.</numerusform>
            <numerusform>%n zaken geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afgesloten zaak/zaken waarvan de bewaartermijn volgens de Selectielijst is verstreken.</source>
        <translation>
            <numerusform>%n afgesloten zaak waarvan de bewaartermijn volgens de Selectielijst is verstreken.</numerusform>
            <numerusform>%n afgesloten zaken waarvan de bewaartermijn volgens de Selectielijst is verstreken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineOverviewModel</name>
    <message numerus="yes">
        <source>%1: %n termijn/termijnen</source>
        <translation>
            <numerusform>%1: %n termijn</numerusform>
            <numerusform>%1: %n termijnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineOverviewWidget</name>
    <message numerus="yes">
        <source>%n zaak/zaken toewijzen aan:</source>
        <translation>
            <numerusform>%n zaak toewijzen aan:</numerusform>
            <numerusform>%n zaken toewijzen aan:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message numerus="yes">
        <source>%n document/documenten. Sleep bestanden op het dossier om ze toe te voegen (hoogstens %1 MB per document).</source>
        <translation>
            <numerusform>%n document. Sleep bestanden op het dossier om ze toe te voegen (hoogstens %1 MB per document).</numerusform>
            <numerusform>%n documenten. Sleep bestanden op het dossier om ze toe te voegen (hoogstens %1 MB per document).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document/documenten.</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document/documenten toegevoegd.</source>
        <translation>
            <numerusform>%n document toegevoegd.</numerusform>
            <numerusform>%n documenten toegevoegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n regel/regels gelezen: %1 te importeren, %2 met problemen.</source>
        <translation>
            <numerusform>%n regel gelezen: %1 te importeren, %2 met problemen.</numerusform>
            <numerusform>%n regels gelezen: %1 te importeren, %2 met problemen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuwe thema's: %1.</source>
        <translation>
            <numerusform>%n nieuw thema: %1.</numerusform>
            <numerusform>%n nieuwe thema's: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message numerus="yes">
        <source>%1 — overzicht van de gegevens die wij over u hebben vastgelegd in %n klachtzaak/klachtzaken, opgemaakt op %2.</source>
        <translation>
            <numerusform>%1 — overzicht van de gegevens die wij over u hebben vastgelegd in %n klachtzaak, opgemaakt op %2.</numerusform>
            <numerusform>%1 — overzicht van de gegevens die wij over u hebben vastgelegd in %n klachtzaken, opgemaakt op %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message numerus="yes">
        <source>%n zaak/zaken gevonden; vink aan welke van deze klager zijn.</source>
        <translation>
            <numerusform>%n zaak gevonden; vink aan welke van deze klager zijn.</numerusform>
            <numerusform>%n zaken gevonden; vink aan welke van deze klager zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n termijn/termijnen te laat</source>
        <translation>
            <numerusform>%n termijn te laat</numerusform>
            <numerusform>%n termijnen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n termijn/termijnen die vandaag verloopt/verlopen</source>
        <translation>
            <numerusform>%n termijn die vandaag verloopt</numerusform>
            <numerusform>%n termijnen die vandaag verlopen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n afgesloten zaak/zaken waarvan de bewaartermijn is verstreken. Kies de zaken en vernietig of anonimiseer ze.</source>
        <translation>
            <numerusform>%n afgesloten zaak waarvan de bewaartermijn is verstreken. Kies de zaken en vernietig of anonimiseer ze.</numerusform>
            <numerusform>%n afgesloten zaken waarvan de bewaartermijn is verstreken. Kies de zaken en vernietig of anonimiseer ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken vernietigd.</source>
        <translation>
            <numerusform>%n zaak vernietigd.</numerusform>
            <numerusform>%n zaken vernietigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaak/zaken geanonimiseerd.</source>
        <translation>
            <numerusform>%n zaak geanonimiseerd.</numerusform>
            <numerusform>%n zaken geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën is/zijn gemaakt vóór deze vernietiging en bevat/bevatten de gegevens nog. Opschonen past dezelfde vernietiging op elke kopie toe; verwijderen gooit de kopieën weg.</source>
        <translation>
            <numerusform>%n reservekopie is gemaakt vóór deze vernietiging en bevat de gegevens nog. Opschonen past dezelfde vernietiging op elke kopie toe; verwijderen gooit de kopieën weg.</numerusform>
            <numerusform>%n reservekopieën zijn gemaakt vóór deze vernietiging en bevatten de gegevens nog. Opschonen past dezelfde vernietiging op elke kopie toe; verwijderen gooit de kopieën weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën van vóór de vernietiging bevat/bevatten de gegevens nog; de volgende keer wordt opnieuw gevraagd ze op te schonen.</source>
        <translation>
            <numerusform>%n reservekopie van vóór de vernietiging bevat de gegevens nog; de volgende keer wordt opnieuw gevraagd ze op te schonen.</numerusform>
            <numerusform>%n reservekopieën van vóór de vernietiging bevatten de gegevens nog; de volgende keer wordt opnieuw gevraagd ze op te schonen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën opgeschoond.</source>
        <translation>
            <numerusform>%n reservekopie opgeschoond.</numerusform>
            <numerusform>%n reservekopieën opgeschoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopie/reservekopieën verwijderd.</source>
        <translation>
            <numerusform>%n reservekopie verwijderd.</numerusform>
            <numerusform>%n reservekopieën verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>U gaat %n zaak/zaken definitief vernietigen, met de tijdlijn, klachtonderdelen, brieven en documenten. De audittrail bewaart alleen het zaaknummer.

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>
            <numerusform>U gaat %n zaak definitief vernietigen, met de tijdlijn, klachtonderdelen, brieven en documenten. De audittrail bewaart alleen het zaaknummer.

Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>U gaat %n zaken definitief vernietigen, met de tijdlijn, klachtonderdelen, brieven en documenten. De audittrail bewaart alleen het zaaknummer.

Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>U gaat %n zaak/zaken anonimiseren: namen, contactgegevens, vrije teksten, brieven en documenten worden verwijderd; de gegevens voor de jaarcijfers blijven.

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>
            <numerusform>U gaat %n zaak anonimiseren: namen, contactgegevens, vrije teksten, brieven en documenten worden verwijderd; de gegevens voor de jaarcijfers blijven.

Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>U gaat %n zaken anonimiseren: namen, contactgegevens, vrije teksten, brieven en documenten worden verwijderd; de gegevens voor de jaarcijfers blijven.

Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selectielijst</name>
    <message numerus="yes">
        <source>vernietigen, %n jaar na afsluiting</source>
        <translation>
            <numerusform>vernietigen, %n jaar na afsluiting</numerusform>
            <numerusform>vernietigen, %n jaar na afsluiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerUpgrade</name>
    <message numerus="yes">
        <source>Er is/zijn nog %n verbinding/verbindingen met de database %1 (%2). Laat iedereen Aan Tafel sluiten en probeer het opnieuw: een oudere versie zou anders doorwerken in een schema dat zij niet kent. Er is niets gewijzigd.</source>
        <translation>
            <numerusform>Er is nog %n verbinding met de database %1 (%2). Laat iedereen Aan Tafel sluiten en probeer het opnieuw: een oudere versie zou anders doorwerken in een schema dat zij niet kent. Er is niets gewijzigd.</numerusform>
            <numerusform>Er zijn nog %n verbindingen met de database %1 (%2). Laat iedereen Aan Tafel sluiten en probeer het opnieuw: een oudere versie zou anders doorwerken in een schema dat zij niet kent. Er is niets gewijzigd.</numerusform>
        </translation>
    </message>
</context>
</TS>