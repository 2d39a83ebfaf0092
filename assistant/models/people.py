"""Practices, the households they contact, carers, phone numbers and children."""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assistant.models.base import Base, Timestamps, str_enum

if TYPE_CHECKING:
    from assistant.models.users import User

DEFAULT_ATTEMPT_ORDER = "sms,call,letter"


class Practice(Timestamps, Base):
    """A GP practice, with the named staff member who books agreed families."""

    __tablename__ = "practices"

    id: Mapped[int] = mapped_column(primary_key=True)
    ods_code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(10))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    # The pathway's per-practice settings (pathway.md §2).
    attempt_order: Mapped[str] = mapped_column(String(64), default=DEFAULT_ATTEMPT_ORDER)
    attempt_spacing_days: Mapped[int] = mapped_column(default=7)
    # Protected slots stay bookable by families until this local time, this many working
    # days before the slot's day (pathway.md §6: default 12:00 the working day before).
    slot_release_time: Mapped[time] = mapped_column(default=time(12, 0))
    slot_release_days: Mapped[int] = mapped_column(default=1)

    households: Mapped[list[Household]] = relationship(back_populates="practice")

    def __repr__(self) -> str:
        return f"<Practice {self.ods_code}>"


class HouseholdStatus(enum.StrEnum):
    """Where a household stands on the pathway."""

    ACTIVE = "active"                      # attempts scheduled or under way
    PAUSED = "paused"                      # a data check is open (e.g. "already had it")
    WITH_COORDINATOR = "with_coordinator"  # a person holds the conversation
    AGREED = "agreed"                      # said yes, being offered slots
    BOOKED = "booked"
    REFUSED = "refused"                    # exception reported
    UNREACHABLE = "unreachable"            # three attempts, no answer: "no contact"
    MOVED_AWAY = "moved_away"
    UNCONTACTABLE = "uncontactable"        # no phone, no address: for the practice to cleanse
    COMPLETED = "completed"                # vaccinated, nothing more to do

    @property
    def is_closed(self) -> bool:
        return self in CLOSED_STATUSES


CLOSED_STATUSES = frozenset({
    HouseholdStatus.REFUSED, HouseholdStatus.UNREACHABLE, HouseholdStatus.MOVED_AWAY,
    HouseholdStatus.COMPLETED,
})


class DialogueState(enum.StrEnum):
    """Where the conversation with a family stands (``Household.dialogue_state``)."""

    AWAITING_CLARIFICATION = "awaiting_clarification"
    AWAITING_REFUSAL_CONFIRMATION = "awaiting_refusal_confirmation"
    AWAITING_PICK = "awaiting_pick"
    HANDED_OVER = "handed_over"


# Households a person may need to act on (the coordinators' queue reads these through a
# partial index; the queue's query repeats this text so PostgreSQL can use it).
NEEDS_A_PERSON = ("(status IN ('with_coordinator', 'agreed') OR held_by_id IS NOT NULL "
                  "OR dialogue_state = 'awaiting_refusal_confirmation')")


