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


def test_drain_waits_for_every_callback(app, hooks):
    message = send_and_record()
    assert message.status == "delivered"
    assert not [t for t in threading.enumerate() if t.name.startswith("sandbox-SM")
                and t.is_alive()]
