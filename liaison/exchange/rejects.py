"""The rejects workbook: every rejected row with its original cells and the reason.

The officer fixes the rows there and imports the rejects file again; so the
sheet keeps the original headers (plus "Reden" at the end) and cells are
written as they were read — text stays text (never a formula), dates stay dates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.errors import LiaisonError
from liaison.trust.files import atomic_private_file

if TYPE_CHECKING:
    from liaison.exchange.importer import ImportPlan

REASON_HEADER = "Reden"
ROW_HEADER = "Rij"


def _write_cell(ws: Any, r: int, c: int, value: Any, fmts: dict[str, Any]) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        ws.write_boolean(r, c, value)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value)
    elif isinstance(value, dt.datetime):
        ws.write_datetime(r, c, value, fmts["datetime"])
    elif isinstance(value, dt.date):
        ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), fmts["date"])
    elif isinstance(value, dt.timedelta | dt.time):
        ws.write_string(r, c, str(value))
    else:
        ws.write_string(r, c, str(value))


def write_rejects(
    path: str | os.PathLike[str],
    plan: ImportPlan,
    *,
    translate: Callable[[str], str] | None = None,
) -> Path:
    """Write the rejected rows of ``plan`` to an .xlsx file at ``path``; returns the path.

    ``translate`` turns each reason (an English sentence) into the officer's
    language; the app passes its own, the command line keeps English.
    """
    with staged_rejects(path, plan, translate=translate) as target:
        return target


def rejects_target(path: str | os.PathLike[str]) -> Path:
    """Where the rejects workbook for ``path`` goes (always an .xlsx)."""
    target = Path(path).expanduser()
    return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")


@contextlib.contextmanager
def staged_rejects(
    path: str | os.PathLike[str],
    plan: ImportPlan,
    *,
    translate: Callable[[str], str] | None = None,
) -> Iterator[Path]:
    """Write the rejects workbook now, to a private temp file; it takes its place at ``path``
    when the block ends without an error, and is removed otherwise.

    The importer commits inside the block: a file that cannot be written stops the
    import before anything is committed, and an import that fails leaves no rejects
    file behind. Rejected rows hold residents' details, so the file is private (0600)
    like exports and backups.
    """
    from xlsxwriter.exceptions import FileCreateError

    target = rejects_target(path)
    if not target.parent.is_dir():
        raise LiaisonError(f"The folder of the rejects file, '{target.parent}', does not exist.")
    if target.is_dir():
        raise LiaisonError(f"The rejects file '{target}' is a folder; choose a file name.")
    with atomic_private_file(target) as tmp:
        try:
            _write_workbook(tmp, plan, translate)
        except (OSError, FileCreateError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise LiaisonError(
                f"The rejects file '{target}' cannot be written: {reason}."
            ) from None
        yield target


def _write_workbook(path: Path, plan: ImportPlan, translate: Callable[[str], str] | None) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
    )
    fmts = {
        "date": wb.add_format({"num_format": "dd-mm-yyyy"}),
        "datetime": wb.add_format({"num_format": "dd-mm-yyyy hh:mm"}),
        "header": wb.add_format({"bold": True, "bg_color": "#F2F2F2", "bottom": 1}),
        "reason": wb.add_format({"font_color": "#9C0006", "bg_color": "#FFC7CE"}),
    }
    used: set[str] = set()
    for sp in plan.sheets:
        rejected = [r for r in sp.rows if r.status == "rejected" or r.rejected]
        if not rejected:
            continue
        title = (sp.name or "Rejects")[:31]
        for bad in "[]:*?/\\":
            title = title.replace(bad, " ")
        while title in used:
            title = (title[:28] + f" {len(used)}")[:31]
        used.add(title)
        ws = wb.add_worksheet(title)
        width = max([len(sp.headers)] + [len(r.cells) for r in rejected])
        headers = list(sp.headers) + [""] * (width - len(sp.headers))
        for c, h in enumerate(headers):
            ws.write_string(0, c, h or "", fmts["header"])
        ws.write_string(0, width, REASON_HEADER, fmts["header"])
        ws.write_string(0, width + 1, ROW_HEADER, fmts["header"])
        for i, rp in enumerate(rejected, start=1):
            for c, value in enumerate(rp.cells):
                _write_cell(ws, i, c, value, fmts)
            reason = rp.rejected or "Rejected."
            ws.write_string(i, width, translate(reason) if translate else reason, fmts["reason"])
            ws.write_number(i, width + 1, rp.row)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, len(rejected), width + 1)
        ws.set_column(0, width - 1, 18)
        ws.set_column(width, width, 60)
    if not used:
        ws = wb.add_worksheet("Rejects")
        ws.write_string(0, 0, "No rows were rejected.")
    wb.close()
