"""Right before each attempt the household is checked again (pathway.md §2)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import (
    AttemptState,
    Booking,
    BookingStatus,
    Direction,
    HouseholdStatus,
    Means,
    Message,
    Task,
    TaskKind,
)
from tests import factories
from tests.attempts.helpers import attempts_of, local, schedule, tick

MONDAY = local(2026, 11, 23, 10, 0)


def _scheduled_household(**options):
    household = factories.household(**options)
    schedule(household, now=MONDAY)
    return household


def _only_cancelled(household):
    [attempt] = attempts_of(household)
    assert attempt.state is AttemptState.CANCELLED
    return attempt


def test_a_reply_since_the_attempt_was_scheduled_cancels_it(app, fake_channel):
    with time_machine.travel(MONDAY, tick=False) as traveller:
        household = _scheduled_household()
        traveller.shift(timedelta(minutes=5))
        db.session.add(Message(household_id=household.id, direction=Direction.INBOUND,
                               channel="sms", body="who is this?", label=None))
        db.session.commit()
        tick(MONDAY + timedelta(minutes=10))
    assert "the family replied" in _only_cancelled(household).cancel_reason
    assert fake_channel.sent == []


def test_a_wrong_number_reply_does_not_stop_the_pathway(app, fake_channel):
    with time_machine.travel(MONDAY, tick=False) as traveller:
        household = _scheduled_household()
        traveller.shift(timedelta(minutes=5))
        db.session.add(Message(household_id=household.id, direction=Direction.INBOUND,
                               channel="sms", body="wrong number", label="wrong_number"))
        db.session.commit()
        tick(MONDAY + timedelta(minutes=10))
    assert attempts_of(household)[0].state is AttemptState.MADE


def test_a_coordinator_taking_over_cancels_the_attempt(app, fake_channel):
    with time_machine.travel(MONDAY, tick=False):
        household = _scheduled_household()
        coordinator = factories.user()
        household.held_by_id, household.held_since = coordinator.id, MONDAY
        db.session.commit()
        tick(MONDAY)
    assert _only_cancelled(household).cancel_reason == (
        "a coordinator has taken the household over")
    assert fake_channel.sent == []


def test_a_booking_cancels_the_attempt(app, fake_channel):
    with time_machine.travel(MONDAY, tick=False):
        household = _scheduled_household()
        slot = factories.slot(household.practice, MONDAY + timedelta(days=2))
        db.session.add(Booking(slot_id=slot.id, child_id=household.children[0].id,
                               household_id=household.id, status=BookingStatus.BOOKED,
                               booked_via="web", booked_at=MONDAY))
        db.session.commit()
        tick(MONDAY)
    assert _only_cancelled(household).cancel_reason == "the family has booked"


@pytest.mark.parametrize(("status", "reason"), [
    (HouseholdStatus.REFUSED, "the family refused"),
    (HouseholdStatus.MOVED_AWAY, "the family moved away"),
    (HouseholdStatus.WITH_COORDINATOR, "a coordinator has the conversation"),
])
def test_a_refusal_move_or_hand_over_cancels_the_attempt(app, fake_channel, status, reason):
    with time_machine.travel(MONDAY, tick=False):
        household = _scheduled_household()
        household.status = status
        db.session.commit()
        tick(MONDAY)
    assert _only_cancelled(household).cancel_reason == reason
    assert fake_channel.sent == []


def test_an_opt_out_of_texts_moves_the_attempt_to_a_call(app, fake_channel):
    with time_machine.travel(MONDAY, tick=False):
        household = _scheduled_household(mobile="+447700900201")
        household.phones[0].sms_opted_out_at = MONDAY
        db.session.commit()
        tick(MONDAY)
    first, second = attempts_of(household)[:2]
    assert first.state is AttemptState.CANCELLED and first.means is Means.SMS
    assert "a text no longer possible; switched to a call" in first.cancel_reason
    assert second.number == 1 and second.means is Means.CALL
    assert second.state is AttemptState.MADE
    assert [s.kind for s in fake_channel.sent] == ["call"]


def test_an_opt_out_of_everything_with_no_address_lists_the_family_to_cleanse(app, fake_channel):
    with time_machine.travel(MONDAY, tick=False):
        household = _scheduled_household(mobile="+447700900202", address=False)
        phone = household.phones[0]
        phone.sms_opted_out_at = phone.calls_opted_out_at = MONDAY
        db.session.commit()
        tick(MONDAY)
    assert "no other way to reach the family" in _only_cancelled(household).cancel_reason
    db.session.refresh(household)
    assert household.status is HouseholdStatus.UNCONTACTABLE
    assert db.session.scalar(select(Task.kind).where(Task.household_id == household.id)) is (
        TaskKind.CLEANSE_CONTACT)


def test_nothing_goes_out_at_night_or_at_the_weekend(app, fake_channel):
    friday_night = local(2026, 11, 27, 21, 0)
    with time_machine.travel(friday_night, tick=False) as traveller:
        household = factories.household()
        schedule(household, now=friday_night)
        for moment in (friday_night, local(2026, 11, 28, 10, 0), local(2026, 11, 30, 8, 59)):
            traveller.move_to(moment)
            tick(moment)
        assert fake_channel.sent == []
        traveller.move_to(local(2026, 11, 30, 9, 0))
        tick(local(2026, 11, 30, 9, 0))
    assert len(fake_channel.sent) == 1


def test_a_newly_imported_household_gets_its_first_attempt_at_the_next_tick(app, fake_channel):
    sunday = local(2026, 11, 22, 15, 0)
    with time_machine.travel(sunday, tick=False) as traveller:
        household = factories.household(mobile="+447700900203")
        unreachable = factories.household(household.practice, mobile=None, address=False,
                                          family_name="Nobody")
        db.session.commit()
        done = tick(sunday)
        assert done["attempts_scheduled"] == 1 and done["households_to_cleanse"] == 1
        [first] = attempts_of(household)
        assert first.number == 1 and first.due_at == local(2026, 11, 23, 9, 0)
        assert fake_channel.sent == []
        traveller.move_to(local(2026, 11, 23, 9, 0))
        done = tick(local(2026, 11, 23, 9, 0))
    assert done["texts_sent"] == 1 and "attempts_scheduled" not in done
    db.session.refresh(unreachable)
    assert unreachable.status is HouseholdStatus.UNCONTACTABLE
    assert attempts_of(unreachable) == []
