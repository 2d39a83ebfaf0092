"""The sandbox: fake SIDs, and real signed callbacks through our own hooks; the demo phone."""

from __future__ import annotations

import re
import threading
import time

from sqlalchemy import select

from assistant.channels import (
    OutboundCall,
    TextMessage,
    call_answer_url,
    call_status_url,
    get_channel,
    sms_status_url,
)
from assistant.channels.sandbox import SandboxChannel
from assistant.db import db
from assistant.models import Direction, HookEvent, Message
from tests import factories
from tests.channels.conftest import PARENT, Recorder, call_attempt
from tests.forms import page_token


def send_and_record(to: str = PARENT) -> Message:
    """What dispatch does: send, then store the outbound message with its SID."""
    household = factories.household(mobile=to)
    sent = get_channel().send_text(TextMessage(to=to, body="Hello",
                                               status_callback=sms_status_url()))
    message = Message(household_id=household.id, direction=Direction.OUTBOUND, channel="sms",
                      provider_sid=sent.sid, to_number=to, body="Hello", status=sent.status)
    db.session.add(message)
    db.session.commit()
    get_channel().drain()
    db.session.expire_all()
    return db.session.get(Message, message.id)


def test_the_sandbox_channel_is_built_once_per_app(app):
    assert isinstance(get_channel(), SandboxChannel) and get_channel() is get_channel()


def test_a_sandbox_text_is_reported_sent_then_delivered_through_the_real_hook(app, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    message = send_and_record()
    assert re.fullmatch(r"SM[0-9a-f]{32}", message.provider_sid)
    assert message.status == "delivered"
    assert [kw["status"] for _a, kw in apply.calls] == ["sent", "delivered"]


def test_a_sandbox_landline_number_fails_as_twilio_would(app, hooks):
    message = send_and_record("+447700900413")
    assert (message.status, message.error_code) == ("undelivered", 30006)


def test_sandbox_callbacks_wait_until_the_sid_is_recorded(app, hooks):
    household = factories.household(mobile=PARENT)
    db.session.commit()
    sent = get_channel().send_text(TextMessage(to=PARENT, body="Hi",
                                               status_callback=sms_status_url()))
    time.sleep(0.3)  # dispatch is slow to record the send
    db.session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                           channel="sms", provider_sid=sent.sid, to_number=PARENT, body="Hi",
                           status="queued"))
    db.session.commit()
    get_channel().drain()
    db.session.expire_all()
    assert db.session.scalar(select(Message.status).where(Message.provider_sid == sent.sid)) \
        == "delivered"


def test_a_sandbox_call_to_a_machine_reports_progress_and_the_machine(app, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    household = factories.household(mobile="+447700900969")
    attempt = call_attempt(household, sid=None)
    sent = get_channel().start_call(OutboundCall(to="+447700900969",
                                                 answer_url=call_answer_url(attempt.id),
                                                 status_callback=call_status_url()))
    attempt.provider_sid = sent.sid
    db.session.commit()
    get_channel().drain()
    assert re.fullmatch(r"CA[0-9a-f]{32}", sent.sid)
    assert [(kw["status"], kw["answered_by"]) for _a, kw in apply.calls] == [
        ("initiated", None), ("ringing", None), ("in-progress", None),
        ("in-progress", "machine_end_beep"), ("completed", None)]
    assert db.session.scalar(select(HookEvent.key).where(
        HookEvent.key == f"call-amd:{sent.sid}:machine_end_beep"))


def csrf(client) -> str:
    """The token from the demo phone's own form, as a browser would send it."""
    return page_token(client, "/sandbox/phone?number=07700900001")


def test_the_demo_phone_shows_texts_and_sends_a_reply_through_the_hook(client, hooks):
    household = factories.household(mobile=PARENT)
    db.session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                           channel="sms", to_number=PARENT, body="Ava is due MMR1",
                           status="delivered"))
    db.session.commit()
    page = client.get("/sandbox/phone?number=07700 900001")
    assert page.status_code == 200 and "Ava is due MMR1" in page.get_data(as_text=True)
    answer = client.post("/sandbox/phone/reply", data={
        "csrf_token": csrf(client), "number": PARENT, "body": "Yes please book"})
    assert answer.status_code == 302
    db.session.expire_all()
    [reply] = db.session.scalars(select(Message).where(
        Message.direction == Direction.INBOUND)).all()
    assert (reply.body, reply.household_id, reply.from_number) == (
        "Yes please book", household.id, PARENT)


def test_the_demo_phone_refuses_a_post_from_elsewhere(client, hooks):
    answer = client.post("/sandbox/phone/reply", data={"number": PARENT, "body": "hi"})
    assert answer.status_code == 400
    assert db.session.scalars(select(Message)).all() == []


def test_the_demo_phone_answers_the_latest_call_menu(client, hooks):
    household = factories.household(mobile=PARENT)
    call_attempt(household, sid="CA" + "7" * 32)
    db.session.commit()
    page = client.get(f"/sandbox/phone?number={PARENT}").get_data(as_text=True)
    assert "press 1" in page and "Press 4" in page
    answer = client.post("/sandbox/phone/press", data={
        "csrf_token": csrf(client), "number": PARENT, "digits": "1"})
    assert answer.status_code == 302
    db.session.expire_all()
    [pressed] = db.session.scalars(select(Message).where(
        Message.direction == Direction.INBOUND)).all()
    assert (pressed.body, pressed.channel, pressed.household_id) == (
        "pressed 1", "voice", household.id)
    # The call then ended: pressing again finds nothing waiting.
    client.post("/sandbox/phone/press", data={"csrf_token": csrf(client), "number": PARENT,
                                              "digits": "1"})
    db.session.expire_all()
    assert len(db.session.scalars(select(Message).where(
        Message.direction == Direction.INBOUND)).all()) == 1


def test_the_demo_phone_is_not_there_outside_the_sandbox(app, client):
    app.config["CHANNELS"] = "twilio"
    assert client.get(f"/sandbox/phone?number={PARENT}").status_code == 404


def test_a_number_that_is_not_a_phone_number_is_refused_plainly(client):
    answer = client.get("/sandbox/phone?number=hello")
    assert answer.status_code == 400 and "UK phone number" in answer.get_data(as_text=True)


def test_drain_waits_for_every_callback(app, hooks):
    message = send_and_record()
    assert message.status == "delivered"
    assert not [t for t in threading.enumerate() if t.name.startswith("sandbox-SM")
                and t.is_alive()]
