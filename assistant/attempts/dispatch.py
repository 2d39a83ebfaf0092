"""The due-work loop for texts and calls: claim, send, record.

1. Claim a small batch of due attempts in one short transaction (``SELECT ... FOR
   UPDATE SKIP LOCKED`` on PostgreSQL; SQLite takes its single write lock at BEGIN),
   re-checking each household first, and mark them in flight with a claim token.
2. Call the provider outside any transaction, paced per process, on a few sender
   threads (:mod:`assistant.attempts.send`), while the loop claims the next batch. At most
   about two batches are claimed and not yet sent, so each attempt still goes within
   seconds of its re-check.
3. Record the results in short transactions, each committed as soon as it is written.

A worker that dies between 1 and 3 leaves attempts in flight; after
``IN_FLIGHT_TIMEOUT`` the next tick puts them back in the queue to be sent once
more, noted as a possible repeat. Two workers never claim the same attempt.
"""

from __future__ import annotations

import math
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from flask import Flask, current_app
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, selectinload

from assistant import channels, clock
from assistant.attempts import claim as claiming
from assistant.attempts import recheck, schedule
from assistant.attempts.invitations import invitation_text
from assistant.attempts.record import Planned
from assistant.attempts.send import Job, Pipeline, Route
from assistant.booking.links import booking_url
from assistant.channels import pacing
from assistant.db import db
from assistant.models import Attempt, AttemptState, Household, Means

__all__ = ["Job", "batch_size", "claim", "reclaim_stale", "send_due_attempts"]

IN_FLIGHT_TIMEOUT = timedelta(minutes=10)
BATCH_MAX = 50
# Seconds of sending one claim covers at the configured rate. Up to two claims wait
# to be sent, so a claimed attempt is sent within about twice this of its re-check.
BATCH_SECONDS = 2.5
# A tick stops claiming after this long so other due work (and the next tick) runs.
BUDGET_SECONDS = 25.0
# Sends in flight at once per worker: the provider answers in ~0.1-0.5 s, so one
# thread could not keep up with 10 texts a second. Pacing still applies.
SEND_THREADS = 4
PHONE_MEANS = (Means.SMS, Means.CALL)
_RATES = {Means.SMS: "SMS_PER_SECOND", Means.CALL: "CALLS_PER_SECOND"}


def send_due_attempts(now: datetime, *, budget_seconds: float | None = BUDGET_SECONDS,
                      threads: int = SEND_THREADS) -> dict[str, int]:
    """Due-work job: send every text and call due at ``now`` (within the send window)."""
    counts: Counter[str] = Counter()
    with db.transaction() as session:
        counts["attempts_reclaimed"] = reclaim_stale(session, now, IN_FLIGHT_TIMEOUT)
    if not clock.in_send_window(now):
        return +counts
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    sizes = batch_size(app, threads)
    batch = max(sizes.values())
    deadline = None if budget_seconds is None else time.monotonic() + budget_seconds
    drained = False
    with Pipeline(app, channels.get_channel(), _routes(app), threads=threads) as pipeline:
        while deadline is None or time.monotonic() < deadline:
            # Claim the next batch once at most one is waiting to be sent.
            pipeline.wait_until_waiting_at_most(batch)
            if not clock.in_send_window(clock.now()):
                break
            jobs, progressed = _claim(now, sizes, counts)
            pipeline.put(jobs)
            if progressed:
                drained = False
            elif drained:
                break
            else:
                # Nothing due now, but a send still under way may fail and move its
                # attempt to a call due at once: let it finish, then look once more.
                pipeline.wait_until_idle()
                drained = True
    counts.update(pipeline.counts)
    return +counts


def _routes(app: Flask) -> dict[Means, Route]:
    return {
        Means.SMS: Route(pacing.limiter("sms", app.config[_RATES[Means.SMS]]),
                         channels.sms_status_url()),
        Means.CALL: Route(pacing.limiter("call", app.config[_RATES[Means.CALL]]),
                          channels.call_status_url()),
    }


def reclaim_stale(session: Session, now: datetime, timeout: timedelta) -> int:
    """In-flight attempts claimed longer ago than ``timeout`` (a worker died between claiming
    and recording) go back to the queue, marked as a possible repeat."""
    result = session.execute(
        update(Attempt)
        .where(Attempt.state == AttemptState.IN_FLIGHT, Attempt.claimed_at < now - timeout)
        .values(state=AttemptState.SCHEDULED, claim_token=None, due_at=now,
                tries=Attempt.tries + 1,
                outcome_detail="sent again after an interrupted send: "
                               "the family may get this twice")
        .execution_options(synchronize_session=False))
    return result.rowcount or 0


