"""Inbound texts: signed, kept first, idempotent; the reply comes back as TwiML."""

from __future__ import annotations

from sqlalchemy import func, select

from assistant.db import db
from assistant.models import Direction, HookEvent, Message, Task, TaskKind
from tests import factories
from tests.channels.conftest import OURS, PARENT, Recorder, post_signed, signature, xml

SID = "SM" + "a" * 32


def inbound(body: str = "Yes please", sid: str = SID, sender: str = PARENT) -> dict[str, str]:
    return {"MessageSid": sid, "SmsSid": sid, "AccountSid": "AC" + "0" * 32, "From": sender,
            "To": OURS, "Body": body, "NumMedia": "0"}


def messages() -> list[Message]:
    db.session.expire_all()
    return db.session.scalars(select(Message).order_by(Message.id)).all()


def test_forged_signature_is_refused_and_nothing_is_stored(client, hooks):
    response = client.post("/twilio/sms", data=inbound(),
                           headers={"X-Twilio-Signature": signature("/twilio/sms", inbound(),
                                                                    token="not-our-token")})
    assert response.status_code == 403
    assert messages() == []
    assert db.session.scalar(select(func.count()).select_from(HookEvent)) == 0


def test_missing_signature_is_refused(client, hooks):
    assert client.post("/twilio/sms", data=inbound()).status_code == 403
    assert messages() == []


def test_a_signature_for_other_words_is_refused(client, hooks):
    signed_for = signature("/twilio/sms", inbound("Yes please"))
    response = client.post("/twilio/sms", data=inbound("No thanks"),
                           headers={"X-Twilio-Signature": signed_for})
    assert response.status_code == 403 and messages() == []


def test_signature_is_checked_against_the_public_address_and_query(client, hooks):
    # Signed for another host: what a replay from elsewhere would carry.
    from twilio.request_validator import RequestValidator

    from tests.conftest import AUTH_TOKEN

    other = RequestValidator(AUTH_TOKEN).compute_signature("https://evil.test/twilio/sms",
                                                           inbound())
    assert client.post("/twilio/sms", data=inbound(),
                       headers={"X-Twilio-Signature": other}).status_code == 403
    assert post_signed(client, "/twilio/sms?x=1", inbound()).status_code == 200


def test_text_from_a_family_is_kept_on_their_household(client, hooks):
    household = factories.household(mobile=PARENT)
    db.session.commit()
    response = post_signed(client, "/twilio/sms", inbound("Can we do Tuesday?"))
    assert response.status_code == 200
    assert xml(response).tag == "Response"
    [kept] = messages()
    assert (kept.direction, kept.channel, kept.provider_sid) == (Direction.INBOUND, "sms", SID)
    assert (kept.household_id, kept.body) == (household.id, "Can we do Tuesday?")
    assert (kept.from_number, kept.to_number) == (PARENT, OURS)


def test_text_from_an_unknown_number_is_kept_without_a_household(client, hooks):
    response = post_signed(client, "/twilio/sms", inbound(sender="+447700900777"))
    assert response.status_code == 200
    [kept] = messages()
    assert kept.household_id is None and kept.body == "Yes please"


def test_store_only_when_there_is_no_reply_handler_yet(client, hooks):
    response = post_signed(client, "/twilio/sms", inbound())
    root = xml(response)
    assert root.tag == "Response" and list(root) == []
    assert len(messages()) == 1


def test_the_same_text_delivered_three_times_is_kept_once_and_handled_once(client, hooks):
    factories.household(mobile=PARENT)
    db.session.commit()
    handler = hooks["handle_inbound_text"] = Recorder(result="Thank you.")
    answers = [post_signed(client, "/twilio/sms", inbound()) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert len(messages()) == 1
    assert len(handler.calls) == 1
    # Repeats answer harmlessly: no second reply is sent.
    assert [m.text for m in xml(answers[0]).iter("Message")] == ["Thank you."]
    assert list(xml(answers[2])) == []


def test_reply_handler_gets_the_stored_message_and_its_words_come_back(client, hooks):
    handler = hooks["handle_inbound_text"] = Recorder(result="Thanks Joanne & co <3")
    response = post_signed(client, "/twilio/sms", inbound())
    (_session, message), _ = handler.calls[0]
    assert message.id is not None and message.provider_sid == SID
    # Valid XML even with characters that must be escaped.
    assert [m.text for m in xml(response).iter("Message")] == ["Thanks Joanne & co <3"]


def test_text_is_kept_even_when_the_reply_handler_fails(client, hooks):
    household = factories.household(mobile=PARENT)
    db.session.commit()
    hooks["handle_inbound_text"] = Recorder(error=RuntimeError("labeller crashed"))
    response = post_signed(client, "/twilio/sms", inbound("I'm worried about MMR"))
    assert response.status_code == 200
    assert list(xml(response)) == []
    [kept] = messages()
    assert kept.body == "I'm worried about MMR" and kept.status == "unhandled"
    [task] = db.session.scalars(select(Task)).all()
    assert (task.kind, task.household_id) == (TaskKind.CALL_BACK, household.id)


def test_a_text_without_a_message_sid_is_refused_plainly(client, hooks):
    params = inbound()
    del params["MessageSid"], params["SmsSid"]
    response = post_signed(client, "/twilio/sms", params)
    assert response.status_code == 400 and messages() == []
