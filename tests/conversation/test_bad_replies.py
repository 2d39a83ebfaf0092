"""Bad and odd replies through the signed hook: kept, labelled, answered safely."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import func, select

from assistant.db import db
from assistant.models import CodedEvent, Direction, HouseholdStatus, Message
from assistant.records.codes import Event
from tests import factories
from tests.channels.conftest import OURS, PARENT, post_signed, signature, xml

ODD_BODIES = {
    "whitespace": "   \n\t  ",
    "very long": "I am not sure what to do about this, " * 43,  # about 1,600 characters
    "emoji only": "🤔🤔",
    "control characters": "yes\x00\x07\x1b[31m please",
    "html": "<b>is it safe?</b><script>alert(1)</script>",
}


def sms(client, body: str, **extra: str):
    return post_signed(client, "/twilio/sms", {
        "MessageSid": "SM" + uuid.uuid4().hex, "From": PARENT, "To": OURS, "Body": body,
        "NumMedia": "0", **extra})


@pytest.mark.parametrize("kind", list(ODD_BODIES))
def test_an_odd_reply_is_kept_labelled_and_never_a_refusal_or_a_booking(app, client, kind):
    household = factories.household(mobile=PARENT)
    db.session.commit()
    response = sms(client, ODD_BODIES[kind])
    assert response.status_code == 200
    root = xml(response)  # valid TwiML, whatever was in the body
    kept = db.session.scalar(select(Message).where(Message.direction == Direction.INBOUND))
    assert kept.body == ODD_BODIES[kind].replace("\x00", "\ufffd") and kept.label is not None
    assert kept.label not in ("refused", "agree") or kind == "control characters"
    db.session.refresh(household)
    assert household.status is not HouseholdStatus.REFUSED
    answer = "".join(m.text or "" for m in root.iter("Message"))
    assert answer and "Traceback" not in answer


def test_a_picture_message_with_no_text_gets_a_question_not_a_guess(app, client):
    household = factories.household(mobile=PARENT)
    db.session.commit()
    response = sms(client, "", NumMedia="1", MediaUrl0="https://api.twilio.com/media/1")
    answer = "".join(m.text or "" for m in xml(response).iter("Message"))
    assert "did not quite understand" in answer
    db.session.refresh(household)
    assert household.status is HouseholdStatus.ACTIVE


@pytest.mark.postgresql_only
def test_two_replies_at_the_same_moment_are_handled_one_after_the_other(pg_app):
    household = factories.household(mobile=PARENT, children=2)
    db.session.commit()
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def send(body: str) -> None:
        client = pg_app.test_client()
        params = {"MessageSid": "SM" + uuid.uuid4().hex, "From": PARENT, "To": OURS,
                  "Body": body, "NumMedia": "0"}
        barrier.wait()
        response = client.post("/twilio/sms", data=params,
                                headers={"X-Twilio-Signature": signature("/twilio/sms", params)})
        statuses.append(response.status_code)

    threads = [threading.Thread(target=send, args=(body,)) for body in
               ("is the MMR safe? worried", "is it safe, he had a reaction before")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert statuses == [200, 200]
    db.session.expire_all()
    referred = db.session.scalar(select(func.count()).select_from(CodedEvent).where(
        CodedEvent.snomed_code == Event.REFERRED.code.snomed_code))
    assert referred == 2, "one referral per child, not one per reply"
    assert db.session.get(type(household), household.id).status is \
        HouseholdStatus.WITH_COORDINATOR
