"""A family exception reported (a stop) who later tells the coordinator they want the
vaccines: the holder's "agreed" books them, the exception report withdrawn and audited in
the same commit (``interfaces.md`` §5 has no code reversing it, so the earlier code stays).
A booking that fails withdraws nothing; a family closed for another reason gets a clear
sentence, never the generic one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from assistant.conversation import handover
from assistant.db import db
from assistant.models import (
    AuditEvent,
    Booking,
    BookingStatus,
    Child,
    CodedEvent,
    HouseholdStatus,
    Task,
    TaskKind,
)
from assistant.records import codes
from tests import factories
from tests.booking.helpers import NOW, slot_at
from tests.console.action_helpers import fresh, signed_in


@pytest.fixture
def slots(held):
    made = {name: slot_at(held.practice, local) for name, local in (
        ("wed_10", "2026-11-18T10:00"), ("wed_1015", "2026-11-18T10:15"),
        ("next_week", "2026-11-25T11:00"))}
    db.session.commit()
    return made


@pytest.fixture
def refused_then_held(held):
    """The family's refusal confirmed and exception reported (183948000, the hold released),
    then the coordinator takes them over again when they call back."""
    household = fresh(held.household)  # the hold as the database has it
    handover.exception_report(
        db.session, household, NOW, event=codes.Event.REFUSED,
        free_text="Refused by text, confirmed", evidence="No thanks, we don't want them",
        evidence_at=NOW, via="sms")
    db.session.commit()
    assert fresh(held.household).held_by_id is None
    handover.take_over(db.session, held.household.id, held.holder, NOW)
    db.session.commit()
    return held


def _agree(client, held, *slot_ids):
    token = signed_in(client)
    return client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "agreed", "slot_id": [str(i) for i in slot_ids]})


def _booked() -> list[Booking]:
    return list(db.session.scalars(select(Booking).where(
        Booking.status == BookingStatus.BOOKED)))


def _audits(action: str) -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_the_page_says_agreeing_withdraws_the_exception_report(client, refused_then_held):
    signed_in(client)
    page = client.get(refused_then_held.url).get_data(as_text=True)
    assert "This family was exception reported" in page


def test_a_family_who_changed_their_mind_is_booked_and_the_withdrawal_audited(
        client, refused_then_held, slots):
    """Hazard H185: a family who changed their mind after a stop could not be booked (a
    misleading 400), or was booked with no record that the exception report was undone."""
    held = refused_then_held
    response = _agree(client, held, slots["wed_10"].id, slots["wed_1015"].id)
    assert response.status_code == 303 and response.headers["Location"].endswith(held.url)
    assert len(_booked()) == 2
    household = fresh(held.household)
    assert household.status is HouseholdStatus.BOOKED and household.held_by_id is None
    [withdrawn] = _audits("household.exception_withdrawn")
    assert withdrawn.household_id == household.id
    assert withdrawn.detail["codes"] == ["183948000"]
    assert withdrawn.detail["reversal_code"] is None  # the spec has none
    assert withdrawn.actor == f"user:{held.holder.id}"
    # The earlier exception codes are kept (no code reverses them), never deleted.
    kept = set(db.session.scalars(select(CodedEvent.snomed_code)))
    assert "183948000" in kept
    page = client.get(held.url).get_data(as_text=True)
    assert "exception report is withdrawn" in page
    assert "Exception report withdrawn" in page  # on the timeline, in words


def _checks() -> list[Task]:
    return list(db.session.scalars(select(Task).where(Task.kind == TaskKind.DATA_CHECK)
                                   .order_by(Task.practice_id)))


def test_the_practice_is_asked_to_check_the_record_when_the_report_is_withdrawn(
        client, refused_then_held, slots):
    """No code reverses an exception report, so the practice is asked to check the GP record
    (H185): one task, naming the children, the code and the day it was recorded."""
    held = refused_then_held
    assert _agree(client, held, slots["wed_10"].id, slots["wed_1015"].id).status_code == 303
    [task] = _checks()
    names = sorted(db.session.scalars(select(Child.given_name).where(
        Child.household_id == held.household.id)))
    assert task.practice_id == held.practice.id and task.household_id == held.household.id
    assert all(f"{name} (183948000, " in task.summary for name in names)
    assert "check the child's GP record" in task.summary


def test_a_sibling_at_another_practice_is_checked_there_and_named_only_there(client, held,
                                                                             slots):
    other = factories.practice("Y99999", name="Elsewhere")
    db.session.commit()
    children = sorted(fresh(held.household).children, key=lambda c: c.id)
    children[1].practice_id = other.id
    sibling = children[1].given_name = "Zebedee"
    db.session.commit()
    household = fresh(held.household)
    handover.exception_report(
        db.session, household, NOW, event=codes.Event.REFUSED, free_text="Refused by text",
        evidence="No thanks", evidence_at=NOW, via="sms")
    db.session.commit()
    handover.take_over(db.session, held.household.id, held.holder, NOW)
    db.session.commit()
    handover.withdraw_exception_report(db.session, fresh(held.household), held.holder, NOW)
    db.session.commit()
    here, there = _checks()
    assert {here.practice_id, there.practice_id} == {held.practice.id, other.id}
    if here.practice_id == other.id:
        here, there = there, here
    assert sibling not in here.summary and children[0].given_name in here.summary
    assert sibling in there.summary and children[0].given_name not in there.summary


def test_a_booking_that_fails_withdraws_nothing(client, refused_then_held, slots):
    held = refused_then_held
    response = _agree(client, held, slots["next_week"].id, slots["wed_10"].id)
    assert response.status_code == 400
    assert "within the next seven days" in response.get_data(as_text=True)
    household = fresh(held.household)
    assert household.status is HouseholdStatus.REFUSED
    assert household.held_by_id == held.holder.id
    assert _booked() == [] and _audits("household.exception_withdrawn") == []


@pytest.mark.parametrize("status", [HouseholdStatus.MOVED_AWAY, HouseholdStatus.UNREACHABLE])
def test_a_family_closed_for_another_reason_gets_a_clear_sentence(client, held, slots,
                                                                   status):
    held.household.status = status
    db.session.commit()
    response = _agree(client, held, slots["wed_10"].id, slots["wed_1015"].id)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "this family&#39;s record is closed" in body or "this family's record is closed" in body
    assert "Choose one time for each child" not in body
    assert _booked() == []
