"""Values as people type them: property tests (hypothesis) and the cases from the issue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liaison import text as core_text
from liaison.exchange import importer
from liaison.exchange import values as V


def dutch_amount(amount: Decimal, *, euro: bool, dash: bool) -> str:
    """Format like a Dutch spreadsheet: € 1.234.567,89 (or ,- for whole euros)."""
    whole, cents = divmod(int(amount * 100), 100)
    grouped = f"{whole:,}".replace(",", ".")
    tail = ",-" if dash and cents == 0 else f",{cents:02d}"
    return ("€ " if euro else "") + grouped + tail


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False),
    st.booleans(),
    st.booleans(),
)
def test_dutch_amounts_parse_back_exactly(amount: Decimal, euro: bool, dash: bool) -> None:
    assert V.parse_amount(dutch_amount(amount, euro=euro, dash=dash)) == amount


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from("-/.")
)
def test_dates_are_day_first(day: dt.date, sep: str) -> None:
    assert V.parse_date(f"{day.day}{sep}{day.month}{sep}{day.year}") == day
    assert V.parse_date(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}") == day
    assert V.parse_date(day.isoformat()) == day


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2099, 12, 31)))
def test_excel_serials_in_both_epochs(day: dt.date) -> None:
    serial_1900 = (day - dt.date(1899, 12, 30)).days
    serial_1904 = (day - dt.date(1904, 1, 1)).days
    if V.YEARS[0] <= serial_1900 <= V.YEARS[1] or V.YEARS[0] <= serial_1904 <= V.YEARS[1]:
        with pytest.raises(V.ValueProblem, match="is a year"):  # days in 1905: a year typed
            V.parse_date(serial_1900 if V.YEARS[0] <= serial_1900 <= V.YEARS[1] else serial_1904)
        return
    assert V.parse_date(serial_1900) == day
    assert V.parse_date(float(serial_1900)) == day
    if serial_1904 >= 1:
        assert V.parse_date(serial_1904, epoch1904=True) == day


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("€ 1.500,-", "1500.00"),
        ("1.000,00", "1000.00"),
        ("2.250,50", "2250.50"),
        (750, "750.00"),
        (750.5, "750.50"),
        ("EUR 300", "300.00"),
        ("1,5", "1.50"),
        ("12.5", "12.50"),
        ("1,234.56", "1234.56"),
    ],
)
def test_amounts_from_the_issue(raw: object, expected: str) -> None:
    assert V.parse_amount(raw) == Decimal(expected)


@pytest.mark.parametrize("raw", ["abc", "1.50.0", "-5", "€", "12,34,5"])
def test_bad_amounts_are_one_sentence(raw: str) -> None:
    with pytest.raises(V.ValueProblem) as exc:
        V.parse_amount(raw)
    assert "\n" not in str(exc.value) and str(exc.value).endswith(".")


def test_dates_from_the_issue() -> None:
    assert V.parse_date("1-5-2020") == dt.date(2020, 5, 1)
    assert V.parse_date("15/06/2020") == dt.date(2020, 6, 15)
    assert V.parse_date("2020-09-01") == dt.date(2020, 9, 1)
    assert V.parse_date("15 juni 2020") == dt.date(2020, 6, 15)
    assert V.parse_date(dt.datetime(2020, 1, 2, 13, 0)) == dt.date(2020, 1, 2)
    with pytest.raises(V.ValueProblem):
        V.parse_date("31-02-2020")
    with pytest.raises(V.ValueProblem):
        V.parse_date("volgend jaar")


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=100_000_000, max_value=999_999_999), st.sampled_from(["0", "+31", "0031"])
)
def test_phone_fast_path_equals_phonenumbers(national: int, prefix: str) -> None:
    number = f"{prefix}{national}"
    try:
        parsed = phonenumbers.parse(number, "NL")
        ok = phonenumbers.is_possible_number(parsed)
    except phonenumbers.NumberParseException:
        ok = False
    if not ok:
        with pytest.raises(V.ValueProblem):
            V.parse_phone(number)
        return
    if not phonenumbers.is_valid_number(parsed):  # a Dutch number no one can have
        with pytest.raises(V.PartlyRead) as kept:
            V.parse_phone(number)
        assert kept.value.value == number
        return
    expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert V.parse_phone(number) == expected
    assert V.parse_phone(number) == expected  # second time through the learnt grouping


def test_phones_and_emails() -> None:
    assert V.parse_phone("06-12345678") == "+31 6 12345678"
    assert V.parse_phone(612345678.0) == "+31 6 12345678"  # a number cell lost its 0
    assert V.parse_phone("010 - 123 45 67") == "+31 10 123 4567"
    assert V.parse_phone("+32 2 123 45 67").startswith("+32")
    with pytest.raises(V.ValueProblem):
        V.parse_phone("bel maar")
    assert V.parse_email("  Jan@Example.NL ") == "Jan@example.nl"
    assert V.parse_email("mailto:piet@gemeente.rotterdam") == "piet@gemeente.rotterdam"
    for bad in ("fatima@@x", "x@test", "a@b.local", "Fatima <fatima@@x>"):
        with pytest.raises(V.ValueProblem):
            V.parse_email(bad)


@pytest.mark.parametrize(
    ("raw", "which", "expected"),
    [
        ("Financieel", "support_kind", "financial"),
        ("In natura", "support_kind", "in_kind"),
        ("Koppeling", "support_kind", "brokering"),
        ("Media-aandacht", "support_kind", "media"),
        ("Fund", "organisation_kind", "fund"),
        ("Municipality", "organisation_kind", "municipality"),
        ("Housing corporation", "organisation_kind", "housing"),
        ("Woningcorporatie", "organisation_kind", "housing"),
        ("in_kind", "support_kind", "in_kind"),
    ],
)
def test_kinds_in_dutch_and_english(raw: str, which: str, expected: str) -> None:
    assert V.parse_choice(raw, which) == expected


def test_every_export_label_parses_back() -> None:
    from liaison.exchange.export import LABELS

    groups = {
        "kind": "organisation_kind",
        "org_status": "organisation_status",
        "role": "role",
        "support_kind": "support_kind",
        "commitment_status": "commitment_status",
        "channel": "channel",
        "legal_basis": "legal_basis",
    }
    for group, labels in LABELS.items():
        for code, label in labels.items():
            assert V.parse_choice(label, groups[group]) == str(code)


def test_names_split_the_dutch_way() -> None:
    assert V.split_name("Jan van der Berg") == ("Jan", "van der", "Berg")
    assert V.split_name("Berg, Jan van der") == ("Jan", "van der", "Berg")
    assert V.split_name("Fatima") == ("Fatima", "", "")
    assert V.split_name("Ayşe de Vries-Jansen") == ("Ayşe", "de", "Vries-Jansen")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_fast_folds_equal_the_core_ones(s: str) -> None:
    assert importer.name_key(s) == core_text.name_key(s)
    assert importer.fold(s) == core_text.fold(s)
    assert importer.person_sort_key(s, "van", s[::-1]) == core_text.person_sort_key(
        s, "van", s[::-1]
    )


def test_new_record_uuids_are_ordered_version_7_and_unique() -> None:
    import uuid

    first, second = importer.ordered_uuids(1000), importer.ordered_uuids(1000)
    assert first == sorted(first) and len(set(first + second)) == 2000
    parsed = [uuid.UUID(u) for u in first[:3] + second[-3:]]
    assert {u.version for u in parsed} == {7} and {u.variant for u in parsed} == {uuid.RFC_4122}
    assert all(str(u) == text for u, text in zip(parsed, first[:3] + second[-3:], strict=True))
    assert importer.ordered_uuids(0) == []


def test_a_bare_year_is_not_read_as_a_day_in_1905() -> None:
    """'2020' in a Startdatum column was imported as 12-07-1905, without a word."""
    for typed in (2020, 2020.0, "2020", " 1999 "):
        with pytest.raises(
            V.ValueProblem, match=r"is a year, not a date.*\(e\.g\. 1-1-(2020|1999)\)"
        ):
            V.parse_date(typed)
    assert V.parse_date(44197) == dt.date(2021, 1, 1)  # a real serial still reads


@pytest.mark.parametrize("typed", ["n.v.t.", "NVT", " - ", "geen", "onbekend", "?", "n/a"])
def test_words_for_no_value_leave_typed_fields_empty_without_a_warning(typed: str) -> None:
    assert V.parse_amount(typed) is None
    assert V.parse_date(typed) is None
    assert V.parse_phone(typed) is None
    assert V.parse_email(typed) is None


def test_email_addresses_as_outlook_copies_them_and_several_in_one_cell() -> None:
    assert V.parse_email("Fatima el Amrani <Fatima@Buurtkracht.NL>") == "Fatima@buurtkracht.nl"
    assert V.parse_email('"Vries, Jan" <jan@samen.nl>') == "jan@samen.nl"
    with pytest.raises(V.PartlyRead) as kept:
        V.parse_email("jan@samen.nl; info@samen.nl")
    assert kept.value.value == "jan@samen.nl"
    assert "2 e-mail addresses" in str(kept.value) and "'jan@samen.nl'" in str(kept.value)
    with pytest.raises(V.ValueProblem, match="'Fatima <fatima@@x.nl>' is not"):  # as typed
        V.parse_email("Fatima <fatima@@x.nl>")


def test_an_incomplete_phone_number_is_kept_as_written_with_a_warning() -> None:
    with pytest.raises(V.PartlyRead) as kept:
        V.parse_phone("010-1234")
    assert kept.value.value == "010-1234" and "kept as written" in str(kept.value)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("01-05-2020 00:00:00", dt.date(2020, 5, 1)),  # another system's export
        ("1-5-2020 14:30", dt.date(2020, 5, 1)),
        ("1-mei-2020", dt.date(2020, 5, 1)),
        ("1 mei '20", dt.date(2020, 5, 1)),
        ("ma 1 juni 2020", dt.date(2020, 6, 1)),
        ("Zondag 7 juni 2020", dt.date(2020, 6, 7)),
    ],
)
def test_dates_as_other_programs_and_people_write_them(typed: str, day: dt.date) -> None:
    assert V.parse_date(typed) == day


def test_excels_accounting_dash_is_no_amount() -> None:
    for typed in ("€ -", "€-", "EUR -"):
        assert V.parse_amount(typed) is None
    assert V.parse_amount("€ 0,-") == Decimal("0.00")
