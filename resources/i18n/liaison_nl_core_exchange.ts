<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="10"/>
        <source>&apos;{}&apos; is a folder; give a file name ending in .ics.</source>
        <translation>&apos;{}&apos; is een map; geef een bestandsnaam die eindigt op .ics.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="12"/>
        <source>The folder &apos;{}&apos; does not exist.</source>
        <translation>De map &apos;{}&apos; bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="13"/>
        <source>&apos;{}&apos; cannot be written: {}.</source>
        <translation>&apos;{}&apos; kan niet worden geschreven: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="21"/>
        <source>The exporter does not know the sheet &apos;{}&apos;.</source>
        <translation>De export kent het werkblad &apos;{}&apos; niet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="22"/>
        <source>&apos;{}&apos; is not a date for {} (write it as 31-12-2026).</source>
        <translation>&apos;{}&apos; is geen datum voor {} (schrijf de datum als 31-12-2026).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="14"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="15"/>
        <source>&apos;{}&apos; is a folder; give a file name ending in .xlsx.</source>
        <translation>&apos;{}&apos; is een map; geef een bestandsnaam die eindigt op .xlsx.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="16"/>
        <source>The folder &apos;{}&apos; is not writable.</source>
        <translation>In de map &apos;{}&apos; kan niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="17"/>
        <source>&apos;{}&apos; cannot be overwritten (is it open in Excel?).</source>
        <translation>&apos;{}&apos; kan niet worden overschreven (is het bestand open in Excel?).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="19"/>
        <source>The period ends before it starts (--from is after --to).</source>
        <translation>De periode eindigt voordat die begint (--from ligt na --to).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="24"/>
        <source>The contact log would take {} rows, more than an Excel sheet holds ({}); export a shorter period of it.</source>
        <translation>Het contactlog zou {} rijen beslaan, meer dan een Excel-werkblad kan bevatten ({}); exporteer een kortere periode ervan.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="27"/>
        <source>This export would put {} rows on one sheet, more than an Excel sheet holds ({}).</source>
        <translation>Deze export zou {} rijen op één werkblad zetten, meer dan een Excel-werkblad kan bevatten ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="33"/>
        <source>The {} differs from row {}; kept &apos;{}&apos; from row {}.</source>
        <translation>Het veld {} wijkt af van rij {}; &apos;{}&apos; uit rij {} is aangehouden.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="36"/>
        <source>This person was forgotten at their request; their personal details were not imported again.</source>
        <translation>Deze persoon is op eigen verzoek vergeten; de persoonsgegevens zijn niet opnieuw geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="39"/>
        <source>Contact details without a name or e-mail were not imported.</source>
        <translation>Contactgegevens zonder naam of e-mailadres zijn niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="30"/>
        <source>This person was forgotten at their request and was not added again; add them by hand only if they agree to be registered again.</source>
        <translation>Deze persoon is op eigen verzoek vergeten en is niet opnieuw toegevoegd; voeg hem of haar alleen met de hand toe als hij of zij instemt met een nieuwe registratie.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="42"/>
        <source>Support is described but no partner gives it; the support was not recorded.</source>
        <translation>Er is steun beschreven zonder partner die de steun geeft; de steun is niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="45"/>
        <source>The partner is the initiative itself; the support was not recorded.</source>
        <translation>De partner is het initiatief zelf; de steun is niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="48"/>
        <source>The support ends before it starts; check the dates.</source>
        <translation>De steun eindigt voordat die begint; controleer de data.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="50"/>
        <source>This {} is in the trash here; it was left there.</source>
        <translation>Dit gegeven ({}) staat in deze database in de prullenbak; het is daar gelaten.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="51"/>
        <source>The row has no name.</source>
        <translation>De rij heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="53"/>
        <source>The row has no name of a person (a privacy-safe export?).</source>
        <translation>De rij bevat geen naam van een persoon (een privacyveilige export?).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="56"/>
        <source>The person or organisation of this role is not in the workbook or database.</source>
        <translation>De persoon of organisatie van deze rol staat niet in de werkmap of de database.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="59"/>
        <source>The initiative or partner of this support is not in the workbook or database.</source>
        <translation>Het initiatief of de partner van deze steun staat niet in de werkmap of de database.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="61"/>
        <source>The contact has no date.</source>
        <translation>Het contactmoment heeft geen datum.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="62"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>De import is afgebroken; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="64"/>
        <source>&apos;{}&apos; looks like &apos;{}&apos; in row {} ({}% alike); imported as a separate organisation.</source>
        <translation>&apos;{}&apos; lijkt op &apos;{}&apos; in rij {} ({}% gelijkenis); geïmporteerd als aparte organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="67"/>
        <source>&apos;{}&apos; looks like the existing &apos;{}&apos; ({}% alike); imported as a separate organisation.</source>
        <translation>&apos;{}&apos; lijkt op de bestaande &apos;{}&apos; ({}% gelijkenis); geïmporteerd als aparte organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="69"/>
        <source>&apos;{}&apos; is not a Liaison record id.</source>
        <translation>&apos;{}&apos; is geen Liaison-ID.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="71"/>
        <source>The name in column &apos;{}&apos; is longer than {} characters.</source>
        <translation>De naam in kolom &apos;{}&apos; is langer dan {} tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="74"/>
        <source>The value is longer than {} characters and was left out.</source>
        <translation>De waarde is langer dan {} tekens en is weggelaten.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="77"/>
        <source>&apos;{}&apos; holds no table to import: no visible sheet has a header row with data rows below it.</source>
        <translation>&apos;{}&apos; bevat geen tabel om te importeren: geen enkel zichtbaar werkblad heeft een kopregel met daaronder rijen met gegevens.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="80"/>
        <source>No column of sheet &apos;{}&apos; in &apos;{}&apos; holds the name of an initiative, organisation or person (headers in row {}: {}); map one with a mapping file (--mapping).</source>
        <translation>Geen enkele kolom van werkblad &apos;{}&apos; in &apos;{}&apos; bevat de naam van een initiatief, organisatie of persoon (kopjes in rij {}: {}); koppel er een met een koppelingsbestand (--mapping).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="83"/>
        <source>The cell shows Excel&apos;s error &apos;{}&apos;; it was read as empty.</source>
        <translation>De cel toont de Excel-fout &apos;{}&apos;; hij is als leeg gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="86"/>
        <source>This looks like a totals row; it was not imported.</source>
        <translation>Dit lijkt een totaalrij; die is niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="89"/>
        <source>{} rows hidden in the sheet ({}{}) were imported like the others.</source>
        <translation>{} verborgen rijen in het werkblad ({}{}) zijn net als de andere geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="92"/>
        <source>Row {}, hidden in the sheet, was imported like the others.</source>
        <translation>Rij {}, verborgen in het werkblad, is net als de andere geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="94"/>
        <source>Hidden columns were imported like the others.</source>
        <translation>Verborgen kolommen zijn net als de andere geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="96"/>
        <source>These columns have no header and hold values that are not imported; give them a header or choose a field for them.</source>
        <translation>Deze kolommen hebben geen kopje en bevatten waarden die niet worden geïmporteerd; geef ze een kopje of kies een veld voor ze.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="99"/>
        <source>These columns are not imported (no field chosen for them).</source>
        <translation>Deze kolommen worden niet geïmporteerd (er is geen veld voor gekozen).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="102"/>
        <source>The row has no name in column &apos;{}&apos;, so there is nothing to attach it to.</source>
        <translation>De rij heeft geen naam in kolom &apos;{}&apos;, dus is er niets waar de rij bij hoort.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="104"/>
        <source>The row has no name of a person.</source>
        <translation>De rij bevat geen naam van een persoon.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="105"/>
        <source>&apos;{}&apos; is a Liaison export without any data sheets.</source>
        <translation>&apos;{}&apos; is een Liaison-export zonder werkbladen met gegevens.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="107"/>
        <source>Too many names to look for near duplicates ({} new against {} existing); only exact matches were merged.</source>
        <translation>Te veel namen om naar mogelijke dubbelen te zoeken ({} nieuwe tegenover {} bestaande); alleen precies gelijke namen zijn samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="110"/>
        <source>The mapping is not a Liaison mapping (expected {{&quot;columns&quot;: {{header: field}}}}).</source>
        <translation>De koppeling is geen Liaison-koppeling (verwacht: {{&quot;columns&quot;: {{header: field}}}}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="113"/>
        <source>The mapping sends &apos;{}&apos; to &apos;{}&apos;, which is not a field Liaison imports (use one of: {}).</source>
        <translation>In de koppeling hoort &apos;{}&apos; bij &apos;{}&apos;, maar dat is geen veld dat Liaison importeert (kies uit: {}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="115"/>
        <source>There is no mapping file at &apos;{}&apos;.</source>
        <translation>Er staat geen koppelingsbestand op &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="116"/>
        <source>The mapping file &apos;{}&apos; cannot be read ({}).</source>
        <translation>Het koppelingsbestand &apos;{}&apos; kan niet worden gelezen ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="117"/>
        <source>&apos;{}&apos; has no sheet &apos;{}&apos; (its sheets: {}).</source>
        <translation>&apos;{}&apos; heeft geen werkblad &apos;{}&apos; (de werkbladen zijn: {}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="118"/>
        <source>There is no file at &apos;{}&apos;.</source>
        <translation>Er staat geen bestand op &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="119"/>
        <source>&apos;{}&apos; is a folder, not a spreadsheet.</source>
        <translation>&apos;{}&apos; is een map, geen spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="120"/>
        <source>&apos;{}&apos; cannot be read (check its permissions).</source>
        <translation>&apos;{}&apos; kan niet worden gelezen (controleer de toegangsrechten).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="121"/>
        <source>&apos;{}&apos; is empty.</source>
        <translation>&apos;{}&apos; is leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="123"/>
        <source>&apos;{}&apos; is protected with a password; save it without a password in Excel and import it again.</source>
        <translation>&apos;{}&apos; is beveiligd met een wachtwoord; sla het in Excel op zonder wachtwoord en importeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="126"/>
        <source>&apos;{}&apos; is not a spreadsheet (its name says it is, but its content is not); Liaison reads .xlsx, .xlsm, .xlsb, .xls, .ods and .csv files.</source>
        <translation>&apos;{}&apos; is geen spreadsheet (de naam zegt van wel, maar de inhoud niet); Liaison leest bestanden van het type .xlsx, .xlsm, .xlsb, .xls, .ods en .csv.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="129"/>
        <source>&apos;{}&apos; is not a spreadsheet; Liaison reads .xlsx, .xlsm, .xlsb, .xls, .ods and .csv files.</source>
        <translation>&apos;{}&apos; is geen spreadsheet; Liaison leest bestanden van het type .xlsx, .xlsm, .xlsb, .xls, .ods en .csv.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="131"/>
        <source>&apos;{}&apos; is an OpenDocument file but not a spreadsheet.</source>
        <translation>&apos;{}&apos; is een OpenDocument-bestand, maar geen spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="133"/>
        <source>&apos;{}&apos; is a zip archive, not a spreadsheet; unpack it and import the workbook inside.</source>
        <translation>&apos;{}&apos; is een zipbestand, geen spreadsheet; pak het uit en importeer de werkmap die erin zit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="135"/>
        <source>&apos;{}&apos; is damaged and cannot be opened ({}).</source>
        <translation>&apos;{}&apos; is beschadigd en kan niet worden geopend ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="137"/>
        <source>&apos;{}&apos; is protected with a password; save it without one and try again.</source>
        <translation>&apos;{}&apos; is beveiligd met een wachtwoord; sla het op zonder wachtwoord en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="140"/>
        <source>&apos;{}&apos; unpacks to far more data than a real workbook ({}: {} bytes from {}); it looks like a zip bomb and was not opened.</source>
        <translation>&apos;{}&apos; pakt uit tot veel meer gegevens dan een echte werkmap ({}: {} bytes uit {}); het lijkt een zipbom en is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="143"/>
        <source>&apos;{}&apos; contains XML entity declarations ({}), a known way to attack spreadsheet readers; it was not opened.</source>
        <translation>&apos;{}&apos; bevat XML-entiteitsdeclaraties ({}), een bekende manier om programma&apos;s die spreadsheets lezen aan te vallen; het bestand is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="146"/>
        <source>&apos;{}&apos; contains XML entity declarations, a known way to attack spreadsheet readers; it was not opened.</source>
        <translation>&apos;{}&apos; bevat XML-entiteitsdeclaraties, een bekende manier om programma&apos;s die spreadsheets lezen aan te vallen; het bestand is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="149"/>
        <source>&apos;{}&apos; unpacks to far more data than it declares; it looks like a zip bomb and was not opened.</source>
        <translation>&apos;{}&apos; pakt uit tot veel meer gegevens dan het zelf opgeeft; het lijkt een zipbom en is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="152"/>
        <source>Sheet &apos;{}&apos; of &apos;{}&apos; spans {} rows × {} columns (probably stray cells far from the table); delete the empty rows and columns after the table, or copy the table into a new workbook, and import that.</source>
        <translation>Werkblad &apos;{}&apos; van &apos;{}&apos; beslaat {} rijen × {} kolommen (waarschijnlijk losse cellen ver van de tabel); verwijder de lege rijen en kolommen na de tabel, of kopieer de tabel naar een nieuwe werkmap, en importeer die.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="155"/>
        <source>&apos;{}&apos; is protected with a password; save it without a password and import it again.</source>
        <translation>&apos;{}&apos; is beveiligd met een wachtwoord; sla het op zonder wachtwoord en importeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="158"/>
        <source>&apos;{}&apos; has a sheet far too large to read ({}); copy the table into a new workbook and import that.</source>
        <translation>&apos;{}&apos; heeft een werkblad dat veel te groot is om te lezen ({}); kopieer de tabel naar een nieuwe werkmap en importeer die.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="160"/>
        <source>&apos;{}&apos; is damaged and cannot be read ({}).</source>
        <translation>&apos;{}&apos; is beschadigd en kan niet worden gelezen ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="162"/>
        <source>Reading &apos;{}&apos; took longer than {} seconds and was stopped; the file may be damaged.</source>
        <translation>Het lezen van &apos;{}&apos; duurde langer dan {} seconden en is gestopt; het bestand is misschien beschadigd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="165"/>
        <source>&apos;{}&apos; could not be read: the reader ran out of memory or stopped (the file is damaged or its sheets are enormous).</source>
        <translation>&apos;{}&apos; kon niet worden gelezen: er was niet genoeg geheugen of het lezen stopte (het bestand is beschadigd of de werkbladen zijn enorm groot).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="168"/>
        <source>&apos;{}&apos; could not be read: the reader ran out of memory (its sheets are enormous or the file is damaged).</source>
        <translation>&apos;{}&apos; kon niet worden gelezen: er was niet genoeg geheugen (de werkbladen zijn enorm groot of het bestand is beschadigd).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="171"/>
        <source>&apos;{}&apos; is {} MB, more than Liaison imports at once ({} MB); split it into smaller files.</source>
        <translation>&apos;{}&apos; is {} MB, meer dan Liaison in één keer importeert ({} MB); verdeel het over kleinere bestanden.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="173"/>
        <source>&apos;{}&apos; is not a readable CSV file ({}).</source>
        <translation>&apos;{}&apos; is geen leesbaar CSV-bestand ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="175"/>
        <source>The folder of the rejects file, &apos;{}&apos;, does not exist.</source>
        <translation>De map van het bestand met afgewezen rijen, &apos;{}&apos;, bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="178"/>
        <source>The rejects file &apos;{}&apos; is a folder; choose a file name.</source>
        <translation>Het bestand met afgewezen rijen &apos;{}&apos; is een map; kies een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="180"/>
        <source>The rejects file &apos;{}&apos; cannot be written: {}.</source>
        <translation>Het bestand met afgewezen rijen &apos;{}&apos; kan niet worden geschreven: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="182"/>
        <source>Row {} cannot be the header row: the sheet has {} rows.</source>
        <translation>Rij {} kan niet de kopregel zijn: het werkblad heeft {} rijen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="185"/>
        <source>There is no import batch &apos;{}&apos; (see &apos;liaison imports&apos; for the list).</source>
        <translation>Er is geen import &apos;{}&apos; (zie &apos;liaison imports&apos; voor de lijst).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="188"/>
        <source>&apos;{}&apos; matches more than one import batch; give more of its id.</source>
        <translation>&apos;{}&apos; past bij meer dan één import; geef meer tekens van het ID.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="190"/>
        <source>Import {} of &apos;{}&apos; was undone already ({}).</source>
        <translation>Import {} van &apos;{}&apos; is al ongedaan gemaakt ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="192"/>
        <source>Import {} cannot be undone: one of its records was changed afterwards (by {} on {}), and undoing it would overwrite that change.</source>
        <translation>Import {} kan niet ongedaan worden gemaakt: een van de gegevens ervan is daarna gewijzigd (door {} op {}), en ongedaan maken zou die wijziging overschrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="195"/>
        <source>Import {} cannot be undone: {} of its records were changed afterwards (first by {} on {}), and undoing it would overwrite those changes.</source>
        <translation>Import {} kan niet ongedaan worden gemaakt: {} gegevens ervan zijn daarna gewijzigd (eerst door {} op {}), en ongedaan maken zou die wijzigingen overschrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="198"/>
        <source>Import {} cannot be undone: {} records made after it refer to organisations or people it created (roles, support or contacts); remove those first or keep the import.</source>
        <translation>Import {} kan niet ongedaan worden gemaakt: {} later gemaakte gegevens verwijzen naar organisaties of personen die met deze import zijn aangemaakt (rollen, steun of contactmomenten); verwijder die eerst of houd de import.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="201"/>
        <source>{} is not a date.</source>
        <translation>{} is geen datum.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="203"/>
        <source>&apos;{}&apos; is a year, not a date; write the day and month too (e.g. 1-1-{}).</source>
        <translation>&apos;{}&apos; is een jaar, geen datum; vul ook dag en maand in (bijv. 1-1-{}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="206"/>
        <source>&apos;{}&apos; is not a date (write day-month-year, e.g. 31-12-2026).</source>
        <translation>&apos;{}&apos; is geen datum (schrijf dag-maand-jaar, bijvoorbeeld 31-12-2026).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="208"/>
        <source>&apos;{}&apos; is not a date and time.</source>
        <translation>&apos;{}&apos; is geen datum en tijd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="209"/>
        <source>&apos;{}&apos; is not an amount in euros.</source>
        <translation>&apos;{}&apos; is geen bedrag in euro&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="210"/>
        <source>{} is negative; support amounts are zero or more.</source>
        <translation>{} is negatief; steunbedragen zijn nul of meer.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="212"/>
        <source>&apos;{}&apos;: {} was taken as the amount in euros, without &apos;{}&apos;.</source>
        <translation>&apos;{}&apos;: {} is overgenomen als bedrag in euro&apos;s, zonder &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="215"/>
        <source>&apos;{}&apos;: the number &apos;{}&apos; was kept without the note &apos;({})&apos;.</source>
        <translation>&apos;{}&apos;: het nummer &apos;{}&apos; is overgenomen zonder de opmerking &apos;({})&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="218"/>
        <source>&apos;{}&apos; holds {} phone numbers; the first, &apos;{}&apos;, was kept.</source>
        <translation>&apos;{}&apos; bevat {} telefoonnummers; het eerste, &apos;{}&apos;, is overgenomen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="220"/>
        <source>&apos;{}&apos; is not a phone number.</source>
        <translation>&apos;{}&apos; is geen telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="222"/>
        <source>&apos;{}&apos; does not look like a complete phone number; it was kept as written.</source>
        <translation>&apos;{}&apos; lijkt geen volledig telefoonnummer; het is overgenomen zoals het er staat.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="225"/>
        <source>&apos;{}&apos; holds {} e-mail addresses; the first, &apos;{}&apos;, was kept.</source>
        <translation>&apos;{}&apos; bevat {} e-mailadressen; het eerste, &apos;{}&apos;, is overgenomen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="227"/>
        <source>&apos;{}&apos; is not a valid e-mail address.</source>
        <translation>&apos;{}&apos; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="228"/>
        <source>&apos;{}&apos; is not a web address.</source>
        <translation>&apos;{}&apos; is geen webadres.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="229"/>
        <source>&apos;{}&apos; is not a known {} (use one of: {}).</source>
        <translation>&apos;{}&apos; is geen bekende waarde voor {} (gebruik een van: {}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="230"/>
        <source>&apos;{}&apos; is not yes or no.</source>
        <translation>&apos;{}&apos; is geen ja of nee.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_exchange.py" line="200"/>
        <source>&apos;{}&apos; is not a date.</source>
        <translation>&apos;{}&apos; is geen datum.</translation>
    </message>
</context>
</TS>
