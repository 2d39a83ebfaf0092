"""Delivery and call statuses from the provider, in any order (apply_provider_status)."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import select

from assistant.attempts.outcomes import apply_provider_status
from assistant.db import db
from assistant.models import (
    AttemptState,
    CodedEvent,
    Direction,
    Means,
    Message,
    PhoneStatus,
)
from tests import factories
from tests.attempts.helpers import attempts_of, local, schedule, tick

MONDAY = local(2026, 11, 23, 10, 0)


def _sent_first_attempt(**options):
    with time_machine.travel(MONDAY, tick=False):
        household = factories.household(**options)
        schedule(household, now=MONDAY)
        tick(MONDAY)
    first = attempts_of(household)[0]
    assert first.state is AttemptState.MADE
    return household, first


def _apply(sid, status, error_code=None, **extra):
    with time_machine.travel(MONDAY + timedelta(minutes=1), tick=False):
        apply_provider_status(db.session, sid=sid, status=status, error_code=error_code, **extra)
        db.session.commit()


def _free_texts(attempt):
    db.session.expire_all()
    return {c.free_text for c in db.session.scalars(
        select(CodedEvent).where(CodedEvent.attempt_id == attempt.id))}


def test_delivered_is_written_into_every_childs_code(app, fake_channel):
    household, first = _sent_first_attempt(children=2, mobile="+447700900123")
    _apply(first.provider_sid, "sent")
    _apply(first.provider_sid, "delivered")
    assert _free_texts(first) == {"SMS sent to 07700 900123, delivered"}
    assert len(household.children) == 2


def test_callbacks_out_of_order_never_move_the_status_back(app, fake_channel):
    _, first = _sent_first_attempt(mobile="+447700900124")
    _apply(first.provider_sid, "delivered")
    _apply(first.provider_sid, "sent")       # late
    _apply(first.provider_sid, "queued")     # later still
    _apply(first.provider_sid, "delivered")  # a repeat
    db.session.expire_all()
    assert attempts_of_first(first).outcome == "delivered"
    assert _free_texts(first) == {"SMS sent to 07700 900124, delivered"}
    message = db.session.scalar(select(Message).where(Message.provider_sid == first.provider_sid))
    assert message.status == "delivered"


def attempts_of_first(first):
    return db.session.get(type(first), first.id)


def test_an_unknown_sid_or_status_changes_nothing(app):
    _apply("SM" + "f" * 32, "delivered")
    assert db.session.scalar(select(Message)) is None
    factories.household()
    db.session.commit()
    _apply("SM" + "f" * 32, "teleported")


def test_a_landline_given_as_a_mobile_is_marked_unusable_and_the_next_attempt_comes_forward(
        app, fake_channel):
    household, first = _sent_first_attempt(mobile="+447700900125")  # and an address
    second = attempts_of(household)[1]
    assert second.means is Means.CALL and second.due_at == local(2026, 11, 30, 10, 0)
    _apply(first.provider_sid, "undelivered", 30006)
    db.session.expire_all()
    assert household.phones[0].status is PhoneStatus.UNUSABLE
    assert _free_texts(first) == {
        "SMS to 07700 900125 not delivered (the number cannot be used)"}
    live = [a for a in attempts_of(household) if a.state is AttemptState.SCHEDULED]
    [waiting] = live
    # The mobile cannot be called either now: a letter, on the next working day.
    assert waiting.number == 2 and waiting.means is Means.LETTER
    assert waiting.due_at == local(2026, 11, 24, 9, 0)


def test_a_stop_at_the_network_opts_the_number_out_of_texts_only(app, fake_channel):
    household, first = _sent_first_attempt(mobile="+447700900126")
    _apply(first.provider_sid, "failed", 21610)
    db.session.expire_all()
    phone = household.phones[0]
    assert phone.sms_opted_out_at is not None and phone.status is PhoneStatus.USABLE
    second = attempts_of(household)[1]
    assert second.means is Means.CALL and second.state is AttemptState.SCHEDULED
    assert second.due_at == local(2026, 11, 30, 10, 0)  # not brought forward


def _called(**options):
    with time_machine.travel(MONDAY, tick=False):
        household = factories.household(mobile=None, landline="+441514960500", **options)
        schedule(household, now=MONDAY)
        tick(MONDAY)
    return attempts_of(household)[0]


def test_an_unanswered_call_is_made_and_unsuccessful(app, fake_channel):
    first = _called()
    assert first.means is Means.CALL
    _apply(first.provider_sid, "ringing")
    _apply(first.provider_sid, "no-answer")
    db.session.expire_all()
    assert attempts_of_first(first).state is AttemptState.MADE
    assert _free_texts(first) == {"Telephone call to 0151 496 0500, no answer"}


def test_a_machine_answering_after_the_call_completed_is_still_a_voicemail(app, fake_channel):
    first = _called()
    _apply(first.provider_sid, "in-progress")
    _apply(first.provider_sid, "completed", duration=21)
    _apply(first.provider_sid, "in-progress", answered_by="machine_end_beep")
    assert _free_texts(first) == {"Telephone call to 0151 496 0500, voicemail left"}
    message = db.session.scalar(select(Message).where(Message.provider_sid == first.provider_sid))
    assert message.status == "completed"


def test_a_person_answering_is_recorded_as_answered(app, fake_channel):
    first = _called()
    _apply(first.provider_sid, "in-progress", answered_by="human")
    _apply(first.provider_sid, "completed", duration=38)
    assert _free_texts(first) == {"Telephone call to 0151 496 0500, answered"}


def test_a_failed_reply_text_still_marks_the_number(app):
    household = factories.household(mobile="+447700900127")
    db.session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                           channel="sms", provider_sid="SM" + "a" * 32,
                           to_number="+447700900127", body="Thank you", status="sent"))
    db.session.commit()
    _apply("SM" + "a" * 32, "undelivered", 30005)
    db.session.expire_all()
    assert household.phones[0].status is PhoneStatus.UNUSABLE
