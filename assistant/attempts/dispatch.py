"""The due-work loop for texts and calls: claim, send, record.

1. Claim a small batch of due attempts in one short transaction (``SELECT ... FOR
   UPDATE SKIP LOCKED`` on PostgreSQL; SQLite takes its single write lock at BEGIN),
   re-checking each household first, and mark them in flight with a claim token.
2. Call the provider outside any transaction, paced per process, on a few sender
   threads (:mod:`assistant.attempts.send`), while the loop claims the next batch. At most
   about two batches are claimed and not yet sent, so each attempt still goes within
   seconds of its re-check.
3. Record the results in short transactions, each committed as soon as it is written.

Crash recovery. Each attempt is marked ``sending_at`` (committed) right before its
provider call, and only while its claim still holds, so a claim without the mark
was never sent. Each run claims under one token; on PostgreSQL the run holds a
session advisory lock on it, which the server lets go when the worker's process
dies. So the next tick anywhere (a restarted worker's first) knows the run is
dead and releases its claims at once: never-sent ones simply go back in the
queue, and only the marked ones (the provider may have accepted them) are sent
again noted as a possible repeat. Without that lock (SQLite, a run that lost its
connection) a claim is released after ``IN_FLIGHT_TIMEOUT`` the same two ways.
Two workers never claim the same attempt.
"""

from __future__ import annotations

import math
import secrets
import time
from collections import Counter
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from flask import Flask, current_app
from sqlalchemy import Engine, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from assistant import channels, clock
from assistant.attempts import claim as claiming
from assistant.attempts import recheck, schedule
from assistant.attempts.invitations import invitation_text
from assistant.attempts.record import Planned
from assistant.attempts.send import Job, Pipeline, Route
from assistant.booking.links import short_link_row, short_url, store_short_links
from assistant.channels import pacing
from assistant.db import db
from assistant.models import Attempt, AttemptState, Household, Means

__all__ = ["Job", "Run", "batch_size", "claim", "reclaim_stale", "release_dead_runs",
           "send_due_attempts"]

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
RELEASED_AHEAD = timedelta(seconds=1)
MAYBE_TWICE = "sent again after an interrupted send: the family may get this twice"
RUN_PREFIX = "run-"


def send_due_attempts(now: datetime, *, budget_seconds: float | None = BUDGET_SECONDS,
                      threads: int = SEND_THREADS) -> dict[str, int]:
    """Due-work job: send every text and call due at ``now`` (within the send window)."""
    counts: Counter[str] = Counter()
    counts.update(release_dead_runs(db.engine, now))
    with db.transaction() as session:
        counts["attempts_reclaimed"] += reclaim_stale(session, now, IN_FLIGHT_TIMEOUT)
    if not clock.in_send_window(now):
        return +counts
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    sizes = batch_size(app, threads)
    batch = max(sizes.values())
    deadline = None if budget_seconds is None else time.monotonic() + budget_seconds
    drained = False
    with Run(db.engine) as run, \
            Pipeline(app, channels.get_channel(), _routes(app), threads=threads) as pipeline:
        while deadline is None or time.monotonic() < deadline:
            # Claim the next batch once at most one is waiting to be sent.
            pipeline.wait_until_waiting_at_most(batch)
            if not clock.in_send_window(clock.now()):
                break
            jobs, progressed = _claim(now, sizes, counts, run.token)
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
        Means.SMS: Route(pacing.limiter(Means.SMS, app.config[_RATES[Means.SMS]]),
                         channels.sms_status_url()),
        Means.CALL: Route(pacing.limiter(Means.CALL, app.config[_RATES[Means.CALL]]),
                          channels.call_status_url()),
    }


class Run:
    """One dispatch run's claim token. On PostgreSQL the run holds a session advisory lock
    on it, on a connection of its own, for as long as it claims and sends: the server lets
    the lock go when the process dies, which is how others know the run is dead."""

    def __init__(self, engine: Engine) -> None:
        self.key = secrets.randbits(62) + 1
        self.token = f"{RUN_PREFIX}{self.key}"
        self._engine = engine
        self._connection: Any = None

    def __enter__(self) -> Run:
        if self._engine.dialect.name == "postgresql":
            self._connection = self._engine.connect().execution_options(
                isolation_level="AUTOCOMMIT")
            self._connection.execute(select(func.pg_advisory_lock(self.key)))
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:  # a pooled connection keeps session locks: let go before it goes back
                connection.execute(select(func.pg_advisory_unlock(self.key)))
            finally:
                connection.close()


def _release(session_or_connection: Any, where: list[Any], now: datetime) -> dict[str, int]:
    """Put the in-flight attempts matching ``where`` back in the queue: a claim never sent
    as it was (no note), one that may have been sent as a possible repeat. Each goes back a
    second earlier than it was due: claimed first, it goes ahead of the attempts due at
    the same moment (claims take the oldest due first), so it is sent at once."""
    rows = session_or_connection.execute(
        select(Attempt.id, Attempt.claim_token, Attempt.due_at, Attempt.means,
               Attempt.sending_at)
        .where(Attempt.state == AttemptState.IN_FLIGHT, *where)).all()
    never_sent = [r for r in rows if r.means in PHONE_MEANS and r.sending_at is None]
    maybe_sent = [r for r in rows if r not in never_sent]
    for group, statement in ((never_sent, _released_unsent()), (maybe_sent, _released_maybe())):
        if group:
            session_or_connection.execute(statement, [
                {"r_id": r.id, "r_token": r.claim_token, "r_due": r.due_at - RELEASED_AHEAD,
                 "r_now": now} for r in group])
    return {"claims_released_unsent": len(never_sent), "attempts_reclaimed": len(maybe_sent)}


