"""The data model, split by area. Import models from here."""

from assistant.models.base import Base, UTCDateTime
from assistant.models.booking_extra import Offer, OfferStatus, Recall, UsedLink
from assistant.models.contact import (
    Attempt,
    AttemptState,
    Delivery,
    Direction,
    HookEvent,
    Means,
    Message,
    MessageChannel,
    MessageState,
)
from assistant.models.links import ShortLink
from assistant.models.people import (
    CLOSED_STATUSES,
    Carer,
    Child,
    DialogueState,
    Household,
    HouseholdStatus,
    Phone,
    PhoneKind,
    PhoneStatus,
    Practice,
)
from assistant.models.post import LetterBatch, QueuedLetter
from assistant.models.records import AuditEvent, CodedEvent, Task, TaskKind, TaskStatus
from assistant.models.sandbox import DemoMark, SandboxCall
from assistant.models.slots import Booking, BookingStatus, Slot
from assistant.models.users import Role, User

__all__ = [
    "CLOSED_STATUSES",
    "Attempt",
    "AttemptState",
    "AuditEvent",
    "Base",
    "Booking",
    "BookingStatus",
    "Carer",
    "Child",
    "CodedEvent",
    "Delivery",
    "DemoMark",
    "DialogueState",
    "Direction",
    "HookEvent",
    "Household",
    "HouseholdStatus",
    "LetterBatch",
    "Means",
    "Message",
    "MessageChannel",
    "MessageState",
    "Offer",
    "OfferStatus",
    "Phone",
    "PhoneKind",
    "PhoneStatus",
    "Practice",
    "QueuedLetter",
    "Recall",
    "Role",
    "SandboxCall",
    "ShortLink",
    "Slot",
    "Task",
    "TaskKind",
    "TaskStatus",
    "UTCDateTime",
    "UsedLink",
    "User",
]
