<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="53"/>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="62"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="62"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="103"/>
        <source>When</source>
        <extracomment>Widest the action column gets (in characters) before a long import file name is cut.</extracomment>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="103"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="103"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="103"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="103"/>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="103"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="119"/>
        <source>%1 (undo of the import of “%2”)</source>
        <translation>%1 (ongedaan maken van de import van “%2”)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="125"/>
        <source>%1 (import of “%2”)</source>
        <translation>%1 (import van “%2”)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="176"/>
        <source>&amp;Restore this value</source>
        <translation>Deze &amp;waarde terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="179"/>
        <source>Put the selected change&apos;s old value back (the restore is recorded too)</source>
        <translation>Zet de oude waarde van de gekozen wijziging terug (ook het terugzetten wordt vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="211"/>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trust/history_panel.py" line="213"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="235"/>
        <source>Restore this value</source>
        <translation>Deze waarde terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="240"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_panel.py" line="242"/>
        <source>%1 is back to “%2”.</source>
        <translation>%1 is teruggezet naar “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="113"/>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="116"/>
        <source>Copy the database to the backup folder now</source>
        <translation>Kopieer de database nu naar de back-upmap</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="118"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="121"/>
        <source>Backup &amp;folder…</source>
        <translation>Back-up&amp;map…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="142"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="144"/>
        <source>&amp;Access export for a person…</source>
        <translation>&amp;Inzage-export voor een persoon…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="146"/>
        <source>&amp;Forget a person…</source>
        <translation>Persoon &amp;vergeten…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="149"/>
        <source>&amp;Retention review…</source>
        <translation>&amp;Bewaartermijn nalopen…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="164"/>
        <source>Change &amp;history…</source>
        <translation>Wijzigings&amp;geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="167"/>
        <source>Who changed the selected record, when, and what it was before</source>
        <translation>Wie de gekozen gegevens heeft gewijzigd, wanneer, en wat er eerst stond</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="184"/>
        <source>Select a record to see its history.</source>
        <translation>Selecteer een regel om de geschiedenis ervan te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="230"/>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="234"/>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="235"/>
        <source>Copying the database to the backup folder…</source>
        <translation>De database wordt naar de back-upmap gekopieerd…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="260"/>
        <source>Daily backup made: %1</source>
        <extracomment>While the window stays open, how often it looks whether today&apos;s backup is due (ms).</extracomment>
        <translation>Dagelijkse back-up gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="263"/>
        <source>The daily backup failed: %1</source>
        <translation>De dagelijkse back-up is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="292"/>
        <source>The newest backup is from %1.</source>
        <translation>De nieuwste back-up is van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="296"/>
        <source>No backup of this database was found in %1.</source>
        <translation>In %1 is geen back-up van deze database gevonden.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="301"/>
        <source>No recent backup</source>
        <translation>Geen recente back-up</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="307"/>
        <source>Connect the backup drive, or choose another folder with File → Backup folder…; then use File → Back up now.</source>
        <translation>Sluit de back-upschijf aan, of kies een andere map met Bestand → Back-upmap…; kies daarna Bestand → Nu een back-up maken.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="321"/>
        <location filename="../../ui/trust/backup_actions.py" line="334"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="337"/>
        <source>Backups now go to %1</source>
        <translation>Back-ups komen nu in %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="346"/>
        <location filename="../../ui/trust/backup_actions.py" line="371"/>
        <location filename="../../ui/trust/backup_actions.py" line="403"/>
        <location filename="../../ui/trust/backup_actions.py" line="540"/>
        <location filename="../../ui/trust/backup_actions.py" line="551"/>
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="348"/>
        <source>Liaison backups (*.db);;All files (*)</source>
        <translation>Liaison-back-ups (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="359"/>
        <source>Replace the database with the backup “%1”?</source>
        <translation>De database vervangen door de back-up “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="361"/>
        <source>Everything changed since that backup is replaced; the current database is first copied to the backup folder.</source>
        <translation>Alles wat sinds die back-up is gewijzigd, wordt vervangen; de huidige database wordt eerst naar de back-upmap gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="367"/>
        <source>Careful: this backup was made of another database, not of the one open now.</source>
        <translation>Let op: deze back-up is gemaakt van een andere database, niet van de database die nu open is.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="390"/>
        <source>Restored from %1.</source>
        <translation>Teruggezet vanuit %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="392"/>
        <source>The replaced database was kept as %1.</source>
        <translation>De vervangen database is bewaard als %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trust/backup_actions.py" line="397"/>
        <source>%n person(s) forgotten since this backup stay forgotten.</source>
        <translation>
            <numerusform>%n persoon die sinds deze back-up is vergeten, blijft vergeten.</numerusform>
            <numerusform>%n personen die sinds deze back-up zijn vergeten, blijven vergeten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="404"/>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="467"/>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="469"/>
        <source>&lt;b&gt;Liaison cannot safely open this database.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liaison kan deze database niet veilig openen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="473"/>
        <source>The file %1 fails SQLite&apos;s integrity check, so some records may be lost or wrong. Nothing has been changed. Restore a backup to go on working; a copy of the damaged file is kept next to it (name ending in “-damaged”).</source>
        <translation>Het bestand %1 komt niet door de integriteitscontrole van SQLite; sommige gegevens kunnen kwijt of onjuist zijn. Er is niets veranderd. Zet een back-up terug om verder te werken; een kopie van het beschadigde bestand blijft ernaast staan (naam eindigt op “-damaged”).</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="482"/>
        <source>The newest good backup is %1 (%2).</source>
        <translation>De nieuwste goede back-up is %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="487"/>
        <source>No good backup was found in the backup folder.</source>
        <translation>Er is geen goede back-up gevonden in de back-upmap.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="496"/>
        <source>Restore the newest backup</source>
        <translation>Nieuwste back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="500"/>
        <source>Choose a backup…</source>
        <translation>Back-up kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="502"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="502"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="509"/>
        <source>What SQLite reported:</source>
        <translation>Wat SQLite meldde:</translation>
    </message>
    <message>
        <location filename="../../ui/trust/backup_actions.py" line="540"/>
        <source>Liaison backups (*.db)</source>
        <translation>Liaison-back-ups (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="76"/>
        <source>Type part of a name…</source>
        <translation>Typ een deel van een naam…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="84"/>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="116"/>
        <source>%1 (in the trash)</source>
        <translation>%1 (in de prullenbak)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="122"/>
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="147"/>
        <location filename="../../ui/trust/privacy_dialogs.py" line="157"/>
        <location filename="../../ui/trust/privacy_dialogs.py" line="169"/>
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="147"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="158"/>
        <source>Everything stored about this person is in %1.</source>
        <translation>Alles wat over deze persoon is vastgelegd, staat in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="161"/>
        <source>Before you hand it over, read the notes and mentions in it: remove what they say about other people, whose data is not theirs to receive.</source>
        <translation>Lees voordat u het overhandigt de notities en vermeldingen erin: haal weg wat ze over andere mensen zeggen, want die gegevens zijn niet voor deze persoon bestemd.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="165"/>
        <source>The file holds personal data: hand it over securely and delete your copy.</source>
        <translation>Het bestand bevat persoonsgegevens: geef het veilig door en verwijder uw eigen kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="187"/>
        <location filename="../../ui/trust/privacy_dialogs.py" line="265"/>
        <source>Forget a person</source>
        <translation>Persoon vergeten</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="192"/>
        <source>Remove the personal data of %1?</source>
        <translation>De persoonsgegevens van %1 verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="197"/>
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="199"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="201"/>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="203"/>
        <source>Notes about this person</source>
        <translation>Notities over deze persoon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trust/privacy_dialogs.py" line="205"/>
        <source>%n earlier value(s) in the history</source>
        <translation>
            <numerusform>%n eerdere waarde in de geschiedenis</numerusform>
            <numerusform>%n eerdere waarden in de geschiedenis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trust/privacy_dialogs.py" line="207"/>
        <source>%n mention(s) in other records&apos; history</source>
        <translation>
            <numerusform>%n vermelding in de geschiedenis van andere gegevens</numerusform>
            <numerusform>%n vermeldingen in de geschiedenis van andere gegevens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="208"/>
        <source>Mention in %1</source>
        <translation>Vermelding in %1</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="215"/>
        <source>What stays: %1 contact moment(s) and %2 role(s), shown under “Verwijderde persoon”, so that the counts per initiative remain right. Backups made before today still contain the data until they are rotated out (after at most 12 months); restoring one of them keeps this person forgotten. An unreadable fingerprint of the e-mail address, mobile number and name is kept, so that an import does not add this person again. Files saved earlier (exports, workbooks of rejected rows) are not changed: delete those yourself.</source>
        <translation>Wat blijft: %1 contactmoment(en) en %2 rol(len), getoond als “Verwijderde persoon”, zodat de tellingen per initiatief blijven kloppen. Back-ups van vóór vandaag bevatten de gegevens nog tot ze worden opgeruimd (na hooguit 12 maanden); wie zo&apos;n back-up terugzet, houdt deze persoon vergeten. Een onleesbare vingerafdruk van het e-mailadres, het mobiele nummer en de naam blijft bewaard, zodat een import deze persoon niet opnieuw toevoegt. Eerder opgeslagen bestanden (exports, werkmappen met afgewezen rijen) worden niet gewijzigd: verwijder die zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="227"/>
        <source>&amp;I understand that this cannot be undone</source>
        <translation>&amp;Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="230"/>
        <location filename="../../ui/trust/privacy_dialogs.py" line="262"/>
        <source>Remove personal data</source>
        <translation>Persoonsgegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="241"/>
        <source>This will be erased everywhere, including the history:</source>
        <translation>Dit wordt overal gewist, ook in de geschiedenis:</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="248"/>
        <source>This person&apos;s data has already been removed.</source>
        <translation>De gegevens van deze persoon zijn al verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="255"/>
        <source>Removing…</source>
        <translation>Bezig met verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="296"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="296"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="296"/>
        <source>Last role ended</source>
        <translation>Laatste rol geëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="296"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="307"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="308"/>
        <source>no role</source>
        <translation>geen rol</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="322"/>
        <location filename="../../ui/trust/privacy_dialogs.py" line="418"/>
        <location filename="../../ui/trust/privacy_dialogs.py" line="449"/>
        <source>Retention review</source>
        <extracomment>The list now shows the period in the spin box (read after the arrows rested).
----------
How long the period must stay unchanged before it is read (ms).</extracomment>
        <translation>Bewaartermijn nalopen</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="329"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="341"/>
        <source>People with no current role and no contact moment for this long. Keep those you still need (they return after another period) and forget the others.</source>
        <translation>Personen zonder huidige rol en zonder contactmoment in deze periode. Bewaar wie u nog nodig hebt (die komen na een nieuwe periode terug) en vergeet de anderen.</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="348"/>
        <source>No contact for:</source>
        <translation>Geen contact sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="369"/>
        <source>&amp;Keep</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="370"/>
        <source>Still needed: off this list until the next review</source>
        <translation>Nog nodig: van deze lijst tot de volgende ronde</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="371"/>
        <source>&amp;Access export…</source>
        <translation>&amp;Inzage-export…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="372"/>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergeten…</translation>
    </message>
    <message>
        <location filename="../../ui/trust/privacy_dialogs.py" line="373"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trust/privacy_dialogs.py" line="424"/>
        <source>%n person(s) to review</source>
        <translation>
            <numerusform>%n persoon na te lopen</numerusform>
            <numerusform>%n personen na te lopen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trust/history_dialog.py" line="43"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
</context>
</TS>
