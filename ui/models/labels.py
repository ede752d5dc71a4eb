"""Translated names for entities, columns and the stored enumeration values.

Stored values stay English codes ("in_kind"); people see "In natura". The
tables are functions so that ``tr()`` runs after the translators are installed.
"""

from __future__ import annotations

from ui.i18n import generation, tr
from ui.widgets import labels as codes


def entity_label(entity: str, plural: bool = False) -> str:
    singular = {
        "initiative": tr("Initiative"),
        "partner": tr("Partner"),
        "organisation": tr("Organisation"),
        "person": tr("Person"),
        "commitment": tr("Support"),
        "interaction": tr("Contact"),
        "affiliation": tr("Role"),
    }
    many = {
        "initiative": tr("Initiatives"),
        "partner": tr("Partners"),
        "organisation": tr("Organisations"),
        "person": tr("People"),
        "commitment": tr("Support"),
        "interaction": tr("Contact log"),
        "affiliation": tr("Roles"),
    }
    table = many if plural else singular
    return table.get(entity, entity.replace("_", " ").capitalize())


def column_label(key: str) -> str:
    """Header text for a column key of ``liaison.services.queries.columns``."""
    labels = {
        "id": tr("Id"),
        "name": tr("Name"),
        "full_name": tr("Name"),
        "given_name": tr("Given name"),
        "infix": tr("Infix"),
        "family_name": tr("Family name"),
        "kind": tr("Kind"),
        "status": tr("Status"),
        "neighbourhood": tr("Neighbourhood"),
        "district": tr("District"),
        "officer": tr("Officer"),
        "owner": tr("Officer"),
        "tags": tr("Tags"),
        "tag": tr("Tag"),
        "email": tr("E-mail"),
        "phone": tr("Phone"),
        "website": tr("Website"),
        "address": tr("Address"),
        "organisations": tr("Organisations"),
        "organisation": tr("Organisation"),
        "people": tr("People"),
        "partner": tr("Partner"),
        "initiative": tr("Initiative"),
        "amount": tr("Amount"),
        "start": tr("Start"),
        "end": tr("End"),
        "renew_by": tr("Renew by"),
        "structural": tr("Structural"),
        "occurred_at": tr("When"),
        "channel": tr("Channel"),
        "summary": tr("Summary"),
        "follow_up_on": tr("Follow-up"),
        "follow_up_done": tr("Done"),
        "last_contact": tr("Last contact"),
        "partners": tr("Partners"),
        "commitments": tr("Support"),
        "active_commitments": tr("Active support"),
        "roles": tr("Roles"),
        "updated_at": tr("Last changed"),
        "updated_by": tr("Changed by"),
        "created_at": tr("Created"),
        "deleted_at": tr("Deleted"),
        "deleted_by": tr("Deleted by"),
        "legal_basis": tr("Legal basis"),
        "description": tr("Description"),
        "notes": tr("Notes"),
        "signals": tr("Signals"),
        "neighbourhood_id": tr("Neighbourhood"),
        "officer_id": tr("Officer"),
        "follow_up_open": tr("Follow-up"),
        "date": tr("Date"),
        "data_source": tr("Source"),
        "organisation_id": tr("Organisation"),
    }
    return labels.get(key, key.replace("_", " ").capitalize())


_tables: tuple[int, dict[str, dict[str, str]]] | None = None


def value_label(field: str, value: str) -> str:
    """The translated name of a stored code (kind, status, channel…); unknown codes as-is."""
    global _tables
    if _tables is None or _tables[0] != generation():
        _tables = (generation(), _value_tables())
    aliases = {"support_kind": "kind", "organisation_kind": "kind"}
    return _tables[1].get(aliases.get(field, field), {}).get(value, value)


def _value_tables() -> dict[str, dict[str, str]]:
    """The code tables of :mod:`ui.widgets.labels`, keyed by the list columns that show them."""
    return {
        "kind": {**codes.organisation_kinds(), **codes.support_kinds()},
        "status": {
            **codes.organisation_statuses(),
            **codes.commitment_statuses(),
            "current": tr("Running (active or renewed)"),
        },
        "channel": codes.channels(),
        "role": codes.roles(),
        "legal_basis": codes.legal_bases(),
    }


def flag_label(field: str, value: bool) -> str:
    """Yes/no filter choices in words: structural or one-off, open follow-up or not."""
    if field == "structural":
        return tr("Structural") if value else tr("One-off")
    if field == "follow_up_open":
        return tr("Open follow-up") if value else tr("No open follow-up")
    return tr("Yes") if value else tr("No")


#: Fields whose values are stored codes shown through :func:`value_label`.
CODED_FIELDS = frozenset({"kind", "status", "channel", "role", "legal_basis", "support_kind"})
