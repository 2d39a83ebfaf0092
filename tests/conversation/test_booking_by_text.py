"""Issue 5 end to end by text: "yes" through the signed hook, a pick, a booking."""

from __future__ import annotations

import uuid
from datetime import timedelta

import time_machine
from sqlalchemy import select

from assistant import clock
from assistant.db import db
from assistant.models import Booking, BookingStatus, HouseholdStatus, Slot, Task, TaskKind
from tests import factories
from tests.attempts.helpers import local
from tests.channels.conftest import OURS, post_signed, xml

MONDAY = local(2027, 1, 11, 10, 0)


def text(client, number: str, body: str) -> str:
    response = post_signed(client, "/twilio/sms", {
        "MessageSid": "SM" + uuid.uuid4().hex, "From": number, "To": OURS, "Body": body,
        "NumMedia": "0"})
    assert response.status_code == 200
    return "".join(m.text or "" for m in xml(response).iter("Message"))


def test_families_agreeing_by_text_are_booked_into_distinct_slots_within_a_week(app, client):
    with time_machine.travel(MONDAY, tick=False):
        practice = factories.practice()
        far_away = factories.practice("F80001", name="Lodge Lane", contact_name="Sarah Khan")
        one = factories.household(practice, mobile="+447700900301", family_name="One")
        twins = factories.household(practice, mobile="+447700900302", family_name="Two",
                                    children=2)
        late = factories.household(far_away, mobile="+447700900303", family_name="Late")
        for day, hours in ((13, (9, 10, 11)), (14, (9,))):
            for hour in hours:
                for quarter in (0, 15):
                    factories.slot(practice, local(2027, 1, day, hour, quarter),
                                   duration_minutes=15, staff_name="Nurse")
        factories.slot(far_away, MONDAY + timedelta(days=12))  # outside the week
        db.session.commit()

        offer = text(client, "+447700900301", "Yes please, book her in")
        assert "reply 1" in offer.lower()
        confirmed = text(client, "+447700900301", "2 please")
        assert "booked" in confirmed.lower()

        siblings = text(client, "+447700900302", "yes, both of them please")
        assert "1" in siblings
        text(client, "+447700900302", "1")

        told = text(client, "+447700900303", "yes please")
        assert "call" in told.lower()

    db.session.expire_all()
    bookings = db.session.scalars(select(Booking).where(
        Booking.status == BookingStatus.BOOKED)).all()
    slots = {b.id: db.session.get(Slot, b.slot_id) for b in bookings}
    assert len({b.slot_id for b in bookings}) == len(bookings) == 3, "one slot per child"
    for slot in slots.values():
        assert MONDAY < slot.start_at <= MONDAY + timedelta(days=7)
    pair = sorted((slots[b.id] for b in bookings if b.household_id == twins.id),
                  key=lambda s: s.start_at)
    assert len(pair) == 2 and pair[0].end_at == pair[1].start_at, "siblings side by side"
    for household in (one, twins):
        assert db.session.get(type(household), household.id).status is HouseholdStatus.BOOKED
    task = db.session.scalar(select(Task).where(Task.household_id == late.id))
    assert task.kind is TaskKind.BOOK_BY_HAND and "Sarah Khan" in task.summary
    assert clock.local(pair[0].start_at).hour >= 9, "inside the practice's day"


def test_a_family_handed_over_while_choosing_is_left_no_open_offer(app, client):
    from assistant.models import AuditEvent, Offer, OfferStatus

    with time_machine.travel(MONDAY, tick=False):
        practice = factories.practice()
        household = factories.household(practice, mobile="+447700900311")
        for hour in (9, 10):
            factories.slot(practice, local(2027, 1, 13, hour, 0))
        db.session.commit()
        assert "reply 1" in text(client, "+447700900311", "yes please").lower()
        text(client, "+447700900311", "actually I'm worried, is it safe for her?")

    db.session.expire_all()
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    offers = db.session.scalars(select(Offer).where(Offer.household_id == household.id)).all()
    assert offers and {o.status for o in offers} == {OfferStatus.CANCELLED}
    moves = db.session.scalars(select(AuditEvent).where(
        AuditEvent.household_id == household.id, AuditEvent.action == "household.status")).all()
    assert moves[-1].detail["new"] == HouseholdStatus.WITH_COORDINATOR.value


def test_a_pick_of_a_slot_just_taken_is_answered_with_options_the_next_pick_books(app, client):
    with time_machine.travel(MONDAY, tick=False):
        practice = factories.practice()
        factories.household(practice, mobile="+447700900311", family_name="Quick")
        factories.household(practice, mobile="+447700900312", family_name="Slow")
        for day in (13, 14):
            factories.slot(practice, local(2027, 1, day, 9, 0), duration_minutes=15,
                           staff_name="Nurse")
        db.session.commit()

        text(client, "+447700900311", "yes please")
        text(client, "+447700900312", "yes please")
        assert "booked" in text(client, "+447700900311", "1").lower()
        fresh = text(client, "+447700900312", "1")
        assert "just been taken" in fresh.lower()
        # The fresh options are an offer like any other: a number picks from them.
        assert "booked" in text(client, "+447700900312", "1").lower()

    db.session.expire_all()
    booked = db.session.scalars(select(Booking).where(
        Booking.status == BookingStatus.BOOKED)).all()
    assert len(booked) == 2 and len({b.slot_id for b in booked}) == 2
