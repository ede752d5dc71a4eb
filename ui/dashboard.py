"""Vandaag: what needs attention now — renewals, follow-ups, fragile and forgotten initiatives.

The figures are gathered by :func:`load_dashboard` in one read session (run
in a worker, it never blocks the window) and drawn by :class:`Dashboard`.
Every line opens its record (``openRecord(entity, id)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison.services import agenda, overview, signals
from liaison.services.settings import load_thresholds
from liaison.storage.db import Database
from ui.charts import district_chart, support_chart
from ui.core_text import core_text
from ui.formatting import format_date, format_euros
from ui.i18n import tr
from ui.models.labels import value_label
from ui.widgets import tone
from ui.worker import Op

#: Lines per card (then "… and N more"; the lists show the rest). Word-wrapped list
#: lines are laid out one by one: 5 cards × 200 lines cost ~30 ms of the first paint.
MAX_ITEMS = 50

#: Signal codes that are cards of their own rather than reasons for fragility.
NO_MUNICIPAL = "no_municipal_contact"
DORMANT = "dormant"


@dataclass
class DashboardData:
    today: dt.date
    renewals: list[Any] = field(default_factory=list)
    renewals_total: int = 0
    follow_ups: list[Any] = field(default_factory=list)
    follow_ups_total: int = 0
    signals: dict[int, list[Any]] = field(default_factory=dict)
    fragile_codes: frozenset[str] = frozenset()
    overview: list[Any] = field(default_factory=list)
    support: list[Any] = field(default_factory=list)
    agenda_days: int = 56


def load_dashboard(
    db: Database, progress: Callable[..., Any] | None = None, *, today: dt.date | None = None
) -> DashboardData:
    """Everything the dashboard shows, read in one session (safe in a worker thread)."""
    # One day for every figure: a load that runs across midnight must not mix two days.
    today = dt.date.today() if today is None else today
    with db.session_scope(write=False) as session:
        thresholds = load_thresholds(session)
        days = getattr(thresholds, "agenda_days", 56)
        data = DashboardData(today=today, agenda_days=days)
        # Cards show the first MAX_ITEMS lines and the total; the lists hold the rest.
        data.renewals, data.renewals_total = agenda.renewal_agenda(
            session, within_days=days, today=today, limit=MAX_ITEMS
        )
        # Today's follow-ups first (today is when they are to be done), then the overdue.
        due_today = agenda.due_follow_ups(session, 0, today)
        overdue = agenda.overdue_follow_ups(session, today=today, limit=MAX_ITEMS)
        data.follow_ups = [*due_today[:MAX_ITEMS], *overdue][:MAX_ITEMS]
        data.follow_ups_total = len(due_today) + agenda.count_overdue_follow_ups(
            session, today=today
        )
        # shared with the overview below; the thresholds are read once for the whole page
        evaluation = signals.evaluate(session, today=today, thresholds=thresholds)
        data.signals = dict(evaluation.signals)
        data.fragile_codes = frozenset(getattr(signals, "FRAGILE_CODES", ()))
        data.overview = list(overview.neighbourhood_overview(session, evaluation=evaluation))
        data.support = list(overview.support_by_kind(session, today=today))
    return data


def signal_sentence(sig: Any) -> str:
    """A signal in the user's language, built from its code and parameters."""
    p = dict(getattr(sig, "params", None) or {})
    code = sig.code
    if code == "single_partner":
        partner = str(p.get("partner", "?"))
        if int(p.get("partners") or 0) == 1:
            return tr("%1 is the only partner giving active support.").replace("%1", partner)
        pct = f"{round(float(p.get('share') or 0) * 100)} %"
        if p.get("basis") == "euros":
            text = tr("%1 gives %2 of the active support in euros.")
        else:
            text = tr("%1 gives %2 of the active commitments.")
        return text.replace("%1", partner).replace("%2", pct)
    if code == "one_off_only":
        return tr("All active support is one-off; none is structural.")
    if code == "support_cliff":
        last = p.get("last_end")
        when = format_date(last) if isinstance(last, dt.date) else ""
        if int(p.get("days") or 0) <= 0:
            return tr("All active support ends today.")
        return tr(
            "All active support ends within %n day(s), the last on %1.", "", int(p.get("days") or 0)
        ).replace("%1", when)
    if code == "support_ended":
        last = p.get("last_end")
        when = format_date(last) if isinstance(last, dt.date) else ""
        return tr("All support has ended, the last on %1; none is active now.").replace("%1", when)
    if code == NO_MUNICIPAL:
        return tr(
            "No contact with or support from the municipality in %n month(s).",
            "",
            int(p.get("months") or 0),
        )
    if code == DORMANT:
        last = p.get("last_contact")
        if not isinstance(last, dt.date):
            return tr("No contact has been logged.")
        return tr(
            "No contact in %n month(s), the last on %1.", "", int(p.get("months") or 0)
        ).replace("%1", format_date(last))
    return str(getattr(sig, "reason", code))


