"""Importing overview sheets end to end: real .xlsx files, real SQLite databases."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select, text

from liaison.cli import main as cli
from liaison.errors import LiaisonError
from liaison.exchange.importer import (
    ImportCancelled,
    ImportRefused,
    list_batches,
    plan_import,
    run_import,
    undo_import,
)
from liaison.exchange.mapping import guess_mapping, headers_key
from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import (
    Affiliation,
    AuditEntry,
    Commitment,
    ImportBatch,
    Organisation,
    Person,
    Setting,
    local_time,
)

HEADERS = [
    "Naam initiatief", "Contactpersoon", "E-mailadres", "Tel.", "Wijk", "Verstrekt door",
    "Soort steun", "Bedrag (€)", "Startdatum", "Einddatum", "Opmerkingen",
]  # fmt: skip
ROWS: list[list[Any]] = [
    ["Buurtkracht Delfshaven", "Jan van der Berg", "jan@buurtkracht.nl", "06-12345678",
     "Delfshaven", "Gemeente Rotterdam", "Financieel", "€ 1.500,-", "1-5-2020", "31-12-2020",
     "eerste ronde"],
    ["Buurtkracht Delfshaven", "Jan van der Berg", "jan@buurtkracht.nl", "06-12345678",
     "Delfshaven", "Oranje Fonds", "In natura", 750, "15/06/2020", "2020-09-01", None],
    ["Maaltijden aan Huis", "Fatima el Amrani", "fatima@@x", "010-1234567", "Feijenoord",
     "Havensteder", "Koppeling", None, dt.date(2020, 4, 1), None, None],
    [None, "Zonder Naam", "z@x.nl", None, None, None, None, None, None, None, None],
]  # fmt: skip


def write_sheet(path: Path, rows: list[list[Any]] = ROWS, *, title_rows: bool = True,
                total: bool = True, headers: list[str] = HEADERS) -> Path:  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Overzicht"
    if title_rows:
        ws.append(["Overzicht steun aan initiatieven 2020"])
        ws.append(["Bijgewerkt: 1 januari 2021"])
        ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    if total:
        ws.append([])
        ws.append(["Totaal", None, None, None, None, None, None, 2250])
    wb.save(path)
    return path


def count(db: Database, cls: Any) -> int:
    with db.session_scope(write=False) as s:
        return s.scalar(select(func.count()).select_from(cls).where(cls.deleted_at.is_(None)))


def test_overview_sheet_imports_initiatives_people_and_support(
    db: Database, tmp_path: Path
) -> None:
    path = write_sheet(tmp_path / "overzicht.xlsx")
    report = run_import(db, path)
    assert (report.rows, report.imported, report.unchanged, report.rejected) == (4, 3, 0, 1)
    assert report.created == {
        "neighbourhood": 2, "organisation": 5, "person": 2, "affiliation": 2, "commitment": 3,
    }  # fmt: skip
    with db.session_scope(write=False) as s:
        org = s.scalars(
            select(Organisation).where(Organisation.name == "Buurtkracht Delfshaven")
        ).one()
        assert org.kind == "initiative" and org.neighbourhood.name == "Delfshaven"
        assert org.import_batch_id is not None
        jan = s.scalars(select(Person).where(Person.email == "jan@buurtkracht.nl")).one()
        assert (jan.given_name, jan.infix, jan.family_name) == ("Jan", "van der", "Berg")
        assert jan.phone == "+31 6 12345678"
        gemeente = s.scalars(
            select(Organisation).where(Organisation.name == "Gemeente Rotterdam")
        ).one()
        assert gemeente.kind == "municipality"
        money = s.scalars(select(Commitment).where(Commitment.partner_id == gemeente.id)).one()
        assert money.amount == Decimal("1500.00") and money.kind == "financial"
        assert (money.start, money.end) == (dt.date(2020, 5, 1), dt.date(2020, 12, 31))
        assert money.notes == "eerste ronde" and money.status == "ended"
        fatima = s.scalars(select(Person).where(Person.family_name == "el Amrani")).one()
        assert fatima.email is None  # bad optional value: warning, row still imported
    problems = {(p.row, p.severity) for p in report.problems}
    assert (7, "warning") in problems  # fatima@@x, sheet row 7
    assert (8, "error") in problems  # no initiative name
    assert any("totals row" in p.message for p in report.problems)


def test_new_records_carry_the_stamps_even_with_quotes_in_the_officer_name(
    tmp_path: Path,
) -> None:
    # The stamps go into the INSERT as SQL literals: a quote must stay a quote.
    from liaison.storage.db import open_database

    db = open_database(tmp_path / "quotes.db", officer="Fatima O'Brien; DROP TABLE person --")
    try:
        report = run_import(db, write_sheet(tmp_path / "overzicht.xlsx"))
        with db.session_scope(write=False) as s:
            stamps = set(
                s.execute(
                    select(Person.created_by, Person.updated_by, Person.version, Person.created_at)
                ).all()
            )
            batch_ids = set(s.scalars(select(Commitment.import_batch_id)))
        assert {(by, upd, v) for by, upd, v, _at in stamps} == {
            ("Fatima O'Brien; DROP TABLE person --", "Fatima O'Brien; DROP TABLE person --", 1)
        }
        assert all(isinstance(at, dt.datetime) for *_rest, at in stamps)
        assert len(batch_ids) == 1 and None not in batch_ids
        assert report.created["person"] == 2
    finally:
        db.close()


def test_reimport_changes_nothing_and_updates_are_audited_and_undone(
    db: Database, tmp_path: Path
) -> None:
    path = write_sheet(tmp_path / "overzicht.xlsx")
    first = run_import(db, path)
    again = run_import(db, path)
    assert (again.imported, again.unchanged, again.rejected) == (0, 3, 1)
    assert again.created == {} and again.updated == {} and again.batch_uuid is None
    assert count(db, Organisation) == 5 and count(db, Person) == 2
    # a colleague's newer sheet: a changed amount, an added phone, an empty cell (clears nothing)
    rows = [list(r) for r in ROWS[:3]]
    rows[0][7] = "2.000,00"
    rows[0][10] = None
    rows[2][3] = "010-7654321"
    second = run_import(db, write_sheet(tmp_path / "nieuw.xlsx", rows))
    assert second.updated == {"person": 1, "commitment": 1} and second.created == {}
    with db.session_scope(write=False) as s:
        money = s.scalars(select(Commitment).where(Commitment.amount == Decimal("2000"))).one()
        assert money.notes == "eerste ronde" and money.version == 2
        entries = s.scalars(
            select(AuditEntry).where(
                AuditEntry.record_uuid == money.uuid, AuditEntry.field == "amount"
            )
        ).all()
        assert [(e.old, e.new) for e in entries] == [("1500.00", "2000.00")]
        batch = s.scalars(select(ImportBatch).where(ImportBatch.uuid == second.batch_uuid)).one()
        assert entries[0].import_batch_id == batch.id
    undone = undo_import(db, second.batch_uuid)
    assert undone.reverted == {"person": 1, "commitment": 1} and undone.removed == {}
    with db.session_scope(write=False) as s:
        money = s.scalars(select(Commitment).where(Commitment.notes == "eerste ronde")).one()
        assert money.amount == Decimal("1500.00")
        fatima = s.scalars(select(Person).where(Person.family_name == "el Amrani")).one()
        assert fatima.phone == "+31 10 123 4567"
    undone_first = undo_import(db, first.batch_uuid[:8])
    assert undone_first.removed["organisation"] == 5
    assert count(db, Organisation) == 0 and count(db, Commitment) == 0
    with pytest.raises(LiaisonError, match="undone already"):
        undo_import(db, first.batch_uuid)


@pytest.fixture
def amsterdam_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A local clock that is not UTC, as officers' are."""
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_undo_is_refused_when_later_edits_would_be_lost(
    db: Database, tmp_path: Path, amsterdam_clock: None
) -> None:
    report = run_import(db, write_sheet(tmp_path / "o.xlsx"))
    with db.session_scope() as s:
        org = s.scalars(
            select(Organisation).where(Organisation.name == "Maaltijden aan Huis")
        ).one()
        records.update(s, Organisation, org.id, None, description="Nu ook op zondag")
    with pytest.raises(LiaisonError) as exc:
        undo_import(db, report.batch_uuid)
    message = str(exc.value)
    assert "one of its records was changed afterwards" in message and "\n" not in message
    with db.session_scope(write=False) as s:  # the time as the officer's clock shows it
        edited = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert f"{local_time(edited.at):%d-%m-%Y %H:%M}" in message
        assert f"{edited.at:%d-%m-%Y %H:%M}" not in message  # not UTC as if it were local
    assert count(db, Organisation) == 5  # nothing changed


