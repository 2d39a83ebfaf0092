"""The data model, split by area. Import models from here."""

from assistant.models.base import Base, UTCDateTime
from assistant.models.contact import Attempt, AttemptState, Direction, HookEvent, Means, Message
from assistant.models.people import (
    CLOSED_STATUSES,
    Carer,
    Child,
    Household,
    HouseholdStatus,
    Phone,
    PhoneKind,
    PhoneStatus,
    Practice,
)
from assistant.models.records import AuditEvent, CodedEvent, Task, TaskKind, TaskStatus
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
    "Direction",
    "HookEvent",
    "Household",
    "HouseholdStatus",
    "Means",
    "Message",
    "Phone",
    "PhoneKind",
    "PhoneStatus",
    "Practice",
    "Role",
    "Slot",
    "Task",
    "TaskKind",
    "TaskStatus",
    "UTCDateTime",
    "User",
]