def _urgency(sigs: Sequence[Any]) -> tuple[int, dt.date]:
    """(0, last end) for an initiative whose support ends or has ended, else (1, any)."""
    ends = [
        s.params.get("last_end")
        for s in sigs
        if s.code in ("support_cliff", "support_ended")
        and isinstance(getattr(s, "params", None), dict)
        and isinstance(s.params.get("last_end"), dt.date)
    ]
    return (0, min(ends)) if ends else (1, dt.date.min)


class Card(QFrame):
    """A titled list of lines; activating a line opens its record."""

    openRecord = Signal(str, int)

    def __init__(self, name: str, title: str, empty_text: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("card", True)
        self.empty_text = empty_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}_list")
        self.list.setAccessibleName(title)  # what a screen reader announces on Tab
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(170)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        layout.addWidget(self.list)
        self.base_title = title

    def set_items(
        self, items: Sequence[tuple[str, str, int, str]], total: int | None = None
    ) -> None:
        """Lines as (text, entity, id, tooltip); ``total`` when only the first were read."""
        self.list.clear()
        n = max(len(items), total or 0)
        # "(1.236)" in Dutch, as the lists and record pages count: not "(1236)"
        self.title.setText(f"{self.base_title}  ({QLocale().toString(n)})")
        if not items:
            self.list.addItem(self._note(self.empty_text))
            return
        for text, entity, record_id, tip in items[:MAX_ITEMS]:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (entity, record_id))
            if tip:
                item.setToolTip(tip)
            self.list.addItem(item)
        shown = min(len(items), MAX_ITEMS)
        if n > shown:
            self.list.addItem(self._note(tr("… and %n more", "", n - shown)))

    def _note(self, text: str) -> QListWidgetItem:
        """A line that says something about the list (nothing to open): in the muted
        tone, not the disabled grey that was 1.8:1 on the card's white and hard to read."""
        note = QListWidgetItem(text)
        note.setFlags(Qt.ItemFlag.ItemIsEnabled)
        note.setForeground(tone.colour("muted", self.list.palette()))
        return note

    def targets(self) -> list[tuple[str, int]]:
        out = []
        for i in range(self.list.count()):
            target = self.list.item(i).data(Qt.ItemDataRole.UserRole)
            if target:
                out.append((target[0], int(target[1])))
        return out

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.openRecord.emit(target[0], int(target[1]))


