"""Practice pages: bookings by day with attendance, and CSV uploads (``interfaces.md`` §6).

Views are thin: the query is scoped by :mod:`assistant.console.scope`, attendance goes
through ``booking.attendance.mark_attendance`` (the one way in, as the CLI), and
uploads through the same import functions as ``assistant import-*``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.orm import selectinload

from assistant import clock
from assistant.booking.attendance import AttendanceError, mark_attendance
from assistant.console import scope
from assistant.console.practice_forms import AttendanceForm, FullExtractForm, UploadForm
from assistant.console.uploads import apply_full_extract, check_full_extract, run_upload
from assistant.db import db
from assistant.models import Booking, BookingStatus, Slot

bp = Blueprint("practice", __name__)


@bp.get("/bookings")
@scope.roles(*scope.EVERYONE)
def bookings():
    """The day's appointments (``?date=YYYY-MM-DD``, today by default), earliest first."""
    day = _day(request.args.get("date"))
    start = clock.from_local(datetime.combine(day, time(0, 0)))
    end = clock.from_local(datetime.combine(day + timedelta(days=1), time(0, 0)))
    rows = list(db.session.scalars(
        scope.bookings_of(current_user)
        .join(Slot, Slot.id == Booking.slot_id)
        .where(Slot.start_at >= start, Slot.start_at < end,
               Booking.status != BookingStatus.CANCELLED)
        .options(selectinload(Booking.slot).selectinload(Slot.practice),
                 selectinload(Booking.child))
        .order_by(Slot.start_at, Booking.id)))
    return render_template(
        "practice/bookings.html", title="Bookings", rows=rows, day=day,
        previous=day - timedelta(days=1), following=day + timedelta(days=1),
        form=AttendanceForm(), now=clock.now(), booked=BookingStatus.BOOKED)


@bp.post("/bookings/<int:booking_id>/attendance")
@scope.roles(*scope.EVERYONE)
def attendance(booking_id: int):
    """Mark one booking attended or did-not-attend."""
    booking = db.session.scalars(scope.bookings_of(current_user)
                                 .where(Booking.id == booking_id)).first()
    if booking is None:
        abort(404)
    form = AttendanceForm()
    day = clock.local(booking.slot.start_at).date()
    if not form.validate_on_submit():
        abort(400, "The form had expired or was incomplete. Nothing was changed: "
                   "please try again.")
    try:
        mark_attendance(db.session, booking, form.attended.data == "yes", clock.now(),
                        actor=f"user:{current_user.id}")
    except AttendanceError as problem:
        db.session.rollback()
        flash(f"Nothing was changed: {problem}.")
        return redirect(url_for("practice.bookings", date=day.isoformat()), code=303)
    db.session.commit()
    flash(f"{booking.child.given_name} marked "
          f"{'attended' if form.attended.data == 'yes' else 'did not attend'}.")
    return redirect(url_for("practice.bookings", date=day.isoformat()), code=303)


@bp.route("/uploads", methods=["GET", "POST"])
@scope.roles(*scope.EVERYONE)
def uploads():
    """Upload a cohort or slots CSV; the page shows the import's line-by-line report.
    A cohort that is the complete list is only checked here (a dry run)."""
    form = UploadForm()
    if request.method == "GET":
        return _uploads_page(form)
    if not form.validate_on_submit():
        return _uploads_page(form, status=400)
    if form.full.data:
        report = check_full_extract(form.file.data.read(), current_user)
    else:
        report = run_upload(form.kind.data, form.file.data.stream,
                            scope.practice_ids_of(current_user))
    return _uploads_page(UploadForm(formdata=None), report, 400 if report.failed else 200)


@bp.post("/uploads/full-extract")
@scope.roles(*scope.EVERYONE)
def full_extract():
    """Import the checked complete list: the same file again, with its check."""
    form = FullExtractForm()
    if not form.validate_on_submit():
        return _uploads_page(UploadForm(formdata=None), confirm=form, status=400)
    report = apply_full_extract(form.file.data.read(), current_user, form.check.data)
    return _uploads_page(UploadForm(formdata=None), report, 400 if report.failed else 200)


def _uploads_page(form: UploadForm, report=None, status: int = 200,
                  confirm: FullExtractForm | None = None):
    if confirm is None and report is not None and report.check:
        confirm = FullExtractForm(formdata=None, check=report.check)
    return render_template("practice/uploads.html", title="Upload a file", form=form,
                           report=report, confirm=confirm), status


def _day(text: str | None) -> date:
    if not text:
        return clock.local(clock.now()).date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        abort(400, f"Give the date as YYYY-MM-DD, for example "
                   f"{clock.local(clock.now()).date().isoformat()}.")
