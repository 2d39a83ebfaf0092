"""The due-work loop for texts and calls: claim, send, record.

1. Claim a small batch of due attempts in one short transaction (``SELECT ... FOR
   UPDATE SKIP LOCKED`` on PostgreSQL; SQLite takes its single write lock at BEGIN),
   re-checking each household first, and mark them in flight with a claim token.
2. Call the provider outside any transaction, paced per process.
3. Record each result in its own short transaction.

A worker that dies between 1 and 3 leaves attempts in flight; after
``IN_FLIGHT_TIMEOUT`` the next tick puts them back in the queue to be sent once
more, noted as a possible repeat. Two workers never claim the same attempt.
"""

from __future__ import annotations

import logging
import math
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask, current_app
from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from assistant import attempts, channels, clock, outcomes, pacing
from assistant.booking.links import booking_url
from assistant.channels.base import Channel, ChannelError, OutboundCall, Sent, TextMessage
from assistant.db import db
from assistant.invitations import invitation_text
from assistant.models import Attempt, AttemptState, Household, Means

log = logging.getLogger(__name__)

IN_FLIGHT_TIMEOUT = timedelta(minutes=10)
BATCH_MAX = 50
# Seconds of sending one claim covers at the configured rate: small enough that a
# claimed attempt is sent within seconds of its re-check.
BATCH_SECONDS = 5
# A tick stops claiming after this long so other due work (and the next tick) runs.
BUDGET_SECONDS = 25.0
# Sends in flight at once per worker: the provider answers in ~0.1-0.5 s, so one
# thread could not keep up with 10 texts a second. Pacing still applies.
SEND_THREADS = 4
PHONE_MEANS = (Means.SMS, Means.CALL)


@dataclass(frozen=True)
class Job:
    """A claimed attempt, with everything needed to send and record it outside the claim."""

    attempt_id: int
    token: str
    means: Means
    to: str
    body: str
    record: outcomes.Planned


def send_due_attempts(now: datetime, *, budget_seconds: float | None = BUDGET_SECONDS,
                      threads: int = SEND_THREADS) -> dict[str, int]:
    """Due-work job: send every text and call due at ``now`` (within the send window)."""
    counts: Counter[str] = Counter()
    with db.transaction() as session:
        counts["attempts_reclaimed"] = reclaim_stale(session, now, IN_FLIGHT_TIMEOUT)
    if not clock.in_send_window(now):
        return +counts
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    channel = channels.get_channel()
    sizes = batch_size(app, threads)
    deadline = None if budget_seconds is None else time.monotonic() + budget_seconds
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        while deadline is None or time.monotonic() < deadline:
            if not clock.in_send_window(clock.now()):
                break
            jobs = claim(now, sizes, counts)
            if not jobs:
                break
            for result in pool.map(lambda job: _send_in_context(app, channel, job), jobs):
                counts[result] += 1
    return +counts


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
    for means, setting in ((Means.SMS, "SMS_PER_SECOND"), (Means.CALL, "CALLS_PER_SECOND")):
        rate = app.config[setting]
        sizes[means] = BATCH_MAX if rate <= 0 else max(
            1, min(BATCH_MAX, max(threads, math.ceil(rate * BATCH_SECONDS))))
    return sizes


def claim(now: datetime, sizes: dict[Means, int], counts: Counter[str]) -> list[Job]:
    """Claim due texts and calls (up to ``sizes`` of each), re-checking each household first."""
    with db.transaction() as session:
        due: list[Attempt] = []
        for means, size in sizes.items():
            due += session.scalars(
                select(Attempt)
                .where(Attempt.state == AttemptState.SCHEDULED, Attempt.due_at <= now,
                       Attempt.means == means)
                .order_by(Attempt.due_at, Attempt.id).limit(size)
                .options(selectinload(Attempt.household).selectinload(Household.phones),
                         selectinload(Attempt.household).selectinload(Household.children),
                         selectinload(Attempt.household).selectinload(Household.practice))
                .with_for_update(skip_locked=True, of=Attempt)).all()
        if not due:
            return []
        verdicts = attempts.recheck_batch(session, due, now)
        counts["attempts_cancelled"] += verdicts.cancelled
        counts["attempts_switched"] += verdicts.switched
        token = uuid.uuid4().hex
        claimed_at = clock.now()
        jobs = []
        for attempt in verdicts.go:
            job = _prepare(attempt, token, claimed_at,
                           verdicts.used.get(attempt.household_id, []))
            if job is not None:
                jobs.append(job)
    return jobs


