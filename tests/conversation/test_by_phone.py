"""Replies by phone: the call menu's keys and speech go through the same dialogue."""

from __future__ import annotations

import time_machine
from sqlalchemy import select

from assistant import clock
from assistant.db import db
from assistant.models import Booking, BookingStatus, CodedEvent, HouseholdStatus, Slot
from assistant.records.codes import Event
from tests import factories
from tests.attempts.helpers import local
from tests.channels.conftest import PARENT, call_attempt, post_signed, spoken, xml


def press(client, attempt, digits: str, turn: int = 1):
    path = f"/twilio/call/gather?attempt={attempt.id}&try={turn}"
    return xml(post_signed(client, path, {
        "CallSid": "CA" + "1" * 32, "Digits": digits, "Direction": "outbound-api",
        "From": "+447700900000", "To": PARENT}))


def say(client, attempt, speech: str, turn: int = 1):
    path = f"/twilio/call/gather?attempt={attempt.id}&try={turn}"
    return xml(post_signed(client, path, {
        "CallSid": "CA" + "1" * 32, "SpeechResult": speech, "Direction": "outbound-api",
        "From": "+447700900000", "To": PARENT}))


def test_pressing_1_offers_slots_by_voice_and_a_key_books_one(app, client):
    with time_machine.travel(local(2027, 1, 11, 10, 0), tick=False):
        household = factories.household(mobile=PARENT)
        for hour in (9, 10, 11):
            factories.slot(household.practice, local(2027, 1, 13, hour, 0))
        attempt = call_attempt(household)
        db.session.commit()
        offered = press(client, attempt, "1")
        words = spoken(offered)
        assert "press 1 for" in words.lower() and "press 3 for" in words.lower()
        assert offered.find("Gather") is not None, "the call keeps listening for a key"
        press(client, attempt, "2", turn=2)
    booking = db.session.scalar(select(Booking))
    assert booking is not None and booking.status is BookingStatus.BOOKED
    slot = db.session.get(Slot, booking.slot_id)
    assert clock.local(slot.start_at).hour == 10
    db.session.refresh(household)
    assert household.status is HouseholdStatus.BOOKED


def test_pressing_2_hands_the_family_to_a_coordinator(app, client):
    household = factories.household(mobile=PARENT)
    attempt = call_attempt(household)
    db.session.commit()
    press(client, attempt, "2")
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    assert db.session.scalar(select(CodedEvent.snomed_code)) == Event.REFERRED.code.snomed_code


def test_pressing_3_asks_to_confirm_and_3_again_records_the_refusal(app, client):
    household = factories.household(mobile=PARENT)
    attempt = call_attempt(household)
    db.session.commit()
    asked = press(client, attempt, "3")
    assert "press 3 again" in spoken(asked)
    assert db.session.scalar(select(CodedEvent)) is None
    press(client, attempt, "3", turn=2)
    db.session.refresh(household)
    assert household.status is HouseholdStatus.REFUSED
    coded = db.session.scalar(select(CodedEvent))
    assert coded.snomed_code == Event.REFUSED.code.snomed_code
    assert coded.evidence and "pressed 3" in coded.evidence


def test_speech_is_labelled_like_a_text(app, client):
    household = factories.household(mobile=PARENT)
    attempt = call_attempt(household)
    db.session.commit()
    say(client, attempt, "I'm a bit worried about side effects, can I speak to a nurse")
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR


def test_a_worried_answer_after_pressing_3_goes_to_a_person(app, client):
    household = factories.household(mobile=PARENT)
    attempt = call_attempt(household)
    db.session.commit()
    press(client, attempt, "3")
    press(client, attempt, "2", turn=2)
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    assert Event.REFUSED.code.snomed_code not in db.session.scalars(
        select(CodedEvent.snomed_code)).all()


def test_pressing_4_raises_a_data_check_and_pauses(app, client):
    household = factories.household(mobile=PARENT)
    attempt = call_attempt(household)
    db.session.commit()
    press(client, attempt, "4")
    db.session.refresh(household)
    assert household.status is HouseholdStatus.PAUSED
