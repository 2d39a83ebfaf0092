"""The re-check right before an attempt is made (rules.md §2): is it still wanted?

One read of what a batch's households stand on besides their own rows (booked,
their latest reply, the means already used), shared by the ORM re-check here
(letters, and the rare cancel or switch in dispatch) and the dispatch claim's
row-based one (:mod:`assistant.attempts.claim`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select
from sqlalchemy.orm import Session

from assistant.attempts import rules
from assistant.attempts.rules import HouseholdFacts, Reach
from assistant.attempts.schedule import (
    NON_STOPPING_LABELS,
    cancel,
    mark_uncontactable,
    order_of,
    reach_of,
    switch,
)
from assistant.models import (
    Attempt,
    AttemptState,
    Booking,
    BookingStatus,
    Direction,
    HouseholdStatus,
    Means,
    Message,
)


@dataclass(frozen=True)
class Verdicts:
    """The re-check of a batch: attempts to go ahead with, and how many were changed."""

    go: list[Attempt]
    cancelled: int
    switched: int
    used: dict[int, list[Means]]  # household id -> means of the attempts already made


@dataclass(frozen=True)
class Standing:
    """What the re-check reads about a batch's households beyond their own rows."""

    booked: set[int]                  # households with an appointment booked
    last_reply: dict[int, datetime]   # household id -> its latest reply that stops contact
    used: dict[int, list[Means]]      # household id -> means of the attempts already made

    def replied_since(self, household_id: int, since: datetime) -> bool:
        reply = self.last_reply.get(household_id)
        return reply is not None and reply >= since


@cache
def _standing_statements() -> dict[str, Any]:
    """Built once: the dispatch loop runs them on every claim."""
    ids = bindparam("ids", expanding=True)
    return {
        "booked": select(Booking.household_id).distinct().where(
            Booking.household_id.in_(ids), Booking.status == BookingStatus.BOOKED),
        "replied": select(Message.household_id, func.max(Message.created_at)).where(
            Message.household_id.in_(ids), Message.direction == Direction.INBOUND,
            or_(Message.label.is_(None), Message.label.not_in(NON_STOPPING_LABELS)),
        ).group_by(Message.household_id),
        "made": select(Attempt.household_id, Attempt.means).where(
            Attempt.household_id.in_(ids), Attempt.state == AttemptState.MADE,
        ).order_by(Attempt.household_id, Attempt.number),
    }


def read_standing(db_: Session | Connection, household_ids: Iterable[int]) -> Standing:
    """:class:`Standing` for ``household_ids``, in three queries (on a session or a
    Core connection: the claim reads rows, the rest of the pathway ORM objects)."""
    sql, ids = _standing_statements(), {"ids": list(set(household_ids))}
    used: dict[int, list[Means]] = {}
    for hid, means in db_.execute(sql["made"], ids):
        used.setdefault(hid, []).append(Means(means))
    return Standing(booked=set(db_.scalars(sql["booked"], ids)),
                    last_reply=dict(db_.execute(sql["replied"], ids).all()), used=used)


def household_facts(attempts: Sequence[Attempt], standing: Standing) -> dict[int, HouseholdFacts]:
    """What the re-check needs, for the households of ``attempts``."""
    facts = {}
    for attempt in attempts:
        h = attempt.household
        facts[h.id] = HouseholdFacts(
            status=h.status, held=h.held_by_id is not None, booked=h.id in standing.booked,
            replied=standing.replied_since(h.id, attempt.created_at), reach=reach_of(h))
    return facts


def recheck_batch(session: Session, attempts: Sequence[Attempt], now: datetime) -> Verdicts:
    """Check each attempt's household again right before it is made; cancel or switch."""
    standing = read_standing(session, (a.household_id for a in attempts))
    facts, used = household_facts(attempts, standing), standing.used
    go, cancelled, switched = [], 0, 0
    for attempt in attempts:
        household = attempt.household
        verdict = rules.recheck(attempt.means, facts[household.id],
                                  order_of(household.practice), used.get(household.id, []))
        if verdict.action == "go":
            go.append(attempt)
        elif verdict.action == "switch" and verdict.means is not None:
            replacement = switch(session, attempt, verdict.means, verdict.reason or "", now)
            replacement.household = household
            switched += 1
            if replacement.due_at <= now:  # a call instead of a text can go straight away
                go.append(replacement)
        else:
            reason = verdict.reason or "cancelled"
            if household.status is HouseholdStatus.COMPLETED and household.status_reason:
                # Completed by a full extract: say so ("not in the extract of ...").
                reason = household.status_reason
            cancel(session, attempt, reason, now)
            if not facts[household.id].reach.any and household.status is HouseholdStatus.ACTIVE:
                mark_uncontactable(session, household, now)
            cancelled += 1
    return Verdicts(go, cancelled, switched, used)


def plan_next(number: int, means: Means, order: Sequence[Means], reach: Reach,
              used: Sequence[Means]) -> Means | None:
    """The means of the attempt after attempt ``number`` by ``means``, if that is made as
    planned (None after the third). Worked out when the attempt is claimed, so recording
    it needs no more reads."""
    if number >= rules.MAX_ATTEMPTS:
        return None
    return rules.choose_means(order, reach, [*used, means])
