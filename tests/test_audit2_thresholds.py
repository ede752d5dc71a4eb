"""One unreadable threshold falls back to its default alone; the team's other thresholds
stay (issue 2: thresholds are settings; the loader promises per-value fallback)."""

from __future__ import annotations

from liaison.services.settings import (
    THRESHOLD_PREFIX,
    Thresholds,
    load_thresholds,
    save_thresholds,
    set_setting,
)
from liaison.storage.db import Database


def test_one_bad_threshold_does_not_reset_the_others(db: Database) -> None:
    with db.session_scope() as s:
        save_thresholds(s, Thresholds(single_partner_share=0.6, dormant_months=3, cliff_days=45))
        # Hand-edited, or written by a later version with other rules: 150 %.
        set_setting(s, THRESHOLD_PREFIX + "single_partner_share", "1.5")
        set_setting(s, THRESHOLD_PREFIX + "agenda_days", "-7")
        set_setting(s, THRESHOLD_PREFIX + "retention_months", "twee jaar")
    with db.session_scope(write=False) as s:
        t = load_thresholds(s)
    assert t.dormant_months == 3  # before: every threshold back to its default (6)
    assert t.cliff_days == 45
    assert t.single_partner_share == Thresholds().single_partner_share
    assert t.agenda_days == Thresholds().agenda_days
    assert t.retention_months == Thresholds().retention_months
