"""Helpers for booking tests: local-time slots and a household that agreed."""

from __future__ import annotations

from datetime import datetime

from assistant import clock
from assistant.db import db
from assistant.models import HouseholdStatus, Practice, Slot


def at(local: str) -> datetime:
    """``YYYY-MM-DDTHH:MM`` Europe/London as aware UTC."""
    return clock.from_local(datetime.fromisoformat(local), clock.zone("Europe/London"))


# A Tuesday in November (GMT): "now" for most booking tests.
NOW = at("2026-11-17T10:00")


def slot_at(practice: Practice, local: str, minutes: int = 15, staff: str | None = "Nurse A",
            **fields: object) -> Slot:
    obj = Slot(practice_id=practice.id, start_at=at(local), duration_minutes=minutes,
               staff_name=staff, **fields)
    db.session.add(obj)
    db.session.flush()
    return obj


def agreed(household):
    household.status = HouseholdStatus.AGREED
    household.status_changed_at = NOW
    db.session.flush()
    return household
