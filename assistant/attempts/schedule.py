"""The three attempts in the database: scheduling, the re-check, recording, "no contact".

The database is the queue: each attempt is a row with its state and ``due_at``.
A household has at most one live (scheduled or in-flight) attempt; the next one
is created when the last is made. Functions here add to the caller's session
and never commit, so each runs inside the caller's (short) transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

import phonenumbers
from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from assistant.attempts import rules
from assistant.attempts.rules import PathwayError, Reach
from assistant.models import (
    Attempt,
    AttemptState,
    Household,
    HouseholdStatus,
    Means,
    Phone,
    PhoneKind,
    Practice,
    Task,
    TaskKind,
    TaskStatus,
)
from assistant.records import codes
from assistant.records.audit import audit
from assistant.records.tasks import raise_task

log = logging.getLogger(__name__)

LIVE = (AttemptState.SCHEDULED, AttemptState.IN_FLIGHT)
# Replies that do not stop the pathway: the next attempt simply uses another means.
NON_STOPPING_LABELS = ("wrong_number", "opt_out")
GP_NO_CONTACT = "gp_no_contact"
# Replies that do not stop the pathway: the number is someone else's, or the family
# asked for no more texts (remaining attempts use another means).


def reach_of(household: Household) -> Reach:
    """The means the household can be reached by now (phones and address as loaded)."""
    return Reach(text=any(p.can_text for p in household.phones),
                 call=any(p.can_call for p in household.phones),
                 letter=household.has_address)


def order_of(practice: Practice) -> tuple[Means, ...]:
    """The practice's attempt order; a setting we cannot read falls back to the default."""
    try:
        return rules.parse_order(practice.attempt_order)
    except PathwayError as error:
        log.warning("practice %s has an unusable attempt order (%s); using the default",
                    practice.id, error)
        return rules.parse_order(None)


def phone_for(household: Household, means: Means) -> Phone | None:
    """The number an attempt by ``means`` goes to: a textable mobile, or a callable
    number (the mobile first: it is the carer's own and recognised when they ring back)."""
    if means is Means.SMS:
        return next((p for p in household.phones if p.can_text), None)
    if means is Means.CALL:
        callable_ = [p for p in household.phones if p.can_call]
        callable_.sort(key=lambda p: p.kind is not PhoneKind.MOBILE)
        return callable_[0] if callable_ else None
    return None


def national(e164: str | None) -> str | None:
    """A number as the practice writes it (07700 900123): for coded free text only."""
    if not e164:
        return None
    try:
        parsed = phonenumbers.parse(e164, "GB")
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def made_attempts(session: Session, household_id: int) -> list[Attempt]:
    """The household's attempts already made, in order."""
    return list(session.scalars(
        select(Attempt).where(Attempt.household_id == household_id,
                              Attempt.state == AttemptState.MADE).order_by(Attempt.number)))


def live_attempt(session: Session, household_id: int) -> Attempt | None:
    """The household's scheduled or in-flight attempt, if any."""
    return session.scalar(select(Attempt).where(Attempt.household_id == household_id,
                                                Attempt.state.in_(LIVE)))


def schedule_household(session: Session, household: Household, now: datetime) -> Attempt | None:
    """Make sure an ACTIVE household has its next attempt waiting (attempt 1 after import).

    Safe to call again (returns the live attempt if there is one). Returns None when
    nothing is due: the household is not active or is held, has had three attempts,
    or has no means at all (then it is listed for the practice to cleanse).
    """
    if household.status is not HouseholdStatus.ACTIVE or household.held_by_id:
        return None
    live = live_attempt(session, household.id)
    if live is not None:
        return live
    made = made_attempts(session, household.id)
    if len(made) >= rules.MAX_ATTEMPTS:
        return None
    earliest = now
    if made and made[-1].made_at:
        earliest = max(now, rules.following_due(
            made[-1].means, made[-1].made_at, household.practice.attempt_spacing_days))
    return _create_next(session, household, made, earliest, now)


