"""Siblings registered at two practices: one family, each child booked at its own practice."""

from __future__ import annotations

from datetime import date

from assistant.booking import book as booking
from assistant.booking.offers import make_offer
from assistant.db import db
from tests import factories
from tests.booking.helpers import NOW, agreed, slot_at


def test_each_sibling_is_offered_and_booked_at_their_own_practice(app):
    a = factories.practice("A80001")
    b = factories.practice("B80002")
    family = agreed(factories.household(a, children=1))
    sol = factories.child(family, given_name="Sol", practice_id=b.id,
                          date_of_birth=date(2024, 6, 1))
    db.session.refresh(family)
    at_a = [slot_at(a, "2026-11-18T09:00"), slot_at(a, "2026-11-19T09:00")]
    at_b = [slot_at(b, "2026-11-19T14:00"), slot_at(b, "2026-11-18T15:00")]
    offer = make_offer(db.session, family, NOW)
    db.session.commit()
    assert offer is not None and len(offer.options) == 2
    # Each option: Ava's slot at A, Sol's at B, on the same day where there is one.
    assert offer.options[0] == [at_a[0].id, at_b[1].id]
    assert offer.options[1] == [at_a[1].id, at_b[0].id]
    result = booking.book_option(db.engine, offer.id, 1, NOW, "sms")
    assert result.status == "booked"
    placed = {bk.child_id: bk.slot.practice_id for bk in result.bookings}
    assert placed == {family.children[0].id: a.id, sol.id: b.id}


def test_no_slot_at_one_sibling_practice_means_no_offer(app):
    a = factories.practice("A80001")
    b = factories.practice("B80002")
    family = agreed(factories.household(a, children=1))
    factories.child(family, given_name="Sol", practice_id=b.id)
    db.session.refresh(family)
    slot_at(a, "2026-11-18T09:00")
    slot_at(a, "2026-11-18T09:15")  # adjacent at A, but Sol is not A's to see
    assert make_offer(db.session, family, NOW) is None


def test_a_slot_at_the_other_practice_cannot_be_booked_for_a_child(app):
    a = factories.practice("A80001")
    b = factories.practice("B80002")
    family = agreed(factories.household(a, children=1))
    slot_at(a, "2026-11-18T09:00")
    offer = make_offer(db.session, family, NOW)
    wrong = slot_at(b, "2026-11-18T10:00")
    offer.options = [[wrong.id]]
    db.session.commit()
    assert booking.book_option(db.engine, offer.id, 1, NOW, "sms").status == "invalid"
