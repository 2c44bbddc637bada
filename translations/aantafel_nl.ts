<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>CliText</name>
    <message numerus="yes">
        <location filename="../core/cli/filecommands.cpp" line="+176" />
        <source>%n zaak/zaken</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>In orde: schema versie %1, %n zaak/zaken gecontroleerd, geen problemen gevonden.</source>
        <translation>
            <numerusform>In orde: schema versie %1, %n zaak gecontroleerd, geen problemen gevonden.</numerusform>
            <numerusform>In orde: schema versie %1, %n zaken gecontroleerd, geen problemen gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n probleem/problemen gevonden.</source>
        <translation>
            <numerusform>%n probleem gevonden.</numerusform>
            <numerusform>%n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/duecommand.cpp" line="+123" />
        <source>("deze week": binnen %n werkdag/werkdagen)</source>
        <translation>
            <numerusform>("deze week": binnen %n werkdag)</numerusform>
            <numerusform>("deze week": binnen %n werkdagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineOverviewModel</name>
    <message numerus="yes">
        <location filename="../ui/overview/deadlineoverviewmodel.cpp" line="+95" />
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
        <location filename="../ui/overview/deadlineoverviewwidget.cpp" line="+243" />
        <source>%n zaak/zaken toewijzen aan:</source>
        <translation>
            <numerusform>%n zaak toewijzen aan:</numerusform>
            <numerusform>%n zaken toewijzen aan:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+222" />
        <source>%n termijn/termijnen te laat</source>
        <translation>
            <numerusform>%n termijn te laat</numerusform>
            <numerusform>%n termijnen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n termijn/termijnen die vandaag verloopt/verlopen</source>
        <translation>
            <numerusform>%n termijn die vandaag verloopt</numerusform>
            <numerusform>%n termijnen die vandaag verlopen</numerusform>
        </translation>
    </message>
</context>
</TS>