"""Whether one commitment's renewal decision (or end) is due or overdue: the agenda's rule.

One function for every place that marks a single commitment — the support list
in the app, the Steun sheet of the export — so that what is red there is what
the dashboard's agenda and ``liaison renewals`` list (:mod:`liaison.services.agenda`
selects the same commitments in SQL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from liaison.services.agenda import OPEN_STATUSES

#: The agenda's default window (setting ``agenda_days``, :class:`settings.Thresholds`).
DUE_WITHIN = dt.timedelta(weeks=8)


def renewal_state(
    status: str | None,
    end: Any,
    renew_by: Any,
    today: dt.date,
    within: dt.timedelta = DUE_WITHIN,
) -> tuple[str | None, str | None]:
    """("due"|"overdue"|None, the field it applies to) for a commitment.

    Support that is active, proposed or renewed (the current term of renewed
    support is exactly what needs the next decision) needs a decision by
    ``renew_by``: overdue once that day has passed while the support still runs
    (no end, or an end from today on), due when it falls within ``within`` (the
    agenda's window). An end date within that window is due too. Support that
    has ended is history and is not marked.
    """
    if status not in OPEN_STATUSES:
        return None, None
    end, renew_by = as_day(end), as_day(renew_by)
    horizon = today + within
    if renew_by is not None and renew_by <= horizon:
        if renew_by >= today:
            return "due", "renew_by"
        if end is None or end >= today:
            return "overdue", "renew_by"
    if end is not None and today <= end <= horizon:
        return "due", "end"
    return None, None


def as_day(value: Any) -> dt.date | None:
    """A date from a date, a datetime or ISO text (rows come in all three)."""
    if not value:
        return None
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return value.date()
    return value
