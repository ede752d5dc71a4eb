"""The layout of Liaison's own overview workbook — the contract between export and import.

The exporter writes these sheets and headers; the importer recognises a
workbook carrying :data:`MARKER_SHEET` as a Liaison export and reads every
data sheet back by these headers, so that stable ids (the ``ID`` columns)
travel between colleagues' databases and a round trip changes nothing.
Headers are Dutch because the people who open these workbooks are.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A hidden sheet whose cell A1 holds FORMAT_TAG: "this workbook came from Liaison".
MARKER_SHEET = "_liaison"
FORMAT_TAG = "liaison-export/1"


@dataclass(frozen=True)
class ColumnSpec:
    header: str  # what the user sees in row 1
    field: str  # model field (or a derived key, see below)
    personal: bool = False  # left out of a privacy-safe export


@dataclass(frozen=True)
class SheetSpec:
    title: str
    entity: str
    columns: tuple[ColumnSpec, ...]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


C = ColumnSpec

SUMMARY_SHEET = "Overzicht"

INITIATIVES = SheetSpec(
    "Initiatieven",
    "organisation",
    (
        C("ID", "uuid"),
        C("Naam", "name"),
        C("Soort", "kind"),
        C("Wijk", "neighbourhood"),
        C("Gebied", "district"),
        C("Status", "status"),
        C("Adres", "address"),
        C("E-mail", "email"),
        C("Telefoon", "phone"),
        C("Website", "website"),
        C("Omschrijving", "description", personal=True),
        C("Tags", "tags"),
        C("Eigenaar", "owner"),
        C("Signalen", "signals"),  # export only; ignored on import
    ),
)

PARTNERS = SheetSpec(
    "Partners",
    "organisation",
    tuple(c for c in INITIATIVES.columns if c.field != "signals"),
)

PEOPLE = SheetSpec(
    "Personen",
    "person",
    (
        C("ID", "uuid"),
        C("Voornaam", "given_name", personal=True),
        C("Tussenvoegsel", "infix", personal=True),
        C("Achternaam", "family_name", personal=True),
        C("E-mail", "email", personal=True),
        C("Telefoon", "phone", personal=True),
        C("Wijk", "neighbourhood"),
        C("Grondslag", "legal_basis"),
        C("Bron", "data_source", personal=True),
        C("Notities", "notes", personal=True),
    ),
)

ROLES = SheetSpec(
    "Rollen",
    "affiliation",
    (
        C("ID", "uuid"),
        C("Persoon ID", "person_uuid"),
        C("Persoon", "person", personal=True),
        C("Organisatie ID", "organisation_uuid"),
        C("Organisatie", "organisation"),
        C("Rol", "role"),
        C("Start", "start"),
        C("Einde", "end"),
    ),
)

SUPPORT = SheetSpec(
    "Steun",
    "commitment",
    (
        C("ID", "uuid"),
        C("Initiatief ID", "initiative_uuid"),
        C("Initiatief", "initiative"),
        C("Partner ID", "partner_uuid"),
        C("Partner", "partner"),
        C("Soort steun", "kind"),
        C("Bedrag", "amount"),
        C("Start", "start"),
        C("Einde", "end"),
        C("Besluit verlenging voor", "renew_by"),
        C("Status", "status"),
        C("Structureel", "structural"),
        C("Medewerker", "officer"),
        C("Notities", "notes", personal=True),
    ),
)

CONTACT_LOG = SheetSpec(
    "Contactlog",
    "interaction",
    (
        C("ID", "uuid"),
        C("Datum", "occurred_at"),
        C("Kanaal", "channel"),
        C("Samenvatting", "summary", personal=True),
        C("Organisaties", "organisations"),
        C("Organisatie IDs", "organisation_uuids"),
        C("Personen", "people", personal=True),
        C("Persoon IDs", "person_uuids"),
        C("Medewerker", "officer"),
        C("Notities", "notes", personal=True),
        C("Opvolgen op", "follow_up_on"),
        C("Opgevolgd", "follow_up_done"),
    ),
)

#: Data sheets in the order they are written (and must be read: ids before references).
DATA_SHEETS = (INITIATIVES, PARTNERS, PEOPLE, ROLES, SUPPORT, CONTACT_LOG)
