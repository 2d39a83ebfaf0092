"""Value objects at the boundary, and CSV cells made safe for spreadsheets."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from assistant.imports.csvsafe import safe_cell, safe_row
from assistant.imports.values import (
    ValueProblem,
    address_key,
    age_in_years,
    nhs_check_digit,
    parse_date,
    parse_language,
    parse_nhs_number,
    parse_phone,
    parse_postcode,
)
from assistant.models import PhoneKind
from tests.factories import TEST_NHS_NUMBERS


@pytest.mark.parametrize("number", TEST_NHS_NUMBERS)
def test_test_nhs_numbers_pass_modulus_11(number):
    assert parse_nhs_number(number) == number
    assert nhs_check_digit(number[:9]) == int(number[9])


@pytest.mark.parametrize(("text", "says"), [
    ("", "empty"),
    ("999482199", "has 9 digits"),
    ("99948219970", "has 11 digits"),
    ("999482199X", "must be 10 digits"),
    ("9994821998", "Modulus 11"),
    ("9.99482E+09", "scientific notation"),
])
def test_bad_nhs_numbers_say_what_is_wrong(text, says):
    with pytest.raises(ValueProblem, match=says):
        parse_nhs_number(text)


def test_a_stem_whose_check_digit_would_be_10_has_no_valid_number():
    stem = next(f"{n:09d}" for n in range(100_000_000, 100_001_000)
                if nhs_check_digit(f"{n:09d}") is None)
    for last in "0123456789":
        with pytest.raises(ValueProblem):
            parse_nhs_number(stem + last)


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-05-01", date(2023, 5, 1)),
    ("01/05/2023", date(2023, 5, 1)),
    ("1/5/2023", date(2023, 5, 1)),
    ("01.05.2023", date(2023, 5, 1)),
    ("24-Sep-2021", date(2021, 9, 24)),
    ("24 September 2021", date(2021, 9, 24)),
    ("29/02/2024", date(2024, 2, 29)),
])
def test_iso_and_uk_dates_are_read_day_first(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "says"), [
    ("12/31/2023", "month/day"),
    ("31/02/2023", "not a real date"),
    ("29/02/2023", "not a real date"),
    ("01/05/23", "four-digit year"),
    ("yesterday", "not a date"),
    ("2023/05/01", "not a date"),
])
def test_bad_dates_are_refused(text, says):
    with pytest.raises(ValueProblem, match=says):
        parse_date(text, "date_of_birth")


def test_age_turns_over_on_the_birthday():
    assert age_in_years(date(2020, 11, 21), date(2026, 11, 20)) == 5
    assert age_in_years(date(2020, 11, 21), date(2026, 11, 21)) == 6
    assert age_in_years(date(2020, 2, 29), date(2026, 2, 28)) == 5
    assert age_in_years(date(2020, 2, 29), date(2026, 3, 1)) == 6


@pytest.mark.parametrize(("text", "e164", "kind"), [
    ("07700 900123", "+447700900123", PhoneKind.MOBILE),       # Ofcom drama range
    ("07400 123456", "+447400123456", PhoneKind.MOBILE),
    ("+44 7400 123456", "+447400123456", PhoneKind.MOBILE),
    ("0151 496 0500", "+441514960500", PhoneKind.LANDLINE),
    ("(020) 7946-0940", "+442079460940", PhoneKind.LANDLINE),
    ("+48 512 345 678", "+48512345678", PhoneKind.MOBILE),
])
def test_phone_numbers_are_parsed_to_e164_and_classed(text, e164, kind):
    number = parse_phone(text, "mobile")
    assert (number.e164, number.kind) == (e164, kind)


@pytest.mark.parametrize(("text", "says"), [
    ("07700 9001", "not a valid UK phone number"),
    ("hello", "not a phone number"),
    ("0909 879 0000", "premium-rate"),
    ("0800 123 4567", "freephone"),
])
def test_numbers_no_one_can_be_reached_on_are_refused(text, says):
    with pytest.raises(ValueProblem, match=says):
        parse_phone(text, "mobile")


def test_postcodes_are_normalised_and_checked():
    assert parse_postcode(" l78yp ") == "L7 8YP"
    assert parse_postcode("E7 0WH") == "E7 0WH"
    with pytest.raises(ValueProblem, match="not a UK postcode"):
        parse_postcode("12345")


def test_address_keys_ignore_case_punctuation_and_street_abbreviations():
    assert address_key("Evans", "343 Lodge Lane", "L7 8YP") == \
        address_key("EVANS", "343, lodge ln.", "l78yp")
    assert address_key("Evans", "343 Lodge Lane", "L7 8YP") != \
        address_key("Khan", "343 Lodge Lane", "L7 8YP")


def test_languages_are_codes_and_common_names_are_mapped():
    assert parse_language("") == "en"
    assert parse_language("PL") == "pl"
    assert parse_language("Polish") == "pl"
    with pytest.raises(ValueProblem):
        parse_language("Klingon!")


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
                                  "\t=1", "\r=1"])
def test_formula_cells_are_neutralised_for_export(cell):
    assert safe_cell(cell) == "'" + cell


def test_ordinary_cells_are_left_alone_and_none_is_empty():
    assert safe_row(["Ava", 9994821997, None, "O'Brien"]) == ["Ava", "9994821997", "", "O'Brien"]


def test_a_neutralised_row_round_trips_through_csv_as_text():
    out = io.StringIO()
    csv.writer(out).writerow(safe_row(["=HYPERLINK(\"http://x\")", "Ava"]))
    assert next(csv.reader(io.StringIO(out.getvalue())))[0].startswith("'=")