def schedule_new_households(now: datetime) -> dict[str, int]:
    """Due-work job: attempt 1 for every active household that has none yet (just imported).

    Imports may call :func:`schedule_household` themselves; this makes sure no
    household is left out whatever created it.
    """
    from assistant.db import db

    scheduled = uncontactable = 0
    with db.transaction() as session:
        new = session.scalars(
            select(Household)
            .where(Household.status == HouseholdStatus.ACTIVE, Household.held_by_id.is_(None),
                   ~select(Attempt.id).where(Attempt.household_id == Household.id).exists())
            .options(selectinload(Household.phones), selectinload(Household.practice))
            .order_by(Household.id).limit(1000)
            .with_for_update(of=Household, skip_locked=True)).all()
        for household in new:
            if schedule_household(session, household, now) is not None:
                scheduled += 1
            elif household.status is HouseholdStatus.UNCONTACTABLE:
                uncontactable += 1
    done = {"attempts_scheduled": scheduled, "households_to_cleanse": uncontactable}
    return {k: v for k, v in done.items() if v}


def _create_next(session: Session, household: Household, made: Sequence[Attempt],
                 earliest: datetime, now: datetime, *, forward: bool = False) -> Attempt | None:
    means = rules.choose_means(order_of(household.practice), reach_of(household),
                                 [a.means for a in made])
    if means is None:
        mark_uncontactable(session, household, now)
        return None
    due = (rules.brought_forward_due(means, now) if forward
           else rules.due_for(means, earliest))
    attempt = Attempt(household_id=household.id, number=len(made) + 1, means=means,
                      state=AttemptState.SCHEDULED, due_at=due)
    session.add(attempt)
    session.flush()  # the attempt row (with created_at) is its own record of scheduling
    return attempt


def schedule_after(session: Session, attempt: Attempt, now: datetime, *,
                   forward: bool = False) -> Attempt | None:
    """After ``attempt`` was made: the next one, ``spacing`` days on (or, ``forward``, the
    next working day because the number failed). None after the third."""
    household = attempt.household
    if attempt.number >= rules.MAX_ATTEMPTS:
        return None
    if household.status is not HouseholdStatus.ACTIVE or household.held_by_id:
        return None
    if live_attempt(session, household.id) is not None:
        return None
    made = made_attempts(session, household.id)
    earliest = rules.following_due(attempt.means, attempt.made_at or now,
                                     household.practice.attempt_spacing_days)
    return _create_next(session, household, made, earliest, now, forward=forward)


def bring_forward(session: Session, household: Household, now: datetime, *,
                  sooner: bool = True) -> None:
    """A number failed: the waiting attempt moves to a means that still works and (``sooner``)
    to the next working day; with no means left the household goes to the practice to cleanse."""
    live = live_attempt(session, household.id)
    if live is None or live.state is not AttemptState.SCHEDULED:
        return
    made = [a.means for a in made_attempts(session, household.id)]
    means = rules.choose_means(order_of(household.practice), reach_of(household), made)
    if means is None:
        cancel(session, live, "no way left to reach the family", now)
        mark_uncontactable(session, household, now)
        return
    due = min(live.due_at, rules.brought_forward_due(means, now)) if sooner else live.due_at
    if means is live.means:
        live.due_at = due
        return
    switch(session, live, means, f"the number failed; moved to {rules.describe_means(means)}",
           now, due_at=due)


def cancel(session: Session, attempt: Attempt, reason: str, now: datetime) -> None:
    """Cancel a scheduled (or claimed) attempt, keeping the reason."""
    attempt.state = AttemptState.CANCELLED
    attempt.cancel_reason = reason
    attempt.claim_token = None
    audit(session, "attempt_cancelled", household_id=attempt.household_id,
          attempt_id=attempt.id, number=attempt.number, reason=reason)