def batch_size(app: Flask, threads: int) -> dict[Means, int]:
    """How many texts and calls one claim takes: about ``BATCH_SECONDS`` of sending at
    each configured rate, at least one per thread, at most ``BATCH_MAX``."""
    sizes = {}
    for means, setting in _RATES.items():
        rate = app.config[setting]
        sizes[means] = BATCH_MAX if rate <= 0 else max(
            1, min(BATCH_MAX, max(threads, math.ceil(rate * BATCH_SECONDS))))
    return sizes


def claim(now: datetime, sizes: dict[Means, int], counts: Counter[str]) -> list[Job]:
    """Claim due texts and calls (up to ``sizes`` of each), re-checking each household first."""
    return _claim(now, sizes, counts)[0]


def _claim(now: datetime, sizes: dict[Means, int],
           counts: Counter[str]) -> tuple[list[Job], bool]:
    """The jobs claimed, and whether the claim changed anything (when it did not,
    nothing more is due)."""
    with db.transaction() as session:
        connection = session.connection()
        due = claiming.lock_due(connection, now, sizes)
        if not due:
            return [], False
        checked = claiming.recheck(connection, due)
        changed = 0
        if checked.others:
            # Cancel or switch through the ORM, as ever. A switched attempt due now is
            # still scheduled: the next claim of this loop takes it.
            changed = _settle(session, [d.id for d in checked.others], now, counts)
        token, claimed_at = uuid.uuid4().hex, clock.now()
        jobs, marks = [], []
        for attempt in checked.go:
            made = _prepare(attempt, token, checked.used.get(attempt.household_id, []))
            if made is not None:
                jobs.append(made[0])
                marks.append({"b_id": attempt.id, "b_token": token, "b_at": claimed_at,
                              "b_phone": made[1]})
        if marks:
            connection.execute(_mark_statement(), marks)
    return jobs, bool(jobs or changed)


def _settle(session: Session, ids: list[int], now: datetime, counts: Counter[str]) -> int:
    due = session.scalars(
        select(Attempt).where(Attempt.id.in_(ids))
        .options(selectinload(Attempt.household).selectinload(Household.phones),
                 selectinload(Attempt.household).selectinload(Household.children),
                 selectinload(Attempt.household).selectinload(Household.practice))).all()
    verdicts = recheck.recheck_batch(session, due, now)
    session.flush()
    counts["attempts_cancelled"] += verdicts.cancelled
    counts["attempts_switched"] += verdicts.switched
    return verdicts.cancelled + verdicts.switched


@cache
def _mark_statement() -> Any:
    table = Attempt.__table__
    return table.update().where(table.c.id == bindparam("b_id")).values(
        state=AttemptState.IN_FLIGHT.value, claim_token=bindparam("b_token"),
        claimed_at=bindparam("b_at"), phone_id=bindparam("b_phone"),
        updated_at=bindparam("b_at"))


def _prepare(attempt: claiming.DueAttempt, token: str,
             used: list[Means]) -> tuple[Job, int] | None:
    """The job for a locked attempt that passed its re-check, and the phone it goes to."""
    if attempt.means not in PHONE_MEANS:
        return None  # a letter waits for the practice's daily batch
    phone = schedule.phone_for(attempt, attempt.means)  # type: ignore[arg-type]
    if phone is None:  # the re-check said the means works, so this is only a safety net
        return None
    body = answer_url = ""
    if attempt.means is Means.SMS:
        children = [(c.given_name, c.missing_vaccines) for c in attempt.children]
        body = invitation_text(attempt.practice.name, children,
                               booking_url(attempt.household_id))
    else:
        answer_url = channels.call_answer_url(attempt.id)
    practice = attempt.practice
    planned = Planned(
        number=attempt.number, household_id=attempt.household_id,
        children=tuple((c.id, c.practice_id) for c in attempt.children),
        next_means=recheck.plan_next(attempt.number, attempt.means, claiming.order(practice),
                                      claiming.reach(attempt), used),
        spacing_days=practice.attempt_spacing_days)
    return Job(attempt.id, token, attempt.means, phone.e164, body, answer_url, planned), phone.id
