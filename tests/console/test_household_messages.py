"""A text from the console: the holder only, through the channel with a status callback,
refused (400, nothing sent) to a family that opted out or has no usable mobile."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs

import pytest
import responses
from sqlalchemy import select

from assistant.db import db
from assistant.models import AuditEvent, Direction, Message, PhoneStatus
from tests.booking.helpers import NOW, at
from tests.channels.conftest import post_signed
from tests.console.action_helpers import (
    MOBILE,
    OTHER,
    PRACTICE_USER,
    fresh,
    signed_in,
)

API = "http://twilio.fake"
ACCOUNT = "AC" + "a" * 32
MESSAGES = f"{API}/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
SID = "SM" + "5" * 32
BODY = "Hello, it’s Sam from the immunisation team. Is now a good time to talk about Ava and Ben?"
TWILIO = {"CHANNELS": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT,
          "TWILIO_FROM_NUMBER": "+447911123456", "TWILIO_API_BASE_URL": API}


def _texts() -> list[Message]:
    return list(db.session.scalars(select(Message).where(Message.channel == "sms",
                                                         Message.direction == Direction.OUTBOUND)))


@pytest.mark.parametrize("app_overrides", [TWILIO])
@responses.activate
def test_holder_texts_the_family_through_twilio_with_a_status_callback(client, held, caplog):
    responses.post(MESSAGES, json={"sid": SID, "status": "queued"}, status=201)
    token = signed_in(client)
    caplog.set_level(logging.DEBUG)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": BODY})
    assert response.status_code == 303
    assert response.headers["Location"].endswith(held.url)
    posted = parse_qs(responses.calls[0].request.body)
    assert posted["To"] == [MOBILE]
    assert posted["Body"] == [BODY.replace("’", "'")]  # the curly apostrophe made GSM-7
    assert posted["StatusCallback"] == ["https://imms.test/twilio/status/sms"]
    [text] = _texts()
    assert (text.provider_sid, text.status, text.sent_by_id) == (SID, "queued", held.holder.id)
    assert text.household_id == held.household.id and text.to_number == MOBILE
    audit = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "household.texted"))
    assert audit.user_id == held.holder.id and audit.household_id == held.household.id
    assert fresh(held.household).hold_touched_at == NOW
    # Logs: ids only, never the number or the words.
    logged = caplog.text
    assert MOBILE not in logged and "07700" not in logged and "immunisation team" not in logged
    # The delivery status arrives on the hook and shows on the message.
    hook = post_signed(client, "/twilio/status/sms", {"MessageSid": SID, "MessageStatus":
                                                     "delivered", "AccountSid": ACCOUNT})
    assert hook.status_code < 300
    assert fresh(text).status == "delivered"


def test_sandbox_channel_reports_the_delivery_of_the_holders_text(app, client, held):
    from assistant.channels import get_channel

    token = signed_in(client)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token,
                                                         "body": "Hello from the team"})
    assert response.status_code == 303
    get_channel().drain()
    [text] = _texts()
    assert fresh(text).status == "delivered" and text.sent_by_id == held.holder.id


@pytest.mark.parametrize("app_overrides", [TWILIO])
@responses.activate
@pytest.mark.parametrize("change", ["opted_out", "wrong", "no_mobile"])
def test_a_family_that_cannot_be_texted_is_refused_and_nothing_is_sent(client, held, change):
    phone = next(p for p in held.household.phones if p.e164 == MOBILE)
    if change == "opted_out":
        phone.sms_opted_out_at = NOW
    elif change == "wrong":
        phone.status = PhoneStatus.WRONG_NUMBER
    else:
        db.session.delete(phone)
    db.session.commit()
    token = signed_in(client)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": "Hi"})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Nothing was sent" in page
    if change == "opted_out":
        assert "opted out" in page
    assert len(responses.calls) == 0 and _texts() == []


@pytest.mark.parametrize("body", ["", "   ", "x" * 2000, "🙂" * 220])
def test_an_empty_or_too_long_text_is_refused(client, held, body):
    token = signed_in(client)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": body})
    assert response.status_code == 400
    assert _texts() == []


def test_someone_who_does_not_hold_the_family_cannot_text_them(client, held):
    token = signed_in(client, OTHER)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": "Hi"})
    assert response.status_code == 409
    assert "coordinator@example.nhs.uk holds this family" in response.get_data(as_text=True)
    assert _texts() == []


def test_a_practice_user_cannot_text_even_its_own_family(client, held):
    token = signed_in(client, PRACTICE_USER)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": "Hi"})
    assert response.status_code == 404
    assert _texts() == []


def test_a_text_without_its_csrf_token_is_refused_and_changes_nothing(client, held):
    signed_in(client)
    response = client.post(f"{held.url}/messages", data={"body": "Hi"})
    assert response.status_code == 400
    assert _texts() == []
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "household.texted")) is None


def test_html_in_a_refused_text_comes_back_escaped(client, held):
    token = signed_in(client)
    response = client.post(f"{held.url}/messages",
                           data={"csrf_token": token, "body": "<script>x</script>" * 80})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "<script>x</script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("app_overrides", [TWILIO])
@responses.activate
def test_no_text_out_of_hours_unless_the_family_just_wrote(client, held, clock_stopped):
    """As the assistant's own texts (H20): working days 09:00-18:00, or a reply."""
    responses.post(MESSAGES, json={"sid": SID, "status": "queued"}, status=201)
    clock_stopped.move_to(at("2026-11-17T20:30"))
    token = signed_in(client)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": "Hi"})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Nothing was sent" in page and "Wednesday 18 November at 09:00" in page
    assert len(responses.calls) == 0
    db.session.add(Message(household_id=held.household.id, direction=Direction.INBOUND,
                           channel="sms", from_number=MOBILE, body="are you there?",
                           created_at=at("2026-11-17T20:00")))
    db.session.commit()
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": "Yes"})
    assert response.status_code == 303 and len(responses.calls) == 1


