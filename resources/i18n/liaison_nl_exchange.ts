<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="65"/>
        <source>The file cannot be written: {reason}.</source>
        <translation>Het bestand kan niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="66"/>
        <source>The export failed unexpectedly ({error}).</source>
        <translation>De export is onverwacht mislukt ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="80"/>
        <location filename="../../ui/exchange/export_dialog.py" line="193"/>
        <location filename="../../ui/exchange/export_dialog.py" line="243"/>
        <source>Export overview workbook</source>
        <translation>Overzichtswerkmap exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="85"/>
        <source>An Excel workbook for team leads: a summary per district, neighbourhood and kind of support, the initiatives with their signals, partners, people, support with renewal dates, and the contact log.</source>
        <translation>Een Excel-werkmap voor teamleiders: een overzicht per gebied, wijk en soort steun, de initiatieven met hun signalen, partners, personen, steun met verlengdata en de contactlog.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="94"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="101"/>
        <source>&amp;Privacy-safe: leave out personal details</source>
        <translation>&amp;Privacyveilig: zonder persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="105"/>
        <source>Keep this on when the workbook leaves the team: names, e-mail addresses, phone numbers and notes are left out; counts stay.</source>
        <translation>Laat dit aan als de werkmap buiten het team komt: namen, e-mailadressen, telefoonnummers en notities blijven weg; de aantallen blijven.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="113"/>
        <source>Only contacts &amp;from</source>
        <translation>Alleen contacten &amp;van</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="124"/>
        <location filename="../../ui/exchange/export_dialog.py" line="128"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="132"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="136"/>
        <source>Contact log:</source>
        <translation>Contactlog:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="149"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="152"/>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="193"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="206"/>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="212"/>
        <source>The period ends before it starts: choose a &apos;to&apos; date on or after the &apos;from&apos; date.</source>
        <translation>De periode eindigt voordat die begint: kies een &apos;tot en met&apos;-datum op of na de &apos;van&apos;-datum.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="224"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="244"/>
        <source>&apos;{file}&apos; already exists. Do you want to replace it?</source>
        <translation>&apos;{file}&apos; bestaat al. Wilt u het vervangen?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="263"/>
        <source>Written: {file} ({rows} rows).</source>
        <translation>Geschreven: {file} ({rows} rijen).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="267"/>
        <source>Without personal details.</source>
        <translation>Zonder persoonsgegevens.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="270"/>
        <source>%n cell(s) held more text than Excel allows and were cut off.</source>
        <translation>
            <numerusform>%n cel bevatte meer tekst dan Excel toestaat en is ingekort.</numerusform>
            <numerusform>%n cellen bevatten meer tekst dan Excel toestaat en zijn ingekort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="277"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="286"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="303"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="308"/>
        <location filename="../../ui/exchange/import_wizard.py" line="1003"/>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="324"/>
        <source>No program could open the folder; the workbook is here: {path}</source>
        <translation>Geen programma kon de map openen; de werkmap staat hier: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="341"/>
        <location filename="../../ui/exchange/export_dialog.py" line="349"/>
        <location filename="../../ui/exchange/export_dialog.py" line="354"/>
        <location filename="../../ui/exchange/export_dialog.py" line="360"/>
        <source>Export renewal calendar</source>
        <translation>Verlengagenda exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="341"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="355"/>
        <source>No support has an end date or a renewal date yet, so the calendar is empty.</source>
        <translation>Nog geen enkele steun heeft een einddatum of een datum voor het verlengingsbesluit, dus de agenda is leeg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="362"/>
        <source>%n end and renewal date(s) written. Import the file in Outlook (File → Open → Import) to see them in your calendar.</source>
        <translation>
            <numerusform>%n eind- of verlengdatum geschreven. Importeer het bestand in Outlook (Bestand → Openen → Importeren) om hem in uw agenda te zien.</numerusform>
            <numerusform>%n eind- en verlengdata geschreven. Importeer het bestand in Outlook (Bestand → Openen → Importeren) om ze in uw agenda te zien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="64"/>
        <source>Export renewal &amp;calendar…</source>
        <translation>&amp;Verlengagenda exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="66"/>
        <source>End and renewal dates of support as an Outlook calendar (.ics).</source>
        <translation>Eind- en verlengdata van steun als Outlook-agenda (.ics).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="49"/>
        <source>&amp;Export overview workbook…</source>
        <translation>Overzichtswerkmap &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="113"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Het bestand kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="125"/>
        <source>Initiative / organisation: name</source>
        <translation>Initiatief / organisatie: naam</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="126"/>
        <source>Initiative / organisation: kind</source>
        <translation>Initiatief / organisatie: soort</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="127"/>
        <source>Initiative: neighbourhood</source>
        <translation>Initiatief: wijk</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="128"/>
        <source>Initiative: district</source>
        <translation>Initiatief: gebied</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="129"/>
        <source>Initiative: address</source>
        <translation>Initiatief: adres</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="130"/>
        <source>Initiative: e-mail</source>
        <translation>Initiatief: e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="131"/>
        <source>Initiative: phone</source>
        <translation>Initiatief: telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="132"/>
        <source>Initiative: website</source>
        <translation>Initiatief: website</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="133"/>
        <source>Initiative: description</source>
        <translation>Initiatief: omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="134"/>
        <source>Initiative: status</source>
        <translation>Initiatief: status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="135"/>
        <source>Initiative: tags</source>
        <translation>Initiatief: tags</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="136"/>
        <source>Contact person: full name</source>
        <translation>Contactpersoon: volledige naam</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="137"/>
        <source>Contact person: given name</source>
        <translation>Contactpersoon: voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="138"/>
        <source>Contact person: infix (van, de…)</source>
        <translation>Contactpersoon: tussenvoegsel (van, de…)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="139"/>
        <source>Contact person: family name</source>
        <translation>Contactpersoon: achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="140"/>
        <source>Contact person: e-mail</source>
        <translation>Contactpersoon: e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="141"/>
        <source>Contact person: phone</source>
        <translation>Contactpersoon: telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="142"/>
        <source>Contact person: role</source>
        <translation>Contactpersoon: rol</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="143"/>
        <source>Contact person: notes</source>
        <translation>Contactpersoon: notities</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="144"/>
        <source>Partner: name</source>
        <translation>Partner: naam</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="145"/>
        <source>Partner: kind</source>
        <translation>Partner: soort</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="146"/>
        <source>Support: kind</source>
        <translation>Steun: soort</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="147"/>
        <source>Support: amount (€)</source>
        <translation>Steun: bedrag (€)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="148"/>
        <source>Support: start date</source>
        <translation>Steun: startdatum</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="149"/>
        <source>Support: end date</source>
        <translation>Steun: einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="150"/>
        <source>Support: renewal decision by</source>
        <translation>Steun: besluit verlenging voor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="151"/>
        <source>Support: status</source>
        <translation>Steun: status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="152"/>
        <source>Support: structural (yes/no)</source>
        <translation>Steun: structureel (ja/nee)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="153"/>
        <source>Support: notes</source>
        <translation>Steun: notities</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="158"/>
        <location filename="../../ui/exchange/models.py" line="139"/>
        <source>— not imported —</source>
        <translation>— niet importeren —</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="284"/>
        <location filename="../../ui/exchange/import_wizard.py" line="318"/>
        <source>Choose the sheet to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="287"/>
        <source>Excel (.xlsx, .xlsm, .xlsb, .xls), OpenDocument (.ods) or CSV. Every row comes in, or you are told which rows did not and why.</source>
        <translation>Excel (.xlsx, .xlsm, .xlsb, .xls), OpenDocument (.ods) of CSV. Elke rij komt binnen, of u hoort welke rijen niet en waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="293"/>
        <source>File to import</source>
        <translation>Bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="302"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="320"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="346"/>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="362"/>
        <source>&apos;{file}&apos; holds only charts, no sheet with cells to import.</source>
        <translation>&apos;{file}&apos; bevat alleen grafieken, geen werkblad met cellen om te importeren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="372"/>
        <source>{format} file with %n sheet(s).</source>
        <translation>
            <numerusform>{format}-bestand met %n werkblad.</numerusform>
            <numerusform>{format}-bestand met %n werkbladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="397"/>
        <source>Sheet and header row</source>
        <translation>Werkblad en kopregel</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="400"/>
        <source>Liaison finds the table below any title rows by itself; choose a row only if it guessed wrong.</source>
        <translation>Liaison vindt de tabel onder eventuele titelregels zelf; kies alleen een regel als het verkeerd gegokt heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="409"/>
        <source>find automatically</source>
        <translation>automatisch zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="413"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="414"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopregel:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="425"/>
        <source>All sheets (a Liaison export)</source>
        <translation>Alle werkbladen (een Liaison-export)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="429"/>
        <source>{name} (hidden)</source>
        <translation>{name} (verborgen)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="447"/>
        <source>Every sheet is read by its known columns; records keep their ids.</source>
        <translation>Elk werkblad wordt gelezen via de bekende kolommen; gegevens houden hun ID.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="454"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="454"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolom</numerusform>
            <numerusform>%n kolommen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="491"/>
        <source>Reading the sheet…</source>
        <translation>Het werkblad wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="545"/>
        <source>Which column is what?</source>
        <translation>Welke kolom is wat?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="548"/>
        <source>Liaison recognised the headers it knows. Change a field where it guessed wrong; columns left at “not imported” are ignored. The mapping is remembered for sheets with the same headers.</source>
        <translation>Liaison heeft de kopjes herkend die het kent. Kies een ander veld waar het verkeerd gokte; kolommen op „niet importeren” worden overgeslagen. De koppeling wordt onthouden voor werkbladen met dezelfde kopjes.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="564"/>
        <source>&amp;Save mapping…</source>
        <translation>Koppeling &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="566"/>
        <source>&amp;Load mapping…</source>
        <translation>Koppeling &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="605"/>
        <source>Liaison did not recognise a column with names. Choose under “Imported as” which column holds the name of the initiative or of the contact person.</source>
        <translation>Liaison herkende geen kolom met namen. Kies bij „Importeren als” welke kolom de naam van het initiatief of van de contactpersoon bevat.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="642"/>
        <source>This workbook is a Liaison export: every column is known, there is nothing to map. Records keep their ids, so nothing is doubled.</source>
        <translation>Deze werkmap is een Liaison-export: elke kolom is bekend, er valt niets te koppelen. Gegevens houden hun ID, dus er wordt niets dubbel ingevoerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="647"/>
        <source>%n sheet(s) to read.</source>
        <translation>
            <numerusform>%n werkblad te lezen.</numerusform>
            <numerusform>%n werkbladen te lezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="655"/>
        <source>Guessed from the headers.</source>
        <translation>Afgeleid uit de kopjes.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="656"/>
        <source>Remembered from an earlier sheet with these headers.</source>
        <translation>Onthouden van een eerder werkblad met deze kopjes.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="657"/>
        <source>Loaded from a mapping file.</source>
        <translation>Geladen uit een koppelingsbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="658"/>
        <source>Your mapping.</source>
        <translation>Uw koppeling.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="892"/>
        <source>These names in the sheet look like records Liaison already has, or like another name higher up in the sheet. Merge when they are the same; keep separate when they only look alike.</source>
        <translation>Deze namen in het werkblad lijken op gegevens die Liaison al heeft, of op een andere naam hoger in het werkblad. Voeg samen als ze hetzelfde zijn; houd ze apart als ze alleen op elkaar lijken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="610"/>
        <location filename="../../ui/exchange/import_wizard.py" line="663"/>
        <source>Header row {row}; %n data row(s).</source>
        <translation>
            <numerusform>Kopregel {row}; %n gegevensrij.</numerusform>
            <numerusform>Kopregel {row}; %n gegevensrijen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="99"/>
        <source>Sheet &apos;{sheet}&apos; is empty; go back and choose another sheet.</source>
        <translation>Werkblad &apos;{sheet}&apos; is leeg; ga terug en kies een ander werkblad.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="104"/>
        <source>Sheet &apos;{sheet}&apos; has no rows below header row {row}; go back and choose another sheet or header row.</source>
        <translation>Werkblad &apos;{sheet}&apos; heeft geen rijen onder kopregel {row}; ga terug en kies een ander werkblad of een andere kopregel.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="108"/>
        <source>Liaison cannot find the header row of sheet &apos;{sheet}&apos;; go back and choose it.</source>
        <translation>Liaison kan de kopregel van werkblad &apos;{sheet}&apos; niet vinden; ga terug en kies die zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="114"/>
        <source>Something went wrong ({error}).</source>
        <translation>Er ging iets mis ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="682"/>
        <source>{sheet} - mapping.json</source>
        <translation>{sheet} - koppeling.json</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="684"/>
        <source>Save mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="684"/>
        <location filename="../../ui/exchange/import_wizard.py" line="706"/>
        <source>Mapping (*.json)</source>
        <translation>Koppeling (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="692"/>
        <source>The mapping cannot be saved to {file}: {reason}.</source>
        <translation>De koppeling kan niet worden opgeslagen in {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="697"/>
        <source>Mapping saved to {file}.</source>
        <translation>Koppeling opgeslagen in {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="706"/>
        <source>Load mapping</source>
        <translation>Koppeling laden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="726"/>
        <source>Choose a field for at least one column.</source>
        <translation>Kies voor minstens één kolom een veld.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="730"/>
        <source>Choose which column holds the name of the initiative or of the contact person.</source>
        <translation>Kies welke kolom de naam van het initiatief of van de contactpersoon bevat.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="746"/>
        <source>Check before importing</source>
        <translation>Controleren voor het importeren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="749"/>
        <source>Red cells cannot be read and cost their row; yellow cells are imported with a warning. Point at a cell to see why.</source>
        <translation>Rode cellen zijn onleesbaar en kosten hun rij; gele cellen worden met een waarschuwing geïmporteerd. Wijs een cel aan om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="764"/>
        <source>Only rows with &amp;problems</source>
        <translation>Alleen rijen met &amp;problemen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="793"/>
        <source>{sheet} (%n row(s))</source>
        <translation>
            <numerusform>{sheet} (%n rij)</numerusform>
            <numerusform>{sheet} (%n rijen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="811"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n rij om te importeren.</numerusform>
            <numerusform>%n rijen om te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="813"/>
        <source>%n row(s) cannot be read and will be rejected.</source>
        <translation>
            <numerusform>%n rij is onleesbaar en wordt afgewezen.</numerusform>
            <numerusform>%n rijen zijn onleesbaar en worden afgewezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="815"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n waarschuwing.</numerusform>
            <numerusform>%n waarschuwingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="818"/>
        <source>%n totals row(s) skipped.</source>
        <translation>
            <numerusform>%n totaalregel overgeslagen.</numerusform>
            <numerusform>%n totaalregels overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="821"/>
        <source>%n near duplicate(s) to review next.</source>
        <translation>
            <numerusform>%n mogelijke dubbele om hierna te bekijken.</numerusform>
            <numerusform>%n mogelijke dubbelen om hierna te bekijken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="831"/>
        <location filename="../../ui/exchange/import_wizard.py" line="1234"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="831"/>
        <location filename="../../ui/exchange/import_wizard.py" line="1235"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="889"/>
        <source>Are these the same?</source>
        <translation>Zijn dit dezelfde?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="944"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="946"/>
        <source>All rows are imported in one go; Cancel leaves the database as it was.</source>
        <translation>Alle rijen worden in één keer geïmporteerd; Annuleren laat de database zoals hij was.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="950"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;afbreken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="973"/>
        <source>Importing {file}…</source>
        <translation>{file} wordt geïmporteerd…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1013"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1030"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>De import is afgebroken; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1032"/>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1049"/>
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1054"/>
        <source>&amp;Open rejected rows</source>
        <translation>&amp;Afgewezen rijen openen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1056"/>
        <source>&amp;Undo this import</source>
        <translation>Deze import &amp;ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1084"/>
        <source>%n row(s) in the workbook:</source>
        <translation>
            <numerusform>%n rij in de werkmap:</numerusform>
            <numerusform>%n rijen in de werkmap:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1086"/>
        <source>%n row(s) in the sheet:</source>
        <translation>
            <numerusform>%n rij in het werkblad:</numerusform>
            <numerusform>%n rijen in het werkblad:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1087"/>
        <location filename="../../ui/exchange/imports_dialog.py" line="74"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n geïmporteerd</numerusform>
            <numerusform>%n geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1088"/>
        <source>%n unchanged (already known)</source>
        <translation>
            <numerusform>%n ongewijzigd (al bekend)</numerusform>
            <numerusform>%n ongewijzigd (al bekend)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1089"/>
        <location filename="../../ui/exchange/imports_dialog.py" line="76"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n afgewezen</numerusform>
            <numerusform>%n afgewezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1093"/>
        <source>%n near duplicate(s) merged</source>
        <translation>
            <numerusform>%n mogelijke dubbele samengevoegd</numerusform>
            <numerusform>%n mogelijke dubbelen samengevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1094"/>
        <source>%n kept separate</source>
        <translation>
            <numerusform>%n apart gehouden</numerusform>
            <numerusform>%n apart gehouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1097"/>
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n gegeven aangemaakt</numerusform>
            <numerusform>%n gegevens aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_wizard.py" line="1097"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1102"/>
        <source>This was a trial run: nothing was saved.</source>
        <translation>Dit was een proefrun: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1110"/>
        <source>The rejected rows, each with its reason, are in {file}.</source>
        <translation>De afgewezen rijen staan, elk met de reden, in {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1129"/>
        <source>Nothing was imported: every row was rejected. Open the rejected rows to see why.</source>
        <translation>Er is niets geïmporteerd: elke rij is afgewezen. Open de afgewezen rijen om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1132"/>
        <source>Nothing changed: everything in this sheet was already in Liaison, so there is nothing to undo either.</source>
        <translation>Er is niets veranderd: alles in dit werkblad stond al in Liaison, dus er valt ook niets ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1141"/>
        <source>No program could open the rejected rows; the file is here: {path}</source>
        <translation>Geen programma kon de afgewezen rijen openen; het bestand staat hier: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1157"/>
        <location filename="../../ui/exchange/imports_dialog.py" line="193"/>
        <source>Undoing the import…</source>
        <translation>De import wordt ongedaan gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1168"/>
        <location filename="../../ui/exchange/imports_dialog.py" line="204"/>
        <source>The import was undone; the database is as it was before.</source>
        <translation>De import is ongedaan gemaakt; de database is weer zoals hij was.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1209"/>
        <source>Import a sheet</source>
        <translation>Een werkblad importeren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="1264"/>
        <source>{sheet} - rejected rows</source>
        <translation>{sheet} - afgewezen rijen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="18"/>
        <source>&amp;Import a sheet…</source>
        <translation>&amp;Werkblad importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="21"/>
        <source>Import a colleague&apos;s spreadsheet or a Liaison export.</source>
        <translation>Importeer het werkblad van een collega of een Liaison-export.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="55"/>
        <source>yes</source>
        <extracomment>Text on those pastel cells, also when the palette is dark (Windows dark mode). Near duplicates at least this alike (rapidfuzz score) are pre-set to &quot;merge&quot;.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="55"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="101"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="101"/>
        <source>Header</source>
        <translation>Kopje</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="101"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="101"/>
        <source>Imported as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="135"/>
        <source>(no header)</source>
        <translation>(geen kopje)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="317"/>
        <source>not imported</source>
        <translation>niet importeren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="358"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="359"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="360"/>
        <source>In the sheet</source>
        <translation>In het werkblad</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="361"/>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="362"/>
        <source>Similarity</source>
        <translation>Gelijkenis</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="363"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="376"/>
        <source>Same: merge</source>
        <translation>Zelfde: samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="376"/>
        <source>Different: keep separate</source>
        <translation>Anders: apart houden</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="398"/>
        <source>{name} (row {row} of the sheet)</source>
        <translation>{name} (rij {row} van het werkblad)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="445"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="446"/>
        <source>initiative</source>
        <translation>initiatief</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="447"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="448"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="449"/>
        <source>support</source>
        <translation>steun</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="451"/>
        <source>record</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="19"/>
        <source>Reading the file</source>
        <translation>Het bestand wordt gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="20"/>
        <source>Reading the rows</source>
        <translation>De rijen worden gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="21"/>
        <source>Matching with what is already there</source>
        <translation>Vergelijken met wat er al is</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="22"/>
        <source>Saving officers</source>
        <translation>Medewerkers opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="23"/>
        <source>Saving neighbourhoods</source>
        <translation>Wijken opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="24"/>
        <source>Saving tags</source>
        <translation>Labels opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="25"/>
        <source>Saving organisations</source>
        <translation>Organisaties opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="26"/>
        <source>Saving people</source>
        <translation>Personen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="27"/>
        <source>Saving roles</source>
        <translation>Rollen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="28"/>
        <source>Saving support</source>
        <translation>Steun opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="29"/>
        <source>Saving contacts</source>
        <translation>Contactmomenten opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="30"/>
        <source>Saving the last records</source>
        <translation>De laatste gegevens opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="31"/>
        <source>Updating existing records</source>
        <translation>Bestaande gegevens bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="32"/>
        <source>Recording the changes in the history</source>
        <translation>De wijzigingen in de geschiedenis vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="33"/>
        <source>Updating the search index</source>
        <translation>De zoekindex bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="34"/>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="35"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="37"/>
        <source>Neighbourhoods and officers</source>
        <translation>Wijken en medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="38"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="39"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="40"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="41"/>
        <source>Support commitments</source>
        <translation>Steunafspraken</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="42"/>
        <source>Contact log</source>
        <translation>Contactlog</translation>
    </message>
    <message>
        <location filename="../../ui/progress_text.py" line="43"/>
        <source>Building the search index</source>
        <translation>De zoekindex opbouwen</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="74"/>
        <source>kind of support</source>
        <translation>soort steun</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="75"/>
        <source>kind of organisation</source>
        <translation>soort organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="76"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="77"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="78"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="79"/>
        <source>legal basis</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="81"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location filename="../../ui/core_text.py" line="82"/>
        <source>a later import</source>
        <translation>een latere import</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/os_reason.py" line="13"/>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/os_reason.py" line="14"/>
        <location filename="../../ui/exchange/os_reason.py" line="15"/>
        <source>you have no permission for it</source>
        <translation>u hebt er geen toestemming voor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/os_reason.py" line="16"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/os_reason.py" line="17"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/os_reason.py" line="18"/>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/os_reason.py" line="19"/>
        <source>part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/os_reason.py" line="20"/>
        <source>another program is using it</source>
        <translation>een ander programma gebruikt het</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="51"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="51"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="51"/>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="51"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="51"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="51"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="67"/>
        <source>all sheets</source>
        <translation>alle werkbladen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="95"/>
        <source>Earlier imports</source>
        <translation>Eerdere imports</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="99"/>
        <source>Undoing an import removes the records it created and puts back the values it changed. It is refused when those records were changed since.</source>
        <translation>Een import ongedaan maken verwijdert de gegevens die hij heeft aangemaakt en zet de waarden die hij heeft veranderd terug. Dat wordt geweigerd als die gegevens sindsdien zijn gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="122"/>
        <source>&amp;Undo import</source>
        <translation>Import &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="153"/>
        <source>Nothing has been imported into this database yet.</source>
        <translation>Er is nog niets in deze database geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="171"/>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/imports_dialog.py" line="173"/>
        <source>Undo the import of &apos;{file}&apos; of {when}? The records it created are removed and the values it changed are put back.</source>
        <translation>De import van &apos;{file}&apos; van {when} ongedaan maken? De gegevens die hij heeft aangemaakt worden verwijderd en de waarden die hij heeft veranderd worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="34"/>
        <source>Earlier i&amp;mports…</source>
        <translation>Eerdere im&amp;ports…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="36"/>
        <source>See earlier imports and undo one.</source>
        <translation>Bekijk eerdere imports en maak er een ongedaan.</translation>
    </message>
</context>
</TS>
