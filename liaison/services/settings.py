"""Team-wide settings stored in the database (the ``setting`` table).

Signal thresholds live here rather than in a per-user config file because a
team sharing one database must see the same initiatives flagged as fragile.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.errors import ValidationError
from liaison.storage.models import Setting

#: Settings keys of the thresholds are "thresholds.<field name>".
THRESHOLD_PREFIX = "thresholds."


@dataclass
class Thresholds:
    """When a signal fires; the defaults are the ones the issue asks for."""

    single_partner_share: float = 0.75  # one partner gives at least this share of active support
    cliff_days: int = 90  # all active support ends within this many days
    municipal_contact_months: int = 12  # no municipal contact for this long
    dormant_months: int = 6  # no interaction for this long
    retention_months: int = 24  # personal data kept this long after last contact (trust)
    agenda_days: int = 56  # how far ahead the agenda looks

    def validate(self) -> Thresholds:
        """Raise ValidationError for values that make no sense; return self."""
        if not 0 < self.single_partner_share <= 1:
            raise ValidationError(
                "The single-partner share must lie between 0 and 100 %.",
                field="single_partner_share",
            )
        for f in dataclasses.fields(self):
            if f.type in ("int", int):
                value = getattr(self, f.name)
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValidationError(
                        f"{f.name.replace('_', ' ').capitalize()} must be a whole number "
                        "of zero or more.",
                        field=f.name,
                    )
        return self


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    """The stored value of ``key``, or ``default`` when it was never set."""
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def set_setting(session: Session, key: str, value: str | None) -> None:
    """Store ``value`` under ``key``; ``None`` removes the setting (back to the default)."""
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)
    session.flush()


def load_thresholds(session: Session) -> Thresholds:
    """The team's thresholds; unset or unreadable values fall back to the defaults."""
    stored = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(THRESHOLD_PREFIX))
        ).all()
    )
    values: dict[str, float | int] = {}
    for f in dataclasses.fields(Thresholds):
        raw = stored.get(THRESHOLD_PREFIX + f.name)
        if raw is None:
            continue
        try:
            value = float(raw) if f.type in ("float", float) else int(raw)
            Thresholds(**{f.name: value}).validate()  # type: ignore[arg-type]
        except (ValueError, ValidationError):
            continue  # a hand-edited bad value must not break every screen (nor the others)
        values[f.name] = value
    return Thresholds(**values)  # type: ignore[arg-type]


def save_thresholds(session: Session, t: Thresholds) -> None:
    """Store every threshold (after checking it makes sense)."""
    t.validate()
    for f in dataclasses.fields(t):
        set_setting(session, THRESHOLD_PREFIX + f.name, repr(getattr(t, f.name)))
