"""``POST /households/<id>/outcome``: what the family decided with the person holding them.

- ``agreed``: one slot per child (``slot_id`` repeated, oldest child first), each at that
  child's practice within seven days, siblings back to back. Booked through
  :func:`assistant.booking.book.book_chosen` (the database keeps a slot to one child),
  the confirmation text put in the outbox the reply queue sends from (with its delivery
  status, as after a parent's own pick), and the family handed back to the assistant for
  the reminder. A slot taken meanwhile: 409 with the times free now, nothing booked.
  A family exception reported earlier who changed their mind is booked the same way: the
  exception report is withdrawn (:func:`handover.withdraw_exception_report`, audited; the
  spec has no code reversing it) in the booking's commit.
- ``declined``: :func:`assistant.conversation.handover.exception_report` with
  ``DECLINED_AFTER_COORDINATOR`` (429684009 for each child, the reason, the family's
  words as evidence); contact stops and the hold is released.
- ``follow_up``: the hold stays and a task comes due that day.

Only the holder's explicit outcome books or exception reports a family. One commit each.

``POST /households/<id>/book-by-hand`` (the holder): the practice is asked to book the
family by hand (a ``BOOK_BY_HAND`` task, one open per family, as when no slot was free),
for a family whose offer of times lapsed; the holder keeps the family.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time

from flask_login import current_user
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant import clock
from assistant.booking import book
from assistant.booking.offers import ask_to_book_by_hand
from assistant.console import scope
from assistant.console.action_forms import BookByHandForm, OutcomeForm
from assistant.console.household_actions import (
    ActionRefused,
    bp,
    done,
    holder_or_refuse,
    page,
)
from assistant.conversation import handover
from assistant.db import db, locked
from assistant.models import (
    Direction,
    Household,
    HouseholdStatus,
    Message,
    MessageChannel,
    Offer,
    OfferStatus,
    Task,
    TaskKind,
    TaskStatus,
    User,
)
from assistant.models.contact import ANSWER_TO_SEND
from assistant.records import codes
from assistant.records.audit import audit
from assistant.records.tasks import raise_task

log = logging.getLogger(__name__)
# A follow-up task is due at the start of the working day.
FOLLOW_UP_AT = time(9, 0)


@bp.post("/<int:household_id>/outcome")
@scope.roles(*scope.TEAM)
def record_outcome(household_id: int):
    """Agreed (book), declined (exception report) or follow up on a date: the holder only."""
    household = scope.household_or_404(household_id)
    form = OutcomeForm()
    try:
        holder_or_refuse(household)
        if not form.validate_on_submit():
            raise ActionRefused(400, "Nothing was recorded: see the outcome form.")
        now = clock.now()
        if form.outcome.data == "agreed":
            message = agree(db.session, household, current_user, form.slot_id.data, now)
        elif form.outcome.data == "declined":
            message = decline(db.session, household, current_user, form, now)
        else:
            message = follow_up(db.session, household, current_user, form, now)
    except ActionRefused as refused:
        db.session.rollback()
        return page(household, refused.status, problem=refused.message, outcome_form=form)
    log.info("outcome %s recorded for household %s by user %s", form.outcome.data,
             household_id, current_user.id)
    return done(household, message)


def agree(session: Session, household: Household, user: User, slot_ids: list[int],
          now: datetime) -> str:
    """Book the chosen slots (one per child, oldest first), queue the confirmation, hand
    back; commit once. Raises :class:`ActionRefused` (nothing booked) otherwise."""
    slot_ids = list(slot_ids or [])
    confirmed = False
    withdrawn: list[str] = []
    try:
        # A family exception reported who now wants the vaccines: the holder's "agreed" is
        # their change of mind (withdrawn and booked in one commit, or neither).
        withdrawn = handover.withdraw_exception_report(session, household, user, now)
        result = book.book_chosen(session, household, slot_ids, now, holder_id=user.id)
        if result.booked:
            confirmed = _queue_confirmation(session, household, user, result.text, now)
            session.flush()  # the bookings and the confirmation, before the hold goes
            handover.hand_back(session, household.id, user, now, shown_holder_id=user.id)
            session.commit()
    except IntegrityError:  # a parent's pick or another coordinator won the slot
        session.rollback()
        result = book.BookingResult(book.TAKEN, reason="slot taken at the same moment")
    except handover.HoldConflict as conflict:
        session.rollback()
        raise ActionRefused(409, "Someone else took the family over meanwhile. Nothing was "
                                 "booked.") from conflict
    if result.status == book.TAKEN:
        raise ActionRefused(409, "One of those times has just been taken. Nothing was booked: "
                                 "choose again from the times free now.")
    if not result.booked:
        raise ActionRefused(400, _why_not(result.reason))
    return ("Booked. " + (_WITHDRAWN.format(codes=", ".join(withdrawn)) if withdrawn else "")
            + ("The confirmation text is on its way. " if confirmed else
                          "The family cannot be texted: tell them the time yourself. ")
            + "The family is back with the assistant, which sends the reminder.")


_WITHDRAWN = ("The earlier exception report is withdrawn and audited; its code ({codes}) "
              "stays in the children's records, as the pathway has no code that reverses "
              "it. ")
# A household closed for a reason the holder's "agreed" does not undo.
_CLOSED_WORDS = {
    HouseholdStatus.UNREACHABLE.value: "closed as no contact",
    HouseholdStatus.MOVED_AWAY.value: "closed as moved away",
    HouseholdStatus.COMPLETED.value: "closed as vaccinated (nothing more to do)",
}


def _why_not(reason: str) -> str:
    closed = reason.removeprefix("household is ")
    if closed in _CLOSED_WORDS:
        return (f"Nothing was booked: this family's record is {_CLOSED_WORDS[closed]}. "
                "Check the children's record with their practice, and ask the practice to "
                "book by hand if they still need the vaccines.")
    if reason == "the household is not held by this person":
        return ("Nothing was booked: you no longer hold this family. Reload the page to "
                "see who does.")
    return {
        "slot not at the child's practice": "Each child is seen at their own practice: "
        "choose a time at that child's practice. Nothing was booked.",
        "slot not within seven days": "Choose times within the next seven days. Nothing was "
        "booked.",
        "siblings' slots are not back to back": "Brothers and sisters at one practice need "
        "back-to-back times with the same staff. Nothing was booked.",
    }.get(reason, "Choose one time for each child from the lists. Nothing was booked.")


def _queue_confirmation(session: Session, household: Household, user: User, text: str,
                        now: datetime) -> bool:
    """The confirmation in the outbox the reply queue sends (REST, status callback), as a
    parent's own pick is confirmed. Sent for the holder: the family's texts before it count
    as answered when the hold is released (``handover.resume``)."""
    phone = next((p for p in household.phones if p.can_text), None)
    if phone is None:
        return False
    session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                        channel=MessageChannel.SMS, to_number=phone.e164, body=text,
                        status=ANSWER_TO_SEND,
                        sent_by_id=user.id, created_at=now, updated_at=now))
    return True


def decline(session: Session, household: Household, user: User, form: OutcomeForm,
            now: datetime) -> str:
    """Exception report after the coordinator's conversation: 429684009 per child."""
    reason = " ".join(form.reason.data.split())
    handover.exception_report(
        session, household, now, event=codes.Event.DECLINED_AFTER_COORDINATOR,
        free_text=f"Declined after talking to the immunisation coordinator: {reason}",
        evidence=form.words.data.strip(), evidence_at=now, via="coordinator",
        actor=handover.actor_of(user))
    session.commit()
    return ("Recorded as declined after your conversation and exception reported for each "
            "child. Contact has stopped.")


