"""Render every main view to PNG, with demo data: ``python -m ui.screenshots OUTDIR [--db URL]``.

Without ``--db`` a demo database is made in a temporary folder. With ``--db``
a copy of the file is used, so taking screenshots never changes real data.
The images are for judging the views as an officer would, and for the README.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from liaison.storage.db import Database, open_database, resolve_url, sqlite_path  # noqa: E402
from ui import screenshots_records as records_shots  # noqa: E402
from ui.coalition_map import CoalitionMap  # noqa: E402
from ui.editing import make_form  # noqa: E402
from ui.exchange import screenshots as exchange_shots  # noqa: E402
from ui.quick_log import QuickLogDialog  # noqa: E402
from ui.trust import screenshots as trust_shots  # noqa: E402

WINDOW = QSize(1360, 860)
DEMO_PEOPLE = 600


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> Path:
    settle(app)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    return path


def prepare_database(db: str | None, workdir: Path) -> Database:
    """A demo database in ``workdir``, or a copy of the given SQLite file (a server URL is
    refused: it cannot be copied, and the screenshots move records to the trash)."""
    target = workdir / "screenshots.db"
    if db:
        source = sqlite_path(resolve_url(db))
        if source is None:  # a server: nothing to copy, and the shots delete and edit records
            raise SystemExit(
                "ui.screenshots: the screenshots delete and edit records, so they work on a "
                "copy; give a SQLite file (copied first), not a database server."
            )
        shutil.copy2(source, target)
        return open_database(target, officer="Fatima el Amrani")
    from liaison import demo

    database = open_database(target, officer="Fatima el Amrani")
    demo.generate(database, size=DEMO_PEOPLE)
    return database


def first_initiative(window) -> int | None:
    """A telling initiative: the first fragile one on the dashboard, else the first in the list."""
    fragile = window.view("today").fragile.targets()
    if fragile:
        return fragile[0][1]
    return window.view("initiative").model.id_at(0)


def dialog_shot(
    make: Callable[[], QDialog | None], out: Path, name: str, app: QApplication
) -> Path | None:
    try:
        dialog = make()
    except Exception as exc:  # noqa: BLE001 - a missing dialog is reported, not fatal
        sys.stderr.write(f"skipped {name}: {type(exc).__name__}: {exc}\n")
        return None
    if dialog is None:
        return None
    dialog.show()
    dialog.adjustSize()
    path = save(dialog, out, name, app)
    dialog.reject()
    dialog.deleteLater()
    return path


def take_all(out: Path, db: Database, app: QApplication) -> list[Path]:
    from ui.main_window import MainWindow
    from ui.worker import Op

    Op.run_inline = True
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(db)
    window.resize(WINDOW)
    window.show()
    window.show_view("today")
    written.append(save(window, out, "dashboard", app))
    names = {
        "initiative": "list_initiatives",
        "partner": "list_partners",
        "person": "list_people",
        "commitment": "list_support",
        "interaction": "list_contact_log",
    }
    for key, name in names.items():
        view = window.show_view(key)
        view.table.selectRow(0)
        view.show_detail_now()
        written.append(save(window, out, name, app))

    # the trash, with a few records in it (this is a copy of the data)
    people = window.view("person")
    window.show_view("person")
    doomed = [people.model.id_at(i) for i in range(3) if people.model.id_at(i) is not None]
    if doomed:
        window.delete_records("person", doomed)
    trash = window.show_view("trash")
    trash.table.selectRow(0)
    written.append(save(window, out, "trash", app))

    # global search with results
    window.show_view("initiative")
    window.search.setText("buurt")
    window.search.run_search()
    written.append(save(window, out, "search", app))
    window.search.clear()

    initiative = first_initiative(window)
    if initiative is not None:
        window.open_record("initiative", initiative)
        written.append(save(window, out, "initiative_page", app))
        window.go_back()
        view = CoalitionMap(db, initiative)
        view.resize(1000, 700)
        view.show()
        written.append(save(view, out, "coalition_map", app))
        view.close()
        shot = dialog_shot(
            lambda: make_form(db, "organisation", initiative, window),
            out,
            "edit_initiative",
            app,
        )
        written += [shot] if shot else []
    prefill = ("initiative", initiative) if initiative is not None else None
    shot = dialog_shot(lambda: QuickLogDialog(db, window, prefill), out, "quick_log", app)
    written += [shot] if shot else []
    from ui.settings_dialog import SettingsDialog

    shot = dialog_shot(lambda: SettingsDialog(db, window), out, "settings", app)
    written += [shot] if shot else []
    from ui.first_start import FirstStartDialog

    shot = dialog_shot(
        lambda: FirstStartDialog(Path.home() / "liaison.db", "Fatima el Amrani", window),
        out,
        "first_start",
        app,
    )
    written += [shot] if shot else []
    window.close()
    # The record pages, exchange and trust areas render their own dialogs in detail.
    for name, area in (
        ("records", records_shots),
        ("exchange", exchange_shots),
        ("trust", trust_shots),
    ):
        area_out = out / name
        area_out.mkdir(parents=True, exist_ok=True)
        written += area.render_all(db, area_out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--db", metavar="URL", help="copy this database instead of a demo one")
    parser.add_argument("--language", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    os.environ.setdefault("LIAISON_SETTINGS_DIR", tempfile.mkdtemp(prefix="liaison-shots-"))
    from ui import prefs
    from ui.app import application

    prefs.set_value("language", args.language)
    app = application()
    with tempfile.TemporaryDirectory(prefix="liaison-shots-") as work:
        db = prepare_database(args.db, Path(work))
        try:
            written = take_all(args.outdir, db, app)
        finally:
            db.close()
    for path in written:
        print(path)
    QCoreApplication.processEvents()
    return 0 if written else 1


if __name__ == "__main__":
    raise SystemExit(main())
