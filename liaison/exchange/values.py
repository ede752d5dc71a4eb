"""Values as people type them in spreadsheets: Dutch dates, euros, phones, e-mails, kinds.

Every parser takes what a cell holds (text, a number, a date from the reader)
and returns a clean Python value, ``None`` for an empty cell, or raises
:class:`ValueProblem` whose message is one sentence a user can act on. The
importer turns a problem in an optional field into a warning and keeps the
row; only a missing name rejects a row.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from liaison.storage.models import (
    Channel,
    CommitmentStatus,
    LegalBasis,
    OrganisationKind,
    OrganisationStatus,
    Role,
    SupportKind,
)
from liaison.text import fold


class ValueProblem(ValueError):
    """A cell value that cannot be read as what its column means (message: one sentence)."""


class PartlyRead(ValueProblem):
    """A cell read, but not all of it: ``value`` is used and the message is a warning.

    For values where dropping the cell would lose what the officer typed: a
    second e-mail address beside the first, a phone number too short to be
    complete. Callers that do not know it treat it as a :class:`ValueProblem`.
    """

    def __init__(self, message: str, value: Any) -> None:
        super().__init__(message)
        self.value = value


#: What people type in a cell that has no value: "not applicable", "none", "unknown", and
#: "not known yet" ("n.t.b.": nader te bepalen, "n.n.b.": nog niet bekend, "volgt").
_NOTHING = frozenset(
    {"-", "--", "–", "—", "?", "n.v.t.", "n.v.t", "nvt", "n.b.", "nb", "n/a", "na", "geen",
     "onbekend", "none", "unknown", "nvt.", "n.t.b.", "n.t.b", "ntb", "n.n.b.", "n.n.b", "nnb",
     "volgt", "tbd", "tba", "p.m.", "pm"}
)  # fmt: skip
#: An end date that is not there because the support goes on: no date, no problem.
_OPEN_ENDED = frozenset(
    {"doorlopend", "lopend", "onbepaald", "onbepaalde tijd", "voor onbepaalde tijd",
     "geen einddatum", "geen einde", "open", "open einde", "ongoing", "indefinite",
     "nader te bepalen", "nog niet bekend", "nog onbekend", "to be determined"}
)  # fmt: skip


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_nothing(value: Any) -> bool:
    """Blank, or a word for "no value" ("n.v.t.", "geen", "-"): for typed fields, not text."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    raw = value.strip()
    return not raw or (len(raw) <= 8 and raw.casefold() in _NOTHING)


def text(value: Any) -> str | None:
    """A cell as trimmed text; numbers that are whole lose their ``.0``."""
    if value is None:
        return None
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    result = str(value).strip()
    return result or None


# --- dates -------------------------------------------------------------------

