"""liaison.text.fold works word by word with a cache; it must equal folding the whole text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from liaison.text import _SPECIAL, fold

_SPACES = re.compile(r"\s+")


def fold_whole(text: str) -> str:
    """The original definition: decompose the whole text, drop marks, case-fold, squeeze spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


NAMEISH = st.text(
    alphabet=st.sampled_from(
        list("aAyYşŞıİéÉëüÜßøæĳ \t\u00a0\u2002\u0301\u0308¨¼ﬁ-'.,0123456789")
        + ["\u064b", "ð", "Ω", "ǅ", "\x1f", "\n"]
    ),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), NAMEISH))
def test_word_by_word_fold_equals_whole_text_fold(text: str) -> None:
    assert fold(text) == fold_whole(text)


def test_fold_examples() -> None:
    assert fold("  Ayşe   Yılmaz ") == "ayse yilmaz"
    assert fold("Aysé") == fold("Ayşe") == "ayse"
    assert fold("Straße ¨ ZUID") == "strasse zuid"
    assert fold(None) == fold("") == ""
