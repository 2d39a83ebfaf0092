"""Protected appointment slots and the bookings made into them."""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assistant.models.base import Base, Timestamps, str_enum
from assistant.models.people import Child, Household, Practice


class Slot(Timestamps, Base):
    """One protected appointment, for one child, at a practice."""

    __tablename__ = "slots"
    __table_args__ = (UniqueConstraint("practice_id", "start_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"), index=True)
    start_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=15)
    staff_name: Mapped[str | None] = mapped_column(String(200))
    # Unbooked at the practice's release time: handed back to the practice to use.
    released_at: Mapped[datetime | None]

    practice: Mapped[Practice] = relationship()

    @property
    def end_at(self) -> datetime:
        return self.start_at + timedelta(minutes=self.duration_minutes)


class BookingStatus(enum.StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    DID_NOT_ATTEND = "did_not_attend"


class Booking(Timestamps, Base):
    """A child in a slot. The database, not Python, keeps a slot to one child."""

    __tablename__ = "bookings"
    __table_args__ = (
        # A slot holds one child unless that booking was cancelled...
        Index(
            "uq_bookings_slot_live", "slot_id", unique=True,
            sqlite_where=text("status != 'cancelled'"),
            postgresql_where=text("status != 'cancelled'"),
        ),
        # ...and a child holds one upcoming booking at a time.
        Index(
            "uq_bookings_child_booked", "child_id", unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus), default=BookingStatus.BOOKED
    )
    booked_via: Mapped[str] = mapped_column(String(16))  # sms, call, web, coordinator, staff
    booked_at: Mapped[datetime]
    cancelled_at: Mapped[datetime | None]
    reminder_sent_at: Mapped[datetime | None]
    attendance_marked_at: Mapped[datetime | None]

    slot: Mapped[Slot] = relationship()
    child: Mapped[Child] = relationship()
    household: Mapped[Household] = relationship()
