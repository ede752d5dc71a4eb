<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AffiliationForm</name>
    <message>
        <location filename="../../ui/editing/forms.py" line="749"/>
        <source>Edit role</source>
        <translation>Rol bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="749"/>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="754"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="758"/>
        <location filename="../../ui/editing/forms.py" line="766"/>
        <source>type part of the name</source>
        <translation>typ een deel van de naam</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="762"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="768"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="769"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="770"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="775"/>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt vóór de start.</translation>
    </message>
</context>
<context>
    <name>CoalitionMap</name>
    <message>
        <location filename="../../ui/coalition_map.py" line="372"/>
        <source>+ %1 more people: %2</source>
        <extracomment>People drawn as nodes; more are summed up in one line (a map is not a list). A partner whose support has ended: drawn pale with dark text. (It was the coloured box at half opacity, whose white text on the pale result was ~2:1.)</extracomment>
        <translation>+ %1 personen meer: %2</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="426"/>
        <source>earlier: %1</source>
        <translation>eerder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="471"/>
        <source>No active support registered for this initiative.</source>
        <translation>Voor dit initiatief is geen actieve steun geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="474"/>
        <source>Hangs on one partner: all active support comes from %1.</source>
        <translation>Hangt aan één partner: alle actieve steun komt van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="479"/>
        <source>Hangs on one partner: %1 gives %2% of the support in euros.</source>
        <translation>Hangt aan één partner: %1 geeft %2% van de steun in euro&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="486"/>
        <source>All active support is one-off; no structural partner yet.</source>
        <translation>Alle actieve steun is eenmalig; nog geen structurele partner.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="491"/>
        <source>Support is spread over %1 partners, %2 of them structural.</source>
        <translation>De steun is gespreid over %1 partners, waarvan %2 structureel.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="509"/>
        <source>structural support</source>
        <translation>structurele steun</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="510"/>
        <source>one-off support</source>
        <translation>eenmalige steun</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="511"/>
        <source>thicker: more euros</source>
        <translation>dikker: meer euro&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/coalition_map.py" line="516"/>
        <source>earlier support (ended)</source>
        <translation>eerdere steun (beëindigd)</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/editing/forms.py" line="695"/>
        <source>Edit commitment</source>
        <translation>Toezegging bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="695"/>
        <source>New commitment</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="700"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="704"/>
        <location filename="../../ui/editing/forms.py" line="712"/>
        <source>type part of the name</source>
        <translation>typ een deel van de naam</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="708"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="714"/>
        <source>Kind of support</source>
        <translation>Soort steun</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="715"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="717"/>
        <source>Structural</source>
        <translation>Structureel</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="717"/>
        <source>Structural (recurring), not one-off</source>
        <translation>Structureel (terugkerend), niet eenmalig</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="719"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="720"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="721"/>
        <source>Renewal decision by</source>
        <translation>Verlengingsbeslissing vóór</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="722"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="725"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="727"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="729"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="734"/>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt vóór de start.</translation>
    </message>
