"""Reading files safely: CSV sniffing, and refusals in one sentence (password, bombs, damage)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from liaison.exchange.read import (
    MAX_RATIO,
    ImportRefused,
    inspect_file,
    read_workbook,
    sniff_format,
)


def one_sentence(exc: BaseException) -> str:
    message = str(exc)
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith(".")
    return message


def test_dutch_csv_semicolons_and_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    text = (
        "Initiatief;Contactpersoon;Bedrag (€);Startdatum\r\n"
        "Café De Buurvrouw;José Núñez;€ 1.500,-;1-5-2020\r\n"
        "Stichting Één;Ayşe;750;15-06-2020\r\n"
    )
    # cp1252 has no ş: such a file would have '?' there; write what Excel would
    path.write_bytes(text.replace("ş", "s").encode("cp1252"))
    wb = read_workbook(path)
    assert wb.format == "csv"
    rows = wb.rows(wb.sheet_names[0])
    assert rows[0] == ["Initiatief", "Contactpersoon", "Bedrag (€)", "Startdatum"]
    assert rows[1] == ["Café De Buurvrouw", "José Núñez", "€ 1.500,-", "1-5-2020"]
    assert rows[2][0] == "Stichting Één"


def test_utf8_csv_with_commas_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text('\ufeffName,Email\n"Ayşe, Yılmaz",a@b.nl\n', encoding="utf-8")
    rows = read_workbook(path).rows("list")
    assert rows == [["Name", "Email"], ["Ayşe, Yılmaz", "a@b.nl"]]


def test_xlsx_sheets_visibility_and_hidden_rows(tmp_path: Path) -> None:
    path = tmp_path / "wb.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Zichtbaar"
    ws.append(["Naam", "Wijk"])
    ws.append(["A", "B"])
    ws.append(["C", "D"])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["B"].hidden = True
    hidden = wb.create_sheet("Verborgen")
    hidden.sheet_state = "hidden"
    hidden.append(["x"])
    wb.save(path)
    info = inspect_file(path)
    assert info.format == "xlsx"
    assert [(s.name, s.visible) for s in info.sheets] == [("Zichtbaar", True), ("Verborgen", False)]
    assert (info.sheets[0].rows, info.sheets[0].cols) == (3, 2)  # not "26 columns"
    book = read_workbook(path)
    assert book.hidden_rows("Zichtbaar") == {2}
    assert 1 in book.hidden_cols("Zichtbaar")


def _stray_cell_workbook(path: Path) -> Path:
    """A two-row table and one cell at XFD1048576: calamine aborts the process on it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "Wijk"])
    ws.append(["A", "B"])
    ws["XFD1048576"] = "x"
    wb.save(path)
    return path


def test_stray_cell_far_away_is_refused_not_an_abort(tmp_path: Path) -> None:
    path = _stray_cell_workbook(tmp_path / "stray.xlsx")
    book = read_workbook(path)  # the workbook opens; only the huge sheet is refused
    with pytest.raises(ImportRefused) as exc:
        book.rows(book.sheet_names[0])
    assert "1,048,576 rows" in one_sentence(exc.value)


def test_formatting_on_whole_rows_is_not_a_huge_sheet(tmp_path: Path) -> None:
    path = tmp_path / "styled.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "Wijk"])
    ws.append(["A", "B"])
    from openpyxl.styles import Font

    ws["AZ1048000"].font = Font(bold=True)  # a styled but empty cell far away
    wb.save(path)
    book = read_workbook(path)
    assert book.rows(book.sheet_names[0])[:2] == [["Naam", "Wijk"], ["A", "B"]]


def test_encrypted_office_file_is_refused(tmp_path: Path) -> None:
    # What Excel writes for a password-protected workbook: an OLE container
    # holding an "EncryptedPackage" stream (the directory entry names it).
    path = tmp_path / "geheim.xlsx"
    header = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504
    entry = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(header + b"\x00" * 512 + entry + b"\x00" * 2000)
    with pytest.raises(ImportRefused) as exc:
        read_workbook(path)
    assert "password" in one_sentence(exc.value)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            block = b"\x00" * (1 << 20)
            for _ in range(64):
                fh.write(block)
    info = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size / info.compress_size > MAX_RATIO
    with pytest.raises(ImportRefused) as exc:
        read_workbook(path)
    assert "zip bomb" in one_sentence(exc.value)


