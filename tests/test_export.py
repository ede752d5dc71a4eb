"""The overview workbook: layout contract, formats, formulas never, privacy, period, CLI."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from liaison.errors import LiaisonError, ValidationError
from liaison.exchange import layout
from liaison.exchange.export import (
    DATE_FORMAT,
    EURO_FORMAT,
    PRIVACY_SAFE_TAG,
    ExportCancelled,
    export_workbook,
    renewal_state,
)
from liaison.services import records
from liaison.storage.models import (
    Affiliation,
    Commitment,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    Person,
)

TODAY = dt.date(2026, 11, 27)
TRICKY = ["=SUM(A1)", "+31 6 1234 5678", "-foo", "@bar", '=HYPERLINK("http://x")']
PERSONAL = [
    "Jantje",
    "Pietersma-Uniek",
    "jantje.uniek@example.nl",
    "+31 6 98765432",
    "Grietje",
    "Zwanenburg-Apart",
    "grietje@voorbeeld.nl",
    "010 7654321",
    "geheime notitie",
    "vertrouwelijk gesprek",
    "persoonlijke omschrijving",
]


@pytest.fixture
def sample(db):
    """A small but complete database: every sheet has rows, every trap is set."""
    with db.session_scope() as s:
        me = records.create(s, Officer, name="Tester")
        north = records.create(s, Neighbourhood, name="Bloemhof", district="Feijenoord")
        south = records.create(s, Neighbourhood, name="Afrikaanderwijk", district="Feijenoord")
        west = records.create(s, Neighbourhood, name="Spangen", district="Delfshaven")
        soup = records.create(
            s,
            Organisation,
            name="Soepgroep Bloemhof",
            kind="initiative",
            neighbourhood=north,
            email="jantje.uniek@example.nl",
            phone="+31 6 98765432",
            address="Thuisstraat 1",
            description="persoonlijke omschrijving",
            owner=me,
            tags=records.tags_by_name(s, ["voedsel", "ouderen"]),
        )
        tricky = records.create(
            s,
            Organisation,
            name=TRICKY[0],
            kind="initiative",
            neighbourhood=west,
            description=TRICKY[4],
        )
        buddies = records.create(
            s, Organisation, name="Digibuddies", kind="initiative", neighbourhood=south
        )
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        gemeente = records.create(
            s, Organisation, name="Gemeente Rotterdam", kind="municipality", phone="14010"
        )
        minus = records.create(s, Organisation, name=TRICKY[2], kind="company")
        jan = records.create(
            s,
            Person,
            given_name="Jantje",
            family_name="Pietersma-Uniek",
            email="jantje.uniek@example.nl",
            phone="+31 6 98765432",
            neighbourhood=north,
            notes="geheime notitie",
            legal_basis="consent",
            data_source=TRICKY[3],
        )
        griet = records.create(
            s,
            Person,
            given_name="Grietje",
            infix="van",
            family_name="Zwanenburg-Apart",
            email="grietje@voorbeeld.nl",
            phone="010 7654321",
            notes=TRICKY[1],
        )
        records.create(s, Affiliation, person=jan, organisation=soup, role="initiator")
        records.create(s, Affiliation, person=griet, organisation=gemeente, role="liaison")
        records.create(
            s,
            Commitment,
            partner=fund,
            initiative=soup,
            kind="financial",
            amount=Decimal("1500.25"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
            renew_by=dt.date(2026, 11, 1),  # overdue
            status="active",
            officer=me,
            notes=TRICKY[3],
        )
        records.create(
            s,
            Commitment,
            partner=gemeente,
            initiative=buddies,
            kind="space",
            start=dt.date(2026, 3, 1),
            end=dt.date(2027, 2, 28),
            renew_by=dt.date(2026, 12, 20),  # due within 8 weeks
            status="active",
            structural=True,
        )
        records.create(
            s,
            Commitment,
            partner=minus,
            initiative=tricky,
            kind="in_kind",
            amount=Decimal("250"),
            start=dt.date(2026, 5, 1),
            end=dt.date(2028, 5, 1),
            status="proposed",
        )
        for day, summary, who in (
            (dt.datetime(2026, 1, 15, 10, 30), "vertrouwelijk gesprek", [jan]),
            (dt.datetime(2026, 6, 2, 14, 0), TRICKY[0], [griet]),
            (dt.datetime(2026, 9, 30, 9, 0), "Buurtoverleg", []),
        ):
            records.create(
                s,
                Interaction,
                occurred_at=day,
                channel="visit",
                summary=summary,
                officer=me,
                organisations=[soup, gemeente],
                people=who,
                notes="geheime notitie",
                follow_up_on=day.date() + dt.timedelta(days=14),
            )
    return db


def _export(db, tmp_path: Path, name: str = "overzicht.xlsx", **kw) -> Path:
    out = tmp_path / name
    export_workbook(db, out, today=TODAY, **kw)
    return out


def _cells(path: Path) -> list[tuple[str, str, object]]:
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    out.append((ws.title, cell.coordinate, cell.value))
    return out


def test_workbook_follows_the_layout_contract(sample, tmp_path: Path) -> None:
    path = tmp_path / "overzicht.xlsx"
    report = export_workbook(sample, path, today=TODAY)
    assert report.rows == {
        "Initiatieven": 3,
        "Partners": 3,
        "Personen": 2,
        "Rollen": 2,
        "Steun": 3,
        "Contactlog": 3,
    }
    wb = openpyxl.load_workbook(path)
    titles = [layout.SUMMARY_SHEET] + [s.title for s in layout.DATA_SHEETS] + [layout.MARKER_SHEET]
    assert wb.sheetnames == titles
    marker = wb[layout.MARKER_SHEET]
    assert marker.sheet_state == "hidden"
    assert marker["A1"].value == layout.FORMAT_TAG and marker["A2"].value is None
    for spec in layout.DATA_SHEETS:
        ws = wb[spec.title]
        assert [c.value for c in ws[1]] == spec.headers, spec.title
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        widths = [ws.column_dimensions[chr(65 + i)].width for i in range(len(spec.headers))]
        assert all(w and w >= 8 for w in widths), (spec.title, widths)
    assert wb[layout.SUMMARY_SHEET].freeze_panes is not None

    support = wb["Steun"]
    header = [c.value for c in support[1]]
    rows = {r[header.index("Initiatief")].value: r for r in support.iter_rows(min_row=2)}
    soup = rows["Soepgroep Bloemhof"]
    amount = soup[header.index("Bedrag")]
    assert amount.data_type == "n" and amount.value == pytest.approx(1500.25)
    assert amount.number_format == EURO_FORMAT
    start = soup[header.index("Start")]
    assert start.is_date and start.value.date() == dt.date(2026, 1, 1)
    assert start.number_format == DATE_FORMAT
    assert soup[header.index("Soort steun")].value == "Financieel"
    assert soup[header.index("Structureel")].value is False
    assert soup[header.index("Medewerker")].value == "Tester"

    ini = wb["Initiatieven"]
    h = [c.value for c in ini[1]]
    soup_row = next(r for r in ini.iter_rows(min_row=2) if r[1].value == "Soepgroep Bloemhof")
    assert soup_row[h.index("Wijk")].value == "Bloemhof"
    assert soup_row[h.index("Gebied")].value == "Feijenoord"
    assert soup_row[h.index("Tags")].value == "ouderen; voedsel"
    assert re.fullmatch(r"[0-9a-f-]{36}", soup_row[0].value)
    # Signals in Dutch, from services.signals (one partner only, all one-off).
    signals = soup_row[h.index("Signalen")].value
    assert "Oranje Fonds is de enige partner met lopende steun." in signals
    assert "eenmalig" in signals

    log = wb["Contactlog"]
    lh = [c.value for c in log[1]]
    first = next(log.iter_rows(min_row=2, max_row=2))
    assert first[lh.index("Datum")].value == dt.datetime(2026, 1, 15, 10, 30)
    assert first[lh.index("Organisaties")].value == "Gemeente Rotterdam; Soepgroep Bloemhof"
    assert first[lh.index("Personen")].value == "Jantje Pietersma-Uniek"

    # The summary has a native chart and the district totals.
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
    summary = [c.value for row in wb[layout.SUMMARY_SHEET].iter_rows() for c in row]
    assert "Feijenoord" in summary and "Delfshaven" in summary

    # python-calamine (what the importer uses) reads every sheet too.
    cal = CalamineWorkbook.from_path(str(path))
    assert cal.get_sheet_by_name("Steun").to_python()[0] == layout.SUPPORT.headers


def test_user_text_is_never_a_formula(sample, tmp_path: Path) -> None:
    path = _export(sample, tmp_path)
    values = [v for _, _, v in _cells(path)]
    for text in TRICKY:
        assert text in values, text
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = z.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)


def test_privacy_safe_leaves_out_every_personal_detail(sample, tmp_path: Path) -> None:
    full = export_workbook(sample, tmp_path / "vol.xlsx", today=TODAY)
    path = tmp_path / "veilig.xlsx"
    safe = export_workbook(sample, path, privacy_safe=True, today=TODAY)
    assert safe.rows == full.rows  # the counts survive
    everything = " | ".join(str(v) for _, _, v in _cells(path))
    for secret in PERSONAL:
        assert secret not in everything, secret
    assert "Tester" not in everything  # officers' names stay in the team too
    with zipfile.ZipFile(path) as z:  # nothing hides in the raw parts either
        raw = b"".join(z.read(n) for n in z.namelist()).decode("utf-8", "replace")
    for secret in PERSONAL:
        assert secret not in raw, secret
    wb = openpyxl.load_workbook(path)
    assert wb[layout.MARKER_SHEET]["A2"].value == PRIVACY_SAFE_TAG
    assert [c.value for c in wb["Personen"][1]] == ["ID", "Wijk", "Grondslag"]
    assert wb["Personen"].max_row == 3
    log_headers = [c.value for c in wb["Contactlog"][1]]
    assert "Samenvatting" not in log_headers and "Datum" in log_headers
    assert "Organisaties" in log_headers
    # The non-personal organisation data is still there.
    assert "Oranje Fonds" in everything and "Gemeente Rotterdam" in everything
    # The full export does hold them (so the scan above can fail).
    full_text = " | ".join(str(v) for _, _, v in _cells(tmp_path / "vol.xlsx"))
    assert all(secret in full_text for secret in PERSONAL)


def test_contact_log_only_holds_the_period(sample, tmp_path: Path) -> None:
    path = tmp_path / "periode.xlsx"
    report = export_workbook(
        sample, path, date_from="01-06-2026", date_to=dt.date(2026, 9, 30), today=TODAY
    )
    assert report.rows["Contactlog"] == 2
    wb = openpyxl.load_workbook(path)
    dates = [r[1].value for r in wb["Contactlog"].iter_rows(min_row=2)]
    assert dates == [dt.datetime(2026, 6, 2, 14, 0), dt.datetime(2026, 9, 30, 9, 0)]
    assert report.rows["Steun"] == 3  # other sheets are not limited by the period
    with pytest.raises(ValidationError, match="not a date"):
        export_workbook(sample, tmp_path / "x.xlsx", date_from="31-31-2026")
    with pytest.raises(ValidationError, match="ends before"):
        export_workbook(sample, tmp_path / "x.xlsx", date_from="2026-02-01", date_to="2026-01-01")
    assert not (tmp_path / "x.xlsx").exists()


def test_renewals_due_and_overdue_are_highlighted(sample, tmp_path: Path) -> None:
    path = _export(sample, tmp_path)
    ws = openpyxl.load_workbook(path)["Steun"]
    h = [c.value for c in ws[1]]
    fills = {
        r[h.index("Initiatief")].value: r[h.index("Besluit verlenging voor")].fill.fgColor.rgb
        for r in ws.iter_rows(min_row=2)
    }
    assert fills["Soepgroep Bloemhof"].endswith("FFC7CE")  # overdue: red
    assert fills["Digibuddies"].endswith("FFEB9C")  # due within 8 weeks: yellow
    assert renewal_state("active", None, dt.date(2026, 11, 26), TODAY) == ("overdue", "renew_by")
    assert renewal_state("proposed", dt.date(2027, 1, 1), None, TODAY) == ("due", "end")
    assert renewal_state("ended", None, dt.date(2026, 1, 1), TODAY) == (None, None)
    assert renewal_state("active", None, dt.date(2027, 6, 1), TODAY) == (None, None)


def test_cancel_leaves_no_file_and_keeps_the_old_one(sample, tmp_path: Path) -> None:
    out = tmp_path / "overzicht.xlsx"
    out.write_bytes(b"previous export")
    calls = []

    class Stop:
        def __call__(self, done: int, total: int, message: str = "") -> None:
            calls.append((done, total))

        def cancelled(self) -> bool:
            return True

    with pytest.raises(ExportCancelled):
        export_workbook(sample, out, progress=Stop(), today=TODAY)
    assert out.read_bytes() == b"previous export"
    assert sorted(
        p.name
        for p in tmp_path.iterdir()
        if p.name != "liaison.db" and not p.name.startswith("liaison.db")
    ) == ["overzicht.xlsx"]


def test_progress_reaches_the_end(sample, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_workbook(
        sample, tmp_path / "p.xlsx", progress=lambda d, t, m="": seen.append((d, t)), today=TODAY
    )
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_unwritable_targets_are_one_sentence(sample, tmp_path: Path) -> None:
    with pytest.raises(LiaisonError, match="folder"):
        export_workbook(sample, tmp_path, today=TODAY)
    with pytest.raises(LiaisonError, match="does not exist"):
        export_workbook(sample, tmp_path / "nope" / "x.xlsx", today=TODAY)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LIAISON_OFFICER="Tester")
    return subprocess.run(
        [sys.executable, "-m", "liaison", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_cli_export_and_calendar(sample, tmp_path: Path) -> None:
    url = str(sample.path)
    out = tmp_path / "cli.xlsx"
    done = _cli(
        "export", str(out), "--db", url, "--privacy-safe", "--from", "1-6-2026", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert out.exists() and "Contactlog" in done.stdout
    wb = openpyxl.load_workbook(out)
    assert wb[layout.MARKER_SHEET]["A2"].value == PRIVACY_SAFE_TAG
    assert wb["Contactlog"].max_row == 3

    ics = tmp_path / "steun.ics"
    done = _cli("export-calendar", str(ics), "--db", url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")

    for bad in (
        ("export", str(out), "--db", url, "--from", "gisteren"),
        ("export", str(tmp_path / "geen" / "map.xlsx"), "--db", url),
        ("export-calendar", str(tmp_path), "--db", url),
    ):
        done = _cli(*bad, cwd=tmp_path)
        assert done.returncode == 2, (bad, done.stderr)
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_every_dutch_label_reads_back_through_the_importer() -> None:
    """The words the export writes are words the importer understands (round trip)."""
    from liaison.exchange.export import LABELS
    from liaison.exchange.values import parse_choice

    which = {
        "kind": "organisation_kind",
        "org_status": "organisation_status",
        "role": "role",
        "support_kind": "support_kind",
        "commitment_status": "commitment_status",
        "channel": "channel",
        "legal_basis": "legal_basis",
    }
    for group, labels in LABELS.items():
        for code, word in labels.items():
            assert parse_choice(word, which[group]) == str(code), (group, word)


def test_text_longer_than_excel_allows_is_reported_not_silently_cut(db, tmp_path: Path) -> None:
    with db.session_scope() as s:
        records.create(s, Organisation, name="Lang verhaal", kind="initiative",
                       description="x" * 40_000)  # fmt: skip
    report = export_workbook(db, tmp_path / "lang.xlsx", today=TODAY)
    assert report.truncated == [("Initiatieven", 2, "Omschrijving")]
    assert "32,767" in report.warnings()[0]
    ws = openpyxl.load_workbook(tmp_path / "lang.xlsx")["Initiatieven"]
    assert len(ws["K2"].value) == 32_767
