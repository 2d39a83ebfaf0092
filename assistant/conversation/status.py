"""Where a household stands: one way to move it, used by the dialogue and the booking page.

A family handed to a coordinator or recorded as refusing must not be left with
an open slot offer (it can no longer book from it, and a coordinator reading
the record should not see one as live), and every move is audited with its
reason, whichever channel caused it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from assistant.models import Household, HouseholdStatus, Offer, OfferStatus
from assistant.records.audit import audit

# Statuses in which no offer may stay open: the family books only through a person now.
CLOSES_OFFERS = (HouseholdStatus.WITH_COORDINATOR, HouseholdStatus.REFUSED)


def set_status(session: Session, household: Household, status: HouseholdStatus, reason: str,
               now: datetime) -> None:
    """Move ``household`` to ``status`` with a reason, audited; close its open offers when
    the status means a person (or nobody) takes it from here."""
    if household.status is not status:
        audit(session, "household.status", household_id=household.id,
              old=household.status.value, new=status.value, reason=reason)
        if status in CLOSES_OFFERS:
            # Only on the way in: an offer a coordinator makes later must stay open.
            close_open_offers(session, household, OfferStatus.CANCELLED, now)
    household.status = status
    household.status_reason = reason
    household.status_changed_at = now


def close_open_offers(session: Session, household: Household, status: OfferStatus,
                      now: datetime) -> None:
    """Close the household's open slot offers as ``status``."""
    session.execute(update(Offer).where(
        Offer.household_id == household.id, Offer.status == OfferStatus.OPEN
    ).values(status=status, closed_at=now))
