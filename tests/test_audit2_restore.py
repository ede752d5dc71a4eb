"""Restoring from the trash never brings back a role or support line whose other end is
still in the trash, and brings it back once both ends are (issue 2: soft delete/restore)."""

from __future__ import annotations

from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import Affiliation, Commitment, Organisation, Person


def _coalition(db: Database) -> tuple[int, int, int, int, int]:
    with db.session_scope() as s:
        initiative = records.create(
            s, Organisation, name="Buurtkeuken Afrikaanderwijk", kind="initiative"
        )
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        person = records.create(s, Person, given_name="Gerrit", infix="van den", family_name="Berg")
        role = records.create(
            s, Affiliation, person_id=person.id, organisation_id=initiative.id, role="contact"
        )
        support = records.create(
            s, Commitment, partner_id=fund.id, initiative_id=initiative.id, kind="financial"
        )
        return initiative.id, fund.id, person.id, role.id, support.id


def _live(db: Database, cls: type, record_id: int) -> bool:
    with db.session_scope(write=False) as s:
        return s.get(cls, record_id).deleted_at is None


def test_restoring_an_organisation_leaves_what_points_at_a_trashed_record(db: Database) -> None:
    initiative, fund, person, role, support = _coalition(db)
    with db.session_scope() as s:
        records.delete(s, Organisation, initiative)  # takes the role and the support along
    with db.session_scope() as s:
        records.delete(s, Person, person)
        records.delete(s, Organisation, fund)
    with db.session_scope() as s:
        records.restore(s, Organisation, initiative)

    assert _live(db, Organisation, initiative)
    # Before the fix both came back, pointing at a person and a fund in the trash.
    assert not _live(db, Affiliation, role)
    assert not _live(db, Commitment, support)

    # Once their other end is back, they come back with it.
    with db.session_scope() as s:
        records.restore(s, Person, person)
        records.restore(s, Organisation, fund)
    assert _live(db, Affiliation, role)
    assert _live(db, Commitment, support)


def test_what_went_with_the_first_end_comes_back_with_the_last(db: Database) -> None:
    initiative, fund, person, role, support = _coalition(db)
    with db.session_scope() as s:
        records.delete(s, Person, person)  # the role goes with the person
    with db.session_scope() as s:
        records.delete(s, Organisation, initiative)  # the support goes with the initiative
    with db.session_scope() as s:
        records.restore(s, Person, person)
    assert not _live(db, Affiliation, role)  # its organisation is still in the trash
    with db.session_scope() as s:
        records.restore(s, Organisation, initiative)
    assert _live(db, Affiliation, role)
    assert _live(db, Commitment, support)


def test_support_trashed_on_its_own_stays_in_the_trash(db: Database) -> None:
    initiative, fund, person, role, support = _coalition(db)
    with db.session_scope() as s:
        records.delete(s, Commitment, support)
    with db.session_scope() as s:
        records.delete(s, Organisation, initiative)
    with db.session_scope() as s:
        records.restore(s, Organisation, initiative)
    assert _live(db, Affiliation, role)
    assert not _live(db, Commitment, support)
