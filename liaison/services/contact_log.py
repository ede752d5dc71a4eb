"""Logging contact moments (calls, visits, meetings…) and closing their follow-ups.

The quick-log dialog and the interaction form save through here, so a logged
contact is stamped, versioned and audited like every other record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from liaison.errors import ValidationError
from liaison.services import records
from liaison.services.relations import current_officer_id
from liaison.storage.models import Channel, Interaction, Organisation, Person


def _load(session: Session, cls: type, ids: Sequence[int]) -> list:
    seen: list[int] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return [records.get(session, cls, i) for i in seen]


def log_interaction(
    session: Session,
    *,
    occurred_at: dt.datetime,
    channel: str,
    summary: str,
    organisation_ids: Sequence[int] = (),
    person_ids: Sequence[int] = (),
    notes: str | None = None,
    follow_up_on: dt.date | None = None,
    officer_id: int | None = None,
) -> Interaction:
    """Add one entry to the contact log; the acting officer is used when none is given.

    Refuses an entry without a summary or without anyone it was with, because such
    an entry would keep no relationship warm.
    """
    summary = (summary or "").strip()
    if not summary:
        raise ValidationError("Write a short summary of the contact.", field="summary")
    if not organisation_ids and not person_ids:
        raise ValidationError(
            "Choose at least one organisation or person the contact was with.",
            field="organisations",
        )
    try:
        Channel(channel)
    except ValueError:
        allowed = ", ".join(c.value for c in Channel)
        raise ValidationError(
            f"'{channel}' is not a contact channel (choose from {allowed}).", field="channel"
        ) from None
    if follow_up_on is not None and follow_up_on < occurred_at.date():
        raise ValidationError(
            "The follow-up date lies before the contact itself.", field="follow_up_on"
        )
    if officer_id is None:
        officer_id = current_officer_id(session)
    return records.create(
        session,
        Interaction,
        occurred_at=occurred_at.replace(microsecond=0),
        channel=channel,
        summary=summary,
        notes=notes,
        follow_up_on=follow_up_on,
        follow_up_done=False,
        officer_id=officer_id,
        organisations=_load(session, Organisation, organisation_ids),
        people=_load(session, Person, person_ids),
    )


def mark_follow_up_done(
    session: Session, interaction_id: int, expected_version: int | None
) -> Interaction:
    """Close an interaction's follow-up (StaleRecordError if someone changed it meanwhile)."""
    item = records.get(session, Interaction, interaction_id)
    if item.follow_up_on is None:
        raise ValidationError(
            "This contact has no follow-up to mark as done.", field="follow_up_on"
        )
    return records.update(
        session, Interaction, interaction_id, expected_version, follow_up_done=True
    )
