"""Booking's own records: slot offers, used booking links and missed-appointment recalls."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assistant.models.base import Base, Timestamps, str_enum
from assistant.models.people import Household
from assistant.models.slots import Booking


class OfferStatus(enum.StrEnum):
    OPEN = "open"              # waiting for the family to pick
    BOOKED = "booked"          # one of its options was booked
    SUPERSEDED = "superseded"  # the household booked through another offer, or moved on
    CANCELLED = "cancelled"    # the household can no longer be booked (refused, handed over)


class Offer(Timestamps, Base):
    """Up to three options of free slots offered to one household.

    ``options`` is a list of slot-id lists (one slot per child, in the children's
    order); ``option_starts`` keeps each option's start in UTC ISO form so that a
    reply ("wed", "9am") can be matched without a database round trip.
    """

    __tablename__ = "offers"
    __table_args__ = (Index("ix_offers_household_status", "household_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"), index=True)
    via: Mapped[str] = mapped_column(String(16))        # sms, call, web, reserve, coordinator
    options: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    option_starts: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[OfferStatus] = mapped_column(str_enum(OfferStatus), default=OfferStatus.OPEN)
    expires_at: Mapped[datetime]
    # A move: the household's bookings are replaced by the option it picks.
    is_move: Mapped[bool] = mapped_column(default=False)
    chosen: Mapped[int | None]                           # 1-based option booked
    closed_at: Mapped[datetime | None]

    household: Mapped[Household] = relationship()

    def is_open(self, now: datetime) -> bool:
        return self.status is OfferStatus.OPEN and now < self.expires_at


class UsedLink(Base):
    """A booking-link token id that has done its job (booked, refused, handed over)."""

    __tablename__ = "used_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_id: Mapped[str] = mapped_column(String(64), unique=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    used_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(32))    # booked, refused, questions


class Recall(Timestamps, Base):
    """After a missed appointment: one written recall letter and one text (or a call task)."""

    __tablename__ = "recalls"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), unique=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    # The written recall waiting in the letters queue (a QueuedLetter of kind "recall"; no
    # foreign key so this table does not depend on the letters area's).
    letter_id: Mapped[int | None]
    text_sent_at: Mapped[datetime | None]
    text_outcome: Mapped[str | None] = mapped_column(Text)

    booking: Mapped[Booking] = relationship()
