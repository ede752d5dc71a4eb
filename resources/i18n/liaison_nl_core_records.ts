<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="9"/>
        <source>This person&apos;s data has already been removed.</source>
        <translation>De gegevens van deze persoon zijn al verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="11"/>
        <source>This cannot be undone, so it needs confirmation: run it in a terminal or add --yes.</source>
        <translation>Dit kan niet ongedaan worden gemaakt en moet daarom worden bevestigd: voer het uit in een terminal of voeg --yes toe.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="13"/>
        <source>The demo size must be at least 1 person.</source>
        <translation>De omvang van de demo moet ten minste 1 persoon zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="15"/>
        <source>This database already holds {} records; use --force to add demo data beside them.</source>
        <translation>Deze database bevat al {} records; gebruik --force om er demogegevens naast te zetten.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="17"/>
        <source>Making demo data was cancelled; nothing was written.</source>
        <translation>Het maken van demogegevens is afgebroken; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="23"/>
        <source>&apos;{}&apos; is not a contact channel (choose from {}).</source>
        <translation>&apos;{}&apos; is geen contactkanaal (kies uit {}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="26"/>
        <source>The follow-up date lies before the contact itself.</source>
        <translation>De opvolgdatum ligt vóór het contact zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="28"/>
        <source>&apos;{}&apos; is not a kind of organisation.</source>
        <translation>&apos;{}&apos; is geen soort organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="29"/>
        <source>This contact has no follow-up to mark as done.</source>
        <translation>Dit contactmoment heeft geen opvolging die als gedaan kan worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="18"/>
        <source>Write a short summary of the contact.</source>
        <translation>Schrijf een korte samenvatting van het contact.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="20"/>
        <source>Choose at least one organisation or person the contact was with.</source>
        <translation>Kies ten minste één organisatie of persoon met wie het contact was.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="30"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Gestopt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="32"/>
        <source>{} changed this {} after it was deleted, so it was not restored.</source>
        <translation>{} heeft dit record ({}) gewijzigd nadat het was verwijderd, dus het is niet teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="34"/>
        <source>There is no neighbourhood list at &apos;{}&apos;.</source>
        <translation>Er staat geen wijkenlijst op &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="35"/>
        <source>&apos;{}&apos; cannot be read ({}).</source>
        <translation>&apos;{}&apos; kan niet worden gelezen ({}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="37"/>
        <source>&apos;{}&apos; needs the columns city, district and name in its first row.</source>
        <translation>&apos;{}&apos; moet in de eerste rij de kolommen city, district en name hebben.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="39"/>
        <source>&apos;{}&apos; is not a list Liaison shows (choose from {}).</source>
        <translation>&apos;{}&apos; is geen lijst die Liaison toont (kies uit {}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="40"/>
        <source>A list of {} records cannot be filtered by &apos;{}&apos;.</source>
        <translation>Een lijst met records van het type {} kan niet worden gefilterd op &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="41"/>
        <source>&apos;{}&apos; is not a valid value for the filter &apos;{}&apos;.</source>
        <translation>&apos;{}&apos; is geen geldige waarde voor het filter &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="42"/>
        <source>A list of {} records cannot be sorted by &apos;{}&apos;.</source>
        <translation>Een lijst met records van het type {} kan niet worden gesorteerd op &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="43"/>
        <source>&apos;{}&apos; is not a valid {} (choose from {}).</source>
        <translation>&apos;{}&apos; is geen geldige waarde voor {} (kies uit {}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="44"/>
        <source>&apos;{}&apos; is not an amount in euros.</source>
        <translation>&apos;{}&apos; is geen bedrag in euro&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="45"/>
        <source>{} cannot be empty.</source>
        <translation>{} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="46"/>
        <source>{} can be at most {} characters long.</source>
        <translation>{} mag hoogstens {} tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="47"/>
        <source>&apos;{}&apos; is not a field of {}.</source>
        <translation>&apos;{}&apos; is geen veld van {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="48"/>
        <source>There is no {} with id {}.</source>
        <translation>Er is geen {} met id {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="49"/>
        <source>&apos;{}&apos; is not a valid record id.</source>
        <translation>&apos;{}&apos; is geen geldig record-id.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="51"/>
        <source>{} changed this {} after you opened it; reload it or keep your version.</source>
        <translation>{} heeft dit record ({}) gewijzigd nadat u het opende; laad het opnieuw of houd uw eigen versie.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="54"/>
        <source>This person was forgotten at their request; their personal details cannot be filled in again (add them as a new person if they agree to it).</source>
        <translation>Deze persoon is op eigen verzoek vergeten; de persoonsgegevens kunnen niet opnieuw worden ingevuld (voeg hem of haar als nieuwe persoon toe als die daarmee instemt).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="57"/>
        <source>{} changed this {} after you opened it; reload it before deleting.</source>
        <translation>{} heeft dit record ({}) gewijzigd nadat u het opende; laad het opnieuw voordat u het verwijdert.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="60"/>
        <source>This {} cannot come back while &apos;{}&apos; is in the trash; restore that first.</source>
        <translation>Dit record ({}) kan niet terugkomen zolang &apos;{}&apos; in de prullenbak ligt; zet dat eerst terug.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="63"/>
        <source>The label &apos;{}&apos; cannot hold &apos;;&apos; or &apos;,&apos;; those separate labels.</source>
        <translation>Het label &apos;{}&apos; mag geen &apos;;&apos; of &apos;,&apos; bevatten; die scheiden labels van elkaar.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="65"/>
        <source>&apos;{}&apos; is not a kind of record Liaison keeps.</source>
        <translation>&apos;{}&apos; is geen soort record die Liaison bijhoudt.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="67"/>
        <source>The single-partner share must lie between 0 and 100 %.</source>
        <translation>Het aandeel van één partner moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="69"/>
        <source>{} must be a whole number of zero or more.</source>
        <translation>{} moet een geheel getal van nul of meer zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="72"/>
        <source>The database at &apos;{}&apos; cannot be opened: {}.</source>
        <translation>De database op &apos;{}&apos; kan niet worden geopend: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="73"/>
        <source>&apos;{}&apos; is not a valid database URL.</source>
        <translation>&apos;{}&apos; is geen geldige database-URL.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="74"/>
        <source>&apos;{}&apos; is a folder, not a database file.</source>
        <translation>&apos;{}&apos; is een map, geen databasebestand.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="75"/>
        <source>&apos;{}&apos; cannot be read (check its permissions).</source>
        <translation>&apos;{}&apos; kan niet worden gelezen (controleer de toegangsrechten).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="76"/>
        <source>&apos;{}&apos; is not a Liaison database (not an SQLite file).</source>
        <translation>&apos;{}&apos; is geen Liaison-database (geen SQLite-bestand).</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="77"/>
        <source>There is no database at &apos;{}&apos;.</source>
        <translation>Er staat geen database op &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="70"/>
        <source>The folder &apos;{}&apos; cannot be created: {}.</source>
        <translation>De map &apos;{}&apos; kan niet worden aangemaakt: {}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="71"/>
        <source>The folder &apos;{}&apos; is not writable.</source>
        <translation>In de map &apos;{}&apos; kan niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="79"/>
        <source>The connection to the database server was lost; check the network and try again.</source>
        <translation>De verbinding met de databaseserver is verbroken; controleer het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="82"/>
        <source>The database is busy: another Liaison window or command is writing to it; try again when it has finished.</source>
        <translation>De database is bezet: een ander Liaison-venster of -commando schrijft erin; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="85"/>
        <source>The database cannot be changed: its file or folder is read-only.</source>
        <translation>De database kan niet worden gewijzigd: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="88"/>
        <source>The disk is full: the database could not be changed; free some space and try again.</source>
        <translation>De schijf is vol: de database kon niet worden gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="91"/>
        <source>&apos;{}&apos; is an SQLite database of another program, not a Liaison database.</source>
        <translation>&apos;{}&apos; is een SQLite-database van een ander programma, geen Liaison-database.</translation>
    </message>
    <message>
        <location filename="../../ui/core_catalog_records.py" line="94"/>
        <source>This database was made by a newer version of Liaison (schema {}); update Liaison to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Liaison (schema {}); werk Liaison bij om hem te openen.</translation>
    </message>
</context>
</TS>