def _release_statement(**values: Any) -> Any:
    # Still in flight under the same claim: two releasers never release one attempt twice.
    table = Attempt.__table__
    return table.update().where(
        table.c.id == bindparam("r_id"), table.c.claim_token == bindparam("r_token"),
        table.c.state == AttemptState.IN_FLIGHT.value,
    ).values(state=AttemptState.SCHEDULED.value, claim_token=None,
             due_at=bindparam("r_due"), updated_at=bindparam("r_now"), **values)


@cache
def _released_unsent() -> Any:
    return _release_statement()


@cache
def _released_maybe() -> Any:
    table = Attempt.__table__
    return _release_statement(sending_at=None, tries=table.c.tries + 1,
                              outcome_detail=MAYBE_TWICE)


def release_dead_runs(engine: Engine, now: datetime) -> dict[str, int]:
    """Release at once the claims of runs whose worker died (PostgreSQL: nobody holds the
    run's advisory lock any more). Elsewhere nothing: :func:`reclaim_stale` waits instead."""
    counts: Counter[str] = Counter()
    if engine.dialect.name != "postgresql":
        return counts
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        tokens = connection.scalars(
            select(Attempt.claim_token).distinct()
            .where(Attempt.state == AttemptState.IN_FLIGHT, Attempt.means.in_(PHONE_MEANS),
                   Attempt.claim_token.startswith(RUN_PREFIX))).all()
        for token in tokens:
            key = _run_key(token)
            if key is None or not connection.scalar(select(func.pg_try_advisory_lock(key))):
                continue  # its worker is alive (or the token is not a run's)
            try:  # each statement commits by itself, while the dead run's lock is ours
                counts.update(_release(connection, [Attempt.claim_token == token], now))
            finally:
                connection.execute(select(func.pg_advisory_unlock(key)))
    return +counts


def _run_key(token: str | None) -> int | None:
    digits = (token or "").removeprefix(RUN_PREFIX)
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 19):
        return None
    key = int(digits)
    return key if key < 2**63 else None  # PostgreSQL's advisory keys are bigints


def reclaim_stale(session: Session, now: datetime, timeout: timedelta) -> int:
    """In-flight attempts claimed longer ago than ``timeout`` (a worker died between claiming
    and recording, and nothing said so sooner) go back to the queue: marked as a possible
    repeat only when the provider may have been asked (``sending_at``). Letters in a
    batch are always a possible repeat (the file may have been written)."""
    counts = _release(session, [Attempt.claimed_at < now - timeout], now)
    return sum(counts.values())


def batch_size(app: Flask, threads: int) -> dict[Means, int]:
    """How many texts and calls one claim takes: about ``BATCH_SECONDS`` of sending at
    each configured rate, at least one per thread, at most ``BATCH_MAX``."""
    sizes = {}
    for means, setting in _RATES.items():
        rate = app.config[setting]
        sizes[means] = BATCH_MAX if rate <= 0 else max(
            1, min(BATCH_MAX, max(threads, math.ceil(rate * BATCH_SECONDS))))
    return sizes


def claim(now: datetime, sizes: dict[Means, int], counts: Counter[str],
          token: str | None = None) -> list[Job]:
    """Claim due texts and calls (up to ``sizes`` of each), re-checking each household first,
    under ``token`` (a :class:`Run`'s; by default a fresh one that no live run holds)."""
    return _claim(now, sizes, counts, token or Run(db.engine).token)[0]


def _claim(now: datetime, sizes: dict[Means, int], counts: Counter[str],
           token: str) -> tuple[list[Job], bool]:
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
        claimed_at = clock.now()
        jobs, marks, links = [], [], []
        for attempt in checked.go:
            made = _prepare(attempt, token, checked.used.get(attempt.household_id, []),
                            links, claimed_at)
            if made is not None:
                jobs.append(made[0])
                marks.append({"b_id": attempt.id, "b_token": token, "b_at": claimed_at,
                              "b_phone": made[1]})
        if marks:
            connection.execute(_mark_statement(), marks)
            store_short_links(connection, links)  # each text's short booking link
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
        claimed_at=bindparam("b_at"), phone_id=bindparam("b_phone"), sending_at=None,
        updated_at=bindparam("b_at"))


def _prepare(attempt: claiming.DueAttempt, token: str, used: list[Means],
             links: list[dict], now: datetime) -> tuple[Job, int] | None:
    """The job for a locked attempt that passed its re-check, and the phone it goes to;
    a text's short booking link is added to ``links`` (stored with the claim)."""
    if attempt.means not in PHONE_MEANS:
        return None  # a letter waits for the practice's daily batch
    phone = schedule.phone_for(attempt, attempt.means)  # type: ignore[arg-type]
    if phone is None:  # the re-check said the means works, so this is only a safety net
        return None
    body = answer_url = ""
    if attempt.means is Means.SMS:
        children = [(c.given_name, c.missing_vaccines) for c in attempt.children]
        link = short_link_row(attempt.household_id, now)
        links.append(link)
        body = invitation_text(attempt.practice.name, children, short_url(link["code"]))
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