#: Whole numbers read as a year, not as an Excel serial (those are days in 1905).
YEARS = (1900, 2100)
_EPOCH_1900 = dt.date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug absorbed)
_EPOCH_1904 = dt.date(1904, 1, 1)
#: A time after the date ("01-05-2020 00:00:00", as other systems export dates) is ignored.
_TIME = r"(?:[T ]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})" + _TIME + r"\s*$")
_YMD = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[T ][\d:.]+)?\s*$")
_DUTCH_MONTHS = {
    "jan": 1, "januari": 1, "january": 1,
    "feb": 2, "februari": 2, "february": 2,
    "mrt": 3, "maart": 3, "mar": 3, "march": 3,
    "apr": 4, "april": 4,
    "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "augustus": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
#: "1 mei 2020", "1-mei-2020", "1 mei '20", "ma 1 juni 2020" (folded: lower case, no accents).
_WORDY = re.compile(
    r"^\s*(?:(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"  # weekday
    r"(\d{1,2})(?:\s+|\s*-\s*)([a-z]+)\.?(?:\s+|\s*-\s*)'?(\d{4}|\d{2})\s*$"
)


def _year(y: int) -> int:
    if y < 100:  # "1-5-20": two-digit years are this century up to 10 years ahead
        pivot = (dt.date.today().year + 10) % 100
        return 2000 + y if y <= pivot else 1900 + y
    return y


def parse_date(value: Any, *, epoch1904: bool = False) -> dt.date | None:
    """Day-first dates: "1-5-2020" is 1 May; also ISO, "15 juni 2020" and Excel serials.

    A bare year ("2020") is refused rather than read as Excel's day 2020 (in 1905).
    """
    if is_nothing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueProblem(f"'{value}' is not a date.")
    if isinstance(value, int | float):
        serial = float(value)
        if not 1 <= serial < 2_958_466:  # Excel's range: 1900-01-01 … 9999-12-31
            raise ValueProblem(f"{text(value)} is not a date.")
        if serial.is_integer() and YEARS[0] <= serial <= YEARS[1]:
            raise ValueProblem(
                f"'{int(serial)}' is a year, not a date; write the day and month too "
                f"(e.g. 1-1-{int(serial)})."
            )
        epoch = _EPOCH_1904 if epoch1904 else _EPOCH_1900
        return epoch + dt.timedelta(days=int(serial))
    return _date_text(str(value).strip(), epoch1904)


@lru_cache(maxsize=16384)
def _date_text(raw: str, epoch1904: bool) -> dt.date:
    m = _DMY.match(raw)
    try:
        if m:
            day, month, year = int(m[1]), int(m[2]), _year(int(m[3]))
            return dt.date(year, month, day)
        m = _YMD.match(raw)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _WORDY.match(fold(raw))
        if m and m[2] in _DUTCH_MONTHS:
            return dt.date(_year(int(m[3])), _DUTCH_MONTHS[m[2]], int(m[1]))
        if raw.isdigit() and len(raw) <= 7:
            return parse_date(int(raw), epoch1904=epoch1904)
    except ValueProblem:
        raise
    except ValueError:
        pass
    if " ".join(fold(raw).split()) in _OPEN_ENDED:
        return None  # type: ignore[return-value]  # "doorlopend": no end date
    raise ValueProblem(f"'{raw}' is not a date (write day-month-year, e.g. 31-12-2026).")


def parse_datetime(value: Any, *, epoch1904: bool = False) -> dt.datetime | None:
    """A moment: a datetime cell, "31-12-2026 14:30", or a date (at midnight)."""
    if is_nothing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, int | float) and not isinstance(value, bool):
        day = parse_date(value, epoch1904=epoch1904)
        assert day is not None
        seconds = round((float(value) % 1) * 86400)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
    raw = str(value).strip() if not isinstance(value, dt.date) else value.isoformat()
    m = re.match(r"^(.*?\d)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$", raw)
    if m:
        day = parse_date(m[1], epoch1904=epoch1904)
        assert day is not None
        try:
            return dt.datetime.combine(day, dt.time(int(m[2]), int(m[3]), int(m[4] or 0)))
        except ValueError:
            raise ValueProblem(f"'{raw}' is not a date and time.") from None
    day = parse_date(value, epoch1904=epoch1904)
    return dt.datetime.combine(day, dt.time()) if day else None


# --- money -------------------------------------------------------------------

_CURRENCY = re.compile(r"(?i)€|eur(?:o's|os|o)?\b|\s")
_CENTS = Decimal("0.01")


def parse_amount(value: Any) -> Decimal | None:
    """Euros: "€ 1.500,-", "1.000,00", "2.250,50", "1,500.00", 750 → Decimal with cents."""
    if is_nothing(value):
        return None
    if isinstance(value, bool):
        raise ValueProblem(f"'{value}' is not an amount in euros.")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    else:
        raw = str(value).strip()
        bare = _CURRENCY.sub("", raw)
        if bare and not bare.strip("-–—"):  # "€ -": Excel's accounting form of none
            return None
        try:
            amount = _amount_from_text(raw)
        except ValueProblem:
            _amount_with_words(raw)  # "ca. € 2.000", "€ 1.500 p/j": PartlyRead, else re-raise
            raise
    if not amount.is_finite():
        raise ValueProblem(f"'{text(value)}' is not an amount in euros.")
    if amount < 0:
        raise ValueProblem(f"{text(value)} is negative; support amounts are zero or more.")
    return amount.quantize(_CENTS)


