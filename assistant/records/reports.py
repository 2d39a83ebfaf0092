"""The counts the enhanced service is paid and audited on, per practice and overall.

Everything is counted in children (``interfaces.md`` §3). Each figure is one
grouped query by practice; the total is their sum, so the two always agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from assistant.models import (
    Attempt,
    Booking,
    BookingStatus,
    Child,
    CodedEvent,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    Practice,
)
from assistant.records.codes import EXCEPTION_REPORTED, Event

LABELS = ("agree", "hesitant", "refused", "already_vaccinated", "moved_away", "wrong_number",
          "opt_out", "unclear")
ATTEMPT_CODES = {str(n): Event.for_attempt(n).code.snomed_code for n in (1, 2, 3)}


def empty_counts() -> dict[str, Any]:
    return {
        "cohort": 0,
        "households": 0,
        "attempts": {n: 0 for n in ATTEMPT_CODES},
        "attempts_by_means": {n: {} for n in ATTEMPT_CODES},
        "replies": dict.fromkeys(LABELS, 0),
        "referred": 0,
        "exception_reported": 0,
        "no_contact": 0,
        "booked": 0,
        "attended": 0,
    }


def report(session: Session, ods_code: str | None = None) -> dict[str, Any]:
    """``{"total": COUNTS, "practices": {ODS: COUNTS}}``, optionally for one practice."""
    practices = session.execute(
        select(Practice.id, Practice.ods_code).where(
            Practice.ods_code == ods_code if ods_code else True
        ).order_by(Practice.ods_code)
    ).all()
    by_id = {pid: empty_counts() for pid, _ in practices}
    if by_id:
        _fill(session, by_id)
    total = empty_counts()
    for counts in by_id.values():
        _add_into(total, counts)
    return {"total": total, "practices": {ods: by_id[pid] for pid, ods in practices}}


def _fill(session: Session, by_id: dict[int, dict[str, Any]]) -> None:
    ids = list(by_id)
    for fill in (_cohort, _attempts, _replies, _coded_outcomes, _no_contact, _bookings):
        fill(session, ids, by_id)


def _cohort(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    for pid, n in session.execute(select(Child.practice_id, func.count())
                                  .where(Child.practice_id.in_(ids))
                                  .group_by(Child.practice_id)):
        by_id[pid]["cohort"] = n
    for pid, n in session.execute(select(Household.practice_id, func.count())
                                  .where(Household.practice_id.in_(ids))
                                  .group_by(Household.practice_id)):
        by_id[pid]["households"] = n


def _attempts(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    """Made attempts, by number and means: each is coded against every child."""
    code_to_number = {code: number for number, code in ATTEMPT_CODES.items()}
    for pid, code, means, n in session.execute(
        select(CodedEvent.practice_id, CodedEvent.snomed_code, Attempt.means,
               func.count(distinct(CodedEvent.child_id)))
        .outerjoin(Attempt, Attempt.id == CodedEvent.attempt_id)
        .where(CodedEvent.practice_id.in_(ids), CodedEvent.snomed_code.in_(code_to_number))
        .group_by(CodedEvent.practice_id, CodedEvent.snomed_code, Attempt.means)
    ):
        number = code_to_number[code]
        by_id[pid]["attempts"][number] += n
        by_id[pid]["attempts_by_means"][number][str(means) if means else "recorded"] = n


def _replies(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    for pid, label, n in session.execute(
        select(Child.practice_id, Message.label, func.count(distinct(Child.id)))
        .join(Message, Message.household_id == Child.household_id)
        .where(Child.practice_id.in_(ids), Message.direction == Direction.INBOUND,
               Message.label.is_not(None))
        .group_by(Child.practice_id, Message.label)
    ):
        by_id[pid]["replies"][label] = n


def _coded_outcomes(session: Session, ids: list[int],
                    by_id: dict[int, dict[str, Any]]) -> None:
    for key, codes in (("referred", {Event.REFERRED.code.snomed_code}),
                       ("exception_reported", EXCEPTION_REPORTED)):
        for pid, n in session.execute(
            select(CodedEvent.practice_id, func.count(distinct(CodedEvent.child_id)))
            .where(CodedEvent.practice_id.in_(ids), CodedEvent.snomed_code.in_(codes))
            .group_by(CodedEvent.practice_id)
        ):
            by_id[pid][key] = n


def _no_contact(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    for pid, n in session.execute(
        select(Child.practice_id, func.count())
        .join(Household, Household.id == Child.household_id)
        .where(Child.practice_id.in_(ids), Household.status == HouseholdStatus.UNREACHABLE)
        .group_by(Child.practice_id)
    ):
        by_id[pid]["no_contact"] = n


def _bookings(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    live = (BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.DID_NOT_ATTEND)
    for key, statuses in (("booked", live), ("attended", (BookingStatus.ATTENDED,))):
        for pid, n in session.execute(
            select(Child.practice_id, func.count(distinct(Child.id)))
            .join(Booking, Booking.child_id == Child.id)
            .where(Child.practice_id.in_(ids), Booking.status.in_(statuses))
            .group_by(Child.practice_id)
        ):
            by_id[pid][key] = n


def _add_into(into: dict[str, Any], values: dict[str, Any]) -> None:
    for key, value in values.items():
        if isinstance(value, dict):
            _add_into(into.setdefault(key, {}), value)
        else:
            into[key] = into.get(key, 0) + value
