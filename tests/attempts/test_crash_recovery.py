"""A worker killed mid-send (issue 10): claims never sent go out at once on the next tick;
only the sends truly in flight are sent again as a possible repeat.

A run's liveness is a PostgreSQL session advisory lock, let go by the server when the
process dies; leaving a :class:`dispatch.Run` lets go of it the same way."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select, update

from assistant import channels
from assistant.attempts import dispatch
from assistant.attempts.send import Marks
from assistant.db import db
from assistant.models import Attempt, AttemptState, Means
from tests import factories
from tests.attempts.fakes import FakeChannel
from tests.attempts.helpers import local, schedule, tick

MONDAY = local(2026, 11, 23, 10, 0)
pytestmark = pytest.mark.postgresql_only


def _households(count: int) -> None:
    with time_machine.travel(MONDAY, tick=False):
        practice = factories.practice()
        households = [factories.household(practice, mobile=f"+4477009{i:05d}",
                                          family_name=f"Family{i}") for i in range(count)]
        schedule(*households, now=MONDAY)
        db.session.commit()


def _first_attempts() -> list[Attempt]:
    db.session.expire_all()
    return db.session.scalars(select(Attempt).where(Attempt.number == 1)
                              .order_by(Attempt.id)).all()


def test_after_a_kill_unsent_claims_go_at_once_and_only_the_one_in_flight_twice(pg_app,
                                                                               monkeypatch):
    _households(5)
    channel = FakeChannel()
    monkeypatch.setattr(channels, "get_channel", lambda: channel)
    with time_machine.travel(MONDAY, tick=False):
        with dispatch.Run(db.engine) as run:
            jobs = dispatch.claim(MONDAY, {Means.SMS: 10}, Counter(), run.token)
            assert len(jobs) == 5
            with Marks(db.engine) as marks:
                assert marks.mark(jobs[0])  # its provider call may have happened...
        # ...and the worker is killed: its lock goes with its connection.
        done = tick(MONDAY + timedelta(seconds=5))
    assert done["claims_released_unsent"] == 4 and done["attempts_reclaimed"] == 1
    assert done["texts_sent"] == 5
    attempts = _first_attempts()
    assert {a.state for a in attempts} == {AttemptState.MADE}
    twice = [a for a in attempts if a.outcome_detail]
    assert [a.id for a in twice] == [jobs[0].attempt_id] and twice[0].tries == 1
    assert "may get this twice" in twice[0].outcome_detail
    assert all(a.tries == 0 for a in attempts if a.id != jobs[0].attempt_id)
    assert len(channel.sent) == 5


def test_a_live_workers_claims_are_left_alone(pg_app):
    _households(3)
    seen: list[dict] = []
    with time_machine.travel(MONDAY, tick=False), dispatch.Run(db.engine) as run:
        dispatch.claim(MONDAY, {Means.SMS: 10}, Counter(), run.token)

        def other_worker() -> None:  # its own connection, as another process would be
            with pg_app.app_context():
                seen.append(dispatch.release_dead_runs(db.engine, MONDAY))

        thread = threading.Thread(target=other_worker)
        thread.start()
        thread.join()
        assert seen == [{}]
        assert {a.state for a in _first_attempts()} == {AttemptState.IN_FLIGHT}


def test_a_claim_released_before_its_send_is_not_sent_by_the_old_worker(pg_app):
    _households(2)
    with time_machine.travel(MONDAY, tick=False), dispatch.Run(db.engine) as run:
        jobs = dispatch.claim(MONDAY, {Means.SMS: 10}, Counter(), run.token)
        with db.transaction() as session:  # taken back (a timeout) before the sender got to it
            session.execute(update(Attempt).where(Attempt.id == jobs[1].attempt_id)
                            .values(state=AttemptState.SCHEDULED, claim_token=None))
        with Marks(db.engine) as marks:
            assert [marks.mark(job) for job in jobs] == [True, False]