@pytest.mark.parametrize("app_overrides", [TWILIO])
@responses.activate
@pytest.mark.parametrize(("answer", "status", "words"), [
    ({"status": 500, "json": {"message": "oops"}}, 503, "try again in a minute"),
    ({"status": 400, "json": {"code": 21211, "message": "invalid To"}}, 400,
     "Check the family"),
])
def test_a_text_the_provider_does_not_take_is_not_recorded_as_sent(client, held, answer,
                                                                   status, words):
    responses.post(MESSAGES, **answer)
    token = signed_in(client)
    response = client.post(f"{held.url}/messages", data={"csrf_token": token, "body": "Hi"})
    assert response.status_code == status
    page = response.get_data(as_text=True)
    assert "nothing was sent" in page and words in page
    assert _texts() == []
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "household.text_failed")) is not None
    mobile = next(p for p in fresh(held.household).phones if p.e164 == MOBILE)
    # Twilio's 21211 says the number is invalid: marked, as the pathway marks it.
    assert mobile.status is (PhoneStatus.UNUSABLE if status == 400 else PhoneStatus.USABLE)


@pytest.mark.parametrize("app_overrides", [TWILIO])
@responses.activate
def test_the_same_text_form_sent_twice_texts_the_family_once(client, held):
    """A double click (or a resend after a slow answer) sends the page's form twice: one
    text reaches the family, the second press changes nothing."""
    import json
    import re
    from itertools import count

    sids = count(1)
    responses.add_callback(responses.POST, MESSAGES, callback=lambda request: (
        201, {}, json.dumps({"sid": f"SM{next(sids):032d}", "status": "queued"})))
    signed_in(client)
    page = client.get(held.url).get_data(as_text=True)
    form = page[page.index(f'action="/households/{held.household.id}/messages"'):]
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    key = re.search(r'name="form_key" type="hidden" value="([^"]+)"', form).group(1)
    data = {"csrf_token": token, "body": "Hello from the team", "form_key": key}
    first = client.post(f"{held.url}/messages", data=data)
    second = client.post(f"{held.url}/messages", data=data)
    assert (first.status_code, second.status_code) == (303, 303)
    assert len(responses.calls) == 1 and len(_texts()) == 1
    third = client.post(f"{held.url}/messages", data={**data, "form_key": "another-page"})
    assert third.status_code == 303 and len(_texts()) == 2, "a new page's text is sent"


def test_the_same_text_form_sent_twice_at_once_texts_once_on_postgresql(pg_app,
                                                                       clock_stopped):
    """Real parallel connections: a double click's two requests race; one text is sent."""
    import threading

    from assistant.conversation import handover
    from tests import factories

    household = factories.household(mobile=MOBILE)
    user = factories.user("coordinator@example.nhs.uk")
    db.session.commit()
    handover.take_over(db.session, household.id, user, NOW)
    db.session.commit()
    clients = [pg_app.test_client() for _ in range(2)]
    tokens = [signed_in(c) for c in clients]
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def post(client, token):
        barrier.wait()
        statuses.append(client.post(f"/households/{household.id}/messages", data={
            "csrf_token": token, "body": "Hello from the team",
            "form_key": "same-page"}).status_code)

    threads = [threading.Thread(target=post, args=pair)
               for pair in zip(clients, tokens, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert statuses == [303, 303]
    db.session.rollback()
    assert len(_texts()) == 1