def test_undo_is_refused_when_new_records_refer_to_imported_ones(
    db: Database, tmp_path: Path
) -> None:
    report = run_import(db, write_sheet(tmp_path / "o.xlsx"))
    with db.session_scope() as s:
        org = s.scalars(
            select(Organisation).where(Organisation.name == "Maaltijden aan Huis")
        ).one()
        person = records.create(s, Person, given_name="Kees", family_name="Visser")
        records.create(s, Affiliation, person_id=person.id, organisation_id=org.id)
    with pytest.raises(LiaisonError, match="refer to"):
        undo_import(db, report.batch_uuid)


def test_duplicates_within_the_file_and_against_the_database(db: Database, tmp_path: Path) -> None:
    with db.session_scope() as s:
        records.create(s, Organisation, name="Stichting Buurtkracht Delfshaven!", kind="initiative")
        org = records.create(s, Organisation, name="Maaltijden aan huis", kind="initiative")
        p = records.create(s, Person, given_name="Fatima", infix="el", family_name="Amrani")
        records.create(s, Affiliation, person_id=p.id, organisation_id=org.id)
    rows = [
        ["MAALTIJDEN  AAN HUIS", "Fatima el Amrani", None, None, None, "Havensteder", "Koppeling",
         None, "1-4-2020", None, None],
        ["Maaltijden aan huis.", "Fatima el Amrani", None, None, None, "Havensteder", "Koppeling",
         None, "1-4-2020", None, None],
        ["Buurtkracht Delfshaven", "Jan", "jan@x.nl", None, None, None, None, None, None, None, None],
    ]  # fmt: skip
    path = write_sheet(tmp_path / "dups.xlsx", rows, total=False)
    plan = plan_import(db, path)
    near = {d.name: d for d in plan.near_duplicates}
    assert "Buurtkracht Delfshaven" in near
    assert near["Buurtkracht Delfshaven"].candidate_name == "Stichting Buurtkracht Delfshaven!"
    report = run_import(
        db,
        path,
        decisions={
            near["Buurtkracht Delfshaven"].key: near["Buurtkracht Delfshaven"].candidate_uuid
        },
    )
    # the same initiative (case, spaces, punctuation), the same person by name within it
    assert report.created == {"organisation": 1, "commitment": 1, "person": 1, "affiliation": 1}
    assert (report.imported, report.unchanged) == (2, 1)
    assert count(db, Organisation) == 3  # the 2 there + Havensteder; the near duplicate merged
    assert count(db, Person) == 2


