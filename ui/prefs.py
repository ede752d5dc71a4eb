"""Per-user preferences (window geometry, language, last view) in QSettings.

One place decides where they live, so tests can point them at a temporary
folder with ``LIAISON_SETTINGS_DIR`` instead of touching the real user's.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Liaison"
APPLICATION = "Liaison"
ENV_DIR = "LIAISON_SETTINGS_DIR"


def qsettings() -> QSettings:
    """The user's settings; an INI file in ``$LIAISON_SETTINGS_DIR`` when that is set."""
    folder = os.environ.get(ENV_DIR)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "liaison.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def value(key: str, default: str = "") -> str:
    raw = qsettings().value(key, default)
    return default if raw is None else str(raw)


def set_value(key: str, val: object) -> None:
    s = qsettings()
    s.setValue(key, val)
    s.sync()
