"""The File-menu actions of the exchange area, without the dialogs behind them.

The window is built with these actions; the wizard and dialogs (and the Excel
libraries under them, about 50 ms of imports) load when one is first chosen.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from liaison.storage.db import Database
from ui.i18n import tr


def import_wizard_action(db: Database, parent: QWidget) -> QAction:
    """A File-menu action that opens the import wizard."""
    action = QAction(tr("&Import a sheet…"), parent)
    action.setObjectName("importWizardAction")
    action.setShortcut("Ctrl+Shift+I")
    action.setStatusTip(tr("Import a colleague's spreadsheet or a Liaison export."))

    def open_wizard() -> None:
        from ui.exchange.import_wizard import open_import_wizard

        open_import_wizard(db, parent)

    action.triggered.connect(open_wizard)
    return action


def imports_action(db: Database, parent: QWidget) -> QAction:
    """A File-menu action that lists earlier imports, each undoable."""
    action = QAction(tr("Earlier i&mports…"), parent)  # Alt+I is the import wizard
    action.setObjectName("importsAction")
    action.setStatusTip(tr("See earlier imports and undo one."))

    def open_list() -> None:
        from ui.exchange.imports_dialog import open_imports_dialog

        open_imports_dialog(db, parent)

    action.triggered.connect(open_list)
    return action


def export_workbook_action(db: Database, parent: QWidget) -> QAction:
    """A File-menu action that opens the export dialog."""
    action = QAction(tr("&Export overview workbook…"), parent)
    action.setObjectName("exportWorkbookAction")
    action.setShortcut("Ctrl+Shift+E")  # Ctrl+E edits a record

    def open_dialog() -> None:
        from ui.exchange.export_dialog import open_export_dialog

        open_export_dialog(db, parent)

    action.triggered.connect(open_dialog)
    return action


def export_calendar_action(db: Database, parent: QWidget) -> QAction:
    """A File-menu action that exports the renewal calendar of ``db``."""
    action = QAction(tr("Export renewal &calendar…"), parent)
    action.setObjectName("exportCalendarAction")
    action.setStatusTip(tr("End and renewal dates of support as an Outlook calendar (.ics)."))

    def export() -> None:
        from ui.exchange.export_dialog import export_calendar_interactive

        export_calendar_interactive(db, parent)

    action.triggered.connect(export)
    return action
