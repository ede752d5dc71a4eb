<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../work/main/ui/trust/backup_actions.py" line="240" />
        <source>%n person(s) forgotten since this backup stay forgotten.</source>
        <translation><numerusform>%n person forgotten since this backup stays forgotten.</numerusform><numerusform>%n people forgotten since this backup stay forgotten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/history_panel.py" line="191" />
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="162" />
        <source>%n earlier value(s) in the history</source>
        <translation><numerusform>%n earlier value in the history</numerusform><numerusform>%n earlier values in the history</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="164" />
        <source>%n mention(s) in other records' history</source>
        <translation><numerusform>%n mention in other records' history</numerusform><numerusform>%n mentions in other records' history</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="333" />
        <source>%n person(s) to review</source>
        <translation><numerusform>%n person to review</numerusform><numerusform>%n people to review</numerusform></translation>
    </message>
</context>
</TS>