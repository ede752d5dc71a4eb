"""Sentences from the core in the user's language.

``liaison`` has no Qt and writes its sentences in English: why a file is
refused, what is wrong with a cell, why an undo cannot be done. Every such
sentence has a template in ``ui/core_catalog_*.py`` (generated from the core's
source, ``{}`` where a value, a file name or a number goes in, translated in
``resources/i18n/liaison_nl_core_*.ts``). :func:`core_text` finds the template
a sentence was made from and gives the translation with the same parts put
back. A sentence without a template is shown as it came.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import Any

from ui.i18n import generation, tr


def catalogs() -> tuple[Any, ...]:
    """The catalog modules, loaded on the first sentence to translate (not at start-up).

    Plain imports, not by name: PyInstaller follows them into the bundle.
    """
    from ui import core_catalog_exchange, core_catalog_records, core_catalog_trust

    return (core_catalog_exchange, core_catalog_records, core_catalog_trust)


def _pattern(template: str) -> re.Pattern[str]:
    """The template as a regular expression: its text literally, each ``{}`` a group."""
    pieces = []
    for literal, field, _spec, _conversion in string.Formatter().parse(template):
        pieces.append(re.escape(literal))
        if field is not None:
            pieces.append("(.*?)")
    return re.compile("".join(pieces), re.DOTALL)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Every template with its pattern, the most specific (most fixed text) first."""
    templates = {t for catalog in catalogs() for t in catalog.TEMPLATES}

    def fixed(template: str) -> int:
        return sum(len(lit) for lit, *_ in string.Formatter().parse(template))

    return [(_pattern(t), t) for t in sorted(templates, key=lambda t: (-fixed(t), t))]


@lru_cache(maxsize=512)
def _translate(message: str, _generation: int) -> str:
    for pattern, template in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        translated = tr(template)
        if translated == template:
            return message
        try:
            return translated.format(*found.groups())
        except (IndexError, KeyError, ValueError):  # a translation with broken braces
            return message
    return message


def core_text(message: object) -> str:
    """A sentence from ``liaison`` (or an exception carrying one) in the user's language."""
    text = str(message)
    return _translate(text, generation()) if text else text
