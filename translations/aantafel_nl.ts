<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>CliText</name>
    <message numerus="yes">
        <location filename="../core/cli/filecommands.cpp" line="+194" />
        <source>%n zaak/zaken</source>
        <translation><numerusform>%n zaak</numerusform><numerusform>%n zaken</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>In orde: schema versie %1, %n zaak/zaken gecontroleerd, geen problemen gevonden.</source>
        <translation><numerusform>In orde: schema versie %1, %n zaak gecontroleerd, geen problemen gevonden.</numerusform><numerusform>In orde: schema versie %1, %n zaken gecontroleerd, geen problemen gevonden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n probleem/problemen gevonden.</source>
        <translation><numerusform>%n probleem gevonden.</numerusform><numerusform>%n problemen gevonden.</numerusform></translation>
    </message>
</context>
</TS>