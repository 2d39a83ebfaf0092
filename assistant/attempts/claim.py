"""Reading due texts and calls for a claim: plain rows, not ORM objects.

A claim locks a batch of due attempts (``FOR UPDATE SKIP LOCKED`` on PostgreSQL)
and reads what the re-check and the text need about each household in a few Core
queries, one each for the attempts (with household and practice), their phones
and their children, and the re-check's own reads (:func:`recheck.read_standing`).
Loading ORM objects cost more than everything else in a claim, and on the hot path
nothing is changed through them: dispatch marks the attempts in flight with one
statement.

The rules stay where they are: the re-check is :func:`assistant.attempts.rules.recheck`,
and a phone's ``can_text``/``can_call`` and a household's ``has_address`` are the
models' own property functions, applied to these rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, select

from assistant.attempts import rules, schedule
from assistant.attempts.recheck import Standing, read_standing
from assistant.attempts.rules import HouseholdFacts, Reach, Verdict
from assistant.models import (
    Attempt,
    AttemptState,
    Child,
    Household,
    HouseholdStatus,
    Means,
    Phone,
    Practice,
)


@dataclass(slots=True)
class PhoneRow:
    """A household's number as the claim read it."""

    id: int
    e164: str
    kind: Any
    status: Any
    sms_opted_out_at: datetime | None
    calls_opted_out_at: datetime | None

    # The model's own rules, so there is one definition of a usable number.
    can_text = property(Phone.can_text.fget)  # type: ignore[attr-defined]
    can_call = property(Phone.can_call.fget)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class ChildRow:
    """A child of the household: named in the text, coded in their own practice's record."""

    id: int
    given_name: str
    missing_vaccines: list[str]
    practice_id: int  # a step-sibling may be registered at another practice


@dataclass(slots=True)
class PracticeRow:
    """What a claim needs of the practice: its name and pathway settings."""

    id: int
    name: str
    attempt_order: str | None
    attempt_spacing_days: int


@dataclass(slots=True)
class DueAttempt:
    """A due attempt, locked by the claim, with its household as read in the same
    transaction. Duck-types as a household for :func:`schedule.reach_of` and
    :func:`schedule.phone_for`."""

    id: int
    household_id: int
    number: int
    means: Means
    scheduled_at: datetime
    status: HouseholdStatus
    held: bool
    address_line_1: str | None
    postcode: str | None
    practice: PracticeRow
    phones: list[PhoneRow] = field(default_factory=list)
    children: list[ChildRow] = field(default_factory=list)

    has_address = property(Household.has_address.fget)  # type: ignore[attr-defined]


@cache
def _statements() -> dict[str, Any]:
    """Built once: building a statement costs more than running it."""
    a, h, p = Attempt.__table__.c, Household.__table__.c, Practice.__table__.c
    ph, ch = Phone.__table__.c, Child.__table__.c
    ids = bindparam("ids", expanding=True)
    # Lock first, then join: the lock takes the oldest due rows straight off the
    # (state, due_at) index and stops at the batch's size (ordering by id as well, or
    # joining before the limit, sorted every due attempt in the queue at each claim).
    locked = (select(a.id).where(a.state == AttemptState.SCHEDULED, a.due_at <= bindparam("now"),
                                 a.means == bindparam("means"))
              .order_by(a.due_at).limit(bindparam("size"))
              .with_for_update(skip_locked=True).cte("locked"))
    return {
        "due": (
            select(a.id, a.household_id, a.number, a.means, a.created_at, h.status,
                   h.held_by_id, h.address_line_1, h.postcode, p.id.label("practice_id"),
                   p.name, p.attempt_order, p.attempt_spacing_days)
            .join_from(locked, Attempt.__table__, locked.c.id == a.id)
            .join(Household.__table__, a.household_id == h.id)
            .join(Practice.__table__, h.practice_id == p.id)
            .order_by(a.due_at, a.id)),
        "phones": (
            select(ph.household_id, ph.id, ph.e164, ph.kind, ph.status, ph.sms_opted_out_at,
                   ph.calls_opted_out_at)
            .where(ph.household_id.in_(ids)).order_by(ph.household_id, ph.id)),
        # The relationship's order (date of birth); the id only breaks ties, for twins.
        "children": (
            select(ch.household_id, ch.id, ch.given_name, ch.missing_vaccines, ch.practice_id)
            # A child no longer due (not in the latest full extract) is not named.
            .where(ch.household_id.in_(ids), ch.no_longer_due_at.is_(None))
            .order_by(ch.household_id, ch.date_of_birth, ch.id)),
    }


