"""Puts the other areas' actions into the main window's menus.

The main window knows nothing of imports, exports, backups or privacy tools;
this module adds their File-menu actions and the Privacy menu, and adds them
again (translated anew) whenever the window rebuilds its menus after a
language switch.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from ui.exchange.actions import (
    export_calendar_action,
    export_workbook_action,
    import_wizard_action,
    imports_action,
)
from ui.main_window import MainWindow
from ui.trust.backup_actions import TrustActions, install_trust_actions


def _add_exchange_actions(window: MainWindow) -> list[QAction]:
    actions = []
    for make in (
        import_wizard_action,
        imports_action,
        export_workbook_action,
        export_calendar_action,
    ):
        action = make(window.db, window)
        window.add_file_action(action, "exchange")
        window.addAction(action)  # shortcuts work wherever the focus is
        actions.append(action)
    return actions


def _drop(window: MainWindow, actions: list[QAction]) -> None:
    """Remove actions of the old language, so no shortcut is claimed twice."""
    for action in actions:
        window.removeAction(action)
        action.deleteLater()


def install_area_actions(window: MainWindow, *, background: bool = True) -> None:
    """Add import/export and backup/privacy actions; ``background`` starts the
    daily automatic backup and the whole-file integrity check of big databases."""
    exchange = _add_exchange_actions(window)
    if background:
        install_trust_actions(window, window.file_menu)
    else:
        window.trust_actions = TrustActions(window, window.file_menu)

    def rebuild() -> None:
        nonlocal exchange
        old: TrustActions = window.trust_actions
        _drop(window, [*exchange, old.backup_action, old.restore_action, old.folder_action])
        old.deleteLater()
        exchange = _add_exchange_actions(window)
        window.trust_actions = TrustActions(window, window.file_menu)

    window.menusRebuilt.connect(rebuild)
