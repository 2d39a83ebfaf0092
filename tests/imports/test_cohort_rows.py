"""Cohort rows: every bad value is rejected with its line and a reason; good rows go in."""

from __future__ import annotations

from sqlalchemy import select

from assistant.db import db
from assistant.models import (
    Child,
    Household,
    HouseholdStatus,
    Phone,
    PhoneKind,
    Task,
    TaskKind,
    TaskStatus,
)
from tests.imports.conftest import child_row, reasons, run_import, write_csv


def _import(runner, tmp_path, *rows, name="cohort.csv"):
    return run_import(runner, "import-cohort", write_csv(tmp_path / name, list(rows)))


def test_duplicate_nhs_numbers_in_one_file_reject_the_later_rows(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(), child_row(given_name="Ben"),
                           child_row(nhs_number="999 482 1997"))
    assert code == 1 and report["imported"] == 1
    assert reasons(report) == {3: "the same nhs_number is already on line 2",
                               4: "the same nhs_number is already on line 2"}
    assert db.session.scalar(select(Child.given_name)) == "Ava"


def test_nhs_number_failing_the_check_digit_is_rejected(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(nhs_number="9994821998"))
    assert code == 1 and "fails the Modulus 11 check" in reasons(report)[2]


def test_nhs_numbers_of_9_or_11_digits_are_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(nhs_number="999482199"),
                           child_row(nhs_number="99948219970"))
    assert reasons(report) == {2: "nhs_number has 9 digits; it must have 10",
                               3: "nhs_number has 11 digits; it must have 10"}


def test_nhs_number_with_spaces_or_dashes_is_normalised(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(nhs_number="999 482 1997"),
                           child_row(nhs_number="999-194-8759", mobile="07700 900002"))
    assert code == 0, report
    assert set(db.session.scalars(select(Child.nhs_number))) == {"9994821997", "9991948759"}


def test_nhs_number_mangled_by_a_spreadsheet_is_explained(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(nhs_number="9.99482E+09"))
    assert "scientific notation" in reasons(report)[2]


def test_impossible_dates_are_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(date_of_birth="31/02/2024"),
                           child_row(nhs_number="9991948759", date_of_birth="2023-13-01"))
    assert reasons(report) == {2: "date_of_birth is not a real date",
                               3: "date_of_birth is not a real date"}


def test_future_date_of_birth_is_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(date_of_birth="22/11/2026"))
    assert reasons(report) == {2: "date_of_birth is in the future"}


def test_us_order_date_is_rejected_as_month_day(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(date_of_birth="12/31/2023"))
    assert "looks like month/day (US) order" in reasons(report)[2]
    assert db.session.scalar(select(Child)) is None


def test_uk_dates_with_single_digits_are_day_first(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(date_of_birth="1/5/2023"))
    assert code == 0, report
    assert str(db.session.scalar(select(Child.date_of_birth))) == "2023-05-01"


def test_child_aged_six_on_the_import_date_is_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(date_of_birth="2020-11-21"),
                           child_row(nhs_number="9991948759", date_of_birth="2020-11-22"))
    assert reasons(report) == {2: "the child is 6 on 21/11/2026; the cohort is children under 6"}
    assert report["imported"] == 1  # the day before their sixth birthday still counts


def test_unknown_practice_is_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(practice_ods_code="Z99999"))
    assert reasons(report) == {2: "practice Z99999 is not known: import it in practices.csv first"}


def test_empty_missing_vaccines_is_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(missing_vaccines=" ; "))
    assert "missing_vaccines is empty" in reasons(report)[2]


def test_landline_in_the_mobile_column_is_kept_as_a_landline_never_texted(
        runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(mobile="0151 496 0500"))
    assert code == 0
    phone = db.session.scalar(select(Phone))
    assert (phone.e164, phone.kind) == ("+441514960500", PhoneKind.LANDLINE)
    assert not phone.can_text and phone.can_call
    assert "holds a landline" in report["warnings"][0]["reason"]


def test_phone_numbers_are_stored_in_e164(runner, practices, tmp_path):
    _code, _ = _import(runner, tmp_path, child_row(mobile="+44 (0)7700 900123",
                                                  landline="020 7946 0940"))
    numbers = {p.e164: p.kind for p in db.session.scalars(select(Phone))}
    assert numbers == {"+447700900123": PhoneKind.MOBILE, "+442079460940": PhoneKind.LANDLINE}


def test_an_invalid_number_is_left_out_when_the_family_has_another_means(
        runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(mobile="07700 9001"))
    assert code == 0 and report["imported"] == 1
    assert report["warnings"][0]["reason"] == "left out: mobile is not a valid UK phone number"
    household = db.session.scalar(select(Household))
    assert household.phones == [] and household.reachable_by == ["letter"]