def cancel_scheduled(session: Session, household_id: int, reason: str, now: datetime) -> int:
    """Cancel every attempt still scheduled for the household, keeping ``reason``.

    Returns how many. A bulk UPDATE: it touches only attempts, so unless one is
    pending in the session nothing else needs flushing first.
    """
    statement = (
        update(Attempt)
        .where(Attempt.household_id == household_id, Attempt.state == AttemptState.SCHEDULED)
        .values(state=AttemptState.CANCELLED, cancel_reason=reason, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if any(isinstance(o, Attempt) for o in (*session.new, *session.dirty)):
        return session.execute(statement).rowcount or 0
    with session.no_autoflush:
        return session.execute(statement).rowcount or 0


def switch(session: Session, attempt: Attempt, means: Means, reason: str, now: datetime,
           *, due_at: datetime | None = None) -> Attempt:
    """Cancel ``attempt`` with ``reason`` and put the same attempt number on ``means``."""
    cancel(session, attempt, reason, now)
    session.flush()  # the cancelled row must leave the live-number index first
    replacement = Attempt(household_id=attempt.household_id, number=attempt.number,
                          means=means, state=AttemptState.SCHEDULED,
                          due_at=due_at or rules.due_for(means, now))
    session.add(replacement)
    session.flush()
    audit(session, "attempt_switched", household_id=attempt.household_id,
          attempt_id=replacement.id, replaces=attempt.id, means=str(means))
    return replacement


def mark_uncontactable(session: Session, household: Household, now: datetime) -> None:
    """No usable phone and no address: the household is listed for the practice to cleanse."""
    if household.status is not HouseholdStatus.UNCONTACTABLE:
        household.status = HouseholdStatus.UNCONTACTABLE
        household.status_reason = "no usable phone number or address"
        household.status_changed_at = now
        audit(session, "household_uncontactable", household_id=household.id)
    open_task = session.scalar(select(Task.id).where(
        Task.household_id == household.id, Task.kind == TaskKind.CLEANSE_CONTACT,
        Task.status == TaskStatus.OPEN))
    if open_task is None:
        raise_task(session, TaskKind.CLEANSE_CONTACT,
                   "No usable phone number or postal address: please check the family's "
                   "contact details in the clinical record.",
                   household=household, now=now, due_at=now)


def code_attempt(session: Session, attempt: Attempt, free_text: str, at: datetime) -> None:
    """Code the attempt against every child in the household (interfaces.md §5)."""
    event = codes.Event.for_attempt(attempt.number)
    for child in attempt.household.children:
        codes.record(session, child, event, at=at, free_text=free_text, attempt_id=attempt.id)


def record_staff_attempt(session: Session, household: Household, means: Means | str,
                         outcome_text: str, at: datetime,
                         user_id: int | None = None, *, caller: str = "practice") -> Attempt:
    """Record an attempt staff made themselves (a call from the practice or by the
    coordinator, a home visit).

    It counts and is coded like the assistant's own: it takes the next attempt
    number and replaces the waiting automated attempt. Raises
    :class:`~assistant.attempts.rules.PathwayError` when it cannot be recorded.
    """
    means = Means(means)
    free_text = rules.staff_free_text(means, outcome_text, caller)  # raises for other means
    if household.status.is_closed:
        raise PathwayError(f"household {household.id} is closed ({household.status.value}); "
                           "no attempt can be recorded")
    made = made_attempts(session, household.id)
    if len(made) >= rules.MAX_ATTEMPTS:
        raise PathwayError(f"household {household.id} has already had three attempts")
    live = live_attempt(session, household.id)
    if live is not None and live.state is AttemptState.IN_FLIGHT:
        raise PathwayError("an automated attempt is being made right now; "
                           "try again in a few minutes")
    if live is not None:
        cancel(session, live, "replaced by an attempt staff made", at)
        session.flush()
    attempt = Attempt(household_id=household.id, number=len(made) + 1, means=means,
                      state=AttemptState.MADE, due_at=at, made_at=at, outcome="recorded",
                      outcome_detail=" ".join(outcome_text.split()), recorded_by_id=user_id)
    attempt.household = household
    session.add(attempt)
    session.flush()
    code_attempt(session, attempt, free_text, at)
    audit(session, "attempt_recorded", actor=f"user:{user_id}" if user_id else "staff",
          user_id=user_id, household_id=household.id, attempt_id=attempt.id,
          number=attempt.number, means=str(means))
    schedule_after(session, attempt, at)
    return attempt
