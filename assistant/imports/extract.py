"""A full extract (``import-cohort --full``, ``interfaces.md`` §3): children no longer due.

A monthly Child Health or GP search lists every child still due for the
practices it covers. A child of those practices imported before and missing
now has been vaccinated elsewhere (or has left): they become **no longer due**.
Their household's scheduled attempts and open offers stop with the reason "not
in the extract of <date>" when no child of it is still due (the household is
completed); a booking they hold is kept and listed for the practice to check; a
family a coordinator has is left with them, with a task saying so. A child who
comes back in a later import is due again, and a household completed only by an
extract resumes where it stopped.

Everything happens in the import's one transaction, after the last row, so a
truncated file that would drop more than 30% of a practice's open children
changes nothing (:class:`LargeDrop`) and a dry run is a rolled-back import.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from assistant import clock
from assistant.imports.csvfile import ImportFailed, Row
from assistant.imports.result import ImportResult
from assistant.imports.values import ValueProblem, parse_nhs_number, parse_ods_code
from assistant.models import (
    CLOSED_STATUSES,
    Attempt,
    AttemptState,
    Booking,
    BookingStatus,
    Child,
    Household,
    HouseholdStatus,
    Offer,
    OfferStatus,
    Slot,
    Task,
    TaskKind,
    TaskStatus,
)
from assistant.records.audit import audit

LARGE_DROP = 0.30   # more than this share of a practice's open children: refuse
CHUNK = 500         # ids per IN (...) list
REASON_START = "not in the extract of "


def reason_for(day: date) -> str:
    """The reason a child stops being due: ``not in the extract of 21/11/2026``."""
    return f"{REASON_START}{day:%d/%m/%Y}"


class LargeDrop(ImportFailed):
    """More than 30% of a practice's open children would drop out: nothing was changed."""

    def __init__(self, figures: dict[str, dict[str, int]]) -> None:
        self.figures = figures
        said = "; ".join(f"{ods}: {f['no_longer_due']} of {f['open']} open children"
                         for ods, f in figures.items())
        super().__init__(
            f"the file would make more than {LARGE_DROP:.0%} of a practice's open children "
            f"no longer due ({said}). It may be cut short: check it is the whole extract, "
            "or import it with --allow-large-drop if it is right")


class Dropped(NamedTuple):
    id: int
    practice_id: int
    household_id: int
    given_name: str


@dataclass
class FullExtract:
    """What a full extract covers and what its rows said, gathered row by row."""

    practices: tuple[str, ...] = ()   # --practice ODS (repeated); else the rows' practices
    allow_large_drop: bool = False
    seen: set[int] = field(default_factory=set)       # NHS numbers on any row, even rejected
    new: set[int] = field(default_factory=set)        # NHS numbers first imported now
    named_by_rows: set[str] = field(default_factory=set)

    def note(self, row: Row) -> None:
        """Remember the row's NHS number and practice, whether or not the row is accepted:
        a child whose row was rejected for a bad phone number is still in the extract."""
        with contextlib.suppress(ValueProblem):
            self.seen.add(int(parse_nhs_number(row.get("nhs_number"))))
        with contextlib.suppress(ValueProblem):
            self.named_by_rows.add(parse_ods_code(row.get("practice_ods_code")))

    def covered(self, known: dict[str, int]) -> dict[str, int]:
        """The practices (ODS -> id) the file is the complete list for."""
        codes = self.practices or tuple(sorted(self.named_by_rows))
        return {code: known[code] for code in codes if code in known}

    def apply(self, session: Session, result: ImportResult, known: dict[str, int],
              now: datetime) -> None:
        """Mark the absent children no longer due (or raise :class:`LargeDrop`)."""
        covered = self.covered(known)
        dropped, open_children = self._absent(session, list(covered.values()))
        figures = {code: {"open": open_children[pid],
                          "no_longer_due": sum(1 for d in dropped if d.practice_id == pid)}
                   for code, pid in covered.items()}
        too_many = {code: f for code, f in figures.items()
                    if f["no_longer_due"] > LARGE_DROP * f["open"]}
        if too_many and not self.allow_large_drop:
            raise LargeDrop(too_many)
        today = clock.local(now).date()
        stopped = stop(session, dropped, reason_for(today), now)
        result.no_longer_due = len(dropped)
        result.extract["full_extract"] = {"date": today.isoformat(), "practices": figures,
                                          **stopped}

    def _absent(self, session: Session, practice_ids: list[int]
                ) -> tuple[list[Dropped], dict[int, int]]:
        """Open children of these practices missing from the file, and how many are open
        (children first imported by this file left out of the count)."""
        open_children: dict[int, int] = dict.fromkeys(practice_ids, 0)
        dropped = []
        rows = session.execute(
            select(Child.id, Child.nhs_number, Child.practice_id, Child.household_id,
                   Child.given_name)
            .join(Household, Household.id == Child.household_id)
            .where(Child.practice_id.in_(practice_ids), Child.no_longer_due_at.is_(None),
                   Household.status.not_in(CLOSED_STATUSES)))
        for child_id, nhs_number, practice_id, household_id, name in rows:
            number = int(nhs_number)
            if number not in self.new:
                open_children[practice_id] += 1
            if number not in self.seen:
                dropped.append(Dropped(child_id, practice_id, household_id, name))
        return dropped, open_children


