"""Alt+letter for every field label and button of a dialog, chosen so that none clash.

An officer who works from the keyboard jumps to a field with Alt and its underlined
letter. Hand-picked letters in translations drift into clashes (two labels on Alt+S
once the Dutch is in) or are simply missing; like KDE's accelerator manager, this
picks them per dialog from the shown text, in any language:

    give_mnemonics(dialog)           # after the dialog's widgets are made
    mnemonic("Sa&menvatting") -> "m"

Letters already marked with & are kept; labels get theirs before buttons (fields are
what one jumps to), and word starts are preferred to letters inside a word.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QRadioButton, QWidget


def mnemonic(text: str) -> str | None:
    """The Alt letter of ``text`` (lower case), or None; '&&' is a literal ampersand."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _candidates(text: str, word_starts: bool) -> list[int]:
    return [
        i
        for i, c in enumerate(text)
        if c.isalnum() and (i == 0 or not text[i - 1].isalnum()) == word_starts
    ]


def with_mnemonic(text: str, taken: set[str], *, word_starts_only: bool = False) -> str:
    """``text`` with '&' before its first free letter (word starts first); unchanged when
    it has one already or no letter is free. Adds the letter chosen to ``taken``."""
    own = mnemonic(text)
    if own is not None:
        taken.add(own)
        return text
    places = _candidates(text, True)
    if not word_starts_only:
        places += _candidates(text, False)
    for i in places:
        letter = text[i].lower()
        if letter not in taken:
            taken.add(letter)
            return f"{text[:i]}&{text[i:]}"
    return text


def _plain(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.RichText:
        return False
    return bool(label.text()) and not label.text().lstrip().startswith("<")


def give_mnemonics(root: QWidget, taken: Iterable[str] = ()) -> None:
    """Give every field label (a QLabel with a buddy) and every push button, check box and
    radio button under ``root`` an Alt letter of its own; ``taken`` are letters in use
    around it (a window's menus)."""
    used = {t.lower() for t in taken}
    labels = [w for w in root.findChildren(QLabel) if w.buddy() is not None and _plain(w)]
    toggles = [
        w for w in root.findChildren(QAbstractButton) if isinstance(w, QCheckBox | QRadioButton)
    ]
    pushes = [w for w in root.findChildren(QPushButton)]
    for w in [*labels, *toggles, *pushes]:  # keep the letters already chosen by hand
        if (m := mnemonic(w.text())) is not None:
            used.add(m)
    # Fields first, then check boxes, then buttons (Save and Cancel have Enter and Esc);
    # within each, first the texts that can take the first letter of one of their words.
    for group in (labels, toggles, pushes):
        for word_starts_only in (True, False):
            for w in group:
                if w.text() and mnemonic(w.text()) is None:
                    w.setText(with_mnemonic(w.text(), used, word_starts_only=word_starts_only))
