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


def test_the_confirmation_and_reminder_name_each_siblings_own_practice_and_day(app, channel):
    """A split family's text must not send Sol to Ava's practice on Ava's day (H160)."""
    from assistant.booking import aftercare
    from tests.booking.helpers import at

    a = factories.practice("A80001", name="Smithdown Road Medical Centre")
    b = factories.practice("B80002", name="Lodge Lane Surgery")
    family = agreed(factories.household(a, children=1))
    sol = factories.child(family, given_name="Sol", practice_id=b.id,
                          date_of_birth=date(2024, 6, 1))
    db.session.refresh(family)
    ava_slot, sol_slot = slot_at(a, "2026-11-19T09:00"), slot_at(b, "2026-11-20T14:00")
    offer = make_offer(db.session, family, NOW)
    offer.options = [[ava_slot.id, sol_slot.id]]  # days apart: each child's only free time
    db.session.commit()
    result = booking.book_option(db.engine, offer.id, 1, NOW, "sms")
    assert result.booked and sol.id in {bk.child_id for bk in result.bookings}
    assert result.text.startswith(
        "Booked: Ava at Smithdown Road Medical Centre on Thu 19 Nov 9:00; "
        "Sol at Lodge Lane Surgery on Fri 20 Nov 14:00.")
    assert aftercare.send_reminders(at("2026-11-18T09:00"))["reminders_sent"] == 1
    [reminder] = channel.texts
    assert "Ava at Smithdown Road Medical Centre on Thu 19 Nov 9:00; Sol at Lodge Lane " \
        "Surgery on Fri 20 Nov 14:00" in reminder.body


def test_siblings_at_one_practice_on_one_day_keep_the_short_wording(app):
    practice = factories.practice()
    family = agreed(factories.household(practice, children=2))
    slot_at(practice, "2026-11-19T09:00")
    slot_at(practice, "2026-11-19T09:15")
    offer = make_offer(db.session, family, NOW)
    db.session.commit()
    result = booking.book_option(db.engine, offer.id, 1, NOW, "sms")
    assert result.text.startswith("Booked: Ava and Ben at Smithdown Road Medical Centre on "
                                  "Thu 19 Nov 9:00 (Ava 9:00, Ben 9:15).")