def test_an_initiative_is_not_offered_a_fund_as_its_near_duplicate(
    db: Database, tmp_path: Path
) -> None:
    with db.session_scope() as s:
        records.create(s, Organisation, name="Oranje Fondsen", kind="fund")
        records.create(s, Organisation, name="Buurtkracht Delfshaven", kind="initiative")
    rows = [  # an initiative named like the fund; the fund itself as a partner, misspelt
        ["Oranje Fonds", None, None, None, None, "Kansfonds", "Financieel", None, None, None, None],
        ["Buurtkracht Delfshavn", None, None, None, None, "Oranje Fonds", "Financieel", None,
         None, None, None],
    ]  # fmt: skip
    plan = plan_import(db, write_sheet(tmp_path / "fonds.xlsx", rows, total=False))
    near = {d.name: d.candidate_name for d in plan.near_duplicates}
    # "Oranje Fonds" appears as a partner too: there it may well mean the fund
    assert near == {
        "Oranje Fonds": "Oranje Fondsen",
        "Buurtkracht Delfshavn": "Buurtkracht Delfshaven",
    }
    only_initiative = [rows[0][:5] + [None, None] + rows[0][7:]]
    plan = plan_import(db, write_sheet(tmp_path / "alleen.xlsx", only_initiative, total=False))
    assert plan.near_duplicates == []


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    report = run_import(db, write_sheet(tmp_path / "o.xlsx"), dry_run=True)
    assert report.imported == 3 and report.created["organisation"] == 5
    assert report.batch_uuid is None
    assert count(db, Organisation) == 0
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_rejects_workbook_keeps_original_cells_and_reason(db: Database, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS] + [
        [
            None,
            '=HYPERLINK("x")',
            None,
            None,
            None,
            None,
            None,
            None,
            dt.date(2020, 2, 3),
            None,
            None,
        ]
    ]
    out = tmp_path / "afgewezen.xlsx"
    source = write_sheet(tmp_path / "o.xlsx", rows)
    book = openpyxl.load_workbook(source)
    cell = book.active.cell(9, 2)  # typed as text in the sheet, as Excel does after a quote
    cell.value, cell.data_type = '=HYPERLINK("x")', "s"
    book.save(source)
    report = run_import(db, source, rejects_path=out)
    assert report.rejected == 2 and report.rejects_path == str(out)
    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][: len(HEADERS)] == HEADERS and values[0][len(HEADERS)] == "Reden"
    assert values[1][1] == "Zonder Naam" and "no name" in values[1][len(HEADERS)]
    assert values[1][len(HEADERS) + 1] == 8  # the sheet row, to find it back
    assert values[2][1] == '=HYPERLINK("x")'  # text, never a formula
    assert ws.cell(3, 2).data_type == "s"
    assert values[2][8] == dt.datetime(2020, 2, 3)


