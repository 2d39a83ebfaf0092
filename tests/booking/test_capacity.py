"""Capacity (pathway §6): slots kept for families until the release time, invitations
paced to the slots a practice has."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from assistant.attempts.schedule import schedule_new_households
from assistant.booking import book as booking
from assistant.booking import capacity
from assistant.booking.offers import offer_or_hand_over
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    Booking,
    BookingStatus,
    Direction,
    Message,
    Slot,
    Task,
    TaskKind,
)
from assistant.worker import run_due_work
from tests import factories
from tests.booking.helpers import agreed, at, slot_at

MONDAY = at("2026-11-23T09:00")
WEEK_OF_SLOTS = ["2026-11-24T09:00", "2026-11-24T10:00", "2026-11-25T09:00",
                 "2026-11-25T10:00", "2026-11-26T09:00", "2026-11-26T10:00",
                 "2026-11-27T09:00", "2026-11-27T10:00", "2026-11-27T11:00"]


def test_nine_slots_and_eleven_agreeing_books_nine_and_tells_the_other_two(app):
    practice = factories.practice()
    for local in WEEK_OF_SLOTS:
        slot_at(practice, local)
    families = [agreed(factories.household(practice, family_name=f"Family{i}",
                                           mobile=f"+4477009001{i:02d}")) for i in range(11)]
    db.session.commit()
    # The first tick of Monday keeps Tuesday's and Wednesday's slots for families.
    run_due_work(MONDAY + timedelta(minutes=1))
    assert db.session.scalar(select(func.count()).where(Slot.released_at.is_not(None))) == 0
    told = []
    for n, family in enumerate(families):
        now = MONDAY + timedelta(minutes=10 + 20 * n)  # agreeing through the morning
        offer, text = offer_or_hand_over(db.session, family, now)
        db.session.commit()
        if offer is None:
            told.append(text)
            continue
        assert booking.book_option(db.engine, offer.id, 1, now, "sms").booked
    booked = db.session.scalar(select(func.count()).where(
        Booking.status == BookingStatus.BOOKED))
    assert booked == 9
    assert len(told) == 2 and all("call" in t.lower() for t in told)
    assert db.session.scalar(select(func.count()).where(
        Task.kind == TaskKind.BOOK_BY_HAND)) == 2


def _invite_due(now) -> int:
    """The sender, faked: every first attempt due now is made."""
    made = db.session.execute(update(Attempt).where(
        Attempt.number == 1, Attempt.state == AttemptState.SCHEDULED,
        Attempt.due_at <= now).values(state=AttemptState.MADE, made_at=now)).rowcount
    db.session.commit()
    return made


def test_a_hundred_families_and_ten_slots_a_week_are_invited_in_waves(app):
    practice = factories.practice()
    for week in range(4):
        for local in [*WEEK_OF_SLOTS, "2026-11-27T12:00"]:
            factories.slot(practice, at(local) + timedelta(weeks=week), staff_name="Nurse A")
    for i in range(100):
        factories.household(practice, family_name=f"F{i}", mobile=f"+447700902{i:03d}")
    db.session.commit()
    schedule_new_households(MONDAY)
    waves = []
    day = MONDAY + timedelta(minutes=5)
    for _ in range(20):  # four working weeks
        capacity.pace_first_invitations(day)
        waves.append(_invite_due(day))
        day += timedelta(days=3 if day.weekday() == 4 else 1)
    # 10 slots at 30% agreeing: 33 families a week, on the Monday; nobody else meanwhile.
    assert waves[0] == 33 and waves[5] == 33 and waves[10] == 33 and waves[15] == 1
    assert sum(waves) == 100
    assert [w for i, w in enumerate(waves) if i % 5] == [0] * 16


def test_a_practice_without_protected_slots_is_not_paced(app):
    practice = factories.practice()
    for i in range(5):
        factories.household(practice, family_name=f"F{i}", mobile=f"+447700903{i:03d}")
    db.session.commit()
    schedule_new_households(MONDAY)
    assert capacity.pace_first_invitations(MONDAY + timedelta(minutes=5)) == {
        "invitations_paced": 0}
    assert _invite_due(MONDAY + timedelta(minutes=5)) == 5


def test_the_practice_own_agree_rate_is_used_once_enough_have_answered(app):
    practice = factories.practice()
    families = [factories.household(practice, family_name=f"F{i}", mobile=f"+447700904{i:03d}")
                for i in range(40)]
    long_ago = MONDAY - timedelta(days=10)
    for n, family in enumerate(families):
        db.session.add(Attempt(household_id=family.id, number=1, means="sms",
                               state=AttemptState.MADE, due_at=long_ago, made_at=long_ago))
        if n < 20:  # half replied; 10 of them said yes
            db.session.add(Message(household_id=family.id, direction=Direction.INBOUND,
                                   channel="sms", body="reply", handled_at=long_ago))
        if n < 10:
            agreed(family)
    db.session.commit()
    assert capacity.agree_rate(db.session, practice.id, MONDAY) == 0.25  # 10 of 40 invited
    assert capacity.agree_rate(db.session, practice.id, long_ago) == capacity.DEFAULT_AGREE_RATE
