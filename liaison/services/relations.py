"""Read services behind the record pages: a record with its relations, as plain dataclasses.

The UI opens one read session per user action, calls these functions and shows
what they return; nothing here holds on to a session or knows about Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from liaison.services import records
from liaison.storage.models import (
    CURRENT_COMMITMENT_STATUSES,
    Affiliation,
    Commitment,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    OrganisationKind,
    Person,
    interaction_organisation,
    interaction_person,
)
from liaison.text import fold

#: Commitment statuses that count as support the initiative has now.
CURRENT_STATUSES = CURRENT_COMMITMENT_STATUSES

#: Share of current euros from one partner above which an initiative "hangs on one fund".
DEPENDENCE_SHARE = Decimal("0.75")


# --- dataclasses -----------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A named link to another record (for lists of organisations/people)."""

    entity: str
    id: int
    name: str
    kind: str | None = None


@dataclass(frozen=True)
class OrganisationDetail:
    id: int
    uuid: str
    version: int
    name: str
    kind: str
    status: str
    neighbourhood_id: int | None
    neighbourhood: str | None
    district: str | None
    address: str | None
    email: str | None
    phone: str | None
    website: str | None
    description: str | None
    tags: list[str]
    owner_id: int | None
    owner: str | None
    created_at: dt.datetime
    created_by: str | None
    updated_at: dt.datetime
    updated_by: str | None

    @property
    def is_initiative(self) -> bool:
        return self.kind == OrganisationKind.INITIATIVE.value


@dataclass(frozen=True)
class PersonDetail:
    id: int
    uuid: str
    version: int
    full_name: str
    given_name: str
    infix: str
    family_name: str
    email: str | None
    phone: str | None
    neighbourhood_id: int | None
    neighbourhood: str | None
    district: str | None
    notes: str | None
    legal_basis: str
    data_source: str | None
    created_at: dt.datetime
    created_by: str | None
    updated_at: dt.datetime
    updated_by: str | None


@dataclass(frozen=True)
class RoleRow:
    """One affiliation seen from either side (a person's role at an organisation)."""

    affiliation_id: int
    person_id: int
    person_name: str
    organisation_id: int
    organisation_name: str
    organisation_kind: str
    role: str
    start: dt.date | None
    end: dt.date | None
    email: str | None
    phone: str | None

    @property
    def current(self) -> bool:
        return self.end is None or self.end >= dt.date.today()


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    version: int
    partner_id: int
    partner_name: str
    partner_kind: str
    initiative_id: int
    initiative_name: str
    kind: str
    amount: Decimal | None
    start: dt.date | None
    end: dt.date | None
    renew_by: dt.date | None
    status: str
    structural: bool
    officer: str | None
    notes: str | None

    @property
    def current(self) -> bool:
        return self.status in CURRENT_STATUSES


@dataclass(frozen=True)
class InteractionRow:
    id: int
    version: int
    occurred_at: dt.datetime
    channel: str
    summary: str
    notes: str | None
    follow_up_on: dt.date | None
    follow_up_done: bool
    officer: str | None
    organisations: list[Ref]
    people: list[Ref]

    @property
    def follow_up_overdue(self) -> bool:
        return (
            self.follow_up_on is not None
            and not self.follow_up_done
            and self.follow_up_on < dt.date.today()
        )


@dataclass(frozen=True)
class CoalitionNode:
    """``role`` is "centre", "partner" or "person"."""

    entity: str
    id: int
    name: str
    kind: str
    role: str
    amount: Decimal = Decimal(0)


@dataclass(frozen=True)
class CoalitionEdge:
    source: tuple[str, int]
    target: tuple[str, int]
    kind: str
    structural: bool
    amount: Decimal | None
    status: str
    commitment_id: int | None = None

    @property
    def current(self) -> bool:
        return self.commitment_id is None or self.status in CURRENT_STATUSES


@dataclass(frozen=True)
class Coalition:
    initiative: CoalitionNode
    nodes: list[CoalitionNode]
    edges: list[CoalitionEdge]
    total_amount: Decimal
    structural_partners: int
    current_partners: int
    top_partner: CoalitionNode | None = None
    top_share: Decimal = Decimal(0)

    @property
    def depends_on_one(self) -> bool:
        """True when one partner carries (nearly) all current support: the fragile case."""
        if self.current_partners == 1:
            return True
        return self.top_partner is not None and self.top_share >= DEPENDENCE_SHARE


