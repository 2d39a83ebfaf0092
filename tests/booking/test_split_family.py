"""Siblings registered at two practices: one family, each child booked at its own practice."""

from __future__ import annotations

from datetime import date

import time_machine

from assistant.booking import book as booking
from assistant.booking.links import make_token
from assistant.booking.offers import make_offer, offer_or_hand_over, parse_pick
from assistant.booking.wording import fits
from assistant.conversation.booking_replies import spoken_offer
from assistant.db import db
from assistant.models import Slot
from tests import factories
from tests.booking.helpers import NOW, agreed, slot_at
from tests.booking.test_page import _form


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


def _split_family(a_name="Smithdown Road Medical Centre", b_name="Lodge Lane Surgery",
                  a_times=("2026-11-18T09:00", "2026-11-19T09:00"),
                  b_times=("2026-11-18T15:00", "2026-11-20T14:00")):
    """Ava at practice A, Sol at practice B: one day together, then days apart."""
    a = factories.practice("A80001", name=a_name)
    b = factories.practice("B80002", name=b_name)
    family = agreed(factories.household(a, children=1))
    factories.child(family, given_name="Sol", practice_id=b.id, date_of_birth=date(2024, 6, 1))
    db.session.refresh(family)
    for local in a_times:
        slot_at(a, local)
    for local in b_times:
        slot_at(b, local)
    db.session.commit()
    return family


def test_the_offer_names_each_siblings_own_practice_and_time(app):
    """Not "Smithdown Road Medical Centre: ... Reply 1 for Wed 18 Nov 9:00" for Sol's
    15:00 at Lodge Lane Surgery (H161)."""
    family = _split_family()
    offer, text = offer_or_hand_over(db.session, family, NOW)
    assert offer is not None
    assert text == ("Appointments for Ava at Smithdown Road Medical Centre and Sol at Lodge "
                    "Lane Surgery. Reply 1 for Wed 18 Nov: Ava 9:00, Sol 15:00 or 2 for Ava "
                    "Thu 19 Nov 9:00, Sol Fri 20 Nov 14:00.")
    assert fits(text) and family.children[0].nhs_number not in text
    # A reply still picks by number, day or time.
    assert parse_pick("2", offer) == 2 and parse_pick("wed", offer) == 1


def test_a_long_split_offer_stays_short_and_still_names_each_practice_and_time(app):
    family = _split_family(
        a_name="The Smithdown Road Medical Centre and Family Health Practice, Toxteth",
        b_name="Lodge Lane Surgery at the Princes Park Primary Care Centre, Liverpool 8",
        a_times=("2026-11-18T09:00", "2026-11-19T09:00", "2026-11-20T09:00"),
        b_times=("2026-11-18T15:00", "2026-11-19T16:00", "2026-11-23T14:00"))
    offer, text = offer_or_hand_over(db.session, family, NOW)
    assert len(offer.options) == 3 and fits(text)
    assert text.startswith("Ava at The Smithdown")  # the short form: the long one is too long
    for words in ("Ava", "Sol", "Family Health Practice, Toxteth",
                  "Lodge Lane Surgery at the Princes Park Primary Care Centre, Liverpool 8",
                  "Wed 18 Nov", "Ava 9:00", "Sol 15:00", "Sol 16:00", "Sol Mon 23 Nov 14:00"):
        assert words in text, words


def test_siblings_at_one_practice_keep_the_offer_wording(app):
    practice = factories.practice()
    family = agreed(factories.household(practice, children=2))
    slot_at(practice, "2026-11-18T09:00")
    slot_at(practice, "2026-11-18T09:15")
    db.session.commit()
    offer, text = offer_or_hand_over(db.session, family, NOW)
    assert text == ("Smithdown Road Medical Centre: appointments for Ava and Ben (one after "
                    "the other). Reply 1 for Wed 18 Nov 9:00.")
    assert spoken_offer(offer) == ("We can offer these appointments. Press 1 for Wednesday "
                                   "18 November at 9:00.")  # in full: a voice reads "Wed"


def test_a_call_says_each_practice_and_time_of_a_split_offer_but_no_name(app):
    family = _split_family()
    offer, _ = offer_or_hand_over(db.session, family, NOW)
    spoken = spoken_offer(offer)
    assert spoken == ("We can offer these appointments. Press 1 for Wednesday 18 November, "
                      "9:00 at Smithdown Road Medical Centre and 15:00 at Lodge Lane Surgery, "
                      "press 2 for Thursday 19 November at 9:00 at Smithdown Road Medical "
                      "Centre and Friday 20 November at 14:00 at Lodge Lane Surgery.")
    assert "Ava" not in spoken and "Sol" not in spoken  # H16: a call names no child


def test_the_booking_page_shows_each_siblings_own_practice_and_time(app, client):
    family = _split_family()
    token = make_token(family.id)
    with time_machine.travel(NOW, tick=False):
        html = client.get(f"/b/{token}").get_data(as_text=True)
        assert "Ava at Smithdown Road Medical Centre and Sol at Lodge Lane Surgery" in html
        assert "Ava 9:00 at Smithdown Road Medical Centre, Sol 15:00 at Lodge Lane " \
            "Surgery" in html
        assert "Sol Fri 20 Nov 14:00 at Lodge Lane Surgery" in html
        assert "one after the other" not in html
        assert "At Smithdown Road Medical Centre" not in html
        assert family.children[0].nhs_number not in html
        done = client.post(f"/b/{token}", data={**_form(html), "action": "book"})
    body = done.get_data(as_text=True)
    assert "Appointment booked" in body
    assert "booked at Smithdown Road Medical Centre" not in body
    assert "Sol</strong>: Wednesday 18 November at 15:00, Lodge Lane Surgery" in body


def test_a_split_familys_pick_that_lost_its_slot_gets_fresh_options_by_text_and_call(app):
    """The fresh offer after a lost race names each practice too, in the text and on the
    call (its offer comes back from the booking's own, closed, session)."""
    family = _split_family(b_times=("2026-11-18T15:00", "2026-11-19T14:00",
                                    "2026-11-20T14:00"))
    offer, _ = offer_or_hand_over(db.session, family, NOW)
    db.session.commit()
    taken = db.session.get(Slot, offer.options[0][1])  # Sol's 15:00 goes to someone else
    taken.released_at = NOW
    db.session.commit()
    result = booking.book_option(db.engine, offer.id, 1, NOW, "call")
    assert result.status == "taken" and result.offer is not None
    assert "Sol at Lodge Lane Surgery" in result.text and "Sol 15:00" not in result.text
    spoken = spoken_offer(result.offer)
    assert "14:00 at Lodge Lane Surgery" in spoken and "Sol" not in spoken