def _prepare(attempt: Attempt, token: str, claimed_at: datetime,
             used: list[Means]) -> Job | None:
    if attempt.means not in PHONE_MEANS:
        return None  # switched to a letter: it waits for the practice's daily batch
    household = attempt.household
    phone = attempts.phone_for(household, attempt.means)
    if phone is None:  # the re-check said the means works, so this is only a safety net
        return None
    attempt.state = AttemptState.IN_FLIGHT
    attempt.claim_token = token
    attempt.claimed_at = claimed_at
    attempt.phone_id = phone.id
    body = ""
    if attempt.means is Means.SMS:
        children = [(c.given_name, list(c.missing_vaccines or [])) for c in household.children]
        body = invitation_text(household.practice.name, children, booking_url(household.id))
    planned = outcomes.Planned(
        number=attempt.number, household_id=household.id, practice_id=household.practice_id,
        child_ids=tuple(c.id for c in household.children),
        next_means=attempts.plan_next(attempt, used),
        spacing_days=household.practice.attempt_spacing_days)
    return Job(attempt.id, token, attempt.means, phone.e164, body, planned)


def _send_in_context(app: Flask, channel: Channel, job: Job) -> str:
    with app.app_context():
        return send_and_record(channel, job)


def send_and_record(channel: Channel, job: Job) -> str:
    """Send one claimed attempt (no transaction open) and record the result."""
    limit = pacing.limiter(job.means.value, current_app.config[
        "SMS_PER_SECOND" if job.means is Means.SMS else "CALLS_PER_SECOND"])
    limit.acquire()
    try:
        sent = _send(channel, job)
    except ChannelError as error:
        return _record_failure(job, error)
    except Exception:
        # A fault in the provider library is not the family's: retry like a 500.
        log.exception("unexpected error sending attempt %s", job.attempt_id)
        return _record_failure(job, ChannelError("unexpected error while sending",
                                                 permanent=False))
    try:
        with db.engine.begin() as connection:
            outcomes.record_sent(connection, job.attempt_id, job.token, job.means, sent,
                                 to=job.to, body=job.body, at=clock.now(), planned=job.record)
    except Exception:
        # Sent but not recorded: the claim times out and the attempt is sent once more.
        log.exception("attempt %s was sent as %s but could not be recorded",
                      job.attempt_id, sent.sid)
        return "record_failed"
    return "texts_sent" if job.means is Means.SMS else "calls_started"


def _send(channel: Channel, job: Job) -> Sent:
    if job.means is Means.SMS:
        return channel.send_text(TextMessage(to=job.to, body=job.body,
                                             status_callback=channels.sms_status_url()))
    return channel.start_call(OutboundCall(to=job.to,
                                           answer_url=channels.call_answer_url(job.attempt_id),
                                           status_callback=channels.call_status_url()))


_FAILURE_COUNTS = {"unusable": "numbers_unusable", "switched": "attempts_switched",
                   "retry": "sends_retried", "gave_up": "sends_given_up",
                   "reclaimed": "sends_reclaimed_elsewhere"}


def _record_failure(job: Job, error: ChannelError) -> str:
    with db.transaction() as session:
        result = outcomes.record_failure(session, job.attempt_id, job.token, error, clock.now())
    return _FAILURE_COUNTS.get(result, result)