@dataclass(frozen=True)
class EditValues:
    """What an edit form needs: the record's fields and the version the user saw."""

    entity: str
    id: int
    version: int
    values: dict[str, Any]
    labels: dict[str, str] = field(default_factory=dict)


# --- single records --------------------------------------------------------


def _neighbourhood(n: Neighbourhood | None) -> tuple[str | None, str | None]:
    return (n.name, n.district) if n is not None else (None, None)


def organisation_detail(session: Session, organisation_id: int) -> OrganisationDetail:
    """The organisation with its neighbourhood, owner and tags (NotFoundError if trashed)."""
    org = records.get(session, Organisation, organisation_id)
    hood, district = _neighbourhood(org.neighbourhood)
    return OrganisationDetail(
        id=org.id,
        uuid=org.uuid,
        version=org.version,
        name=org.name,
        kind=org.kind,
        status=org.status,
        neighbourhood_id=org.neighbourhood_id,
        neighbourhood=hood,
        district=district,
        address=org.address,
        email=org.email,
        phone=org.phone,
        website=org.website,
        description=org.description,
        tags=[t.name for t in org.tags if t.deleted_at is None],
        owner_id=org.owner_id,
        owner=org.owner.name if org.owner is not None else None,
        created_at=org.created_at,
        created_by=org.created_by,
        updated_at=org.updated_at,
        updated_by=org.updated_by,
    )


def person_detail(session: Session, person_id: int) -> PersonDetail:
    p = records.get(session, Person, person_id)
    hood, district = _neighbourhood(p.neighbourhood)
    return PersonDetail(
        id=p.id,
        uuid=p.uuid,
        version=p.version,
        full_name=p.full_name,
        given_name=p.given_name,
        infix=p.infix,
        family_name=p.family_name,
        email=p.email,
        phone=p.phone,
        neighbourhood_id=p.neighbourhood_id,
        neighbourhood=hood,
        district=district,
        notes=p.notes,
        legal_basis=p.legal_basis,
        data_source=p.data_source,
        created_at=p.created_at,
        created_by=p.created_by,
        updated_at=p.updated_at,
        updated_by=p.updated_by,
    )


def display_name(session: Session, entity: str, record_id: int) -> str:
    """A record's name as shown in titles and pickers (trashed records included)."""
    cls = records.entity_class(entity)
    obj = records.get(session, cls, record_id, include_deleted=True)
    if isinstance(obj, Person):
        return obj.full_name
    name = getattr(obj, "name", None)
    if name:
        return str(name)
    if isinstance(obj, Commitment):
        return f"{obj.partner.name} → {obj.initiative.name}"
    if isinstance(obj, Interaction):
        return obj.summary
    if isinstance(obj, Affiliation):
        return f"{obj.person.full_name} — {obj.organisation.name}"
    return f"{entity} {record_id}"


# --- relations -------------------------------------------------------------


def _role_rows(stmt: Any, session: Session) -> list[RoleRow]:
    rows = []
    for aff, person, org in session.execute(stmt):
        rows.append(
            RoleRow(
                affiliation_id=aff.id,
                person_id=person.id,
                person_name=person.full_name,
                organisation_id=org.id,
                organisation_name=org.name,
                organisation_kind=org.kind,
                role=aff.role,
                start=aff.start,
                end=aff.end,
                email=person.email,
                phone=person.phone,
            )
        )
    return rows


def _roles_select() -> Any:
    return (
        select(Affiliation, Person, Organisation)
        .join(Person, Affiliation.person_id == Person.id)
        .join(Organisation, Affiliation.organisation_id == Organisation.id)
        .where(
            Affiliation.deleted_at.is_(None),
            Person.deleted_at.is_(None),
            Organisation.deleted_at.is_(None),
        )
    )


def people_of(session: Session, organisation_id: int) -> list[RoleRow]:
    """People with a role at the organisation, current roles first, then by family name."""
    stmt = _roles_select().where(Affiliation.organisation_id == organisation_id)
    rows = _role_rows(stmt.order_by(Person.sort_key), session)
    return sorted(rows, key=lambda r: not r.current)


def roles_of(session: Session, person_id: int) -> list[RoleRow]:
    """A person's roles at organisations, current ones first."""
    stmt = _roles_select().where(Affiliation.person_id == person_id)
    rows = _role_rows(stmt.order_by(Organisation.name_key), session)
    return sorted(rows, key=lambda r: not r.current)


