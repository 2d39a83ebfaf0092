"""Issue 14: ``import-cohort --full``, the monthly extract. Children vaccinated elsewhere
drop out before the next contact; a truncated file changes nothing."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import func, select

from assistant.booking import aftercare
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    Booking,
    BookingStatus,
    Child,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    Slot,
    Task,
    TaskKind,
)
from tests import factories
from tests.attempts.helpers import local, tick
from tests.imports.conftest import PRACTICES_CSV, child_row, write_csv

MONDAY = local(2026, 11, 23, 10, 0)
REASON = "not in the extract of 23/11/2026"
NUMBERS = [factories.nhs_number() for _ in range(12)]


def family(i: int, **fields: str) -> dict[str, str]:
    """Child ``i`` of a family of its own (its own mobile and address)."""
    return child_row(**{"nhs_number": NUMBERS[i], "given_name": f"Child{i}",
                        "family_name": f"Family{i}", "mobile": f"07700 900{100 + i}",
                        "address_line_1": f"{i + 1} Lodge Lane", **fields})


@pytest.fixture
def monday(runner, tmp_path):
    with time_machine.travel(MONDAY, tick=False) as traveller:
        path = tmp_path / "practices.csv"
        path.write_text(PRACTICES_CSV)
        assert runner.invoke(args=["import-practices", str(path)]).exit_code == 0
        yield traveller


def cohort(runner, tmp_path, rows, *options, name="cohort.csv"):
    """Exit code and JSON report of ``import-cohort FILE --json OPTIONS``."""
    path = write_csv(tmp_path / name, rows)
    db.session.commit()  # on SQLite even the test's reads hold the lock the import needs
    result = runner.invoke(args=["import-cohort", str(path), "--json", *options])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, json.loads(result.stdout), result.stderr


def _child(i: int) -> Child:
    db.session.expire_all()
    return db.session.scalar(select(Child).where(Child.nhs_number == NUMBERS[i]))


def _made(number: int) -> set[str]:
    db.session.expire_all()
    return set(db.session.scalars(
        select(Household.family_name).join(Attempt, Attempt.household_id == Household.id)
        .where(Attempt.state == AttemptState.MADE, Attempt.number == number)))


def _count(model, *where) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def test_done_when_a_truncated_extract_changes_nothing_and_the_real_one_stops_two(
        runner, tmp_path, monday):
    ten = [family(i) for i in range(10)]
    assert cohort(runner, tmp_path, ten)[0] == 0
    tick(MONDAY)
    assert _made(1) == {f"Family{i}" for i in range(10)}

    code, report, stderr = cohort(runner, tmp_path, ten[:2], "--full", name="cut.csv")
    assert code == 2 and report["large_drop"] == {"N80000": {"open": 10, "no_longer_due": 8}}
    assert "8 of 10 open children" in stderr and "Nothing was changed" in stderr
    assert _count(Child, Child.no_longer_due_at.is_not(None)) == 0
    assert _count(Attempt, Attempt.state == AttemptState.SCHEDULED) == 10

    code, report, _ = cohort(runner, tmp_path, ten[:8], "--full", name="real.csv")
    assert code == 0 and report["no_longer_due"] == 2
    assert report["full_extract"]["practices"] == {"N80000": {"open": 10, "no_longer_due": 2}}
    stopped = db.session.scalars(select(Attempt.cancel_reason).where(
        Attempt.state == AttemptState.CANCELLED)).all()
    assert stopped == [REASON, REASON]

    second_due = MONDAY + timedelta(days=8)
    monday.move_to(second_due)
    tick(second_due)
    assert _made(2) == {f"Family{i}" for i in range(8)}

    db.session.commit()
    counts = json.loads(runner.invoke(args=["report", "--json"]).stdout)
    assert counts["total"]["no_longer_due"] == 2
    assert counts["practices"]["N80000"]["no_longer_due"] == 2


def test_a_full_extract_naming_a_practice_with_no_children_yet(runner, tmp_path, monday):
    assert cohort(runner, tmp_path, [family(0)])[0] == 0            # N80000's child
    code, report, _ = cohort(runner, tmp_path, [family(1, practice_ods_code="F80001")],
                             "--full", name="f.csv")
    assert code == 0 and report["imported"] == 1 and report["no_longer_due"] == 0
    assert report["full_extract"]["practices"] == {"F80001": {"open": 0, "no_longer_due": 0}}
    assert _child(0).no_longer_due_at is None                       # N80000 was not named


def test_two_practices_in_one_file_complete_only_for_the_one_named(runner, tmp_path, monday):
    rows = [family(0), family(1), family(2, practice_ods_code="F80001"),
            family(3, practice_ods_code="F80001")]
    assert cohort(runner, tmp_path, rows)[0] == 0
    code, report, _ = cohort(runner, tmp_path, [family(0), family(2, practice_ods_code="F80001")],
                             "--full", "--practice", "N80000", "--allow-large-drop",
                             name="n.csv")
    assert code == 0 and report["no_longer_due"] == 1
    assert _child(1).no_longer_due_reason == REASON
    assert _child(3).no_longer_due_at is None                       # F80001's list is partial


def test_an_unknown_practice_named_as_complete_is_refused(runner, tmp_path, monday):
    code, report, _ = cohort(runner, tmp_path, [family(0)], "--full", "--practice", "Y99999")
    assert code == 2 and "Y99999 is not known" in report["error"]
    assert _count(Child) == 0


def test_a_child_moving_practice_between_extracts_is_not_dropped(runner, tmp_path, monday):
    assert cohort(runner, tmp_path, [family(0), family(1), family(2), family(3)])[0] == 0
    moved = family(0, practice_ods_code="F80001")
    code, report, _ = cohort(runner, tmp_path, [moved, family(1), family(2), family(3)],
                             "--full", name="moved.csv")
    assert code == 0 and report["no_longer_due"] == 0 and report["updated"] == 1
    assert _child(0).no_longer_due_at is None and _child(0).practice.ods_code == "F80001"


def test_the_same_file_twice_changes_nothing_the_second_time(runner, tmp_path, monday):
    assert cohort(runner, tmp_path, [family(i) for i in range(5)])[0] == 0
    rows = [family(i) for i in range(4)]
    first = cohort(runner, tmp_path, rows, "--full", name="x.csv")[1]
    assert first["no_longer_due"] == 1
    before = (_count(AuditEvent, AuditEvent.action != "import.cohort"), _count(Task),
              _count(Attempt))
    code, again, _ = cohort(runner, tmp_path, rows, "--full", name="x.csv")
    assert code == 0 and again["no_longer_due"] == 0
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 4)
    assert (_count(AuditEvent, AuditEvent.action != "import.cohort"), _count(Task),
            _count(Attempt)) == before


def test_a_family_with_a_coordinator_keeps_the_hold_and_the_coordinator_is_told(
        runner, tmp_path, monday):
    assert cohort(runner, tmp_path, [family(i) for i in range(4)])[0] == 0
    coordinator = factories.user()
    household = _child(3).household
    household.held_by_id, household.held_since = coordinator.id, MONDAY
    household.status = HouseholdStatus.WITH_COORDINATOR
    db.session.commit()
    code, report, _ = cohort(runner, tmp_path, [family(i) for i in range(3)], "--full",
                             name="x.csv")
    assert code == 0 and report["full_extract"]["with_a_coordinator"] == 1
    db.session.expire_all()
    assert household.held_by_id == coordinator.id
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    task = db.session.scalar(select(Task).where(Task.household_id == household.id))
    assert task.assigned_to_id == coordinator.id and REASON in task.summary
    assert "stays so" in task.summary


def test_a_booking_is_kept_for_the_practice_to_check_and_not_reminded(
        runner, tmp_path, monday):
    assert cohort(runner, tmp_path, [family(i) for i in range(4)])[0] == 0
    child = _child(3)
    slot = factories.slot(child.practice, MONDAY + timedelta(days=3))
    db.session.add(Booking(slot_id=slot.id, child_id=child.id, household_id=child.household_id,
                           booked_via="sms", booked_at=MONDAY))
    child.household.status = HouseholdStatus.BOOKED
    db.session.commit()
    code, report, _ = cohort(runner, tmp_path, [family(i) for i in range(3)], "--full",
                             name="x.csv")
    assert code == 0 and report["full_extract"]["bookings_to_check"] == 1
    assert _count(Booking, Booking.status == BookingStatus.BOOKED) == 1
    task = db.session.scalar(select(Task).where(Task.kind == TaskKind.DATA_CHECK))
    assert "appointment" in task.summary and "check before the day" in task.summary
    assert _child(3).household.status is HouseholdStatus.COMPLETED
    reminder_time = local(2026, 11, 25, 10, 0)
    monday.move_to(reminder_time)
    db.session.commit()
    assert aftercare.send_reminders(reminder_time)["reminders_sent"] == 0
    assert _count(Slot) == 1


def test_a_shrinking_list_and_a_dropped_sibling_leave_only_what_is_still_due(
        runner, tmp_path, monday):
    sibling = family(1, family_name="Family0", mobile="07700 900100", given_name="Noah")
    rows = [family(0, missing_vaccines="MMR1;PCV booster"), sibling,
            *(family(i) for i in range(2, 6))]
    assert cohort(runner, tmp_path, rows)[0] == 0
    code, report, _ = cohort(runner, tmp_path, [family(0, missing_vaccines="MMR1"),
                                                *rows[2:]], "--full", name="x.csv")
    assert code == 0 and report["no_longer_due"] == 1
    assert _child(0).household.status is HouseholdStatus.ACTIVE
    tick(MONDAY)
    body = db.session.scalar(select(Message.body).join(Household).where(
        Household.family_name == "Family0", Message.direction == Direction.OUTBOUND))
    assert "MMR1" in body and "PCV" not in body and "Noah" not in body


def test_a_child_back_in_a_later_extract_is_due_again(runner, tmp_path, monday):
    rows = [family(i) for i in range(4)]
    assert cohort(runner, tmp_path, rows)[0] == 0
    tick(MONDAY)
    assert cohort(runner, tmp_path, rows[:3], "--full", name="x.csv")[1]["no_longer_due"] == 1
    household = _child(3).household
    assert household.status is HouseholdStatus.COMPLETED and household.status_reason == REASON
    code, report, _ = cohort(runner, tmp_path, rows, "--full", name="y.csv")
    assert code == 0 and report["due_again"] == 1 and report["households_resumed"] == 1
    db.session.expire_all()
    assert _child(3).no_longer_due_at is None
    assert household.status is HouseholdStatus.ACTIVE
    again = db.session.scalar(select(Attempt).where(Attempt.household_id == household.id,
                                                    Attempt.state == AttemptState.SCHEDULED))
    assert again is not None and again.number == 2
    actions = db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.household_id == household.id).order_by(AuditEvent.id)).all()
    assert "child.no_longer_due" in actions and "child.due_again" in actions
    db.session.commit()
    report_now = json.loads(runner.invoke(args=["report", "--json"]).stdout)
    assert report_now["total"]["no_longer_due"] == 0


def test_a_dry_run_says_what_would_change_and_changes_nothing(runner, tmp_path, monday):
    assert cohort(runner, tmp_path, [family(i) for i in range(5)])[0] == 0
    code, report, stderr = cohort(runner, tmp_path, [family(i) for i in range(4)] + [family(6)],
                                  "--full", "--dry-run", name="x.csv")
    assert code == 0 and report["no_longer_due"] == 1 and report["imported"] == 1
    assert "Dry run" in stderr
    assert _count(Child) == 5 and _count(Child, Child.no_longer_due_at.is_not(None)) == 0


def test_the_recheck_before_an_attempt_says_why_it_stops(runner, tmp_path, monday):
    assert cohort(runner, tmp_path, [family(i) for i in range(4)])[0] == 0
    assert cohort(runner, tmp_path, [family(i) for i in range(3)], "--full",
                  name="x.csv")[0] == 0
    household = _child(3).household
    late = Attempt(household_id=household.id, number=1, means="sms",
                   state=AttemptState.SCHEDULED, due_at=MONDAY)
    db.session.add(late)
    db.session.commit()
    tick(MONDAY)
    db.session.expire_all()
    assert late.state is AttemptState.CANCELLED and late.cancel_reason == REASON
