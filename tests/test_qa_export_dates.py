"""Days Excel cannot hold as dates still travel through the workbook unchanged.

Found by the export QA helper: a start date typed with a three-digit year
(0202-05-01, it happens) was written as a negative day number, which Excel
shows as ####; importing the export back into its own database read it as
'00:00:00', warned, and changed the record (the round trip must change
nothing). Days in January and February 1900 came out a day off in Excel, which
counts a 29 February 1900 that never was.
"""

from __future__ import annotations

import datetime as dt

import openpyxl

from liaison.exchange.export import export_workbook
from liaison.exchange.importer import run_import
from liaison.services import records
from liaison.storage.models import Affiliation, Commitment, Interaction, Organisation, Person


def test_days_before_march_1900_are_dutch_text_and_import_back_unchanged(db, tmp_path) -> None:
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Buurtkeuken", kind="initiative")
        fund = records.create(s, Organisation, name="Kansfonds", kind="fund")
        person = records.create(s, Person, given_name="Anna", family_name="Jansen")
        records.create(
            s,
            Affiliation,
            person=person,
            organisation=ini,
            role="contact",
            start=dt.date(1899, 7, 4),
        )
        records.create(
            s,
            Commitment,
            partner=fund,
            initiative=ini,
            kind="financial",
            start=dt.date(202, 5, 1),
            end=dt.date(1900, 1, 15),
            status="ended",
        )
        records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(1900, 2, 28, 9, 30),
            channel="call",
            summary="Oud",
            organisations=[ini],
        )
        records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 3, 1, 9, 30),
            channel="call",
            summary="Nieuw",
            organisations=[ini],
        )
    path = tmp_path / "overzicht.xlsx"
    export_workbook(db, path, today=dt.date(2026, 11, 27))
    wb = openpyxl.load_workbook(path)
    steun = wb["Steun"]
    h = [c.value for c in steun[1]]
    row = steun[2]
    assert row[h.index("Start")].value == "01-05-0202"
    assert row[h.index("Einde")].value == "15-01-1900"
    rollen = wb["Rollen"]
    assert rollen[2][[c.value for c in rollen[1]].index("Start")].value == "04-07-1899"
    log = {r[3]: r[1] for r in wb["Contactlog"].iter_rows(min_row=2, values_only=True)}
    assert log["Oud"] == "28-02-1900 09:30"
    assert log["Nieuw"] == dt.datetime(2026, 3, 1, 9, 30)  # a real date as ever

    report = run_import(db, path, dry_run=True)
    assert report.rows == report.unchanged, [p.message for p in report.problems]
    assert not [p for p in report.problems if p.severity != "info"]