def commitments_of(session: Session, organisation_id: int) -> list[CommitmentRow]:
    """Commitments where the organisation is the initiative or the partner, newest start first.

    One joined Core query, no ORM objects: a fund's page lists thousands of support
    lines (a partner in a year of imports gave 7,000), and loading each as a
    Commitment with its partner, initiative and officer took 550 ms where the SQL
    itself needs 70.
    """
    partner = aliased(Organisation)
    initiative = aliased(Organisation)
    stmt = (
        select(
            Commitment.id,
            Commitment.version,
            Commitment.partner_id,
            partner.name,
            partner.kind,
            Commitment.initiative_id,
            initiative.name,
            Commitment.kind,
            Commitment.amount,
            Commitment.start,
            Commitment.end,
            Commitment.renew_by,
            Commitment.status,
            Commitment.structural,
            Officer.name,
            Commitment.notes,
        )
        .join(partner, partner.id == Commitment.partner_id)
        .join(initiative, initiative.id == Commitment.initiative_id)
        .outerjoin(Officer, Officer.id == Commitment.officer_id)
        .where(
            Commitment.deleted_at.is_(None),
            or_(
                Commitment.initiative_id == organisation_id,
                Commitment.partner_id == organisation_id,
            ),
            partner.deleted_at.is_(None),
            initiative.deleted_at.is_(None),
        )
    )
    rows = [
        CommitmentRow(
            id=r[0],
            version=r[1],
            partner_id=r[2],
            partner_name=r[3],
            partner_kind=r[4],
            initiative_id=r[5],
            initiative_name=r[6],
            kind=r[7],
            amount=r[8],
            start=r[9],
            end=r[10],
            renew_by=r[11],
            status=r[12],
            structural=bool(r[13]),
            officer=r[14],
            notes=r[15],
        )
        for r in session.execute(stmt)
    ]
    # ties by id: the database's own order, which only SQLite happened to keep by id
    rows.sort(key=lambda r: (not r.current, -(r.start or dt.date.min).toordinal(), r.id))
    return rows


def interactions_of(
    session: Session, entity: str, record_id: int, limit: int | None = 50
) -> list[InteractionRow]:
    """The contact log of an organisation or a person, most recent first."""
    if entity == "organisation":
        link, column = interaction_organisation, interaction_organisation.c.organisation_id
    elif entity == "person":
        link, column = interaction_person, interaction_person.c.person_id
    else:
        raise ValueError(f"interactions_of: unsupported entity {entity!r}")
    ids = select(link.c.interaction_id).where(column == record_id)
    stmt = (
        select(Interaction)
        .where(Interaction.deleted_at.is_(None), Interaction.id.in_(ids))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .options(
            selectinload(Interaction.organisations),
            selectinload(Interaction.people),
            selectinload(Interaction.officer),
        )
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_interaction_row(i) for i in session.scalars(stmt)]


def count_interactions_of(session: Session, entity: str, record_id: int) -> int:
    """How many live contact-log entries an organisation or person has.

    :func:`interactions_of` gives the latest ``limit`` (a record page asks for 200);
    a municipality's page in a team lead's database has 1,430, and its tab must
    say so rather than the length of the page it shows.
    """
    if entity == "organisation":
        link, column = interaction_organisation, interaction_organisation.c.organisation_id
    elif entity == "person":
        link, column = interaction_person, interaction_person.c.person_id
    else:
        raise ValueError(f"count_interactions_of: unsupported entity {entity!r}")
    stmt = (
        select(func.count())
        .select_from(link)
        .join(Interaction, Interaction.id == link.c.interaction_id)
        .where(column == record_id, Interaction.deleted_at.is_(None))
    )
    return int(session.execute(stmt).scalar_one())


def _interaction_row(i: Interaction) -> InteractionRow:
    return InteractionRow(
        id=i.id,
        version=i.version,
        occurred_at=i.occurred_at,
        channel=i.channel,
        summary=i.summary,
        notes=i.notes,
        follow_up_on=i.follow_up_on,
        follow_up_done=bool(i.follow_up_done),
        officer=i.officer.name if i.officer is not None else None,
        organisations=[
            Ref("organisation", o.id, o.name, o.kind)
            for o in i.organisations
            if o.deleted_at is None
        ],
        people=[Ref("person", p.id, p.full_name) for p in i.people if p.deleted_at is None],
    )


