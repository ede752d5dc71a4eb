"""Errors the core raises; each message is one sentence a user can act on."""

from __future__ import annotations


class LiaisonError(Exception):
    """Base for every error meant to be shown to a person, not as a traceback."""


class DatabaseLocationError(LiaisonError):
    """The database location cannot be used (a folder, unreadable, not SQLite…)."""


class SchemaTooNewError(LiaisonError):
    """The database was written by a newer Liaison; we never downgrade it."""


class NotFoundError(LiaisonError):
    """No (live) record with that id."""


class StaleRecordError(LiaisonError):
    """Someone changed the record after it was read; the edit is refused.

    ``current`` holds the record's values now, so a UI can show what changed.
    """

    def __init__(self, message: str, *, current: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.current = current or {}


class ValidationError(LiaisonError):
    """A value is not acceptable for its field."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
