"""Derived tables (search index, contact summary): rebuilt from the records, never edited by hand."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from liaison.storage import contact_summary, search_index


def rebuild_all(bind: Session | Connection) -> None:
    """Refill every derived table from the records (after a migration or a repair)."""
    search_index.rebuild(bind)
    contact_summary.rebuild(bind)