def test_the_rejects_file_is_private_and_written_before_anything_is_committed(
    db: Database, tmp_path: Path
) -> None:
    """Rejected rows hold residents' details: the file is 0600, like exports and backups. A
    rejects file that cannot be written stops the import before the commit."""
    import stat

    from liaison.errors import LiaisonError
    from liaison.storage.models import Organisation

    rows = [["Buurtkracht", "Ans de Vries", "ans@buurtkracht.nl"], [None, "Zonder Naam", "z@x.nl"]]
    source = write_sheet(tmp_path / "o.xlsx", rows, headers=HEADERS[:3], total=False)
    blocked = tmp_path / "afgewezen.xlsx"
    blocked.mkdir()  # a folder where the file should go
    with pytest.raises(LiaisonError, match="is a folder"):
        run_import(db, source, rejects_path=blocked)
    with db.session_scope(write=False) as s:
        assert s.query(Organisation).count() == 0  # nothing committed
    out = tmp_path / "afgewezen-2.xlsx"
    report = run_import(db, source, rejects_path=out)
    assert report.rejected == 1 and report.rejects_path == str(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_mapping_file_and_remembered_mapping(db: Database, tmp_path: Path) -> None:
    headers = ["Wie", "Kolom B", "Hoeveel"]
    path = write_sheet(
        tmp_path / "raar.xlsx", [["Het Buurthuis", "x", "€ 10,-"]], headers=headers,
        title_rows=False, total=False,
    )  # fmt: skip
    with pytest.raises(ImportRefused, match="--mapping"):
        run_import(db, path)
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(json.dumps({"columns": {"Wie": "initiative.name", "Kolom B": None}}))
    report = run_import(db, path, mapping=mapping_file)
    assert report.created == {"organisation": 1}
    with db.session_scope(write=False) as s:
        assert s.get(Setting, headers_key(headers)) is not None
    # the next sheet with the same headers is mapped the same way without a file
    path2 = write_sheet(tmp_path / "raar2.xlsx", [["De Speeltuin", "y", 5]], headers=headers,
                        title_rows=False, total=False)  # fmt: skip
    assert run_import(db, path2).created == {"organisation": 1}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"columns": {"Wie": "initiative.shoe_size"}}))
    with pytest.raises(LiaisonError, match="not a field"):
        run_import(db, path, mapping=bad)


