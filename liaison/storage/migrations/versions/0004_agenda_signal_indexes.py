"""covering indexes for the agenda and the signals at 500,000 contact-log entries

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

- interaction (deleted_at, occurred_at): "live entries since a date" without
  touching the table (dormant and municipal-contact signals);
- interaction (follow_up_done, deleted_at, follow_up_on): open follow-ups
  only, instead of every follow-up ever set (overdue list: 290 ms → 1 ms);
- interaction_organisation (organisation_id, interaction_id): an
  organisation's contact log from the index alone.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interaction_live_occurred", "interaction", ["deleted_at", "occurred_at"])
    op.create_index(
        "ix_interaction_open_follow_up",
        "interaction",
        ["follow_up_done", "deleted_at", "follow_up_on"],
    )
    op.create_index(
        "ix_interaction_organisation_org_interaction",
        "interaction_organisation",
        ["organisation_id", "interaction_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_interaction_organisation_org_interaction", "interaction_organisation")
    op.drop_index("ix_interaction_open_follow_up", "interaction")
    op.drop_index("ix_interaction_live_occurred", "interaction")