</context>
<context>
    <name>CommitmentTimeline</name>
    <message>
        <location filename="../../ui/pages/timeline.py" line="146"/>
        <source>No support registered yet.</source>
        <translation>Nog geen steun geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="97"/>
        <location filename="../../ui/pages/timeline.py" line="220"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="229"/>
        <location filename="../../ui/pages/timeline.py" line="292"/>
        <source>structural</source>
        <translation>structureel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="230"/>
        <location filename="../../ui/pages/timeline.py" line="292"/>
        <source>one-off</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="231"/>
        <source>renewal decision</source>
        <translation>verlengingsbeslissing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="232"/>
        <source>ended or declined</source>
        <translation>beëindigd of afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="286"/>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="288"/>
        <source>open end</source>
        <translation>open einde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/timeline.py" line="291"/>
        <source>Renewal decision by %1</source>
        <translation>Verlengingsbeslissing vóór %1</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="101"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="107"/>
        <source>Choose from a calendar (F4)</source>
        <translation>Kies uit een kalender (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="119"/>
        <source>Type 31-12-2026, 31-12, &quot;+7&quot; (in a week), &quot;+2w&quot;, &quot;+3m&quot; or &quot;vandaag&quot;.</source>
        <translation>Typ 31-12-2026, 31-12, &quot;+7&quot; (over een week), &quot;+2w&quot;, &quot;+3m&quot; of &quot;vandaag&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="141"/>
        <source>That day does not exist; check the day and the month.</source>
        <translation>Die dag bestaat niet; controleer de dag en de maand.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="144"/>
        <source>Write a date as day-month-year, for example 31-12-2026.</source>
        <translation>Schrijf een datum als dag-maand-jaar, bijvoorbeeld 31-12-2026.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="148"/>
        <source>A date is needed here.</source>
        <translation>Hier is een datum nodig.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../../ui/editing/undo.py" line="36"/>
        <source>Delete %1 “%2”</source>
        <translation>%1 “%2” verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/editing/undo.py" line="150"/>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
    <message>
        <location filename="../../ui/editing/undo.py" line="154"/>
        <source>%1 were not restored: a colleague changed or removed them after the delete, or what they belong to is in the trash.</source>
        <translation>%1 zijn niet teruggezet: een collega heeft ze na het verwijderen gewijzigd of weggehaald, of waar ze bij horen staat in de prullenbak.</translation>
    </message>
    <message>
        <location filename="../../ui/editing/undo.py" line="165"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/undo.py" line="68"/>
        <location filename="../../ui/editing/undo.py" line="142"/>
        <source>“%1” was not restored: a colleague changed or removed it after the delete.</source>
        <extracomment>version in the trash, checked on undo the sentence shown when the undo failed
----------
what the last delete put in the trash, in order pushed after the delete happened: the push&apos;s redo is skipped the sentence shown when (part of) the undo failed</extracomment>
        <translation>“%1” is niet teruggezet: een collega heeft het na het verwijderen gewijzigd of verwijderd.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../ui/editing/__init__.py" line="52"/>
        <source>Cannot open the record</source>
        <translation>Kan het record niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/editing/__init__.py" line="58"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/editing/__init__.py" line="65"/>
        <source>This record is no longer there: a colleague moved it to the trash or removed it after your list was read.</source>
        <translation>Dit record is er niet meer: een collega heeft het naar de prullenbak verplaatst of verwijderd nadat uw lijst werd ingelezen.</translation>
    </message>
</context>
<context>
    <name>EuroEdit</name>
    <message>
        <location filename="../../ui/widgets/euro_edit.py" line="79"/>
        <source>e.g. 1.500,00</source>
        <translation>bijv. 1.500,00</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/euro_edit.py" line="88"/>
        <source>Write an amount in euros, for example 1.500,00.</source>
        <translation>Schrijf een bedrag in euro&apos;s, bijvoorbeeld 1.500,00.</translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <location filename="../../ui/editing/forms.py" line="795"/>
        <source>Edit contact</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="795"/>
        <source>New contact</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="804"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="821"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="826"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="829"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="832"/>
        <location filename="../../ui/editing/forms.py" line="839"/>
        <source>type part of the name</source>
        <translation>typ een deel van de naam</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="836"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="841"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="842"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="843"/>
        <source>Follow-up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="844"/>
        <source>Follow-up done</source>
        <translation>Opvolging gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="844"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="848"/>
        <source>Choose at least one organisation or person.</source>
        <translation>Kies ten minste één organisatie of persoon.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="14"/>
        <location filename="../../ui/widgets/labels.py" line="135"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="15"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="16"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="17"/>
        <source>Welfare organisation</source>
        <translation>Welzijnsorganisatie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="18"/>
        <source>Housing corporation</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="19"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="20"/>
        <source>School / education</source>
        <translation>School / onderwijs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="21"/>
        <source>Faith community</source>
        <translation>Geloofsgemeenschap</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="22"/>
        <location filename="../../ui/widgets/labels.py" line="54"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="28"/>
        <location filename="../../ui/widgets/labels.py" line="61"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="29"/>
        <source>Dormant</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="30"/>
        <location filename="../../ui/widgets/labels.py" line="62"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="36"/>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="37"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="38"/>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="39"/>
        <source>Board member</source>
        <translation>Bestuurslid</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="40"/>
        <source>Staff</source>
        <translation>Medewerker (betaald)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="41"/>
        <source>Liaison</source>
        <translation>Verbinder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="47"/>
        <source>Financial</source>
        <translation>Financieel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="48"/>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="49"/>
        <source>Brokering</source>
        <translation>Makelen en schakelen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="50"/>
        <source>Media attention</source>
        <translation>Media-aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="51"/>
        <source>Space</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="52"/>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="53"/>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="60"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="63"/>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="64"/>
        <source>Renewed</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="70"/>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="71"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="72"/>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="73"/>
        <location filename="../../ui/widgets/labels.py" line="117"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="74"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="75"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="81"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="82"/>
        <source>Public task</source>
        <translation>Publieke taak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="83"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="84"/>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="85"/>
        <source>Legal obligation</source>
        <translation>Wettelijke plicht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="86"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="92"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="93"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="94"/>
        <source>moved to trash</source>
        <translation>naar prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="95"/>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="96"/>
        <source>forgotten</source>
        <translation>vergeten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="102"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="103"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="104"/>
        <source>commitment</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="105"/>
        <source>contact</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="106"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="112"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="113"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="115"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="116"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="118"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="119"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="120"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="121"/>
        <source>Owning officer</source>
        <translation>Eigenaar (medewerker)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="122"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="123"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="124"/>
        <source>Infix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="125"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="126"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="127"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="128"/>
        <source>Source of the data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="129"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="130"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="131"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="132"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="133"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="134"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="136"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="137"/>
        <source>Renewal decision by</source>
        <translation>Verlengingsbeslissing vóór</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="138"/>
        <source>Structural</source>
        <translation>Structureel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="139"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="140"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="141"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="142"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="143"/>
        <source>Follow-up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="144"/>
        <source>Follow-up done</source>
        <translation>Opvolging gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="145"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="146"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="147"/>
        <source>Forgotten on</source>
        <translation>Vergeten op</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="148"/>
        <source>Retention reviewed on</source>
        <translation>Bewaartermijn beoordeeld op</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Edit organisation</source>
        <translation type="vanished">Organisatie bewerken</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="vanished">Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="615"/>
        <source>Edit initiative</source>
        <translation>Initiatief bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="615"/>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="616"/>
        <source>Edit partner</source>
        <translation>Partner bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="616"/>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="619"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="620"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="621"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="624"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="626"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="628"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="630"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="632"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="633"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="636"/>
        <source>Owning officer</source>
        <translation>Eigenaar (medewerker)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="638"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="640"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="640"/>
        <source>food, elderly, youth</source>
        <translation>voedsel, ouderen, jongeren</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="646"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/editing/forms.py" line="657"/>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="657"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="660"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="661"/>
        <source>Infix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="661"/>
        <source>van der</source>
        <translation>van der</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="662"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="665"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="667"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="670"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="672"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="674"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="677"/>
        <source>Source of the data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="678"/>
        <source>e.g. met at the neighbourhood meeting</source>
        <translation>bijv. ontmoet op de wijkavond</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="680"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="684"/>
        <source>Give at least a given name or a family name.</source>
        <translation>Vul ten minste een voornaam of een achternaam in.</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../ui/quick_log.py" line="55"/>
        <source>Log a contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="60"/>
        <location filename="../../ui/quick_log.py" line="71"/>
        <source>Type the first letter to choose</source>
        <translation>Typ de eerste letter om te kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="64"/>
        <location filename="../../ui/quick_log.py" line="75"/>
        <source>type part of a name, ↓ or Enter</source>
        <translation>typ een deel van een naam, ↓ of Enter</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="80"/>
        <source>what was it about, in one line</source>
        <translation>waar ging het over, in één regel</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="83"/>
        <source>optional: 15-01, &quot;+7&quot;, &quot;+2w&quot;</source>
        <translation>optioneel: 15-01, &quot;+7&quot;, &quot;+2w&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="90"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="98"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="104"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="105"/>
        <source>&amp;Organisations</source>
        <translation>O&amp;rganisaties</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="107"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="108"/>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="109"/>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Opvolgen op</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="110"/>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="111"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="142"/>
        <source>Enter saves · Esc cancels · Tab moves on</source>
        <translation>Enter slaat op · Esc annuleert · Tab gaat verder</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="148"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="151"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="227"/>
        <source>%1 was added: the person&apos;s organisation. Remove it if the contact was not about it.</source>
        <translation>%1 is toegevoegd: de organisatie van deze persoon. Haal die weg als het contact er niet over ging.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="265"/>
        <source>“%1” is not chosen from the list yet.</source>
        <translation>“%1” is nog niet uit de lijst gekozen.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="272"/>
        <source>Choose at least one organisation or person.</source>
        <translation>Kies ten minste één organisatie of persoon.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="275"/>
        <source>Write a short summary.</source>
        <translation>Schrijf een korte samenvatting.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="334"/>
        <source>The follow-up date lies before the contact itself.</source>
        <translation>De opvolgdatum ligt vóór het contact zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="375"/>
        <source>Unsaved contact</source>
        <translation>Niet-opgeslagen contact</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="376"/>
        <source>Close without saving this contact?</source>
        <translation>Sluiten zonder dit contact op te slaan?</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="381"/>
        <source>Discard contact</source>
        <translation>Contact weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="382"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="106"/>
        <source>&amp;Kind (new)</source>
        <translation>Soor&amp;t (nieuw)</translation>
    </message>
    <message>
        <location filename="../../ui/quick_log.py" line="194"/>
        <source>Created when you save as: given name “%1”, infix “%2”, family name “%3”.</source>
        <translation>Wordt bij opslaan aangemaakt als: voornaam “%1”, tussenvoegsel “%2”, achternaam “%3”.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editing/forms.py" line="146"/>
        <location filename="../../ui/editing/forms.py" line="587"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="147"/>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="149"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="173"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="175"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="224"/>
        <location filename="../../ui/editing/forms.py" line="305"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="301"/>
        <source>Choose a name from the list for %1 (type part of it, then ↓).</source>
        <translation>Kies bij %1 een naam uit de lijst (typ een deel ervan, dan ↓).</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="419"/>
        <location filename="../../ui/editing/forms.py" line="426"/>
        <location filename="../../ui/editing/forms.py" line="457"/>
        <location filename="../../ui/editing/forms.py" line="487"/>
        <location filename="../../ui/editing/forms.py" line="494"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="458"/>
        <source>A colleague moved this record to the trash after you opened it, so your changes were not saved. They are still in the form: copy what you need, or restore the record from the trash and edit it again.</source>
        <translation>Een collega heeft dit record naar de prullenbak verplaatst nadat u het opende, dus uw wijzigingen zijn niet opgeslagen. Ze staan nog in het formulier: neem over wat u nodig hebt, of zet het record terug uit de prullenbak en bewerk het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="514"/>
        <source>Reloaded: you now see the record as saved by your colleague.</source>
        <translation>Opnieuw geladen: u ziet nu het record zoals uw collega het opsloeg.</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="530"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="532"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="580"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="582"/>
        <source>You have changed this record. Save the changes?</source>
        <translation>U hebt dit record gewijzigd. Wijzigingen opslaan?</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="590"/>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/editing/forms.py" line="594"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Privacy…</source>
        <translation type="vanished">Privacy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="277"/>
        <source>Access export (everything stored)…</source>
        <translation>Inzage-export (alles wat is opgeslagen)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="278"/>
        <source>Forget this person…</source>
        <translation>Deze persoon vergeten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="262"/>
        <source>&amp;Edit</source>
        <extracomment>The main window&apos;s list names for organisations; a page always says &quot;organisation&quot;. Narrowest a wide name column gives way to when the columns do not all fit; if they still do not (a partner&apos;s support in Dutch at 1024 px: &apos;Makelen en schakelen&apos; is as wide as a name), every wide column gives way further, down to the second floor. Emitted on the UI thread once a (re)load&apos;s data, or its error sentence, is shown.</extracomment>
        <translation>Bewer&amp;ken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="263"/>
        <source>Edit this record (Ctrl+E)</source>
        <translation>Dit record bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="265"/>
        <source>&amp;Log contact</source>
        <translation>Contact &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="266"/>
        <source>Log a call, visit or meeting (Ctrl+L)</source>
        <translation>Een telefoontje, bezoek of overleg vastleggen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="vanished">Toevoegen…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="vanished">Naar prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="272"/>
        <source>Move to the trash; Ctrl+Z undoes it</source>
        <translation>Naar de prullenbak; Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="400"/>
        <source>Record not available</source>
        <translation>Record niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="333"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="268"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="271"/>
        <source>Move to &amp;trash</source>
        <translation>Naar &amp;prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="275"/>
        <source>Pr&amp;ivacy…</source>
        <translation>Pr&amp;ivacy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="399"/>
        <source>This record could not be read.</source>
        <translation>Dit record kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="435"/>
        <location filename="../../ui/pages/record_page.py" line="617"/>
        <source>Contact log</source>
        <translation>Contactlog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="438"/>
        <source>The latest %1 of %2 contacts; the Contact log list has them all.</source>
        <translation>De laatste %1 van %2 contactmomenten; de lijst Contactlog toont ze allemaal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="476"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="485"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="490"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="492"/>
        <location filename="../../ui/pages/record_page.py" line="540"/>
        <location filename="../../ui/pages/record_page.py" line="667"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="495"/>
        <location filename="../../ui/pages/record_page.py" line="516"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="496"/>
        <location filename="../../ui/pages/record_page.py" line="519"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="497"/>
        <location filename="../../ui/pages/record_page.py" line="520"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="503"/>
        <source>No roles at organisations yet.</source>
        <translation>Nog geen rollen bij organisaties.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="510"/>
        <location filename="../../ui/pages/record_page.py" line="812"/>
        <location filename="../../ui/pages/record_page.py" line="838"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="511"/>
        <source>Role at an organisation…</source>
        <translation>Rol bij een organisatie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="515"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="517"/>
        <location filename="../../ui/pages/record_page.py" line="673"/>
        <location filename="../../ui/pages/record_page.py" line="808"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="518"/>
        <location filename="../../ui/pages/record_page.py" line="674"/>
        <location filename="../../ui/pages/record_page.py" line="809"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="526"/>
        <source>Nobody has a role here yet.</source>
        <translation>Nog niemand heeft hier een rol.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="533"/>
        <location filename="../../ui/pages/record_page.py" line="688"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="539"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="539"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="541"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="543"/>
        <source>Structural</source>
        <translation>Structureel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="544"/>
        <source>structural</source>
        <translation>structureel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="544"/>
        <source>one-off</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="546"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="547"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="548"/>
        <source>Renewal by</source>
        <translation>Verlengen vóór</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="550"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="583"/>
        <location filename="../../ui/pages/record_page.py" line="700"/>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="583"/>
        <location filename="../../ui/pages/record_page.py" line="700"/>
        <source>Support given</source>
        <translation>Gegeven steun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="591"/>
        <source>Coalition map</source>
        <translation>Coalitiekaart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="592"/>
        <source>Support from a partner…</source>
        <translation>Steun van een partner…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="594"/>
        <source>Support to an initiative…</source>
        <translation>Steun aan een initiatief…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="595"/>
        <source>Person with a role here…</source>
        <translation>Persoon met een rol hier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="599"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="600"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="602"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="604"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="605"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="606"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="612"/>
        <source>No contact logged yet. Press Ctrl+L to log one.</source>
        <translation>Nog geen contact vastgelegd. Druk op Ctrl+L om er een vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="618"/>
        <source>Contact (full form)…</source>
        <translation>Contactmoment (volledig formulier)…</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="vanished">Wat</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="vanished">Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="vanished">Nieuwe waarde</translation>
    </message>
    <message>
        <source>No changes recorded (records made by the demo or before auditing have no history).</source>
        <translation type="vanished">Geen wijzigingen vastgelegd (records uit de demo of van vóór de audit hebben geen geschiedenis).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="624"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="664"/>
        <source>owner: %1</source>
        <translation>eigenaar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="669"/>
        <location filename="../../ui/pages/record_page.py" line="810"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="670"/>
        <source>Owning officer</source>
        <translation>Eigenaar (medewerker)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="671"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="672"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="675"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="677"/>
        <location filename="../../ui/pages/record_page.py" line="828"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="678"/>
        <location filename="../../ui/pages/record_page.py" line="829"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="682"/>
        <source>No description yet.</source>
        <translation>Nog geen omschrijving.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="715"/>
        <source>commitments: %1 · organisations: %2 · structural: %3</source>
        <translation>toezeggingen: %1 · organisaties: %2 · structureel: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="724"/>
        <source>Active support</source>
        <translation>Actieve steun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="732"/>
        <source>Next renewal decision</source>
        <translation>Volgende verlengingsbeslissing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="737"/>
        <location filename="../../ui/pages/record_page.py" line="742"/>
        <location filename="../../ui/pages/record_page.py" line="819"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="761"/>
        <source>Signals are not available in this version.</source>
        <translation>Signalen zijn in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="772"/>
        <source>No signals, but no support is active for this initiative now.</source>
        <translation>Geen signalen, maar dit initiatief krijgt nu geen actieve steun.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="779"/>
        <source>No signals: support is spread and contact is recent.</source>
        <translation>Geen signalen: de steun is gespreid en er is recent contact.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="787"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="796"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="806"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="825"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="826"/>
        <source>Source of the data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="833"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="834"/>
        <source>No notes.</source>
        <translation>Geen notities.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="857"/>
        <source>%1 (done)</source>
        <translation>%1 (gedaan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="859"/>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="929"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="977"/>
        <location filename="../../ui/pages/record_page.py" line="997"/>
        <source>Open organisation</source>
        <translation>Organisatie openen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="982"/>
        <source>Open person</source>
        <translation>Persoon openen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="985"/>
        <source>Edit role…</source>
        <translation>Rol bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="988"/>
        <source>Remove role (to trash)</source>
        <translation>Rol verwijderen (naar prullenbak)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="1000"/>
        <source>Edit commitment…</source>
        <translation>Toezegging bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="1003"/>
        <source>Move commitment to trash</source>
        <translation>Toezegging naar de prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="1009"/>
        <source>Edit contact…</source>
        <translation>Contactmoment bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="1011"/>
        <source>Mark follow-up done</source>
        <translation>Opvolging als gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="1014"/>
        <source>Move contact to trash</source>
        <translation>Contactmoment naar de prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_page.py" line="1023"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/record_picker.py" line="64"/>
        <source>New: %1</source>
        <extracomment>A completion source: (session-less) prefix → matching records.</extracomment>
        <translation>Nieuw: %1</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../ui/screenshots_records.py" line="96"/>
        <source>Talked about the subsidy renewal</source>
        <translation>Verlenging van de subsidie besproken</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="14"/>
        <source>Depends on one partner</source>
        <translation>Afhankelijk van één partner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="15"/>
        <source>Only one-off support</source>
        <translation>Alleen eenmalige steun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="16"/>
        <source>All support ends soon</source>
        <translation>Alle steun stopt binnenkort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="17"/>
        <source>All support has ended</source>
        <translation>Alle steun is gestopt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="18"/>
        <source>No municipal contact</source>
        <translation>Geen gemeentelijk contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="19"/>
        <source>No recent contact</source>
        <translation>Geen recent contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="30"/>
        <source>%1 is the only partner giving active support.</source>
        <translation>%1 is de enige partner die actieve steun geeft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="35"/>
        <source>%1 gives %2 of the active support in euros.</source>
        <translation>%1 geeft %2 van de actieve steun in euro&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="39"/>
        <source>%1 gives %2 of the active commitments.</source>
        <translation>%1 geeft %2 van de actieve toezeggingen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="43"/>
        <source>All active support is one-off; none is structural.</source>
        <translation>Alle actieve steun is eenmalig; niets is structureel.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="46"/>
        <source>The only active support is one-off, not structural.</source>
        <translation>De enige actieve steun is eenmalig, niet structureel.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="51"/>
        <source>All active support ends within %1 days (the last on %2).</source>
        <translation>Alle actieve steun stopt binnen %1 dagen (de laatste op %2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="58"/>
        <source>The last ended on %1; none is active now.</source>
        <translation>De laatste stopte op %1; er loopt nu niets meer.</translation>
    </message>
    <message>
        <source>All support has ended, the last on %1; none is active now.</source>
        <translation type="vanished">Alle steun is gestopt, de laatste op %1; er loopt nu niets meer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="62"/>
        <source>No contact with or support from the municipality in %1 months.</source>
        <translation>Geen contact met of steun van de gemeente in %1 maanden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="69"/>
        <source>No contact in %1 months (the last on %2).</source>
        <translation>Geen contact in %1 maanden (het laatste op %2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signal_text.py" line="73"/>
        <source>No contact has been logged.</source>
        <translation>Er is nog geen contact gelogd.</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <location filename="../../ui/editing/stale.py" line="49"/>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="52"/>
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="77"/>
        <source>%1 saved this %2 after you opened it. Below is what they saved next to what you typed; red rows were changed by both of you.</source>
        <translation>%1 heeft deze gegevens (%2) opgeslagen nadat u het formulier opende. Hieronder staat wat uw collega opsloeg naast wat u typte; rode regels zijn door u allebei gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="87"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="87"/>
        <source>Their value (saved)</source>
        <translation>Hun waarde (opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="87"/>
        <source>Your value</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="98"/>
        <source>%1 (not changed by you)</source>
        <translation>%1 (niet door u gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="118"/>
        <source>Reload (keep theirs)</source>
        <translation>Opnieuw laden (hun versie houden)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="121"/>
        <source>Keep mine (save over theirs)</source>
        <translation>Mijn versie houden (overschrijven)</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="124"/>
        <source>Drop your changes and show the record as your colleague saved it.</source>
        <translation>Uw wijzigingen vervallen; u ziet het record zoals uw collega het opsloeg.</translation>
    </message>
    <message>
        <location filename="../../ui/editing/stale.py" line="127"/>
        <source>Save the fields you changed; their other changes stay.</source>
        <translation>Slaat de velden op die u wijzigde; hun andere wijzigingen blijven staan.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../ui/editing/validation.py" line="21"/>
        <source>This is not a valid e-mail address (like naam@voorbeeld.nl).</source>
        <translation>Dit is geen geldig e-mailadres (zoals naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <location filename="../../ui/editing/validation.py" line="35"/>
        <source>This is not a phone number.</source>
        <translation>Dit is geen telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/editing/validation.py" line="37"/>
        <source>This is not a valid phone number (like 010 123 4567 or 06 12345678).</source>
        <translation>Dit is geen geldig telefoonnummer (zoals 010 123 4567 of 06 12345678).</translation>
    </message>
    <message>
        <location filename="../../ui/editing/validation.py" line="52"/>
        <source>This is not a web address (like www.voorbeeld.nl).</source>
        <translation>Dit is geen webadres (zoals www.voorbeeld.nl).</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <location filename="../../ui/widgets/record_picker.py" line="97"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_picker.py" line="81"/>
        <source>Created when you save</source>
        <translation>Wordt aangemaakt als u opslaat</translation>
    </message>
</context>
</TS>