def test_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Naam"])
    wb.save(path)
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>&lol2;</t></si></sst>"
    )
    rebuilt = tmp_path / "laughs2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rebuilt, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/sharedStrings.xml" or item.filename.endswith("sheet1.xml"):
                data = lol.encode() if "shared" in item.filename else data
            dst.writestr(item, data)
        if "xl/sharedStrings.xml" not in src.namelist():
            dst.writestr("xl/sharedStrings.xml", lol)
    with pytest.raises(ImportRefused) as exc:
        read_workbook(rebuilt)
    assert "entity" in one_sentence(exc.value)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("report.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01\x02", "not a spreadsheet"),
        ("archive.xlsx", None, "zip archive"),
        ("empty.xlsx", b"", "empty"),
        ("truncated.xlsx", "truncate", "damaged"),
    ],
)
def test_not_a_spreadsheet_or_damaged(
    tmp_path: Path, name: str, content: object, words: str
) -> None:
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("readme.txt", "hello")
    elif content == "truncate":
        good = tmp_path / "good.xlsx"
        wb = openpyxl.Workbook()
        wb.active.append(["Naam"] * 50)
        wb.save(good)
        path.write_bytes(good.read_bytes()[:-300])
    else:
        path.write_bytes(content)  # type: ignore[arg-type]
    with pytest.raises(ImportRefused) as exc:
        read_workbook(path)
    assert words in one_sentence(exc.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused):
        sniff_format(tmp_path / "nope.xlsx")
    with pytest.raises(ImportRefused):
        sniff_format(tmp_path)


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "spreadsheets"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the clone")
@pytest.mark.parametrize("name", ["pass_protected.xlsx", "pass_protected.xlsb", "issue_385.xls"])
def test_real_password_protected_files(name: str) -> None:
    with pytest.raises(ImportRefused) as exc:
        book = read_workbook(CORPUS / name)
        for sheet in book.sheet_names:
            book.rows(sheet)
    assert "password" in one_sentence(exc.value)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the clone")
def test_child_reader_out_of_memory_is_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    from liaison.exchange import read

    # A real child process under a real (tiny) address-space limit: it dies or fails,
    # and the parent answers with one sentence instead of going down with it.
    monkeypatch.setattr(read, "CHILD_MEMORY", 16 * 1024 * 1024)
    with pytest.raises(ImportRefused) as exc:
        read_workbook(CORPUS / "OOM_alloc2.xls")
    one_sentence(exc.value)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the clone")
def test_child_reader_that_hangs_is_stopped() -> None:
    with pytest.raises(ImportRefused) as exc:
        read_workbook(CORPUS / "OOM_alloc2.xls", timeout=0.01)
    assert "took longer" in one_sentence(exc.value)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the clone")
def test_xls_ods_xlsb_are_read_through_the_child() -> None:
    for name in ("date.xls", "date.ods", "date.xlsb", "date_1904.xls"):
        book = read_workbook(CORPUS / name)
        assert book.rows(book.sheet_names[0]), name


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the clone")
def test_a_frozen_app_starts_itself_as_the_reader_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PyInstaller build has no Python to start: the ``liaison`` program is the child.

    Simulated with the installed ``liaison`` script as ``sys.executable``; the app's
    own address-space limit must stay as it was (it once became 0: every later
    allocation failed).
    """
    import resource
    import sys

    script = Path(sys.executable).with_name("liaison")
    if not script.exists():
        pytest.skip("the liaison script is not installed beside this Python")
    limit_before = resource.getrlimit(resource.RLIMIT_AS)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(script))
    book = read_workbook(CORPUS / "date.xls")
    assert book.rows(book.sheet_names[0])
    from liaison.exchange import read

    monkeypatch.setattr(read, "CHILD_MEMORY", 16 * 1024 * 1024)
    with pytest.raises(ImportRefused):  # a reader out of memory: refused, the app lives on
        read_workbook(CORPUS / "OOM_alloc2.xls")
    assert resource.getrlimit(resource.RLIMIT_AS) == limit_before


def _rewrite_sheet(path: Path, edit: Callable[[str], str]) -> None:
    """Rewrite the first sheet's XML of ``path`` in place, as another program might write it."""
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    members[sheet] = edit(members[sheet].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _pretty(xml: str) -> str:  # attributes on lines of their own, as hand-indented XML has
    return xml.replace("<row r=", "<row\n\tr=").replace("<c r=", "<c\n\t\tr=")


def _prefixed_without_row_numbers(xml: str) -> str:  # <x:row> without r="…", cells with it
    xml = re.sub(r"<(/?)(?!\?)", r"<\1x:", xml).replace("xmlns=", "xmlns:x=")
    return re.sub(r'(<x:row)\s+r="\d+"', r"\1", xml)


@pytest.mark.parametrize("edit", [_pretty, _prefixed_without_row_numbers])
def test_a_stray_cell_is_found_however_the_sheet_xml_is_written(
    tmp_path: Path, edit: Callable[[str], str]
) -> None:
    path = _stray_cell_workbook(tmp_path / "stray.xlsx")
    _rewrite_sheet(path, edit)
    sheet = inspect_file(path).sheets[0]  # the scan only: calamine would abort on this file
    assert (sheet.rows, sheet.cols) == (1_048_576, 16_384)