def _amount_from_text(raw: str) -> Decimal:
    s = _CURRENCY.sub("", raw).replace("\u00a0", "").replace("'", "")
    s = re.sub(r"[,.]-+$", "", s)  # "1.500,-" and "1500.-"
    negative = s.startswith("-")
    s = s.lstrip("+-")
    if not s or not re.fullmatch(r"\d[\d.,]*", s):
        raise ValueProblem(f"'{raw}' is not an amount in euros.")
    last_comma, last_dot = s.rfind(","), s.rfind(".")
    if last_comma >= 0 and last_dot >= 0:  # both: the last one is the decimal mark
        dec, thou = (",", ".") if last_comma > last_dot else (".", ",")
        whole, _, cents = s.rpartition(dec)
        if dec in whole or not _grouped(whole, thou):
            raise ValueProblem(f"'{raw}' is not an amount in euros.")
        s = whole.replace(thou, "") + "." + cents
    elif last_comma >= 0:
        if s.count(",") > 1:  # "1,500,000": thousands
            if not _grouped(s, ","):
                raise ValueProblem(f"'{raw}' is not an amount in euros.")
            s = s.replace(",", "")
        else:  # Dutch decimal comma: "2,50"
            s = s.replace(",", ".")
    elif last_dot >= 0 and (s.count(".") > 1 or len(s) - last_dot - 1 == 3):
        if not _grouped(s, "."):  # "1.500" and "1.000.000": Dutch thousands
            raise ValueProblem(f"'{raw}' is not an amount in euros.")
        s = s.replace(".", "")
    try:
        amount = Decimal(s)
    except InvalidOperation:
        raise ValueProblem(f"'{raw}' is not an amount in euros.") from None
    return -amount if negative else amount


#: One amount in a cell with words around it: "€ 1.500 p/j", "ca. € 2.000", "750 (eenmalig)".
_ONE_AMOUNT = re.compile(r"(?:€|\beur\b|\beuro\b)?\s*\d(?:[\d.,]*\d)?(?:[,.]-+)?", re.IGNORECASE)
#: Words around an amount that say something about it but do not change the number.
_AMOUNT_WORDS = frozenset(
    {"ca", "circa", "ongeveer", "max", "maximaal", "maximum", "min", "minimaal", "tot",
     "p", "j", "pj", "per", "jaar", "maand", "week", "keer", "stuk", "eenmalig",
     "structureel", "jaarlijks", "excl", "incl", "exclusief", "inclusief", "btw", "euro",
     "eur", "about", "approx", "year", "month", "once", "yearly", "vat", "bruto", "netto"}
)  # fmt: skip
#: Words that change the number ("€ 10k", "1,5 mln"): then no amount is guessed.
_MULTIPLIERS = frozenset({"k", "m", "mln", "mio", "miljoen", "miljard", "dzd", "duizend", "x"})


def _amount_with_words(raw: str) -> None:
    """Raise PartlyRead with the one amount in ``raw`` and the words left out, if there is
    exactly one and nothing around it multiplies it; else return (the caller re-raises)."""
    found = list(_ONE_AMOUNT.finditer(raw))
    if len(found) != 1:
        return
    token = found[0]
    rest = (raw[: token.start()] + " " + raw[token.end() :]).strip()
    after = raw[token.end() : token.end() + 1]
    words = set(re.findall(r"[^\W\d_]+", fold(rest)))
    if (
        not rest
        or after.isalpha()  # "10k"
        or re.search(r"-\s*(?:€\s*)?$", raw[: token.start()])  # "- 50", "€ -50": negative
        or _MULTIPLIERS & words
        or not words <= _AMOUNT_WORDS  # "zie tabblad 2": not an amount with a remark
    ):
        return
    try:
        amount = _amount_from_text(token.group().strip())
    except ValueProblem:
        return
    if amount < 0:
        return
    amount = amount.quantize(_CENTS)
    raise PartlyRead(
        f"'{raw}': {amount} was taken as the amount in euros, without '{rest}'.", amount
    )


def _grouped(number: str, sep: str) -> bool:
    """True if the separators in ``number`` group digits by three ("1.234.567")."""
    if sep not in number:
        return True
    parts = number.split(sep)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 and p.isdigit() for p in parts[1:])


# --- contact details ---------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s\-().]")


