"""Contact attempts, every message in and out, and the hook events already seen."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ColumnElement, ForeignKey, Index, String, Text, and_, literal, text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assistant.models.base import Base, Timestamps, str_enum
from assistant.models.people import Household, Phone


class Means(enum.StrEnum):
    """By what means we reach a family, or they us: the one word for it in the code.

    Stored as these values in ``attempts.means``, ``offers.via``, ``bookings.booked_via``
    and the audit's ``via``/``means``. An attempt uses the first five (staff-recorded means
    count like the rest); WEB is the booking page, which a family opens from a text or
    letter and which is never an attempt. A message spells a call its own way
    (:class:`MessageChannel`). The mapping is in docs/architecture.md.
    """

    SMS = "sms"
    CALL = "call"
    LETTER = "letter"
    STAFF_CALL = "staff_call"
    HOME_VISIT = "home_visit"
    WEB = "web"


class MessageChannel(enum.StrEnum):
    """``Message.channel``: a message's means as stored, a call split in two.

    VOICE is a call's events and key presses, SPEECH what a parent said on it; both are
    ``Means.CALL``. The stored spelling stays (no data migration); code asks ``.means``.
    """

    SMS = "sms"
    VOICE = "voice"
    SPEECH = "speech"
    WEB = "web"
    LETTER = "letter"

    @property
    def means(self) -> Means:
        """The means this message went or came by."""
        if self in (MessageChannel.VOICE, MessageChannel.SPEECH):
            return Means.CALL
        return Means(self.value)

    @classmethod
    def of(cls, means: Means) -> MessageChannel:
        """How a message sent by ``means`` is stored (a call's is VOICE)."""
        return cls.VOICE if means is Means.CALL else cls(means.value)


class Delivery(enum.StrEnum):
    """Our delivery outcomes for a text or a call: what a channel translates its provider's
    statuses into (spelt as Twilio spells its own, so stored values read the same; a call
    adds two of ours, ANSWERED by a person and VOICEMAIL). Kept in ``Attempt.outcome`` and,
    for an outbound message, ``Message.status``; never one of our :class:`MessageState`."""

    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    CANCELED = "canceled"
    READ = "read"
    INITIATED = "initiated"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    BUSY = "busy"
    NO_ANSWER = "no-answer"
    ANSWERED = "answered"
    VOICEMAIL = "voicemail"


D = Delivery
# The outcomes in the order they can happen, so a late status never moves an attempt
# backwards (the voicemail outranks everything on a call).
TEXT_OUTCOMES: dict[str, int] = {
    D.ACCEPTED: 0, D.SCHEDULED: 0, D.QUEUED: 0, D.SENDING: 1, D.SENT: 2,
    D.DELIVERED: 3, D.UNDELIVERED: 3, D.FAILED: 3, D.CANCELED: 3, D.READ: 4,
}
CALL_OUTCOMES: dict[str, int] = {
    D.QUEUED: 0, D.INITIATED: 0, D.RINGING: 1, D.IN_PROGRESS: 2,
    D.COMPLETED: 3, D.BUSY: 3, D.NO_ANSWER: 3, D.FAILED: 3, D.CANCELED: 3,
    D.ANSWERED: 3, D.VOICEMAIL: 4,
}
del D
# What a provider's error says about the number itself (None: the number is not at fault).
UNUSABLE = "unusable"
OPTED_OUT = "opted_out"


class AttemptState(enum.StrEnum):
    SCHEDULED = "scheduled"    # waiting for due_at
    IN_FLIGHT = "in_flight"    # claimed by a worker, provider being called
    MADE = "made"              # the attempt happened (successful or not)
    CANCELLED = "cancelled"    # not made; cancel_reason says why


class Attempt(Timestamps, Base):
    """One of a household's (at most three) contact attempts. The database is the queue."""

    __tablename__ = "attempts"
    __table_args__ = (
        # One live attempt per number per household: a cancelled one may be replaced.
        Index(
            "uq_attempts_household_number_live", "household_id", "number", unique=True,
            sqlite_where=text("state != 'cancelled'"),
            postgresql_where=text("state != 'cancelled'"),
        ),
        Index("ix_attempts_state_due_at", "state", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    number: Mapped[int]
    means: Mapped[Means] = mapped_column(str_enum(Means))
    state: Mapped[AttemptState] = mapped_column(
        str_enum(AttemptState), default=AttemptState.SCHEDULED
    )
    due_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(64))
    # Set, committed, right before the provider is asked: a claim without it was never
    # sent, so a restart can send it at once instead of waiting and calling it a repeat.
    sending_at: Mapped[datetime | None]
    made_at: Mapped[datetime | None]
    phone_id: Mapped[int | None] = mapped_column(ForeignKey("phones.id"))
    # Text: a provider's SID is its own to size (the hooks bound what they key on).
    provider_sid: Mapped[str | None] = mapped_column(Text, unique=True)
    outcome: Mapped[str | None] = mapped_column(String(64))
    outcome_detail: Mapped[str | None] = mapped_column(Text)
    tries: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    household: Mapped[Household] = relationship()
    phone: Mapped[Phone | None] = relationship()


class Direction(enum.StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class MessageState(enum.StrEnum):
    """Our own handling of a message, kept in ``Message.status``, which otherwise holds the
    provider's :class:`Delivery` outcome of an outbound text or call. No value is one of
    the provider's (tests/test_architecture.py), so neither can be read as the other.
    The stored strings are these values (no data migration); code names the member."""

    RECEIVED = "received"                # inbound, waiting for the reply handler
    REPLIED = "replied"                  # our answer, sent back in the hook's own TwiML
    NEEDS_PERSON = "needs_person"        # no household, or a sender we cannot answer
    UNHANDLED = "unhandled"              # the handler failed on it: a person reads it
    HELD_FOR_PERSON = "held_for_person"  # a held family's words, for the person holding it
    READ_BY_PERSON = "read_by_person"    # ... which that person answered before handing back
    # An answer in the outbox (``reply_queue``), named so that none can be mistaken for one
    # of the provider's (which has "sending" and "queued" of its own).
    ANSWER_TO_SEND = "answer_to_send"
    ANSWER_SENDING = "answer_sending"
    ANSWER_RETRY = "answer_retry"
    UNSENT = "unsent"                    # left mid-send by a stopped worker, or stopped by a
    #                                      take over (handover): never resent
    SPOKE = "spoke"                      # a call made by hand in which a person spoke to them


def _status_in(*states: MessageState) -> str:
    return "status IN (" + ", ".join(f"'{s}'" for s in states) + ")"


WAITING_TEXTS = f"handled_at IS NULL AND direction = 'in' AND channel = '{MessageChannel.SMS}'"
# Names the migrations, the console and the tests already import.
ANSWER_TO_SEND = MessageState.ANSWER_TO_SEND
ANSWER_SENDING = MessageState.ANSWER_SENDING
ANSWER_RETRY = MessageState.ANSWER_RETRY
UNSENT_ANSWERS = (_status_in(ANSWER_TO_SEND, ANSWER_RETRY, ANSWER_SENDING)
                  + " AND direction = 'out'")
# Inbound words the assistant did not answer and a person must read: an unplaced caller's
# message, a text the handler failed on, a text kept for the coordinator holding the family.
FOR_A_PERSON_STATUSES = (MessageState.NEEDS_PERSON, MessageState.UNHANDLED,
                         MessageState.HELD_FOR_PERSON)
FOR_A_PERSON = "direction = 'in' AND " + _status_in(*FOR_A_PERSON_STATUSES)


class Message(Timestamps, Base):
    """A text, call, speech result or page action, in or out. Inbound ones are kept first."""

    __tablename__ = "messages"
    __table_args__ = (
        # The reply queue (``reply_queue``): inbound texts the handler has not read yet.
        Index("ix_messages_waiting", "id", sqlite_where=text(WAITING_TEXTS),
              postgresql_where=text(WAITING_TEXTS)),
        # ... and by family: "no earlier text of this family still waiting" is one probe.
        Index("ix_messages_waiting_household", "household_id", "id",
              sqlite_where=text(WAITING_TEXTS), postgresql_where=text(WAITING_TEXTS)),
        # The outbox: answers written by the handler and not yet accepted by the provider.
        Index("ix_messages_outbox", "id", sqlite_where=text(UNSENT_ANSWERS),
              postgresql_where=text(UNSENT_ANSWERS)),
        # The coordinators' queue: families whose words wait for a person, oldest first.
        Index("ix_messages_for_person", "household_id", "id", sqlite_where=text(FOR_A_PERSON),
              postgresql_where=text(FOR_A_PERSON)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id"), index=True)
    direction: Mapped[Direction] = mapped_column(str_enum(Direction))
    channel: Mapped[str] = mapped_column(String(16))          # a MessageChannel
    provider_sid: Mapped[str | None] = mapped_column(Text, unique=True)
    # Text: an address is not always a phone number ("whatsapp:+447700900001").
    from_number: Mapped[str | None] = mapped_column(Text)
    to_number: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    # Our MessageState, or (an outbound text or call) the provider's Delivery outcome.
    status: Mapped[str | None] = mapped_column(String(32))
    error_code: Mapped[int | None]
    label: Mapped[str | None] = mapped_column(String(32))
    confidence: Mapped[float | None]
    # What each reader said of a parent's words (the rules, the model); ``label`` is what
    # was acted on. The model's is None when it could not be loaded (rules alone).
    rules_label: Mapped[str | None] = mapped_column(String(32))
    model_label: Mapped[str | None] = mapped_column(String(32))
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Inbound: when the reply handler read it (None: still waiting in the queue).
    handled_at: Mapped[datetime | None]

    household: Mapped[Household | None] = relationship()

    @property
    def means(self) -> Means:
        """By what means this message went or came (a call's keys and speech: CALL)."""
        return MessageChannel(self.channel).means

    @hybrid_property
    def waiting(self) -> bool:
        """An inbound text the reply handler has not read yet (``WAITING_TEXTS``, which
        the queue's partial indexes cover); usable in queries too."""
        return (self.direction is Direction.INBOUND and self.channel == MessageChannel.SMS
                and self.handled_at is None)

    @waiting.inplace.expression
    @classmethod
    def _waiting_expression(cls) -> ColumnElement[bool]:
        # Values written into the SQL, not bound: PostgreSQL uses a partial index only
        # when it can see the query's condition implies the index's.
        return and_(cls.direction == literal(Direction.INBOUND.value, literal_execute=True),
                    cls.channel == literal(MessageChannel.SMS.value, literal_execute=True),
                    cls.handled_at.is_(None))


class HookEvent(Base):
    """A webhook delivery already handled, keyed on Twilio's SIDs: repeats change nothing."""

    __tablename__ = "hook_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  # bounded by webhooks.event_key
    received_at: Mapped[datetime]
