"""Edit → Change history… (Ctrl+H) shows the history of support and contact moments too.

Issue 5: "every change visible per record in the app (who, when, field, old → new)
and restorable field by field". Only organisations and people have a record page
with a history tab; who raised a commitment's amount, or moved a contact moment,
could be read only with 'liaison history'.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.services import records
from liaison.storage.models import Commitment, Organisation


def _support(db) -> int:  # type: ignore[no-untyped-def]
    with db.session_scope() as s:
        fund = records.create(s, Organisation, name="Fonds Zuid", kind="fund")
        kitchen = records.create(s, Organisation, name="Buurtkeuken Hillesluis")
        support = records.create(
            s,
            Commitment,
            partner_id=fund.id,  # as the support form does
            initiative_id=kitchen.id,
            kind="financial",
            amount=Decimal("1500.00"),
            start=dt.date(2026, 1, 1),
        )
        support_id = support.id
    with db.session_scope() as s:
        records.update(s, Commitment, support_id, None, amount=Decimal("2500.00"))
    return support_id


def test_the_history_of_the_selected_support_opens_and_restores(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.formatting import format_euros
    from ui.main_window import MainWindow
    from ui.trust.history_dialog import HistoryDialog
    from ui.wiring import install_area_actions

    db, _ids = filled
    support_id = _support(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    install_area_actions(window, background=False)
    window.start("today")
    window.show()
    view = window.show_view("commitment")
    assert view.select_id(support_id)

    action = window.trust_actions.history_action
    assert action in window.edit_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+H")
    action.trigger()

    dialog = window.findChild(HistoryDialog, "historyDialog")
    assert dialog is not None and dialog.isVisible()
    heading = dialog.findChild(QLabel, "historyHeading")
    assert heading.text() == "Fonds Zuid → Buurtkeuken Hillesluis"
    panel = dialog.panel
    rows = [
        [panel.model.index(r, c).data() for c in range(panel.model.columnCount())]
        for r in range(panel.model.rowCount())
    ]
    old, new = format_euros(Decimal("1500.00")), format_euros(Decimal("2500.00"))
    assert "1.500,00" in old or "1,500.00" in old  # euros as the lists show them, not "1500.00"
    amount_rows = [r for r in rows if r[4] == old and r[5] == new]
    assert amount_rows, rows
    panel.table.selectRow(rows.index(amount_rows[0]))
    panel.restore_selected()
    with db.session_scope(write=False) as s:
        assert s.get(Commitment, support_id).amount == Decimal("1500.00")


def test_one_history_key_after_a_language_switch(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.wiring import install_area_actions

    db, _ids = filled
    window = MainWindow(db)
    qtbot.addWidget(window)
    install_area_actions(window, background=False)
    window.retranslate()
    qtbot.wait(10)  # deleteLater of the old actions
    on_key = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+H")]
    assert len(on_key) == 1
    assert window.trust_actions.history_action in window.edit_menu.actions()
    assert window.trust_actions.show_history() is None  # nothing selected: said in the status bar
    assert window.statusBar().currentMessage()
