"""The list layer: which records match, in which order, and what a row shows.

The desktop app's table models and ``liaison list`` both stand on this module.
A table model asks :func:`ids` once for *all* matching ids in sort order (one
SQL query, sorting and filtering in the database) and then :func:`rows` for
just the ids it is about to draw, so 100,000 records scroll without loading
100,000 objects.

Entities here are views of the model: ``initiative`` is an Organisation of
kind initiative, ``partner`` any other Organisation (``organisation``, every
kind at once, serves ``liaison list organisations``). Ids come back in a
stable order (ties broken by id); the covering indexes of migration 0005 let
the natural orders come straight from an index.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from liaison.errors import ValidationError
from liaison.storage.models import (
    CURRENT_COMMITMENT_STATUSES,
    Affiliation,
    Channel,
    Commitment,
    CommitmentStatus,
    Interaction,
    LegalBasis,
    Neighbourhood,
    Officer,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Person,
    SupportKind,
    Tag,
    interaction_organisation,
    interaction_person,
    organisation_tag,
)
from liaison.storage.search_index import phone_digits
from liaison.text import fold, name_key

LIST_ENTITIES = ("initiative", "partner", "person", "commitment", "interaction")
#: The support list's status filter value for support that is running: active or renewed.
CURRENT = "current"
#: Also accepted: every organisation, whatever its kind (``liaison list organisations``).
ALL_ORGANISATIONS = "organisation"

#: Filters each entity understands (a ListQuery with another key is refused).
FILTERS: dict[str, tuple[str, ...]] = {
    "organisation": ("kind", "neighbourhood_id", "district", "status", "officer_id", "tag"),
    "initiative": ("neighbourhood_id", "district", "status", "officer_id", "tag"),
    "partner": ("kind", "neighbourhood_id", "district", "status", "officer_id", "tag"),
    "person": ("neighbourhood_id", "district", "organisation_id", "legal_basis"),
    "commitment": (
        "kind",
        "neighbourhood_id",
        "district",
        "status",
        "officer_id",
        "tag",
        "initiative_id",
        "partner_id",
        "structural",
    ),
    "interaction": (
        "kind",
        "channel",
        "neighbourhood_id",
        "district",
        "officer_id",
        "tag",
        "organisation_id",
        "person_id",
        "follow_up_open",
    ),
}


@dataclass(frozen=True)
class ColumnInfo:
    """One column of a list: ``label`` is English (the UI translates it)."""

    key: str
    label: str
    sortable: bool
    kind: str  # "text" | "date" | "money" | "int" | "bool"


@dataclass
class ListQuery:
    """What a list shows: entity, order, filters, quick-filter text, trash."""

    entity: str
    sort: str | None = None  # None: the entity's natural order (see DEFAULT_SORT)
    descending: bool = False
    filters: dict[str, object] = field(default_factory=dict)
    text: str | None = None
    include_deleted: bool = False
    only_deleted: bool = False


_ORG_COLUMNS = [
    ColumnInfo("name", "Name", True, "text"),
    ColumnInfo("kind", "Kind", True, "text"),
    ColumnInfo("neighbourhood", "Neighbourhood", True, "text"),
    ColumnInfo("district", "District", True, "text"),
    ColumnInfo("status", "Status", True, "text"),
    ColumnInfo("owner", "Officer", True, "text"),
    ColumnInfo("email", "E-mail", True, "text"),
    ColumnInfo("phone", "Phone", True, "text"),
    ColumnInfo("tags", "Tags", False, "text"),
    ColumnInfo("updated_at", "Last changed", True, "date"),
]

COLUMNS: dict[str, list[ColumnInfo]] = {
    "organisation": list(_ORG_COLUMNS),
    "initiative": [c for c in _ORG_COLUMNS if c.key != "kind"],
    "partner": list(_ORG_COLUMNS),
    "person": [
        ColumnInfo("name", "Name", True, "text"),
        ColumnInfo("email", "E-mail", True, "text"),
        ColumnInfo("phone", "Phone", True, "text"),
        ColumnInfo("neighbourhood", "Neighbourhood", True, "text"),
        ColumnInfo("district", "District", True, "text"),
        ColumnInfo("organisations", "Organisations", False, "text"),
        ColumnInfo("legal_basis", "Legal basis", True, "text"),
        ColumnInfo("data_source", "Source", True, "text"),
        ColumnInfo("updated_at", "Last changed", True, "date"),
    ],
    "commitment": [
        ColumnInfo("initiative", "Initiative", True, "text"),
        ColumnInfo("partner", "Partner", True, "text"),
        ColumnInfo("kind", "Kind", True, "text"),
        ColumnInfo("amount", "Amount", True, "money"),
        # the date the list is sorted by, and that officers act on, before start and end
        ColumnInfo("renew_by", "Renew by", True, "date"),
        ColumnInfo("start", "Start", True, "date"),
        ColumnInfo("end", "End", True, "date"),
        ColumnInfo("status", "Status", True, "text"),
        ColumnInfo("structural", "Structural", True, "bool"),
        ColumnInfo("officer", "Officer", True, "text"),
    ],
    "interaction": [
        ColumnInfo("date", "Date", True, "date"),
        ColumnInfo("channel", "Channel", True, "text"),
        ColumnInfo("summary", "Summary", True, "text"),
        ColumnInfo("organisations", "Organisations", False, "text"),
        ColumnInfo("people", "People", False, "text"),
        ColumnInfo("officer", "Officer", True, "text"),
        ColumnInfo("follow_up_on", "Follow-up", True, "date"),
        ColumnInfo("follow_up_done", "Done", True, "bool"),
    ],
}

#: The natural order of each list when the user has not chosen one: (key, descending).
DEFAULT_SORT: dict[str, tuple[str, bool]] = {
    "organisation": ("name", False),
    "initiative": ("name", False),
    "partner": ("name", False),
    "person": ("name", False),
    "commitment": ("renew_by", False),
    "interaction": ("date", True),
}

_ORGS = ("organisation", "initiative", "partner")

_MODEL: dict[str, Any] = {
    "organisation": Organisation,
    "initiative": Organisation,
    "partner": Organisation,
    "person": Person,
    "commitment": Commitment,
    "interaction": Interaction,
}

_PartnerOrg = aliased(Organisation, name="partner_org")
_InitiativeOrg = aliased(Organisation, name="initiative_org")
_Owner = aliased(Officer, name="owner")


def _check_entity(entity: str) -> None:
    if entity not in LIST_ENTITIES and entity != ALL_ORGANISATIONS:
        raise ValidationError(
            f"'{entity}' is not a list Liaison shows (choose from {', '.join(LIST_ENTITIES)})."
        )


def columns(entity: str) -> list[ColumnInfo]:
    """The columns a list of ``entity`` shows, in display order."""
    _check_entity(entity)
    return list(COLUMNS[entity])


# --- sorting ----------------------------------------------------------------
#
# Each sort key maps to (expression, joins needed). Joins are outer joins on
# the relation the expression reads; texts sort on their folded keys where the
# model keeps one (name_key, sort_key), so case and accents do not matter.

_Join = tuple[Any, Any]  # (target, on-clause)
_NB_ORG: _Join = (Neighbourhood, Neighbourhood.id == Organisation.neighbourhood_id)
_NB_PERSON: _Join = (Neighbourhood, Neighbourhood.id == Person.neighbourhood_id)
_OWNER: _Join = (_Owner, _Owner.id == Organisation.owner_id)
_C_OFFICER: _Join = (Officer, Officer.id == Commitment.officer_id)
_I_OFFICER: _Join = (Officer, Officer.id == Interaction.officer_id)
_C_PARTNER: _Join = (_PartnerOrg, _PartnerOrg.id == Commitment.partner_id)
_C_INITIATIVE: _Join = (_InitiativeOrg, _InitiativeOrg.id == Commitment.initiative_id)

_ORG_SORT: dict[str, tuple[Any, list[_Join]]] = {
    "name": (Organisation.name_key, []),
    "kind": (Organisation.kind, []),
    "neighbourhood": (Neighbourhood.name, [_NB_ORG]),
    "district": (Neighbourhood.district, [_NB_ORG]),
    "status": (Organisation.status, []),
    "owner": (_Owner.name, [_OWNER]),
    "email": (Organisation.email, []),
    "phone": (Organisation.phone, []),
    "updated_at": (Organisation.updated_at, []),
}

SORTS: dict[str, dict[str, tuple[Any, list[_Join]]]] = {
    "organisation": _ORG_SORT,
    "initiative": _ORG_SORT,
    "partner": _ORG_SORT,
    "person": {
        "name": (Person.sort_key, []),
        "email": (Person.email, []),
        "phone": (Person.phone, []),
        "neighbourhood": (Neighbourhood.name, [_NB_PERSON]),
        "district": (Neighbourhood.district, [_NB_PERSON]),
        "legal_basis": (Person.legal_basis, []),
        "data_source": (Person.data_source, []),
        "updated_at": (Person.updated_at, []),
    },
    "commitment": {
        "initiative": (_InitiativeOrg.name_key, [_C_INITIATIVE]),
        "partner": (_PartnerOrg.name_key, [_C_PARTNER]),
        "kind": (Commitment.kind, []),
        "amount": (Commitment.amount, []),
        "start": (Commitment.start, []),
        "end": (Commitment.end, []),
        "renew_by": (Commitment.renew_by, []),
        "status": (Commitment.status, []),
        "structural": (Commitment.structural, []),
        "officer": (Officer.name, [_C_OFFICER]),
    },
    "interaction": {
        "date": (Interaction.occurred_at, []),
        "channel": (Interaction.channel, []),
        "summary": (Interaction.summary, []),
        "officer": (Officer.name, [_I_OFFICER]),
        "follow_up_on": (Interaction.follow_up_on, []),
        "follow_up_done": (Interaction.follow_up_done, []),
    },
}


# --- filtering --------------------------------------------------------------


def _neighbourhoods_in(district: object) -> Select[Any]:
    return select(Neighbourhood.id).where(Neighbourhood.district == str(district))


def _org_tagged(org_id: Any, tag: object) -> ColumnElement[bool]:
    return exists(
        select(organisation_tag.c.organisation_id)
        .join(Tag, Tag.id == organisation_tag.c.tag_id)
        .where(organisation_tag.c.organisation_id == org_id, Tag.name == str(tag))
    )


def _interaction_org_where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """An interaction involving at least one organisation matching ``condition``.

    Written as ``id IN (links of the matching organisations)``, not as a correlated
    EXISTS: SQLite then finds the organisations once instead of once per log entry.
    With 225,000 entries a quick filter that matched nothing took 1.1-1.5 s, also for
    its first page (read while the window waits); now 0.14-0.25 s.
    """
    link = interaction_organisation
    return Interaction.id.in_(
        select(link.c.interaction_id).where(
            link.c.organisation_id.in_(select(Organisation.id).where(condition))
        )
    )


def _interaction_person_where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """An interaction involving at least one person matching ``condition`` (see above)."""
    link = interaction_person
    return Interaction.id.in_(
        select(link.c.interaction_id).where(
            link.c.person_id.in_(select(Person.id).where(condition))
        )
    )


def _initiative_where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """A commitment whose initiative matches ``condition`` (written on Organisation)."""
    return Commitment.initiative_id.in_(select(Organisation.id).where(condition))


def _int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    return int(value)  # type: ignore[call-overload,no-any-return]


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "ja", "y")
    return bool(value)


def _filter(entity: str, key: str, value: object) -> ColumnElement[bool]:
    """One filter as a WHERE condition for ``entity``."""
    if entity in _ORGS:
        cond: dict[str, Callable[[], ColumnElement[bool]]] = {
            "kind": lambda: Organisation.kind == str(value),
            "neighbourhood_id": lambda: Organisation.neighbourhood_id == _int(value),
            "district": lambda: Organisation.neighbourhood_id.in_(_neighbourhoods_in(value)),
            "status": lambda: Organisation.status == str(value),
            "officer_id": lambda: Organisation.owner_id == _int(value),
            "tag": lambda: _org_tagged(Organisation.id, value),
        }
    elif entity == "person":
        cond = {
            "neighbourhood_id": lambda: Person.neighbourhood_id == _int(value),
            "district": lambda: Person.neighbourhood_id.in_(_neighbourhoods_in(value)),
            "legal_basis": lambda: Person.legal_basis == str(value),
            "organisation_id": lambda: exists(
                select(Affiliation.id).where(
                    Affiliation.person_id == Person.id,
                    Affiliation.organisation_id == _int(value),
                    Affiliation.deleted_at.is_(None),
                )
            ),
        }
    elif entity == "commitment":
        cond = {
            "kind": lambda: Commitment.kind == str(value),
            "neighbourhood_id": lambda: _initiative_where(
                Organisation.neighbourhood_id == _int(value)
            ),
            "district": lambda: _initiative_where(
                Organisation.neighbourhood_id.in_(_neighbourhoods_in(value))
            ),
            "status": lambda: (
                Commitment.status.in_(CURRENT_COMMITMENT_STATUSES)
                if value == CURRENT
                else Commitment.status == str(value)
            ),
            "officer_id": lambda: Commitment.officer_id == _int(value),
            "tag": lambda: _org_tagged(Commitment.initiative_id, value),
            "initiative_id": lambda: Commitment.initiative_id == _int(value),
            "partner_id": lambda: Commitment.partner_id == _int(value),
            "structural": lambda: Commitment.structural.is_(_as_bool(value)),
        }
    else:  # interaction
        cond = {
            "kind": lambda: Interaction.channel == str(value),
            "channel": lambda: Interaction.channel == str(value),
            "neighbourhood_id": lambda: _interaction_org_where(
                Organisation.neighbourhood_id == _int(value)
            ),
            "district": lambda: _interaction_org_where(
                Organisation.neighbourhood_id.in_(_neighbourhoods_in(value))
            ),
            "officer_id": lambda: Interaction.officer_id == _int(value),
            "tag": lambda: _interaction_org_where(_org_tagged(Organisation.id, value)),
            "organisation_id": lambda: Interaction.id.in_(
                select(interaction_organisation.c.interaction_id).where(
                    interaction_organisation.c.organisation_id == _int(value)
                )
            ),
            "person_id": lambda: Interaction.id.in_(
                select(interaction_person.c.interaction_id).where(
                    interaction_person.c.person_id == _int(value)
                )
            ),
            "follow_up_open": lambda: (
                and_(Interaction.follow_up_on.is_not(None), Interaction.follow_up_done.is_(False))
                if _as_bool(value)
                else or_(Interaction.follow_up_on.is_(None), Interaction.follow_up_done.is_(True))
            ),
        }
    if key not in cond:
        raise ValidationError(f"A list of {entity} records cannot be filtered by '{key}'.")
    try:
        return cond[key]()
    except (TypeError, ValueError):
        raise ValidationError(f"'{value}' is not a valid value for the filter '{key}'.") from None


def _text_condition(entity: str, text: str) -> ColumnElement[bool]:
    """Quick filter: every word must appear in one of the entity's main texts.

    Names are matched on their folded keys (accents, case and, for
    organisations, punctuation ignored); ``%`` and ``_`` are taken literally.
    """
    conditions = []
    # Apostrophes come in two forms (' typed, ’ from Word or Excel) that the stored
    # names keep apart: they separate words here ("d'Oliveira" finds "D’Oliveira").
    words = _APOSTROPHES.sub(" ", fold(text)).split()
    # A lone dash or ampersand between words ("Gemeente Rotterdam - Wijkteam",
    # "Dock & Co") says nothing; only punctuation ("%") is still looked for literally.
    words = [w for w in words if any(c.isalnum() for c in w)] or words
    for word in words:
        key = name_key(word) or word

        def has(column: Any, value: str = word) -> ColumnElement[bool]:
            return column.contains(value, autoescape=True)  # type: ignore[no-any-return]

        if entity in _ORGS:
            fields: list[ColumnElement[bool]] = [
                has(Organisation.name_key, key),
                has(func.lower(Organisation.email)),
                has(Organisation.phone),
            ]
        elif entity == "person":
            fields = [
                has(Person.sort_key),
                has(func.lower(Person.email)),
                has(Person.phone),
            ]
        elif entity == "commitment":
            named = select(Organisation.id).where(has(Organisation.name_key, key))
            fields = [
                Commitment.initiative_id.in_(named),
                Commitment.partner_id.in_(named),
                has(func.lower(Commitment.notes)),
            ]
        else:
            fields = [
                has(func.lower(Interaction.summary)),
                _interaction_org_where(has(Organisation.name_key, key)),
                # "Gerrit" finds the calls with Gerrit van den Berg, not only those
                # whose summary happens to name him.
                _interaction_person_where(has(Person.sort_key)),
            ]
        # A number among names ("Berg 0612"): that word may be part of the phone
        # number however it is written.
        word_phone = _phone_condition(entity, word) if len(words) > 1 else None
        if word_phone is not None:
            fields.append(word_phone)
        conditions.append(or_(*fields))
    every_word = and_(true(), *conditions)
    phone = _phone_condition(entity, text)
    return every_word if phone is None else or_(every_word, phone)


_APOSTROPHES = re.compile(r"['’‘`´]")

#: Characters people put between the digits of a phone number.
_PHONE_PUNCTUATION = " -.()+/"


def _phone_forms(text: str) -> list[str]:
    """The digit strings a phone-like query is looked for as: national and +31 form.

    "+31 6 1234 5678", "0031612345678" and "06-12345678" are one number; stored
    numbers are written either way, so a national query also looks for the
    +31 form and the other way round. Empty for text that is not a phone number.
    """
    digits = phone_digits(fold(text))
    if digits is None:
        return []
    forms = [digits]
    if digits.startswith("31") and len(digits) > 4:
        forms.append("0" + digits[2:])
    elif digits.startswith("0") and not digits.startswith("00") and len(digits) > 3:
        forms.append("31" + digits[1:])
    return forms


def _phone_condition(entity: str, text: str) -> ColumnElement[bool] | None:
    """Phone numbers match in any notation: digits compared without spaces, dashes or +."""
    if entity in _ORGS:
        column: Any = Organisation.phone
    elif entity == "person":
        column = Person.phone
    else:
        return None
    forms = _phone_forms(text)
    if not forms:
        return None
    for ch in _PHONE_PUNCTUATION:
        column = func.replace(column, ch, "")
    return or_(*(column.contains(f, autoescape=True) for f in forms))


#: Lists whose other orders read better from a plain scan than through the trash index
#: (measured: support sorted by initiative or end date got slower as a scan, so only people).
_SCAN_FOR_OTHER_ORDERS = frozenset({"person"})


def _where(q: ListQuery, *, scan: bool = False) -> list[ColumnElement[bool]]:
    """All WHERE conditions of a query (entity, trash, filters, text).

    ``scan`` writes "not in the trash" so that the planner does not walk the
    (deleted_at, …) index, as :func:`liaison.services.signals.not_trashed_scan` does:
    for an order no index gives, that index only added a table lookup per row.
    """
    _check_entity(q.entity)
    model = _MODEL[q.entity]
    where: list[ColumnElement[bool]] = []
    if q.entity == "initiative":
        where.append(Organisation.kind == OrganisationKind.INITIATIVE.value)
    elif q.entity == "partner":
        where.append(Organisation.kind != OrganisationKind.INITIATIVE.value)
    if q.only_deleted:
        where.append(model.deleted_at.is_not(None))
    elif not q.include_deleted:
        live = func.coalesce(model.deleted_at, None).is_(None) if scan else None
        where.append(model.deleted_at.is_(None) if live is None else live)
    allowed = FILTERS[q.entity]
    for key, value in q.filters.items():
        if value is None or value == "":
            continue
        if key not in allowed:
            raise ValidationError(f"A list of {q.entity} records cannot be filtered by '{key}'.")
        where.append(_filter(q.entity, key, value))
    if q.text and q.text.strip():
        where.append(_text_condition(q.entity, q.text))
    return where


# --- the queries ------------------------------------------------------------


def _id_select(q: ListQuery) -> Select[Any]:
    _check_entity(q.entity)
    model = _MODEL[q.entity]
    if q.sort is None:
        key, descending = DEFAULT_SORT[q.entity]
    else:
        key, descending = q.sort, q.descending
    sorts = SORTS[q.entity]
    if key not in sorts:
        raise ValidationError(f"A list of {q.entity} records cannot be sorted by '{key}'.")
    # People by e-mail, phone, neighbourhood…: 105,000 ids read through the trash index
    # took 80 ms for the first page (the window waits for it) and 136-162 ms for all;
    # as a scan 0.1-21 and 53-93 ms. The natural orders keep their (deleted_at, key) index.
    scan = q.entity in _SCAN_FOR_OTHER_ORDERS and key != DEFAULT_SORT[q.entity][0]
    stmt = select(model.id).where(*_where(q, scan=scan))
    expression, joins = sorts[key]
    for target, on in joins:
        stmt = stmt.outerjoin(target, on)
    # Empty values last either way: a support list sorted by renewal date starts with the
    # first renewal, not with every commitment that has none (SQLite's NULLS LAST keeps
    # the index order: measured 54 against 58 ms for 200,000 ids).
    if descending:
        return stmt.order_by(expression.desc().nulls_last(), model.id.desc())
    return stmt.order_by(expression.nulls_last(), model.id)


def ids(session: Session, q: ListQuery, *, limit: int | None = None) -> list[int]:
    """Every matching id (or the first ``limit``), in the list's order, sorted in SQL."""
    stmt = _id_select(q)
    if limit is not None:
        stmt = stmt.limit(limit)
    # Core execution, rows read straight off the DBAPI cursor: integer ids need
    # no result processing, and at 500,000 rows this halves the time.
    result = session.connection().execute(stmt)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def count(session: Session, q: ListQuery) -> int:
    """How many records match (the list's row count)."""
    _check_entity(q.entity)
    model = _MODEL[q.entity]
    stmt = select(func.count(model.id)).where(*_where(q))
    return int(session.execute(stmt).scalar_one())