def stop(session: Session, dropped: list[Dropped], reason: str,
         now: datetime) -> dict[str, int]:
    """Mark ``dropped`` no longer due and stop what was waiting for them; the counts."""
    for ids in _chunks([d.id for d in dropped]):
        session.execute(update(Child).where(Child.id.in_(ids)).values(
            no_longer_due_at=now, no_longer_due_reason=reason, updated_at=now))
    for child in dropped:  # the household's timeline shows each child leaving
        audit(session, "child.no_longer_due", actor="import", household_id=child.household_id,
              child_id=child.id, reason=reason)
    by_household: dict[int, list[Dropped]] = defaultdict(list)
    for child in dropped:
        by_household[child.household_id].append(child)
    counts = {"households_completed": 0, "with_a_coordinator": 0,
              "bookings_to_check": _bookings_to_check(session, dropped, reason, now)}
    for ids in _chunks(list(by_household)):
        still_due = set(session.scalars(select(Child.household_id).distinct().where(
            Child.household_id.in_(ids), Child.no_longer_due_at.is_(None))))
        for hid, status, held_by, practice_id in session.execute(
                select(Household.id, Household.status, Household.held_by_id,
                       Household.practice_id).where(Household.id.in_(ids))):
            if held_by is not None or status is HouseholdStatus.WITH_COORDINATOR:
                _tell_the_coordinator(session, hid, practice_id, held_by,
                                      by_household[hid], reason, now)
                counts["with_a_coordinator"] += 1
            elif hid not in still_due:
                _complete(session, hid, status, reason, now)
                counts["households_completed"] += 1
    return counts


def _complete(session: Session, household_id: int, old: HouseholdStatus, reason: str,
              now: datetime) -> None:
    """No child of the household is still due: completed, its waiting contact stopped."""
    audit(session, "household.status", actor="import", household_id=household_id,
          old=old.value, new=HouseholdStatus.COMPLETED.value, reason=reason)
    session.execute(update(Household).where(Household.id == household_id).values(
        status=HouseholdStatus.COMPLETED, status_reason=reason, status_changed_at=now,
        updated_at=now))
    session.execute(update(Attempt).where(
        Attempt.household_id == household_id, Attempt.state == AttemptState.SCHEDULED,
    ).values(state=AttemptState.CANCELLED, cancel_reason=reason, updated_at=now))
    session.execute(update(Offer).where(
        Offer.household_id == household_id, Offer.status == OfferStatus.OPEN,
    ).values(status=OfferStatus.CANCELLED, closed_at=now))