def test_header_synonyms_and_people_lists() -> None:
    m = guess_mapping(["Organisatie", "Contactpersoon", "E-mailadres", "Tel.", "Wijk",
                       "Soort steun", "Verstrekt door", "Bedrag (€)", "Startdatum", "Einddatum",
                       "Opmerkingen", "Type", "District"])  # fmt: skip
    assert m.mapped == {
        0: "initiative.name", 1: "person.name", 2: "person.email", 3: "person.phone",
        4: "initiative.neighbourhood", 5: "commitment.kind", 6: "partner.name",
        7: "commitment.amount", 8: "commitment.start", 9: "commitment.end",
        10: "commitment.notes", 11: "initiative.kind", 12: "initiative.district",
    }  # fmt: skip
    people = guess_mapping(["Naam", "Organisatie", "E-mail"])
    assert people.mapped == {0: "person.name", 1: "initiative.name", 2: "person.email"}
    notes = guess_mapping(["Initiatief", "Opmerkingen"])
    assert notes.mapped == {0: "initiative.name", 1: "initiative.description"}


def test_cancel_leaves_nothing(db: Database, tmp_path: Path) -> None:
    class Cancelling:
        calls = 0

        def __call__(self, done: int, total: int, message: str = "") -> None:
            self.calls += 1

        def cancelled(self) -> bool:
            return self.calls >= 1

    with pytest.raises(ImportCancelled):
        run_import(db, write_sheet(tmp_path / "o.xlsx"), progress=Cancelling())
    assert count(db, Organisation) == 0


@pytest.mark.parametrize("stage", ["Writing person records", "Writing the last records"])
def test_cancel_while_the_writer_thread_inserts_leaves_nothing(
    db: Database, tmp_path: Path, stage: str
) -> None:
    """Cancelled with chunks written and queued: all rolled back, the writer thread gone."""
    rows = [[f"Buurtinitiatief {i}", f"Anna de Vries {i}", f"anna{i}@buurt.nl", "Oranje Fonds",
             "Financieel", 100 + i] for i in range(5_000)]  # fmt: skip
    headers = ["Naam initiatief", "Contactpersoon", "E-mailadres", "Verstrekt door", "Soort steun",
               "Bedrag (€)"]  # fmt: skip
    path = write_sheet(tmp_path / "big.xlsx", rows, title_rows=False, total=False, headers=headers)
    before = threading.active_count()

    class CancelAt:
        seen: list[str] = []

        def __call__(self, done: int, total: int, message: str = "") -> None:
            self.seen.append(message)

        def cancelled(self) -> bool:
            return stage in self.seen

    progress = CancelAt()
    with pytest.raises(ImportCancelled):
        run_import(db, path, progress=progress)
    assert "Writing organisation records" in progress.seen
    assert threading.active_count() == before
    assert count(db, Organisation) == count(db, Person) == 0
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert s.execute(text("SELECT count(*) FROM search_fts")).scalar() == 0
    assert run_import(db, path).imported == 5_000  # and the database takes the same file after


