"""The practice marks attendance; a missed appointment is coded and recalled.

Did not attend: code 201741000000102 against the child, one written recall
(a ``QueuedLetter`` of kind "recall" for the letters job's next batch) and one
text (``aftercare.send_recall_texts``, or a call task when there is no mobile).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.models import (
    Booking,
    BookingStatus,
    Child,
    HouseholdStatus,
    Recall,
    Slot,
)
from assistant.records import codes
from assistant.records.audit import audit
from assistant.records.codes import Event


class AttendanceError(ValueError):
    """The booking cannot be marked: the sentence says why."""


def find_booking(session: Session, nhs_number: str, day: date) -> Booking:
    """The child's booking on local ``day`` (booked or already marked)."""
    start = clock.from_local(datetime.combine(day, time(0, 0)))
    end = clock.from_local(datetime.combine(day + timedelta(days=1), time(0, 0)))
    booking = session.scalar(
        select(Booking).join(Slot, Slot.id == Booking.slot_id)
        .join(Child, Child.id == Booking.child_id)
        .where(Child.nhs_number == nhs_number, Slot.start_at >= start, Slot.start_at < end,
               Booking.status != BookingStatus.CANCELLED)
        .order_by(Slot.start_at).limit(1))
    if booking is None:
        raise AttendanceError(f"no booking for that NHS number on {day.isoformat()}")
    return booking


def mark_attendance(session: Session, booking: Booking, attended: bool, now: datetime,
                    *, actor: str = "practice") -> Booking:
    """Mark ``booking`` attended or did-not-attend (once); the caller commits."""
    if booking.status is BookingStatus.CANCELLED:
        raise AttendanceError("that booking was cancelled, so it cannot be marked")
    if booking.status is not BookingStatus.BOOKED:
        raise AttendanceError(f"that booking is already marked {booking.status.value}")
    if booking.slot.start_at > now:
        raise AttendanceError("that appointment has not happened yet")
    booking.status = BookingStatus.ATTENDED if attended else BookingStatus.DID_NOT_ATTEND
    booking.attendance_marked_at = now
    household = booking.household
    if attended:
        if _all_children_attended(session, booking):
            household.status, household.status_reason = HouseholdStatus.COMPLETED, "attended"
            household.status_changed_at = now
    else:
        _missed(session, booking, now)
    audit(session, "attendance", actor=actor, household_id=household.id,
          booking_id=booking.id, attended=attended)
    return booking


def _all_children_attended(session: Session, booking: Booking) -> bool:
    attended = set(session.scalars(select(Booking.child_id).where(
        Booking.household_id == booking.household_id,
        Booking.status == BookingStatus.ATTENDED)))
    attended.add(booking.child_id)
    return all(c.id in attended for c in booking.household.children)


def _missed(session: Session, booking: Booking, now: datetime) -> None:
    here = clock.local(booking.slot.start_at)
    codes.record(session, booking.child, Event.DID_NOT_ATTEND, at=now,
                  free_text=f"Did not attend immunisation appointment on "
                            f"{here:%d %b %Y} at {here:%H:%M}")
    household = booking.household
    household.status = HouseholdStatus.ACTIVE
    household.status_reason = "did not attend: recall sent"
    household.status_changed_at = now
    from assistant.models import QueuedLetter  # the letters area's queue

    # One recall per missed visit, even when siblings missed it together.
    if not any(b.id != booking.id for b in missed_same_day(session, booking)
               if session.scalar(select(Recall.id).where(Recall.booking_id == b.id))):
        letter = QueuedLetter(practice_id=household.practice_id, household_id=household.id,
                              kind="recall", created_at=now, updated_at=now)
        session.add(letter)
        session.flush()
        session.add(Recall(booking_id=booking.id, household_id=household.id,
                           letter_id=letter.id, created_at=now, updated_at=now))


def missed_same_day(session: Session, booking: Booking) -> list[Booking]:
    """The household's missed bookings on the same local day as ``booking``."""
    day = clock.local(booking.slot.start_at).date()
    rows = session.scalars(
        select(Booking).join(Slot, Slot.id == Booking.slot_id)
        .where(Booking.household_id == booking.household_id,
               Booking.status == BookingStatus.DID_NOT_ATTEND).order_by(Slot.start_at))
    return [b for b in rows if clock.local(b.slot.start_at).date() == day]
