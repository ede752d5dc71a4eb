"""Reading spreadsheets safely: xlsx, xlsm, xlsb, xls, ods and csv.

python-calamine reads fast but can take the whole process down (a Rust
allocation failure is an abort, not an exception) when a sheet's used range
is enormous, e.g. one stray cell at XFD1048576. So, before calamine sees a file:

- the format is told from the first bytes, not the file name; encrypted
  (password-protected) OLE containers, zip archives that are not workbooks,
  and files that are not spreadsheets at all are refused in one sentence;
- zip members are checked for size and compression ratio (zip bombs) and XML
  parts for DOCTYPE/ENTITY declarations (entity bombs) before reading;
- xlsx/xlsm sheets are scanned as a byte stream for their true extent (row
  numbers and wide column letters), in bounded memory, and refused when
  rows × columns exceeds ``max_cells``;
- xls, xlsb and ods, whose extent cannot be cheaply known first, are read by
  calamine in a child process with a memory limit and a time limit, so an
  abort or a hang becomes a one-sentence refusal.

Rows come back as lists of cell values (str, float, bool, date, datetime,
None for empty) with their position in the sheet kept (row 0 is sheet row 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from liaison.errors import LiaisonError

#: Most cells a sheet may span (rows × columns of its used range): ~400 MB of cells at worst.
MAX_CELLS = 8_000_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # one uncompressed zip member
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all members together
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 8 * 1024 * 1024
MAX_CSV_BYTES = 256 * 1024 * 1024
CHILD_MEMORY = 2 * 1024 * 1024 * 1024  # address-space limit for the child reader
#: The argument that makes the ``liaison`` program itself the reader child: a frozen
#: app (PyInstaller) has no Python interpreter to start, but it can start itself.
READER_CHILD_ARG = "--reader-child"
CHILD_TIMEOUT = 120.0

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


class ImportRefused(LiaisonError):
    """The file cannot be read at all; the message says why in one sentence."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool
    rows: int
    cols: int
    chart: bool = False


@dataclass(frozen=True)
class FileInfo:
    path: Path
    format: str  # xlsx, xlsm, xlsb, xls, ods, csv
    sheets: list[SheetInfo]
    epoch1904: bool = False

    @property
    def visible_sheets(self) -> list[SheetInfo]:
        return [s for s in self.sheets if s.visible and not s.chart]


@dataclass
class Workbook:
    """A read workbook: sheet metadata and, per sheet read, its rows of cell values."""

    info: FileInfo
    _rows: dict[str, list[list[Any]]] = field(default_factory=dict, repr=False)
    _hidden_rows: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _hidden_cols: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _errors: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict, repr=False)
    _first_col: dict[str, int] = field(default_factory=dict, repr=False)
    _too_large: dict[str, str] = field(default_factory=dict, repr=False)
    _loader: Any = field(default=None, repr=False)

    @property
    def path(self) -> Path:
        return self.info.path

    @property
    def format(self) -> str:
        return self.info.format

    @property
    def epoch1904(self) -> bool:
        return self.info.epoch1904

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.info.sheets if not s.chart]

    def sheet_name(self, name: str) -> str:
        """The sheet's name as the workbook spells it: ``--sheet personen`` finds 'Personen'
        (exactly, else the one sheet whose name matches ignoring case and outer spaces)."""
        if name in self.sheet_names:
            return name
        alike = [n for n in self.sheet_names if n.strip().casefold() == name.strip().casefold()]
        if len(alike) == 1:
            return alike[0]
        names = ", ".join(f"'{n}'" for n in self.sheet_names) or "none"
        raise ImportRefused(f"'{self.path.name}' has no sheet '{name}' (its sheets: {names}).")

    def sheet_info(self, name: str) -> SheetInfo:
        name = self.sheet_name(name)
        return next(s for s in self.info.sheets if s.name == name)

    def rows(self, name: str) -> list[list[Any]]:
        """The sheet's cells as rows (row 0 = sheet row 1); ImportRefused if it is too large."""
        name = self.sheet_name(name)
        if name in self._too_large:
            raise ImportRefused(self._too_large[name])
        if name not in self._rows:
            if self._loader is None:
                return []
            self._rows[name] = self._loader(name)
        return self._rows[name]

    def hidden_rows(self, name: str) -> set[int]:
        """0-based rows hidden in the sheet (known for xlsx/xlsm only)."""
        return self._hidden_rows.get(name, set())

    def hidden_cols(self, name: str) -> set[int]:
        return self._hidden_cols.get(name, set())

    def error_cells(self, name: str) -> dict[tuple[int, int], str]:
        """(row, column) of ``rows(name)`` → the Excel error the cell shows (read as empty;
        known for xlsx/xlsm only)."""
        errors = self._errors.get(name)
        if not errors:
            return {}
        self.rows(name)  # the column offset is known once the sheet is read
        first = self._first_col.get(name, 0)
        return {(r, c - first): e for (r, c), e in errors.items() if c >= first}


