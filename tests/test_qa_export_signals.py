"""Every signal reads as Dutch in the workbook.

Found by the export QA helper: the new signal support_ended ('All support ended
(the last on 2026-09-26); none is active.') reached the Dutch Initiatieven sheet
in English, a cliff of one day read 'binnen 1 dagen', support ending today
'binnen 0 dagen', and a single one-off commitment 'Alle lopende steun …'.
"""

from __future__ import annotations

import datetime as dt

import pytest

from liaison.exchange.export import signal_text_nl
from liaison.services.signals import CODES, Signal

DAY = dt.date(2026, 12, 24)
#: Typical params per signal code, as services.signals makes them.
PARAMS = {
    "single_partner": {"partner": "Oranje Fonds", "partners": 2, "share": 0.8, "basis": "euros"},
    "one_off_only": {"commitments": 3},
    "support_cliff": {"last_end": DAY, "days": 27, "cliff_days": 90},
    "support_ended": {"last_end": DAY, "days_ago": 4, "cliff_days": 90},
    "no_municipal_contact": {"months": 12, "since": DAY},
    "dormant": {"months": 6, "last_contact": DAY},
}


def _text(code: str, **params) -> str:
    return signal_text_nl(Signal(code, 1, "Soepgroep", "ENGLISH REASON", params))


def test_every_signal_code_has_a_dutch_sentence() -> None:
    assert set(PARAMS) == set(CODES), "a new signal code: teach export.signal_text_nl"
    for code, params in PARAMS.items():
        text = _text(code, **params)
        assert "ENGLISH" not in text, code
        assert text.endswith("."), code
    assert _text("support_ended", **PARAMS["support_ended"]) == (
        "Alle steun is gestopt, de laatste op 24-12-2026; er loopt nu niets meer."
    )


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, "Alle lopende steun stopt vandaag (24-12-2026)."),
        (1, "Alle lopende steun stopt binnen 1 dag (de laatste op 24-12-2026)."),
        (30, "Alle lopende steun stopt binnen 30 dagen (de laatste op 24-12-2026)."),
    ],
)
def test_the_cliff_counts_its_days(days: int, expected: str) -> None:
    assert _text("support_cliff", last_end=DAY, days=days, cliff_days=90) == expected


def test_one_off_support_in_the_singular_and_plural() -> None:
    assert _text("one_off_only", commitments=1) == (
        "De enige lopende steun is eenmalig, niet structureel."
    )
    assert _text("one_off_only", commitments=2) == (
        "Alle lopende steun is eenmalig; niets is structureel."
    )
