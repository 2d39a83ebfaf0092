"""Closing a household as "no contact" after three unanswered attempts (rules.md §2).

Seven days (the practice's spacing) after the third attempt with no reply, the
household is unreachable: no further contact, no referral to a coordinator, and
a letter to the GP goes in the practice's next letter batch.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from assistant.attempts import rules
from assistant.attempts.schedule import GP_NO_CONTACT, LIVE, NON_STOPPING_LABELS
from assistant.models import (
    Attempt,
    AttemptState,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    QueuedLetter,
)
from assistant.records.audit import audit


def _replied_since(session: Session, household_id: int, since: datetime) -> bool:
    return session.scalar(select(Message.id).where(
        Message.household_id == household_id, Message.direction == Direction.INBOUND,
        Message.created_at >= since,
        or_(Message.label.is_(None), Message.label.not_in(NON_STOPPING_LABELS))).limit(1)
    ) is not None


def close_unreachable(now: datetime) -> dict[str, int]:
    """Due-work job: households whose third attempt brought no reply become "no contact"
    after the practice's spacing, and a letter to their GP is queued for the next batch."""
    from assistant.db import db

    closed = 0
    with db.transaction() as session:
        third = (select(Attempt.household_id, Attempt.made_at)
                 .where(Attempt.number == rules.MAX_ATTEMPTS,
                        Attempt.state == AttemptState.MADE).subquery())
        query = (select(Household, third.c.made_at)
                 .join(third, third.c.household_id == Household.id)
                 .where(Household.status == HouseholdStatus.ACTIVE,
                        Household.held_by_id.is_(None),
                        ~select(Attempt.id).where(and_(Attempt.household_id == Household.id,
                                                       Attempt.state.in_(LIVE))).exists())
                 .options(selectinload(Household.practice))
                 .with_for_update(of=Household, skip_locked=True))
        for household, made_at in session.execute(query).all():
            spacing = household.practice.attempt_spacing_days
            if now < rules.no_contact_due(made_at, spacing):
                continue
            if _replied_since(session, household.id, made_at):
                continue
            close_as_no_contact(session, household, now)
            closed += 1
    return {"no_contact": closed} if closed else {}


def close_as_no_contact(session: Session, household: Household, now: datetime) -> None:
    """Mark the household unreachable ("no contact") and queue the letter to its GP."""
    household.status = HouseholdStatus.UNREACHABLE
    household.status_reason = "no contact: three attempts without a reply"
    household.status_changed_at = now
    session.add(QueuedLetter(practice_id=household.practice_id, household_id=household.id,
                             kind=GP_NO_CONTACT))
    audit(session, "household_no_contact", household_id=household.id)