def interaction_row(session: Session, interaction_id: int) -> InteractionRow:
    return _interaction_row(records.get(session, Interaction, interaction_id))


# --- coalition -------------------------------------------------------------


def coalition(session: Session, initiative_id: int) -> Coalition:
    """The initiative, its partners (by commitment) and its people, as nodes and edges.

    Also says how much of the current euros comes from the biggest partner, so the
    map can show "this initiative hangs on one fund" at a glance.
    """
    org = records.get(session, Organisation, initiative_id)
    centre = CoalitionNode("organisation", org.id, org.name, org.kind, "centre")
    nodes: dict[tuple[str, int], CoalitionNode] = {}
    edges: list[CoalitionEdge] = []
    per_partner: dict[int, Decimal] = {}
    current_partners: set[int] = set()
    structural: set[int] = set()
    for c in commitments_of(session, initiative_id):
        if c.initiative_id != initiative_id:
            continue  # the initiative acting as a partner of another one
        key = ("organisation", c.partner_id)
        if c.current:
            current_partners.add(c.partner_id)
            per_partner[c.partner_id] = per_partner.get(c.partner_id, Decimal(0)) + (
                c.amount or Decimal(0)
            )
            if c.structural:
                structural.add(c.partner_id)
        nodes[key] = CoalitionNode(
            "organisation",
            c.partner_id,
            c.partner_name,
            c.partner_kind,
            "partner",
            per_partner.get(c.partner_id, Decimal(0)),
        )
        edges.append(
            CoalitionEdge(
                source=key,
                target=("organisation", initiative_id),
                kind=c.kind,
                structural=c.structural,
                amount=c.amount,
                status=c.status,
                commitment_id=c.id,
            )
        )
    for r in people_of(session, initiative_id):
        if not r.current:
            continue
        key = ("person", r.person_id)
        nodes.setdefault(
            key, CoalitionNode("person", r.person_id, r.person_name, "person", "person")
        )
        edges.append(
            CoalitionEdge(
                source=key,
                target=("organisation", initiative_id),
                kind=r.role,
                structural=True,
                amount=None,
                status="role",
            )
        )
    total = sum(per_partner.values(), Decimal(0))
    top_node, top_share = None, Decimal(0)
    if per_partner and total > 0:
        top_id = max(per_partner, key=lambda k: per_partner[k])
        top_node = nodes[("organisation", top_id)]
        top_share = (per_partner[top_id] / total).quantize(Decimal("0.01"))
    elif len(current_partners) == 1:
        top_node = nodes[("organisation", next(iter(current_partners)))]
        top_share = Decimal(1)
    return Coalition(
        initiative=centre,
        nodes=list(nodes.values()),
        edges=edges,
        total_amount=total,
        structural_partners=len(structural),
        current_partners=len(current_partners),
        top_partner=top_node,
        top_share=top_share,
    )


# --- completion and choices ------------------------------------------------


