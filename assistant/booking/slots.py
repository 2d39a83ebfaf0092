"""Which free slots a family can be offered (pathway.md §6).

A slot can be offered when it is at the household's practice, starts more than
``LEAD_TIME`` after ``now`` and within ``WINDOW`` of it, has not been released
to the practice, has no live booking, and sits inside the hours a parent can get
there (``PARENT_HOURS``, local time).

Siblings are seen together: an option for a household of N children is N
*adjacent* slots. Adjacent means back to back at the same practice - each slot
starts exactly when the one before it ends - and, where the slots name their
staff, all with the same staff member, so the family stays in one room.

The choosing (:func:`choose_options`) is pure: it takes slots and returns
options, so it is tested without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.models import Booking, BookingStatus, Slot

LEAD_TIME = timedelta(hours=2)        # time to read the text and get there
WINDOW = timedelta(days=7)            # "within seven days"
PARENT_HOURS = (time(8, 0), time(18, 30))
MAX_OPTIONS = 3


def live_booking_exists():
    """SQL: the slot has a booking that is not cancelled."""
    return exists().where(and_(Booking.slot_id == Slot.id,
                               Booking.status != BookingStatus.CANCELLED))


def free_slots(session: Session, practice_id: int, now: datetime,
               *, exclude: set[int] | None = None) -> list[Slot]:
    """Free, offerable slots at ``practice_id`` from ``now`` + lead time to seven days on."""
    rows = session.scalars(
        select(Slot)
        .where(Slot.practice_id == practice_id,
               Slot.start_at > now + LEAD_TIME,
               Slot.start_at <= now + WINDOW,
               Slot.released_at.is_(None),
               ~live_booking_exists())
        .order_by(Slot.start_at, Slot.id)
    ).all()
    tz = clock.zone()
    return [s for s in rows if parent_can_attend(s, tz) and s.id not in (exclude or set())]


def parent_can_attend(slot: Slot, tz: ZoneInfo) -> bool:
    """True when the whole appointment is inside ``PARENT_HOURS`` local time."""
    start = clock.local(slot.start_at, tz)
    end = clock.local(slot.end_at, tz)
    return (start.date() == end.date()
            and PARENT_HOURS[0] <= start.time() and end.time() <= PARENT_HOURS[1])


def adjacent(first: Slot, second: Slot) -> bool:
    """``second`` follows ``first`` back to back at the same practice, with the same staff."""
    if first.practice_id != second.practice_id or first.end_at != second.start_at:
        return False
    if first.staff_name and second.staff_name:
        return first.staff_name.strip().lower() == second.staff_name.strip().lower()
    return True


def runs(slots: Sequence[Slot], size: int) -> list[list[Slot]]:
    """Every run of ``size`` adjacent slots in ``slots``, earliest first (runs may overlap)."""
    if size < 1:
        return []
    ordered = sorted(slots, key=lambda s: (s.start_at, s.id))
    by_start: dict[datetime, list[Slot]] = {}
    for s in ordered:
        by_start.setdefault(s.start_at, []).append(s)
    found = []
    for s in ordered:
        run = [s]
        while len(run) < size:
            following = [n for n in by_start.get(run[-1].end_at, []) if adjacent(run[-1], n)]
            if not following:
                break
            run.append(following[0])
        if len(run) == size:
            found.append(run)
    return found


def choose_options(slots: Sequence[Slot], children: int,
                   limit: int = MAX_OPTIONS) -> list[list[Slot]]:
    """Up to ``limit`` options of ``children`` adjacent slots, sharing no slot.

    The earliest option comes first; the others are chosen on different days
    where possible (a family that cannot do Tuesday gets a real choice), then
    the earliest remaining ones. The result is in time order.
    """
    candidates = runs(slots, children)
    chosen: list[list[Slot]] = []
    used: set[int] = set()

    def take(run: list[Slot]) -> None:
        chosen.append(run)
        used.update(s.id for s in run)

    tz = clock.zone()
    days: set = set()
    for run in candidates:  # first pass: one per local day
        day = clock.local(run[0].start_at, tz).date()
        if len(chosen) < limit and day not in days and not used & {s.id for s in run}:
            take(run)
            days.add(day)
    for run in candidates:  # second pass: fill up with the earliest left
        if len(chosen) < limit and not used & {s.id for s in run}:
            take(run)
    return sorted(chosen, key=lambda run: run[0].start_at)


def options_for(session: Session, children: Sequence, now: datetime,
                *, exclude: set[int] | None = None,
                limit: int = MAX_OPTIONS) -> list[list[Slot]]:
    """Options for ``children`` (oldest first), each child at its own practice.

    An option lists one slot per child, in the children's order. Siblings at one
    practice get adjacent slots there; siblings registered at two practices stay
    one family but are each seen at their own practice: an option pairs the
    earliest runs of each practice, preferring the same day.
    """
    groups: dict[int, list[int]] = {}
    for index, child in enumerate(children):
        groups.setdefault(child.practice_id, []).append(index)
    per_practice = {pid: choose_options(free_slots(session, pid, now, exclude=exclude),
                                        len(idx), limit) for pid, idx in groups.items()}
    if any(not found for found in per_practice.values()):
        return []
    first, *others = groups
    options = []
    tz = clock.zone()
    for run in per_practice[first]:
        day = clock.local(run[0].start_at, tz).date()
        picked = {first: run}
        for pid in others:
            spare = [r for r in per_practice[pid] if r not in picked.values()]
            same_day = [r for r in spare if clock.local(r[0].start_at, tz).date() == day]
            picked[pid] = (same_day or spare or [None])[0]
        if any(r is None for r in picked.values()):
            break
        for pid in others:
            per_practice[pid].remove(picked[pid])
        option: list[Slot | None] = [None] * len(children)
        for pid, idx in groups.items():
            for i, slot in zip(idx, picked[pid], strict=True):
                option[i] = slot
        options.append(option)
    return options
