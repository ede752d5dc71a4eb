"""Import, on the UI thread, every module the exchange workers would otherwise import first.

A first import inside a worker thread runs PySide6's import hook (shiboken's
``__feature_import__``, which reads the module's source with ``inspect``) off
the UI thread while the UI thread runs Python too; that crashed the wizard
with a segmentation fault on its way to the mapping page (2 runs in 6). The
core imports its heavier helpers lazily (the importer, phone numbers, fuzzy
matching, the rejects writer, undo) and the libraries lazily load data
modules (phone metadata per region, a codec per encoding tried), so the
dialogs call :func:`warm_up` before they start their first worker.
"""

from __future__ import annotations

import importlib
import pkgutil

_done = False

MODULES = (
    "python_calamine",
    "charset_normalizer",
    "defusedxml.ElementTree",
    "xlsxwriter",
    "email_validator",
    "rapidfuzz.fuzz",
    "rapidfuzz.process",
    "rapidfuzz.utils",
    "liaison.exchange.values",
    "liaison.exchange.importer",
    "liaison.exchange.rejects",
    "liaison.exchange.undo",
    "liaison.exchange.export",
    "liaison.exchange.calendar",
    "liaison.services.records",
    "liaison.services.overview",
    "liaison.services.settings",
    "liaison.services.signals",
    "liaison.storage.bulk",
    "liaison.storage.contact_summary",
    "liaison.storage.search_index",
    "ui.core_catalog_exchange",
    "ui.core_catalog_records",
    "ui.core_catalog_trust",
    "ui.widgets.labels",
)


def warm_up() -> None:
    """Load the modules and data the import and export workers need (once, ~0.3 s)."""
    global _done
    if _done:
        return
    _done = True
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional part missing: its worker reports that itself
            continue
    import encodings

    # The CSV reader tries codecs one by one; each lives in a module of its own.
    for info in pkgutil.iter_modules(encodings.__path__):
        try:
            importlib.import_module(f"encodings.{info.name}")
        except Exception:  # noqa: BLE001, S112 - a codec of another platform (mbcs, oem)
            continue
    import phonenumbers

    phonenumbers.PhoneMetadata.load_all()  # otherwise one data module per country, lazily


__all__ = ["warm_up"]
