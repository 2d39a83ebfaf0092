"""REPLIES=queued (the default): the hook only stores; the worker answers by REST."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import func, select

from assistant import clock, worker
from assistant.channels.base import ChannelError
from assistant.conversation import replies, reply_queue
from assistant.db import db
from assistant.models import (
    CodedEvent,
    Direction,
    HouseholdStatus,
    Message,
    Task,
    TaskKind,
)
from assistant.models.contact import ANSWER_RETRY, ANSWER_SENDING
from assistant.records.codes import Event
from tests import factories
from tests.channels.conftest import OURS, PARENT, post_signed, xml
from tests.conftest import PUBLIC_BASE_URL
from tests.conversation.conftest import FakeChannel

WORRIED = "is it safe? I'm worried about the MMR"


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"REPLIES": "queued"}


def text_from(client, number: str = PARENT, body: str = WORRIED, sid: str | None = None):
    # On PostgreSQL the hook keeps the text on a connection of its own, which sees only
    # what the test has committed (as a real request sees only committed data).
    db.session.commit()
    return post_signed(client, "/twilio/sms", {
        "MessageSid": sid or "SM" + uuid.uuid4().hex, "From": number, "To": OURS,
        "Body": body, "NumMedia": "0"})


def run_queue() -> dict[str, int]:
    db.session.commit()  # SQLite: the test's own read would hold the write lock
    return reply_queue.answer_waiting_texts(clock.now())


def inbound() -> list[Message]:
    db.session.expire_all()
    return db.session.scalars(select(Message).where(Message.direction == Direction.INBOUND)
                              .order_by(Message.id)).all()


def answers() -> list[Message]:
    db.session.expire_all()
    return db.session.scalars(select(Message).where(Message.direction == Direction.OUTBOUND)
                              .order_by(Message.id)).all()


def test_the_hook_stores_the_text_and_answers_empty_twiml(client, fake_channel):
    factories.household(mobile=PARENT)
    response = text_from(client)
    assert response.status_code == 200
    assert xml(response).findall("Message") == []
    [waiting] = inbound()
    assert waiting.body == WORRIED and waiting.handled_at is None and waiting.label is None
    assert answers() == [] and fake_channel.sent == []


def test_the_worker_acts_on_the_text_and_texts_the_answer(client, fake_channel):
    household = factories.household(mobile=PARENT)
    text_from(client)
    done = run_queue()
    assert done == {"replies_handled": 1, "replies_sent": 1}
    [text] = inbound()
    assert text.label == "hesitant" and text.handled_at is not None
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    assert db.session.scalar(select(CodedEvent.snomed_code).where(
        CodedEvent.household_id == household.id)) == Event.REFERRED.code.snomed_code
    [answer] = answers()
    [sent] = fake_channel.texts_to(PARENT)
    assert answer.body == sent.body and answer.body
    assert answer.provider_sid == sent.sid and answer.status == "queued"
    assert run_queue() == {}  # nothing is done twice


def test_the_answer_gets_its_delivery_status(client, monkeypatch):
    callbacks: list[str] = []

    class Recording(FakeChannel):
        def _send_text(self, message):
            callbacks.append(message.status_callback)
            return super()._send_text(message)

    fake = Recording()
    monkeypatch.setattr(reply_queue.channels, "get_channel", lambda: fake)
    factories.household(mobile=PARENT)
    text_from(client)
    run_queue()
    assert callbacks == [PUBLIC_BASE_URL + "/twilio/status/sms"]
    [answer] = answers()
    post_signed(client, "/twilio/status/sms", {"MessageSid": answer.provider_sid,
                                               "MessageStatus": "delivered", "To": PARENT})
    assert answers()[0].status == "delivered"


def test_a_repeated_delivery_is_answered_once(client, fake_channel):
    factories.household(mobile=PARENT)
    for _ in range(3):
        assert text_from(client, sid="SM" + "5" * 32).status_code == 200
    run_queue()
    assert len(inbound()) == 1 and len(fake_channel.sent) == 1


def test_a_stranger_gets_the_general_answer(client, fake_channel):
    text_from(client, number="+447700900999", body="who is this?")
    run_queue()
    [answer] = answers()
    assert answer.household_id is None and answer.to_number == "+447700900999"
    assert "+447700900999" in {s.to for s in fake_channel.sent}


def test_texts_from_one_family_are_acted_on_in_the_order_they_came(client, fake_channel,
                                                                    monkeypatch):
    factories.household(mobile=PARENT)
    seen: list[str] = []
    real = replies.handle_inbound_text

    def spy(session, message, **kwargs):
        seen.append(message.body)
        return real(session, message, **kwargs)

    monkeypatch.setattr(replies, "handle_inbound_text", spy)
    for body in ("STOP", "START", WORRIED):
        text_from(client, body=body)
    run_queue()
    assert seen == ["STOP", "START", WORRIED]


def test_a_failing_handler_leaves_the_text_with_a_person(client, fake_channel, monkeypatch):
    household = factories.household(mobile=PARENT)

    def broken(session, message, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(replies, "handle_inbound_text", broken)
    text_from(client)
    assert run_queue() == {"replies_flagged": 1}
    [text] = inbound()
    assert text.status == "unhandled" and text.handled_at is not None
    assert text.body == WORRIED  # the parent's words are kept
    task = db.session.scalar(select(Task).where(Task.household_id == household.id))
    assert task.kind is TaskKind.CALL_BACK
    assert run_queue() == {} and fake_channel.sent == []


def test_a_provider_failure_is_retried_then_sent(client, fake_channel):
    factories.household(mobile=PARENT)
    fake_channel.fail[PARENT] = [ChannelError("HTTP 500", permanent=False)]
    text_from(client)
    assert run_queue() == {"replies_handled": 1, "replies_retried": 1}
    assert answers()[0].status == ANSWER_RETRY
    assert run_queue() == {}  # not straight away: the provider gets a minute
    with time_machine.travel(clock.now() + reply_queue.RETRY_AFTER, tick=False):
        assert run_queue() == {"replies_sent": 1}
    assert answers()[0].provider_sid == fake_channel.sent[0].sid


def test_an_answer_that_cannot_be_sent_becomes_a_task(client, fake_channel):
    household = factories.household(mobile=PARENT)
    fake_channel.fail[PARENT] = [ChannelError("unsubscribed", permanent=True, code=21610)]
    text_from(client)
    assert run_queue()["replies_failed"] == 1
    answer = answers()[0]
    assert answer.status == "failed" and answer.error_code == 21610
    assert db.session.scalar(select(func.count()).select_from(Task).where(
        Task.household_id == household.id)) == 1


def test_transient_failures_stop_being_retried_after_half_an_hour(client, fake_channel):
    household = factories.household(mobile=PARENT)
    text_from(client)
    fake_channel.fail[PARENT] = [ChannelError("HTTP 500", permanent=False)] * 2
    run_queue()
    assert answers()[0].status == ANSWER_RETRY
    with time_machine.travel(clock.now() + reply_queue.GIVE_UP_AFTER, tick=False):
        assert run_queue() == {"replies_failed": 1}
    assert answers()[0].status == "failed"
    assert db.session.scalar(select(Task.kind).where(Task.household_id == household.id)) \
        is TaskKind.CALL_BACK


def test_an_answer_left_sending_by_a_stopped_worker_is_handed_over_not_resent(
        client, fake_channel, monkeypatch):
    household = factories.household(mobile=PARENT)
    text_from(client)
    # The worker stops right after claiming the answer, before the provider call.
    monkeypatch.setattr(reply_queue.channels, "get_channel", lambda: None)
    with pytest.raises(AttributeError):
        run_queue()
    assert answers()[0].status == ANSWER_SENDING
    monkeypatch.undo()
    monkeypatch.setattr(reply_queue.channels, "get_channel", lambda: fake_channel)
    assert run_queue() == {}  # not yet: it may still be on its way
    with time_machine.travel(clock.now() + reply_queue.STUCK_AFTER + timedelta(seconds=1),
                             tick=False):
        assert run_queue() == {"replies_stuck": 1}
    assert answers()[0].status == "unsent" and fake_channel.sent == []
    assert db.session.scalar(select(Task.kind).where(Task.household_id == household.id)) \
        is TaskKind.CALL_BACK


def test_the_worker_runs_the_queue_every_few_seconds(app):
    scheduler = worker.make_scheduler(app, blocking=False)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"tick", "replies"}
    assert jobs["replies"].trigger.interval == timedelta(seconds=reply_queue.REPLY_SECONDS)
    assert "assistant.conversation.reply_queue:answer_waiting_texts" in worker.JOBS


# --- PostgreSQL: several workers share the queue -------------------------------------------

def test_four_workers_at_once_act_on_each_text_once_and_in_order(pg_app, fake_channel,
                                                                 monkeypatch):
    # Few families, many texts each: a worker could only overtake by taking a family's
    # later text while another worker still holds its earlier one.
    practice = factories.practice()
    homes = [factories.household(practice, mobile=f"+4477009011{i:02d}", family_name=f"F{i}",
                                 address=False) for i in range(2)]
    db.session.commit()
    client = pg_app.test_client()
    bodies = ["STOP", "START", "what is this for?", "STOP", "START", "who are you?"]
    for body in bodies:
        for home in homes:
            text_from(client, number=home.phones[0].e164, body=body)
    handled: Counter[int] = Counter()
    order: dict[str, list[str]] = {}
    lock = threading.Lock()
    real = replies.handle_inbound_text

    def counting(session, message, **kwargs):
        number, body, message_id = message.from_number, message.body, message.id
        if body == "STOP":
            time.sleep(0.05)  # slow on a family's earlier text: a later one must still wait
        answer = real(session, message, **kwargs)  # committed: its effect is in place
        with lock:
            handled[message_id] += 1
            order.setdefault(number, []).append(body)
        return answer

    monkeypatch.setattr(replies, "handle_inbound_text", counting)
    db.session.commit()
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def one_worker() -> None:
        try:
            with pg_app.app_context():
                barrier.wait()
                reply_queue.answer_waiting_texts(clock.now())
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=one_worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(handled) == 12 and set(handled.values()) == {1}
    assert order == {home.phones[0].e164: bodies for home in homes}
    assert all(m.handled_at is not None for m in inbound())
    sent_sids = [s.sid for s in fake_channel.sent]
    assert len(sent_sids) == len(set(sent_sids)) == len(answers())


def test_the_demo_phone_waits_for_the_answer_then_shows_it(client, fake_channel):
    from tests.channels.test_sandbox_phone import signed_in, token

    factories.household(mobile=PARENT)
    signed_in(client)
    client.post("/sandbox/phone/reply", data={"csrf_token": token(client), "number": PARENT,
                                              "body": WORRIED})
    page = client.get("/sandbox/phone?number=07700900001").get_data(as_text=True)
    assert 'http-equiv="refresh"' in page and "is answering it" in page
    run_queue()
    page = client.get("/sandbox/phone?number=07700900001").get_data(as_text=True)
    assert 'http-equiv="refresh"' not in page
    assert answers()[0].body.split("\n")[0][:40] in page.replace("&#39;", "'")


def test_coordinators_are_told_when_texts_wait_too_long(client, fake_channel):
    factories.household(mobile=PARENT)
    factories.user()
    factories.login(client)
    text_from(client)
    assert "waited more than two minutes" not in client.get("/coordinator/").get_data(True)
    with time_machine.travel(clock.now() + reply_queue.OVERDUE_AFTER + timedelta(seconds=1),
                             tick=False):
        page = client.get("/coordinator/").get_data(as_text=True)
        assert "1 text from\n  families has waited more than two minutes" in page
        run_queue()
        assert "waited more than two minutes" not in client.get("/coordinator/").get_data(True)


def test_an_attempt_text_twilio_reports_as_sending_is_not_taken_for_a_stuck_answer(
        client, fake_channel):
    household = factories.household(mobile=PARENT)
    sid = "SM" + "6" * 32
    db.session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                           channel="sms", provider_sid=sid, to_number=PARENT,
                           body="Ava is due MMR1", status="queued"))
    db.session.commit()
    post_signed(client, "/twilio/status/sms", {"MessageSid": sid, "MessageStatus": "sending"})
    assert answers()[0].status == "sending"  # Twilio's own word
    with time_machine.travel(clock.now() + reply_queue.STUCK_AFTER * 2, tick=False):
        assert run_queue() == {}
    assert answers()[0].status == "sending" and fake_channel.sent == []
    assert db.session.scalar(select(func.count()).select_from(Task)) == 0
