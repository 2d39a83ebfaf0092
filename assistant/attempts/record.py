"""Recording sends the provider accepted: the hot path after each text or call.

For each accepted send, while our claim on the attempt still holds: the attempt
is made, the outbound message stored (always, so its status callbacks find it),
the attempt coded against each child, and the next attempt scheduled. A few sends
are recorded at once and committed before :func:`record_sent` returns, durably:
a crash after that must not resend them (one before it resends once, when the
claim times out).

On PostgreSQL that is one statement, its own transaction and one round trip: the
sends travel as one JSON parameter, and a data-modifying ``WITH`` makes the
attempts and writes the rest only for the attempts it made. Elsewhere (SQLite, in
tests and the demo) it is one transaction of a few statements, each given every
row at once. Everything else was worked out when the attempts were claimed
(:class:`Planned`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select, text

from assistant.attempts import rules
from assistant.attempts.schedule import national
from assistant.channels.base import Sent
from assistant.models import (
    Attempt,
    AttemptState,
    CodedEvent,
    Direction,
    Means,
    Message,
    MessageChannel,
)
from assistant.records import codes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Planned:
    """What recording a sent attempt needs, worked out when it was claimed."""

    number: int
    household_id: int
    children: tuple[tuple[int, int], ...]  # (child id, the child's own practice id)
    next_means: Means | None
    spacing_days: int


@dataclass(frozen=True)
class Accepted:
    """A text or call the provider accepted, waiting to be recorded."""

    attempt_id: int
    token: str        # the claim's token: recorded as made only if the claim is still ours
    means: Means
    to: str
    body: str
    planned: Planned
    sent: Sent
    at: datetime      # when the provider accepted it


def record_sent(engine: Engine, accepted: Sequence[Accepted]) -> list[bool]:
    """Record ``accepted`` and commit (see :meth:`Recorder.record`)."""
    with Recorder(engine) as recorder:
        return recorder.record(accepted)


class Recorder:
    """Records accepted sends, committing each call's worth before it returns.

    On PostgreSQL it keeps one connection, in autocommit, for as long as it is open:
    each call is then one statement and one round trip, with no pool checkout, BEGIN
    or COMMIT around it. A connection that failed is dropped and the next call
    opens another.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._connection: Connection | None = None

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def record(self, accepted: Sequence[Accepted]) -> list[bool]:
        """Record ``accepted`` and commit. Returns, for each, whether its attempt was made;
        False means our claim timed out and another worker took the attempt back (it is
        recorded once, by that worker)."""
        if not accepted:
            return []
        if self.engine.dialect.name == "postgresql":
            ours = self._record_in_one_statement(accepted)
        else:
            with self.engine.begin() as connection:
                ours = _record_in_statements(connection, accepted)
        for a, ok in zip(accepted, ours, strict=True):
            if not ok:
                log.warning("attempt %s was reclaimed before its result was recorded",
                            a.attempt_id)
        return ours

    def _record_in_one_statement(self, accepted: Sequence[Accepted]) -> list[bool]:
        if self._connection is None:
            # One statement is atomic by itself: autocommit saves BEGIN and COMMIT.
            self._connection = self.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT")
        try:
            made = set(self._connection.scalars(_postgresql_statement(),
                                                {"sent": _as_json(accepted)}))
        except Exception:
            self.close()
            raise
        return [a.attempt_id in made for a in accepted]

    def close(self) -> None:
        """Give the connection back (the pool resets it)."""
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.close()


# --- what is written, the same on every database ---------------------------------------

def _facts(a: Accepted) -> dict[str, Any]:
    """One accepted send as the values the statements below write."""
    code = codes.Event.for_attempt(a.planned.number).code
    means = a.planned.next_means
    return {
        "attempt_id": a.attempt_id, "token": a.token, "provider_sid": a.sent.sid,
        "status": a.sent.status, "at": a.at, "household_id": a.planned.household_id,
        "channel": MessageChannel.of(a.means).value, "to_number": a.to,
        "body": a.body, "number": a.planned.number, "snomed_code": code.snomed_code,
        "term": code.term,
        "free_text": rules.attempt_free_text(a.means, national(a.to), a.sent.status),
        "child_ids": [child_id for child_id, _ in a.planned.children],
        "child_practices": [practice_id for _, practice_id in a.planned.children],
        "next_means": None if means is None else means.value,
        "next_due": None if means is None else rules.following_due(
            means, a.at, a.planned.spacing_days),
    }


# --- PostgreSQL: one statement -----------------------------------------------------------

