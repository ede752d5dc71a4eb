<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/views/list_view.py" line="320" />
        <source>%n record(s)</source>
        <translation><numerusform>%Ln record</numerusform><numerusform>%Ln records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="92" />
        <source>All active support ends within %n day(s), the last on %1.</source>
        <translation><numerusform>All active support ends within %n day, the last on %1.</numerusform><numerusform>All active support ends within %n days, the last on %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="96" />
        <source>No contact with or support from the municipality in %n month(s).</source>
        <translation><numerusform>No contact with or support from the municipality in %n month.</numerusform><numerusform>No contact with or support from the municipality in %n months.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="105" />
        <source>No contact in %n month(s), the last on %1.</source>
        <translation><numerusform>No contact in %n month, the last on %1.</numerusform><numerusform>No contact in %n months, the last on %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="153" />
        <source>… and %n more</source>
        <translation><numerusform>… and %Ln more</numerusform><numerusform>… and %Ln more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="268" />
        <source>Renewal decisions and end dates, next %n week(s)</source>
        <translation><numerusform>Renewal decisions and end dates, next %n week</numerusform><numerusform>Renewal decisions and end dates, next %n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="270" />
        <source>Renewal decisions and end dates, next %n day(s)</source>
        <translation><numerusform>Renewal decisions and end dates, next %n day</numerusform><numerusform>Renewal decisions and end dates, next %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="324" />
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="328" />
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="338" />
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
</context>
</TS>