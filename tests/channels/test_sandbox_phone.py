"""The demo phone: signed-in users only, Flask-WTF forms, and calls played as Twilio plays them."""

from __future__ import annotations

import re

import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import (
    Booking,
    BookingStatus,
    Direction,
    HouseholdStatus,
    Message,
    Role,
    SandboxCall,
)
from tests import factories
from tests.attempts.helpers import local
from tests.channels.conftest import PARENT, call_attempt

PHONE = f"/sandbox/phone?number={PARENT}"


def signed_in(client, role: Role = Role.COORDINATOR, practice=None):
    factories.user(role=role, practice_obj=practice)
    db.session.commit()
    assert factories.login(client).status_code == 302
    return client


def token(client, path: str = PHONE) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"|'
                     r'name="csrf_token" value="([^"]+)"',
                     client.get(path).get_data(as_text=True)).group(1)


def inbound() -> list[Message]:
    db.session.expire_all()
    return db.session.scalars(select(Message).where(
        Message.direction == Direction.INBOUND).order_by(Message.id)).all()


def test_the_demo_phone_needs_a_signed_in_user(client):
    factories.household(mobile=PARENT)
    db.session.commit()
    page = client.get(PHONE)
    assert page.status_code == 302 and "/login" in page.headers["Location"]
    reply = client.post("/sandbox/phone/reply", data={"number": PARENT, "body": "STOP"})
    # Refused either way: the app's CSRF check (400) or the sign-in (302 to /login).
    assert reply.status_code == 400 or "/login" in reply.headers["Location"]
    assert inbound() == []


def test_a_practice_user_sees_only_their_own_familys_phone(client):
    mine, theirs = factories.practice("N80000"), factories.practice("F80001", name="Lodge Lane")
    factories.household(mine, mobile="+447700900011")
    factories.household(theirs, mobile="+447700900012", family_name="Khan")
    signed_in(client, Role.PRACTICE, mine)
    assert client.get("/sandbox/phone?number=+447700900011").status_code == 200
    assert client.get("/sandbox/phone?number=+447700900012").status_code == 404


def test_the_demo_phone_shows_texts_and_sends_a_reply_through_the_hook(client, hooks):
    household = factories.household(mobile=PARENT)
    db.session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                           channel="sms", to_number=PARENT, body="Ava is due MMR1",
                           status="delivered"))
    signed_in(client)
    page = client.get("/sandbox/phone?number=07700 900001")
    assert page.status_code == 200 and "Ava is due MMR1" in page.get_data(as_text=True)
    answer = client.post("/sandbox/phone/reply", data={
        "csrf_token": token(client), "number": PARENT, "body": "Yes please book"})
    assert answer.status_code == 302
    [reply] = inbound()
    assert (reply.body, reply.household_id, reply.from_number) == (
        "Yes please book", household.id, PARENT)


def test_the_demo_phone_refuses_a_post_without_its_form_token(client, hooks):
    factories.household(mobile=PARENT)
    signed_in(client)
    answer = client.post("/sandbox/phone/reply", data={"number": PARENT, "body": "hi"})
    assert answer.status_code == 400
    assert inbound() == []


def test_the_demo_phone_is_not_there_outside_the_sandbox(app, client):
    app.config["CHANNELS"] = "twilio"
    assert client.get(PHONE).status_code == 404


def test_a_number_that_is_not_a_phone_number_is_refused_plainly(client):
    signed_in(client)
    answer = client.get("/sandbox/phone?number=hello")
    assert answer.status_code == 400 and "UK phone number" in answer.get_data(as_text=True)


def _press(client, call: SandboxCall, **data: str):
    return client.post("/sandbox/phone/press", data={
        "csrf_token": token(client), "number": PARENT, "call": str(call.id), **data})


def _call(number: str = PARENT) -> SandboxCall:
    db.session.expire_all()
    return db.session.scalar(select(SandboxCall).where(SandboxCall.number == number)
                             .order_by(SandboxCall.id.desc()))


def _heard(call: SandboxCall) -> str:
    return " ".join(words for who, words in call.heard if who == "call")


def test_a_call_waits_at_the_menu_for_a_key_and_books_by_keys(client):
    with time_machine.travel(local(2027, 1, 11, 10, 0), tick=True):
        household = factories.household(mobile=PARENT)
        for hour in (9, 10, 11):
            factories.slot(household.practice, local(2027, 1, 13, hour, 0))
        call_attempt(household, sid="CA" + "7" * 32)
        signed_in(client)
        assert "is calling this phone" in client.get(PHONE).get_data(as_text=True)
        client.post("/sandbox/phone/answer", data={"csrf_token": token(client),
                                                   "number": PARENT})
        call = _call()
        assert "press 1" in _heard(call).lower() and call.position is not None
        assert "Goodbye" not in _heard(call), "the menu waits for a key"
        _press(client, call, digits="1")
        call = _call()
        assert "press 1 for" in _heard(call).lower() and call.position is not None
        assert "another way" not in _heard(call), "the slot choice waits for a key too"
        _press(client, call, digits="2")
    booking = db.session.scalar(select(Booking))
    assert booking is not None and booking.status is BookingStatus.BOOKED
    db.session.refresh(household)
    assert household.status is HouseholdStatus.BOOKED
    assert _call().position is None  # the call said its confirmation and hung up
    assert [m.body for m in inbound()] == ["pressed 1", "pressed 2"]


def test_saying_nothing_plays_on_as_twilio_does_after_its_timeout(client, hooks):
    household = factories.household(mobile=PARENT)
    call_attempt(household, sid="CA" + "8" * 32)
    signed_in(client)
    client.post("/sandbox/phone/answer", data={"csrf_token": token(client), "number": PARENT})
    _press(client, _call(), move="silent")   # the menu again (<Redirect> followed)
    call = _call()
    assert call.position is not None and _heard(call).lower().count("press 1") == 2
    _press(client, call, move="silent")      # nothing heard twice: goodbye and <Hangup>
    call = _call()
    assert call.position is None and call.heard[-1] == ["ended", "The call ended."]
    assert inbound() == []


def test_hanging_up_ends_the_call_and_the_parent_can_call_us_back(client, hooks):
    household = factories.household(mobile=PARENT)
    call_attempt(household, sid="CA" + "9" * 32)
    signed_in(client)
    client.post("/sandbox/phone/answer", data={"csrf_token": token(client), "number": PARENT})
    _press(client, _call(), move="hangup")
    assert _call().position is None
    client.post("/sandbox/phone/call", data={"csrf_token": token(client), "number": PARENT})
    back = _call()
    assert back.inbound and back.position is not None and "press 1" in _heard(back).lower()
    [called] = inbound()
    assert (called.body, called.household_id) == ("Called us", household.id)
