"""Handing a parent's words to a person when the assistant could not act on them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.models import Message, MessageState, Phone, TaskKind
from assistant.records.tasks import raise_task


def household_of(session: Session, number: str | None) -> int | None:
    """The household whose phone is ``number`` (E.164, as Twilio sends it), if any."""
    if not number:
        return None
    return session.scalar(select(Phone.household_id).where(Phone.e164 == number))


def flag_for_a_person(session: Session, message_id: int, what: str) -> None:
    """After a handler failed: mark the stored message and give its practice a task."""
    session.rollback()
    kept = session.get(Message, message_id)
    if kept is None:
        return
    kept.status = MessageState.UNHANDLED
    kept.handled_at = kept.handled_at or clock.now()  # a person reads it now, not the queue
    if kept.household is not None:
        raise_task(session, TaskKind.CALL_BACK,
                   f"The assistant could not act on {what}. Please read it and contact the "
                   "family.", household=kept.household)
    session.commit()
