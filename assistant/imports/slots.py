"""``slots.csv``: protected appointments, one child each, matched on practice + start.

A slot is refused when its practice is unknown, it starts in the past, its
duration is not a sensible number of minutes, its local start time does not
exist (the spring clock change), or it overlaps another slot of the same
practice and staff member (in the file or already in the database).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.imports.csvfile import Column, FileSpec, Row, column_limit
from assistant.imports.result import FirstSeen, ImportResult
from assistant.imports.values import (
    ValueProblem,
    local_to_utc,
    parse_local_datetime,
    parse_ods_code,
)
from assistant.models import Booking, BookingStatus, Practice, Slot

MAX_MINUTES = 240
SPEC = FileSpec("slots", (
    Column("practice_ods_code", ("Practice Code", "ODS Code", "Practice ODS", "Practice"),
           True, 10),
    Column("start", ("Start Time", "Start At", "Starts", "Appointment Start", "Date Time",
                     "Slot Start"), True, 20),
    Column("duration_minutes", ("Duration", "Minutes", "Length", "Slot Length",
                                "Duration (mins)"), True, 5),
    Column("staff_name", ("Staff", "Clinician", "Staff Member", "Nurse"),
           limit=column_limit(Slot.__table__.c.staff_name)),
))


@dataclass
class SlotRow:
    line: int
    practice_id: int
    start_at: datetime
    duration: int
    staff_name: str | None

    @property
    def end_at(self) -> datetime:
        return self.start_at + timedelta(minutes=self.duration)

    @property
    def staff_key(self) -> tuple[int, str]:
        return self.practice_id, (self.staff_name or "").casefold()


def parse_duration(text: str) -> int:
    """Whole minutes between 1 and :data:`MAX_MINUTES`."""
    # isascii too: '²'.isdigit() is True, and int('²') raises.
    if not (text.isascii() and text.isdigit()):
        raise ValueProblem(f"duration_minutes {text!r} is not a whole number of minutes")
    minutes = int(text)
    if not 1 <= minutes <= MAX_MINUTES:
        raise ValueProblem(f"duration_minutes {minutes} must be between 1 and {MAX_MINUTES}")
    return minutes


class SlotImport:
    """Slots for known practices; times are local in the file and stored in UTC."""

    spec = SPEC
    audit_action = "import.slots"

    def __init__(self, session: Session) -> None:
        self.now = clock.now()
        self.practices = dict(session.execute(
            select(Practice.ods_code, Practice.id)).all())
        self.seen = FirstSeen()

    def parse(self, row: Row) -> SlotRow:
        if row.problem:
            raise ValueProblem(row.problem)
        code = parse_ods_code(row.get("practice_ods_code"), "practice_ods_code")
        if code not in self.practices:
            raise ValueProblem(f"practice {code} is not known: import it in practices.csv first")
        start = parse_local_datetime(row.get("start"))
        return SlotRow(row.line, self.practices[code], local_to_utc(start),
                       parse_duration(row.get("duration_minutes")),
                       row.get("staff_name") or None)

    def process(self, session: Session, rows: list[Row], result: ImportResult) -> None:
        checked: list[SlotRow] = []
        for row in rows:
            try:
                slot = self.parse(row)
            except ValueProblem as problem:
                result.reject(row.line, str(problem))
                continue
            checked.append(slot)
        if checked:
            self._write(session, checked, result)

    def _write(self, session: Session, checked: list[SlotRow], result: ImportResult) -> None:
        existing = self._existing(session, checked)
        busy = self._busy_times(session, checked)
        booked_at = _booked_starts(session, checked)
        booked = set(booked_at.values())
        for slot in checked:
            first = self.seen.first_line((slot.practice_id, slot.start_at), slot.line)
            if first is not None:
                when = f"{clock.local(slot.start_at):%Y-%m-%d %H:%M}"
                result.reject(slot.line, f"the slot starting {when} at this practice is "
                                         f"already on line {first}")
                continue
            old = existing.get((slot.practice_id, slot.start_at))
            if old is not None and (old.duration_minutes, old.staff_name) == (
                    slot.duration, slot.staff_name):
                result.unchanged += 1  # the same slot again, even if it has now passed
                continue
            if slot.start_at <= self.now:
                self.seen.forget((slot.practice_id, slot.start_at))
                result.reject(slot.line, f"the slot starts in the past "
                                         f"({clock.local(slot.start_at):%Y-%m-%d %H:%M})")
                continue
            times = busy[slot.staff_key]
            clash = _overlap(times, slot, old)
            if clash is not None or (old is not None and old.id in booked):
                self.seen.forget((slot.practice_id, slot.start_at))
                result.reject(slot.line, _clash_reason(slot, old, clash, booked_at))
                continue
            if old is not None:
                busy[(old.practice_id, (old.staff_name or "").casefold())].remove(
                    (old.start_at, old.end_at))
                old.duration_minutes, old.staff_name = slot.duration, slot.staff_name
                result.updated += 1
            else:
                session.add(Slot(practice_id=slot.practice_id, start_at=slot.start_at,
                                 duration_minutes=slot.duration, staff_name=slot.staff_name))
                result.imported += 1
            bisect.insort(times, (slot.start_at, slot.end_at))

    @staticmethod
    def _existing(session: Session, checked: list[SlotRow]) -> dict[tuple, Slot]:
        found: dict[tuple, Slot] = {}
        for practice_id in {s.practice_id for s in checked}:
            starts = [s.start_at for s in checked if s.practice_id == practice_id]
            for slot in session.scalars(select(Slot).where(
                    Slot.practice_id == practice_id, Slot.start_at.in_(starts))):
                found[(slot.practice_id, slot.start_at)] = slot
        return found

    @staticmethod
    def _busy_times(session: Session, checked: list[SlotRow]) -> dict[tuple, list]:
        """Existing slots near this batch, per practice and staff member, sorted by start."""
        busy: dict[tuple, list] = defaultdict(list)
        reach = timedelta(minutes=MAX_MINUTES)
        for practice_id in {s.practice_id for s in checked}:
            mine = [s for s in checked if s.practice_id == practice_id]
            low = min(s.start_at for s in mine) - reach
            high = max(s.end_at for s in mine)
            for slot in session.scalars(select(Slot).where(
                    Slot.practice_id == practice_id, Slot.start_at > low,
                    Slot.start_at < high)):
                busy[(practice_id, (slot.staff_name or "").casefold())].append(
                    (slot.start_at, slot.end_at))
        for times in busy.values():
            times.sort()
        return busy


def _overlap(times: list[tuple[datetime, datetime]], slot: SlotRow,
             old: Slot | None) -> datetime | None:
    """The start of a slot in ``times`` that overlaps ``slot`` (ignoring ``old``), if any."""
    index = bisect.bisect_left(times, (slot.start_at,))
    # Only slots starting before this one ends can overlap; walk back from there.
    for start, end in times[max(index - 1, 0):]:
        if start >= slot.end_at:
            break
        if old is not None and start == old.start_at:
            continue
        if start < slot.end_at and slot.start_at < end:
            return start
    # A long slot starting well before this one may still cover it.
    for start, end in reversed(times[:max(index - 1, 0)]):
        if end > slot.start_at:
            return start
        if start < slot.start_at - timedelta(minutes=MAX_MINUTES):
            break
    return None


def _booked_starts(session: Session, checked: list[SlotRow]) -> dict[tuple, int]:
    """Slots near this batch that a child is booked into: (practice, start) -> slot id."""
    reach = timedelta(minutes=MAX_MINUTES)
    low = min(s.start_at for s in checked) - reach
    high = max(s.end_at for s in checked)
    rows = session.execute(
        select(Slot.practice_id, Slot.start_at, Slot.id)
        .where(Slot.practice_id.in_({s.practice_id for s in checked}),
               Slot.start_at > low, Slot.start_at < high,
               exists().where(Booking.slot_id == Slot.id,
                              Booking.status != BookingStatus.CANCELLED)))
    return {(pid, start): sid for pid, start, sid in rows}


def _clash_reason(slot: SlotRow, old: Slot | None, clash: datetime | None,
                  booked_at: dict[tuple, int]) -> str:
    """Why a slot row cannot be imported over what is there (a booked one named as such)."""
    if clash is None:  # the row changes a slot a child is already booked into
        return (f"the slot at {clock.local(slot.start_at):%Y-%m-%d %H:%M} is booked, so its "
                "length and staff cannot change; cancel the booking first")
    when = f"{clock.local(clash):%Y-%m-%d %H:%M}"
    if (slot.practice_id, clash) in booked_at:
        return f"the slot overlaps a booked appointment starting {when}"
    return f"the slot overlaps another slot for the same practice and staff starting {when}"
