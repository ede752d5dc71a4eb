"""A required name of only spaces is refused like a missing one (issue 2: services validate;
before, ``create(Organisation, name="   ")`` stored an organisation named '')."""

from __future__ import annotations

import pytest

from liaison.errors import ValidationError
from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import Neighbourhood, Officer, Organisation, Person, Tag


@pytest.mark.parametrize("cls", [Organisation, Neighbourhood, Officer, Tag])
def test_a_blank_required_name_is_refused(db: Database, cls: type) -> None:
    with (
        pytest.raises(ValidationError, match="name cannot be empty") as info,
        db.session_scope() as s,
    ):
        records.create(s, cls, name="  \t ")
    assert info.value.field == "name"
    with db.session_scope(write=False) as s:
        assert records.trash(s, cls) == []
        assert s.query(cls).count() == 0


def test_renaming_to_blank_is_refused_and_changes_nothing(db: Database) -> None:
    with db.session_scope() as s:
        org_id = records.create(s, Organisation, name="Voedselbank Feijenoord").id
    with pytest.raises(ValidationError, match="name cannot be empty"), db.session_scope() as s:
        records.update(s, Organisation, org_id, 1, name="   ")
    with db.session_scope(write=False) as s:
        org = records.get(s, Organisation, org_id)
        assert (org.name, org.version) == ("Voedselbank Feijenoord", 1)


def test_optional_and_defaulted_text_still_empties(db: Database) -> None:
    with db.session_scope() as s:
        person = records.create(s, Person, given_name="Ayşe", infix="  ", family_name="Öztürk")
        org = records.create(s, Organisation, name="Taalcafé", description="   ")
        assert person.infix == ""  # a person's name parts may stay empty
        assert org.description is None
