"""Imports never half-happen (issue 10): odd values are line-numbered rejections, and a
file is one transaction, so an error or a crash part-way leaves the database as it was."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from assistant.db import db
from assistant.imports import cohort as cohort_module
from assistant.imports import import_slots
from assistant.imports.result import BATCH_SIZE
from assistant.models import AuditEvent, Child, Household, Slot
from tests.imports.conftest import child_row, reasons, run_import, write_csv

SLOT_HEADER = ["practice_ods_code", "start", "duration_minutes", "staff_name"]
NHS_NUMBERS = ["9994821997", "9994822004", "9994822012", "9994822020", "9994822039"]


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _slots(n: int, *, bad: dict[int, dict[str, str]] | None = None) -> list[dict[str, str]]:
    """``n`` good slots 15 minutes apart from 1 December 2026; ``bad`` replaces rows by index."""
    first = datetime(2026, 12, 1, 9, 0)
    rows = [dict(zip(SLOT_HEADER, ["N80000", f"{first + timedelta(minutes=15 * i):%Y-%m-%dT%H:%M}",
                                   "10", "Nurse"], strict=True)) for i in range(n)]
    for index, change in (bad or {}).items():
        rows[index] = {**rows[index], **change}
    return rows


def test_a_superscript_digit_in_a_duration_after_a_thousand_rows_is_one_rejection(
        runner, practices, tmp_path):
    rows = _slots(BATCH_SIZE + 5, bad={BATCH_SIZE + 2: {"duration_minutes": "1²"}})
    code, report = run_import(runner, "import-slots",
                              write_csv(tmp_path / "slots.csv", rows, SLOT_HEADER))
    line = BATCH_SIZE + 2 + 2  # the header is line 1
    assert code == 1
    assert reasons(report) == {line: "duration_minutes '1²' is not a whole number of minutes"}
    assert report["imported"] == BATCH_SIZE + 4 == _count(Slot)


@pytest.mark.parametrize("start", ["9999-12-31T23:30", "0001-01-01T00:30", "31/12/9999 10:00"])
def test_a_slot_in_year_9999_or_0001_is_a_rejection_not_a_traceback(
        runner, practices, tmp_path, start):
    rows = _slots(3, bad={1: {"start": start}})
    code, report = run_import(runner, "import-slots",
                              write_csv(tmp_path / "slots.csv", rows, SLOT_HEADER))
    assert code == 1 and list(reasons(report)) == [3]
    assert "outside the years 1900 to 2100" in reasons(report)[3]
    assert report["imported"] == 2 == _count(Slot)


def test_a_date_written_in_other_scripts_digits_is_refused(runner, practices, tmp_path):
    # Arabic-Indic digits: Python's \d and int() read them, a person checking the file cannot.
    path = write_csv(tmp_path / "cohort.csv", [child_row(date_of_birth="٢٠٢٣-05-01")])
    code, report = run_import(runner, "import-cohort", path)
    assert code == 1 and "is not a date" in reasons(report)[2]
    assert _count(Child) == 0


def test_a_family_name_that_grows_when_capitalised_is_a_rejection(runner, practices, tmp_path):
    # 'ß' upper-cases to 'SS': within the columns as written, past the household key after.
    rows = [child_row(nhs_number=NHS_NUMBERS[0], family_name="ß" * 100,
                      address_line_1="ß" * 100 + " Lodge Lane"),
            child_row(nhs_number=NHS_NUMBERS[1], mobile="07700 900002")]
    code, report = run_import(runner, "import-cohort", write_csv(tmp_path / "c.csv", rows))
    assert code == 1
    assert "too long once written in capitals" in reasons(report)[2]
    assert report["imported"] == 1 == _count(Child)


def test_a_crash_part_way_through_a_file_leaves_nothing_behind(
        runner, practices, tmp_path, monkeypatch):
    calls = []
    real = cohort_module.CohortImport.process

    def crash_on_the_second_batch(self, session, rows, result):
        calls.append(len(rows))
        if len(calls) == 2:
            raise RuntimeError("the machine went away")
        return real(self, session, rows, result)

    monkeypatch.setattr(cohort_module.CohortImport, "process", crash_on_the_second_batch)
    monkeypatch.setattr("assistant.imports.result.BATCH_SIZE", 2)
    rows = [child_row(nhs_number=n, mobile=f"07700 90000{i}", address_line_1=f"{i} Lodge Lane")
            for i, n in enumerate(NHS_NUMBERS)]
    result = runner.invoke(args=["import-cohort", str(write_csv(tmp_path / "c.csv", rows)),
                                 "--json"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "Nothing was imported" in result.stderr
    assert calls == [2, 2]
    assert _count(Child) == 0 and _count(Household) == 0
    assert db.session.scalar(select(func.count()).where(
        AuditEvent.action == "import.cohort")) == 0


def test_a_dry_run_changes_nothing_but_reports_what_would_change(app, practices, tmp_path):
    rows = _slots(3)
    with app.app_context():
        result = import_slots(write_csv(tmp_path / "slots.csv", rows, SLOT_HEADER)
                              .open("rb"), dry_run=True)
        assert result.imported == 3
        assert _count(Slot) == 0
