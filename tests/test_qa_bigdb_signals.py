"""Signals built by the fast constructor are the same objects ``Signal(...)`` makes."""

from __future__ import annotations

import dataclasses

import pytest

from liaison import demo
from liaison.services import signals
from liaison.storage.db import Database


def test_evaluated_signals_are_plain_frozen_signals(db: Database) -> None:
    demo.generate(db, size=300)
    with db.session_scope(write=False) as s:
        found = signals.evaluate(s)
    flat = [sig for items in found.signals.values() for sig in items]
    assert {sig.code for sig in flat} >= {
        signals.SINGLE_PARTNER,
        signals.ONE_OFF_ONLY,
        signals.NO_MUNICIPAL_CONTACT,
    }
    for sig in flat:
        assert type(sig) is signals.Signal
        again = signals.Signal(**{f.name: getattr(sig, f.name) for f in dataclasses.fields(sig)})
        assert sig == again and hash(sig) == hash(again) and repr(sig) == repr(again)
        with pytest.raises(dataclasses.FrozenInstanceError):
            sig.code = "other"  # type: ignore[misc]
    assert len(set(flat)) == len(flat)
    euros = [total for _count, total in found.support.values()]
    assert euros and all(str(e).count(".") == 1 and len(str(e).split(".")[1]) == 2 for e in euros)
