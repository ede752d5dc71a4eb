"""Render this area's widgets offscreen with realistic data: ``render_all(db, outdir)``.

QT_QPA_PLATFORM=offscreen uv run python -m ui.trust.screenshots [DB] [OUTDIR]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from liaison.services import records
from liaison.storage.db import Database, open_database
from liaison.storage.models import Interaction, Organisation, Person
from liaison.trust.integrity import DamagedDatabaseError


def _sample(db: Database) -> int:
    """A person with some history and mentions, for an empty database."""
    with db.session_scope() as s:
        org = records.create(s, Organisation, name="Buurtkeuken Afrikaanderwijk")
        person = records.create(
            s,
            Person,
            given_name="Jan",
            infix="van der",
            family_name="Berg",
            email="jan.vdberg@example.nl",
            phone="06-12345678",
            notes="Kookt op dinsdag.",
            legal_basis="consent",
        )
        records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2023, 5, 2, 10, 0),
            channel="visit",
            summary="Bezoek: Jan van der Berg wil uitbreiden",
            organisations=[org],
            people=[person],
        )
        pid = person.id
    with db.session_scope() as s:
        records.update(s, Person, pid, None, phone="06-87654321", legal_basis="public_task")
    return pid


def _person_with_history(db: Database) -> int:
    from liaison.trust.history import most_changed

    with db.session_scope(write=False) as s:
        person_id = most_changed(s, "person")
        person = s.get(Person, person_id) if person_id is not None else None
        if person is not None and person.forgotten_at is None:
            return int(person.id)
    return _sample(db)


def _support_with_history(db: Database) -> int | None:
    """The support record with the most changes (Edit → Change history… shows it)."""
    from liaison.trust.history import most_changed

    with db.session_scope(write=False) as s:
        return most_changed(s, "commitment")


def _save(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> Path:
    widget.show()
    QApplication.processEvents()
    if size:
        widget.resize(*size)
    else:
        for _ in range(2):  # word-wrapped labels need their width before their height
            widget.adjustSize()
            QApplication.processEvents()
    widget.grab().save(str(path))
    widget.close()
    return path


def render_all(db: Database, outdir: str | Path) -> list[Path]:
    """One PNG per trust widget, filled from ``db`` (a sample person is added if it has none)."""
    from ui.trust.backup_actions import DamagedDatabaseDialog
    from ui.trust.history_panel import HistoryPanel
    from ui.trust.privacy_dialogs import ForgetDialog, PersonPickerDialog, RetentionDialog

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    person_id = _person_with_history(db)
    made = []
    panel = HistoryPanel(db, "person", person_id)
    panel.table.selectRow(0)
    made.append(_save(panel, out / "trust_history_panel.png", (820, 360)))
    support_id = _support_with_history(db)
    if support_id is not None:
        from ui.trust.history_dialog import HistoryDialog

        dialog = HistoryDialog(db, "commitment", support_id)
        dialog.panel.table.selectRow(0)
        made.append(_save(dialog, out / "trust_history_dialog.png", (900, 420)))
    made.append(_save(ForgetDialog(db, person_id), out / "trust_forget_dialog.png"))
    retention = RetentionDialog(db)
    retention.months.setValue(6)
    retention.reload()  # (the dialog reads a new period once the arrows rest)
    if retention.model.rowCount():
        retention.table.selectRow(0)
    made.append(_save(retention, out / "trust_retention_dialog.png", (760, 440)))
    made.append(_save(PersonPickerDialog(db, "Choose a person"), out / "trust_person_picker.png"))
    path = db.path or Path("liaison.db")
    error = DamagedDatabaseError(
        "damaged",
        path=path,
        problems=[
            "*** in database main ***",
            "Tree 14 page 2211 cell 3: invalid page number 98121",
            "Page 2302: never used",
        ],
        backup=path.parent / "backups" / f"{path.stem}-backup-20261126-083000.db",
    )
    made.append(_save(DamagedDatabaseDialog(error), out / "trust_damaged_dialog.png"))
    return made


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from ui import i18n

    i18n.install("nl")
    db = open_database(argv[0] if argv else None)
    for path in render_all(db, argv[1] if len(argv) > 1 else "screenshots"):
        print(path)
    db.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
