"""The send pipeline: claims overlap sending but stay bounded; results recorded together."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import time_machine
from sqlalchemy import func, select, update

from assistant import channels
from assistant.attempts import dispatch, record
from assistant.channels import pacing
from assistant.channels.base import Sent
from assistant.db import db
from assistant.models import Attempt, AttemptState, CodedEvent, Means, Message
from tests import factories
from tests.attempts.fakes import FakeChannel
from tests.attempts.helpers import attempts_of, local, schedule

MONDAY = local(2026, 11, 23, 10, 0)


def _households(count: int):
    with time_machine.travel(MONDAY, tick=False):
        practice = factories.practice()
        households = [factories.household(practice, mobile=f"+4477009{i:05d}",
                                          family_name=f"Family{i}") for i in range(count)]
        schedule(*households, now=MONDAY)
    return households


class GatedChannel(FakeChannel):
    """Counts sends as they start; the first waits until ``opened`` (or 10 s)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = 0
        self.opened = threading.Event()
        self.waited_in_vain = False
        self._count = threading.Lock()

    def _send_text(self, message):
        with self._count:
            self.started += 1
            first = self.started == 1
        if first:
            self.waited_in_vain = not self.opened.wait(timeout=10)
        return super()._send_text(message)


def test_the_next_batch_is_claimed_while_one_is_sent_and_at_most_two_wait(app, monkeypatch):
    households = _households(12)
    channel = GatedChannel()
    monkeypatch.setattr(channels, "get_channel", lambda: channel)
    monkeypatch.setattr(dispatch, "BATCH_MAX", 3)  # 12 texts: four claims of three
    claim = dispatch._claim
    unsent_at_claims: list[int] = []
    claimed = 0

    def watched(now, sizes, counts, token):
        nonlocal claimed
        unsent_at_claims.append(claimed - channel.started)
        if len(unsent_at_claims) == 2:
            channel.opened.set()  # the second claim came while the first send was under way
        jobs, progressed = claim(now, sizes, counts, token)
        claimed += len(jobs)
        return jobs, progressed

    monkeypatch.setattr(dispatch, "_claim", watched)
    with time_machine.travel(MONDAY, tick=False):
        db.session.commit()
        done = dispatch.send_due_attempts(MONDAY, threads=1)
    assert not channel.waited_in_vain
    assert done["texts_sent"] == 12
    # Before each claim at most one batch waited (and the sender held one more), so after
    # it at most about two.
    assert max(unsent_at_claims) <= 3 + 1, unsent_at_claims
    assert sorted(s.to for s in channel.sent) == sorted(h.phones[0].e164 for h in households)


def test_a_send_whose_claim_was_taken_back_is_stored_but_not_made_again(app):
    ours, taken = _households(2)
    with time_machine.travel(MONDAY, tick=False):
        db.session.commit()
        jobs = dispatch.claim(MONDAY, {Means.SMS: 10}, Counter())
        by_household = {job.record.household_id: job for job in jobs}
        # The claim on one timed out and another worker took the attempt back.
        with db.transaction() as session:
            session.execute(update(Attempt).where(Attempt.household_id == taken.id)
                            .values(claimed_at=MONDAY - timedelta(hours=1)))
            assert dispatch.reclaim_stale(session, MONDAY, dispatch.IN_FLIGHT_TIMEOUT) == 1
        accepted = [record.Accepted(
            attempt_id=job.attempt_id, token=job.token, means=job.means, to=job.to,
            body=job.body, planned=job.record, sent=Sent(f"SM{job.attempt_id:032d}", "queued"),
            at=MONDAY) for job in (by_household[ours.id], by_household[taken.id])]
        assert record.record_sent(db.engine, accepted) == [True, False]

    first, second = attempts_of(ours)
    assert first.state is AttemptState.MADE and second.number == 2
    [again] = attempts_of(taken)
    assert again.state is AttemptState.SCHEDULED and again.provider_sid is None
    assert db.session.scalar(select(func.count()).select_from(Message)) == 2  # both kept
    assert {c.household_id for c in db.session.scalars(select(CodedEvent))} == {ours.id}


class SameSidChannel(FakeChannel):
    """A provider answering the same SID twice: the second cannot be recorded."""

    def _send_text(self, message):
        super()._send_text(message)
        return Sent("SM" + "7" * 32, "queued")


def test_a_result_that_cannot_be_recorded_does_not_lose_the_others(app, monkeypatch):
    first, second = _households(2)
    channel = SameSidChannel()
    monkeypatch.setattr(channels, "get_channel", lambda: channel)
    with time_machine.travel(MONDAY, tick=False):
        db.session.commit()
        done = dispatch.send_due_attempts(MONDAY, threads=2)
    assert done["texts_sent"] == 1 and done["record_failed"] == 1
    states = sorted(attempts_of(h)[0].state.value for h in (first, second))
    # The unrecorded one stays in flight: after the timeout it is sent once more.
    assert states == [AttemptState.IN_FLIGHT.value, AttemptState.MADE.value]
    assert db.session.scalar(select(func.count()).select_from(CodedEvent)) == 1


def test_no_pacing_is_one_shared_bucket_that_never_waits():
    assert pacing.limiter("sms", 0) is pacing.UNLIMITED
    assert pacing.limiter("call", -1) is pacing.UNLIMITED
    assert pacing.UNLIMITED.acquire() == 0.0
