"""Sending claimed attempts: sender threads and one recorder, fed by the claim loop.

Dispatch puts each claimed batch in a :class:`Pipeline` and claims the next one
while this one is being sent. Before claiming it waits until no more than one
batch is still waiting, so at most about two batches are claimed and not yet sent:
every attempt goes out within seconds of its re-check.

Senders call the provider with no transaction open, paced per process, and hand
each accepted send to the recorder. Right before each call a sender marks the
attempt ``sending_at`` and commits, only while the claim still holds (a claim
released meanwhile is not sent): after a crash, an attempt without the mark was
certainly never sent (see :mod:`assistant.attempts.dispatch`).

The recorder writes whatever has arrived, one send or several, in one short
transaction, committed at once (durably: a crash must not lose a send and so
resend it). A refused or failed send is recorded by
its sender, in its own transaction. Should a recorder transaction fail, its sends
are recorded one by one, so one bad row cannot lose the others.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass

from flask import Flask
from sqlalchemy import Connection, Engine, bindparam

from assistant import clock
from assistant.attempts import outcomes, record
from assistant.channels.base import Channel, ChannelError, OutboundCall, Sent, TextMessage
from assistant.channels.pacing import RateLimiter
from assistant.db import db
from assistant.models import Attempt, AttemptState, Means

log = logging.getLogger(__name__)

# Sends recorded in one transaction at most: the recorder takes what is waiting, so
# this only caps a burst; it never waits for a batch to fill.
RECORD_MAX = 50
_STOP = object()


@dataclass(frozen=True)
class Job:
    """A claimed attempt, with everything needed to send and record it outside the claim."""

    attempt_id: int
    token: str
    means: Means
    to: str
    body: str               # the text ("" for a call)
    answer_url: str         # what an answered call hears ("" for a text)
    record: record.Planned


@dataclass(frozen=True)
class Route:
    """How one means is sent: its pace and where the provider reports back."""

    limit: RateLimiter
    status_callback: str


_FAILURE_COUNTS = {"unusable": "numbers_unusable", "switched": "attempts_switched",
                   "retry": "sends_retried", "gave_up": "sends_given_up",
                   "reclaimed": "sends_reclaimed_elsewhere"}
_SENT_COUNTS = {Means.SMS: "texts_sent", Means.CALL: "calls_started"}


class Pipeline:
    """Claimed jobs in, sends and records out. Use as a context manager: leaving it
    sends every job already put in and waits until each is recorded."""

    def __init__(self, app: Flask, channel: Channel, routes: dict[Means, Route], *,
                 threads: int) -> None:
        self.app = app
        self.channel = channel
        self.routes = routes
        self.counts: Counter[str] = Counter()
        self._engine: Engine = db.engine
        self._waiting: deque[Job] = deque()
        # One lock, two conditions: senders wait for work, the claim loop for room.
        self._lock = threading.Lock()
        self._work = threading.Condition(self._lock)
        self._room = threading.Condition(self._lock)
        self._closed = False
        self._busy = 0  # jobs taken by a sender and not finished
        self._accepted: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._counts_lock = threading.Lock()
        self._senders = [threading.Thread(target=self._send_all, name=f"send-{i}", daemon=True)
                         for i in range(max(1, threads))]
        self._recorder = threading.Thread(target=self._record_all, name="record", daemon=True)
        for thread in (*self._senders, self._recorder):
            thread.start()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the claim loop's side -----------------------------------------------------------

    def put(self, jobs: Iterable[Job]) -> None:
        """Queue claimed jobs for sending, in order."""
        jobs = list(jobs)
        with self._lock:
            self._waiting.extend(jobs)
            self._work.notify(len(jobs))

    def wait_until_waiting_at_most(self, count: int) -> None:
        """Block until no more than ``count`` claimed jobs wait for a sender."""
        with self._lock:
            while len(self._waiting) > count and self._senders_alive():
                self._room.wait(timeout=1.0)

    def wait_until_idle(self) -> None:
        """Block until every job put in has been sent, and any failure recorded."""
        with self._lock:
            while (self._waiting or self._busy) and self._senders_alive():
                self._room.wait(timeout=1.0)

    def _senders_alive(self) -> bool:
        # Senders catch every error, so this is only a guard against waiting for ever.
        return any(t.is_alive() for t in self._senders)

    def close(self) -> Counter[str]:
        """No more jobs: send those waiting, record every send, and return the counts."""
        with self._lock:
            self._closed = True
            self._work.notify_all()
        for thread in self._senders:
            thread.join()
        self._accepted.put(_STOP)
        self._recorder.join()
        return self.counts

    # --- senders ---------------------------------------------------------------------------

    def _take(self) -> Job | None:
        with self._lock:
            while not self._waiting and not self._closed:
                self._work.wait()
            if not self._waiting:
                return None
            self._busy += 1
            self._room.notify()  # the claim loop may be waiting for room
            return self._waiting.popleft()

    def _finish(self) -> None:
        with self._lock:
            self._busy -= 1
            self._room.notify()  # the claim loop may be waiting for idle

    def _send_all(self) -> None:
        counts: Counter[str] = Counter()
        # One app context for the thread's life, for recording failures (db.transaction).
        with self.app.app_context(), Marks(self._engine) as marks:
            while (job := self._take()) is not None:
                try:
                    result = self._send_one(job, marks)
                except Exception:
                    # Recording a failure failed: the claim times out and the attempt is
                    # tried again then (nothing was sent).
                    log.exception("attempt %s failed and could not be recorded", job.attempt_id)
                    result = "record_failed"
                finally:
                    self._finish()
                if result:
                    counts[result] += 1
        self._add(counts)

    def _send_one(self, job: Job, marks: Marks) -> str | None:
        route = self.routes[job.means]
        route.limit.acquire()
        if not marks.mark(job):
            return "sends_reclaimed_elsewhere"  # released meanwhile: not ours to send
        try:
            sent = self._send(job, route)
        except ChannelError as error:
            return _record_failure(job, error)
        except Exception:
            # A fault in the provider library is not the family's: retry like a 500.
            log.exception("unexpected error sending attempt %s", job.attempt_id)
            return _record_failure(job, ChannelError("unexpected error while sending",
                                                     permanent=False))
        self._accepted.put(record.Accepted(
            attempt_id=job.attempt_id, token=job.token, means=job.means, to=job.to,
            body=job.body, planned=job.record, sent=sent, at=clock.now()))
        return None  # counted by the recorder

    def _send(self, job: Job, route: Route) -> Sent:
        if job.means is Means.SMS:
            return self.channel.send_text(TextMessage(to=job.to, body=job.body,
                                                      status_callback=route.status_callback))
        return self.channel.start_call(OutboundCall(to=job.to, answer_url=job.answer_url,
                                                    status_callback=route.status_callback))

    # --- the recorder ----------------------------------------------------------------------

    def _record_all(self) -> None:
        counts: Counter[str] = Counter()
        # The app's settings (its time zone, for due times); one connection throughout.
        with self.app.app_context(), record.Recorder(self._engine) as recorder:
            self._record_until_stopped(recorder, counts)
        self._add(counts)

    def _record_until_stopped(self, recorder: record.Recorder, counts: Counter[str]) -> None:
        stop = False
        while not stop:
            first = self._accepted.get()
            if first is _STOP:
                break
            batch = [first]
            while len(batch) < RECORD_MAX:  # whatever else has arrived meanwhile
                try:
                    item = self._accepted.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            self._record(recorder, batch, counts)  # type: ignore[arg-type]

    def _record(self, recorder: record.Recorder, batch: list[record.Accepted],
                counts: Counter[str]) -> None:
        try:
            recorder.record(batch)
        except Exception:
            if len(batch) > 1:
                for accepted in batch:  # one bad row must not lose the others
                    self._record(recorder, [accepted], counts)
                return
            # Sent but not recorded: the claim times out and the attempt is sent once more.
            log.exception("attempt %s was sent as %s but could not be recorded",
                          batch[0].attempt_id, batch[0].sent.sid)
            counts["record_failed"] += 1
            return
        for accepted in batch:
            counts[_SENT_COUNTS[accepted.means]] += 1

    def _add(self, counts: Counter[str]) -> None:
        with self._counts_lock:
            self.counts.update(counts)


class Marks:
    """Marks each attempt ``sending_at`` right before its provider call, committed, and only
    while the claim holds. On PostgreSQL one autocommit connection per sender thread: the
    mark is one statement and one round trip."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._connection: Connection | None = None

    def __enter__(self) -> Marks:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.close()

    def mark(self, job: Job) -> bool:
        """True when the claim still held and the mark is committed: the job may be sent."""
        values = {"m_id": job.attempt_id, "m_token": job.token, "m_at": clock.now()}
        if self.engine.dialect.name != "postgresql":
            with self.engine.begin() as connection:
                return connection.execute(_MARK, values).rowcount == 1
        if self._connection is None:
            self._connection = self.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT")
        try:
            return self._connection.execute(_MARK, values).rowcount == 1
        except Exception:
            self.__exit__()  # a broken connection: the next mark opens another
            raise


_ATTEMPTS = Attempt.__table__
_MARK = _ATTEMPTS.update().where(
    _ATTEMPTS.c.id == bindparam("m_id"), _ATTEMPTS.c.claim_token == bindparam("m_token"),
    _ATTEMPTS.c.state == AttemptState.IN_FLIGHT.value,
).values(sending_at=bindparam("m_at"))


def _record_failure(job: Job, error: ChannelError) -> str:
    with db.transaction() as session:
        result = outcomes.record_failure(session, job.attempt_id, job.token, error, clock.now())
    return _FAILURE_COUNTS.get(result, result)
