<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="55" />
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="64" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="64" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="98" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="98" />
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="98" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="98" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="98" />
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="98" />
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="158" />
        <source>&amp;Restore this value</source>
        <translation>Deze &amp;waarde terugzetten</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="161" />
        <source>Put the selected change's old value back (the restore is recorded too)</source>
        <translation>Zet de oude waarde van de gekozen wijziging terug (ook het terugzetten wordt vastgelegd)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="189" />
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/history_panel.py" line="191" />
        <source>%n change(s)</source>
        <translation><numerusform>%n wijziging</numerusform><numerusform>%n wijzigingen</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="213" />
        <source>Restore this value</source>
        <translation>Deze waarde terugzetten</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="218" />
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/history_panel.py" line="220" />
        <source>%1 is back to “%2”.</source>
        <translation>%1 is teruggezet naar “%2”.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="97" />
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="100" />
        <source>Copy the database to the backup folder now</source>
        <translation>Kopieer de database nu naar de back-upmap</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="102" />
        <source>&amp;Restore from a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="105" />
        <source>Backup &amp;folder…</source>
        <translation>Back-up&amp;map…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="125" />
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="127" />
        <source>&amp;Access export for a person…</source>
        <translation>&amp;Inzage-export voor een persoon…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="131" />
        <source>&amp;Forget a person…</source>
        <translation>Persoon &amp;vergeten…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="136" />
        <source>&amp;Retention review…</source>
        <translation>&amp;Bewaartermijn nalopen…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="152" />
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="156" />
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="157" />
        <source>Copying the database to the backup folder…</source>
        <translation>De database wordt naar de back-upmap gekopieerd…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="168" />
        <source>Daily backup made: %1</source>
        <translation>Dagelijkse back-up gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="171" />
        <source>The daily backup failed: %1</source>
        <translation>De dagelijkse back-up is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="178" />
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="181" />
        <source>Backups now go to %1</source>
        <translation>Back-ups komen nu in %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="189" />
        <location filename="../work/main/ui/trust/backup_actions.py" line="200" />
        <location filename="../work/main/ui/trust/backup_actions.py" line="229" />
        <location filename="../work/main/ui/trust/backup_actions.py" line="369" />
        <location filename="../work/main/ui/trust/backup_actions.py" line="380" />
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="191" />
        <source>Liaison backups (*.db);;All files (*)</source>
        <translation>Liaison-back-ups (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="201" />
        <source>Replace the database with the backup “%1”?</source>
        <translation>De database vervangen door de back-up “%1”?</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="204" />
        <source>Everything changed since that backup is replaced; the current database is first copied to the backup folder.</source>
        <translation>Alles wat sinds die back-up is gewijzigd, wordt vervangen; de huidige database wordt eerst naar de back-upmap gekopieerd.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="220" />
        <source>Restored from %1.</source>
        <translation>Teruggezet vanuit %1.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="222" />
        <source>The replaced database was kept as %1.</source>
        <translation>De vervangen database is bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="230" />
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="292" />
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="294" />
        <source>&lt;b&gt;Liaison cannot safely open this database.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liaison kan deze database niet veilig openen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="298" />
        <source>The file %1 fails SQLite's integrity check, so some records may be lost or wrong. Nothing has been changed. Restore a backup to go on working; a copy of the damaged file is kept next to it (name ending in “-damaged”).</source>
        <translation>Het bestand %1 komt niet door de integriteitscontrole van SQLite; sommige gegevens kunnen kwijt of onjuist zijn. Er is niets veranderd. Zet een back-up terug om verder te werken; een kopie van het beschadigde bestand blijft ernaast staan (naam eindigt op “-damaged”).</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="307" />
        <source>The newest good backup is %1 (%2).</source>
        <translation>De nieuwste goede back-up is %1 (%2).</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="312" />
        <source>No good backup was found in the backup folder.</source>
        <translation>Er is geen goede back-up gevonden in de back-upmap.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="321" />
        <source>Restore the newest backup</source>
        <translation>Nieuwste back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="325" />
        <source>Choose a backup…</source>
        <translation>Back-up kiezen…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="327" />
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="327" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="334" />
        <source>What SQLite reported:</source>
        <translation>Wat SQLite meldde:</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/backup_actions.py" line="369" />
        <source>Liaison backups (*.db)</source>
        <translation>Liaison-back-ups (*.db)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="67" />
        <source>Type part of a name…</source>
        <translation>Typ een deel van een naam…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="75" />
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="86" />
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="109" />
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="119" />
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="126" />
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="109" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="120" />
        <source>Everything stored about this person is in %1.</source>
        <translation>Alles wat over deze persoon is vastgelegd, staat in %1.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="122" />
        <source>The file holds personal data: hand it over securely and delete your copy.</source>
        <translation>Het bestand bevat persoonsgegevens: geef het veilig door en verwijder uw eigen kopie.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="144" />
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="217" />
        <source>Forget a person</source>
        <translation>Persoon vergeten</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="149" />
        <source>Remove the personal data of %1?</source>
        <translation>De persoonsgegevens van %1 verwijderen?</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="154" />
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="156" />
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="158" />
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="160" />
        <source>Notes about this person</source>
        <translation>Notities over deze persoon</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="162" />
        <source>%n earlier value(s) in the history</source>
        <translation><numerusform>%n eerdere waarde in de geschiedenis</numerusform><numerusform>%n eerdere waarden in de geschiedenis</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="164" />
        <source>%n mention(s) in other records' history</source>
        <translation><numerusform>%n vermelding in de geschiedenis van andere gegevens</numerusform><numerusform>%n vermeldingen in de geschiedenis van andere gegevens</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="165" />
        <source>Mention in %1</source>
        <translation>Vermelding in %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="172" />
        <source>What stays: %1 contact moment(s) and %2 role(s), shown under “Verwijderde persoon”, so that the counts per initiative remain right. Backups made before today still contain the data until they are rotated out (after at most 12 months).</source>
        <translation>Wat blijft: %1 contactmoment(en) en %2 rol(len), getoond als “Verwijderde persoon”, zodat de tellingen per initiatief blijven kloppen. Back-ups van vóór vandaag bevatten de gegevens nog tot ze worden opgeruimd (na hooguit 12 maanden).</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="180" />
        <source>I understand that this cannot be undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="183" />
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="214" />
        <source>Remove personal data</source>
        <translation>Persoonsgegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="194" />
        <source>This will be erased everywhere, including the history:</source>
        <translation>Dit wordt overal gewist, ook in de geschiedenis:</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="200" />
        <source>This person's data has already been removed.</source>
        <translation>De gegevens van deze persoon zijn al verwijderd.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="207" />
        <source>Removing…</source>
        <translation>Bezig met verwijderen…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="248" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="248" />
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="248" />
        <source>Last role ended</source>
        <translation>Laatste rol geëindigd</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="248" />
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="259" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="260" />
        <source>no role</source>
        <translation>geen rol</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="271" />
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="357" />
        <source>Retention review</source>
        <translation>Bewaartermijn nalopen</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="278" />
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="282" />
        <source>People with no current role and no contact moment for this long. Keep those you still need (they return after another period) and forget the others.</source>
        <translation>Personen zonder huidige rol en zonder contactmoment in deze periode. Bewaar wie u nog nodig hebt (die komen na een nieuwe periode terug) en vergeet de anderen.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="289" />
        <source>No contact for:</source>
        <translation>Geen contact sinds:</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="307" />
        <source>&amp;Keep</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="308" />
        <source>Still needed: off this list until the next review</source>
        <translation>Nog nodig: van deze lijst tot de volgende ronde</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="309" />
        <source>&amp;Access export…</source>
        <translation>&amp;Inzage-export…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="310" />
        <source>&amp;Forget…</source>
        <translation>&amp;Vergeten…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="311" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ui/trust/privacy_dialogs.py" line="333" />
        <source>%n person(s) to review</source>
        <translation><numerusform>%n persoon na te lopen</numerusform><numerusform>%n personen na te lopen</numerusform></translation>
    </message>
</context>
</TS>