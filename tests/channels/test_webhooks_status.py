"""Delivery and call statuses: signed, once each, never backwards, unknown SIDs ignored."""

from __future__ import annotations

from sqlalchemy import func, select

from assistant.db import db
from assistant.models import Direction, HookEvent, Message
from tests import factories
from tests.channels.conftest import OURS, PARENT, Recorder, call_attempt, post_signed

SMS_SID = "SM" + "b" * 32
CALL_SID = "CA" + "1" * 32


def sent_text(sid: str = SMS_SID) -> Message:
    household = factories.household(mobile=PARENT)
    message = Message(household_id=household.id, direction=Direction.OUTBOUND, channel="sms",
                      provider_sid=sid, to_number=PARENT, body="Hello", status="queued")
    db.session.add(message)
    db.session.commit()
    return message


def sms_status(status: str, sid: str = SMS_SID, error: str | None = None) -> dict[str, str]:
    params = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "SmsStatus": status,
              "From": OURS, "To": PARENT, "AccountSid": "AC" + "0" * 32}
    if error:
        params["ErrorCode"] = error
    return params


def call_status(status: str, **extra: str) -> dict[str, str]:
    return {"CallSid": CALL_SID, "CallStatus": status, "From": OURS, "To": PARENT,
            "Direction": "outbound-api", **extra}


def status_of(message: Message) -> tuple[str | None, int | None]:
    db.session.expire_all()
    kept = db.session.get(Message, message.id)
    return kept.status, kept.error_code


def test_delivered_updates_our_message_and_is_handed_to_the_attempts(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    message = sent_text()
    assert post_signed(client, "/twilio/status/sms", sms_status("delivered")).status_code == 204
    assert status_of(message) == ("delivered", None)
    [(_args, kwargs)] = apply.calls
    assert kwargs == {"sid": SMS_SID, "status": "delivered", "error_code": None,
                      "answered_by": None, "duration": None}


def test_undelivered_keeps_the_error_code(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    message = sent_text()
    post_signed(client, "/twilio/status/sms", sms_status("undelivered", error="30006"))
    assert status_of(message) == ("undelivered", 30006)
    assert apply.calls[0][1]["error_code"] == 30006


def test_status_for_an_unknown_sid_is_answered_and_ignored(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    response = post_signed(client, "/twilio/status/sms", sms_status("delivered", sid="SMdead"))
    assert response.status_code == 204
    assert apply.calls == []
    assert db.session.scalar(select(func.count()).select_from(HookEvent)) == 0


def test_delivered_arriving_before_sent_is_not_moved_back(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    message = sent_text()
    post_signed(client, "/twilio/status/sms", sms_status("delivered"))
    post_signed(client, "/twilio/status/sms", sms_status("sent"))
    post_signed(client, "/twilio/status/sms", sms_status("queued"))
    assert status_of(message) == ("delivered", None)
    assert [kw["status"] for _a, kw in apply.calls] == ["delivered"]


def test_a_repeated_status_is_applied_once(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    message = sent_text()
    for _ in range(3):
        assert post_signed(client, "/twilio/status/sms", sms_status("sent")).status_code == 204
    post_signed(client, "/twilio/status/sms", sms_status("delivered"))
    assert status_of(message) == ("delivered", None)
    assert [kw["status"] for _a, kw in apply.calls] == ["sent", "delivered"]


def test_a_status_twilio_invented_later_is_ignored(client, hooks):
    message = sent_text()
    assert post_signed(client, "/twilio/status/sms", sms_status("teleported")).status_code == 204
    assert status_of(message) == ("queued", None)


def test_a_forged_status_changes_nothing(client, hooks):
    message = sent_text()
    response = client.post("/twilio/status/sms", data=sms_status("failed"),
                           headers={"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"})
    assert response.status_code == 403
    assert status_of(message) == ("queued", None)


def test_call_progress_out_of_order_never_moves_back(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    call_attempt(factories.household(mobile=PARENT))
    db.session.commit()
    post_signed(client, "/twilio/status/call", call_status("ringing"))
    post_signed(client, "/twilio/status/call", call_status("completed", CallDuration="42"))
    post_signed(client, "/twilio/status/call", call_status("in-progress"))
    assert [(kw["status"], kw["duration"]) for _a, kw in apply.calls] == [
        ("ringing", None), ("completed", 42)]


def test_a_person_answering_is_recorded_once_and_the_call_goes_on(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    call_attempt(factories.household(mobile=PARENT))
    db.session.commit()
    amd = {"CallSid": CALL_SID, "AnsweredBy": "human", "MachineDetectionDuration": "1800"}
    for _ in range(2):
        assert post_signed(client, "/twilio/status/call", amd).status_code == 204
    assert [(kw["status"], kw["answered_by"]) for _a, kw in apply.calls] == [
        ("in-progress", "human")]


def test_machine_result_for_an_unknown_call_is_ignored(client, hooks):
    amd = {"CallSid": "CAunknown", "AnsweredBy": "machine_end_beep"}
    assert post_signed(client, "/twilio/status/call", amd).status_code == 204
    assert db.session.scalar(select(func.count()).select_from(HookEvent)) == 0
