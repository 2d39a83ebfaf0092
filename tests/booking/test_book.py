"""Booking a pick: one short transaction, never twice, only for families who may be booked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from assistant.booking import book as booking
from assistant.booking.offers import make_offer
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    Booking,
    BookingStatus,
    HouseholdStatus,
    Means,
    Offer,
    OfferStatus,
    Task,
    TaskKind,
)
from tests import factories
from tests.booking.helpers import NOW, agreed, slot_at


def _offer_for(practice, household, *locals_):
    for local in locals_:
        slot_at(practice, local)
    offer = make_offer(db.session, household, NOW)
    db.session.commit()
    return offer


def test_picking_an_option_books_it_and_confirms(app):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    db.session.add(Attempt(household_id=h.id, number=2, means=Means.CALL, due_at=NOW))
    offer = _offer_for(practice, h, "2026-11-18T09:00", "2026-11-19T13:30")
    result = booking.book_option(db.engine, offer.id, 2, NOW, "sms")
    assert result.status == "booked"
    assert "Booked: Ava" in result.text and "Thu 19 Nov 13:30" in result.text
    db.session.expire_all()
    b = db.session.scalar(select(Booking))
    assert b.child_id == h.children[0].id and b.booked_via == "sms"
    assert db.session.get(type(h), h.id).status is HouseholdStatus.BOOKED
    assert db.session.get(Offer, offer.id).status is OfferStatus.BOOKED
    attempt = db.session.scalar(select(Attempt))
    assert attempt.state is AttemptState.CANCELLED and "booked" in attempt.cancel_reason
    assert db.session.scalar(select(AuditEvent.action).where(AuditEvent.action == "booked"))


def test_siblings_are_booked_into_adjacent_slots(app):
    practice = factories.practice()
    h = agreed(factories.household(practice, children=2))
    offer = _offer_for(practice, h, "2026-11-18T09:00", "2026-11-18T09:15", "2026-11-18T11:00")
    assert offer.options == [[offer.options[0][0], offer.options[0][0] + 1]]
    result = booking.book_option(db.engine, offer.id, 1, NOW, "sms")
    assert result.status == "booked"
    starts = sorted((b.slot.start_at, b.child.given_name) for b in result.bookings)
    assert [name for _, name in starts] == ["Ava", "Ben"]
    assert starts[1][0] - starts[0][0] == timedelta(minutes=15)
    assert "Ava 9:00, Ben 9:15" in result.text


def test_a_slot_just_taken_gets_fresh_options(app):
    practice = factories.practice()
    first = agreed(factories.household(practice, mobile="+447700900001"))
    second = agreed(factories.household(practice, mobile="+447700900002", family_name="Khan"))
    slot_at(practice, "2026-11-18T09:00")
    slot_at(practice, "2026-11-19T09:00")
    offer_a = make_offer(db.session, first, NOW)
    offer_b = make_offer(db.session, second, NOW)
    db.session.commit()
    assert booking.book_option(db.engine, offer_a.id, 1, NOW, "sms").booked
    result = booking.book_option(db.engine, offer_b.id, 1, NOW, "sms")
    assert result.status == "taken"
    assert result.text.startswith("Sorry, that time has just been taken.")
    assert result.offer is not None and len(result.offer.options) == 1
    assert "Thu 19 Nov 9:00" in result.text


def test_the_last_slot_taken_hands_the_family_to_the_practice(app):
    practice = factories.practice()
    first = agreed(factories.household(practice, mobile="+447700900001"))
    second = agreed(factories.household(practice, mobile="+447700900002", family_name="Khan"))
    slot_at(practice, "2026-11-18T09:00")
    offer_a, offer_b = make_offer(db.session, first, NOW), make_offer(db.session, second, NOW)
    db.session.commit()
    booking.book_option(db.engine, offer_a.id, 1, NOW, "sms")
    result = booking.book_option(db.engine, offer_b.id, 1, NOW, "sms")
    assert result.status == "taken" and result.offer is None
    assert "will call you" in result.text
    assert db.session.scalar(select(Task.kind)) is TaskKind.BOOK_BY_HAND


def test_a_pick_after_the_offer_expired_books_nothing(app):
    practice = factories.practice()
    offer = _offer_for(practice, agreed(factories.household(practice)), "2026-11-20T09:00")
    result = booking.book_option(db.engine, offer.id, 1, NOW + timedelta(hours=25), "sms")
    assert result.status == "expired"
    assert db.session.scalar(select(func.count(Booking.id))) == 0


def test_option_four_of_three_books_nothing(app):
    practice = factories.practice()
    offer = _offer_for(practice, agreed(factories.household(practice)),
                       "2026-11-18T09:00", "2026-11-19T09:00", "2026-11-20T09:00")
    assert len(offer.options) == 3
    assert booking.book_option(db.engine, offer.id, 4, NOW, "sms").status == "invalid"
    assert db.session.scalar(select(func.count(Booking.id))) == 0


@pytest.mark.parametrize("change", ["refused", "with_coordinator", "held", "unreachable"])
def test_a_household_that_refused_or_was_handed_over_is_not_booked(app, change):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    offer = _offer_for(practice, h, "2026-11-18T09:00")
    if change == "held":
        h.held_by_id = factories.user().id
    else:
        h.status = HouseholdStatus(change)
    db.session.commit()
    result = booking.book_option(db.engine, offer.id, 1, NOW, "sms")
    assert result.status == "not_allowed"
    assert db.session.scalar(select(func.count(Booking.id))) == 0
    db.session.expire_all()
    assert db.session.get(type(h), h.id).status is not HouseholdStatus.BOOKED


def test_a_second_pick_by_the_same_family_does_not_book_twice(app):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    slot_at(practice, "2026-11-18T09:00")
    slot_at(practice, "2026-11-19T09:00")
    one, two = make_offer(db.session, h, NOW, "sms"), make_offer(db.session, h, NOW, "web")
    db.session.commit()
    assert booking.book_option(db.engine, one.id, 1, NOW, "sms").booked
    again = booking.book_option(db.engine, one.id, 1, NOW, "sms")
    other = booking.book_option(db.engine, two.id, 2, NOW, "web")
    assert again.status == other.status == "already_booked"
    assert db.session.scalar(select(func.count(Booking.id))) == 1


def test_a_child_can_never_hold_two_booked_bookings(app):
    practice = factories.practice()
    h = factories.household(practice)
    a, b = slot_at(practice, "2026-11-18T09:00"), slot_at(practice, "2026-11-19T09:00")
    child = h.children[0]
    db.session.commit()
    row = {"child_id": child.id, "household_id": h.id, "booked_via": "staff",
           "booked_at": NOW, "status": "booked", "created_at": NOW, "updated_at": NOW}
    db.session.execute(insert(Booking).values(slot_id=a.id, **row))
    db.session.commit()
    with pytest.raises(IntegrityError):
        db.session.execute(insert(Booking).values(slot_id=b.id, **row))
        db.session.commit()
    db.session.rollback()
    # Once the first is attended, the child may be booked again (e.g. the next dose).
    db.session.get(Booking, 1).status = BookingStatus.ATTENDED
    db.session.execute(insert(Booking).values(slot_id=b.id, **row))
    db.session.commit()


def test_the_database_index_wins_a_race_the_check_missed(app, monkeypatch):
    """Even if the Python check is fooled, the partial unique index keeps the slot to one."""
    practice = factories.practice()
    first = agreed(factories.household(practice, mobile="+447700900001"))
    second = agreed(factories.household(practice, mobile="+447700900002", family_name="Khan"))
    slot_at(practice, "2026-11-18T09:00")
    offer_a, offer_b = make_offer(db.session, first, NOW), make_offer(db.session, second, NOW)
    db.session.commit()
    monkeypatch.setattr(booking, "_slot_is_free", lambda *args: True)
    assert booking.book_option(db.engine, offer_a.id, 1, NOW, "sms").booked
    result = booking.book_option(db.engine, offer_b.id, 1, NOW, "sms")
    assert result.status == "taken"
    assert db.session.scalar(select(func.count(Booking.id))) == 1
    db.session.expire_all()
    assert db.session.get(type(second), second.id).status is HouseholdStatus.AGREED


def test_a_move_swaps_the_old_slot_for_the_new_in_one_go(app):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    offer = _offer_for(practice, h, "2026-11-18T09:00", "2026-11-19T09:00")
    booking.book_option(db.engine, offer.id, 1, NOW, "sms")
    move = make_offer(db.session, h, NOW, "sms", is_move=True)
    db.session.commit()
    assert len(move.options) == 1  # the booked slot is no longer free
    result = booking.book_option(db.engine, move.id, 1, NOW, "sms")
    assert result.status == "booked"
    statuses = dict(db.session.execute(select(Booking.slot_id, Booking.status)).all())
    assert sorted(statuses.values()) == [BookingStatus.BOOKED, BookingStatus.CANCELLED]
