"""people whose infix was typed into the family name sort by the name after it

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28

"van den Berg" typed as the family name, with the infix field left empty (as
officers often do), sorted under V while "Berg" with the infix "van den" sorts
under B. ``liaison.text.person_sort_key`` now leaves such an infix out; this
revision gives the people already stored that way the same key. The rule is
copied here as it was written, so that a later change to the app's rule does not
change what this revision did. Data only: the schema is unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_INFIX_WORDS = frozenset(
    {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "uit", "aan"}
    | {"bij", "el", "al", "da", "di", "du", "dos", "le", "la", "von", "d'", "l'"}
)


def _moved(sort_key: str) -> str | None:
    """The key with a leading infix moved from the family part to the infix part, if any."""
    parts = sort_key.split("\x1f")
    if len(parts) != 3:  # not a key this app wrote: left alone
        return None
    family, given, infix = parts
    if infix or " " not in family:
        return None
    words = family.split(" ")
    start = 0
    while start < len(words) - 1 and words[start] in _INFIX_WORDS:
        start += 1
    if not start:
        return None
    return f"{' '.join(words[start:])}\x1f{given}\x1f{' '.join(words[:start])}"


def upgrade() -> None:
    conn = op.get_bind()
    person = sa.table("person", sa.column("id", sa.Integer), sa.column("sort_key", sa.String))
    # Only keys with a space before the first separator can change: a few in a thousand.
    rows = conn.execute(
        sa.select(person.c.id, person.c.sort_key).where(person.c.sort_key.like("% %"))
    ).all()
    changes = [
        {"_id": row.id, "_key": key} for row in rows if (key := _moved(row.sort_key)) is not None
    ]
    if changes:
        conn.execute(
            person.update()
            .where(person.c.id == sa.bindparam("_id"))
            .values(sort_key=sa.bindparam("_key")),
            changes,
        )


def downgrade() -> None:
    """Nothing to undo: the old keys sorted the same people, only under their infix."""
