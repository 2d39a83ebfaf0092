"""``/slots/released``: protected slots handed back to a practice's general use.

A protected slot still unbooked at its practice's release time (by default 12:00 the
working day before it, after the reserve list was offered it and while no family is
considering it) is released by ``booking.aftercare.release_unbooked_slots``, which
also leaves the practice one RELEASE_SLOTS task. This page lists both: each slot with
when it was released and why, and the tasks. A practice user sees its own practice
only (another practice asked for is 404); the team sees all, or one practice
(``scope.practice_asked_for``).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from flask import Blueprint, render_template
from flask_login import current_user
from sqlalchemy.orm import selectinload

from assistant import clock
from assistant.console import scope
from assistant.db import db
from assistant.models import Slot, Task, TaskKind

bp = Blueprint("released_slots", __name__)

# Released slots from this many days back (and every later one); a page, not an archive.
DAYS_BACK = 28
MAX_ROWS = 500
WHY = ("Still unbooked at the practice's release time, after the reserve list was "
       "offered it; no family was considering it")


@bp.get("/slots/released")
@scope.roles(*scope.EVERYONE)
def index():
    """Released slots (earliest first) from ``DAYS_BACK`` days ago, and their tasks."""
    practice = scope.practice_asked_for(current_user)
    since = clock.from_local(datetime.combine(
        clock.local(clock.now()).date() - timedelta(days=DAYS_BACK), time(0, 0)))
    slots = scope.slots_of(current_user).where(Slot.released_at.is_not(None),
                                               Slot.start_at >= since)
    tasks = scope.tasks_of(current_user).where(Task.kind == TaskKind.RELEASE_SLOTS,
                                               Task.created_at >= since)
    if practice is not None:
        slots = slots.where(Slot.practice_id == practice.id)
        tasks = tasks.where(Task.practice_id == practice.id)
    rows = list(db.session.scalars(slots.options(selectinload(Slot.practice))
                                   .order_by(Slot.start_at, Slot.id).limit(MAX_ROWS + 1)))
    choices = scope.practice_choices(current_user)
    return render_template(
        "practice/released_slots.html", title="Released slots", practice=practice,
        rows=rows[:MAX_ROWS], more=len(rows) > MAX_ROWS, why=WHY, days_back=DAYS_BACK,
        choices=choices, tasks=list(db.session.scalars(
            tasks.options(selectinload(Task.practice)).order_by(Task.created_at.desc(),
                                                                Task.id.desc()))))

