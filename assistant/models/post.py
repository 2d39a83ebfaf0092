"""Letters waiting for a practice's daily batch, and the batches already made."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assistant.models.base import Base, Timestamps
from assistant.models.people import Household, Practice


class LetterBatch(Timestamps, Base):
    """One practice's letters for one working day. The unique row is the claim on that day."""

    __tablename__ = "letter_batches"
    __table_args__ = (UniqueConstraint("practice_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"))
    day: Mapped[date]
    letters: Mapped[int] = mapped_column(default=0)
    path: Mapped[str | None] = mapped_column(Text)
    written_at: Mapped[datetime | None]

    practice: Mapped[Practice] = relationship()


class QueuedLetter(Timestamps, Base):
    """A letter that is not a contact attempt (a GP no-contact letter, a written recall),
    waiting for its practice's next daily batch (``batch_id`` is set when it goes in one)."""

    __tablename__ = "queued_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))   # gp_no_contact, recall, ...
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("letter_batches.id"), index=True)

    household: Mapped[Household] = relationship()
