"""Which column feeds which field: header synonyms, mapping files, remembered mappings.

One row of an overview sheet may describe several records at once: an
initiative (the main record), its contact person, and a commitment of support
from a partner. Targets are therefore named ``record.field``:

    initiative.name   person.email   partner.name   commitment.amount …

A mapping is saved as JSON keyed by header text, so people can edit it::

    {"format": "liaison-mapping/1", "columns": {"Naam initiatief": "initiative.name",
     "Bedrag (€)": "commitment.amount", "Kolom Z": null}}

and remembered per set of headers in the Setting table (key
``import.mapping.<hash of the normalised headers>``), so the next sheet with
the same headers is mapped the same way without asking.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liaison.errors import LiaisonError
from liaison.text import fold

MAPPING_FORMAT = "liaison-mapping/1"
SETTING_PREFIX = "import.mapping."


@dataclass(frozen=True)
class Target:
    key: str  # "initiative.name"
    label: str  # shown in the wizard
    parser: str  # see importer.PARSERS


TARGETS: dict[str, Target] = {
    t.key: t
    for t in (
        Target("initiative.name", "Initiative / organisation: name", "text"),
        Target("initiative.kind", "Initiative / organisation: kind", "organisation_kind"),
        Target("initiative.neighbourhood", "Initiative: neighbourhood", "text"),
        Target("initiative.district", "Initiative: district", "text"),
        Target("initiative.address", "Initiative: address", "text"),
        Target("initiative.email", "Initiative: e-mail", "email"),
        Target("initiative.phone", "Initiative: phone", "phone"),
        Target("initiative.website", "Initiative: website", "website"),
        Target("initiative.description", "Initiative: description", "text"),
        Target("initiative.status", "Initiative: status", "organisation_status"),
        Target("initiative.tags", "Initiative: tags", "tags"),
        Target("person.name", "Contact person: full name", "text"),
        Target("person.given_name", "Contact person: given name", "text"),
        Target("person.infix", "Contact person: infix (van, de…)", "text"),
        Target("person.family_name", "Contact person: family name", "text"),
        Target("person.email", "Contact person: e-mail", "email"),
        Target("person.phone", "Contact person: phone", "phone"),
        Target("person.role", "Contact person: role", "role"),
        Target("person.notes", "Contact person: notes", "text"),
        Target("partner.name", "Partner: name", "text"),
        Target("partner.kind", "Partner: kind", "organisation_kind"),
        Target("commitment.kind", "Support: kind", "support_kind"),
        Target("commitment.amount", "Support: amount (€)", "amount"),
        Target("commitment.start", "Support: start date", "date"),
        Target("commitment.end", "Support: end date", "date"),
        Target("commitment.renew_by", "Support: renewal decision by", "date"),
        Target("commitment.status", "Support: status", "commitment_status"),
        Target("commitment.structural", "Support: structural (yes/no)", "bool"),
        Target("commitment.notes", "Support: notes", "text"),
    )
}

# "notes" resolves to the commitment's notes when the sheet names partners,
# else to the initiative's description (see guess_mapping).
_NOTES = "notes"

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "initiative.name": (
        "initiatief", "naam initiatief", "initiatiefnaam", "naam van het initiatief",
        "organisatie", "naam organisatie", "organisatienaam", "organisation", "organization",
        "organisation name", "initiative", "initiative name", "project", "projectnaam",
        "naam project", "stichting", "vereniging", "naam", "name",
    ),
    "initiative.kind": (
        "soort", "type", "soort organisatie", "type organisatie", "categorie", "category",
        "kind", "organisation type", "soort initiatief",
    ),
    "initiative.neighbourhood": ("wijk", "buurt", "neighbourhood", "neighborhood", "wijknaam"),
    "initiative.district": ("gebied", "district", "stadsdeel", "area", "deelgemeente"),
    "initiative.address": ("adres", "address", "straat", "locatie adres", "bezoekadres"),
    "initiative.email": (
        "e mail organisatie", "email organisatie", "e mail initiatief", "organisation email",
    ),
    "initiative.phone": ("telefoon organisatie", "tel organisatie", "organisation phone"),
    "initiative.website": ("website", "site", "url", "webadres", "web"),
    "initiative.description": (
        "omschrijving", "beschrijving", "description", "doel", "activiteiten", "wat doen ze",
    ),
    "initiative.status": ("status initiatief", "status organisatie", "stand"),
    "initiative.tags": ("tags", "labels", "thema", "thema s", "themes", "trefwoorden"),
    "person.name": (
        "contactpersoon", "contact persoon", "contact", "contact person", "naam contactpersoon",
        "contactpersoon naam", "aanspreekpunt", "initiatiefnemer", "trekker", "persoon",
    ),
    "person.given_name": ("voornaam", "first name", "given name", "roepnaam"),
    "person.infix": ("tussenvoegsel", "tussenv", "infix", "voorvoegsel"),
    "person.family_name": ("achternaam", "last name", "surname", "family name"),
    "person.email": (
        "e mail", "email", "e mailadres", "emailadres", "mail", "e mail adres",
        "email address", "e mail contactpersoon", "mailadres",
    ),
    "person.phone": (
        "tel", "telefoon", "telefoonnummer", "tel nr", "telnr", "phone", "phone number",
        "mobiel", "mobile", "gsm", "telefoon contactpersoon",
    ),
    "person.role": ("rol", "functie", "role", "position"),
    "person.notes": ("notities contactpersoon", "notes person"),
    "partner.name": (
        "verstrekt door", "partner", "coalitiepartner", "financier", "gefinancierd door",
        "funder", "fonds", "steun van", "steunverlener", "verstrekker", "provided by",
        "supporter", "donor", "sponsor", "ondersteund door",
    ),
    "partner.kind": ("soort partner", "type partner", "partner type", "partner kind"),
    "commitment.kind": (
        "soort steun", "type steun", "steun", "vorm van steun", "soort ondersteuning",
        "ondersteuning", "support", "support kind", "kind of support", "type of support",
    ),
    "commitment.amount": (
        "bedrag", "bedrag eur", "bedrag euro", "bedrag in euro", "toegekend bedrag",
        "amount", "euro", "eur", "subsidie", "bijdrage", "waarde", "value",
    ),
    "commitment.start": (
        "startdatum", "start", "begindatum", "begin", "ingangsdatum", "vanaf", "start date",
        "datum", "date", "per",
    ),
    "commitment.end": ("einddatum", "eind", "einde", "tot", "t m", "end", "end date", "looptijd tot"),
    "commitment.renew_by": (
        "verlengen voor", "besluit verlenging voor", "verlenging", "renew by", "renewal",
        "besluit voor", "herijking",
    ),
    "commitment.status": ("status", "status steun", "stand van zaken"),
    "commitment.structural": ("structureel", "structural", "eenmalig of structureel"),
    "commitment.notes": ("opmerking steun", "notities steun"),
    _NOTES: ("opmerkingen", "opmerking", "notities", "notitie", "toelichting", "notes",
             "remarks", "comments", "bijzonderheden"),
}  # fmt: skip


def normalise_header(header: str) -> str:
    """'Bedrag (€)' → 'bedrag', 'E-mailadres:' → 'e mailadres', 'Tel.' → 'tel'."""
    s = fold(header).replace("€", " ")
    s = re.sub(r"\((?:eur|euro|euros|€|in euro)?\)", " ", s)
    s = re.sub(r"[^0-9a-z]+", " ", s).strip()
    return s


_LOOKUP: dict[str, str] = {}
for _target, _words in _SYNONYMS.items():
    for _w in _words:
        _LOOKUP.setdefault(normalise_header(_w), _target)


def recognise(header: str) -> str | None:
    """The target a header names, if Liaison knows the word (Dutch or English)."""
    key = normalise_header(header)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    stripped = re.sub(r"\b(?:van|de|het|the|of|nr|naam)\b", " ", key)
    stripped = " ".join(stripped.split())
    return _LOOKUP.get(stripped) or _grouped(key)


def is_known_header(header: str) -> bool:
    return recognise(header) is not None


#: Labels over a group of columns in a two-level header ("Contactpersoon" over "Naam |
#: E-mail | Tel."): the record the columns under them describe.
_GROUP_LABELS: dict[str, str] = {
    normalise_header(label): entity
    for entity, labels in {
        "person": ("contactpersoon", "contact persoon", "contact", "contactgegevens",
                   "persoon", "aanspreekpunt", "contact person", "initiatiefnemer"),
        "initiative": ("initiatief", "organisatie", "initiative", "organisation",
                       "organization", "project", "gegevens initiatief"),
        "partner": ("partner", "coalitiepartner", "verstrekker", "financier", "steunverlener",
                    "verstrekt door", "funder"),
        "commitment": ("steun", "ondersteuning", "toezegging", "support", "subsidie",
                       "bijdrage"),
    }.items()
    for label in labels
}  # fmt: skip
#: Targets a generic header word maps to alone ("Naam" → initiative.name), and what that
#: word means under each group: "Contactpersoon" / "Naam" is the person's name. (An
#: e-mail under "Initiatief" stays the contact's, as it is beside a contact person there;
#: in a sheet without one, guess_mapping gives it to the organisation.)
_GENERIC_FIELD = {
    "initiative.name": "name", "person.email": "email", "person.phone": "phone",
    "initiative.kind": "kind", "commitment.status": "status", _NOTES: "notes",
    "initiative.address": "address", "initiative.website": "website", "person.role": "role",
}  # fmt: skip
_GENERIC_WORDS = frozenset(
    normalise_header(w)
    for w in ("naam", "name", "e-mail", "email", "e-mailadres", "emailadres", "mail",
              "mailadres", "tel", "telefoon", "telefoonnummer", "tel nr", "telnr", "phone",
              "mobiel", "gsm", "soort", "type", "kind", "categorie", "category", "status",
              "opmerkingen", "opmerking", "notities", "notitie", "toelichting", "notes",
              "adres", "address", "website", "rol", "functie", "role")
)  # fmt: skip
_GROUP_FIELDS: dict[str, dict[str, str]] = {
    "person": {"name": "person.name", "email": "person.email", "phone": "person.phone",
               "notes": "person.notes", "role": "person.role"},
    "initiative": {"name": "initiative.name", "kind": "initiative.kind",
                   "address": "initiative.address", "website": "initiative.website",
                   "status": "initiative.status", "notes": "initiative.description"},
    "partner": {"name": "partner.name", "kind": "partner.kind"},
    "commitment": {"kind": "commitment.kind", "status": "commitment.status",
                   "notes": "commitment.notes"},
}  # fmt: skip


def is_header_group(label: str) -> bool:
    """Whether a label over several columns names the record they describe."""
    return normalise_header(label) in _GROUP_LABELS


def _under_group(key: str) -> str:
    """'contactpersoon naam' → 'naam': a normalised header without its group label."""
    words = key.split()
    for i in range(len(words) - 1, 0, -1):
        if " ".join(words[:i]) in _GROUP_LABELS:
            return " ".join(words[i:])
    return ""


def _grouped(key: str) -> str | None:
    """'contactpersoon e mail' → person.email: a group label, then a header under it."""
    words = key.split()
    for i in range(len(words) - 1, 0, -1):
        entity = _GROUP_LABELS.get(" ".join(words[:i]))
        if entity is None:
            continue
        rest = " ".join(words[i:])
        target = _LOOKUP.get(rest)
        if target is None:
            return None
        generic = _GENERIC_FIELD.get(target)
        if generic is not None and rest in _GENERIC_WORDS:
            return _GROUP_FIELDS[entity].get(generic, target)
        return target
    return None


@dataclass
class Mapping:
    """Column index → target key (None: the column is not imported)."""

    headers: list[str]
    columns: dict[int, str | None] = field(default_factory=dict)
    source: str = "guessed"  # guessed, remembered, file, given

    def target_of(self, column: int) -> str | None:
        return self.columns.get(column)

    def column_of(self, target: str) -> int | None:
        for col, t in self.columns.items():
            if t == target:
                return col
        return None

    def has(self, *targets: str) -> bool:
        return any(self.column_of(t) is not None for t in targets)

    @property
    def mapped(self) -> dict[int, str]:
        return {c: t for c, t in sorted(self.columns.items()) if t}

    def to_json(self) -> dict[str, Any]:
        cols: dict[str, str | None] = {}
        for i, h in enumerate(self.headers):
            name = h or column_letter(i)
            if name in cols:
                name = f"{name} ({column_letter(i)})"
            cols[name] = self.columns.get(i)
        return {"format": MAPPING_FORMAT, "columns": cols}

    def save(self, path: str | os.PathLike[str]) -> None:
        Path(path).write_text(
            json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )

    def with_column(self, column: int, target: str | None) -> Mapping:
        """A copy with one column changed (a target sits on one column at most)."""
        cols = {c: t for c, t in self.columns.items() if t != target or target is None}
        cols[column] = target
        return Mapping(list(self.headers), cols, "given")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Map headers by their Dutch or English synonyms; the first column wins a target."""
    found: dict[int, str | None] = {}
    taken: set[str] = set()
    for i, h in enumerate(headers):
        target = recognise(h)
        if target is None or target in taken:
            found[i] = None
            continue
        found[i] = target
        taken.add(target)
    _settle_ambiguities(found, headers)
    return Mapping(list(headers), found, "guessed")


