"""Filter boxes offer the codes in use, as DISTINCT found them, without sorting the table."""

from __future__ import annotations

from sqlalchemy import select, update

from liaison import demo
from liaison.services import queries
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Interaction, Organisation, Person


def _distinct(s, column, *where) -> list[str]:
    return list(s.scalars(select(column).distinct().where(*where).order_by(column)))


def test_filter_choices_are_the_codes_in_use(db: Database) -> None:
    demo.generate(db, size=300)
    with db.session_scope() as s:
        # a code used only by records in the trash is not offered
        one = s.scalars(select(Interaction.id).order_by(Interaction.id).limit(1)).one()
        s.execute(
            update(Interaction)
            .where(Interaction.id == one)
            .values(channel="event", deleted_at=Interaction.created_at)
        )
        s.execute(update(Interaction).where(Interaction.channel == "event").values(channel="call"))
    with db.session_scope(write=False) as s:
        live_org = Organisation.deleted_at.is_(None)
        partner = Organisation.kind != "initiative"
        expected = {
            ("partner", "kind"): _distinct(s, Organisation.kind, live_org, partner),
            ("partner", "status"): _distinct(s, Organisation.status, live_org, partner),
            ("initiative", "status"): _distinct(
                s, Organisation.status, live_org, Organisation.kind == "initiative"
            ),
            ("person", "legal_basis"): _distinct(
                s, Person.legal_basis, Person.deleted_at.is_(None)
            ),
            ("commitment", "kind"): _distinct(s, Commitment.kind, Commitment.deleted_at.is_(None)),
            ("interaction", "channel"): _distinct(
                s, Interaction.channel, Interaction.deleted_at.is_(None)
            ),
        }
        for (entity, field), want in expected.items():
            got = [value for value, _label in queries.filter_choices(s, entity)[field]]
            assert got == want, (entity, field)
            assert got, (entity, field)
        channels = [v for v, _ in queries.filter_choices(s, "interaction")["channel"]]
        assert "event" not in channels and "call" in channels
        statuses = [v for v, _ in queries.filter_choices(s, "commitment")["status"]]
        live = _distinct(s, Commitment.status, Commitment.deleted_at.is_(None))
        assert statuses == [queries.CURRENT, *live]
        assert "kind" not in queries.filter_choices(s, "initiative")
