"""The households page: who is on the pathway and where each family stands."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required
from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from assistant.console import scope
from assistant.db import db
from assistant.models import Household, HouseholdStatus, Role

bp = Blueprint("home", __name__)
PAGE_SIZE = 50
# NHS.UK tag colours for each status (grey for the rest).
STATUS_TAGS = {"active": "nhsuk-tag--blue", "with_coordinator": "nhsuk-tag--purple",
               "agreed": "nhsuk-tag--aqua-green", "booked": "nhsuk-tag--green",
               "completed": "nhsuk-tag--green", "refused": "nhsuk-tag--red",
               "unreachable": "nhsuk-tag--orange", "uncontactable": "nhsuk-tag--orange",
               "paused": "nhsuk-tag--yellow"}


@bp.route("/")
@login_required
def index():
    # ``?practice=ODS`` follows the one rule of every page that takes it
    # (``console.scope.practice_asked_for``): the team picks any practice, in any case,
    # and an unknown code is 404 saying so; a practice user naming another is a plain 404.
    if current_user.role is Role.PRACTICE:  # a practice's home is its own children
        from assistant.console.children import children_page

        if "practice" in request.args:  # their own practice or 404; the page is the same
            scope.practice_asked_for(current_user)
        return children_page()
    picked = scope.practice_asked_for(current_user)
    query = scope.households_of(current_user)  # who sees what is decided there
    status = request.args.get("status") or None
    if status:
        try:
            query = query.where(Household.status == HouseholdStatus(status))
        except ValueError:
            abort(400, f"There is no household status called {status!r}.")
    if picked is not None:
        query = query.where(Household.practice_id == picked.id)
    # A page past a million would overflow the database's OFFSET: no list is that long.
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), 1_000_000)

    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    households = db.session.scalars(
        query.options(
            selectinload(Household.children),
            selectinload(Household.phones),
            selectinload(Household.practice),
        )
        .order_by(Household.id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    counts = _status_counts(query)
    return render_template(
        "web/households.html",
        households=households,
        total=total,
        page=page,
        pages=max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1),
        status=status or "",
        practice=picked.ods_code if picked else "",
        choices=scope.practice_choices(current_user),
        statuses=list(HouseholdStatus),
        counts=counts,
        status_tags=STATUS_TAGS,
    )


def _status_counts(query: Select) -> dict[str, int]:
    sub = query.subquery()
    rows = db.session.execute(select(sub.c.status, func.count()).group_by(sub.c.status)).all()
    return {str(status): count for status, count in rows}