def parse_phone(value: Any) -> str | None:
    """A phone number in international form ("+31 6 12345678"), Dutch numbers by default.

    A Dutch one that could be a number but is not a complete one ("010-1234") is
    kept as written, with a warning: the officer may know the missing digits.
    (Numbers abroad are only checked for a possible length.)
    """
    if is_nothing(value):
        return None
    raw = text(value) or ""
    compact = _PHONE_SEPARATORS.sub("", raw)
    if isinstance(value, float | int) and not raw.startswith("0") and len(raw) == 9:
        compact = "0" + compact  # a number cell lost its leading zero: 612345678
    m = _NL_NATIONAL.match(compact)
    if m:  # fast path for Dutch numbers; the same result as phonenumbers (see tests)
        national = m[1]
        if national[:2] in _MOBILE_PREFIXES:
            return f"+31 6 {national[1:]}"
        groups = _GROUPS.get(national[:3])
        if groups is not None:
            parts, i = [], 0
            for n in groups:
                parts.append(national[i : i + n])
                i += n
            return "+31 " + " ".join(parts)
        formatted = _phone_slow(compact, raw)
        pieces = formatted.split()[1:]
        if formatted.startswith("+31 ") and "".join(pieces) == national:
            _GROUPS[national[:3]] = tuple(len(p) for p in pieces)
        return formatted
    noted = _PHONE_NOTE.match(raw)
    if noted:  # "06-12345678 (werk)": the number kept, the note said
        try:
            number = parse_phone(noted[1])
        except PartlyRead:  # not complete: the cell is kept as typed, note and all
            raise PartlyRead(
                f"'{raw}' does not look like a complete phone number; it was kept as written.",
                raw,
            ) from None
        raise PartlyRead(
            f"'{raw}': the number '{number}' was kept without the note '({noted[2]})'.",
            number,
        )
    if _PHONE_LIST.search(raw):  # "06-12345678 / 010-1234567": the first kept, as e-mails
        numbers = [n for n in _PHONE_LIST.split(raw) if n.strip()]
        if len(numbers) > 1:
            try:
                first = parse_phone(numbers[0])
            except PartlyRead:  # the first is incomplete: keep the cell, nothing is lost
                raise PartlyRead(
                    f"'{raw}' does not look like a complete phone number; it was kept as written.",
                    raw,
                ) from None
            except ValueProblem:
                raise ValueProblem(f"'{raw}' is not a phone number.") from None
            raise PartlyRead(
                f"'{raw}' holds {len(numbers)} phone numbers; the first, '{first}', was kept.",
                first,
            )
    return _phone_slow(compact, raw)


#: A number with a remark in brackets after it: "06-12345678 (werk)", "010-1234567 (na 17u)".
_PHONE_NOTE = re.compile(r"^([^()]*\d[^()]*?)\s*\(([^()]*[^\W\d_][^()]*)\)\s*$")
#: Separators between phone numbers in one cell ("06-1234 5678 / 010-1234567", "of", new lines).
_PHONE_LIST = re.compile(r"\s*(?:[/;,\n|]|\s(?:of|en|or|and)\s)\s*", re.IGNORECASE)


# Dutch area codes are prefix-free, so the first three national digits decide how
# a ten-digit number is grouped; learnt from phonenumbers once per prefix.
_NL_NATIONAL = re.compile(r"^(?:\+31|0031|0)([1-9]\d{8})$")
_GROUPS: dict[str, tuple[int, ...]] = {}
_MOBILE_PREFIXES = frozenset({"61", "62", "63", "64", "65", "68"})


@lru_cache(maxsize=65536)
def _phone_slow(compact: str, raw: str) -> str:
    try:
        number = phonenumbers.parse(compact, "NL")
    except phonenumbers.NumberParseException:
        raise ValueProblem(f"'{raw}' is not a phone number.") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueProblem(f"'{raw}' is not a phone number.")
    if number.country_code == 31 and not phonenumbers.is_valid_number(number):
        raise PartlyRead(
            f"'{raw}' does not look like a complete phone number; it was kept as written.", raw
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_SIMPLE_EMAIL = re.compile(
    r"^[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test", "internal"})


