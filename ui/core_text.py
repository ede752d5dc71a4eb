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

from ui.formatting import locale
from ui.i18n import generation, tr


def catalogs() -> tuple[Any, ...]:
    """The catalog modules, loaded on the first sentence to translate (not at start-up).

    Plain imports, not by name: PyInstaller follows them into the bundle.
    """
    from ui import core_catalog_exchange, core_catalog_records, core_catalog_trust

    return (core_catalog_exchange, core_catalog_records, core_catalog_trust)


def _quoted(template: str) -> list[bool]:
    """For each ``{}`` of the template: is it in quotes ('{}'), i.e. the user's own text?"""
    parsed = list(string.Formatter().parse(template))
    out = []
    for i, (literal, field, _spec, _conversion) in enumerate(parsed):
        if field is not None:
            after = parsed[i + 1][0] if i + 1 < len(parsed) else ""
            out.append(literal.endswith("'") and after.startswith("'"))
    return out


def _pattern(template: str) -> re.Pattern[str]:
    """The template as a regular expression: its text literally, each ``{}`` a group."""
    pieces = []
    for literal, field, _spec, _conversion in string.Formatter().parse(template):
        pieces.append(re.escape(literal))
        if field is not None:
            pieces.append("(.*?)")
    return re.compile("".join(pieces), re.DOTALL)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str, list[bool]]]:
    """Every template with its pattern, the most specific (most fixed text) first."""
    templates = {t for catalog in catalogs() for t in catalog.TEMPLATES}

    def fixed(template: str) -> int:
        return sum(len(lit) for lit, *_ in string.Formatter().parse(template))

    ordered = sorted(templates, key=lambda t: (-fixed(t), t))
    return [(_pattern(t), t, _quoted(t)) for t in ordered]


@lru_cache(maxsize=1)
def _words(_generation: int) -> dict[str, str]:
    """The core's own words it puts into a sentence unquoted, in the user's language:
    field names ("neighbourhood", "given name"), record kinds, stored codes, and the
    stand-ins for an unknown author ("someone")."""
    from ui.widgets import labels

    words: dict[str, str] = {
        "kind of support": tr("kind of support"),
        "kind of organisation": tr("kind of organisation"),
        "role": tr("role"),
        "status": tr("status"),
        "channel": tr("channel"),
        "legal basis": tr("legal basis"),
        # who changed a record, when the core does not know the name
        "someone": tr("someone"),
        "a later import": tr("a later import"),
    }
    for table in (labels.organisation_kinds(), labels.organisation_statuses(), labels.roles(),
                  labels.support_kinds(), labels.commitment_statuses(), labels.channels(),
                  labels.legal_bases()):  # fmt: skip
        words.update(table)
    for code, name in labels.field_names().items():
        words.setdefault(code, name.lower())
        words.setdefault(code.removesuffix("_id").replace("_", " "), name.lower())
    words.update(labels.entity_names())
    return words


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _part(text: str, words: dict[str, str]) -> str:
    """An unquoted part of a sentence: one of the core's words (or a list of them), translated;
    a count written with English thousands separators ("100,003") the Dutch way ("100.003")."""
    if text in words:
        return words[text]
    if _THOUSANDS.fullmatch(text):
        return locale().toString(int(text.replace(",", "")))
    items = text.split(", ")
    if len(items) > 1 and all(item in words for item in items):
        return ", ".join(words[item] for item in items)
    return text


@lru_cache(maxsize=512)
def _translate(message: str, _generation: int) -> str:
    for pattern, template, quoted in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        translated = tr(template)
        if translated == template:
            return message
        words = _words(_generation)
        parts = [
            part if is_quoted else _part(part, words)
            for part, is_quoted in zip(found.groups(), quoted, strict=True)
        ]
        try:
            return translated.format(*parts)
        except (IndexError, KeyError, ValueError):  # a translation with broken braces
            return message
    return message


def core_text(message: object) -> str:
    """A sentence from ``liaison`` (or an exception carrying one) in the user's language."""
    text = str(message)
    return _translate(text, generation()) if text else text
