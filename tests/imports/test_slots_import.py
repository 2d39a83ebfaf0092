"""Protected slots: local times stored in UTC, known practices, no overlaps, nothing past."""

from __future__ import annotations

from datetime import UTC, datetime

import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import Slot
from tests.imports.conftest import reasons, run_import, write_csv

HEADER = ["practice_ods_code", "start", "duration_minutes", "staff_name"]


def slot(start: str, duration: str = "15", staff: str = "Practice Nurse",
         practice: str = "N80000") -> dict[str, str]:
    return dict(zip(HEADER, [practice, start, duration, staff], strict=True))


def _import(runner, tmp_path, *rows, name="slots.csv"):
    return run_import(runner, "import-slots", write_csv(tmp_path / name, list(rows), HEADER))


def _starts() -> list[datetime]:
    return list(db.session.scalars(select(Slot.start_at).order_by(Slot.start_at)))


def test_slots_are_imported_with_local_start_times_stored_in_utc(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, slot("2026-11-23T09:00"), slot("2027-06-01T09:00"))
    assert (code, report["imported"]) == (0, 2)
    assert _starts() == [datetime(2026, 11, 23, 9, 0, tzinfo=UTC),   # GMT
                         datetime(2027, 6, 1, 8, 0, tzinfo=UTC)]     # BST


def test_uk_date_order_is_accepted_for_slot_starts(runner, practices, tmp_path):
    code, _ = _import(runner, tmp_path, slot("23/11/2026 09:30"))
    assert code == 0 and _starts() == [datetime(2026, 11, 23, 9, 30, tzinfo=UTC)]


def test_clocks_going_forward_on_the_last_sunday_of_march(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, slot("2027-03-28T00:30"), slot("2027-03-28T01:30"),
                           slot("2027-03-28T09:00"))
    assert code == 1
    assert reasons(report) == {3: "start 2027-03-28T01:30 does not exist locally: "
                                  "the clocks go forward that night"}
    assert _starts() == [datetime(2027, 3, 28, 0, 30, tzinfo=UTC),
                         datetime(2027, 3, 28, 8, 0, tzinfo=UTC)]


def test_clocks_going_back_on_the_last_sunday_of_october(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, slot("2027-10-31T01:30"), slot("2027-10-31T09:00"))
    assert code == 0, report
    # 01:30 happens twice; the first (BST) is taken. 09:00 is GMT again.
    assert _starts() == [datetime(2027, 10, 31, 0, 30, tzinfo=UTC),
                         datetime(2027, 10, 31, 9, 0, tzinfo=UTC)]


def test_a_slot_for_an_unknown_practice_is_rejected(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, slot("2026-11-23T09:00", practice="Z12345"))
    assert code == 1
    assert reasons(report) == {2: "practice Z12345 is not known: import it in practices.csv first"}


def test_a_slot_in_the_past_is_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, slot("2026-11-21T11:45"), slot("2026-11-21T12:15"))
    assert reasons(report) == {2: "the slot starts in the past (2026-11-21 11:45)"}
    assert report["imported"] == 1


def test_bad_durations_are_rejected(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, slot("2026-11-23T09:00", "0"),
                           slot("2026-11-23T10:00", "15.5"), slot("2026-11-23T11:00", "ten"),
                           slot("2026-11-23T12:00", "600"))
    assert code == 1 and report["imported"] == 0
    assert reasons(report) == {
        2: "duration_minutes 0 must be between 1 and 240",
        3: "duration_minutes '15.5' is not a whole number of minutes",
        4: "duration_minutes 'ten' is not a whole number of minutes",
        5: "duration_minutes 600 must be between 1 and 240",
    }


def test_a_start_that_is_not_a_time_is_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, slot("next Tuesday"), slot("2026-11-23T25:00"))
    assert set(reasons(report)) == {2, 3}
    assert "not a local time" in reasons(report)[2]


def test_overlapping_slots_for_the_same_staff_member_are_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, slot("2026-11-23T09:00", "30"),
                           slot("2026-11-23T09:15"), slot("2026-11-23T09:05", staff="Dr Patel"),
                           slot("2026-11-23T09:30"), slot("2026-11-23T09:15", staff="Dr Shah"))
    assert reasons(report) == {3: "the slot overlaps another slot for the same practice and "
                                  "staff starting 2026-11-23 09:00"}
    # Another clinician may work alongside, even at a start a rejected row had; back-to-back
    # is fine.
    assert report["imported"] == 4


def test_a_slot_overlapping_one_imported_earlier_is_rejected(runner, practices, tmp_path):
    _import(runner, tmp_path, slot("2026-11-23T09:00", "30"))
    code, report = _import(runner, tmp_path, slot("2026-11-23T08:45", "30"), name="more.csv")
    assert code == 1 and "starting 2026-11-23 09:00" in reasons(report)[2]


def test_two_rows_for_the_same_practice_and_start_are_rejected(runner, practices, tmp_path):
    _code, report = _import(runner, tmp_path, slot("2026-11-23T09:00"),
                           slot("2026-11-23T09:00", staff="Dr Patel"))
    assert reasons(report) == {3: "the slot starting 2026-11-23 09:00 at this practice is "
                                  "already on line 2"}


def test_reimporting_slots_changes_nothing_even_once_they_have_passed(
        runner, practices, tmp_path):
    rows = [slot("2026-11-23T09:00"), slot("2026-11-23T09:15")]
    _import(runner, tmp_path, *rows)
    with time_machine.travel(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), tick=False):
        code, report = _import(runner, tmp_path, *rows)
    assert (code, report["imported"], report["unchanged"]) == (0, 0, 2)


def test_a_changed_duration_updates_the_slot_matched_on_practice_and_start(
        runner, practices, tmp_path):
    _import(runner, tmp_path, slot("2026-11-23T09:00"), slot("2026-11-23T09:30"))
    code, report = _import(runner, tmp_path, slot("2026-11-23T09:00", "30"),
                           slot("2026-11-23T09:30", staff="Dr Patel"), name="v2.csv")
    assert (code, report["updated"], report["imported"]) == (0, 2, 0)
    db.session.expire_all()
    assert [(s.duration_minutes, s.staff_name) for s in db.session.scalars(
        select(Slot).order_by(Slot.start_at))] == [(30, "Practice Nurse"), (15, "Dr Patel")]


def test_lengthening_a_slot_into_the_next_one_is_rejected(runner, practices, tmp_path):
    _import(runner, tmp_path, slot("2026-11-23T09:00"), slot("2026-11-23T09:15"))
    code, report = _import(runner, tmp_path, slot("2026-11-23T09:00", "30"), name="v2.csv")
    assert code == 1 and "starting 2026-11-23 09:15" in reasons(report)[2]