def parse_email(value: Any) -> str | None:
    """An e-mail address, trimmed and checked (no DNS look-up); domain in lower case.

    "Fatima <fatima@example.nl>" (copied from Outlook) gives the address; with
    several addresses in one cell the first is kept and the cell is reported.
    """
    if is_nothing(value):
        return None
    typed = str(value).strip()
    several = ";" in typed or "," in typed or "\n" in typed  # most cells: one address
    addresses = [a for a in _ADDRESS_SPLIT.split(typed) if a] if several else [typed]
    if len(addresses) > 1 and all("@" in a for a in addresses):
        first = _one_email(addresses[0], typed)
        raise PartlyRead(
            f"'{typed}' holds {len(addresses)} e-mail addresses; the first, '{first}', was kept.",
            first,
        )
    return _one_email(typed, typed)


#: Separators between addresses in one cell ("a@x.nl; b@y.nl", "a@x.nl, b@y.nl", new lines).
_ADDRESS_SPLIT = re.compile(r"\s*[;,\n]\s*")
_NAMED = re.compile(r"^[^<>@]*<\s*([^<>\s]+@[^<>\s]+)\s*>$")


def _one_email(value: str, typed: str) -> str:
    """One address, checked; ``typed`` is the whole cell, for the message."""
    raw = value.strip().removeprefix("mailto:").strip()
    if "<" in raw or ">" in raw:
        named = _NAMED.match(raw)
        raw = named[1] if named else raw.strip("<>").strip()
        raw = raw.removeprefix("mailto:")
    if (
        len(raw) <= 254
        and _SIMPLE_EMAIL.match(raw)
        and raw.rsplit(".", 1)[-1].lower() not in _SPECIAL_TLDS
    ):
        local, domain = raw.rsplit("@", 1)
        if len(local) <= 64:
            return f"{local}@{domain.lower()}"
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValueProblem(f"'{typed}' is not a valid e-mail address.") from None


def parse_website(value: Any) -> str | None:
    if is_blank(value):
        return None
    raw = str(value).strip()
    if " " in raw or "." not in raw:
        raise ValueProblem(f"'{raw}' is not a web address.")
    return raw


# --- names -------------------------------------------------------------------

_INFIXES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "uit",
        "aan",
        "bij",
        "voor",
        "onder",
        "over",
        "d'",
        "del",
        "della",
        "la",
        "le",
        "du",
        "da",
        "di",
        "dos",
        "das",
        "von",
        "zu",
        "vd",
        "v/d",
    ]
)


#: Forms of address and titles before a name in municipal lists ("Mw. A. Bakker",
#: "dhr. drs. J. de Vries"): not part of the given name.
_SALUTATIONS = frozenset(("dhr", "dhr.", "hr", "hr.", "mw", "mw.", "mevr", "mevr.", "mevrouw",
                          "meneer", "mr", "mr.", "dr", "dr.", "drs", "drs.", "ir", "ir.", "ing",
                          "ing.", "prof", "prof.", "mrs", "mrs.", "ms", "ms.", "miss"))  # fmt: skip
#: Dutch infixes that start a name given without a given name ("de Vries"); words of the
#: infix list that are also given or family names elsewhere ("Le", "Da") are not among them.
_LEADING_INFIXES = frozenset(("van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "vd",
                              "v/d", "in", "op", "uit", "von"))  # fmt: skip


