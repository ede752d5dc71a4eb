"""The core's progress messages in the user's language.

``liaison`` has no Qt and reports its progress in English ("Matching records");
a window that shows those messages passes them through :func:`progress_text`,
so a Dutch officer reads Dutch on the import wizard and the first-start dialog.
A message not listed here is shown as it came.
"""

from __future__ import annotations

from ui.i18n import generation, tr

_cache: tuple[int, dict[str, str]] | None = None


def _translations() -> dict[str, str]:
    return {
        # liaison.exchange.importer
        "Reading the file": tr("Reading the file"),
        "Reading rows": tr("Reading the rows"),
        "Matching records": tr("Matching with what is already there"),
        "Writing officer records": tr("Saving officers"),
        "Writing neighbourhood records": tr("Saving neighbourhoods"),
        "Writing tag records": tr("Saving tags"),
        "Writing organisation records": tr("Saving organisations"),
        "Writing person records": tr("Saving people"),
        "Writing affiliation records": tr("Saving roles"),
        "Writing commitment records": tr("Saving support"),
        "Writing interaction records": tr("Saving contacts"),
        "Writing the last records": tr("Saving the last records"),
        "Updating records": tr("Updating existing records"),
        "Writing the audit trail": tr("Recording the changes in the history"),
        "Updating the search index": tr("Updating the search index"),
        "Saving": tr("Saving"),
        "Done": tr("Done"),
        # liaison.demo
        "Neighbourhoods and officers": tr("Neighbourhoods and officers"),
        "Organisations": tr("Organisations"),
        "People": tr("People"),
        "Roles": tr("Roles"),
        "Support commitments": tr("Support commitments"),
        "Contact log": tr("Contact log"),
        "Building the search index": tr("Building the search index"),
    }


def progress_text(message: str) -> str:
    """``message`` from the core, translated when it is one the core sends."""
    global _cache
    if _cache is None or _cache[0] != generation():
        _cache = (generation(), _translations())
    return _cache[1].get(message, message)
