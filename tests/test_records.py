"""The generic record services: create, update with versions, trash and audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from liaison.errors import NotFoundError, StaleRecordError, ValidationError
from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import AuditEntry, Commitment, Organisation, Person


def test_create_stamps_and_audits(db: Database) -> None:
    with db.session_scope() as s:
        org = records.create(s, Organisation, name="  Voedselbank  Feijenoord ", kind="initiative")
        org_id = org.id
    with db.session_scope(write=False) as s:
        org = records.get(s, Organisation, org_id)
        assert org.name == "Voedselbank  Feijenoord"
        assert org.name_key == "voedselbank feijenoord"
        assert org.created_by == "Tester"
        assert org.version == 1
        entries = records.history(s, org)
        assert entries[0].action == "create"
        assert {e.field for e in entries[1:]} == {"name", "kind"}


def test_update_refuses_stale_version(db: Database) -> None:
    with db.session_scope() as s:
        org_id = records.create(s, Organisation, name="Buurtkeuken", kind="initiative").id
    with db.session_scope() as s:
        records.update(s, Organisation, org_id, 1, description="Maaltijden aan huis")
    with pytest.raises(StaleRecordError) as info, db.session_scope() as s:
        records.update(s, Organisation, org_id, 1, description="Overschreven")
    assert info.value.current["description"] == "Maaltijden aan huis"
    with db.session_scope(write=False) as s:
        org = records.get(s, Organisation, org_id)
        assert org.description == "Maaltijden aan huis"
        assert org.version == 2
        last = records.history(s, org)[-1]
        assert (last.field, last.old, last.new) == ("description", None, "Maaltijden aan huis")


def test_unchanged_update_keeps_version(db: Database) -> None:
    with db.session_scope() as s:
        org_id = records.create(s, Organisation, name="Buurtkeuken").id
    with db.session_scope() as s:
        org = records.update(s, Organisation, org_id, 1, name="Buurtkeuken")
        assert org.version == 1


def test_delete_to_trash_and_restore_with_dependents(db: Database) -> None:
    with db.session_scope() as s:
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        ini = records.create(s, Organisation, name="Digitale Maatjes", kind="initiative")
        c = records.create(
            s,
            Commitment,
            partner_id=fund.id,
            initiative_id=ini.id,
            kind="financial",
            amount="1500.5",
            start=dt.date(2026, 1, 1),
        )
        fund_id, c_id = fund.id, c.id
    with db.session_scope() as s:
        records.delete(s, Organisation, fund_id)
    with db.session_scope(write=False) as s:
        with pytest.raises(NotFoundError):
            records.get(s, Organisation, fund_id)
        assert records.get(s, Commitment, c_id, include_deleted=True).deleted_at is not None
        assert [o.name for o in records.trash(s, Organisation)] == ["Oranje Fonds"]
    with db.session_scope() as s:
        records.restore(s, Organisation, fund_id)
    with db.session_scope(write=False) as s:
        c = records.get(s, Commitment, c_id)
        assert c.amount == Decimal("1500.50")
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.record_id == c_id)).all()
        assert "delete" in actions and "restore" in actions


def test_support_does_not_come_back_while_its_partner_is_in_the_trash(db: Database) -> None:
    """It would be live support from a partner that is not there (listed under Support,
    missing on the initiative's page); restoring the partner brings both back."""
    with db.session_scope() as s:
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        ini = records.create(s, Organisation, name="Digitale Maatjes", kind="initiative")
        c = records.create(s, Commitment, partner_id=fund.id, initiative_id=ini.id, kind="space")
        fund_id, c_id = fund.id, c.id
    with db.session_scope() as s:
        records.delete(s, Organisation, fund_id)  # the support goes with it
    refused = pytest.raises(ValidationError, match="while 'Oranje Fonds' is in the trash")
    with refused, db.session_scope() as s:
        records.restore(s, Commitment, c_id)
    with db.session_scope(write=False) as s:
        assert records.get(s, Commitment, c_id, include_deleted=True).deleted_at is not None
    with db.session_scope() as s:
        records.restore(s, Organisation, fund_id)
    with db.session_scope(write=False) as s:
        assert records.get(s, Commitment, c_id).deleted_at is None


def test_bad_enum_and_amount_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError), db.session_scope() as s:
        records.create(s, Organisation, name="X", kind="spaceship")
    with pytest.raises(ValidationError), db.session_scope() as s:
        records.create(s, Commitment, partner_id=1, initiative_id=1, amount="veel")
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0


def test_person_sort_key_ignores_infix(db: Database) -> None:
    with db.session_scope() as s:
        for given, infix, family in [
            ("Gerrit", "van den", "Berg"),
            ("Anna", "", "Aksoy"),
            ("Fatima", "el", "Amrani"),
            ("Jan", "de", "Vries"),
        ]:
            records.create(s, Person, given_name=given, infix=infix, family_name=family)
    with db.session_scope(write=False) as s:
        people = s.scalars(select(Person).order_by(Person.sort_key)).all()
        assert [p.full_name for p in people] == [
            "Anna Aksoy",
            "Fatima el Amrani",
            "Gerrit van den Berg",
            "Jan de Vries",
        ]


def test_a_label_with_a_separator_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    """'Eten, drinken' came back from an export and import as two labels, 'Eten' and 'drinken'."""
    import pytest

    from liaison.errors import ValidationError
    from liaison.services import records

    with db.session_scope() as s, pytest.raises(ValidationError) as refused:
        records.tags_by_name(s, ["jongeren", "Eten, drinken"])
    assert refused.value.field == "tags" and "'Eten, drinken'" in str(refused.value)
    with db.session_scope() as s:
        assert [t.name for t in records.tags_by_name(s, ["jongeren"])] == ["jongeren"]
