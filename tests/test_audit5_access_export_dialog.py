"""Privacy → Access export… asks for the file at once.

To suggest a file name the dialog computed the whole forget preview (every mention,
searched through the contact log and the audit trail) on the window's thread: 1.4 s
on a team lead's database before the file dialog appeared. It needs the name only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import event

from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import Interaction, Person


def test_the_file_dialog_comes_without_searching_the_contact_log(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.trust.privacy_dialogs import export_person_dialog

    with db.session_scope() as s:
        person = records.create(s, Person, given_name="Hanneke", family_name="Jansen")
        records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 3, 2, 10, 0),
            channel="visit",
            summary="Bezoek bij Hanneke Jansen",
            people=[person],
        )
        person_id = person.id

    before_dialog: list[str] = []
    suggested: list[str] = []
    dialog_up = False

    def note(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        if not dialog_up:
            before_dialog.append(statement)

    def answer() -> None:
        nonlocal dialog_up
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog_up = True
        suggested.extend(box.selectedFiles())
        box.reject()

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        QTimer.singleShot(20, answer)
        assert export_person_dialog(None, db, person_id) is None  # cancelled
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert suggested and suggested[0].endswith(f"inzage-Hanneke-Jansen-{dt.date.today()}.xlsx")
    assert before_dialog, "the name is read from the database"
    assert not [s for s in before_dialog if "interaction" in s or "audit_entry" in s]