def test_a_cancel_during_the_commit_comes_too_late_and_is_not_reported(
    db: Database, tmp_path: Path
) -> None:
    """Once committed, the import is done: it must not then say "nothing was changed"."""

    class CancelWhileSaving:
        seen: list[str] = []

        def __call__(self, done: int, total: int, message: str = "") -> None:
            self.seen.append(message)

        def cancelled(self) -> bool:  # pressed just after "Saving" was shown
            return "Saving" in self.seen

    report = run_import(db, write_sheet(tmp_path / "o.xlsx"), progress=CancelWhileSaving())
    assert report.batch_uuid is not None and report.imported == 3
    assert count(db, Organisation) > 0


def test_cli_json_and_listing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sheet(tmp_path / "o.xlsx")
    assert cli(["import", str(path), "--db", str(db_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"] == out["imported"] + out["unchanged"] + out["rejected"] == 4
    assert set(out) >= {
        "rows",
        "imported",
        "unchanged",
        "rejected",
        "created",
        "updated",
        "problems",
        "batch",
    }
    assert set(out["problems"][0]) >= {"row", "column", "severity", "message"}
    assert cli(["imports", "--db", str(db_path), "--json"]) == 0
    batches = json.loads(capsys.readouterr().out)
    assert batches[0]["batch"] == out["batch"]
    assert cli(["undo-import", out["batch"][:8], "--db", str(db_path)]) == 0
    assert "Undid import" in capsys.readouterr().out
    # nothing readable: non-zero and one sentence, no traceback
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert cli(["import", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_list_batches_newest_first(db: Database, tmp_path: Path) -> None:
    run_import(db, write_sheet(tmp_path / "a.xlsx"))
    run_import(db, write_sheet(tmp_path / "b.xlsx", [["Nieuw", None, None, None, None, None,
                                                      None, None, None, None, None]]))  # fmt: skip
    with db.session_scope(write=False) as s:
        batches = list_batches(s)
    assert [b.file_name for b in batches] == ["b.xlsx", "a.xlsx"]
    assert batches[1].summary["imported"] == 3


def test_dutch_csv_end_to_end(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes(
        (
            "Initiatief;Contactpersoon;E-mailadres;Verstrekt door;Bedrag (€);Startdatum\r\n"
            "Café De Buurvrouw;José Núñez;jose@buurvrouw.nl;Oranje Fonds;€ 1.500,-;1-5-2020\r\n"
            "Café de buurvrouw;José Núñez;jose@buurvrouw.nl;Oranje Fonds;€ 1.500,-;1-5-2020\r\n"
        ).encode("cp1252")
    )
    report = run_import(db, path)
    assert (report.imported, report.unchanged) == (1, 1)
    assert report.created == {"organisation": 2, "person": 1, "affiliation": 1, "commitment": 1}
    with db.session_scope(write=False) as s:
        money = s.scalars(select(Commitment)).one()
        assert money.amount == Decimal("1500.00") and money.start == dt.date(2020, 5, 1)
        assert money.initiative.name == "Café De Buurvrouw"


def test_batch_prefix_that_is_all_digits(db: Database, tmp_path: Path) -> None:
    report = run_import(db, write_sheet(tmp_path / "o.xlsx"))
    with db.session_scope() as s:  # give the batch a uuid whose first characters are digits
        batch = s.scalars(select(ImportBatch)).one()
        batch.uuid = "12345678" + batch.uuid[8:]
        digits = batch.uuid[:8]
    assert report.batch_uuid
    assert undo_import(db, digits).removed["organisation"] == 5


def test_a_sheet_named_in_another_case_is_found_and_a_wildcard_undoes_nothing(
    db: Database, tmp_path: Path
) -> None:
    from liaison.errors import NotFoundError
    from liaison.exchange.importer import undo_import

    source = write_sheet(tmp_path / "o.xlsx")  # its sheet is 'Overzicht'
    report = run_import(db, source, sheet=" overzicht")
    assert report.sheets == ["Overzicht"] and report.imported > 0
    with pytest.raises(ImportRefused, match="no sheet 'Personen'"):
        run_import(db, source, sheet="Personen")
    for wildcard in ("%", "_"):  # characters, not "any batch"
        with pytest.raises(NotFoundError, match="no import batch"):
            undo_import(db, wildcard)


def test_a_sheet_without_a_name_column_lists_its_headers_whole(
    db: Database, tmp_path: Path
) -> None:
    """The list of headers was cut at 300 characters, mid-header: "…, 'TOT_BAIL', 'AR); map…"."""
    headers = [f"Meetwaarde kolom {n:02d}" for n in range(30)]
    path = tmp_path / "metingen.xlsx"
    write_sheet(path, [[str(n) for n in range(30)]], title_rows=False, total=False, headers=headers)
    with pytest.raises(ImportRefused) as refused:
        run_import(db, path)
    message = str(refused.value)
    listed = message.split("headers in row 1: ", 1)[1].split("); map one", 1)[0]
    assert listed.endswith(", …")
    items = listed.removesuffix(", …").split(", ")
    assert items == [f"'{h}'" for h in headers[: len(items)]] and 5 < len(items) < 30


def test_cells_as_officers_type_them_keep_what_can_be_kept(db: Database, tmp_path: Path) -> None:
    """An Outlook address lost its '>' and was dropped; a second address dropped the first;
    '010-1234' became '+31 101234'; 'n.v.t.' gave a warning; '2020' became 12-07-1905."""
    rows = [
        ["Taalcafé Katendrecht", "Ayşe Yılmaz", "Ayşe Yılmaz <ayse@taalcafe.nl>", "010-1234",
         "Katendrecht", "Kansfonds", "In natura", "n.v.t.", "2020", "onbekend", None],
        ["Samen Eten Bloemhof", "Jan de Vries", "jan@samen.nl; info@samen.nl", "geen",
         "Bloemhof", "Oranje Fonds", "Financieel", "€ 500,-", "1-3-2021", "-", None],
    ]  # fmt: skip
    path = write_sheet(tmp_path / "feijenoord.xlsx", rows, total=False)
    report = run_import(db, path)
    assert (report.rows, report.imported, report.rejected) == (2, 2, 0)
    warnings = [(p.row, p.column, p.message) for p in report.problems if p.severity == "warning"]
    assert [(r, c) for r, c, _m in warnings] == [(5, "Tel."), (5, "Startdatum"), (6, "E-mailadres")]
    assert "is a year, not a date" in warnings[1][2]
    with db.session_scope(write=False) as s:
        people = {p.family_name: p for p in s.scalars(select(Person))}
        assert people["Yılmaz"].email == "ayse@taalcafe.nl"
        assert people["Yılmaz"].phone == "010-1234"  # as written, with the warning
        assert people["Vries"].email == "jan@samen.nl" and people["Vries"].phone is None
        starts = sorted(str(c.start) for c in s.scalars(select(Commitment)))
        assert starts == ["2021-03-01", "None"]  # not 1905-07-12
    again = run_import(db, path)  # the same sheet again changes nothing
    assert (again.imported, again.unchanged) == (0, 2)


def test_imports_json_gives_times_with_the_officers_utc_offset(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], amsterdam_clock: None
) -> None:
    """'imported_at' was the stored UTC time without an offset: an hour off in Rotterdam."""
    path = write_sheet(tmp_path / "overzicht.xlsx")
    report = run_import(db, path)
    assert db.path is not None
    capsys.readouterr()
    assert cli(["imports", "--db", str(db.path), "--json"]) == 0
    batch = next(b for b in json.loads(capsys.readouterr().out) if b["batch"] == report.batch_uuid)
    when = dt.datetime.fromisoformat(batch["imported_at"])
    assert when.utcoffset() in (dt.timedelta(hours=1), dt.timedelta(hours=2))
    with db.session_scope(write=False) as s:
        stored = s.scalars(select(ImportBatch.imported_at)).all()[-1]
    assert when == stored.replace(tzinfo=dt.UTC, microsecond=0)  # the same moment