def follow_up(session: Session, household: Household, user: User, form: OutcomeForm,
              now: datetime) -> str:
    """Keep the hold; a task comes due on the day."""
    day: date = form.follow_up_day
    note = " ".join((form.note.data or "").split())
    due_at = clock.from_local(datetime.combine(day, FOLLOW_UP_AT))
    # The household row locked: the same form sent twice (a double click) finds the first.
    locked(session, Household, household.id)
    if session.scalar(select(Task.id).where(
            Task.household_id == household.id, Task.kind == TaskKind.FOLLOW_UP,
            Task.status == TaskStatus.OPEN, Task.due_at == due_at).limit(1)) is not None:
        session.rollback()
        return f"A follow-up is already set for {day:%A %-d %B}. You still hold the family."
    raise_task(session, TaskKind.FOLLOW_UP,
               f"Follow up with the {household.family_name} family on {day:%a %-d %b %Y}"
               + (f": {note}" if note else "."),
               household=household, now=now, due_at=due_at, assigned_to_id=user.id)
    audit(session, "household.follow_up", actor=handover.actor_of(user), user_id=user.id,
          household_id=household.id, date=day.isoformat())
    handover.touch(session, household, user, now)
    session.commit()
    return f"Follow-up set for {day:%A %-d %B}. You still hold the family."