def _settle_ambiguities(found: dict[int, str | None], headers: Sequence[str]) -> None:
    targets = {t: c for c, t in found.items() if t}
    # "Opmerkingen": about the support when the sheet names partners, else the initiative.
    if _NOTES in targets:
        col = targets.pop(_NOTES)
        notes = "commitment.notes" if "partner.name" in targets else "initiative.description"
        found[col] = notes if notes not in targets else None
        targets = {t: c for c, t in found.items() if t}
    # A people list: "Naam" next to "Organisatie" names the person, not the organisation.
    name_col = targets.get("initiative.name")
    if name_col is not None and normalise_header(headers[name_col]) in ("naam", "name"):
        org_col = next(
            (
                c
                for c, h in enumerate(headers)
                if c != name_col and normalise_header(h) in ("organisatie", "organisation")
            ),
            None,
        )
        if org_col is not None and "person.name" not in targets:
            found[name_col] = "person.name"
            found[org_col] = "initiative.name"
    # A list of organisations ("Organisatie, E-mailadres, Tel."): with no column naming a
    # person, the e-mail and phone are the organisation's, not a nameless contact's.
    targets = {t: c for c, t in found.items() if t}
    if "initiative.name" in targets and not any(
        t in targets
        for t in ("person.name", "person.given_name", "person.family_name", "person.role")
    ):
        for personal, own in (("person.email", "initiative.email"),
                              ("person.phone", "initiative.phone")):  # fmt: skip
            if personal in targets and own not in targets:
                found[targets[personal]] = own
        targets = {t: c for c, t in found.items() if t}
    # "Status" alone: about the support if there is support in the sheet, else the initiative.
    status_col = targets.get("commitment.status")
    if status_col is not None and not any(
        t in targets for t in ("partner.name", "commitment.kind", "commitment.amount")
    ):
        found[status_col] = "initiative.status" if "initiative.status" not in targets else None


