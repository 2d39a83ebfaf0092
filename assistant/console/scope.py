"""What a user may see, decided in the query: a forgotten check leaks nothing.

Coordinators and admins see every practice; a practice user sees the
households with at least one child registered at its practice (wherever the
siblings are), and on a family's page only its own children. Anything else is
404, so ids reveal nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from flask import abort, request
from flask_login import current_user, login_required
from sqlalchemy import Select, exists, select
from sqlalchemy.orm import selectinload

from assistant.db import db
from assistant.models import Booking, Child, CodedEvent, Household, Practice, Role, Slot, Task, User


def sees_everything(user: User) -> bool:
    return user.role in (Role.COORDINATOR, Role.ADMIN)


def households_of(user: User, query: Select | None = None) -> Select:
    """``query`` (households by default) limited to the households ``user`` may see."""
    query = select(Household) if query is None else query
    if sees_everything(user):
        return query
    return query.where(exists().where(Child.household_id == Household.id,
                                      Child.practice_id == user.practice_id))


def tasks_of(user: User, query: Select | None = None) -> Select:
    """Tasks ``user`` may see: a practice user's own practice's."""
    query = select(Task) if query is None else query
    if sees_everything(user):
        return query
    return query.where(Task.practice_id == user.practice_id)


def household_or_404(household_id: int, *, lock: bool = False) -> Household:
    """The household if the current user may see it, with its children, phones, practice."""
    query = households_of(current_user, select(Household).where(Household.id == household_id))
    query = query.options(selectinload(Household.children), selectinload(Household.phones),
                          selectinload(Household.practice), selectinload(Household.held_by))
    household = db.session.scalars(query.execution_options(populate_existing=True)).first()
    if household is None:
        abort(404)
    return household


def children_shown(user: User, household: Household) -> list[Child]:
    """The children of ``household`` that ``user`` may see."""
    if sees_everything(user):
        return list(household.children)
    return [c for c in household.children if c.practice_id == user.practice_id]


def roles(*allowed: Role) -> Callable:
    """A view for signed-in users of ``allowed`` roles; the others get 404."""
    def decorate(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in allowed:
                abort(404)
            return view(*args, **kwargs)
        return wrapped
    return decorate


TEAM = (Role.COORDINATOR, Role.ADMIN)
EVERYONE = (Role.COORDINATOR, Role.ADMIN, Role.PRACTICE)


# --- children, bookings, slots and codes: each belongs to the child's own practice --------


def children_of(user: User, query: Select | None = None) -> Select:
    """``query`` (children by default) limited to the children ``user`` may see."""
    query = select(Child) if query is None else query
    if sees_everything(user):
        return query
    return query.where(Child.practice_id == user.practice_id)


def bookings_of(user: User, query: Select | None = None) -> Select:
    """Bookings ``user`` may see: a practice user's own children's (their slots are there)."""
    query = select(Booking) if query is None else query
    if sees_everything(user):
        return query
    return query.where(exists().where(Child.id == Booking.child_id,
                                      Child.practice_id == user.practice_id))


def slots_of(user: User, query: Select | None = None) -> Select:
    """Slots ``user`` may see: a practice user's own practice's."""
    query = select(Slot) if query is None else query
    if sees_everything(user):
        return query
    return query.where(Slot.practice_id == user.practice_id)


def codes_of(user: User, query: Select | None = None) -> Select:
    """Coded events ``user`` may see: those coded to a practice user's own practice."""
    query = select(CodedEvent) if query is None else query
    if sees_everything(user):
        return query
    return query.where(CodedEvent.practice_id == user.practice_id)


def practice_ids_of(user: User) -> int | None:
    """The one practice a practice user is limited to; None for the team (every practice)."""
    return None if sees_everything(user) else user.practice_id


# An ODS organisation code as a practice has one: letters and digits, at most the column's 10.
ODS_CODE = re.compile(r"[A-Z0-9]{1,10}")
NO_SUCH_PRACTICE = "There is no practice with the ODS code {code!r}: choose one from the list."


def practice_choices(user: User) -> list[Practice]:
    """The practices a page's practice filter offers this user, by name: every one for the
    team; none for a practice user, whose pages are always their own practice's."""
    if not sees_everything(user):
        return []
    return list(db.session.scalars(select(Practice).order_by(Practice.name, Practice.ods_code)))


def practice_asked_for(user: User) -> Practice | None:
    """The one practice a page that takes ``?practice=ODS`` is about; None for every
    practice the user may see. The same rule on the queue, /exports/, /reports and
    /slots/released:

    - the team (coordinator, admin) may pick any practice; no code (or only spaces) is
      every practice, and a code no practice has is 404 saying so;
    - a practice user is always their own practice, asked or not; naming any other
      practice (or one that does not exist) is a plain 404, so codes reveal nothing.

    Case and surrounding spaces are ignored. Anything that cannot be an ODS code (too
    long, not letters and digits) names no practice and is never sent to the database.
    """
    code = (request.args.get("practice") or "").strip().upper()
    if not sees_everything(user):
        own = db.session.get(Practice, user.practice_id) if user.practice_id else None
        if own is None or (code and code != own.ods_code):
            abort(404)
        return own
    if not code:
        return None
    practice = None
    if ODS_CODE.fullmatch(code):
        practice = db.session.scalar(select(Practice).where(Practice.ods_code == code))
    if practice is None:
        abort(404, NO_SUCH_PRACTICE.format(code=code[:20]))
    return practice