class Dashboard(QScrollArea):
    """The "Vandaag" view."""

    openRecord = Signal(str, int)
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("dashboard")
        self.setWidgetResizable(True)
        self.data: DashboardData | None = None
        self._op: Op | None = None
        body = QWidget()
        body.setObjectName("dashboardBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(12, 10, 12, 12)
        head = QHBoxLayout()
        self.heading = QLabel(tr("Today"))
        self.heading.setObjectName("pageTitle")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.status = QLabel(tr("Loading…"))
        self.status.setObjectName("muted")
        head.addWidget(self.status)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        outer.addLayout(head)

        self.renewals = Card(
            "renewals",
            tr("Renewal decisions and end dates, next 8 weeks"),
            tr("No renewals or end dates coming up."),
        )
        self.follow_ups = Card(
            "followUps",
            tr("Follow-ups due"),
            tr("No follow-ups for today or overdue. Well done."),
        )
        self.fragile = Card(
            "fragile", tr("Fragile initiatives"), tr("No initiative looks fragile right now.")
        )
        self.no_municipal = Card(
            "noMunicipal",
            tr("Initiatives without municipal contact"),
            tr("Every initiative has a municipal contact."),
        )
        self.dormant = Card(
            "dormant", tr("Dormant relationships"), tr("No relationship has gone quiet.")
        )
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.renewals, 0, 0, 1, 2)
        grid.addWidget(self.follow_ups, 0, 2)
        grid.addWidget(self.fragile, 1, 0)
        grid.addWidget(self.no_municipal, 1, 1)
        grid.addWidget(self.dormant, 1, 2)
        self.charts = QWidget()
        self.charts_layout = QHBoxLayout(self.charts)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.charts_layout.setSpacing(10)
        grid.addWidget(self.charts, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        outer.addLayout(grid)
        self.support_view: QWidget | None = None
        self.district_view: QWidget | None = None
        for card in self.cards():
            card.openRecord.connect(self.openRecord)
        self.setWidget(body)
        # An app left open overnight must not show yesterday as "Vandaag": once a
        # minute (and whenever the page is shown) a new day reloads the figures.
        self.day_timer = QTimer(self, interval=60_000)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()

    def check_day(self) -> bool:
        """Reload if the figures are of an earlier day; True when a reload started."""
        if self.data is None or self.data.today == dt.date.today():
            return False
        if self._op is not None and not self.refresh_button.isEnabled():
            return False  # a load is running; it reads today's figures
        self.refresh()
        return True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.check_day()

    def cards(self) -> list[Card]:
        return [self.renewals, self.follow_ups, self.fragile, self.no_municipal, self.dormant]

    def refresh(self) -> Op:
        """Reload in a worker; ``loaded`` fires once the cards are filled."""
        self.status.setText(tr("Loading…"))
        self.refresh_button.setEnabled(False)
        op = Op(self, lambda _progress: load_dashboard(self.db))
        op.success(self.fill).failure(self._failed)
        self._op = op
        op.run_in_background()
        return op

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        message = tr("The overview could not be loaded: %1").replace("%1", core_text(exc))
        self.status.setText(message)
        self.failed.emit(message)

    def fill(self, data: DashboardData) -> None:
        """Draw the cards and charts from loaded data (UI thread)."""
        self.data = data
        self.refresh_button.setEnabled(True)
        self.heading.setText(tr("Today, %1").replace("%1", format_date(data.today)))
        days = data.agenda_days
        if days and days % 7 == 0:
            title = tr("Renewal decisions and end dates, next %n week(s)", "", days // 7)
        else:
            title = tr("Renewal decisions and end dates, next %n day(s)", "", days)
        self.renewals.title.setText(title)
        self.renewals.base_title = self.renewals.title.text()
        self.renewals.set_items([self._renewal_line(r) for r in data.renewals], data.renewals_total)
        self.follow_ups.set_items(
            [self._follow_up_line(f) for f in data.follow_ups], data.follow_ups_total
        )
        # (name key, id, name, signals) per card; sentences only for the lines shown.
        fragile: list[tuple[str, int, str, list[Any]]] = []
        no_municipal: list[tuple[str, int, str, list[Any]]] = []
        dormant: list[tuple[str, int, str, list[Any]]] = []
        for initiative_id, sigs in data.signals.items():
            if not sigs:
                continue
            name = sigs[0].initiative
            key = name.casefold()
            reasons = [s for s in sigs if self._is_fragile(s, data)]
            if reasons:
                fragile.append((key, initiative_id, name, reasons))
            for s in sigs:
                if s.code == NO_MUNICIPAL:
                    no_municipal.append((key, initiative_id, name, [s]))
                elif s.code == DORMANT:
                    dormant.append((key, initiative_id, name, [s]))
        for card, entries, with_tip in (
            (self.fragile, fragile, True),
            (self.no_municipal, no_municipal, False),
            (self.dormant, dormant, False),
        ):
            if card is self.fragile:
                # Support running out comes first, the soonest (or already past) end on
                # top: only the first lines are shown, and an end in three days must
                # not sit at line 180 of an alphabetical list.
                entries.sort(key=lambda entry: (*_urgency(entry[3]), entry[0], entry[1]))
            else:
                entries.sort(key=lambda entry: entry[:2])
            lines = []
            for _key, initiative_id, name, sigs in entries[:MAX_ITEMS]:
                text = " ".join(signal_sentence(s) for s in sigs)
                tip = text if with_tip else ""
                lines.append((f"{name}: {text}", "initiative", initiative_id, tip))
            card.set_items(lines, len(entries))
        self._draw_charts(data)
        self.status.setText("")
        self.loaded.emit()

    @staticmethod
    def _is_fragile(sig: Any, data: DashboardData) -> bool:
        if data.fragile_codes:
            return sig.code in data.fragile_codes
        return sig.code not in (NO_MUNICIPAL, DORMANT)

    def _draw_charts(self, data: DashboardData) -> None:
        for view in (self.support_view, self.district_view):
            if view is not None:
                self.charts_layout.removeWidget(view)
                view.deleteLater()
        self.support_view = support_chart(data.support)
        self.district_view = district_chart(data.overview)
        self.support_view.setObjectName("supportChart")
        self.district_view.setObjectName("districtChart")
        self.charts_layout.addWidget(self.support_view, 1)
        self.charts_layout.addWidget(self.district_view, 1)

    @staticmethod
    def _renewal_line(item: Any) -> tuple[str, str, int, str]:
        what = tr("renewal decision") if item.what == "renew_by" else tr("ends")
        if item.days_left < 0:
            when = tr("%n day(s) overdue", "", -item.days_left)
        elif item.days_left == 0:
            when = tr("today")
        else:
            when = tr("in %n day(s)", "", item.days_left)
        support = value_label("kind", item.kind)
        if item.amount is not None:
            support = f"{support} {format_euros(item.amount)}"
        text = f"{format_date(item.date)} · {item.initiative} ← {item.partner} ({support}): {what}, {when}"
        return text, "initiative", item.initiative_id, ""

    @staticmethod
    def _follow_up_line(item: Any) -> tuple[str, str, int, str]:
        who = ", ".join([*item.organisations, *item.people])
        if item.days_overdue <= 0:
            late = tr("today")
        else:
            late = tr("%n day(s) late", "", item.days_overdue)
        text = f"{format_date(item.follow_up_on)} ({late}) · {item.summary}"
        if who:
            text += f" — {who}"
        tip = tr("Logged by %1").replace("%1", item.officer) if item.officer else ""
        return text, "interaction", item.interaction_id, tip
