"""Property: whatever text, amounts and dates officers typed, export → import gives them back."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from liaison.exchange.export import export_workbook
from liaison.exchange.importer import run_import
from liaison.services import records
from liaison.storage.db import open_database
from liaison.storage.models import Commitment, Organisation
from liaison.text import name_key

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60).map(str.strip)
NAMES = TEXT.filter(lambda s: any(ch.isalnum() for ch in s))
DESCRIPTIONS = st.one_of(st.none(), TEXT.filter(bool))
AMOUNTS = st.one_of(
    st.none(),
    st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False),
)
DATES = st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)))

ORG = st.tuples(NAMES, DESCRIPTIONS, AMOUNTS, DATES, DATES, st.booleans())


def _snapshot(db) -> dict[str, tuple]:
    with db.session_scope(write=False) as s:
        orgs = {o.uuid: (o.name, o.kind, o.description) for o in s.scalars(select(Organisation))}
        coms = {
            c.uuid: (
                c.initiative.uuid,
                c.partner.uuid,
                c.kind,
                c.amount,
                c.start,
                c.end,
                c.structural,
                c.notes,
            )
            for c in s.scalars(select(Commitment))
        }
    return {"organisations": orgs, "commitments": coms}


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.lists(ORG, min_size=1, max_size=4, unique_by=lambda o: name_key(o[0])))
def test_export_then_import_gives_the_same_records(orgs) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        source = open_database(base / "bron.db", officer="Tester")
        with source.session_scope() as s:
            fund = records.create(s, Organisation, name="Fonds 1818 (partner)", kind="fund")
            for name, description, amount, start, end, structural in orgs:
                ini = records.create(
                    s, Organisation, name=name, kind="initiative", description=description
                )
                records.create(
                    s,
                    Commitment,
                    partner=fund,
                    initiative=ini,
                    kind="financial",
                    amount=amount,
                    start=start,
                    end=end,
                    structural=structural,
                    notes=description,
                )
        out = base / "export.xlsx"
        export_workbook(source, out, today=dt.date(2026, 11, 27))
        target = open_database(base / "doel.db", officer="Collega")
        report = run_import(target, out)
        assert report.rejected == 0, [p.message for p in report.problems]
        expected, got = _snapshot(source), _snapshot(target)
        assert got == expected
        for values in got["commitments"].values():
            assert values[3] is None or isinstance(values[3], Decimal)
        source.close()
        target.close()
