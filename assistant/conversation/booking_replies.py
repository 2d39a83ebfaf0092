"""The dialogue's booking actions, carried out through ``assistant.booking``.

Kept apart from ``replies`` so the dialogue's effects and booking's rules meet
in one small place: offer slots, book a pick, cancel or move a booking.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from assistant.booking import offers
from assistant.booking.book import book_option
from assistant.booking.changes import cancel_bookings, handle_booking_reply
from assistant.booking.wording import spoken_when
from assistant.db import db
from assistant.models import Household, Means, Message, Offer
from assistant.scripts import dialogue as d


def pick_from_reply(session: Session, household: Household, text: str, *,
                    digits: str | None = None, now: datetime) -> int | None:
    """The option a reply picks from the household's open offer, or None."""
    offer = offers.latest_open_offer(session, household, now)
    if offer is None:
        return None
    if digits:
        return int(digits) if digits.isdigit() and 1 <= int(digits) <= len(offer.options) \
            else None
    return offers.parse_pick(text, offer)


def carry_out_booking(session: Session, household: Household, message: Message,
                      action: d.Action, now: datetime) -> str | None:
    """Carry out a booking action; return what to tell the family."""
    means = message.means
    voice = means is Means.CALL
    match action:
        case d.OfferSlots():
            offer, text = offers.offer_or_hand_over(session, household, now, via=means)
            return spoken_offer(offer) if voice and offer is not None else text
        case d.BookingChange():
            return handle_booking_reply(session, household, message.body or "", now)
        case d.CancelBookings():
            cancel_bookings(session, household, now, via=means)
    return None


def book_pick(session: Session, household: Household, message: Message, pick: d.BookPick,
              now: datetime) -> str | None:
    """Book the option the family picked; return what to tell them.

    Runs after every other effect of the reply: the session is committed here (the pick
    books in its own short transaction and locks, so ours must let go first). A slot just
    taken leaves the fresh options open and the household waiting for a pick again.
    """
    means = message.means
    voice = means is Means.CALL
    offer = offers.latest_open_offer(session, household, now)
    if offer is None:
        offer, text = offers.offer_or_hand_over(session, household, now, via=means)
        if offer is not None:
            household.dialogue_state = d.State.AWAITING_PICK.value
        return spoken_offer(offer) if voice and offer is not None else text
    session.commit()
    result = book_option(db.engine, offer.id, pick.option, now, means)
    session.expire(household)
    if result.offer is not None and not result.booked:
        household.dialogue_state = d.State.AWAITING_PICK.value
        if voice:
            return spoken_offer(result.offer)
    return result.text


def spoken_offer(offer: Offer) -> str:
    """An offer read out on a call: "Press 1 for Wednesday 25 November at 9:00, ...", days
    and months in full (a voice reads "Wed" as a word). Siblings at two practices hear
    each practice and time ("Press 1 for Wednesday 18 November, 9:00 at A and 15:00 at
    B"), never a child's name: a machine may be listening (H16)."""
    split = offers.offer_choices(offer)
    if not split["one_place"]:
        choices = [f"press {n} for {_spoken_visits(c)}"
                   for n, c in enumerate(split["options"], start=1)]
    else:
        choices = [f"press {n} for {spoken_when(t)}" for n, t in
                   enumerate(offers.option_times(offer), start=1)]
    said = ", ".join(choices)  # only the first letter raised: names keep their capitals
    return "We can offer these appointments. " + said[:1].upper() + said[1:] + "."


def _spoken_visits(choice: dict) -> str:
    if choice["one_day"]:
        return choice["spoken_day"] + ", " + " and ".join(
            f"{v['time']} at {v['practice']}" for v in choice["visits"])
    return " and ".join(f"{v['spoken_when']} at {v['practice']}" for v in choice["visits"])
