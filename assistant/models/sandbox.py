"""The demo's own records: which database is a demo, and calls being played on demo phones."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from assistant.models.base import Base, Timestamps


class DemoMark(Base):
    """One row in a database ``assistant demo`` made: its sample families are pretend.

    With ``CHANNELS=sandbox`` such a database sends at any hour (the demo shows the
    pathway at once); no other database does.
    """

    __tablename__ = "demo_marks"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]


class SandboxCall(Timestamps, Base):
    """A call as the demo phone plays it: what was heard, and where it waits for a key.

    ``twiml`` is the document being played and ``position`` the index of the
    ``<Gather>`` the call waits at (None when the call has ended), so "say nothing"
    carries on with the verbs after it, as Twilio does after its timeout.
    """

    __tablename__ = "sandbox_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_sid: Mapped[str] = mapped_column(String(64), unique=True)
    number: Mapped[str] = mapped_column(String(32), index=True)
    inbound: Mapped[bool] = mapped_column(default=False)
    heard: Mapped[list[list[str]]] = mapped_column(JSON, default=list)   # [who, words]
    twiml: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int | None]
