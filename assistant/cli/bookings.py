"""``assistant bookings`` and ``assistant mark-attendance``: the practice's side of booking."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time, timedelta

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from assistant import clock
from assistant.booking.attendance import AttendanceError, find_booking, mark_attendance
from assistant.db import db
from assistant.models import Booking, Child, Practice, Slot


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        click.echo(f"--date must be a date like 2026-11-23, not {value!r}", err=True)
        sys.exit(2)


@click.command("bookings")
@click.option("--practice", "ods_code", help="Only this practice (ODS code).")
@click.option("--date", "day", help="Only appointments on this local date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="A JSON list on stdout.")
@with_appcontext
def bookings(ods_code: str | None, day: str | None, as_json: bool) -> None:
    """List bookings (not cancelled), earliest first."""
    wanted = _parse_day(day)
    query = (select(Booking, Child, Slot, Practice)
             .join(Child, Child.id == Booking.child_id).join(Slot, Slot.id == Booking.slot_id)
             .join(Practice, Practice.id == Slot.practice_id)
             .where(Booking.status != "cancelled").order_by(Slot.start_at, Booking.id))
    if ods_code:
        if db.session.scalar(select(Practice.id).where(Practice.ods_code == ods_code.upper())) \
                is None:
            click.echo(f"There is no practice with ODS code {ods_code!r}.", err=True)
            sys.exit(2)
        query = query.where(Practice.ods_code == ods_code.upper())
    if wanted:
        query = query.where(
            Slot.start_at >= clock.from_local(datetime.combine(wanted, time(0))),
            Slot.start_at < clock.from_local(datetime.combine(wanted + timedelta(days=1),
                                                              time(0))))
    rows = [{"nhs_number": child.nhs_number, "given_name": child.given_name,
             "practice_ods_code": practice.ods_code,
             "start": clock.local(slot.start_at).strftime("%Y-%m-%dT%H:%M"),
             "status": booking.status.value, "booking_id": booking.id}
            for booking, child, slot, practice in db.session.execute(query)]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("No bookings.", err=True)
    for row in rows:
        click.echo(f"{row['start'].replace('T', ' ')}  {row['practice_ods_code']}  "
                   f"{row['nhs_number']}  {row['given_name']:<12} {row['status']}  "
                   f"(booking {row['booking_id']})")


@click.command("mark-attendance")
@click.argument("nhs_number", required=False)
@click.option("--date", "day", help="The appointment's local date (YYYY-MM-DD).")
@click.option("--booking", "booking_id", type=int, help="The booking id instead.")
@click.option("--attended/--did-not-attend", default=None,
              help="Whether the child came to the appointment.")
@with_appcontext
def mark_attendance_command(nhs_number: str | None, day: str | None, booking_id: int | None,
                            attended: bool | None) -> None:
    """Mark a booking attended or did-not-attend (a missed one is coded and recalled)."""
    if attended is None:
        click.echo("Say --attended or --did-not-attend.", err=True)
        sys.exit(2)
    if booking_id is None and not (nhs_number and day):
        click.echo("Give an NHS number with --date, or --booking ID.", err=True)
        sys.exit(2)
    now = clock.now()
    try:
        if booking_id is not None:
            booking = db.session.get(Booking, booking_id)
            if booking is None:
                raise AttendanceError(f"there is no booking {booking_id}")
        else:
            booking = find_booking(db.session, nhs_number.replace(" ", ""), _parse_day(day))
        mark_attendance(db.session, booking, attended, now, actor="cli")
    except AttendanceError as problem:
        db.session.rollback()
        click.echo(f"Not marked: {problem}.", err=True)
        sys.exit(1)
    db.session.commit()
    what = "attended" if attended else "did not attend (coded; recall letter and text queued)"
    click.echo(f"Booking {booking.id}: {what}.", err=True)


COMMANDS = [bookings, mark_attendance_command]
