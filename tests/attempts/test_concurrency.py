"""Two ticks at once on PostgreSQL: every attempt is sent exactly once."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
import time_machine
from sqlalchemy import func, select

from assistant import channels
from assistant.attempts import dispatch, schedule
from assistant.db import db
from assistant.models import Attempt, AttemptState, CodedEvent, Household, Message
from tests import factories
from tests.attempts.fakes import FakeChannel
from tests.attempts.helpers import local

MONDAY = local(2026, 11, 23, 10, 0)
HOUSEHOLDS = 200


@pytest.mark.postgresql_only
def test_two_ticks_at_once_send_every_attempt_exactly_once(pg_app, monkeypatch):
    slow = FakeChannel(delay=0.003)  # a provider that takes its time
    monkeypatch.setattr(channels, "get_channel", lambda: slow)
    with time_machine.travel(MONDAY, tick=False):
        practice = factories.practice()
        for i in range(HOUSEHOLDS):
            household = factories.household(practice, mobile=f"+4477009{i:05d}",
                                            family_name=f"Family{i}")
            schedule.schedule_household(db.session, household, MONDAY)
        db.session.commit()

        results: list[Counter[str]] = []
        errors: list[BaseException] = []
        start = threading.Barrier(2)

        def worker() -> None:
            try:
                with pg_app.app_context():
                    start.wait()
                    results.append(Counter(dispatch.send_due_attempts(
                        MONDAY, budget_seconds=None, threads=2)))
            except BaseException as error:  # surfaced below, with the thread's traceback
                errors.append(error)

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)

    assert not errors, errors
    sent_to = Counter(s.to for s in slow.sent)
    assert len(sent_to) == HOUSEHOLDS and set(sent_to.values()) == {1}
    assert sum(r["texts_sent"] for r in results) == HOUSEHOLDS
    assert all(r["texts_sent"] > 0 for r in results), results  # both really worked
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Attempt).where(
        Attempt.number == 1, Attempt.state == AttemptState.MADE)) == HOUSEHOLDS
    assert db.session.scalar(select(func.count(func.distinct(Message.provider_sid)))) == (
        HOUSEHOLDS)
    assert db.session.scalar(select(func.count()).select_from(CodedEvent)) == HOUSEHOLDS
    # Each household has its second attempt waiting, once.
    assert db.session.scalar(select(func.count()).select_from(Attempt).where(
        Attempt.number == 2, Attempt.state == AttemptState.SCHEDULED)) == HOUSEHOLDS
    assert db.session.scalar(select(func.count()).select_from(Household)) == HOUSEHOLDS