@bp.post("/<int:household_id>/book-by-hand")
@scope.roles(*scope.TEAM)
def ask_book_by_hand(household_id: int):
    """The holder asks the practice to book the family by hand: a task for the practice."""
    household = scope.household_or_404(household_id)
    form = BookByHandForm()
    try:
        holder_or_refuse(household)
        if not form.validate_on_submit():
            raise ActionRefused(400, "Nothing was asked: see the note for the practice.")
        message = book_by_hand(db.session, household, current_user, form.note.data,
                               clock.now())
    except ActionRefused as refused:
        db.session.rollback()
        return page(household, refused.status, problem=refused.message)
    log.info("book-by-hand asked for household %s by user %s", household_id, current_user.id)
    return done(household, message)


def book_by_hand(session: Session, household: Household, user: User, note: str | None,
                 now: datetime) -> str:
    """One open ``BOOK_BY_HAND`` task for the family's practice, audited; the hold kept.
    Raises :class:`ActionRefused` for a family booked already or closed."""
    # The household row locked: the same form sent twice (a double click) finds the first.
    household = locked(session, Household, household.id)
    if household.status is HouseholdStatus.BOOKED:
        raise ActionRefused(400, "The family is booked already: nothing was asked. Move "
                                 "their time with the outcome form if they need another.")
    if household.status.is_closed:
        raise ActionRefused(400, "Nothing was asked: this family's record is closed. If they "
                                 "now want the vaccines, record that they agreed.")
    # The latest offer that ran out unpicked (still open, or closed only after it expired).
    lapsed = session.scalar(select(Offer.expires_at).where(
        Offer.household_id == household.id, Offer.status != OfferStatus.BOOKED,
        Offer.expires_at <= now,
        or_(Offer.closed_at.is_(None), Offer.closed_at >= Offer.expires_at))
        .order_by(Offer.expires_at.desc()).limit(1))
    practice = household.practice
    note = " ".join((note or "").split())
    why = (f"their offer of times lapsed on {clock.local(lapsed):%a %-d %b}" if lapsed
           else "the coordinator could not book them")
    summary = (f"For {practice.contact_name or 'the immunisation contact'}: please call the "
               f"{household.family_name} family to book their vaccines by hand ({why}; "
               f"asked by the coordinator)" + (f": {note}" if note else "."))
    if not ask_to_book_by_hand(session, household, now, due_at=now, summary=summary,
                               actor=handover.actor_of(user), user_id=user.id,
                               lapsed=bool(lapsed)):
        session.rollback()
        return ("The practice already has a task to book this family by hand. Nothing more "
                "was asked. You still hold the family.")
    handover.touch(session, household, user, now)
    session.commit()
    return ("The practice is asked to book the family by hand: the task is on /tasks. You "
            "still hold the family.")
