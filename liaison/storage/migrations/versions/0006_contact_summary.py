"""contact summary: each organisation's last (municipal) contact, kept by triggers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

The dormant and no-municipal-contact signals asked, for every initiative, for
its latest live contact-log entry and its latest one together with a live
municipality-kind organisation: at 500,000 entries that was a scan of the
link table costing 300 ms per evaluation. ``contact_summary`` holds those two
dates per organisation, so the signals read one row per initiative.

It is derived data. On SQLite, triggers keep it exact for every writer (ORM,
bulk Core inserts, raw SQL): a new link only raises the dates; anything that
can lower them (an entry trashed, restored, re-dated or deleted, a participant
removed, a municipality re-kinded, trashed or restored) recomputes the
organisations concerned from the log. ``liaison.storage.contact_summary``
can rebuild it from scratch; other backends compute the same aggregate on
the fly and leave this table empty.

Also two covering indexes for the signals: organisation (deleted_at, kind,
status, name) lists every live initiative with its name from the index alone
(24 → 10 ms); commitment (partner_id, initiative_id, status, start, end,
structural, amount, deleted_at) serves the active-support GROUP BY without a
table lookup or sort (32 → 26 ms) and the municipal support per partner (7 → 2 ms).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_LIVE_MUNICIPALITY_ON = (
    "EXISTS (SELECT 1 FROM interaction_organisation AS x "
    "JOIN organisation AS m ON m.id = x.organisation_id "
    "WHERE x.interaction_id = {iid} AND m.kind = 'municipality' AND m.deleted_at IS NULL)"
)


def _recompute(ids: str) -> str:
    """Statement recomputing the summary rows of the organisations selected by ``ids``."""
    municipal = _LIVE_MUNICIPALITY_ON.format(iid="l.interaction_id")
    return (
        "INSERT INTO contact_summary "
        "(organisation_id, last_contact_at, last_municipal_contact_at) "
        "SELECT o.id, "
        "(SELECT max(i.occurred_at) FROM interaction_organisation AS l "
        " JOIN interaction AS i ON i.id = l.interaction_id "
        " WHERE l.organisation_id = o.id AND i.deleted_at IS NULL), "
        "(SELECT max(i.occurred_at) FROM interaction_organisation AS l "
        " JOIN interaction AS i ON i.id = l.interaction_id "
        f" WHERE l.organisation_id = o.id AND i.deleted_at IS NULL AND {municipal}) "
        f"FROM organisation AS o WHERE o.id IN ({ids}) "
        "ON CONFLICT (organisation_id) DO UPDATE SET "
        "last_contact_at = excluded.last_contact_at, "
        "last_municipal_contact_at = excluded.last_municipal_contact_at;"
    )


#: Upsert that only ever raises the two dates (for new links).
_RAISE = (
    " ON CONFLICT (organisation_id) DO UPDATE SET "
    "last_contact_at = CASE WHEN last_contact_at IS NULL "
    " OR excluded.last_contact_at > last_contact_at "
    " THEN excluded.last_contact_at ELSE last_contact_at END, "
    "last_municipal_contact_at = CASE WHEN excluded.last_municipal_contact_at IS NOT NULL "
    " AND (last_municipal_contact_at IS NULL "
    "  OR excluded.last_municipal_contact_at > last_municipal_contact_at) "
    " THEN excluded.last_municipal_contact_at ELSE last_municipal_contact_at END;"
)

TRIGGERS = {
    # A new participant: its own dates, and if it is a live municipality, the
    # municipal date of everyone else in the entry.
    "contact_summary_link_insert": (
        "AFTER INSERT ON interaction_organisation BEGIN "
        "INSERT INTO contact_summary "
        "(organisation_id, last_contact_at, last_municipal_contact_at) "
        "SELECT NEW.organisation_id, i.occurred_at, "
        f"CASE WHEN {_LIVE_MUNICIPALITY_ON.format(iid='i.id')} THEN i.occurred_at END "
        "FROM interaction AS i WHERE i.id = NEW.interaction_id AND i.deleted_at IS NULL"
        f"{_RAISE} "
        "INSERT INTO contact_summary "
        "(organisation_id, last_contact_at, last_municipal_contact_at) "
        "SELECT l.organisation_id, i.occurred_at, i.occurred_at "
        "FROM interaction_organisation AS l JOIN interaction AS i ON i.id = l.interaction_id "
        "WHERE l.interaction_id = NEW.interaction_id "
        "AND l.organisation_id != NEW.organisation_id AND i.deleted_at IS NULL "
        "AND EXISTS (SELECT 1 FROM organisation AS m WHERE m.id = NEW.organisation_id "
        "AND m.kind = 'municipality' AND m.deleted_at IS NULL)"
        f"{_RAISE} END"
    ),
    # A participant removed (also by cascade): recompute it, and everyone else in
    # the entry when it was a municipality or is gone altogether.
    "contact_summary_link_delete": (
        "AFTER DELETE ON interaction_organisation BEGIN "
        + _recompute(
            "SELECT OLD.organisation_id UNION SELECT l.organisation_id "
            "FROM interaction_organisation AS l WHERE l.interaction_id = OLD.interaction_id "
            "AND NOT EXISTS (SELECT 1 FROM organisation AS k "
            "WHERE k.id = OLD.organisation_id AND k.kind != 'municipality')"
        )
        + " END"
    ),
    "contact_summary_link_update": (
        "AFTER UPDATE ON interaction_organisation BEGIN "
        + _recompute(
            "SELECT OLD.organisation_id UNION SELECT NEW.organisation_id "
            "UNION SELECT l.organisation_id FROM interaction_organisation AS l "
            "WHERE l.interaction_id IN (OLD.interaction_id, NEW.interaction_id)"
        )
        + " END"
    ),
    # An entry trashed, restored or re-dated: everyone in it.
    "contact_summary_interaction_update": (
        "AFTER UPDATE OF occurred_at, deleted_at ON interaction "
        "WHEN OLD.occurred_at IS NOT NEW.occurred_at OR OLD.deleted_at IS NOT NEW.deleted_at "
        "BEGIN "
        + _recompute(
            "SELECT l.organisation_id FROM interaction_organisation AS l "
            "WHERE l.interaction_id = NEW.id"
        )
        + " END"
    ),
    # A municipality re-kinded, trashed or restored: everyone it ever met.
    "contact_summary_municipality_update": (
        "AFTER UPDATE OF kind, deleted_at ON organisation "
        "WHEN (OLD.kind IS NOT NEW.kind OR OLD.deleted_at IS NOT NEW.deleted_at) "
        "AND (OLD.kind = 'municipality' OR NEW.kind = 'municipality') "
        "BEGIN "
        + _recompute(
            "SELECT b.organisation_id FROM interaction_organisation AS a "
            "JOIN interaction_organisation AS b ON b.interaction_id = a.interaction_id "
            "WHERE a.organisation_id = NEW.id"
        )
        + " END"
    ),
}

#: Fill from scratch: the same aggregate liaison.storage.contact_summary.source() describes.
FILL = (
    "INSERT INTO contact_summary (organisation_id, last_contact_at, last_municipal_contact_at) "
    "SELECT l.organisation_id, max(i.occurred_at), "
    "max(CASE WHEN mi.interaction_id IS NOT NULL THEN i.occurred_at END) "
    "FROM interaction_organisation AS l "
    "JOIN interaction AS i ON i.id = l.interaction_id AND i.deleted_at IS NULL "
    "LEFT JOIN (SELECT DISTINCT x.interaction_id FROM interaction_organisation AS x "
    " JOIN organisation AS m ON m.id = x.organisation_id "
    " WHERE m.kind = 'municipality' AND m.deleted_at IS NULL) AS mi "
    "ON mi.interaction_id = l.interaction_id "
    "GROUP BY l.organisation_id"
)


def upgrade() -> None:
    op.create_table(
        "contact_summary",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("last_contact_at", sa.DateTime(), nullable=True),
        sa.Column("last_municipal_contact_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_summary_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_contact_summary")),
    )
    op.create_index(
        "ix_organisation_live_kind_status_name",
        "organisation",
        ["deleted_at", "kind", "status", "name"],
    )
    op.create_index(
        "ix_commitment_partner_support",
        "commitment",
        [
            "partner_id",
            "initiative_id",
            "status",
            "start",
            "end",
            "structural",
            "amount",
            "deleted_at",
        ],
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(FILL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_commitment_partner_support", "commitment")
    op.drop_index("ix_organisation_live_kind_status_name", "organisation")
    op.drop_table("contact_summary")
