<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="115"/>
        <location filename="../../ui/app.py" line="120"/>
        <location filename="../../ui/crash_report.py" line="142"/>
        <location filename="../../ui/main_window.py" line="118"/>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>Liaison</source>
        <extracomment>The menus were (re)built, e.g. after a language switch: other areas re-add their actions (``add_file_action``) when this fires.</extracomment>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>The database could not be opened: %1</source>
        <translation>De database kon niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="238"/>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <location filename="../../ui/models/labels.py" line="24"/>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <location filename="../../ui/models/labels.py" line="25"/>
        <location filename="../../ui/models/labels.py" line="73"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <location filename="../../ui/models/labels.py" line="27"/>
        <location filename="../../ui/models/labels.py" line="59"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <location filename="../../ui/models/labels.py" line="19"/>
        <location filename="../../ui/models/labels.py" line="28"/>
        <location filename="../../ui/models/labels.py" line="74"/>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <location filename="../../ui/models/labels.py" line="29"/>
        <source>Contact log</source>
        <translation>Contactlog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Navigation</source>
        <extracomment>deletes, undone with Ctrl+Z record pages left for another one (a person opened from an initiative&apos;s page): Back returns to them, newest last, before it returns to the list</extracomment>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar de lijst (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Search everything</source>
        <extracomment>the list kind of the record page shown</extracomment>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>New record in this list (Ctrl+N)</source>
        <translation>Nieuw item in deze lijst (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Contact vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Log a call, visit, meeting or e-mail (Ctrl+L)</source>
        <translation>Leg een telefoontje, bezoek, overleg of e-mail vast (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;About Liaison</source>
        <translation>&amp;Over Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;File</source>
        <extracomment>File menu; the import/export (ui.exchange) and backup/privacy (ui.trust) dialogs add their actions to the marked sections below.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Exchange</source>
        <translation>Uitwisselen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Officer: %1</source>
        <translation>Medewerker: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Back to %1 (Alt+Left)</source>
        <translation>Terug naar %1 (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <location filename="../../ui/main_window.py" line="449"/>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Open record</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="640"/>
        <location filename="../../ui/main_window.py" line="679"/>
        <source>Move to the trash</source>
        <translation>Naar de prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="641"/>
        <source>Move %1 to the trash? Ctrl+Z brings them back.</source>
        <translation>%1 naar de prullenbak verplaatsen? Met Ctrl+Z komen ze terug.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="656"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680"/>
        <source>Moving %1 to the trash…</source>
        <translation>%1 naar de prullenbak verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683"/>
        <location filename="../../ui/main_window.py" line="718"/>
        <location filename="../../ui/views/trash_view.py" line="191"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Bringing %1 back from the trash…</source>
        <translation>%1 terughalen uit de prullenbak…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Contact logged.</source>
        <translation>Contact vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>%1 moved to the trash. Press Ctrl+Z to undo.</source>
        <translation>%1 naar de prullenbak verplaatst. Druk op Ctrl+Z om dit ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>commitment</source>
        <extracomment>Views in the navigation, in order: key → list entity (None for special views).</extracomment>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>commitments</source>
        <translation>toezeggingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>contact</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>contacts</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="712"/>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="741"/>
        <source>Restored from the trash.</source>
        <translation>Teruggezet uit de prullenbak.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <location filename="../../ui/settings_dialog.py" line="212"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="792"/>
        <source>Liaison will use the new database the next time it starts.</source>
        <translation>Liaison gebruikt de nieuwe database bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="837"/>
        <source>About Liaison</source>
        <translation>Over Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="839"/>
        <source>Liaison keeps the relationships between civic initiatives, their partners and the municipality warm: contact log, support and renewals, signals.</source>
        <translation>Liaison houdt de relaties tussen bewonersinitiatieven, hun partners en de gemeente warm: contactlog, steun en verlengingen, signalen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="267"/>
        <source>Select a row to see its details.</source>
        <extracomment>A row chosen for the officer (a dashboard line opened it) stays in view while the list settles; the officer scrolling the list lets go of it. Widest a column is sized to its contents; narrowest a wide column shrinks to make room. text before a column kept in view, in a narrow window the first (name) column, last of all The column of a list that should be in view without scrolling, where one matters most.</extracomment>
        <translation>Kies een regel om de details te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="129"/>
        <location filename="../../ui/views/list_view.py" line="287"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="129"/>
        <location filename="../../ui/views/list_view.py" line="287"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="93"/>
        <source>Nothing matches this filter. Clear the text above or choose “All” to see every record.</source>
        <extracomment>Filters shown as combo boxes, in this order, when the service offers them. Filters each list offers (see queries.filter_choices), to lay out the bar before they load. Filters a list opens with, shown in its filter box (the officer picks &quot;All&quot; for the rest): the support list is read for what is running (active or renewed) and due for renewal, not for the commitments that ended in 2020, which its renewal-date order would put first. Entities that have a full record page (ui.pages) to show beside the list.</extracomment>
        <translation>Niets past bij dit filter. Maak de tekst hierboven leeg of kies „Alle” om alles te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="97"/>
        <source>No initiatives yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import a colleague&apos;s sheet.</source>
        <translation>Nog geen initiatieven. Druk op Ctrl+N om er een toe te voegen, of op Ctrl+Shift+I om het werkblad van een collega te importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="101"/>
        <source>No partners yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import a colleague&apos;s sheet.</source>
        <translation>Nog geen partners. Druk op Ctrl+N om er een toe te voegen, of op Ctrl+Shift+I om het werkblad van een collega te importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="105"/>
        <source>No people yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import a colleague&apos;s sheet.</source>
        <translation>Nog geen personen. Druk op Ctrl+N om er een toe te voegen, of op Ctrl+Shift+I om het werkblad van een collega te importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="107"/>
        <source>No support recorded yet. Press Ctrl+N to add a commitment.</source>
        <translation>Nog geen steun vastgelegd. Druk op Ctrl+N om een toezegging toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="109"/>
        <source>No contacts logged yet. Press Ctrl+L to log a call, visit, meeting or e-mail.</source>
        <translation>Nog geen contactmomenten. Druk op Ctrl+L om een gesprek, bezoek, overleg of e-mail vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="113"/>
        <source>Nothing here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="290"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="320"/>
        <source>Filter this list…</source>
        <extracomment>entity, id (-1 for none)</extracomment>
        <translation>Deze lijst filteren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="321"/>
        <source>Filter this list</source>
        <translation>Deze lijst filteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="392"/>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/list_view.py" line="516"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/list_view.py" line="520"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="86"/>
        <source>What</source>
        <extracomment>records entity name: organisation, person, commitment, interaction what people call it: initiative, partner, person, commitment, interaction</extracomment>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="40"/>
        <location filename="../../ui/models/labels.py" line="41"/>
        <location filename="../../ui/views/trash_view.py" line="86"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="80"/>
        <location filename="../../ui/views/trash_view.py" line="86"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="81"/>
        <location filename="../../ui/views/trash_view.py" line="86"/>
        <source>Deleted by</source>
        <translation>Verwijderd door</translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="120"/>
        <source>Deleted records stay here until you restore them. Restoring brings back the roles and support deleted with them.</source>
        <extracomment>list of (entity, id)</extracomment>
        <translation>Verwijderde gegevens blijven hier tot u ze terugzet. Terugzetten brengt ook de rollen en steun terug die ermee verwijderd zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="126"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="132"/>
        <source>Records in the trash</source>
        <translation>Gegevens in de prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="156"/>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="187"/>
        <location filename="../../ui/views/trash_view.py" line="197"/>
        <location filename="../../ui/views/trash_view.py" line="209"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="188"/>
        <source>Restoring %1 records…</source>
        <translation>%1 records terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/trash_view.py" line="211"/>
        <source>“%1” was not restored: “%2” is in the trash. Restore “%2” first.</source>
        <translation>“%1” is niet teruggezet: “%2” staat in de prullenbak. Zet eerst “%2” terug.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_popup.py" line="77"/>
        <source>Nothing found for “%1”</source>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_popup.py" line="163"/>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>Esc: the user is done searching; the window gives the focus back to its view.</extracomment>
        <translation>Alles doorzoeken (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="15"/>
        <location filename="../../ui/models/labels.py" line="61"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="16"/>
        <location filename="../../ui/models/labels.py" line="60"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="17"/>
        <location filename="../../ui/models/labels.py" line="58"/>
        <location filename="../../ui/models/labels.py" line="91"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="18"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="20"/>
        <source>Contact</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="21"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="26"/>
        <location filename="../../ui/models/labels.py" line="57"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="30"/>
        <location filename="../../ui/models/labels.py" line="76"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="39"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="42"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="43"/>
        <source>Infix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="44"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="45"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="47"/>
        <location filename="../../ui/models/labels.py" line="86"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="48"/>
        <source>District</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="49"/>
        <location filename="../../ui/models/labels.py" line="50"/>
        <location filename="../../ui/models/labels.py" line="87"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="51"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="52"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="53"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="54"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="55"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="56"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="62"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="63"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="64"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="65"/>
        <source>Renew by</source>
        <translation>Verlengen vóór</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="66"/>
        <location filename="../../ui/models/labels.py" line="126"/>
        <source>Structural</source>
        <translation>Structureel</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="67"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="68"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="69"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="70"/>
        <location filename="../../ui/models/labels.py" line="88"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="71"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="72"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="75"/>
        <source>Active support</source>
        <translation>Actieve steun</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="77"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="78"/>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="79"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="82"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="83"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="84"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="85"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="89"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="90"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="115"/>
        <source>Running (active or renewed)</source>
        <translation>Lopend (actief of verlengd)</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="126"/>
        <source>One-off</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="128"/>
        <source>Open follow-up</source>
        <translation>Open opvolging</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="128"/>
        <source>No open follow-up</source>
        <translation>Geen open opvolging</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table.py" line="71"/>
        <source>yes</source>
        <extracomment>Fills of due and overdue renewal dates: the ones the export&apos;s Steun sheet uses (Excel&apos;s light yellow and light red), so the list and the workbook look alike. rows fetched per query when the view reaches uncached rows ids read at once so the first screen paints without waiting for all the full id list is read this long after the first screen rows kept in memory; the least recently drawn go first text, date, money, int, bool (from queries.ColumnInfo)</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table.py" line="326"/>
        <source>The renewal decision was due on %1.</source>
        <extracomment>all ids are known (rowCount is final) the Progress (cancel flag) of the worker reading all ids number of row queries made (the tests watch laziness with it)</extracomment>
        <translation>Het besluit over verlenging had op %1 genomen moeten zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table.py" line="328"/>
        <source>This support ends on %1.</source>
        <translation>Deze steun stopt op %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table.py" line="329"/>
        <source>The renewal decision is due on %1.</source>
        <translation>Het besluit over verlenging moet uiterlijk %1 genomen zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="100"/>
        <source>%1 is the only partner giving active support.</source>
        <extracomment>Lines per card (then &quot;… and N more&quot;; the lists show the rest). Word-wrapped list lines are laid out one by one: 5 cards × 200 lines cost ~30 ms of the first paint. Signal codes that are cards of their own rather than reasons for fragility.</extracomment>
        <translation>%1 is de enige partner die actief steunt.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="103"/>
        <source>%1 gives %2 of the active support in euros.</source>
        <translation>%1 geeft %2 van de actieve steun in euro’s.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="105"/>
        <source>%1 gives %2 of the active commitments.</source>
        <translation>%1 geeft %2 van de actieve toezeggingen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="108"/>
        <source>All active support is one-off; none is structural.</source>
        <translation>Alle actieve steun is eenmalig; niets is structureel.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="113"/>
        <source>All active support ends today.</source>
        <translation>Alle actieve steun stopt vandaag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="115"/>
        <source>All active support ends within %n day(s), the last on %1.</source>
        <translation>
            <numerusform>Alle actieve steun stopt binnen %n dag, de laatste op %1.</numerusform>
            <numerusform>Alle actieve steun stopt binnen %n dagen, de laatste op %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="120"/>
        <source>All support has ended, the last on %1; none is active now.</source>
        <translation>Alle steun is gestopt, de laatste op %1; er loopt nu niets meer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="123"/>
        <source>No contact with or support from the municipality in %n month(s).</source>
        <translation>
            <numerusform>Geen contact met of steun van de gemeente in %n maand.</numerusform>
            <numerusform>Geen contact met of steun van de gemeente in %n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130"/>
        <source>No contact has been logged.</source>
        <translation>Er is nog geen contact vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="132"/>
        <source>No contact in %n month(s), the last on %1.</source>
        <translation>
            <numerusform>Geen contact in %n maand, het laatste op %1.</numerusform>
            <numerusform>Geen contact in %n maanden, het laatste op %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="195"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %Ln</numerusform>
            <numerusform>… en nog %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="242"/>
        <location filename="../../ui/dashboard.py" line="315"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="245"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="252"/>
        <source>Renewal decisions and end dates, next 8 weeks</source>
        <translation>Verlengbesluiten en einddata, komende 8 weken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="253"/>
        <source>No renewals or end dates coming up.</source>
        <translation>Geen verlengingen of einddata op komst.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="257"/>
        <source>Follow-ups due</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="258"/>
        <source>No follow-ups for today or overdue. Well done.</source>
        <translation>Geen opvolgingen voor vandaag of te laat. Goed bezig.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="261"/>
        <source>Fragile initiatives</source>
        <translation>Kwetsbare initiatieven</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="261"/>
        <source>No initiative looks fragile right now.</source>
        <translation>Geen enkel initiatief lijkt nu kwetsbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="265"/>
        <source>Initiatives without municipal contact</source>
        <translation>Initiatieven zonder gemeentelijk contact</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="266"/>
        <source>Every initiative has a municipal contact.</source>
        <translation>Elk initiatief heeft contact met de gemeente.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="269"/>
        <source>Dormant relationships</source>
        <translation>Slapende relaties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="269"/>
        <source>No relationship has gone quiet.</source>
        <translation>Geen enkele relatie is stil gevallen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="325"/>
        <source>The overview could not be loaded: %1</source>
        <translation>Het overzicht kon niet worden geladen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="333"/>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="336"/>
        <source>Renewal decisions and end dates, next %n week(s)</source>
        <translation>
            <numerusform>Verlengbesluiten en einddata, komende %n week</numerusform>
            <numerusform>Verlengbesluiten en einddata, komende %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="338"/>
        <source>Renewal decisions and end dates, next %n day(s)</source>
        <translation>
            <numerusform>Verlengbesluiten en einddata, komende %n dag</numerusform>
            <numerusform>Verlengbesluiten en einddata, komende %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="404"/>
        <source>renewal decision</source>
        <translation>verlengbesluit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="404"/>
        <source>ends</source>
        <translation>loopt af</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="406"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="408"/>
        <location filename="../../ui/dashboard.py" line="421"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="410"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="423"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="427"/>
        <source>Logged by %1</source>
        <translation>Vastgelegd door %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="94"/>
        <source>Active support per kind</source>
        <extracomment>Title, legend, axis and margins of a chart: the height that is not bars (measured).</extracomment>
        <translation>Actieve steun per soort</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="97"/>
        <source>Active commitments</source>
        <translation>Actieve toezeggingen</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="119"/>
        <source>No active support yet.</source>
        <translation>Nog geen actieve steun.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="129"/>
        <source>No district</source>
        <translation>Geen gebied</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="131"/>
        <source>No neighbourhood</source>
        <translation>Geen wijk</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="163"/>
        <source>Initiatives per district</source>
        <translation>Initiatieven per gebied</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="166"/>
        <source>Fragile</source>
        <translation>Kwetsbaar</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="168"/>
        <source>Not fragile</source>
        <translation>Niet kwetsbaar</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="189"/>
        <source>No initiatives yet.</source>
        <translation>Nog geen initiatieven.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Fragile when one partner gives at least</source>
        <translation>Kwetsbaar als één partner minstens dit deel geeft</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Fragile when all support ends within</source>
        <translation>Kwetsbaar als alle steun stopt binnen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Flag no municipal contact after</source>
        <translation>Signaal geen gemeentelijk contact na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Relationship dormant after</source>
        <translation>Relatie slapend na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Review personal data after no contact for</source>
        <translation>Persoonsgegevens nakijken na geen contact gedurende</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Show renewals and end dates for the next</source>
        <translation>Verlengingen en einddata tonen voor de komende</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>File, or a URL such as postgresql://server/liaison</source>
        <translation>Bestand, of een URL zoals postgresql://server/liaison</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="96"/>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>Your name, as colleagues know you</source>
        <translation>Uw naam, zoals collega’s u kennen</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="97"/>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>Backup folder:</source>
        <translation>Map voor back-ups:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Signals (shared by everyone using this database)</source>
        <translation>Signalen (gedeeld door iedereen die deze database gebruikt)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>A new language takes effect right away; a new database is opened the next time Liaison starts.</source>
        <translation>Een nieuwe taal geldt meteen; een nieuwe database wordt geopend bij de volgende start van Liaison.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>Choose a database file</source>
        <translation>Kies een databasebestand</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Liaison database (*.db *.sqlite);;All files (*)</source>
        <translation>Liaison-database (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="58"/>
        <location filename="../../ui/first_start.py" line="142"/>
        <location filename="../../ui/first_start.py" line="151"/>
        <source>Welcome to Liaison</source>
        <extracomment>people in the demo database offered at first start</extracomment>
        <translation>Welkom bij Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="64"/>
        <source>Liaison keeps track of civic initiatives, their partners and the people behind them. There is no database yet: start with an empty one, or with a demo database of made-up Rotterdam initiatives to look around first.</source>
        <translation>Liaison houdt bewonersinitiatieven, hun partners en de mensen erachter bij. Er is nog geen database: begin met een lege, of met een demodatabase met verzonnen Rotterdamse initiatieven om eerst rond te kijken.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="71"/>
        <source>&amp;Empty database, for real work</source>
        <translation>&amp;Lege database, voor echt werk</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="72"/>
        <source>&amp;Demo database with made-up data, to try things out</source>
        <translation>&amp;Demodatabase met verzonnen gegevens, om uit te proberen</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="80"/>
        <source>with Rotterdam&apos;s districts and neighbourhoods</source>
        <translation>met de gebieden en wijken van Rotterdam</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="83"/>
        <source>Imports and forms then know the district of each neighbourhood. A team in another city loads its own list with &apos;liaison neighbourhoods --load FILE&apos;.</source>
        <translation>Importeren en formulieren kennen dan het gebied van elke wijk. Een team in een andere stad laadt zijn eigen lijst met &apos;liaison neighbourhoods --load BESTAND&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="100"/>
        <source>Database file:</source>
        <translation>Databasebestand:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="105"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="168"/>
        <source>Making the demo database…</source>
        <translation>De demodatabase wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="168"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="169"/>
        <location filename="../../ui/first_start.py" line="195"/>
        <location filename="../../ui/first_start.py" line="209"/>
        <source>Demo database</source>
        <translation>Demodatabase</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="197"/>
        <source>This database already holds records, so no demo data was added (it would mix with them). Open it as it is?</source>
        <translation>Deze database bevat al gegevens, dus er zijn geen demogegevens toegevoegd (die zouden ertussen komen). Wilt u haar openen zoals ze is?</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="210"/>
        <source>The demo database could not be made: %1</source>
        <translation>De demodatabase kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="124"/>
        <source>Something went wrong, and Liaison stopped what it was doing.</source>
        <translation>Er ging iets mis; Liaison is gestopt met waar het mee bezig was.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="131"/>
        <source>The details are in %1; please send that file to whoever supports Liaison.</source>
        <translation>De details staan in %1; stuur dat bestand naar wie Liaison voor u ondersteunt.</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="35"/>
        <source>Move the selected rows to the trash (in a list)</source>
        <translation>De gekozen regels naar de prullenbak verplaatsen (in een lijst)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="42"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="42"/>
        <source>Open the selected record (in a list)</source>
        <translation>Het gekozen record openen (in een lijst)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="43"/>
        <source>Edit the record on its page</source>
        <translation>Het record op zijn pagina bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="44"/>
        <source>Save a form or a logged contact</source>
        <translation>Een formulier of vastgelegd contact opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="45"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="45"/>
        <source>Close a form (it asks first when something was typed)</source>
        <translation>Een formulier sluiten (het vraagt het eerst als er iets is ingevuld)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="46"/>
        <source>F4, Alt+Down</source>
        <translation>F4, Alt+Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="46"/>
        <source>Open the calendar of a date field</source>
        <translation>De kalender van een datumveld openen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="47"/>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="47"/>
        <source>Go to the field or button whose letter is underlined</source>
        <translation>Naar het veld of de knop met die onderstreepte letter</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
</TS>
