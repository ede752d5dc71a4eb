"""First start without a database: choose an empty or a demo database, and your name.

The demo database is filled in a worker with a progress dialog; the window
stays responsive and the user can cancel.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.storage.db import Database, open_database, resolve_url, sqlite_path
from ui import prefs
from ui.core_text import core_text
from ui.i18n import tr
from ui.progress_text import progress_text
from ui.widgets.mnemonics import give_mnemonics
from ui.worker import Op, Progress

DEMO_SIZE = 400  #: people in the demo database offered at first start


def fill_demo(db: Database, size: int, progress: Progress | None = None) -> None:
    """Fill ``db`` with demo data (passes progress on when the generator takes it)."""
    from liaison import demo

    params = inspect.signature(demo.generate).parameters
    if progress is not None and "progress" in params:
        demo.generate(db, size=size, progress=progress)
    else:
        demo.generate(db, size=size)


class FirstStartDialog(QDialog):
    """Asks where the database goes, whether to fill it with demo data, and who you are."""

    def __init__(self, location: Path, officer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStart")
        self.setWindowTitle(tr("Welcome to Liaison"))
        self.setMinimumWidth(560)
        self.db: Database | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Liaison keeps track of civic initiatives, their partners and the people "
                "behind them. There is no database yet: start with an empty one, or with a "
                "demo database of made-up Rotterdam initiatives to look around first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.empty_choice = QRadioButton(tr("&Empty database, for real work"))
        self.demo_choice = QRadioButton(tr("&Demo database with made-up data, to try things out"))
        self.empty_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty_choice)
        group.addButton(self.demo_choice)
        layout.addWidget(self.empty_choice)
        # Without the list, an imported "Wijk" column makes neighbourhoods without a
        # district, and the team lead's overview per district has nothing to group by.
        self.hoods_check = QCheckBox(tr("with Rotterdam's districts and neighbourhoods"))
        self.hoods_check.setToolTip(
            tr(
                "Imports and forms then know the district of each neighbourhood. A team in "
                "another city loads its own list with 'liaison neighbourhoods --load FILE'."
            )
        )
        self.hoods_check.setChecked(True)
        self.empty_choice.toggled.connect(self.hoods_check.setEnabled)
        indented = QHBoxLayout()
        indented.addSpacing(24)  # under the empty database it belongs to
        indented.addWidget(self.hoods_check)
        layout.addLayout(indented)
        layout.addWidget(self.demo_choice)
        form = QFormLayout()
        self.name_edit = QLineEdit(officer)
        self.name_edit.setPlaceholderText(tr("Your name, as colleagues know you"))
        form.addRow(tr("Your name:"), self.name_edit)
        self.default_location = Path(location)
        self.location_edit = QLineEdit(str(location))
        form.addRow(tr("Database file:"), self.location_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        give_mnemonics(self)  # Alt+letter for the name and file fields too, none shared
        self.demo_size = DEMO_SIZE

    def officer(self) -> str:
        return self.name_edit.text().strip()

    def location(self) -> str:
        """The typed location as an absolute path (a URL as typed; empty: the suggested one).

        A bare "team.db" was opened relative to wherever the app happened to start and
        remembered like that: started from elsewhere the next day, Liaison made a new,
        empty database there, and the officer's work seemed gone. A relative name now
        goes into the suggested folder, and a folder gets the suggested file name in it.
        """
        text = self.location_edit.text().strip()
        if not text:
            return str(self.default_location)
        if "://" in text:
            return text
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.default_location.parent / path
        if path.is_dir():  # a folder chosen for the database: the file goes into it
            path = path / self.default_location.name
        return str(path.absolute())

    def create(self) -> Database | None:
        """Create the chosen database (demo data in a worker); None when it failed."""
        file = sqlite_path(resolve_url(self.location()))
        new_file = file is not None and not file.exists()
        try:
            db = open_database(self.location(), officer=self.officer() or None)
        except LiaisonError as exc:
            QMessageBox.warning(self, tr("Welcome to Liaison"), core_text(exc))
            return None
        if self.empty_choice.isChecked() and self.hoods_check.isChecked():
            from liaison.services.neighbourhoods import ensure_default_neighbourhoods

            try:
                with db.session_scope() as session:
                    ensure_default_neighbourhoods(session)  # none added to a file that has some
            except LiaisonError as exc:
                QMessageBox.warning(self, tr("Welcome to Liaison"), core_text(exc))
        if self.demo_choice.isChecked() and not self._fill_demo(db):
            db.close()
            if new_file and file is not None:
                # A demo stopped (or failed) in a new file left it empty in the data
                # folder; the next start opened that empty file and never offered the
                # demo again. Nothing was in it: it goes.
                for leftover in (file, *(file.with_name(file.name + x) for x in ("-wal", "-shm"))):
                    leftover.unlink(missing_ok=True)
            return None
        prefs.set_value("database", self.location())
        if self.officer():
            prefs.set_value("officer", self.officer())
        self.db = db
        return db

    def _fill_demo(self, db: Database) -> bool:
        dialog = QProgressDialog(tr("Making the demo database…"), tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(tr("Demo database"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        outcome: dict[str, object] = {}
        op = Op(self, lambda progress: fill_demo(db, self.demo_size, progress))

        def progressed(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if message:
                dialog.setLabelText(progress_text(message))

        op.progressed.connect(progressed)
        dialog.canceled.connect(op.cancel)
        op.success(lambda _r: (outcome.setdefault("ok", True), dialog.reset()))
        op.failure(lambda exc: (outcome.setdefault("error", exc), dialog.reset()))
        op.run_in_background()
        if not outcome:
            dialog.exec()
        while not outcome:  # cancelled: the worker still has to stop before we go on
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        from liaison.demo import DemoCancelled, DemoRefused  # loaded: the worker used them

        if isinstance(outcome.get("error"), DemoRefused):  # an existing file was chosen
            answer = QMessageBox.question(
                self,
                tr("Demo database"),
                tr(
                    "This database already holds records, so no demo data was added "
                    "(it would mix with them). Open it as it is?"
                ),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Open,
            )
            return answer == QMessageBox.StandardButton.Open
        if isinstance(outcome.get("error"), DemoCancelled):  # the officer's own stop: no alarm
            return False
        if "error" in outcome:
            QMessageBox.warning(
                self,
                tr("Demo database"),
                tr("The demo database could not be made: %1").replace(
                    "%1", core_text(outcome["error"])
                ),
            )
            return False
        return bool(outcome.get("ok"))

    def accept(self) -> None:
        if self.create() is not None:
            super().accept()
