"""The audit trail: one call to say who did what to which household."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from assistant import clock
from assistant.models import AuditEvent


def audit(session: Session, action: str, *, actor: str = "assistant",
          household_id: int | None = None, user_id: int | None = None,
          **detail: Any) -> AuditEvent:
    """Add an audit event to ``session`` (the caller commits). No personal data in ``detail``."""
    event = AuditEvent(at=clock.now(), actor=actor, action=action, household_id=household_id,
                       user_id=user_id, detail=detail)
    session.add(event)
    return event