class Household(Timestamps, Base):
    """Siblings who share a carer phone, or an address and family name: one conversation."""

    __tablename__ = "households"
    __table_args__ = (
        Index("ix_households_needs_person", "status_changed_at", "id",
              sqlite_where=text(NEEDS_A_PERSON), postgresql_where=text(NEEDS_A_PERSON)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"), index=True)
    family_name: Mapped[str] = mapped_column(String(200))
    address_line_1: Mapped[str | None] = mapped_column(String(200))
    address_line_2: Mapped[str | None] = mapped_column(String(200))
    town: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(10))
    # Normalised "family name + address + postcode", to find siblings on import.
    address_key: Mapped[str | None] = mapped_column(String(400), index=True)
    preferred_language: Mapped[str] = mapped_column(String(16), default="en")
    status: Mapped[HouseholdStatus] = mapped_column(
        str_enum(HouseholdStatus), default=HouseholdStatus.ACTIVE, index=True
    )
    status_reason: Mapped[str | None] = mapped_column(Text)
    status_changed_at: Mapped[datetime | None]
    # A coordinator who has taken the conversation over: no automated contact meanwhile.
    held_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    held_since: Mapped[datetime | None]
    # The holder's last action on it (take over, text, call, outcome): a hold untouched
    # for five working days becomes a task (``conversation.handover``).
    hold_touched_at: Mapped[datetime | None]
    # Where the conversation with the family stands (the dialogue's state machine).
    dialogue_state: Mapped[str | None] = mapped_column(String(32))
    dialogue_context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    practice: Mapped[Practice] = relationship(back_populates="households")
    # The children still due: one left out of a full extract (``no_longer_due_at``) is
    # no longer named in texts, letters, offers or codes. ``all_children`` keeps them.
    children: Mapped[list[Child]] = relationship(
        back_populates="household", order_by="Child.date_of_birth",
        primaryjoin="and_(Household.id == Child.household_id, Child.no_longer_due_at.is_(None))",
    )
    all_children: Mapped[list[Child]] = relationship(
        order_by="Child.date_of_birth", viewonly=True)
    carers: Mapped[list[Carer]] = relationship(back_populates="household")
    phones: Mapped[list[Phone]] = relationship(back_populates="household", order_by="Phone.id")
    held_by: Mapped[User | None] = relationship()

    @property
    def has_address(self) -> bool:
        return bool(self.address_line_1 and self.postcode)

    @property
    def reachable_by(self) -> list[str]:
        """The means we can still use: "text", "call", "letter"."""
        means = []
        if any(p.can_text for p in self.phones):
            means.append("text")
        if any(p.can_call for p in self.phones):
            means.append("call")
        if self.has_address:
            means.append("letter")
        return means

    def __repr__(self) -> str:
        return f"<Household {self.id} {self.status}>"


class Carer(Timestamps, Base):
    """A parent or carer named in the cohort export."""

    __tablename__ = "carers"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))

    household: Mapped[Household] = relationship(back_populates="carers")


class PhoneKind(enum.StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"


class PhoneStatus(enum.StrEnum):
    USABLE = "usable"
    UNUSABLE = "unusable"        # the provider says invalid or not textable
    WRONG_NUMBER = "wrong_number"  # the person answering does not know the child


class Phone(Timestamps, Base):
    """A carer's number in E.164, its kind, and whether we may still use it."""

    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    e164: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[PhoneKind] = mapped_column(str_enum(PhoneKind))
    status: Mapped[PhoneStatus] = mapped_column(str_enum(PhoneStatus), default=PhoneStatus.USABLE)
    sms_opted_out_at: Mapped[datetime | None]
    calls_opted_out_at: Mapped[datetime | None]

    household: Mapped[Household] = relationship(back_populates="phones")

    @property
    def can_text(self) -> bool:
        return (self.kind is PhoneKind.MOBILE and self.status is PhoneStatus.USABLE
                and self.sms_opted_out_at is None)

    @property
    def can_call(self) -> bool:
        return self.status is PhoneStatus.USABLE and self.calls_opted_out_at is None


class Child(Timestamps, Base):
    """A child aged 0-5 with missing routine vaccines, from an imported cohort."""

    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_number: Mapped[str] = mapped_column(String(10), unique=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[date]
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    carer_id: Mapped[int | None] = mapped_column(ForeignKey("carers.id"))
    missing_vaccines: Mapped[list[str]] = mapped_column(JSON, default=list)
    preferred_language: Mapped[str] = mapped_column(String(16), default="en")
    # Not in a full extract of the child's practice (``import-cohort --full``): no longer
    # contacted; cleared when the child is in a later extract again.
    no_longer_due_at: Mapped[datetime | None]
    no_longer_due_reason: Mapped[str | None] = mapped_column(Text)

    practice: Mapped[Practice] = relationship()
    household: Mapped[Household] = relationship(back_populates="children")
    carer: Mapped[Carer | None] = relationship()

    def __repr__(self) -> str:
        return f"<Child {self.id}>"
