"""Euro amounts as people type them: "1.500,00", "1500", "€ 1.500,-", "12,5" → Decimal."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.formatting import format_euros

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")
_GROUPED_COMMA = re.compile(r"^\d{1,3}(,\d{3})+$")


_CURRENCY = re.compile(r"(?i)€|eur(?:o's|os|o)?\b|\s")


def parse_euros(text: str) -> Decimal | None:
    """Parse a euro amount written the Dutch (or English) way; None for empty.

    A comma is the decimal separator unless it only groups thousands next to a
    decimal point ("1,500.00"); dots in groups of three are thousands
    ("1.500"). Raises ValueError with a short reason for anything else.
    """
    raw = (text or "").strip()
    if not raw:
        return None
    s = _CURRENCY.sub("", raw)  # "€", "EUR", "euro", "euro's" and spaces, as the importer
    s = s.replace("\u00a0", "").replace("'", "")
    if s.endswith((",-", ".-", ",--", ".--")):
        s = s.rstrip("-")[:-1]
    if s.startswith("-"):
        raise ValueError("negative")
    if not s or not re.fullmatch(r"[\d.,]+", s):
        raise ValueError("not a number")
    if "," in s and "." in s:
        decimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        whole, _, frac = s.rpartition(decimal_sep)
        if (
            not (_GROUPED if thousands == "." else _GROUPED_COMMA).match(whole)
            and not whole.isdigit()
        ):
            raise ValueError("misplaced separator")
        s = whole.replace(thousands, "") + "." + frac
    elif "," in s:
        if s.count(",") > 1:
            if not _GROUPED_COMMA.match(s):
                raise ValueError("misplaced separator")
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s and (s.count(".") > 1 or _GROUPED.match(s)):
        if not _GROUPED.match(s):
            raise ValueError("misplaced separator")
        s = s.replace(".", "")
    if s.startswith(".") or s.endswith("."):
        s = s.strip(".") if s.endswith(".") else "0" + s
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ValueError("not a number") from None
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("more than two decimals")
    if value >= Decimal("1000000000"):
        raise ValueError("too large")
    return value.quantize(Decimal("0.01"))


class EuroEdit(QLineEdit):
    """A line edit for an optional euro amount; shows € 1.500,00 once you leave it."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 1.500,00"))
        self.textChanged.connect(lambda _t: self.valueChanged.emit())
        self.editingFinished.connect(self._tidy)

    def error(self) -> str | None:
        """A readable reason when the text is not an amount, else None."""
        try:
            parse_euros(self.text())
        except ValueError:
            return self.tr("Write an amount in euros, for example 1.500,00.")
        return None

    def value(self) -> Decimal | None:
        """The amount, or None when empty or not valid (check :meth:`error`)."""
        try:
            return parse_euros(self.text())
        except ValueError:
            return None

    def setValue(self, value: Decimal | None) -> None:  # noqa: N802 - Qt naming
        self.setText(format_euros(value) if value is not None else "")

    def _tidy(self) -> None:
        value = self.value()
        if value is not None and self.error() is None:
            tidy = format_euros(value)
            if tidy != self.text():
                self.setText(tidy)
