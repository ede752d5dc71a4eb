<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="9"/>
        <source>&apos;{}&apos; cannot be read: {}.</source>
        <translation>&apos;{}&apos; kan niet worden gelezen: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="11"/>
        <source>The disk of &apos;{}&apos; is full, so nothing was written there; free some space or choose another folder.</source>
        <translation>De schijf van &apos;{}&apos; is vol, dus daar is niets geschreven; maak ruimte vrij of kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="13"/>
        <source>&apos;{}&apos; could not be copied: {}.</source>
        <translation>&apos;{}&apos; kon niet worden gekopieerd: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="14"/>
        <source>&apos;{}&apos; is a folder; give a file name for the backup.</source>
        <translation>&apos;{}&apos; is een map; geef een bestandsnaam op voor de back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="15"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>Een back-up kan de database waarvan hij een kopie is niet overschrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="16"/>
        <source>The folder &apos;{}&apos; does not exist.</source>
        <translation>De map &apos;{}&apos; bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="18"/>
        <source>There is already a file at &apos;{}&apos;; choose another name, or let the backup replace it (liaison backup --to FILE --force).</source>
        <translation>Er staat al een bestand op &apos;{}&apos;; kies een andere naam, of laat de back-up het vervangen (liaison backup --to BESTAND --force).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="20"/>
        <source>The backup folder &apos;{}&apos; cannot be created: {}.</source>
        <translation>De back-upmap &apos;{}&apos; kan niet worden aangemaakt: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="21"/>
        <source>The folder &apos;{}&apos; is not writable.</source>
        <translation>In de map &apos;{}&apos; kan niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="22"/>
        <source>There is no backup file at &apos;{}&apos;.</source>
        <translation>Er staat geen back-upbestand op &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="23"/>
        <source>&apos;{}&apos; is not a Liaison backup (not an SQLite file).</source>
        <translation>&apos;{}&apos; is geen Liaison-back-up (geen SQLite-bestand).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="25"/>
        <source>The backup &apos;{}&apos; is damaged ({}); choose another backup.</source>
        <translation>De back-up &apos;{}&apos; is beschadigd ({}); kies een andere back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="27"/>
        <source>&apos;{}&apos; is not a Liaison backup (it has no {} table).</source>
        <translation>&apos;{}&apos; is geen Liaison-back-up (de tabel {} ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="29"/>
        <source>The backup &apos;{}&apos; was made by a newer version of Liaison (schema {}); update Liaison to restore it.</source>
        <translation>De back-up &apos;{}&apos; is gemaakt met een nieuwere versie van Liaison (schema {}); werk Liaison bij om hem terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="32"/>
        <source>The database &apos;{}&apos; is in use by another window or program; close it and try the restore again.</source>
        <translation>De database &apos;{}&apos; is in gebruik door een ander venster of programma; sluit dat af en probeer het terugzetten opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="35"/>
        <source>A backup can only be restored into a database file, not a server.</source>
        <translation>Een back-up kan alleen in een databasebestand worden teruggezet, niet op een server.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="37"/>
        <source>&apos;{}&apos; is a folder, not a database file.</source>
        <translation>&apos;{}&apos; is een map, geen databasebestand.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="39"/>
        <source>There is already a database at &apos;{}&apos;; confirm that the backup may replace it (liaison restore --yes).</source>
        <translation>Er staat al een database op &apos;{}&apos;; bevestig dat de back-up die mag vervangen (liaison restore --yes).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="42"/>
        <source>The backup is the database itself; choose another file.</source>
        <translation>De back-up is de database zelf; kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="45"/>
        <source>Only a database file can be backed up here; a server database is backed up by its administrator.</source>
        <translation>Hier kan alleen van een databasebestand een back-up worden gemaakt; van een serverdatabase maakt de beheerder de back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="47"/>
        <source>Nothing can be written in the folder &apos;{}&apos;: {}.</source>
        <translation>In de map &apos;{}&apos; kan niets worden geschreven: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="48"/>
        <source>There is no history for {} {}.</source>
        <translation>Er is geen geschiedenis voor {} {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="50"/>
        <source>{} of the earlier {} no longer exist, so this value cannot be put back.</source>
        <translation>{} van de eerdere {} bestaan niet meer, dus deze waarde kan niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="52"/>
        <source>&apos;{}&apos; is no longer a field of {}.</source>
        <translation>&apos;{}&apos; is geen veld van {} meer.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="53"/>
        <source>That change does not belong to this {}.</source>
        <translation>Die wijziging hoort niet bij dit record ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="55"/>
        <source>Only a changed field can be put back, not a whole record.</source>
        <translation>Alleen een gewijzigd veld kan worden teruggezet, niet een heel record.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="58"/>
        <source>This value was erased on a privacy request and cannot come back.</source>
        <translation>Deze waarde is na een privacyverzoek gewist en kan niet meer terugkomen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="61"/>
        <source>&apos;{}&apos; is not a record id (use entity:number or a uuid).</source>
        <translation>&apos;{}&apos; is geen record-id (gebruik soort:nummer of een uuid).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="64"/>
        <source>&apos;{}&apos; is not a record id (use entity:number, e.g. person:12, or a uuid).</source>
        <translation>&apos;{}&apos; is geen record-id (gebruik soort:nummer, bijv. person:12, of een uuid).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="67"/>
        <source>The database is busy: another Liaison window or command is writing to it; try again when it has finished.</source>
        <translation>De database is bezet: een ander Liaison-venster of -commando schrijft erin; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="70"/>
        <source>The database at &apos;{}&apos; is read-only (its file or folder cannot be written), so Liaison cannot open it; it is not damaged: copy it to a folder you can write to, or ask for write access.</source>
        <translation>De database op &apos;{}&apos; is alleen-lezen (het bestand of de map kan niet worden beschreven), dus Liaison kan hem niet openen; hij is niet beschadigd: kopieer hem naar een map waarin u kunt schrijven, of vraag om schrijfrechten.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="72"/>
        <source>The database at &apos;{}&apos; is damaged ({}); {}.</source>
        <translation>De database op &apos;{}&apos; is beschadigd ({}); {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="73"/>
        <source>&apos;{}&apos; must end in .xlsx.</source>
        <translation>&apos;{}&apos; moet eindigen op .xlsx.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="74"/>
        <source>This person&apos;s data has already been removed.</source>
        <translation>De gegevens van deze persoon zijn al verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="75"/>
        <source>The retention period must be at least one month.</source>
        <translation>De bewaartermijn moet ten minste één maand zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_trust.py" line="77"/>
        <source>The database stayed busy with another window or program; wait until it has finished and try again.</source>
        <translation>De database bleef bezet door een ander venster of programma; wacht tot dat klaar is en probeer het opnieuw.</translation>
    </message>
</context>
</TS>
