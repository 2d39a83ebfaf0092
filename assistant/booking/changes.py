"""Changes a family makes after agreeing: cancel, move, questions, a confirmed refusal.

Each function adds its changes to the given session (the caller commits) and
is used by both the booking page and replies by text.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.booking.book import household_may_book
from assistant.booking.offers import make_offer, no_slot_within_week, offer_text
from assistant.booking.wording import names_list, render_text, when
from assistant.conversation.status import close_open_offers
from assistant.models import (
    Booking,
    BookingStatus,
    Household,
    HouseholdStatus,
    Means,
    OfferStatus,
    Slot,
)
from assistant.records.audit import audit

PAGE_REFUSAL_EVIDENCE = "Booking page: confirmed they do not want the vaccines"

_CANCEL = re.compile(r"^\W*(cancel|cancel it|cancel please|please cancel)\b", re.I)
_CHANGE = re.compile(r"^\W*(change|move|rebook|re-book|reschedule|rearrange|new time)\b", re.I)


def upcoming_bookings(session: Session, household: Household) -> list[Booking]:
    """The household's live (BOOKED) bookings, earliest first."""
    return list(session.scalars(
        select(Booking).join(Slot, Slot.id == Booking.slot_id)
        .where(Booking.household_id == household.id, Booking.status == BookingStatus.BOOKED)
        .order_by(Slot.start_at)))


def cancel_bookings(session: Session, household: Household, now: datetime, *,
                    actor: str = "parent", via: Means | str = Means.SMS) -> list[Booking]:
    """Cancel the household's upcoming bookings; the freed slots go to the reserve list.

    The household goes back to ACTIVE (no attempts are left: they were
    cancelled at booking), so a later "CHANGE" or "yes" books it again.
    """
    bookings = upcoming_bookings(session, household)
    for booking in bookings:
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = now
    if bookings:
        household.status = HouseholdStatus.ACTIVE
        household.status_reason = f"cancelled their booking by {via}"
        household.status_changed_at = now
        audit(session, "booking_cancelled", actor=actor, household_id=household.id, via=via,
              bookings=[b.id for b in bookings])
    return bookings


def handle_booking_reply(session: Session, household: Household, text: str,
                         now: datetime) -> str | None:
    """Act on a CANCEL / CHANGE / MOVE reply and return the text to send back.

    None when ``text`` is none of these (the dialogue carries on with it). A
    household a person holds, or that has refused, is left alone (None).
    """
    wants_cancel = bool(_CANCEL.match(text))
    wants_change = bool(_CHANGE.match(text))
    if not (wants_cancel or wants_change) or not household_may_book(household):
        return None
    practice = household.practice
    if wants_cancel:
        bookings = cancel_bookings(session, household, now, via=Means.SMS)
        if not bookings:
            return render_text(["booking/nothing_to_cancel.txt"], practice=practice.name,
                               practice_phone=practice.phone or "")
        return render_text(
            ["booking/cancelled.txt", "booking/cancelled_short.txt"],
            names=names_list([b.child.given_name for b in bookings]),
            when=when(bookings[0].slot.start_at), practice=practice.name,
            practice_phone=practice.phone or "")
    booked = upcoming_bookings(session, household)
    close_open_offers(session, household, OfferStatus.SUPERSEDED, now)
    # Keep the current slots until a new one is picked: moving never leaves them with none.
    offer = make_offer(session, household, now, Means.SMS, is_move=bool(booked))
    if offer is None:
        return no_slot_within_week(session, household, now)
    audit(session, "change_requested", actor="parent", household_id=household.id,
          offer_id=offer.id)
    return offer_text(offer)