def _tell_the_coordinator(session: Session, household_id: int, practice_id: int,
                          held_by: int | None, children: list[Dropped], reason: str,
                          now: datetime) -> None:
    """A family with a coordinator stays with them (the hold is not broken): a task says
    which children the extract no longer lists."""
    names = _names(c.given_name for c in children)
    were = "was" if len(children) == 1 else "were"
    _task(session, practice_id, household_id, TaskKind.DATA_CHECK, now, assigned_to_id=held_by,
          summary=f"{names} {were} {reason}, so the assistant counts them as no longer due. "
                  "The family is with a coordinator and stays so: please check with the "
                  "family whether the vaccines are still needed.")


def _bookings_to_check(session: Session, dropped: list[Dropped], reason: str,
                       now: datetime) -> int:
    """Each upcoming booking of a dropped child is kept; a task asks the practice to check."""
    names = {d.id: d.given_name for d in dropped}
    count = 0
    for ids in _chunks(list(names)):
        for child_id, household_id, practice_id, start in session.execute(
                select(Booking.child_id, Booking.household_id, Slot.practice_id, Slot.start_at)
                .join(Slot, Slot.id == Booking.slot_id)
                .where(Booking.child_id.in_(ids), Booking.status == BookingStatus.BOOKED,
                       Slot.start_at > now)):
            when = f"{clock.local(start):%A %d %B %Y at %H:%M}"
            _task(session, practice_id, household_id, TaskKind.DATA_CHECK, now,
                  summary=f"{names[child_id]}'s appointment on {when} is kept, but "
                          f"{names[child_id]} was {reason}. Please check before the day "
                          "whether it is still needed, and cancel it if not. No reminder "
                          "will be sent.")
            count += 1
    return count


def due_again(session: Session, children: list[tuple[int, int]], today: date,
              now: datetime) -> int:
    """Children (id, household id) back in an import: audited, and a household that only an
    extract had completed resumes: active again, its stopped attempt scheduled again."""
    for child_id, household_id in children:
        audit(session, "child.due_again", actor="import", household_id=household_id,
              child_id=child_id, reason=f"back in the extract of {today:%d/%m/%Y}")
    resumed = 0
    for ids in _chunks(sorted({hid for _, hid in children})):
        for hid, old_reason in session.execute(
                select(Household.id, Household.status_reason).where(
                    Household.id.in_(ids), Household.status == HouseholdStatus.COMPLETED,
                    Household.status_reason.startswith(REASON_START))).all():
            _resume(session, hid, old_reason, today, now)
            resumed += 1
    return resumed


def _resume(session: Session, household_id: int, old_reason: str, today: date,
            now: datetime) -> None:
    reason = f"a child is back in the extract of {today:%d/%m/%Y}"
    audit(session, "household.status", actor="import", household_id=household_id,
          old=HouseholdStatus.COMPLETED.value, new=HouseholdStatus.ACTIVE.value, reason=reason)
    session.execute(update(Household).where(Household.id == household_id).values(
        status=HouseholdStatus.ACTIVE, status_reason=reason, status_changed_at=now,
        updated_at=now))
    # The attempt the extract stopped goes again (a household it stopped before any
    # attempt was made has none: the scheduler gives it its first as for any new one).
    stopped = session.execute(
        select(Attempt.number, Attempt.means, Attempt.due_at).where(
            Attempt.household_id == household_id, Attempt.state == AttemptState.CANCELLED,
            Attempt.cancel_reason == old_reason).order_by(Attempt.id.desc()).limit(1)).first()
    live = session.scalar(select(Attempt.id).where(
        Attempt.household_id == household_id,
        Attempt.state.in_((AttemptState.SCHEDULED, AttemptState.IN_FLIGHT))))
    if stopped is not None and live is None:
        session.execute(insert(Attempt).values(
            household_id=household_id, number=stopped.number, means=stopped.means,
            state=AttemptState.SCHEDULED, due_at=max(stopped.due_at, now), tries=0,
            created_at=now, updated_at=now))


def _task(session: Session, practice_id: int, household_id: int, kind: TaskKind,
          now: datetime, *, summary: str, **extra: Any) -> None:
    session.execute(insert(Task).values(
        practice_id=practice_id, household_id=household_id, kind=kind,
        status=TaskStatus.OPEN, summary=summary, due_at=now, created_at=now,
        updated_at=now, **extra))


def _names(names: Iterable[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
