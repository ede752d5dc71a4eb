"""An initiative without active support is not told "support is spread" (audit of issue 3).

Support that ended more than the cliff window ago raises no signal any more, and
the page then said, in green, "No signals: support is spread and contact is
recent" of an initiative with no active support at all (the demo's
Boodschappendienst Oud-IJsselmonde: three commitments, all ended in August).
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.services import records
from liaison.storage.models import Commitment, Interaction, Organisation


def _page_signal_text(db, initiative_id: int, qtbot) -> str:  # type: ignore[no-untyped-def]
    from ui.pages import RecordPage

    page = RecordPage(db, "initiative", initiative_id)
    qtbot.addWidget(page)
    assert page.wait_loaded()
    return " ".join(label.text() for label in page.signals_box.findChildren(QLabel))


def test_no_signals_without_active_support_says_so(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    db, ids = filled
    today = dt.date.today()
    with db.session_scope() as s:
        town = records.get(s, Organisation, ids["town"])
        quiet = records.create(s, Organisation, name="Buurtkamer De Stilte", kind="initiative")
        records.create(
            s,
            Commitment,
            partner_id=town.id,
            initiative_id=quiet.id,
            kind="space",
            start=today - dt.timedelta(days=400),
            end=today - dt.timedelta(days=200),  # long past the cliff window
            status="ended",
        )
        records.create(
            s,
            Interaction,
            occurred_at=dt.datetime.now() - dt.timedelta(days=3),
            channel="visit",
            summary="Langsgegaan",
            organisations=[quiet, town],
        )
        quiet_id = quiet.id
    text = _page_signal_text(db, quiet_id, qtbot)
    assert "support is spread" not in text
    assert text == "No signals, but no support is active for this initiative now."


def test_no_signals_with_spread_active_support_keeps_its_sentence(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    db, ids = filled
    today = dt.date.today()
    with db.session_scope() as s:
        town = records.get(s, Organisation, ids["town"])
        fund = records.get(s, Organisation, ids["fund"])
        shop = records.get(s, Organisation, ids["shop"])
        busy = records.create(s, Organisation, name="Buurtkamer De Drukte", kind="initiative")
        for partner in (town, fund, shop):
            records.create(
                s,
                Commitment,
                partner_id=partner.id,
                initiative_id=busy.id,
                kind="in_kind",
                start=today - dt.timedelta(days=30),
                status="active",
                structural=True,
            )
        records.create(
            s,
            Interaction,
            occurred_at=dt.datetime.now() - dt.timedelta(days=3),
            channel="visit",
            summary="Langsgegaan",
            organisations=[busy, town],
        )
        busy_id = busy.id
    text = _page_signal_text(db, busy_id, qtbot)
    assert text == "No signals: support is spread and contact is recent."


def test_the_ended_support_signal_does_not_repeat_its_title(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'Alle steun is gestopt — Alle steun is gestopt, de laatste op …' said it twice."""
    db, ids = filled
    today = dt.date.today()
    with db.session_scope() as s:
        fund = records.get(s, Organisation, ids["fund"])
        ended = records.create(s, Organisation, name="Buurtkamer Het Einde", kind="initiative")
        records.create(
            s,
            Commitment,
            partner_id=fund.id,
            initiative_id=ended.id,
            kind="financial",
            start=today - dt.timedelta(days=300),
            end=today - dt.timedelta(days=20),  # within the cliff window: a signal
            status="ended",
        )
        ended_id = ended.id
    text = _page_signal_text(db, ended_id, qtbot)
    assert text.count("All support has ended") == 1, text
    assert "The last ended on" in text