def _chunks(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


_SEP = "\x1f"  # joins names inside SQL; no name contains it


def _names_of(link_col: Any, owner_col: Any, name_expr: Any, *extra: Any) -> Any:
    """Correlated "a, b, c" of the names linked to the current row (portable aggregate)."""
    return (
        select(func.aggregate_strings(name_expr, _SEP))
        .where(link_col == owner_col, *extra)
        .scalar_subquery()
    )


def _row_select(entity: str) -> Select[Any]:
    if entity in _ORGS:
        tag_names = _names_of(
            organisation_tag.c.organisation_id,
            Organisation.id,
            Tag.name,
            Tag.id == organisation_tag.c.tag_id,
        )
        return (
            select(
                Organisation.id,
                Organisation.uuid,
                Organisation.version,
                Organisation.name,
                Organisation.kind,
                Neighbourhood.name.label("neighbourhood"),
                Neighbourhood.district.label("district"),
                Organisation.status,
                _Owner.name.label("owner"),
                Organisation.email,
                Organisation.phone,
                tag_names.label("tags"),
                Organisation.updated_at,
                Organisation.neighbourhood_id,
                Organisation.owner_id,
            )
            .outerjoin(*_NB_ORG)
            .outerjoin(*_OWNER)
        )
    if entity == "person":
        org_names = _names_of(
            Affiliation.person_id,
            Person.id,
            Organisation.name,
            Organisation.id == Affiliation.organisation_id,
            Affiliation.deleted_at.is_(None),
            Organisation.deleted_at.is_(None),
        )
        return select(
            Person.id,
            Person.uuid,
            Person.version,
            Person.given_name,
            Person.infix,
            Person.family_name,
            Person.email,
            Person.phone,
            Neighbourhood.name.label("neighbourhood"),
            Neighbourhood.district.label("district"),
            org_names.label("organisations"),
            Person.legal_basis,
            Person.data_source,
            Person.updated_at,
            Person.neighbourhood_id,
        ).outerjoin(*_NB_PERSON)
    if entity == "commitment":
        return (
            select(
                Commitment.id,
                Commitment.uuid,
                Commitment.version,
                _InitiativeOrg.name.label("initiative"),
                _PartnerOrg.name.label("partner"),
                Commitment.kind,
                Commitment.amount,
                Commitment.start,
                Commitment.end,
                Commitment.renew_by,
                Commitment.status,
                Commitment.structural,
                Officer.name.label("officer"),
                Commitment.initiative_id,
                Commitment.partner_id,
                Commitment.officer_id,
            )
            .outerjoin(*_C_INITIATIVE)
            .outerjoin(*_C_PARTNER)
            .outerjoin(*_C_OFFICER)
        )
    org_names = _names_of(
        interaction_organisation.c.interaction_id,
        Interaction.id,
        Organisation.name,
        Organisation.id == interaction_organisation.c.organisation_id,
    )
    person_names = _names_of(
        interaction_person.c.interaction_id,
        Interaction.id,
        _full_name_expr(),
        Person.id == interaction_person.c.person_id,
    )
    return select(
        Interaction.id,
        Interaction.uuid,
        Interaction.version,
        Interaction.occurred_at,
        Interaction.channel,
        Interaction.summary,
        org_names.label("organisations"),
        person_names.label("people"),
        Officer.name.label("officer"),
        Interaction.follow_up_on,
        Interaction.follow_up_done,
        Interaction.officer_id,
    ).outerjoin(*_I_OFFICER)


def _full_name_expr() -> Any:
    """given [infix] family in SQL; the infix drops out when empty."""
    infix = func.coalesce(func.nullif(Person.infix, "") + " ", "")
    return func.trim(Person.given_name + " " + infix + Person.family_name)


def full_name(given: str | None, infix: str | None, family: str | None) -> str:
    """The name as written: given name, infix, family name (Person.full_name for rows)."""
    return " ".join(p for p in (given, infix, family) if p)


def _display(entity: str, raw: dict[str, Any]) -> dict[str, object]:
    row: dict[str, object] = dict(raw)
    if entity == "person":
        row["name"] = full_name(raw["given_name"], raw["infix"], raw["family_name"])
    elif entity == "interaction":
        occurred: dt.datetime | None = raw["occurred_at"]
        row["date"] = occurred.date() if occurred else None
    for key in ("tags", "organisations", "people"):
        if key in row:
            names = sorted((str(row[key] or "")).split(_SEP), key=fold) if row[key] else []
            row[key] = ", ".join(names)
            row[f"{key}_list"] = names
    return row


def rows(session: Session, entity: str, ids: Sequence[int]) -> dict[int, dict[str, object]]:
    """Display values for the given ids only, keyed by id.

    Keys match :func:`columns` plus ``id``, ``uuid``, ``version`` (and the
    foreign ids behind the shown names). Dates are ``date``/``datetime``,
    amounts ``Decimal``; the UI formats them for the user's locale. Trashed
    records are included: the caller asked for these ids.
    """
    _check_entity(entity)
    model = _MODEL[entity]
    base = _row_select(entity)
    result: dict[int, dict[str, object]] = {}
    for chunk in _chunks(list(ids)):
        for raw in session.execute(base.where(model.id.in_(chunk))).mappings():
            result[raw["id"]] = _display(entity, dict(raw))
    return result


def _present(
    session: Session,
    column: Any,
    values: Iterable[str],
    deleted_at: Any,
    *where: ColumnElement[bool],
) -> list[str]:
    """The codes among ``values`` that live rows (``deleted_at`` empty, ``where``) use, sorted.

    One EXISTS per code in one statement: SQLite stops at the first row with a code
    in use, where DISTINCT sorted the whole table. The filter boxes are filled on
    the window's thread right after a list opens: on 225,000 contacts DISTINCT
    channel took 77 ms. A code nobody uses costs a scan; the trash test is written
    so that it is a plain table scan (as signals.not_trashed_scan): through the
    deleted_at index it took 78 ms a code on 105,000 people, as a scan 12.
    """
    codes = sorted({str(v) for v in values})
    live = func.coalesce(deleted_at, None).is_(None)
    found = session.execute(
        select(*(exists().where(column == code, live, *where) for code in codes))
    ).one()
    return [code for code, present in zip(codes, found, strict=True) if present]


def filter_choices(session: Session, entity: str) -> dict[str, list[tuple[object, str]]]:
    """Values a user can filter a list by, only those present in the database."""
    _check_entity(entity)
    choices: dict[str, list[tuple[object, str]]] = {}
    hoods = session.execute(
        select(Neighbourhood.id, Neighbourhood.name, Neighbourhood.district)
        .where(Neighbourhood.deleted_at.is_(None))
        .order_by(Neighbourhood.district, Neighbourhood.name)
    ).all()
    choices["neighbourhood_id"] = [(h.id, h.name) for h in hoods]
    choices["district"] = [(d, d) for d in sorted({h.district for h in hoods if h.district})]
    if entity != "person":
        officers = session.execute(
            select(Officer.id, Officer.name)
            .where(Officer.deleted_at.is_(None))
            .order_by(Officer.name)
        ).all()
        choices["officer_id"] = [(o.id, o.name) for o in officers]
        tags = session.scalars(
            select(Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.name)
        ).all()
        choices["tag"] = [(t, t) for t in tags]
    if entity in _ORGS:
        kinds_of: list[Any] = [Organisation.deleted_at]
        if entity == "initiative":
            kinds_of.append(Organisation.kind == OrganisationKind.INITIATIVE.value)
        elif entity == "partner":
            kinds_of.append(Organisation.kind != OrganisationKind.INITIATIVE.value)
        if entity != "initiative":
            kinds = _present(session, Organisation.kind, OrganisationKind, *kinds_of)
            choices["kind"] = [(k, k) for k in kinds]
        statuses = _present(session, Organisation.status, OrganisationStatus, *kinds_of)
        choices["status"] = [(s, s) for s in statuses]
    elif entity == "person":
        bases = _present(session, Person.legal_basis, LegalBasis, Person.deleted_at)
        choices["legal_basis"] = [(b, b) for b in bases]
    elif entity == "commitment":
        kinds = _present(session, Commitment.kind, SupportKind, Commitment.deleted_at)
        statuses = _present(session, Commitment.status, CommitmentStatus, Commitment.deleted_at)
        choices["kind"] = [(k, k) for k in kinds]
        running = [(CURRENT, CURRENT)] if set(statuses) & set(CURRENT_COMMITMENT_STATUSES) else []
        choices["status"] = [*running, *((s, s) for s in statuses)]
        choices["structural"] = [(True, "structural"), (False, "one-off")]
    else:
        channels = _present(session, Interaction.channel, Channel, Interaction.deleted_at)
        choices["channel"] = [(c, c) for c in channels]
        choices["follow_up_open"] = [(True, "open follow-up"), (False, "no open follow-up")]
    return choices


# --- the command line's contract ---------------------------------------------


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def serialise(session: Session, entity: str, ids: Sequence[int]) -> list[dict[str, object]]:
    """Plain JSON-ready dicts for ``liaison list --json``, in the order of ``ids``.

    ``id`` is the record's UUID (it survives export and import); dates are ISO,
    amounts euros as "1500.00" strings or null.
    """
    data = rows(session, entity, ids)
    out: list[dict[str, object]] = []
    for record_id in ids:
        row = data.get(record_id)
        if row is None:
            continue
        if entity in _ORGS:
            out.append(
                {
                    "id": row["uuid"],
                    "name": row["name"],
                    "kind": row["kind"],
                    "neighbourhood": row["neighbourhood"],
                    "district": row["district"],
                    "status": row["status"],
                    "email": row["email"],
                    "phone": row["phone"],
                }
            )
        elif entity == "person":
            out.append(
                {
                    "id": row["uuid"],
                    "name": row["name"],
                    "email": row["email"],
                    "phone": row["phone"],
                    "neighbourhood": row["neighbourhood"],
                }
            )
        elif entity == "commitment":
            out.append(
                {
                    "id": row["uuid"],
                    "initiative": row["initiative"],
                    "partner": row["partner"],
                    "kind": row["kind"],
                    "amount": _money(row["amount"]),  # type: ignore[arg-type]
                    "start": _iso(row["start"]),  # type: ignore[arg-type]
                    "end": _iso(row["end"]),  # type: ignore[arg-type]
                    "renew_by": _iso(row["renew_by"]),  # type: ignore[arg-type]
                    "status": row["status"],
                    "structural": row["structural"],
                }
            )
        else:
            out.append(
                {
                    "id": row["uuid"],
                    "date": _iso(row["date"]),  # type: ignore[arg-type]
                    "channel": row["channel"],
                    "summary": row["summary"],
                    "organisations": row["organisations_list"],
                    "people": row["people_list"],
                    "follow_up_on": _iso(row["follow_up_on"]),  # type: ignore[arg-type]
                    "follow_up_done": row["follow_up_done"],
                }
            )
    return out


__all__ = [
    "COLUMNS",
    "DEFAULT_SORT",
    "FILTERS",
    "LIST_ENTITIES",
    "ColumnInfo",
    "ListQuery",
    "columns",
    "count",
    "filter_choices",
    "full_name",
    "ids",
    "rows",
    "serialise",
]
