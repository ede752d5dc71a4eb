"""Small reusable input widgets: optional dates, euro amounts, record pickers with completion.

The widgets load on first use (PEP 562): importing ``ui.widgets.labels`` at
start-up should not pull in the record picker and the services it needs.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "DateEdit": "ui.widgets.date_edit",
    "parse_date": "ui.widgets.date_edit",
    "EuroEdit": "ui.widgets.euro_edit",
    "parse_euros": "ui.widgets.euro_edit",
    "RecordPicker": "ui.widgets.record_picker",
}

__all__ = ["DateEdit", "EuroEdit", "RecordPicker", "parse_date", "parse_euros"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'ui.widgets' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