def lock_due(connection: Connection, now: datetime, sizes: dict[Means, int]) -> list[DueAttempt]:
    """Lock up to ``sizes`` due attempts of each means (skipping any another worker holds)
    and read their households."""
    sql = _statements()
    practices: dict[int, PracticeRow] = {}
    due = []
    for means, size in sizes.items():
        for row in connection.execute(sql["due"], {"now": now, "means": means, "size": size}):
            practice = practices.get(row.practice_id)
            if practice is None:
                practice = practices[row.practice_id] = PracticeRow(
                    row.practice_id, row.name, row.attempt_order, row.attempt_spacing_days)
            due.append(DueAttempt(row.id, row.household_id, row.number, row.means,
                                  row.created_at, row.status, row.held_by_id is not None,
                                  row.address_line_1, row.postcode, practice))
    if due:
        _read_households(connection, due)
    return due


def _read_households(connection: Connection, due: Sequence[DueAttempt]) -> None:
    sql = _statements()
    # One live attempt per household, but a list costs nothing and never leaves one
    # attempt without its household's phones (which would read as "no way to reach").
    by_household: dict[int, list[DueAttempt]] = {}
    for attempt in due:
        by_household.setdefault(attempt.household_id, []).append(attempt)
    ids = {"ids": list(by_household)}
    for hid, *phone in connection.execute(sql["phones"], ids):
        for attempt in by_household[hid]:
            attempt.phones.append(PhoneRow(*phone))
    for hid, child_id, name, vaccines, practice_id in connection.execute(sql["children"], ids):
        for attempt in by_household[hid]:
            attempt.children.append(ChildRow(child_id, name, list(vaccines or []), practice_id))


@dataclass(frozen=True)
class Checked:
    """The re-check of a locked batch: attempts to make now, and the rest."""

    go: list[DueAttempt]
    others: list[DueAttempt]  # to cancel or switch (done through the ORM: rare)
    used: dict[int, list[Means]]  # household id -> means of the attempts already made


def recheck(connection: Connection, due: Sequence[DueAttempt]) -> Checked:
    """Check each locked attempt's household again, right before it is made
    (the same rules and reads as :func:`assistant.attempts.recheck.recheck_batch`, on rows)."""
    standing = read_standing(connection, (d.household_id for d in due))
    go, others = [], []
    for attempt in due:
        verdict = verdict_for(attempt, standing)
        (go if verdict.action == "go" else others).append(attempt)
    return Checked(go, others, standing.used)


def verdict_for(attempt: DueAttempt, standing: Standing) -> Verdict:
    """:func:`rules.recheck` for one locked attempt."""
    facts = HouseholdFacts(status=attempt.status, held=attempt.held,
                           booked=attempt.household_id in standing.booked,
                           replied=standing.replied_since(attempt.household_id,
                                                          attempt.scheduled_at),
                           reach=reach(attempt))
    return rules.recheck(attempt.means, facts, order(attempt.practice),
                           standing.used.get(attempt.household_id, []))


def reach(attempt: DueAttempt) -> Reach:
    """The means the attempt's household can be reached by, as read."""
    return schedule.reach_of(attempt)  # type: ignore[arg-type]


@lru_cache(maxsize=256)
def _parsed_order(practice_id: int, text: str | None) -> tuple[Means, ...]:
    return schedule.order_of(PracticeRow(practice_id, "", text, 0))  # type: ignore[arg-type]


def order(practice: PracticeRow) -> tuple[Means, ...]:
    """The practice's attempt order (parsed once per setting, not once per attempt)."""
    return _parsed_order(practice.id, practice.attempt_order)