def split_name(value: Any) -> tuple[str, str, str]:
    """A full Dutch name → (given name, infix, family name).

    "Jan van der Berg" → ("Jan", "van der", "Berg"); "Berg, Jan van der" too.
    A single word is taken as the given name.
    """
    raw = " ".join((text(value) or "").split())
    if not raw:
        return "", "", ""
    if "," in raw:
        family, _, rest = raw.partition(",")
        words = rest.split()
        infix_words = []
        while words and words[-1].lower() in _INFIXES:
            infix_words.insert(0, words.pop())
        return " ".join(words), " ".join(infix_words), family.strip()
    words = raw.split()
    addressed = False  # "Dhr. Jansen": after a form of address, one word is the family name
    if len(words) > 2 and " ".join(words[:2]).lower() in ("de heer", "de hr."):
        words, addressed = words[2:], True
    while len(words) > 1 and words[0].lower() in _SALUTATIONS:  # "dhr. J. de Vries"
        words.pop(0)
        addressed = True
    if len(words) == 1:
        return ("", "", words[0]) if addressed else (words[0], "", "")
    if words[0].lower() in _LEADING_INFIXES:  # "de Vries", "van der Berg": no given name
        rest = words
        infix_words = []
        while len(rest) > 1 and rest[0].lower() in _INFIXES:
            infix_words.append(rest.pop(0))
        return "", " ".join(infix_words), " ".join(rest)
    given = words[0]
    rest = words[1:]
    infix_words = []
    while len(rest) > 1 and rest[0].lower() in _INFIXES:
        infix_words.append(rest.pop(0))
    return given, " ".join(infix_words), " ".join(rest)


# --- kinds and other choices ------------------------------------------------


