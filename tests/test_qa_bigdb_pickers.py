"""Person pickers match every word of a name on its folded sort key."""

from __future__ import annotations

from liaison.services import records, relations
from liaison.storage.db import Database
from liaison.storage.models import Person


def test_person_completion_words_accents_and_infixes(db: Database) -> None:
    with db.session_scope() as s:
        for given, infix, family in (
            ("José María", "", "Fernández"),
            ("Gerrit", "van den", "Berg"),
            ("Ayşe", "", "Öztürk"),
            ("Anne Marie", "de", "Vries"),
            ("Fatima", "", "El Amrani"),
            ("Bram", "", "Bergkamp"),
        ):
            records.create(s, Person, given_name=given, infix=infix, family_name=family)
    with db.session_scope(write=False) as s:

        def names(typed: str) -> list[str]:
            return [ref.name for ref in relations.complete_people(s, typed)]

        # a word inside the given name, accents typed or not (lower() in SQL kept the í)
        assert names("maria") == ["José María Fernández"]
        assert names("maría") == ["José María Fernández"]
        assert names("fernan") == ["José María Fernández"]
        assert names("marie") == ["Anne Marie de Vries"]
        assert names("den") == ["Gerrit van den Berg"]
        assert names("van den b") == ["Gerrit van den Berg"]
        assert names("ozt") == ["Ayşe Öztürk"]
        assert names("ayse") == ["Ayşe Öztürk"]
        assert names("amrani") == ["Fatima El Amrani"]
        # family names sort first ("van den Berg" under B), then Bergkamp
        assert names("berg") == ["Gerrit van den Berg", "Bram Bergkamp"]
        assert names("erg") == []  # word starts only
        assert names("zzq") == []