@cache
def _postgresql_statement() -> Any:
    """Make the attempts whose claim still holds (their ids are the result), store every
    message, and code and schedule after the attempts made. The sends come as one JSON
    array: one parameter to send, however many rows."""
    out, in_flight = Direction.OUTBOUND.value, AttemptState.IN_FLIGHT.value
    made, scheduled = AttemptState.MADE.value, AttemptState.SCHEDULED.value
    return text(f"""
        WITH sent AS (
            SELECT * FROM json_to_recordset(CAST(:sent AS json)) AS sent (
                attempt_id integer, token varchar, provider_sid varchar, status varchar,
                at timestamptz, household_id integer, channel varchar, to_number varchar,
                body text, number integer, snomed_code varchar, term varchar, free_text text,
                child_ids integer[], child_practices integer[], next_means varchar,
                next_due timestamptz)
        ), made AS (
            UPDATE attempts SET state = '{made}', made_at = sent.at,
                provider_sid = sent.provider_sid, outcome = sent.status, claim_token = NULL,
                updated_at = sent.at
            FROM sent
            WHERE attempts.id = sent.attempt_id AND attempts.claim_token = sent.token
                AND attempts.state = '{in_flight}'
            RETURNING attempts.id
        ), stored AS (
            INSERT INTO messages (household_id, attempt_id, direction, channel, provider_sid,
                                  to_number, body, status, created_at, updated_at)
            SELECT household_id, attempt_id, '{out}', channel, provider_sid, to_number, body,
                status, at, at
            FROM sent
        ), coded AS (
            INSERT INTO coded_events (child_id, practice_id, household_id, attempt_id,
                                      snomed_code, term, free_text, occurred_at, created_at,
                                      updated_at)
            SELECT child.id, child.practice_id, household_id, attempt_id, snomed_code, term,
                free_text, at, at, at
            FROM sent CROSS JOIN unnest(sent.child_ids, sent.child_practices)
                AS child (id, practice_id)
            WHERE attempt_id IN (SELECT id FROM made)
        ), scheduled AS (
            INSERT INTO attempts (household_id, number, means, state, due_at, tries,
                                  created_at, updated_at)
            SELECT household_id, number + 1, next_means, '{scheduled}', next_due, 0, at, at
            FROM sent
            WHERE next_means IS NOT NULL AND attempt_id IN (SELECT id FROM made)
        )
        SELECT id FROM made
    """)  # noqa: S608 - the only values in the text are our own state names


def _as_json(accepted: Sequence[Accepted]) -> str:
    return json.dumps([_facts(a) for a in accepted], default=datetime.isoformat)


# --- other databases: a few statements in one transaction --------------------------------

@cache
def _statements() -> dict[str, Any]:
    """Built once: building a statement costs more than running it."""
    attempts_table = Attempt.__table__
    return {
        "made": attempts_table.update().where(
            attempts_table.c.id == bindparam("b_id"),
            attempts_table.c.claim_token == bindparam("b_token"),
            attempts_table.c.state == AttemptState.IN_FLIGHT.value,
        ).values(state=AttemptState.MADE.value, made_at=bindparam("b_at"),
                 provider_sid=bindparam("b_sid"), outcome=bindparam("b_status"),
                 claim_token=None, updated_at=bindparam("b_at")),
        "ours": select(attempts_table.c.id, attempts_table.c.provider_sid).where(
            attempts_table.c.provider_sid.in_(bindparam("sids", expanding=True))),
        "message": Message.__table__.insert(),
        "codes": CodedEvent.__table__.insert(),
        "next": attempts_table.insert(),
    }


def _record_in_statements(connection: Connection, accepted: Sequence[Accepted]) -> list[bool]:
    sql = _statements()
    sent = [_facts(a) for a in accepted]
    made = connection.execute(sql["made"], [
        {"b_id": f["attempt_id"], "b_token": f["token"], "b_at": f["at"],
         "b_sid": f["provider_sid"], "b_status": f["status"]} for f in sent])
    connection.execute(sql["message"], [
        {"household_id": f["household_id"], "attempt_id": f["attempt_id"],
         "direction": Direction.OUTBOUND.value, "channel": f["channel"],
         "provider_sid": f["provider_sid"], "to_number": f["to_number"], "body": f["body"],
         "status": f["status"], "created_at": f["at"], "updated_at": f["at"]} for f in sent])
    ours = [True] * len(sent)
    if made.rowcount != len(sent):
        # Some claim was taken back: the attempts that carry our SID now are ours.
        mine = {tuple(row) for row in connection.execute(
            sql["ours"], {"sids": [f["provider_sid"] for f in sent]})}
        ours = [(f["attempt_id"], f["provider_sid"]) in mine for f in sent]
    recorded = [f for f, ok in zip(sent, ours, strict=True) if ok]
    codes = [{"child_id": child_id, "practice_id": practice_id,
              "household_id": f["household_id"], "attempt_id": f["attempt_id"],
              "snomed_code": f["snomed_code"], "term": f["term"], "free_text": f["free_text"],
              "occurred_at": f["at"], "created_at": f["at"], "updated_at": f["at"]}
             for f in recorded
             for child_id, practice_id in zip(f["child_ids"], f["child_practices"], strict=True)]
    if codes:
        connection.execute(sql["codes"], codes)
    following = [{"household_id": f["household_id"], "number": f["number"] + 1,
                  "means": f["next_means"], "state": AttemptState.SCHEDULED.value,
                  "due_at": f["next_due"], "tries": 0, "created_at": f["at"],
                  "updated_at": f["at"]} for f in recorded if f["next_means"] is not None]
    if following:
        connection.execute(sql["next"], following)
    return ours
