"""Subcommands of the exchange group (see liaison.cli): import, undo-import, imports.

Each command is registered by its own small function so that further commands
(export, export-calendar) are one more ``_register_…`` call in :func:`register`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from liaison.cli.files import database_file, database_for_import, output_path
from liaison.cli.support import (
    CommandError,
    Termination,
    counted,
    counts_text,
    database,
    day,
    print_json,
    print_table,
)
from liaison.storage.models import local_time


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the ``liaison`` parser."""
    _register_import(subparsers, common)
    _register_undo_import(subparsers, common)
    _register_imports(subparsers, common)
    _register_export(subparsers, common)
    _register_export_calendar(subparsers, common)


# --- import -------------------------------------------------------------------------


def _register_import(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import",
        parents=[common],
        help="import a spreadsheet (xlsx, xlsm, xlsb, xls, ods, csv) or a Liaison export",
        description=(
            "Import a colleague's sheet or a Liaison export in one transaction. Every row ends "
            "imported, unchanged or rejected; nothing is duplicated."
        ),
    )
    p.add_argument("file", metavar="FILE", help="the spreadsheet to import")
    p.add_argument(
        "--sheet", metavar="NAME", help="the sheet to import (default: the first with a table)"
    )
    p.add_argument("--mapping", metavar="FILE", help="a mapping JSON file (columns → fields)")
    p.add_argument(
        "--header-row", metavar="N", type=int, help="the row holding the headers (default: found)"
    )
    p.add_argument("--dry-run", action="store_true", help="do everything but save")
    p.add_argument("--rejects", metavar="OUT.xlsx", help="write rejected rows with the reason here")
    p.add_argument("--save-mapping", metavar="FILE", help="save the mapping used to this JSON file")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_import)


class ProgressLine:
    """One progress line on stderr at a terminal, overwritten in place, cleared at the end.

    Cleared on an error too (use ``with``): the old line was left open, and the
    error sentence landed behind it ("Reading the file… 0%   liaison: There is…").
    """

    def __init__(self, enabled: bool, label: str) -> None:
        self.enabled = enabled
        self.label = label  # when the core's report carries no message
        self.width = 0
        self.tenth = -1

    cancelled = staticmethod(Termination.cancelled)  # SIGTERM stops the core at its next step

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled:
            return
        pct = int(100 * done / total) if total else 100
        if pct // 10 == self.tenth:
            return
        self.tenth = pct // 10
        text = f"{message or self.label}… {pct}%"
        sys.stderr.write("\r" + text.ljust(self.width))  # no residue of a longer message
        self.width = max(self.width, len(text))
        sys.stderr.flush()

    @property
    def callback(self) -> ProgressLine:
        """Always this line: silent when not enabled, but it still carries ``cancelled()``."""
        return self

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            self.width = 0


def cmd_import(args: argparse.Namespace) -> int:
    from liaison.exchange.importer import plan_import, run_import

    inputs = (args.file, args.mapping, database_file(args))
    if args.rejects:  # written as .xlsx whatever its name says (see exchange.rejects)
        rejects = Path(args.rejects).expanduser()
        output_path(str(rejects.with_suffix(".xlsx")), "", "--rejects", not_over=inputs)
    if args.save_mapping:
        output_path(args.save_mapping, "", "--save-mapping", not_over=inputs)
    plan = None
    with database_for_import(args, dry_run=args.dry_run) as db:
        if args.save_mapping:
            plan = plan_import(
                db, args.file, sheet=args.sheet, mapping=args.mapping, header_row=args.header_row
            )
        with ProgressLine(not args.json and sys.stderr.isatty(), "Importing") as line:
            report = run_import(
                db,
                args.file,
                sheet=args.sheet,
                mapping=args.mapping,
                header_row=args.header_row,
                dry_run=args.dry_run,
                rejects_path=args.rejects,
                progress=line.callback,
            )
    if plan is not None and plan.mapping is not None:  # saved once the import went through
        try:
            plan.mapping.save(args.save_mapping)
        except OSError as exc:
            raise CommandError(
                f"The import went through, but the mapping could not be saved to "
                f"'{args.save_mapping}' ({exc.strerror or exc})."
            ) from None
    if args.json:
        print_json(report.to_json())
        return 0
    out = sys.stdout
    verb = "Would import" if report.dry_run else "Imported"
    out.write(
        f"{verb} {report.file} ({', '.join(report.sheets)}): {counted(report.rows, 'row')} — "
        f"{report.imported:,} imported, {report.unchanged:,} unchanged, "
        f"{report.rejected:,} rejected.\n"
    )
    labels = ("Would create", "Would update") if report.dry_run else ("Created", "Updated")
    for label, counts in zip(labels, (report.created, report.updated), strict=True):
        if counts:
            out.write(f"{label}: {counts_text(counts)}.\n")
    several = len(report.sheets) > 1  # then "row 12" alone does not say where
    shown = [p for p in report.problems if p.severity != "info"][:20]
    for p in shown:
        where = f"row {p.row}" if p.row else "sheet"
        if several and p.sheet:
            where = f"{p.sheet} {where}" if p.row else f"sheet {p.sheet}"
        col = f", {p.column}" if p.column else ""
        out.write(f"  {p.severity}: {where}{col}: {p.message}\n")
    rest = len([p for p in report.problems if p.severity != "info"]) - len(shown)
    if rest > 0:
        out.write(f"  … and {rest} more (see --json).\n")
    for p in report.problems:  # about the sheet: columns not imported, hidden rows
        if p.severity == "info" and p.row is None:
            where = f"{p.sheet}: " if several and p.sheet else ""
            col = f"{p.column}: " if p.column else ""
            out.write(f"  note: {where}{col}{p.message}\n")
    for d in report.near_duplicates[:10]:
        where = (
            f"'{d.candidate_name}' in row {d.candidate_rows[0]}"
            if d.in_sheet and d.candidate_rows
            else f"existing '{d.candidate_name}'"
        )
        out.write(f"  review: '{d.name}' looks like {where} ({d.score:.0f}%).\n")
    if report.rejects_path:
        out.write(f"Rejected rows written to {report.rejects_path}.\n")
    if report.batch_uuid:
        out.write(
            f"Batch {report.batch_uuid} (undo with: liaison undo-import {report.batch_uuid[:8]}).\n"
        )
    elif report.dry_run:
        out.write("Dry run: nothing was saved.\n")
    else:
        out.write("Nothing was changed: no new records or values in this file.\n")
    return 0