def test_an_invalid_number_that_was_the_only_means_rejects_the_row(runner, practices, tmp_path):
    row = child_row(mobile="12345", address_line_1="", town="", postcode="")
    code, report = _import(runner, tmp_path, row)
    assert code == 1
    assert reasons(report)[2] == ("no usable way to reach the family: "
                                  "mobile is not a valid UK phone number")


def test_no_phone_and_no_address_is_listed_for_the_practice_to_cleanse(
        runner, practices, tmp_path):
    row = child_row(mobile="", address_line_1="", town="", postcode="")
    code, report = _import(runner, tmp_path, row)
    assert code == 0 and report["imported"] == 1
    assert "listed for the practice to cleanse" in report["warnings"][0]["reason"]
    household = db.session.scalar(select(Household))
    assert household.status is HouseholdStatus.UNCONTACTABLE
    task = db.session.scalar(select(Task))
    assert (task.kind, task.status, task.household_id) == (
        TaskKind.CLEANSE_CONTACT, TaskStatus.OPEN, household.id)
    assert "Ava" not in task.summary


def test_cleansed_contact_details_on_reimport_put_the_family_back_on_the_pathway(
        runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(mobile="", address_line_1="", town="", postcode=""))
    code, report = _import(runner, tmp_path, child_row(), name="cleansed.csv")
    assert (code, report["updated"]) == (0, 1)
    db.session.expire_all()
    household = db.session.scalar(select(Household))
    assert household.status is HouseholdStatus.ACTIVE
    assert household.reachable_by == ["text", "call", "letter"]
    assert db.session.scalar(select(Task.status)) is TaskStatus.DONE


def test_a_field_longer_than_its_column_is_rejected_naming_the_column_and_limit(
        runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, child_row(given_name="A" * 101),
                           child_row(nhs_number="9991948759", address_line_1="x" * 5000))
    assert reasons(report) == {2: "given_name is 101 characters long; the limit is 100",
                               3: "address_line_1 is 5000 characters long; the limit is 200"}


def test_a_cell_too_big_for_the_csv_reader_rejects_only_its_row(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(town="x" * 200_000),
                           child_row(nhs_number="9991948759", mobile="07700 900002"))
    assert code == 1 and report["imported"] == 1
    assert "cannot be read as CSV" in reasons(report)[2]


def test_formula_looking_cells_are_stored_as_text_as_given(runner, practices, tmp_path):
    formula = "=cmd|' /C calc'!A0"
    code, report = _import(runner, tmp_path, child_row(given_name=formula,
                                                       carer_name="@SUM(1+1)"))
    assert code == 0, report
    child = db.session.scalar(select(Child))
    assert child.given_name == formula and child.carer.name == "@SUM(1+1)"


def test_reimporting_the_same_file_changes_nothing(runner, practices, tmp_path):
    rows = [child_row(), child_row(nhs_number="9991948759", given_name="Ben"),
            child_row(nhs_number="9991147101", mobile="", address_line_1="", postcode="")]
    path = write_csv(tmp_path / "cohort.csv", rows)
    first = run_import(runner, "import-cohort", path)[1]
    second = run_import(runner, "import-cohort", path)[1]
    assert (first["imported"], first["unchanged"]) == (3, 0)
    assert (second["imported"], second["updated"], second["unchanged"]) == (0, 0, 3)
    assert len(db.session.scalars(select(Household)).all()) == 2
    assert len(db.session.scalars(select(Task)).all()) == 1


def test_a_changed_row_updates_the_child(runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(), child_row(nhs_number="9991948759", given_name="Ben"))
    _code, report = _import(runner, tmp_path, child_row(missing_vaccines="MMR2"),
                           child_row(nhs_number="9991948759", given_name="Ben"), name="v2.csv")
    assert (report["updated"], report["unchanged"]) == (1, 1)
    db.session.expire_all()
    child = db.session.scalar(select(Child).where(Child.nhs_number == "9994821997"))
    assert child.missing_vaccines == ["MMR2"]


def test_a_new_carer_name_on_reimport_updates_the_child(runner, practices, tmp_path):
    _import(runner, tmp_path, child_row())
    _code, report = _import(runner, tmp_path, child_row(carer_name="Mark Evans"), name="v2.csv")
    assert report["updated"] == 1
    again = _import(runner, tmp_path, child_row(carer_name="mark evans"), name="v3.csv")[1]
    assert again["unchanged"] == 1
    db.session.expire_all()
    assert db.session.scalar(select(Child)).carer.name == "Mark Evans"