# --- format detection ---------------------------------------------------------


def _refuse_missing(path: Path) -> None:
    if not path.exists():
        raise ImportRefused(f"There is no file at '{path}'.")
    if path.is_dir():
        raise ImportRefused(f"'{path}' is a folder, not a spreadsheet.")
    if not os.access(path, os.R_OK):
        raise ImportRefused(f"'{path.name}' cannot be read (check its permissions).")


def sniff_format(path: Path) -> str:
    """xlsx, xlsm, xlsb, xls, ods or csv, from the file's content; ImportRefused otherwise."""
    _refuse_missing(path)
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if not head:
        raise ImportRefused(f"'{path.name}' is empty.")
    if head.startswith(_OLE_MAGIC):
        if _ole_is_encrypted(path):
            raise ImportRefused(
                f"'{path.name}' is protected with a password; "
                "save it without a password in Excel and import it again."
            )
        return "xls"
    if head.startswith(_ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        return _zip_format(path)
    if _looks_like_text(path) and suffix in (".csv", ".txt", ".tsv", *SPREADSHEET_SUFFIXES):
        return "csv"
    raise ImportRefused(
        f"'{path.name}' is not a spreadsheet"
        + (
            " (its name says it is, but its content is not)"
            if suffix in SPREADSHEET_SUFFIXES
            else ""
        )
        + "; Liaison reads .xlsx, .xlsm, .xlsb, .xls, .ods and .csv files."
    )


def _ole_is_encrypted(path: Path) -> bool:
    """An OLE container with an "EncryptedPackage" stream is a password-protected xlsx."""
    needle = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as fh:
        tail = b""
        for _ in range(64):  # the directory is near the start in every file seen; bounded anyway
            chunk = fh.read(1 << 20)
            if not chunk:
                return False
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as fh:
        sample = fh.read(64 * 1024)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls <= len(sample) // 100


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            _check_zip_sizes(path, infos)
            if "xl/workbook.xml" in names or any(n.endswith("workbook.xml") for n in names):
                has_macros = "xl/vbaProject.bin" in names or path.suffix.lower() == ".xlsm"
                kind = "xlsm" if has_macros else "xlsx"
            elif "xl/workbook.bin" in names:
                kind = "xlsb"
            elif "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" not in mime:
                    raise ImportRefused(
                        f"'{path.name}' is an OpenDocument file but not a spreadsheet."
                    )
                kind = "ods"
            elif "content.xml" in names:
                kind = "ods"
            else:
                raise ImportRefused(
                    f"'{path.name}' is a zip archive, not a spreadsheet; "
                    "unpack it and import the workbook inside."
                )
            _check_xml_parts(path, zf, infos)
            return kind
    except zipfile.BadZipFile as exc:
        raise ImportRefused(f"'{path.name}' is damaged and cannot be opened ({exc}).") from None
    except (OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise ImportRefused(f"'{path.name}' is damaged and cannot be opened ({exc}).") from None


def _check_zip_sizes(path: Path, infos: Sequence[zipfile.ZipInfo]) -> None:
    """Refuse zip bombs before decompressing anything (sizes as declared; reads are capped too)."""
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportRefused(
                f"'{path.name}' is protected with a password; save it without one and try again."
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_MEMBER_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise ImportRefused(
                f"'{path.name}' unpacks to far more data than a real workbook "
                f"({info.filename}: {info.file_size:,} bytes from {info.compress_size:,}); "
                "it looks like a zip bomb and was not opened."
            )


_DECL = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _check_xml_parts(path: Path, zf: zipfile.ZipFile, infos: Sequence[zipfile.ZipInfo]) -> None:
    """Refuse XML with DTD/entity declarations (billion laughs); they come before the root."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")) or info.file_size == 0:
            continue
        with zf.open(info) as fh:
            head = fh.read(4096)
        if _DECL.search(head):
            raise ImportRefused(
                f"'{path.name}' contains XML entity declarations ({info.filename}), "
                "a known way to attack spreadsheet readers; it was not opened."
            )


# --- xlsx: workbook structure and the extent scan ---------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xlsx_structure(path: Path) -> tuple[dict[str, str], bool]:
    """Sheet name → zip member of its XML, and whether dates count from 1904."""
    from defusedxml import ElementTree as SafeET  # noqa: N814

    parts: dict[str, str] = {}
    epoch1904 = False
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            wb_name = "xl/workbook.xml" if "xl/workbook.xml" in names else None
            if wb_name is None:
                wb_name = next((n for n in names if n.endswith("workbook.xml")), None)
            if wb_name is None:
                return parts, epoch1904
            root = SafeET.fromstring(zf.read(wb_name))
            rels_name = str(PurePosixPath(wb_name).parent / "_rels" / "workbook.xml.rels")
            targets: dict[str, str] = {}
            if rels_name in names:
                for rel in SafeET.fromstring(zf.read(rels_name)):
                    target = rel.get("Target", "")
                    if target.startswith("/"):
                        member = target.lstrip("/")
                    else:
                        member = os.path.normpath(
                            str(PurePosixPath(wb_name).parent / target)
                        ).replace(os.sep, "/")
                    targets[rel.get("Id", "")] = member
            for el in root.iter():
                tag = _local(el.tag)
                if tag == "workbookPr":
                    epoch1904 = el.get("date1904", "0").lower() in ("1", "true")
                elif tag == "sheet":
                    rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
                    if rid in targets:
                        parts[el.get("name", "")] = targets[rid]
    except ImportRefused:
        raise
    except Exception as exc:  # defusedxml's refusals and malformed XML alike
        if type(exc).__name__ in (
            "EntitiesForbidden",
            "DTDForbidden",
            "ExternalReferenceForbidden",
        ):
            raise ImportRefused(
                f"'{path.name}' contains XML entity declarations, "
                "a known way to attack spreadsheet readers; it was not opened."
            ) from None
        raise ImportRefused(f"'{path.name}' is damaged and cannot be opened ({exc}).") from None
    return parts, epoch1904


_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\shidden=\"(?:1|true)\"[^>]*>")
_R_ATTR = re.compile(rb"\sr=\"(\d+)\"")
_REFS = re.compile(rb" r=\"(?:(\d+)\"|([A-Z]{2,3})\d)")  # a literal start: fast search
#: r=" after a tab or line break instead of a space; three substring searches are several
#: times faster than one regex with a character class, which has no literal to search for.
_ODD_SPACING = (b'\tr="', b'\nr="', b'\rr="')
#: The sheet's own claim of its extent, for the width of a sheet narrower than column AA.
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]*\d*:?([A-Z])\d+\"")
_REFS_ANY_SPACE = re.compile(rb"\sr=\"(?:(\d+)\"|([A-Z]{2,3})\d)")
#: The row of a cell reference (r="B12"), for rows that do not say their own number.
_CELL_ROW = re.compile(rb"\sr=\"[A-Z]{1,3}(\d+)\"")
#: The root element, and whether it has a prefix; looked for in the first chunk.
_ROOT = re.compile(rb"<(\w+:)?worksheet[\s>]")
#: Bytes at the start of a sheet where a line break is only the XML declaration's.
_HEAD = 512
_COL_EL = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_COL_ATTR = re.compile(rb"\s(min|max|hidden)=\"([^\"]*)\"")


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


@dataclass
class Extent:
    rows: int = 0
    cols: int = 0  # an upper bound (26 for any sheet narrower than column AA): the guard's
    shown_cols: int = 0  # what the file page says; the sheet's own claim within that bound
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    #: (0-based row, 0-based sheet column) → the error a formula shows ("#N/A", "#REF!"):
    #: calamine reads such a cell as empty, so the importer says so (the first few hundred)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)


#: A cell holding an error value (t="e"), e.g. a broken VLOOKUP: <c r="F3" t="e"><f>…</f>
#: <v>#N/A</v></c> (the formula, when there is one, is short enough to skip lazily).
_ERROR_CELL = re.compile(
    rb"<(?:\w+:)?c\s(?=[^>]*?\bt=\"e\")[^>]*?\br=\"([A-Z]{1,3})(\d+)\"[^>]*>"
    rb"(?:(?!</(?:\w+:)?c>).){0,2000}?<(?:\w+:)?v>([^<]{1,40})</(?:\w+:)?v>",
    re.DOTALL,
)
MAX_ERROR_CELLS = 500


_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})(\d+)\"[^>]*?(/?)>")


def scan_xlsx_cells(path: Path, member: str) -> tuple[int, int]:
    """The extent of the cells that hold something (self-closing, style-only cells skipped).

    Slower than :func:`scan_xlsx_sheet`; run only when the quick scan finds a
    huge range, which is often formatting applied to whole rows or columns.
    """
    rows = cols = 0
    with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
        tail = b""
        seen = 0
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            seen += len(chunk)
            if seen > MAX_MEMBER_BYTES:
                break
            buf = tail + chunk
            cut = buf.rfind(b"<")
            cut = cut if cut >= 0 else len(buf)
            buf, tail = buf[:cut], buf[cut:]
            for m in _CELL.finditer(buf):
                if m[3]:
                    continue
                r, c = int(m[2]), _col_number(m[1])
                if r > rows:
                    rows = r
                if c > cols:
                    cols = c
    return rows, cols


def _inflated(path: Path, member: str, size: int = 1 << 20) -> Iterator[bytes]:
    """The member's bytes in chunks; :class:`ImportRefused` past ``MAX_MEMBER_BYTES`` (a zip bomb)."""
    with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
        seen = 0
        while chunk := fh.read(size):
            seen += len(chunk)
            if seen > MAX_MEMBER_BYTES:
                raise ImportRefused(
                    f"'{path.name}' unpacks to far more data than it declares; "
                    "it looks like a zip bomb and was not opened."
                )
            yield chunk


def scan_xlsx_sheet(path: Path, member: str) -> Extent:
    """The true extent of one sheet, from its XML as a byte stream (bounded memory).

    Rows: the largest ``<row r="…">``. Columns: the widest cell reference;
    only two- and three-letter columns need a match, anything else is ≤ Z.
    Each check that needs a pass of its own over the bytes (namespaced tags,
    attributes after a tab or newline) runs only when a cheap test says it can
    matter: Excel, LibreOffice and openpyxl write neither.
    """
    ext = Extent()
    max_col = 0
    any_cells = False
    claimed: int | None = None  # the last column of a single-letter <dimension ref>
    row_tags = 0  # rows without an r attribute still count
    prefixed = False  # the root element carries a namespace prefix (<x:worksheet>)
    first = True
    tail = b""
    for chunk in _inflated(path, member):
        buf = tail + chunk
        if first:
            first = False
            root = _ROOT.search(buf)
            prefixed = root is None or bool(root[1])
        tags = chunk.count(b"<row")
        if prefixed and b":row" in chunk:  # namespaced tags (<x:row>), rare
            tags += chunk.count(b":row ") + chunk.count(b":row>")
        row_tags += tags
        numbered = 0
        # one pass: row numbers (r="123") and wide cell references (r="AB12"); an
        # attribute after a tab or newline needs the slower pattern (the XML
        # declaration's own line break, in the first few hundred bytes, does not)
        head, body = (buf[: _HEAD + 4], buf[_HEAD:]) if tail == b"" else (b"", buf)
        odd_spacing = any(odd in head for odd in _ODD_SPACING) or (
            (b"\t" in body or b"\n" in body or b"\r" in body)
            and any(odd in buf for odd in _ODD_SPACING)
        )
        for number, letters in (_REFS_ANY_SPACE if odd_spacing else _REFS).findall(buf):
            if number:
                numbered += 1
                n = int(number)
                if n > ext.rows:
                    ext.rows = n
            else:
                n = _col_number(letters)
                if n > max_col:
                    max_col = n
        if tags > numbered:  # rows without r="…": their cells' references say where they are
            for number in _CELL_ROW.findall(buf):
                n = int(number)
                if n > ext.rows:
                    ext.rows = n
        if not any_cells and (b"<c " in buf or b":c " in buf):
            any_cells = True
        if claimed is None and (found := _DIMENSION.search(buf)):
            claimed = _col_number(found[1])
        if b't="e"' in buf and len(ext.errors) < MAX_ERROR_CELLS:
            for letters, number, shown in _ERROR_CELL.findall(buf):
                ext.errors.setdefault(
                    (int(number) - 1, _col_number(letters) - 1), shown.decode("utf-8", "replace")
                )
        if b"hidden=" in buf:
            for m in _HIDDEN_ROW.finditer(buf):
                r = _R_ATTR.search(m[0])
                if r:
                    ext.hidden_rows.add(int(r[1]) - 1)
            for m in _COL_EL.finditer(buf):
                attrs = {k: v for k, v in _COL_ATTR.findall(m[0])}
                if attrs.get(b"hidden") in (b"1", b"true"):
                    lo = int(attrs.get(b"min", b"0") or 0)
                    hi = min(int(attrs.get(b"max", b"0") or 0), lo + 1000)
                    ext.hidden_cols.update(range(lo - 1, hi))
        tail = buf[-256:]
    ext.rows = max(ext.rows, row_tags)
    ext.cols = max_col or (26 if any_cells else 0)
    # no two-letter column: the sheet ends by Z, and a single-letter <dimension> says where
    # ("13 rows, 26 columns" for an 11-column sheet puzzled officers)
    ext.shown_cols = min(claimed, ext.cols) if claimed and not max_col else ext.cols
    return ext


# --- reading --------------------------------------------------------------------


def _clean(rows: Iterable[list[Any]]) -> list[list[Any]]:
    """Empty strings become None; trailing empty cells and rows are dropped.

    NUL characters are dropped from text (Excel writes one as ``_x0000_``, and shows
    nothing): PostgreSQL refuses text holding one, and the whole import failed there.
    """
    out: list[list[Any]] = []
    for row in rows:
        cells = [
            (v.replace("\x00", "") or None if "\x00" in v else v or None)
            if isinstance(v, str)
            else v
            for v in row
        ]
        while cells and cells[-1] is None:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


def fill_merged_down(
    rows: list[list[Any]], ranges: Sequence[Any] | None, first_col: int = 0
) -> list[list[Any]]:
    """Cells merged down over several rows hold their value in every one of those rows.

    Overview sheets merge the initiative's name down over its rows of support (one
    row per partner). Only the top cell holds the name; every row under it was
    rejected as "no name". A row that holds nothing else stays blank. Ranges are
    ((first row, first col), (last row, last col)), 0-based in the sheet;
    ``first_col`` is the sheet column of ``rows``' column 0. A block over several
    columns fills its first column only.
    """
    for (r1, c1), (r2, _c2) in ranges or ():
        c = c1 - first_col
        if r2 <= r1 or c < 0 or r1 >= len(rows) or c >= len(rows[r1]):
            continue
        value = rows[r1][c]
        if value is None:
            continue
        for r in range(r1 + 1, min(r2, len(rows) - 1) + 1):
            row = rows[r]
            if not row or any(v is not None for v in row[c : c + 1]):
                continue  # blank row, or a value of its own
            if len(row) <= c:
                row.extend([None] * (c + 1 - len(row)))
            row[c] = value
    return rows


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def ods_merged_ranges(path: str | os.PathLike[str]) -> dict[str, list[Any]]:
    """Cells merged down in an .ods file, per sheet, as calamine gives them for xlsx.

    calamine reports no merged ranges for OpenDocument; content.xml says them with
    ``table:number-rows-spanned`` on the top cell. Streamed (rows and cells repeated
    a million times are counted, not walked); files without a spanned cell are only
    scanned for the word. Anything unreadable gives no ranges (the cells stay as read).
    """
    from defusedxml.ElementTree import iterparse

    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            tail, found = b"", False
            while chunk := fh.read(1 << 20):
                if b"number-rows-spanned" in tail + chunk:
                    found = True
                    break
                tail = chunk[-32:]
        if not found:
            return {}
        ranges: dict[str, list[Any]] = {}
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            sheet: list[Any] = []
            r = c = repeat = 0
            cells = (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell")
            for event, el in iterparse(fh, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == _ODS_TABLE + "table":
                        sheet = ranges.setdefault(el.get(_ODS_TABLE + "name", ""), [])
                        r = 0
                    elif tag == _ODS_TABLE + "table-row":
                        c = 0
                        repeat = int(el.get(_ODS_TABLE + "number-rows-repeated", "1"))
                    elif tag in cells:
                        down = int(el.get(_ODS_TABLE + "number-rows-spanned", "1"))
                        if down > 1 and tag == cells[0]:
                            across = int(el.get(_ODS_TABLE + "number-columns-spanned", "1"))
                            sheet.append(((r, c), (r + down - 1, c + across - 1)))
                        c += int(el.get(_ODS_TABLE + "number-columns-repeated", "1"))
                else:
                    if tag == _ODS_TABLE + "table-row":
                        r += repeat
                    if tag in cells or tag == _ODS_TABLE + "table-row":
                        el.clear()
        return ranges
    except Exception:  # noqa: BLE001 - a damaged part: calamine's cells are still good
        return {}


def _too_large_message(path: Path, sheet: str, rows: int, cols: int) -> str:
    return (
        f"Sheet '{sheet}' of '{path.name}' spans {rows:,} rows × {cols:,} columns "
        "(probably stray cells far from the table); delete the empty rows and columns "
        "after the table, or copy the table into a new workbook, and import that."
    )


def _calamine_error(path: Path, exc: BaseException) -> ImportRefused:
    name = type(exc).__name__
    text = " ".join(str(exc).split())
    if name == "PasswordError" or "password" in text.lower():
        return ImportRefused(
            f"'{path.name}' is protected with a password; "
            "save it without a password and import it again."
        )
    if "Cell limit exceeded" in text:
        return ImportRefused(
            f"'{path.name}' has a sheet far too large to read ({text}); "
            "copy the table into a new workbook and import that."
        )
    if len(text) > 160:
        text = text[:157] + "…"
    return ImportRefused(f"'{path.name}' is damaged and cannot be read ({text}).")


def _read_xlsx(path: Path, fmt: str, max_cells: int, sheet: str | None) -> Workbook:
    import python_calamine as pc

    parts, epoch1904 = _xlsx_structure(path)
    try:
        cwb = pc.CalamineWorkbook.from_path(str(path))
        meta = list(cwb.sheets_metadata)
    except Exception as exc:
        raise _calamine_error(path, exc) from None
    extents: dict[str, Extent] = {}
    infos: list[SheetInfo] = []
    too_large: dict[str, str] = {}
    for m in meta:
        chart = m.typ != pc.SheetTypeEnum.WorkSheet
        visible = m.visible == pc.SheetVisibleEnum.Visible
        member = parts.get(m.name)
        if chart or member is None:
            infos.append(SheetInfo(m.name, visible, 0, 0, chart=chart or member is None))
            continue
        try:
            ext = scan_xlsx_sheet(path, member)
        except KeyError:
            infos.append(SheetInfo(m.name, visible, 0, 0, chart=True))
            continue
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ImportRefused(f"'{path.name}' is damaged and cannot be opened ({exc}).") from None
        if ext.rows * ext.cols > max_cells:  # often formatting only: look at the cells
            ext.rows, ext.cols = scan_xlsx_cells(path, member)
            ext.shown_cols = ext.cols
        extents[m.name] = ext
        if ext.rows * ext.cols > max_cells:
            too_large[m.name] = _too_large_message(path, m.name, ext.rows, ext.cols)
        infos.append(SheetInfo(m.name, visible, ext.rows, min(ext.shown_cols or ext.cols, 16384)))

    def load(name: str) -> list[list[Any]]:
        try:  # row by row: never two copies of a big sheet in memory at once
            sheet = cwb.get_sheet_by_name(name)
            rows = _clean(sheet.iter_rows())
            # iter_rows numbers rows from the sheet's first row, columns from its first column
            first = (sheet.start or (0, 0))[1]
            wb._first_col[name] = first
            return fill_merged_down(rows, sheet.merged_cell_ranges, first)
        except Exception as exc:
            raise _calamine_error(path, exc) from None

    wb = Workbook(FileInfo(path, fmt, infos, epoch1904), _loader=load)
    wb._too_large = too_large
    for name, ext in extents.items():
        wb._hidden_rows[name] = ext.hidden_rows
        wb._hidden_cols[name] = ext.hidden_cols
        wb._errors[name] = ext.errors
    return wb


def _child_read(path: str, max_cells: int, memory: int) -> tuple[Any, ...]:
    """Runs in a child process: read every worksheet with calamine under a memory limit."""
    if memory > 0:  # never in the app's own process: a limit there would outlive the read
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        except (ImportError, ValueError, OSError):  # Windows has no RLIMIT_AS
            pass
    try:
        import python_calamine as pc

        cwb = pc.CalamineWorkbook.from_path(path)
        sheets = []
        ods_merged: dict[str, list[Any]] | None = None
        for m in cwb.sheets_metadata:
            chart = m.typ != pc.SheetTypeEnum.WorkSheet
            visible = m.visible == pc.SheetVisibleEnum.Visible
            if chart:
                sheets.append((m.name, visible, 0, 0, True, None, None))
                continue
            try:
                s = cwb.get_sheet_by_name(m.name)
                start = s.start or (0, 0)
                h, w = s.height + start[0], s.width + start[1]
                if s.height * s.width > max_cells:
                    sheets.append((m.name, visible, h, w, False, None, "large"))
                    continue
                rows = _clean(s.to_python(skip_empty_area=False))
                merged = s.merged_cell_ranges  # None for .ods: read from its XML
                if merged is None:
                    if ods_merged is None:
                        ods_merged = ods_merged_ranges(path)
                    merged = ods_merged.get(m.name)
                rows = fill_merged_down(rows, merged)
                sheets.append((m.name, visible, h, w, False, rows, None))
            except Exception as exc:  # one unreadable sheet does not spoil the others
                sheets.append((m.name, visible, 0, 0, False, None, _error_text(exc)))
        return ("ok", sheets)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent as a sentence
        return ("error", type(exc).__name__, " ".join(str(exc).split()))


def child_main() -> None:
    """Entry point of the reader child: arguments on stdin, a pickled answer on stdout."""
    import pickle
    import sys

    path, max_cells, memory = pickle.loads(sys.stdin.buffer.read())
    answer = _child_read(path, max_cells, memory)
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.flush()


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"


class _NamedError(Exception):
    def __init__(self, name: str, text: str) -> None:
        super().__init__(text)
        self.kind = name


def _run_child(path: Path, max_cells: int, timeout: float) -> Any:
    """Run :func:`child_main` in a fresh interpreter; None if it died (abort, out of memory)."""
    import pickle
    import subprocess
    import sys

    env = dict(os.environ)
    if getattr(sys, "frozen", False):  # the app's own executable, see liaison.cli.entry
        command = [sys.executable, READER_CHILD_ARG]
    else:
        code = "from liaison.exchange.read import child_main; child_main()"
        command = [sys.executable, "-c", code]
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        out, _ = proc.communicate(pickle.dumps((str(path), max_cells, CHILD_MEMORY)), timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise ImportRefused(
            f"Reading '{path.name}' took longer than {timeout:.0f} seconds and was stopped; "
            "the file may be damaged."
        ) from None
    if proc.returncode != 0 or not out:
        return None
    try:
        return pickle.loads(out)
    except Exception:  # a truncated answer: the child died while writing
        return None


def _read_in_child(path: Path, fmt: str, max_cells: int, timeout: float) -> Workbook:
    message = _run_child(path, max_cells, timeout)
    if message is None:
        raise ImportRefused(
            f"'{path.name}' could not be read: the reader ran out of memory or stopped "
            "(the file is damaged or its sheets are enormous)."
        )
    if message[0] == "error":
        if message[1] == "MemoryError" or any(
            w in message[2].lower() for w in ("memory", "failed to map", "cannot allocate")
        ):
            raise ImportRefused(
                f"'{path.name}' could not be read: the reader ran out of memory "
                "(its sheets are enormous or the file is damaged)."
            )
        raise _calamine_error(path, _NamedError(message[1], message[2]))
    infos: list[SheetInfo] = []
    wb = Workbook(FileInfo(path, fmt, infos))
    for name, visible, h, w, chart, rows, error in message[1]:
        infos.append(SheetInfo(name, visible, h, w, chart=chart))
        if error == "large":
            wb._too_large[name] = _too_large_message(path, name, h, w)
        elif error:
            wb._too_large[name] = (
                f"Sheet '{name}' of '{path.name}' is damaged and cannot be read ({error})."
            )
        elif rows is not None:
            wb._rows[name] = rows
    return wb


# --- csv ---------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Bytes of a text file → str: BOMs, strict UTF-8, Windows-1252, then charset-normalizer."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:  # Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("ascii", "utf_8"):
        encoding = "cp1252"  # not valid UTF-8 after all: the Windows code page Dutch Excel uses
    return data.decode(encoding, errors="replace")


def sniff_delimiter(sample: str) -> str:
    """The field separator: Dutch Excel writes ';', others ',' or a tab."""
    lines = [ln for ln in sample.splitlines()[:50] if ln.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: sum(ln.count(d) for ln in lines) for d in ";,\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _read_csv(path: Path) -> Workbook:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise ImportRefused(
            f"'{path.name}' is {size / 1e6:.0f} MB, more than Liaison imports at once "
            f"({MAX_CSV_BYTES / 1e6:.0f} MB); split it into smaller files."
        )
    content = decode_text(path.read_bytes())
    delimiter = sniff_delimiter(content[:65536])
    try:
        rows = [
            [c.strip() or None for c in row]
            for row in csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise ImportRefused(f"'{path.name}' is not a readable CSV file ({exc}).") from None
    rows = _clean(rows)  # type: ignore[arg-type]
    width = max((len(r) for r in rows), default=0)
    name = path.stem or "csv"
    wb = Workbook(FileInfo(path, "csv", [SheetInfo(name, True, len(rows), width)]))
    wb._rows[name] = rows
    return wb


# --- entry points ------------------------------------------------------------------


def read_workbook(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    max_cells: int = MAX_CELLS,
    timeout: float = CHILD_TIMEOUT,
) -> Workbook:
    """Open a spreadsheet for import, or raise :class:`ImportRefused` with one sentence.

    xlsx/xlsm sheets are read lazily (``rows(name)``); other formats are read
    whole in a guarded child process. ``sheet`` is checked to exist.
    """
    p = Path(path)
    fmt = sniff_format(p)
    if fmt in ("xlsx", "xlsm"):
        wb = _read_xlsx(p, fmt, max_cells, sheet)
    elif fmt == "csv":
        wb = _read_csv(p)
    else:
        wb = _read_in_child(p, fmt, max_cells, timeout)
    if sheet is not None:
        wb.sheet_info(sheet)
    return wb


def inspect_file(path: str | os.PathLike[str]) -> FileInfo:
    """Format and sheets (name, visible, rows, columns) of a file, for the wizard's first page."""
    return read_workbook(path).info
