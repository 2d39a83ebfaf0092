"""What happened to an attempt: the provider accepted it, refused it, or reported later.

Called by dispatch when a send fails (an accepted send is recorded by
:mod:`assistant.attempts.record`) and by the status hooks (``apply_provider_status``).
Statuses never move backwards: a late "sent" after "delivered" changes nothing,
and an unknown SID is ignored.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from assistant import clock
from assistant.attempts import rules
from assistant.attempts.schedule import (
    bring_forward,
    cancel,
    code_attempt,
    made_attempts,
    national,
    order_of,
    reach_of,
    schedule_after,
    switch,
)
from assistant.channels.base import ChannelError

# The provider's statuses and error codes, read in our words by the channel that knows them.
from assistant.channels.twilio import call_outcome, number_problem
from assistant.models import (
    Attempt,
    AttemptState,
    CodedEvent,
    Delivery,
    Household,
    Means,
    Message,
    Phone,
    PhoneStatus,
    TaskKind,
)
from assistant.models.contact import UNUSABLE
from assistant.records.audit import audit
from assistant.records.tasks import raise_task

log = logging.getLogger(__name__)

MAX_TRIES = 5
# Waits after a provider failure (500, timeout): a minute, then longer. After
# MAX_TRIES failures we stop waiting for this means and use the next one.
BACKOFF_SECONDS = (60, 300, 1800, 7200)


def _load(session: Session, attempt_id: int) -> Attempt:
    return session.scalars(
        select(Attempt).where(Attempt.id == attempt_id).options(
            selectinload(Attempt.household).selectinload(Household.children),
            selectinload(Attempt.household).selectinload(Household.phones),
            selectinload(Attempt.household).selectinload(Household.practice),
            selectinload(Attempt.phone))
        .with_for_update(of=Attempt)).one()


def _still_ours(attempt: Attempt, token: str) -> bool:
    if attempt.state is AttemptState.IN_FLIGHT and attempt.claim_token == token:
        return True
    # Our claim timed out and another worker took the attempt back: keep what we
    # know in the detail, but record the attempt once only.
    log.warning("attempt %s was reclaimed before its result was recorded", attempt.id)
    return False


def record_failure(session: Session, attempt_id: int, token: str, error: ChannelError,
                   now: datetime) -> str:
    """The provider refused or failed: returns what became of the attempt
    (``unusable``, ``switched``, ``retry`` or ``gave_up``)."""
    attempt = _load(session, attempt_id)
    if not _still_ours(attempt, token):
        return "reclaimed"
    attempt.last_error = f"{error} (code {error.code})" if error.code else str(error)
    attempt.claim_token = None
    if error.permanent and error.reason == "unusable":
        _made_but_unusable(session, attempt, error, now)
        return "unusable"
    if error.permanent and error.reason == "opted_out":
        _mark_opted_out(attempt.phone, attempt.means, now)
        return _move_on(session, attempt, "the family opted out of "
                        + ("texts" if attempt.means is Means.SMS else "calls"), now)
    attempt.tries += 1
    if error.permanent or attempt.tries >= MAX_TRIES:
        why = "the provider refused" if error.permanent else \
            f"the provider failed {attempt.tries} times"
        return _move_on(session, attempt, why, now)
    wait = BACKOFF_SECONDS[min(attempt.tries, len(BACKOFF_SECONDS)) - 1]
    attempt.state = AttemptState.SCHEDULED
    attempt.due_at = rules.due_for(attempt.means, now + timedelta(seconds=wait))
    return "retry"


def _made_but_unusable(session: Session, attempt: Attempt, error: ChannelError,
                       now: datetime) -> None:
    # A text to an invalid number or a landline still counts as made (rules.md §2).
    attempt.state = AttemptState.MADE
    attempt.made_at = now
    attempt.outcome = Delivery.FAILED
    unusable = number_problem(error.code) == UNUSABLE
    code_attempt(session, attempt, rules.attempt_free_text(
        attempt.means, national(attempt.phone.e164 if attempt.phone else None), Delivery.FAILED,
        error.code if unusable else None, UNUSABLE if unusable else None), now)
    _mark_unusable(session, attempt.phone, now)
    schedule_after(session, attempt, now, forward=True)


def _move_on(session: Session, attempt: Attempt, why: str, now: datetime) -> str:
    """This means will not work: the same attempt by another means, or a person to act."""
    household = attempt.household
    used = [a.means for a in made_attempts(session, household.id)]
    other = rules.choose_means(order_of(household.practice), reach_of(household), used,
                                 exclude=(attempt.means,))
    if other is not None:
        switch(session, attempt, other, f"{why}; moved to {rules.describe_means(other)}", now)
        return "switched"
    cancel(session, attempt, f"{why}; no other way to reach the family", now)
    raise_task(session, TaskKind.OTHER,
               f"Attempt {attempt.number} could not be made automatically ({why}). Please "
               "contact the family by hand and record it.",
               household=household, now=now, due_at=now)
    return "gave_up"


def _mark_unusable(session: Session, phone: Phone | None, now: datetime) -> None:
    if phone is None or phone.status is not PhoneStatus.USABLE:
        return
    phone.status = PhoneStatus.UNUSABLE
    audit(session, "phone_unusable", household_id=phone.household_id, phone_id=phone.id)


def _mark_opted_out(phone: Phone | None, means: Means, now: datetime) -> None:
    if phone is None:
        return
    if means is Means.SMS and phone.sms_opted_out_at is None:
        phone.sms_opted_out_at = now
    elif means is Means.CALL and phone.calls_opted_out_at is None:
        phone.calls_opted_out_at = now


def _rank(means: Means, status: str | None) -> int:
    rank = rules.status_rank(means, status)
    return -1 if rank is None else rank


def apply_provider_status(session: Session, *, sid: str, status: str,
                          error_code: int | None, answered_by: str | None = None,
                          duration: int | None = None) -> None:
    """Apply a delivery or call status for ``sid`` (the caller commits).

    Updates the outbound message and the attempt's outcome and coded free text;
    marks the number unusable (21211, 21614, 30005, 30006: the next attempt comes
    forward to the next working day by another means) or opted out (21610).
    Never moves a status backwards; an unknown SID or status changes nothing.
    """
    attempt = session.scalar(select(Attempt).where(Attempt.provider_sid == sid)
                             .with_for_update())
    message = session.scalar(select(Message).where(Message.provider_sid == sid)
                             .with_for_update())
    if attempt is None and message is None:
        log.info("status %s for unknown sid %s: nothing to do", status, sid)
        return
    means = attempt.means if attempt else (
        Means.CALL if message is not None and message.means is Means.CALL else Means.SMS)
    status = (status or "").strip().lower()
    outcome = call_outcome(status, answered_by) if means is Means.CALL else status
    if rules.status_rank(means, outcome) is None:
        log.info("unknown status %r for sid %s ignored", status, sid)
        return
    now = clock.now()
    if attempt is None and message is not None:
        # A text that was not an attempt (a reply, a reminder). The hook may already
        # have stored this status on the message, so only an older one is ignored.
        if _rank(means, outcome) < _rank(means, message.status):
            return
        message.status = outcome
        message.error_code = error_code or message.error_code
        _number_result(session, message, means, outcome, error_code, now)
        return
    if attempt is None or _rank(means, outcome) <= _rank(means, attempt.outcome):
        return  # late or repeated: statuses only move forward
    if message is not None:
        # The message keeps the provider's word (never moving back); the attempt our reading.
        if _rank(means, status) > _rank(means, message.status):
            message.status = status
        message.error_code = error_code or message.error_code
    _attempt_result(session, attempt, message, outcome, error_code, duration, now)


def _attempt_result(session: Session, attempt: Attempt, message: Message | None, outcome: str,
                    error_code: int | None, duration: int | None, now: datetime) -> None:
    attempt.outcome = outcome
    if error_code:
        attempt.last_error = f"provider error {error_code}"
    if duration is not None and attempt.means is Means.CALL:
        attempt.outcome_detail = f"call lasted {duration} s"
    number = attempt.phone.e164 if attempt.phone else (message.to_number if message else None)
    session.execute(update(CodedEvent).where(CodedEvent.attempt_id == attempt.id).values(
        free_text=rules.attempt_free_text(attempt.means, national(number), outcome,
                                          error_code, number_problem(error_code))))
    if outcome in rules.FAILED_STATUSES:
        _number_problem(session, attempt.phone, attempt.means, error_code, now)


def _number_result(session: Session, message: Message, means: Means, outcome: str,
                   error_code: int | None, now: datetime) -> None:
    # A text that was not an attempt (a reply, a reminder): the number still matters.
    if outcome not in rules.FAILED_STATUSES or not message.to_number:
        return
    phone = session.scalar(select(Phone).where(Phone.e164 == message.to_number))
    _number_problem(session, phone, means, error_code, now)


def _number_problem(session: Session, phone: Phone | None, means: Means,
                    error_code: int | None, now: datetime) -> None:
    problem = number_problem(error_code)
    if phone is None or problem is None:
        return
    if problem == "unusable":
        _mark_unusable(session, phone, now)
    else:
        _mark_opted_out(phone, means, now)
    bring_forward(session, phone.household, now, sooner=problem == "unusable")
