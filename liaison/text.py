"""Text normalisation shared by sorting, duplicate detection and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Letters that NFKD does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ĳ": "ij",
        "Ĳ": "ij",
    }
)


def fold(text: str | None) -> str:
    """Lower-case, accent-free form: "Ayşe" and "Aysé" both become "ayse".

    Folded word by word, each word remembered: names repeat (a 100,000-row import
    folds "Yılmaz" thousands of times) and decomposing is the slow part. The
    result equals folding the whole text at once (a property test checks it).
    """
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(word for word in map(_fold_word, text.split()) if word)


@lru_cache(maxsize=65_536)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def name_key(name: str | None) -> str:
    """Key for duplicate organisation names: case, spacing, punctuation and accents ignored."""
    return _NON_ALNUM.sub(" ", fold(name)).strip()


#: Words that sit between given and family name ("tussenvoegsels"), lower case.
#: Consecutive ones form one infix: "van den", "in 't", "van der".
DUTCH_INFIX_WORDS = frozenset(
    {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "uit", "aan"}
    | {"bij", "el", "al", "da", "di", "du", "dos", "le", "la", "von", "d'", "l'"}
)


def person_sort_key(given_name: str | None, infix: str | None, family_name: str | None) -> str:
    """Sort by family name without its infix, then given name ("van den Berg" under B).

    The infix is appended last so that "Berg" and "van den Berg" still sort
    in a stable order. An infix typed into the family name ("van den Berg" with
    no infix, as officers often do) is left out of it just the same.
    """
    family = fold(family_name)
    infix_key = fold(infix)
    if not infix_key and " " in family:
        words = family.split(" ")
        start = 0
        while start < len(words) - 1 and words[start] in DUTCH_INFIX_WORDS:
            start += 1
        if start:
            family, infix_key = " ".join(words[start:]), " ".join(words[:start])
    return f"{family}\x1f{fold(given_name)}\x1f{infix_key}"
