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
from liaison.storage.models import Channel, Interaction, Organisation, OrganisationKind, Person
from liaison.text import DUTCH_INFIX_WORDS

#: Infix words that are no given names: capitalised at the start they are the
#: infix of a family name written alone, as Dutch spelling wants it ("De Vries",
#: "Van der Berg", "In 't Veld").
NO_GIVEN_NAMES = frozenset(
    {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "uit", "aan"}
    | {"bij", "von"}
)


def split_dutch_name(full: str) -> tuple[str, str, str]:
    """Split a typed full name into (given name, infix, family name), Dutch style.

    "Gerrit van den Berg" → ("Gerrit", "van den", "Berg"); the infix is the first
    run of infix words (case-insensitive) that still has a word after it, so
    "Anna Maria de Vries" keeps "Anna Maria" as given name. A name that starts
    with an infix has no given name ("van Dijk" → ("", "van", "Dijk"); "De Vries" →
    ("", "De", "Vries"), the capital being Dutch spelling for a family name alone),
    except for words that are given names as well ("El Amrani", "Al Pacino").
    Without an infix the last word is the family name. A single word ("Jan")
    becomes the family name, because lists sort and show people by family name
    and an empty family name would put them all at the top; the officer can move
    it to the given name in the person's form.
    """
    words = full.split()
    if not words:
        return ("", "", "")
    if len(words) == 1:
        return ("", "", words[0])
    for start in range(len(words) - 1):
        word = words[start]
        if word.casefold() not in DUTCH_INFIX_WORDS:
            continue
        if start == 0 and word != word.lower() and word.casefold() not in NO_GIVEN_NAMES:
            continue  # "El", "Al", "Le": given names too
        end = start
        while end < len(words) and words[end].casefold() in DUTCH_INFIX_WORDS:
            end += 1
        if end < len(words):
            return (" ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:]))
    return (" ".join(words[:-1]), "", words[-1])


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
    new_organisations: Sequence[tuple[str, str]] = (),
    new_people: Sequence[str] = (),
) -> Interaction:
    """Add one entry to the contact log; the acting officer is used when none is given.

    ``new_organisations`` ((name, kind) pairs) and ``new_people`` (full names, split
    with :func:`split_dutch_name`) are created in the same session, audited like any
    record, so a call with someone not yet known is logged in one step — and nothing
    is created when the entry is refused. Refuses an entry without a summary or
    without anyone it was with, because such an entry would keep no relationship warm.
    """
    if occurred_at.tzinfo is not None:
        # The log keeps the officer's wall-clock time (naive, local): a time with a
        # zone (UTC from a calendar or a script) is turned into that first, else
        # 23:30 UTC would be stored as 23:30 and land on the wrong day in Amsterdam.
        occurred_at = occurred_at.astimezone().replace(tzinfo=None)
    new_organisations = [(n.strip(), k) for n, k in new_organisations if n and n.strip()]
    new_people = [n.strip() for n in new_people if n and n.strip()]
    summary = (summary or "").strip()
    if not summary:
        raise ValidationError("Write a short summary of the contact.", field="summary")
    if not organisation_ids and not person_ids and not new_organisations and not new_people:
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
    for _name, kind in new_organisations:
        try:
            OrganisationKind(kind)
        except ValueError:
            raise ValidationError(
                f"'{kind}' is not a kind of organisation.", field="organisations"
            ) from None
    if officer_id is None:
        officer_id = current_officer_id(session)
    organisations = _load(session, Organisation, organisation_ids)
    for name, kind in new_organisations:
        organisations.append(records.create(session, Organisation, name=name, kind=kind))
    people = _load(session, Person, person_ids)
    for full in new_people:
        given, infix, family = split_dutch_name(full)
        people.append(
            records.create(session, Person, given_name=given, infix=infix, family_name=family)
        )
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
        organisations=organisations,
        people=people,
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
