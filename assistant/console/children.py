"""A practice's own children: where each stands and the codes recorded for them.

The home page of a practice user (``interfaces.md`` §6). Every query goes through
:mod:`assistant.console.scope`, so a child registered at another practice is never
listed, even when a sibling here shares the household.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from flask import render_template, request
from flask_login import current_user
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from assistant.console import scope
from assistant.db import db
from assistant.models import Booking, BookingStatus, Child, CodedEvent, Household

PAGE_SIZE = 50
CODES_SHOWN = 6


@dataclass
class ChildRow:
    """One line of the page: the child, where they stand, their latest codes."""

    child: Child
    stands: str
    booking: Booking | None
    codes: list[CodedEvent]


def search(query, words: str):
    """Children whose name or NHS number matches ``words`` (spaces in a number ignored)."""
    words = words.strip()
    if not words:
        return query
    digits = words.replace(" ", "")
    if digits.isdigit():
        return query.where(Child.nhs_number.startswith(digits))
    like = f"%{words.casefold()}%"
    name = func.lower(Child.given_name + " " + Child.family_name)
    return query.where(or_(name.like(like), func.lower(Child.family_name).like(like)))


def children_page():
    """The signed-in practice user's children, searchable and paged."""
    words = request.args.get("q", "")
    # A page past a million would overflow the database's OFFSET: no list is that long.
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), 1_000_000)
    query = search(scope.children_of(current_user), words)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    children = list(db.session.scalars(
        query.options(selectinload(Child.household).selectinload(Household.practice))
        .order_by(Child.family_name, Child.given_name, Child.id)
        .limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)))
    return render_template(
        "practice/children.html", title="Your children", rows=_rows(children),
        total=total, page=page, q=words, pages=max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1))


def _rows(children: list[Child]) -> list[ChildRow]:
    ids = [c.id for c in children]
    bookings: dict[int, Booking] = {}
    codes: dict[int, list[CodedEvent]] = defaultdict(list)
    if ids:
        for booking in db.session.scalars(
                select(Booking).where(Booking.child_id.in_(ids),
                                      Booking.status != BookingStatus.CANCELLED)
                .options(selectinload(Booking.slot)).order_by(Booking.booked_at)):
            bookings[booking.child_id] = booking  # the latest wins
        for event in db.session.scalars(
                scope.codes_of(current_user).where(CodedEvent.child_id.in_(ids))
                .order_by(CodedEvent.occurred_at.desc(), CodedEvent.id.desc())):
            if len(codes[event.child_id]) < CODES_SHOWN:
                codes[event.child_id].append(event)
    return [ChildRow(c, stands(c, bookings.get(c.id)), bookings.get(c.id), codes[c.id])
            for c in children]


def stands(child: Child, booking: Booking | None) -> str:
    """Where the child stands, in words: the booking if there is one, else the family's."""
    if booking is not None:
        return {BookingStatus.BOOKED: "booked", BookingStatus.ATTENDED: "attended",
                BookingStatus.DID_NOT_ATTEND: "did not attend"}.get(booking.status, "booked")
    return child.household.status.value.replace("_", " ")
