"""Capacity (pathway.md §6): slots kept for families, invitations paced to the slots.

Two rules stop both wasted slots and families told "no slots, we will call you":

- a protected slot stays bookable by families until its practice's release time
  (by default 12:00 on the working day before it); only then, and only once the
  reserve list has been offered it (``worker.JOBS`` runs the reserve offers first),
  is it handed back to the practice (:func:`release_due`);
- a practice's first invitations each day are limited so that the families likely
  to agree fit its free protected slots in the next seven days
  (:func:`pace_first_invitations`, a due-work job run just before attempts are sent).
  The rate of agreeing is the practice's own, once enough families have had time to
  answer, and 30% until then. The others wait for the next working day, oldest first.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import and_, distinct, exists, func, or_, select, update
from sqlalchemy.orm import Session

from assistant import clock
from assistant.booking.slots import free_slots
from assistant.models import (
    Attempt,
    AttemptState,
    Booking,
    BookingStatus,
    Child,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    Practice,
    Slot,
)

log = logging.getLogger(__name__)

DEFAULT_AGREE_RATE = 0.3
# Replies from families invited long enough ago, before the practice's own rate is used.
ENOUGH_REPLIES = 20
# An invitation older than this has had its chance: it no longer holds a slot in reserve.
ANSWER_TIME = timedelta(days=7)
MIN_AGREE_RATE = 0.05  # a practice where nobody has agreed yet still invites a few


# --- releasing slots -------------------------------------------------------------------


def release_moment(start_at: datetime, release_time: time, release_days: int) -> datetime:
    """When an unbooked slot starting at ``start_at`` goes back to its practice (UTC)."""
    day = clock.working_days_before(clock.local(start_at).date(), max(release_days, 0))
    return clock.from_local(datetime.combine(day, release_time))


def release_due(slots: list[Slot], practices: dict[int, Practice], now: datetime) -> list[Slot]:
    """The ``slots`` whose practice's release time has come."""
    return [s for s in slots
            if now >= release_moment(s.start_at, practices[s.practice_id].slot_release_time,
                                     practices[s.practice_id].slot_release_days)]


# --- pacing the first invitations -----------------------------------------------------


@dataclass
class Budget:
    """A practice's room today: children it can still invite, and the rate it uses."""

    children: float
    rate: float


def agree_rate(session: Session, practice_id: int, now: datetime) -> float:
    """The share of the practice's invited families who agreed, once enough have replied.

    Families invited at least a week ago count (they have had time to answer); their
    share who agreed is used once ``ENOUGH_REPLIES`` of them have replied at all, and
    ``DEFAULT_AGREE_RATE`` until then.
    """
    settled = (select(Attempt.household_id)
               .join(Household, Household.id == Attempt.household_id)
               .where(Attempt.number == 1, Attempt.state == AttemptState.MADE,
                      Attempt.made_at <= now - ANSWER_TIME,
                      Household.practice_id == practice_id))
    replied = session.scalar(select(func.count(distinct(Message.household_id))).where(
        Message.household_id.in_(settled), Message.direction == Direction.INBOUND)) or 0
    if replied < ENOUGH_REPLIES:
        return DEFAULT_AGREE_RATE
    sub = settled.subquery()
    invited = session.scalar(select(func.count(distinct(sub.c.household_id)))) or 1
    agreed = session.scalar(select(func.count(distinct(Household.id))).where(
        Household.id.in_(settled), or_(
            Household.status.in_((HouseholdStatus.AGREED, HouseholdStatus.BOOKED)),
            exists().where(Booking.household_id == Household.id)))) or 0
    return max(agreed / invited, MIN_AGREE_RATE)


def budget(session: Session, practice_id: int, now: datetime) -> Budget | None:
    """How many more children the practice can invite today; None when it is not paced.

    A practice that publishes no protected slots at all is not paced (its families
    would otherwise never be invited): they are booked by hand, as today.
    """
    if session.scalar(select(Slot.id).where(Slot.practice_id == practice_id,
                                            Slot.start_at > now).limit(1)) is None:
        return None
    rate = agree_rate(session, practice_id, now)
    free = len(free_slots(session, practice_id, now))
    # Children already waiting for a slot, and those invited lately who may still agree.
    waiting = session.scalar(select(func.count(Child.id)).join(
        Household, Household.id == Child.household_id).where(
        Child.practice_id == practice_id, Household.status == HouseholdStatus.AGREED,
        ~exists().where(and_(Booking.child_id == Child.id,
                             Booking.status == BookingStatus.BOOKED)))) or 0
    recent = session.scalar(select(func.count(Child.id)).join(
        Household, Household.id == Child.household_id).where(
        Child.practice_id == practice_id, Household.status == HouseholdStatus.ACTIVE,
        exists().where(and_(Attempt.household_id == Household.id, Attempt.number == 1,
                            Attempt.state.in_((AttemptState.MADE, AttemptState.IN_FLIGHT)),
                            Attempt.made_at.is_(None) | (Attempt.made_at > now - ANSWER_TIME)))
    )) or 0
    return Budget(children=max(free - waiting - rate * recent, 0) / rate, rate=rate)


def pace_first_invitations(now: datetime) -> dict[str, int]:
    """Due-work job: first attempts beyond a practice's room today wait a working day.

    Runs before the attempts are sent. Oldest due first: the first attempts due now
    are taken in due order and kept while the practice has room for the children
    they name; the rest move to the next working day's first send time.
    """
    from assistant.db import db

    if not clock.in_send_window(now):
        return {}
    deferred = 0
    with db.transaction() as session:
        due = session.execute(
            select(Attempt.id, Attempt.household_id)
            .join(Household, Household.id == Attempt.household_id)
            .where(Attempt.number == 1, Attempt.state == AttemptState.SCHEDULED,
                   Attempt.due_at <= now)
            .order_by(Attempt.due_at, Attempt.id)).all()
        if not due:
            return {}
        later = _over_budget(session, due, now)
        if later:
            tomorrow = clock.next_send_time(clock.from_local(datetime.combine(
                clock.add_working_days(clock.local(now).date(), 1), time(0, 0))))
            deferred = session.execute(
                update(Attempt).where(Attempt.id.in_(later),
                                      Attempt.state == AttemptState.SCHEDULED)
                .values(due_at=tomorrow)).rowcount
    if deferred:
        log.info("first invitations paced to capacity: %d wait a working day", deferred)
    return {"invitations_paced": deferred}


def _over_budget(session: Session, due: list, now: datetime) -> list[int]:
    """The attempt ids of ``due`` (in due order) that do not fit their practices' room."""
    households = [h for _, h in due]
    children: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for household_id, practice_id in session.execute(
            select(Child.household_id, Child.practice_id)
            .where(Child.household_id.in_(households))):
        children[household_id][practice_id] += 1
    budgets: dict[int, Budget | None] = {}
    later = []
    for attempt_id, household_id in due:
        need = children[household_id]
        for pid in need:
            if pid not in budgets:
                budgets[pid] = budget(session, pid, now)
        paced = {pid: budgets[pid] for pid in need if budgets[pid] is not None}
        if any(b.children < n - 1e-9 for pid, b in paced.items() for n in [need[pid]]):
            later.append(attempt_id)
            continue
        for pid, b in paced.items():
            b.children -= need[pid]
    return later
