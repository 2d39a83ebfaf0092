"""What the practice sees: SNOMED-coded events, tasks for staff, and the audit trail."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assistant import clock
from assistant.models.base import Base, Timestamps, str_enum
from assistant.models.people import Child, Household, Practice


class CodedEvent(Timestamps, Base):
    """A SNOMED CT code recorded against one child (``interfaces.md`` §5)."""

    __tablename__ = "coded_events"
    # The reports count children per practice and code (and the year's by date): one
    # index they can read without the table (``bench/reports.py``).
    __table_args__ = (Index("ix_coded_events_report", "practice_id", "snomed_code",
                            "child_id", "occurred_at", "attempt_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), index=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id"), index=True)
    snomed_code: Mapped[str] = mapped_column(String(20))
    term: Mapped[str] = mapped_column(String(200))
    free_text: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    # Exception reports keep the parent's own words and when they were said.
    evidence: Mapped[str | None] = mapped_column(Text)
    evidence_at: Mapped[datetime | None]

    child: Mapped[Child] = relationship()
    practice: Mapped[Practice] = relationship()


class TaskKind(enum.StrEnum):
    DATA_CHECK = "data_check"        # already vaccinated / moved: check the record
    BOOK_BY_HAND = "book_by_hand"    # agreed but no slot within seven days
    CLEANSE_CONTACT = "cleanse_contact"  # no usable phone and no address
    RELEASE_SLOTS = "release_slots"  # protected slots unbooked at the release time
    CALL_BACK = "call_back"          # an unknown caller left a message
    FOLLOW_UP = "follow_up"          # a coordinator comes back to a family on a date
    OTHER = "other"


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"


# Written into the SQL (not bound), so PostgreSQL's generic plans can use the partial indexes.
OPEN_TASKS = "status = 'open'"
BOOK_BY_HAND_OPEN = "status = 'open' AND kind = 'book_by_hand'"
FOLLOW_UP_OPEN = "status = 'open' AND kind = 'follow_up'"


class Task(Timestamps, Base):
    """Something a person at the practice or in the team has to do."""

    __tablename__ = "tasks"
    # The task list and the queue read open tasks oldest first; done ones pile up unread.
    __table_args__ = (
        Index("ix_tasks_open", "created_at", "id",
              sqlite_where=text(OPEN_TASKS), postgresql_where=text(OPEN_TASKS)),
        # The queue's "agreed, but no slot": few among many open tasks.
        Index("ix_tasks_book_by_hand", "household_id", sqlite_where=text(BOOK_BY_HAND_OPEN),
              postgresql_where=text(BOOK_BY_HAND_OPEN)),
        # The queue orders held households by their earliest open follow-up: one lookup
        # each, never past the open tasks of every kind or the done follow-ups.
        Index("ix_tasks_follow_up", "household_id", "due_at",
              sqlite_where=text(FOLLOW_UP_OPEN), postgresql_where=text(FOLLOW_UP_OPEN)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    kind: Mapped[TaskKind] = mapped_column(str_enum(TaskKind))
    status: Mapped[TaskStatus] = mapped_column(str_enum(TaskStatus), default=TaskStatus.OPEN)
    summary: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Who took it on ("assign to me" in the console); None: anyone on the team.
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    practice: Mapped[Practice] = relationship()
    household: Mapped[Household | None] = relationship()


class AuditEvent(Base):
    """Who did what, when: every state change a person or the assistant makes."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=clock.now, index=True)
    actor: Mapped[str] = mapped_column(String(64))   # "assistant", "parent", "user:12", "import"
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