def _choices(**groups: tuple[str, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for value, words in groups.items():
        table[fold(value).replace("_", " ")] = value
        for word in words:
            table[_choice_key(word)] = value
    return table


def _choice_key(raw: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", fold(raw)).strip()


ORGANISATION_KINDS = _choices(
    initiative=("initiatief", "bewonersinitiatief", "burgerinitiatief", "civic initiative"),
    fund=("fonds", "funds", "foundation fund", "vermogensfonds"),
    company=("bedrijf", "onderneming", "ondernemer", "business", "winkel", "bedrijfsleven"),
    welfare=("welzijn", "welzijnsorganisatie", "welfare organisation", "welfare organization"),
    housing=(
        "woningcorporatie",
        "corporatie",
        "housing corporation",
        "housing association",
        "woningbouwcorporatie",
    ),
    municipality=("gemeente", "gemeentelijk", "council", "city", "municipal"),
    education=("onderwijs", "school", "scholen", "university", "universiteit", "hogeschool"),
    faith=(
        "kerk",
        "moskee",
        "geloofsgemeenschap",
        "levensbeschouwelijk",
        "religious",
        "church",
        "mosque",
    ),
    other=("overig", "anders", "overige"),
)
SUPPORT_KINDS = _choices(
    financial=("financieel", "geld", "subsidie", "donatie", "money", "grant", "financial support"),
    in_kind=("in natura", "natura", "in kind", "materieel", "spullen", "goederen"),
    brokering=(
        "koppeling",
        "koppelen",
        "netwerk",
        "bemiddeling",
        "matchmaking",
        "connection",
        "makelen en schakelen",
        "makelen",
        "schakelen",
    ),
    media=("media aandacht", "media", "publiciteit", "pr", "media attention", "publicity"),
    space=("ruimte", "locatie", "accommodatie", "huisvesting", "venue", "premises"),
    volunteers=("vrijwilligers", "vrijwillige inzet", "volunteering"),
    expertise=("kennis", "advies", "deskundigheid", "advice", "knowledge", "training"),
    other=("overig", "anders", "overige"),
)
ROLES = _choices(
    initiator=("initiatiefnemer", "oprichter", "founder"),
    contact=("contactpersoon", "contact person", "aanspreekpunt"),
    volunteer=("vrijwilliger",),
    board=("bestuur", "bestuurslid", "voorzitter", "penningmeester", "secretaris", "chair"),
    staff=("medewerker", "personeel", "employee", "coordinator", "coördinator"),
    liaison=("verbinder", "wijkverbinder", "gebiedsadviseur", "accountmanager", "connector"),
)
ORGANISATION_STATUSES = _choices(
    active=("actief", "lopend"), dormant=("slapend", "inactief", "inactive"),
    ended=("gestopt", "beeindigd", "beëindigd", "opgeheven", "closed", "stopped"),
)  # fmt: skip
COMMITMENT_STATUSES = _choices(
    proposed=("voorgesteld", "aangevraagd", "in aanvraag", "requested", "pending"),
    active=(
        "actief",
        "lopend",
        "toegekend",
        "toegezegd",
        "verleend",
        "granted",
        "approved",
        "committed",
    ),
    ended=(
        "afgelopen",
        "afgerond",
        "verlopen",
        "beeindigd",
        "beëindigd",
        "gestopt",
        "finished",
        "expired",
    ),
    declined=("afgewezen", "geweigerd", "rejected", "refused"),
    renewed=("verlengd", "extended"),
)
CHANNELS = _choices(
    call=("telefoon", "gebeld", "bellen", "phone", "telefonisch", "telefoongesprek"),
    visit=("bezoek", "huisbezoek", "langs geweest"),
    meeting=("overleg", "vergadering", "afspraak", "gesprek"),
    email=("e mail", "mail", "email"),
    message=("bericht", "app", "whatsapp", "sms", "chat"),
    event=("bijeenkomst", "evenement", "activiteit"),
)
LEGAL_BASES = _choices(
    consent=("toestemming",), public_task=("publieke taak", "algemeen belang"),
    legitimate_interest=("gerechtvaardigd belang",), contract=("overeenkomst",),
    legal_obligation=("wettelijke plicht", "wettelijke verplichting"),
    unknown=("onbekend",),
)  # fmt: skip

_ENUMS = {
    "organisation_kind": (ORGANISATION_KINDS, OrganisationKind, "kind of organisation"),
    "support_kind": (SUPPORT_KINDS, SupportKind, "kind of support"),
    "role": (ROLES, Role, "role"),
    "organisation_status": (ORGANISATION_STATUSES, OrganisationStatus, "status"),
    "commitment_status": (COMMITMENT_STATUSES, CommitmentStatus, "status"),
    "channel": (CHANNELS, Channel, "channel"),
    "legal_basis": (LEGAL_BASES, LegalBasis, "legal basis"),
}


def parse_choice(value: Any, which: str) -> str | None:
    """A value of one of the model's enumerations, from Dutch or English words."""
    if is_blank(value):
        return None
    if isinstance(value, str):
        return _choice_cached(value, which)
    return _choice(value, which)


@lru_cache(maxsize=4096)
def _choice_cached(value: str, which: str) -> str | None:
    return _choice(value, which)


def _choice(value: Any, which: str) -> str | None:
    table, enum, label = _ENUMS[which]
    key = _choice_key(str(value))
    found = table.get(key) or table.get(key.replace(" ", "_"))
    if found is None:
        for word in key.split():  # "Stichting fonds" → fund; "Financieel (eenmalig)"
            if word in table:
                found = table[word]
                break
    if found is None:
        allowed = ", ".join(e.value for e in enum)
        raise ValueProblem(f"'{text(value)}' is not a known {label} (use one of: {allowed}).")
    return found


_PARTNER_HINTS = (
    ("gemeente", "municipality"),
    ("fonds", "fund"),
    ("fund", "fund"),
    ("woonstad", "housing"),
    ("havensteder", "housing"),
    ("vestia", "housing"),
    ("woning", "housing"),
    ("wonen", "housing"),
    ("welzijn", "welfare"),
    ("kerk", "faith"),
    ("moskee", "faith"),
    ("school", "education"),
    ("b v", "company"),
    ("bv", "company"),
)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)  # a sheet names the same few partners on thousands of rows
def guess_partner_kind(name: str) -> str:
    """A partner's kind from its name ("Gemeente Rotterdam" → municipality), else other."""
    key = " " + _choice_key(name) + " "
    for hint, kind in _PARTNER_HINTS:
        if f" {hint} " in key or (len(hint) > 4 and hint in key):
            return kind
    return OrganisationKind.OTHER.value


_TRUE = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x", "structureel", "v",
                   "jaarlijks", "meerjarig", "terugkerend"})  # fmt: skip
_FALSE = frozenset({"nee", "n", "no", "false", "onwaar", "0", "eenmalig", "incidenteel", "-"})


def parse_bool(value: Any) -> bool | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    key = fold(str(value))
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueProblem(f"'{value}' is not yes or no.")


def parse_tags(value: Any) -> list[str] | None:
    if is_blank(value):
        return None
    parts = re.split(r"[;,\n]", str(value))  # a list typed with Alt+Enter has new lines
    tags = [p.strip() for p in parts if p.strip()]
    return sorted(set(tags), key=str.casefold) or None


def parse_text(value: Any) -> str | None:
    return text(value)