def mapping_from_json(data: Any, headers: Sequence[str], *, source: str = "file") -> Mapping:
    """A saved mapping applied to a sheet's headers (matched by normalised header text)."""
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise LiaisonError(
            'The mapping is not a Liaison mapping (expected {"columns": {header: field}}).'
        )
    by_header: dict[str, str | None] = {}
    for header, target in data["columns"].items():
        if target is not None and target not in TARGETS:
            allowed = ", ".join(TARGETS)
            raise LiaisonError(
                f"The mapping sends '{header}' to '{target}', which is not a field "
                f"Liaison imports (use one of: {allowed})."
            )
        by_header[normalise_header(str(header))] = target
    columns: dict[int, str | None] = {}
    for i, h in enumerate(headers):
        key = normalise_header(h or column_letter(i))
        alt = normalise_header(f"{h} ({column_letter(i)})")
        letter = normalise_header(column_letter(i))
        if alt in by_header:
            columns[i] = by_header[alt]
        elif key in by_header:
            columns[i] = by_header[key]
        elif (under := _under_group(key)) and under in by_header:
            columns[i] = by_header[under]  # saved when "Contactpersoon" / "Naam" read as "Naam"
        elif letter in by_header and not any(normalise_header(h) == letter for h in headers):
            columns[i] = by_header[letter]  # "A": the column letter, when no header says "A"
        else:
            columns[i] = None
    return Mapping(list(headers), columns, source)


