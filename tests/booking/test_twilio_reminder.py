"""A reminder through the real Twilio channel, faked at the HTTP level with ``responses``."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
import responses
from sqlalchemy import select

from assistant.booking import aftercare
from assistant.booking import book as booking
from assistant.booking.offers import make_offer
from assistant.db import db
from assistant.models import Message
from tests import factories
from tests.booking.helpers import NOW, agreed, at, slot_at

ACCOUNT = "AC" + "2" * 32
MESSAGES = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages.json"


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"CHANNELS": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT,
            "TWILIO_FROM_NUMBER": "+447911123456"}


@responses.activate
def test_the_reminder_is_posted_to_twilio_and_kept_as_a_message(app):
    responses.add(responses.POST, MESSAGES, status=201, json={
        "sid": "SM" + "9" * 32, "status": "queued", "account_sid": ACCOUNT})
    practice = factories.practice()
    h = agreed(factories.household(practice, mobile="+447700900777", children=2))
    slot_at(practice, "2026-11-19T09:30")
    slot_at(practice, "2026-11-19T09:45")
    offer = make_offer(db.session, h, NOW)
    db.session.commit()
    assert booking.book_option(db.engine, offer.id, 1, NOW, "sms").booked
    assert aftercare.send_reminders(at("2026-11-18T09:00")) == {"reminders_sent": 1}
    [call] = responses.calls
    form = parse_qs(call.request.body)
    assert form["To"] == ["+447700900777"]
    assert "Ava and Ben" in form["Body"][0] and "Thu 19 Nov 9:30" in form["Body"][0]
    assert form["StatusCallback"] == ["https://imms.test/twilio/status/sms"]
    assert h.children[0].nhs_number not in form["Body"][0]
    message = db.session.scalar(select(Message))
    assert message.provider_sid == "SM" + "9" * 32 and message.direction.value == "out"
