"""The coordinators' queue: every household waiting for a person, and why.

Minimal for now (the full console comes later), so that nothing handed over
is invisible: the family's own words, the children and their vaccines due,
why they are here, oldest first.
"""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from assistant import clock
from assistant.console import scope
from assistant.conversation.reply_queue import overdue_texts
from assistant.db import db
from assistant.models import DialogueState as State
from assistant.models import Direction, Household, HouseholdStatus, Message, Role

# The console's pages share one blueprint without a prefix: the queue is /coordinator/,
# tasks are /tasks and a family is /households/<id> (interfaces.md §6).
bp = Blueprint("console", __name__)

RECENT_MESSAGES = 6


def waiting_for_a_person(user) -> list[Household]:
    """Households handed over, held, or waiting to confirm a refusal; oldest first."""
    query = (
        select(Household)
        .where(or_(
            Household.status == HouseholdStatus.WITH_COORDINATOR,
            Household.held_by_id.is_not(None),
            Household.dialogue_state == State.AWAITING_REFUSAL_CONFIRMATION.value,
        ))
        .options(selectinload(Household.children), selectinload(Household.practice))
        .order_by(Household.status_changed_at.asc().nulls_first(), Household.id)
    )
    return list(db.session.scalars(scope.households_of(user, query)))


def recent_messages(household_ids: list[int]) -> dict[int, list[Message]]:
    by_household: dict[int, list[Message]] = {h: [] for h in household_ids}
    if not household_ids:
        return by_household
    rows = db.session.scalars(
        select(Message).where(Message.household_id.in_(household_ids))
        .order_by(Message.created_at.desc(), Message.id.desc())
    )
    for message in rows:
        bucket = by_household[message.household_id]
        if len(bucket) < RECENT_MESSAGES:
            bucket.append(message)
    return {h: list(reversed(ms)) for h, ms in by_household.items()}


# Message statuses the hooks set when no household or no handler could deal with them.
NEEDS_A_PERSON = ("needs_person", "unhandled")


def loose_messages(user) -> list[Message]:
    """Inbound messages a person must read: unknown callers' recordings, failed handling."""
    query = (select(Message).where(Message.direction == Direction.INBOUND,
                                   Message.status.in_(NEEDS_A_PERSON))
             .order_by(Message.created_at, Message.id))
    if user.role is Role.PRACTICE:
        # Only their own families' messages: an unknown caller is not theirs to see.
        query = scope.households_of(
            user, query.join(Household, Household.id == Message.household_id))
    return list(db.session.scalars(query))


@bp.route("/coordinator/")
@login_required
def queue():
    households = waiting_for_a_person(current_user)
    return render_template(
        "console/queue.html",
        households=households,
        loose=loose_messages(current_user),
        overdue=overdue_texts(db.session, clock.now()),
        messages=recent_messages([h.id for h in households]),
        inbound=Direction.INBOUND,
        awaiting_confirmation=State.AWAITING_REFUSAL_CONFIRMATION.value,
    )
