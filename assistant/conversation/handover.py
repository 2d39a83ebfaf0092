"""One way in for a person taking a family on: refer, take over, hand back, exception report
(and withdraw one when the family changes their mind).

The dialogue (a worried reply, a key press), the booking page ("I have
questions", "I do not want them"), the due-work jobs (an unconfirmed refusal)
and the coordinators' console all call these functions; there is no second
copy. Each adds its changes to the caller's session and never commits, so the
caller decides the transaction (the console commits at once; the dialogue
commits with the rest of its reply).

The hold (``Household.held_by_id``) is one person at a time, kept so by the
database: :func:`take_over` is a conditional ``UPDATE … WHERE held_by_id IS
NULL``, never a read then a write, so of twenty coordinators pressing at once
exactly one row update succeeds. While a household is held the assistant sends
it nothing: the re-check cancels attempts, reminders and reserve offers skip
it, and the reply handler keeps the family's texts unanswered
(``HELD_FOR_PERSON``) for the holder to read on the timeline.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, update
from sqlalchemy.orm import Session

from assistant import clock
from assistant.attempts import schedule
from assistant.booking.changes import cancel_bookings
from assistant.conversation.status import set_status
from assistant.db import locked
from assistant.models import (
    Child,
    CodedEvent,
    DialogueState,
    Direction,
    Household,
    HouseholdStatus,
    Means,
    Message,
    MessageChannel,
    MessageState,
    Role,
    Task,
    TaskKind,
    TaskStatus,
    User,
)
from assistant.records import codes
from assistant.records.audit import audit
from assistant.records.tasks import raise_task

log = logging.getLogger(__name__)

# An inbound text kept for the coordinator holding the household (not answered by us).
HELD_FOR_PERSON = MessageState.HELD_FOR_PERSON
# ... and one the holder answered themselves before handing back (not answered again).
READ_BY_PERSON = MessageState.READ_BY_PERSON
# A call made by hand in which the person spoke to the family (``console.household_actions``).
SPOKE = MessageState.SPOKE
# A hold nobody has touched for this many working days becomes a task.
UNTOUCHED_WORKING_DAYS = 5
HOLD_TASK_MARK = "Hold untouched"


class HoldConflict(Exception):
    """Someone else holds the household (or nobody does, for a hand back)."""

    def __init__(self, holder: User | None):
        self.holder = holder
        who = holder.email if holder is not None else "nobody"
        super().__init__(f"held by {who}")


def actor_of(user: User | None) -> str:
    """How the audit trail names who did something."""
    return f"user:{user.id}" if user is not None else "assistant"


def refer(session: Session, household: Household, now: datetime, *, why: str,
          actor: str = "assistant", evidence: str | None = None,
          evidence_at: datetime | None = None,
          children: Sequence[Child] | None = None) -> None:
    """Hand ``household`` to the coordinators: coded as referred (166281000000106) for each
    child, scheduled attempts cancelled, open offers closed, into the queue.

    ``children``: only these are coded (a practice's list names its own children, not
    a sibling registered elsewhere); by default every child of the household still due."""
    for child in household.children if children is None else children:
        codes.record(session, child, codes.Event.REFERRED, at=now,
                     free_text=f"Referred to the immunisation coordinator: {why}",
                     evidence=evidence, evidence_at=evidence_at if evidence else None)
    schedule.cancel_scheduled(session, household.id, f"handed to a coordinator: {why}", now)
    set_status(session, household, HouseholdStatus.WITH_COORDINATOR, why, now)
    household.dialogue_state = DialogueState.HANDED_OVER.value
    audit(session, "household.referred", actor=actor, household_id=household.id, why=why)


def exception_report(session: Session, household: Household, now: datetime, *,
                     event: codes.Event, free_text: str, evidence: str,
                     evidence_at: datetime | None, via: Means | str,
                     actor: str = "parent") -> None:
    """Record a family's decision not to vaccinate and stop all contact.

    ``event`` is ``REFUSED`` (183948000, a parent's confirmed refusal) or
    ``DECLINED_AFTER_COORDINATOR`` (429684009, after talking to a coordinator). Each
    child is coded with the family's words as evidence; bookings are cancelled (their
    slots go to the reserve list), attempts cancelled, the hold released. ``via`` is how
    the family told us (a ``Means``), or who recorded it (``coordinator``).
    """
    if event not in (codes.Event.REFUSED, codes.Event.DECLINED_AFTER_COORDINATOR):
        raise ValueError(f"{event} is not an exception report")
    for child in household.children:
        codes.record(session, child, event, at=now, free_text=free_text,
                     evidence=evidence, evidence_at=evidence_at or now)
    # Bookings first: cancelling reopens a household, the status below closes it.
    cancel_bookings(session, household, now, actor=actor, via=via)
    schedule.cancel_scheduled(session, household.id, "exception reported", now)
    set_status(session, household, HouseholdStatus.REFUSED, free_text, now)
    household.dialogue_state = None
    household.held_by_id = household.held_since = household.hold_touched_at = None
    close_follow_ups(session, household.id, now, why="exception reported", actor=actor)
    audit(session, "household.exception_reported", actor=actor, household_id=household.id,
          code=event.code.snomed_code, via=via)


def withdraw_exception_report(session: Session, household: Household, user: User,
                              now: datetime) -> list[str]:
    """The family held by ``user``, exception reported (``REFUSED``), now wants the vaccines:
    back with the holder (``WITH_COORDINATOR``) so the holder can book them, audited with the
    codes recorded earlier. Returns those SNOMED codes (none: nothing to withdraw).

    ``interfaces.md`` §5 has no code for withdrawing an exception report, so none is
    recorded: the earlier 183948000 / 429684009 stays in each child's record (and in the
    counts); the audit entry (``household.exception_withdrawn``) is the record of the
    reversal, and each practice with such a code gets a task to check its GP record
    (:func:`_ask_practices_to_check`). The caller books in the same transaction and
    commits (or rolls back both).
    """
    household = locked(session, Household, household.id)
    if household.status is not HouseholdStatus.REFUSED:
        return []
    if household.held_by_id != user.id:
        raise HoldConflict(_holder(session, household.id))
    reported = session.execute(
        select(CodedEvent.practice_id, Child.given_name, CodedEvent.snomed_code,
               CodedEvent.occurred_at)
        .join(Child, Child.id == CodedEvent.child_id)
        .where(CodedEvent.household_id == household.id,
               CodedEvent.snomed_code.in_(codes.EXCEPTION_REPORTED))
        .order_by(CodedEvent.occurred_at, Child.given_name)).all()
    earlier = sorted({row.snomed_code for row in reported})
    set_status(session, household, HouseholdStatus.WITH_COORDINATOR,
               "the family changed their mind after an exception report", now)
    audit(session, "household.exception_withdrawn", actor=actor_of(user), user_id=user.id,
          household_id=household.id, codes=earlier, reversal_code=None,
          why="the family told the coordinator they now want the vaccines")
    _ask_practices_to_check(session, household, reported, now)
    session.flush()  # before booking re-reads the household row
    return earlier


def _ask_practices_to_check(session: Session, household: Household, reported: Sequence,
                            now: datetime) -> None:
    """One open task per practice whose children were exception reported: the code stays in
    the GP record (no code reverses it), so the practice checks the record by hand. A
    practice's task names only its own children (a sibling may be registered elsewhere)."""
    by_practice: dict[int, list[str]] = {}
    for row in reported:
        by_practice.setdefault(row.practice_id, []).append(
            f"{row.given_name} ({row.snomed_code}, {clock.local(row.occurred_at):%-d %B %Y})")
    for practice_id, entries in by_practice.items():
        raise_task(session, TaskKind.DATA_CHECK,
                   "The family changed their mind after an exception report and are being "
                   f"booked: {', '.join(dict.fromkeys(entries))}. No code reverses the "
                   "report: please check the child's GP record.",
                   practice_id=practice_id, household_id=household.id, now=now)


