"""Choosing free slots and offering them: seven days, parents' hours, siblings, wording."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from assistant.booking import slots as slot_rules
from assistant.booking.offers import (
    latest_open_offer,
    make_offer,
    no_slot_within_week,
    offer_text,
    parse_pick,
)
from assistant.channels.sms_text import is_gsm7, segments
from assistant.db import db
from assistant.models import Booking, Offer, Slot, Task, TaskKind
from tests import factories
from tests.booking.helpers import NOW, agreed, at, slot_at


def _free_ids(practice) -> list[int]:
    return [s.id for s in slot_rules.free_slots(db.session, practice.id, NOW)]


def test_only_free_slots_within_seven_days_at_the_practice_are_offered(app):
    practice = factories.practice("N80000")
    other = factories.practice("F80001")
    good = slot_at(practice, "2026-11-18T09:00")
    slot_at(practice, "2026-11-17T11:00")                       # inside the lead time
    slot_at(practice, "2026-11-24T10:30")                       # beyond seven days
    slot_at(practice, "2026-11-19T09:00", released_at=NOW)       # released to the practice
    slot_at(other, "2026-11-18T09:00")                          # another practice
    booked = slot_at(practice, "2026-11-18T09:15")
    h = factories.household(practice)
    db.session.add(Booking(slot_id=booked.id, child_id=h.children[0].id, household_id=h.id,
                           booked_via="sms", booked_at=NOW))
    db.session.flush()
    assert _free_ids(practice) == [good.id]


def test_slots_a_parent_cannot_get_to_are_not_offered(app):
    practice = factories.practice()
    early = slot_at(practice, "2026-11-18T07:45")
    first = slot_at(practice, "2026-11-18T08:00")
    last = slot_at(practice, "2026-11-18T18:15")                 # ends 18:30 exactly
    late = slot_at(practice, "2026-11-18T18:20")                 # ends 18:35
    ids = _free_ids(practice)
    assert first.id in ids and last.id in ids
    assert early.id not in ids and late.id not in ids


def test_a_cancelled_booking_frees_its_slot(app):
    practice = factories.practice()
    s = slot_at(practice, "2026-11-18T09:00")
    h = factories.household(practice)
    db.session.add(Booking(slot_id=s.id, child_id=h.children[0].id, household_id=h.id,
                           booked_via="sms", booked_at=NOW, status="cancelled"))
    db.session.flush()
    assert _free_ids(practice) == [s.id]


def _slot(i: int, local: str, minutes: int = 15, staff: str | None = "Nurse A",
          practice_id: int = 1) -> Slot:
    return Slot(id=i, practice_id=practice_id, start_at=at(local), duration_minutes=minutes,
                staff_name=staff)


def test_siblings_get_back_to_back_slots_with_the_same_nurse(app):
    slots = [
        _slot(1, "2026-11-18T09:00"), _slot(2, "2026-11-18T09:15"),       # adjacent pair
        _slot(3, "2026-11-18T10:00"), _slot(4, "2026-11-18T10:30"),       # a gap between
        _slot(5, "2026-11-19T09:00"), _slot(6, "2026-11-19T09:15", staff="Nurse B"),
        _slot(7, "2026-11-20T14:00", staff=None), _slot(8, "2026-11-20T14:15"),
    ]
    options = slot_rules.choose_options(slots, children=2)
    assert [[s.id for s in o] for o in options] == [[1, 2], [7, 8]]


def test_three_siblings_need_three_adjacent_slots(app):
    slots = [_slot(i, f"2026-11-18T09:{15 * (i - 1):02d}") for i in (1, 2, 3, 4)]
    options = slot_rules.choose_options(slots, children=3)
    assert [[s.id for s in o] for o in options] == [[1, 2, 3]]  # options never share a slot


def test_adjacency_needs_the_same_practice():
    a = _slot(1, "2026-11-18T09:00")
    b = _slot(2, "2026-11-18T09:15", practice_id=2)
    assert not slot_rules.adjacent(a, b)
    assert slot_rules.adjacent(a, _slot(3, "2026-11-18T09:15"))


def test_options_are_spread_over_different_days_first(app):
    slots = [_slot(1, "2026-11-18T09:00"), _slot(2, "2026-11-18T09:15"),
             _slot(3, "2026-11-18T09:30"), _slot(4, "2026-11-19T11:00"),
             _slot(5, "2026-11-23T15:00")]
    options = slot_rules.choose_options(slots, children=1)
    assert [o[0].id for o in options] == [1, 4, 5]


def test_offer_is_stored_with_up_to_three_options_and_expiry(app):
    practice = factories.practice()
    for hhmm in ("09:00", "09:15", "09:30", "09:45"):
        slot_at(practice, f"2026-11-18T{hhmm}")
    h = agreed(factories.household(practice))
    offer = make_offer(db.session, h, NOW, via="sms")
    assert offer is not None and len(offer.options) == 3
    assert offer.expires_at == NOW + timedelta(hours=24)
    assert db.session.scalar(select(Offer.id)) == offer.id


def test_no_slot_within_a_week_gives_the_practice_contact_a_task(app):
    practice = factories.practice(contact_name="Chloe Wilson")
    slot_at(practice, "2026-11-25T09:00")  # eight days away
    h = agreed(factories.household(practice, children=2))
    assert make_offer(db.session, h, NOW) is None
    text = no_slot_within_week(db.session, h, NOW)
    again = no_slot_within_week(db.session, h, NOW)
    tasks = db.session.scalars(select(Task)).all()
    assert len(tasks) == 1 and tasks[0].kind is TaskKind.BOOK_BY_HAND
    assert "Chloe Wilson" in tasks[0].summary and tasks[0].household_id == h.id
    assert "will call you" in text and "Ava and Ben" in text and again == text
    assert is_gsm7(text) and segments(text).count <= 2


def test_offer_text_reads_in_local_time_within_two_segments(app):
    practice = factories.practice(name="The Very Long Named Smithdown Road Medical Centre "
                                       "And Children's Health Partnership Surgery")
    for local in ("2026-11-18T09:00", "2026-11-19T13:30", "2026-11-23T17:45"):
        slot_at(practice, local)
    h = agreed(factories.household(practice))
    text = offer_text(make_offer(db.session, h, NOW))
    assert "1 for Wed 18 Nov 9:00" in text
    assert "2 for Thu 19 Nov 13:30" in text and "3 for Mon 23 Nov 17:45" in text
    assert "Ava" in text and is_gsm7(text) and segments(text).count <= 2
    assert h.children[0].nhs_number not in text


@pytest.fixture
def offer(app):
    practice = factories.practice()
    for local in ("2026-11-18T09:00", "2026-11-19T13:30", "2026-11-20T09:30"):
        slot_at(practice, local)
    return make_offer(db.session, agreed(factories.household(practice)), NOW)


@pytest.mark.parametrize(("reply", "expected"), [
    ("1", 1), ("2 please", 2), ("the first one", 1), ("first", 1), ("wed", 1),
    ("Wednesday", 1), ("Thursday please", 2), ("1.30pm", 2), ("9am", 1), ("9.30", 3),
    ("9:30am friday", 3), ("option 2", 2), ("no 3", 3), ("No. 3", 3), ("3!", 3),
    ("the second one", 2), ("last one", 3), ("Option two", 2),
])
def test_a_pick_is_understood(offer, reply, expected):
    assert parse_pick(reply, offer) == expected


@pytest.mark.parametrize("reply", [
    "4", "0", "no", "no thanks", "not 1", "1 or 2", "can't do 2", "saturday", "yes",
    "maybe", "07700900123", "wed or thu", "none of those",
])
def test_an_unclear_pick_is_not_guessed(offer, reply):
    assert parse_pick(reply, offer) is None


def test_four_is_not_a_pick_when_three_were_offered(offer):
    assert len(offer.options) == 3
    assert parse_pick("4", offer) is None


def test_a_reply_is_read_against_the_offer_we_texted_not_one_made_on_the_page(app):
    practice = factories.practice()
    for local in ("2026-11-18T09:00", "2026-11-19T09:00", "2026-11-20T09:00"):
        slot_at(practice, local)
    household = factories.household(practice)
    texted = make_offer(db.session, household, NOW, "sms")
    make_offer(db.session, household, NOW + timedelta(minutes=5), "web")  # a page, later
    db.session.commit()
    assert latest_open_offer(db.session, household, NOW + timedelta(minutes=6)) == texted