# --- undo-import ----------------------------------------------------------------------


def _register_undo_import(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "undo-import",
        parents=[common],
        help="undo an import batch (its new records removed, its updates reverted)",
    )
    p.add_argument(
        "batch",
        type=batch_ref,
        metavar="BATCH",
        help="the batch id as 'liaison imports' lists it (or its first characters)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_undo_import)


_BATCH_ID = re.compile(r"[0-9a-fA-F-]+")


def batch_ref(text: str) -> str:
    """argparse type: a batch uuid, its first characters or its number — nothing else.

    The lookup matches a prefix with SQL LIKE, where '%' and '_' are wildcards:
    ``liaison undo-import %`` undid the only batch there was.
    """
    if not _BATCH_ID.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an import batch id; 'liaison imports' lists them"
        )
    return text.strip()


def cmd_undo_import(args: argparse.Namespace) -> int:
    from liaison.exchange.importer import undo_import

    db = database(args, create=False)
    try:
        report = undo_import(db, args.batch)
    finally:
        db.close()
    if args.json:
        print_json(report.to_json())
        return 0
    removed = counts_text(report.removed) or "nothing"
    reverted = counts_text(report.reverted) or "nothing"
    sys.stdout.write(f"Undid import {report.batch_uuid}: removed {removed}; reverted {reverted}.\n")
    return 0


# --- imports ----------------------------------------------------------------------------


def _register_imports(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("imports", parents=[common], help="list the import batches")
    p.add_argument("--json", action="store_true", help="print the batches as JSON")
    p.set_defaults(handler=cmd_imports)


def cmd_imports(args: argparse.Namespace) -> int:
    from liaison.exchange.importer import list_batches

    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            batches = list_batches(session)
    finally:
        db.close()
    if args.json:
        print_json([b.to_json() for b in batches])
        return 0
    rows = [
        {
            "batch": b.uuid[:8],
            "when": local_time(b.imported_at),
            "by": b.imported_by,
            "file": b.file_name,
            "rows": b.summary.get("rows"),
            "imported": b.summary.get("imported"),
            "rejected": b.summary.get("rejected"),
            "undone": local_time(b.undone_at) if b.undone_at else "",
        }
        for b in batches
    ]
    print_table(rows, ["batch", "when", "by", "file", "rows", "imported", "rejected", "undone"])
    return 0


# --- export, export-calendar ------------------------------------------------------------


def _register_export(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "export",
        parents=[common],
        help="write the overview workbook for team leads (.xlsx)",
        description=(
            "Write an overview workbook: a summary per district, neighbourhood and kind of "
            "support with a chart, initiatives with their signals, partners, people, roles, "
            "support with renewal dates highlighted, and the contact log. It imports back "
            "without duplicates."
        ),
    )
    p.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    p.add_argument(
        "--privacy-safe",
        action="store_true",
        help="leave out names, e-mail addresses, phone numbers and notes; keep the counts",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=day,
        metavar="DATE",
        help="contact log from this day (31-12-2026, 1-5-26, 1 mei 2026)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=day,
        metavar="DATE",
        help="contact log up to and including this day",
    )
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from liaison.exchange.export import export_workbook

    output_path(args.out, ".xlsx", not_over=[database_file(args)])
    db = database(args, create=False)
    try:
        with ProgressLine(sys.stderr.isatty() and not args.json, "Exporting") as line:
            report = export_workbook(
                db,
                args.out,
                privacy_safe=args.privacy_safe,
                date_from=args.date_from,
                date_to=args.date_to,
                progress=line.callback,
            )
    finally:
        db.close()
    for warning in report.warnings():
        sys.stderr.write(f"liaison: warning: {warning}\n")
    if args.json:
        print_json(
            {
                "path": str(report.path),
                "rows": report.rows,
                "privacy_safe": report.privacy_safe,
                "from": report.date_from,
                "to": report.date_to,
                "warnings": report.warnings(),
            }
        )
        return 0
    sheets = ", ".join(f"{name} {count}" for name, count in report.rows.items())
    safe = " (privacy-safe)" if report.privacy_safe else ""
    print(f"Wrote {report.path}{safe}: {sheets}.")
    return 0


def _register_export_calendar(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "export-calendar",
        parents=[common],
        help="write end and renewal dates of support as an Outlook calendar (.ics)",
        description=(
            "Write the end and renewal-decision dates of live support as all-day events "
            "(with a reminder a week before a renewal decision) for Outlook and other calendars."
        ),
    )
    p.add_argument("out", metavar="OUT.ics", help="the calendar file to write")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=cmd_export_calendar)


def cmd_export_calendar(args: argparse.Namespace) -> int:
    from liaison.exchange.calendar import export_calendar

    target = output_path(args.out, ".ics", not_over=[database_file(args)])
    db = database(args, create=False)
    try:
        count = export_calendar(db, args.out)
    finally:
        db.close()
    if args.json:
        print_json({"path": str(target.absolute()), "events": count})
        return 0
    print(f"Wrote {counted(count, 'event')} to {target.absolute()}.")
    return 0
