"""Offscreen PNGs of the record pages, coalition map and dialogs (for ``python -m ui.screenshots``).

    render_all(db, outdir) -> [outdir/initiative_overview.png, ...]

Uses the busiest initiative, partner and person in the database (demo data
gives realistic ones). Dialogs are rendered without being executed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from liaison.errors import StaleRecordError
from liaison.services import relations
from liaison.storage.db import Database


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    _settle()
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    return path


def render_all(db: Database, outdir: Path | str) -> list[Path]:
    """Render every record page tab and dialog of this area; returns the PNG paths written."""
    from ui.coalition_map import CoalitionMap
    from ui.editing import make_form
    from ui.editing.stale import StaleDialog
    from ui.pages import RecordPage
    from ui.quick_log import QuickLogDialog

    if QApplication.instance() is None:
        raise RuntimeError("render_all needs a QApplication")
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with db.session_scope(write=False) as s:
        ids = relations.showcase_ids(s)
    written: list[Path] = []

    def attempt(name: str, make: Callable[[], list[Path]]) -> None:
        try:
            written.extend(make())
        except Exception as exc:  # noqa: BLE001 - one broken shot should not stop the rest
            sys.stderr.write(f"skipped {name}: {type(exc).__name__}: {exc}\n")

    def page_shots(entity: str, record_id: int, prefix: str, size: tuple[int, int]) -> list[Path]:
        page = RecordPage(db, entity, record_id)
        if not page.wait_loaded():  # the page reads its data in a worker
            raise RuntimeError(f"{entity} page {record_id} did not load")
        page.resize(*size)
        paths = []
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            key = page.tabs.widget(i).objectName() or f"tab{i}"
            paths.append(_save(page, out / f"{prefix}_{i}_{key}.png"))
        page.close()
        page.deleteLater()
        return paths

    if "initiative" in ids:
        attempt(
            "initiative page",
            lambda: page_shots("organisation", ids["initiative"], "initiative", (1100, 760)),
        )

        def coalition() -> list[Path]:
            view = CoalitionMap(db, ids["initiative"])
            view.resize(1000, 720)
            return [_save(view, out / "coalition_map.png")]

        attempt("coalition map", coalition)
    if "partner" in ids:
        attempt(
            "partner page",
            lambda: page_shots("organisation", ids["partner"], "partner", (1100, 700)),
        )
    if "person" in ids:
        attempt("person page", lambda: page_shots("person", ids["person"], "person", (1000, 620)))

    def quick_log() -> list[Path]:
        prefill = ("organisation", ids["initiative"]) if "initiative" in ids else None
        dialog = QuickLogDialog(db, None, prefill)
        dialog.summary.setText(
            QCoreApplication.translate("Screenshots", "Talked about the subsidy renewal")
        )
        dialog.follow_up.edit.setText("+14")
        dialog.adjustSize()
        return [_save(dialog, out / "quick_log.png")]

    attempt("quick log", quick_log)

    def forms() -> list[Path]:
        paths = []
        if "initiative" in ids:
            form = make_form(db, "organisation", ids["initiative"])
            form.adjustSize()
            paths.append(_save(form, out / "edit_organisation.png"))
            form.fields["email"].widget.setText("info@buurt")  # type: ignore[attr-defined]
            form.fields["phone"].widget.setText("010-12")  # type: ignore[attr-defined]
            form.adjustSize()
            paths.append(_save(form, out / "edit_organisation_invalid.png"))
            form.done(0)
            c = make_form(db, "commitment", None, initiative_id=ids["initiative"])
            c.fields["amount"].widget.setText("€ 1.500,-")  # type: ignore[attr-defined]
            c.adjustSize()
            paths.append(_save(c, out / "edit_commitment_new.png"))
            c.done(0)
            i = make_form(db, "interaction", None, organisations=[ids["initiative"]])
            i.adjustSize()
            paths.append(_save(i, out / "edit_interaction_new.png"))
            i.done(0)
        if "person" in ids:
            p = make_form(db, "person", ids["person"])
            p.adjustSize()
            paths.append(_save(p, out / "edit_person.png"))
            p.done(0)
        return paths

    attempt("edit forms", forms)

    def stale() -> list[Path]:
        if "initiative" not in ids:
            return []
        form = make_form(db, "organisation", ids["initiative"])
        original = form.values()
        theirs = {
            **original,
            "description": "Elke dinsdag en donderdag warme maaltijden voor 60 buren.",
            "phone": "010 765 4321",
            "updated_by": "Sanne de Vries",
            "version": (form.version or 1) + 1,
        }
        mine = {"description": "Maaltijden op dinsdag.", "email": "post@buurtkeuken.nl"}
        exc = StaleRecordError("changed", current=theirs)
        dialog = StaleDialog("organisation", exc, original, mine, form._display)
        dialog.adjustSize()
        path = _save(dialog, out / "stale_edit.png")
        dialog.done(0)
        form.done(0)
        return [path]

    attempt("stale dialog", stale)
    return written


if __name__ == "__main__":  # python -m ui.screenshots_records OUTDIR DB
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from liaison.storage.db import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    try:
        from ui.i18n import install

        install(sys.argv[3] if len(sys.argv) > 3 else "nl")
    except ImportError:
        pass
    database = open_database(sys.argv[2])
    for p in render_all(database, sys.argv[1]):
        print(p)