def load_mapping(path: str | os.PathLike[str], headers: Sequence[str]) -> Mapping:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise LiaisonError(f"There is no mapping file at '{p}'.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LiaisonError(f"The mapping file '{p.name}' cannot be read ({exc}).") from None
    return mapping_from_json(data, headers)


def headers_key(headers: Sequence[str]) -> str:
    """Setting key for sheets with these headers (order and case-insensitive text)."""
    norm = "\x1f".join(normalise_header(h) for h in headers)
    digest = hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]
    return SETTING_PREFIX + digest


def remembered_mapping(session: Any, headers: Sequence[str]) -> Mapping | None:
    """The mapping last used for sheets with exactly these headers, if any."""
    from liaison.storage.models import Setting

    setting = session.get(Setting, headers_key(headers))
    if setting is None:
        return None
    try:
        return mapping_from_json(json.loads(setting.value), headers, source="remembered")
    except (LiaisonError, json.JSONDecodeError):
        return None  # a stale or damaged memory is simply forgotten


def remember_mapping(session: Any, mapping: Mapping) -> None:
    """Store the mapping for sheets with the same headers (no schema change: Setting table)."""
    from liaison.storage.models import Setting

    key = headers_key(mapping.headers)
    value = json.dumps(mapping.to_json(), ensure_ascii=False)
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    elif setting.value != value:
        setting.value = value