def _like(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped


def complete_organisations(
    session: Session, prefix: str, limit: int = 12, kinds: list[str] | None = None
) -> list[Ref]:
    """Organisations whose name (any word) starts with what the user typed; prefix matches first."""
    key = fold(prefix).strip()
    if not key:
        return []
    from liaison.text import name_key

    nkey = _like(name_key(prefix))
    stmt = select(Organisation.id, Organisation.name, Organisation.kind).where(
        Organisation.deleted_at.is_(None),
        or_(
            Organisation.name_key.like(f"{nkey}%", escape="\\"),
            Organisation.name_key.like(f"% {nkey}%", escape="\\"),
        ),
    )
    if kinds:
        stmt = stmt.where(Organisation.kind.in_(kinds))
    starts = Organisation.name_key.like(f"{nkey}%", escape="\\")
    stmt = stmt.order_by(starts.desc(), func.length(Organisation.name_key), Organisation.name_key)
    return [Ref("organisation", i, n, k) for i, n, k in session.execute(stmt.limit(limit))]


def person_name_matches(text: str, *, email: bool = False) -> list[Any] | None:
    """WHERE conditions for people whose name words start with the typed words ("jan",
    "berg", "jan de b"); with ``email``, an e-mail address starting with one counts too.
    None when nothing was typed. Shared by completion and the privacy tools' person search.
    """
    words = fold(text).split()
    if not words:
        return None
    # Every word of a name starts the sort key (the family name), follows its separator
    # (given name, infix) or a space; the key is folded as the typed words are. Building
    # lower(given || infix || family) per row instead made a picker that found nobody
    # scan 105,000 people in 185 ms a keystroke; these three take 20.
    conditions = []
    for word in words:
        w = _like(word)
        either = [
            Person.sort_key.like(f"{w}%", escape="\\"),
            Person.sort_key.like(f"%\x1f{w}%", escape="\\"),
            Person.sort_key.like(f"% {w}%", escape="\\"),
        ]
        if email:
            either.append(func.lower(func.coalesce(Person.email, "")).like(f"{w}%", escape="\\"))
        conditions.append(or_(*either))
    return conditions


def complete_people(session: Session, prefix: str, limit: int = 12) -> list[Ref]:
    """People whose given or family name starts with the typed text ("jan", "berg", "jan de b")."""
    matches = person_name_matches(prefix)
    if matches is None:
        return []
    stmt = select(Person.id, Person.given_name, Person.infix, Person.family_name).where(
        Person.deleted_at.is_(None), *matches
    )
    stmt = stmt.order_by(Person.sort_key).limit(limit)
    return [
        Ref("person", i, " ".join(p for p in (g, x, f) if p))
        for i, g, x, f in session.execute(stmt)
    ]


def neighbourhood_choices(session: Session) -> list[Ref]:
    stmt = (
        select(Neighbourhood.id, Neighbourhood.name, Neighbourhood.district)
        .where(Neighbourhood.deleted_at.is_(None))
        .order_by(Neighbourhood.district, Neighbourhood.name)
    )
    return [Ref("neighbourhood", i, n, d) for i, n, d in session.execute(stmt)]


def officer_choices(session: Session) -> list[Ref]:
    stmt = (
        select(Officer.id, Officer.name)
        .where(Officer.deleted_at.is_(None), Officer.active.is_(True))
        .order_by(Officer.name)
    )
    return [Ref("officer", i, n) for i, n in session.execute(stmt)]


def current_officer_id(session: Session) -> int | None:
    """The Officer row of the acting officer, created on first use so logs can point to it."""
    name = records.officer_of(session)
    if not name:
        return None
    found = session.scalars(select(Officer).where(Officer.name == name)).first()
    if found is not None:
        return found.id
    return records.create(session, Officer, name=name).id


# --- edit forms ------------------------------------------------------------


def edit_values(session: Session, entity: str, record_id: int) -> EditValues:
    """A record's editable values (relations as ids) plus display labels for linked records."""
    cls = records.entity_class(entity)
    obj = records.get(session, cls, record_id)
    values = {
        k: v
        for k, v in records.snapshot(obj).items()
        if k not in records.BOOKKEEPING and k not in records.DERIVED and k != "uuid"
    }
    labels: dict[str, str] = {}
    if isinstance(obj, Organisation):
        values["tags"] = [t.name for t in obj.tags if t.deleted_at is None]
    if isinstance(obj, Interaction):
        values["organisations"] = [
            Ref("organisation", o.id, o.name, o.kind) for o in obj.organisations
        ]
        values["people"] = [Ref("person", p.id, p.full_name) for p in obj.people]
    for fk in ("partner_id", "initiative_id", "organisation_id", "person_id"):
        if values.get(fk) is not None:
            target = "person" if fk == "person_id" else "organisation"
            labels[fk] = display_name(session, target, values[fk])
    return EditValues(entity, obj.id, obj.version, values, labels)


def showcase_ids(session: Session) -> dict[str, int]:
    """A well-connected initiative, partner and person (screenshots, demos, self-tests)."""
    found: dict[str, int] = {}
    for key, column in (
        ("initiative", Commitment.initiative_id),
        ("partner", Commitment.partner_id),
    ):
        row = session.execute(
            select(column, func.count())
            .where(Commitment.deleted_at.is_(None))
            .group_by(column)
            .order_by(func.count().desc(), column)
            .limit(1)
        ).first()
        if row is not None:
            found[key] = int(row[0])
    row = session.execute(
        select(Affiliation.person_id, func.count())
        .where(Affiliation.deleted_at.is_(None))
        .group_by(Affiliation.person_id)
        .order_by(func.count().desc(), Affiliation.person_id)
        .limit(1)
    ).first()
    if row is not None:
        found["person"] = int(row[0])
    return found
