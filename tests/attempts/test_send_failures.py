"""Twilio failing: 500s, timeouts, invalid numbers, and a worker dying mid-send.

Faked at the HTTP level with ``responses`` against the real TwilioChannel.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
import requests
import responses
import time_machine
from sqlalchemy import func, select

from assistant import channels
from assistant.attempts import dispatch
from assistant.attempts.send import Marks
from assistant.db import db
from assistant.models import (
    AttemptState,
    CodedEvent,
    HouseholdStatus,
    Means,
    Message,
    PhoneStatus,
    Task,
    TaskKind,
)
from tests import factories
from tests.attempts.helpers import attempts_of, codes_of, local, schedule, tick

ACCOUNT = "AC" + "1" * 32
MESSAGES = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
CALLS = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Calls.json"
MONDAY = local(2026, 11, 23, 10, 0)


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"CHANNELS": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT,
            "TWILIO_FROM_NUMBER": "+447911123456"}


def _created(sid: str) -> responses.Response:
    return responses.Response(responses.POST, MESSAGES, status=201, json={
        "sid": sid, "status": "queued", "account_sid": ACCOUNT})


def _error(status: int, code: int) -> responses.Response:
    return responses.Response(responses.POST, MESSAGES, status=status, json={
        "code": code, "message": "error from Twilio", "status": status})


def _household(**options):
    with time_machine.travel(MONDAY, tick=False):
        household = factories.household(**options)
        schedule(household, now=MONDAY)
    return household


@responses.activate
def test_a_500_then_a_timeout_are_retried_later_and_the_text_goes_once(app):
    household = _household(mobile="+447700900301", children=2)
    responses.add(_error(500, 20500))
    responses.add(responses.POST, MESSAGES, body=requests.exceptions.ReadTimeout("slow"))
    responses.add(_created("SM" + "1" * 32))

    with time_machine.travel(MONDAY, tick=False):
        assert tick(MONDAY)["sends_retried"] == 1
    [attempt] = attempts_of(household)
    assert attempt.state is AttemptState.SCHEDULED and attempt.tries == 1
    assert attempt.due_at == MONDAY + timedelta(seconds=60)
    assert "Twilio had a problem" in attempt.last_error
    assert codes_of(household) == []

    with time_machine.travel(MONDAY + timedelta(seconds=30), tick=False):  # not due yet
        assert tick(MONDAY + timedelta(seconds=30)).get("sends_retried") is None
    assert len(responses.calls) == 1

    later = MONDAY + timedelta(seconds=61)
    with time_machine.travel(later, tick=False):
        assert tick(later)["sends_retried"] == 1
    assert attempts_of(household)[0].tries == 2

    later += timedelta(minutes=6)
    with time_machine.travel(later, tick=False):
        assert tick(later)["texts_sent"] == 1
        assert tick(later + timedelta(minutes=1)).get("texts_sent") is None  # never doubled
    assert len(responses.calls) == 3
    form = parse_qs(responses.calls[2].request.body)
    assert form["To"] == ["+447700900301"]
    assert form["StatusCallback"] == ["https://imms.test/twilio/status/sms"]
    first = attempts_of(household)[0]
    assert first.state is AttemptState.MADE and first.provider_sid == "SM" + "1" * 32
    assert len(codes_of(household)) == 2  # once per child
    assert db.session.scalar(select(func.count()).select_from(Message)) == 1


@responses.activate
def test_after_five_failures_the_attempt_moves_to_the_next_means(app):
    household = _household(mobile="+447700900302")
    for _ in range(5):
        responses.add(_error(503, 20503))
    responses.add(responses.POST, CALLS, status=201, json={
        "sid": "CA" + "2" * 32, "status": "queued", "account_sid": ACCOUNT})
    results: Counter[str] = Counter()
    # Each tick after the last wait (1 min, 5 min, 30 min, 2 h); the fifth failure moves on.
    ticks = [MONDAY, local(2026, 11, 23, 11, 0), local(2026, 11, 23, 12, 0),
             local(2026, 11, 23, 13, 0), local(2026, 11, 23, 15, 30)]
    with time_machine.travel(MONDAY, tick=False) as traveller:
        for moment in ticks:
            traveller.move_to(moment)
            results.update(tick(moment))
    assert results["sends_retried"] == 4 and results["attempts_switched"] == 1
    assert results["calls_started"] == 1
    texts, call = attempts_of(household)[0], attempts_of(household)[1]
    assert texts.state is AttemptState.CANCELLED
    assert "the provider failed 5 times; moved to a call" in texts.cancel_reason
    assert call.number == 1 and call.means is Means.CALL and call.state is AttemptState.MADE
    assert parse_qs(responses.calls[-1].request.body)["Url"] == [
        f"https://imms.test/twilio/call/{call.id}/answer"]


@responses.activate
def test_an_invalid_number_counts_as_made_and_the_next_attempt_comes_forward(app):
    household = _household(mobile="+447700900303")  # and an address
    responses.add(_error(400, 21211))
    with time_machine.travel(MONDAY, tick=False):
        assert tick(MONDAY)["numbers_unusable"] == 1
    first, second = attempts_of(household)
    assert first.state is AttemptState.MADE and first.outcome == "failed"
    assert {c.free_text for c in codes_of(household)} == {
        "SMS to 07700 900303 not delivered (the number cannot be used)"}
    assert household.phones[0].status is PhoneStatus.UNUSABLE
    assert second.means is Means.LETTER and second.due_at == local(2026, 11, 24, 9, 0)


@responses.activate
def test_a_household_whose_only_number_is_invalid_goes_to_the_practice_to_cleanse(app):
    household = _household(mobile="+447700900304", address=False)
    responses.add(_error(400, 21211))
    with time_machine.travel(MONDAY, tick=False):
        tick(MONDAY)
    [first] = attempts_of(household)
    assert first.state is AttemptState.MADE  # it still counts
    db.session.refresh(household)
    assert household.status is HouseholdStatus.UNCONTACTABLE
    task = db.session.scalar(select(Task).where(Task.household_id == household.id))
    assert task.kind is TaskKind.CLEANSE_CONTACT
    assert "+44" not in task.summary and "07700" not in task.summary


@responses.activate
def test_a_worker_killed_between_sending_and_recording_is_resent_once_after_the_timeout(app):
    household = _household(mobile="+447700900305", children=2)
    responses.add(_created("SM" + "3" * 32))
    responses.add(_created("SM" + "4" * 32))
    # The run stays open, as a worker that is alive but silent (or on SQLite, where no lock
    # tells a dead run from a live one): only the timeout takes the claim back.
    with time_machine.travel(MONDAY, tick=False), dispatch.Run(db.engine) as run:
        [job] = dispatch.claim(MONDAY, {Means.SMS: 10}, Counter(), run.token)
        with Marks(db.engine) as marks:
            assert marks.mark(job)  # as the sender does, right before the provider call
        channels.get_channel().send_text(channels.TextMessage(
            to=job.to, body=job.body, status_callback=channels.sms_status_url()))
        # ...and the worker goes quiet here: nothing recorded.
        [attempt] = attempts_of(household)
        assert attempt.state is AttemptState.IN_FLIGHT and codes_of(household) == []

        soon = MONDAY + timedelta(minutes=5)
        with time_machine.travel(soon, tick=False):
            assert tick(soon).get("texts_sent") is None  # still in flight: not sent twice
        after = MONDAY + timedelta(minutes=11)
        with time_machine.travel(after, tick=False):
            done = tick(after)
            assert done["attempts_reclaimed"] == 1 and done["texts_sent"] == 1
            assert tick(after + timedelta(minutes=20)).get("texts_sent") is None
    assert len(responses.calls) == 2  # the lost send and its one repeat
    [attempt] = [a for a in attempts_of(household) if a.number == 1]
    assert attempt.state is AttemptState.MADE and attempt.provider_sid == "SM" + "4" * 32
    assert attempt.tries == 1 and "sent again after an interrupted send" in attempt.outcome_detail
    assert db.session.scalar(select(func.count()).select_from(CodedEvent)) == 2


@responses.activate
def test_the_text_posted_to_twilio_is_the_households_one_text(app):
    household = _household(mobile="+447700900306", children=3)
    responses.add(_created("SM" + "5" * 32))
    with time_machine.travel(MONDAY, tick=False):
        tick(MONDAY)
    [call] = responses.calls
    body = parse_qs(call.request.body)["Body"][0]
    for child in household.children:
        assert child.given_name in body and child.nhs_number not in body
    assert json.loads(call.response.text)["sid"] == "SM" + "5" * 32