def take_over(session: Session, household_id: int, user: User, now: datetime) -> None:
    """``user`` holds the household from now; raises :class:`HoldConflict` naming the
    holder when someone else does. Taking over one's own hold again changes nothing."""
    taken = session.execute(
        update(Household)
        .where(Household.id == household_id, Household.held_by_id.is_(None))
        .values(held_by_id=user.id, held_since=now, hold_touched_at=now, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if taken != 1:
        holder = _holder(session, household_id)
        if holder is not None and holder.id == user.id:
            return
        raise HoldConflict(holder)
    schedule.cancel_scheduled(session, household_id, "a coordinator took the household over",
                              now)
    _stop_unsent_answers(session, household_id, now)
    audit(session, "household.taken_over", actor=actor_of(user), user_id=user.id,
          household_id=household_id)


def _stop_unsent_answers(session: Session, household_id: int, now: datetime) -> None:
    """The assistant's answers still in the outbox (written just before the take over, or
    waiting for a retry) are not sent during the hold: marked ``UNSENT``, and the texts
    they answered wait for the holder (answered by the assistant if handed back). One
    already being sent (``ANSWER_SENDING``) is out of our hands; the reply handler locks
    the household, so none is written after this."""
    pending = and_(Message.household_id == household_id,
                   Message.direction == Direction.OUTBOUND, Message.sent_by_id.is_(None),
                   Message.status.in_((MessageState.ANSWER_TO_SEND, MessageState.ANSWER_RETRY)))
    first, last = session.execute(select(func.min(Message.id), func.max(Message.id))
                                  .where(pending)).one()
    if first is None:
        return
    session.execute(update(Message).where(pending)
                    .values(status=MessageState.UNSENT, updated_at=now)
                    .execution_options(synchronize_session=False))
    # The family's texts after the last answer that did go, up to the last one stopped.
    answered_before = session.scalar(select(func.max(Message.id)).where(
        Message.household_id == household_id, Message.direction == Direction.OUTBOUND,
        Message.channel == MessageChannel.SMS, Message.id < first)) or 0
    session.execute(update(Message).where(
        Message.household_id == household_id, Message.direction == Direction.INBOUND,
        Message.channel == MessageChannel.SMS, Message.status == MessageState.RECEIVED,
        Message.handled_at.is_not(None), Message.id > answered_before, Message.id < last)
        .values(status=HELD_FOR_PERSON)
        .execution_options(synchronize_session=False))


def hand_back(session: Session, household_id: int, user: User, now: datetime, *,
              shown_holder_id: int | None) -> None:
    """Release the hold and resume the pathway where it stands.

    ``shown_holder_id`` is the holder the person's page showed: the release only
    happens if that is still the holder (a stale page after someone else took over
    gets :class:`HoldConflict`). Only the holder, or an admin, may hand back.
    """
    if shown_holder_id is None or (user.role is not Role.ADMIN and shown_holder_id != user.id):
        raise HoldConflict(_holder(session, household_id))
    released = session.execute(
        update(Household)
        .where(Household.id == household_id, Household.held_by_id == shown_holder_id)
        .values(held_by_id=None, held_since=None, hold_touched_at=None, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if released != 1:
        raise HoldConflict(_holder(session, household_id))
    household = session.get(Household, household_id, populate_existing=True)
    resume(session, household, now)
    close_follow_ups(session, household_id, now, why="handed back to the assistant",
                     actor=actor_of(user), closed_by=user)
    audit(session, "household.handed_back", actor=actor_of(user), user_id=user.id,
          household_id=household_id, status=household.status.value)


def resume(session: Session, household: Household, now: datetime) -> None:
    """After a hold: a family still with the coordinators goes back on the pathway (its
    attempts left scheduled) and the texts it sent since the holder last wrote are put
    back in the reply queue, so the assistant answers them."""
    if household.status is HouseholdStatus.WITH_COORDINATOR:
        set_status(session, household, HouseholdStatus.ACTIVE,
                   "handed back to the assistant by a coordinator", now)
        household.dialogue_state = None
    schedule.schedule_household(session, household, now)
    # A text the holder sent, or a call in which they spoke to the family (a call with no
    # answer answers nothing: the family's texts before it are still the assistant's).
    last_by_person = session.scalar(
        select(func.max(Message.id)).where(Message.household_id == household.id,
                                           answered_by_person(Message))) or 0
    held = and_(Message.household_id == household.id, Message.status == HELD_FOR_PERSON)
    session.execute(update(Message).where(held, Message.id > last_by_person)
                    .values(handled_at=None, status=MessageState.RECEIVED)
                    .execution_options(synchronize_session=False))
    session.execute(update(Message).where(held, Message.id <= last_by_person)
                    .values(status=READ_BY_PERSON)
                    .execution_options(synchronize_session=False))


def close_follow_ups(session: Session, household_id: int, now: datetime, *, why: str,
                     actor: str, closed_by: User | None = None) -> list[int]:
    """The hold has ended: the holder's planned follow-ups (open ``FOLLOW_UP`` tasks) are
    closed, so nobody calls a family the assistant is talking to again, or who has been
    exception reported. Audited with ``why``; returns the tasks closed."""
    closed = list(session.scalars(
        update(Task).where(Task.household_id == household_id, Task.kind == TaskKind.FOLLOW_UP,
                           Task.status == TaskStatus.OPEN)
        .values(status=TaskStatus.DONE, closed_at=now, updated_at=now,
                closed_by_id=closed_by.id if closed_by else None)
        .returning(Task.id).execution_options(synchronize_session=False)))
    if closed:
        audit(session, "household.follow_ups_closed", actor=actor,
              user_id=closed_by.id if closed_by else None, household_id=household_id,
              task_ids=sorted(closed), why=why)
    return closed


def answered_by_person(message=Message) -> ColumnElement[bool]:
    """``message`` (the model or an alias) answers the family's words before it: a text a
    person sent, or a call in which they spoke to them (the hand back and the queue)."""
    return and_(message.direction == Direction.OUTBOUND, message.sent_by_id.is_not(None),
                or_(message.channel == MessageChannel.SMS, message.status == SPOKE))


def touch(session: Session, household: Household, user: User, now: datetime) -> None:
    """The holder did something with the household: its hold is not forgotten."""
    if household.held_by_id == user.id:
        household.hold_touched_at = now


def _holder(session: Session, household_id: int) -> User | None:
    return session.scalar(select(User).join(Household, Household.held_by_id == User.id)
                          .where(Household.id == household_id))


def keep_for_holder(message: Message) -> None:
    """A text from a held household waits, unanswered, for the person holding it."""
    message.status = HELD_FOR_PERSON


def flag_untouched_holds(now: datetime) -> dict[str, int]:
    """Due work: a hold untouched for five working days becomes a task (once), unless a
    follow-up is planned for it (an open ``FOLLOW_UP`` task comes due on its own day)."""
    from assistant.db import db

    session = db.session
    cutoff = _working_days_before(now, UNTOUCHED_WORKING_DAYS)
    # A hold with a follow-up planned (an open FOLLOW_UP task) is not forgotten either.
    has_task = exists().where(Task.household_id == Household.id,
                              Task.status == TaskStatus.OPEN,
                              or_(Task.summary.startswith(HOLD_TASK_MARK),
                                  Task.kind == TaskKind.FOLLOW_UP))
    stale = session.execute(
        select(Household.id, Household.practice_id, User.email)
        .join(User, User.id == Household.held_by_id)
        .where(Household.held_by_id.is_not(None), Household.hold_touched_at < cutoff,
               ~has_task)).all()
    for household_id, practice_id, _email in stale:
        raise_task(session, TaskKind.OTHER,
                   f"{HOLD_TASK_MARK} for {UNTOUCHED_WORKING_DAYS} working days: the family "
                   "hears nothing from the assistant while it is held. Contact them, or hand "
                   "them back.",
                   practice_id=practice_id, household_id=household_id, now=now, due_at=now)
        audit(session, "hold.untouched_task", household_id=household_id)
    session.commit()
    return {"untouched_holds": len(stale)}


def _working_days_before(now: datetime, count: int) -> datetime:
    day = clock.working_days_before(clock.local(now).date(), count)
    return clock.from_local(datetime.combine(day, clock.local(now).time()))
