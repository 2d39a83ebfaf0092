"""Booking a family into the slots they picked: one short transaction, never twice.

A slot is kept to one child by the database itself (the partial unique index
``uq_bookings_slot_live``), and a child to one upcoming booking
(``uq_bookings_child_booked``). Python checks first so the usual answer is
quick and clear, but when two picks race past the check the index raises
``IntegrityError``: the loser's transaction rolls back and it is offered fresh
options. On PostgreSQL the slot rows are also locked ``FOR UPDATE`` so racing
picks queue instead of failing; on SQLite ``BEGIN IMMEDIATE`` does the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.attempts import schedule
from assistant.booking.offers import (
    children_to_book,
    make_offer,
    no_slot_within_week,
    offer_text,
)
from assistant.booking.slots import WINDOW, adjacent
from assistant.booking.wording import confirmation_text, fits, render_text
from assistant.db import is_postgres, locked
from assistant.models import (
    CLOSED_STATUSES,
    Booking,
    BookingStatus,
    Household,
    HouseholdStatus,
    Means,
    Offer,
    OfferStatus,
    Slot,
)
from assistant.records.audit import audit

log = logging.getLogger(__name__)

# A pick must still leave the family time to get there.
MIN_NOTICE = timedelta(minutes=30)

BOOKED = "booked"
ALREADY_BOOKED = "already_booked"
TAKEN = "taken"
EXPIRED = "expired"
NOT_ALLOWED = "not_allowed"
INVALID = "invalid"


@dataclass
class BookingResult:
    """What happened to a pick, and the text to send the family (the caller sends it)."""

    status: str
    text: str = ""
    bookings: list[Booking] = field(default_factory=list)
    offer: Offer | None = None          # fresh options after "taken"
    reason: str = ""

    @property
    def booked(self) -> bool:
        return self.status == BOOKED


SessionSource = Engine | Callable[[], Session]


def _open(source: SessionSource) -> Session:
    if isinstance(source, Engine):
        return Session(bind=source, expire_on_commit=False)
    return source()


def household_may_book(household: Household) -> bool:
    """False for a refusal, a closed household, or one a coordinator holds."""
    return not (household.status in CLOSED_STATUSES
                or household.status is HouseholdStatus.WITH_COORDINATOR
                or household.held_by_id is not None)


def book_option(source: SessionSource, offer_id: int, option_index: int, now: datetime,
                via: Means | str) -> BookingResult:
    """Book option ``option_index`` (1-based) of offer ``offer_id`` for its household,
    by ``via``: the family's ``Means`` (sms, call, web), or who booked (coordinator).

    ``source`` is an Engine or a session factory; the booking is made in one
    transaction of its own. Statuses: booked, already_booked, taken (with a
    fresh offer or the no-slot wording), expired, not_allowed, invalid.
    """
    with _open(source) as session:
        try:
            with session.begin():
                result = _book(session, offer_id, option_index, now, via)
        except IntegrityError:
            # Another pick won the race past our check: the index said no.
            log.info("offer %s option %s lost a race for its slot", offer_id, option_index)
            result = BookingResult(TAKEN, reason="slot taken at the same moment")
        if result.status == TAKEN:
            with session.begin():
                result = _after_taken(session, offer_id, now, result)
    return result


def _book(session: Session, offer_id: int, index: int, now: datetime,
          via: Means | str) -> BookingResult:
    postgres = is_postgres(session)
    household_id = session.scalar(select(Offer.household_id).where(Offer.id == offer_id))
    if household_id is None:
        return BookingResult(INVALID, reason="no such offer")
    # Lock order household -> slots: one family's picks queue up (two phones, a double
    # click) and the supersede of its other offers cannot deadlock with a sibling pick.
    household = locked(session, Household, household_id)
    offer = session.get(Offer, offer_id, populate_existing=True)
    if not household_may_book(household):
        return BookingResult(NOT_ALLOWED, text=_not_allowed_text(),
                             reason=f"household is {household.status}")
    if offer.status is OfferStatus.BOOKED or (
            offer.status is OfferStatus.SUPERSEDED and not offer.is_move
            and _current_bookings(session, household)):
        return _already_booked(session, household)  # a repeat, or a second device
    if offer.status is not OfferStatus.OPEN or now >= offer.expires_at:
        return BookingResult(EXPIRED, reason="the offer has expired")
    if not 1 <= index <= len(offer.options):
        return BookingResult(INVALID, reason=f"there is no option {index}")
    slot_ids = offer.options[index - 1]
    slots = _lock_slots(session, slot_ids, postgres)
    children = children_to_book(session, household)
    if len(slots) != len(slot_ids) or any(
            s.practice_id != c.practice_id for c, s in zip(children, slots, strict=False)):
        return BookingResult(INVALID, reason="slot not at the child's practice")
    if not all(_slot_is_free(session, s, now) for s in slots):
        return BookingResult(TAKEN, reason="slot already taken")
    current = _current_bookings(session, household)
    if current and not offer.is_move:
        return _already_booked(session, household)
    if len(children) != len(slots):
        return BookingResult(TAKEN, reason="the household's children changed")
    bookings = _replace_bookings(session, household, children, slots, current, via, now)
    _record_booked(session, household, offer, index, now, via, moved=len(current))
    return BookingResult(BOOKED, text=confirmation_text(bookings), bookings=bookings)


def _lock_slots(session: Session, slot_ids: list[int], postgres: bool) -> list[Slot]:
    query = select(Slot).where(Slot.id.in_(slot_ids)).order_by(Slot.id)
    if postgres:  # in id order, so two picks of overlapping options cannot deadlock
        query = query.with_for_update()
    by_id = {s.id: s for s in session.scalars(query)}
    return [by_id[i] for i in slot_ids if i in by_id]


def _slot_is_free(session: Session, slot: Slot, now: datetime) -> bool:
    if slot.released_at is not None or slot.start_at <= now + MIN_NOTICE:
        return False
    return session.scalar(select(Booking.id).where(
        Booking.slot_id == slot.id, Booking.status != BookingStatus.CANCELLED).limit(1)) is None


def _current_bookings(session: Session, household: Household) -> list[Booking]:
    return list(session.scalars(select(Booking).where(
        Booking.household_id == household.id, Booking.status == BookingStatus.BOOKED)))


def _replace_bookings(session: Session, household: Household, children: list, slots: list[Slot],
                      current: list[Booking], via: str, now: datetime) -> list[Booking]:
    """Book each child into its slot; the family's old times (a move) are given up in the
    same transaction. An IntegrityError from the flush means a racing pick got a slot first."""
    for booking in current:
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = now
    session.flush()
    bookings = [Booking(slot_id=s.id, child_id=c.id, household_id=household.id,
                        booked_via=via, booked_at=now, created_at=now, updated_at=now)
                for c, s in zip(children, slots, strict=True)]
    session.add_all(bookings)
    session.flush()
    return bookings


def _record_booked(session: Session, household: Household, offer: Offer, index: int,
                   now: datetime, via: Means | str, moved: int) -> None:
    household.status = HouseholdStatus.BOOKED
    household.status_reason = f"booked by {via}"
    household.status_changed_at = now
    offer.status = OfferStatus.BOOKED
    offer.chosen = index
    offer.closed_at = now
    session.execute(update(Offer).where(
        Offer.household_id == household.id, Offer.id != offer.id,
        Offer.status == OfferStatus.OPEN).values(status=OfferStatus.SUPERSEDED, closed_at=now))
    schedule.cancel_scheduled(session, household.id, "booked an appointment", now)
    audit(session, "moved" if moved else "booked", actor="parent", household_id=household.id,
          offer_id=offer.id, option=index, via=via)


def book_chosen(session: Session, household: Household, slot_ids: list[int], now: datetime,
                *, holder_id: int, via: str = "coordinator") -> BookingResult:
    """Book the slots a coordinator chose with the family: ``slot_ids[i]`` for the i-th
    child of :func:`children_to_book` (oldest first).

    Only for the person holding the household (``holder_id``), whose explicit "agreed"
    this is: the household row is locked and its hold checked here. Each slot must be at
    its own child's practice, within seven days, free, and siblings at one practice back
    to back. Adds to the caller's session (which must not have flushed other writes it
    cannot lose): the caller commits, and an ``IntegrityError`` at that flush or commit
    means a racing pick took a slot first (the index said no: roll back, nothing booked).
    A household already booked is moved (its old slots freed in the same transaction).
    """
    postgres = is_postgres(session)
    household = locked(session, Household, household.id)
    if household.held_by_id != holder_id:
        return BookingResult(NOT_ALLOWED, reason="the household is not held by this person")
    if household.status in CLOSED_STATUSES:
        return BookingResult(NOT_ALLOWED, reason=f"household is {household.status}")
    children = children_to_book(session, household)
    if len(slot_ids) != len(children) or len(set(slot_ids)) != len(slot_ids):
        return BookingResult(INVALID, reason="one different slot is needed for each child")
    slots = _lock_slots(session, slot_ids, postgres)
    problem = _chosen_problem(children, slots, len(slot_ids), now)
    if problem:
        return BookingResult(INVALID, reason=problem)
    if not all(_slot_is_free(session, s, now) for s in slots):
        return BookingResult(TAKEN, reason="slot already taken")
    current = _current_bookings(session, household)
    bookings = _replace_bookings(session, household, children, slots, current, via, now)
    _mark_booked(session, household, now, via)
    audit(session, "moved" if current else "booked", actor=f"user:{holder_id}",
          user_id=holder_id, household_id=household.id, via=via,
          slots=[s.id for s in slots])
    return BookingResult(BOOKED, text=confirmation_text(bookings), bookings=bookings)


def _chosen_problem(children: list, slots: list[Slot], wanted: int,
                    now: datetime) -> str | None:
    """Why these slots cannot be booked for these children (None: they can)."""
    if len(slots) != wanted:
        return "no such slot"
    for child, slot in zip(children, slots, strict=True):
        if slot.practice_id != child.practice_id:
            return "slot not at the child's practice"
        if not now + MIN_NOTICE < slot.start_at <= now + WINDOW:
            return "slot not within seven days"
    by_practice: dict[int, list[Slot]] = {}
    for slot in slots:
        by_practice.setdefault(slot.practice_id, []).append(slot)
    for group in by_practice.values():
        group.sort(key=lambda s: (s.start_at, s.id))
        if not all(adjacent(a, b) for a, b in pairwise(group)):
            return "siblings' slots are not back to back"
    return None


def _mark_booked(session: Session, household: Household, now: datetime, via: str) -> None:
    """The household is booked: other open offers superseded, waiting attempts cancelled."""
    household.status = HouseholdStatus.BOOKED
    household.status_reason = f"booked by {via}"
    household.status_changed_at = now
    household.dialogue_state = None
    session.execute(update(Offer).where(
        Offer.household_id == household.id, Offer.status == OfferStatus.OPEN)
        .values(status=OfferStatus.SUPERSEDED, closed_at=now))
    schedule.cancel_scheduled(session, household.id, "booked an appointment", now)


def _already_booked(session: Session, household: Household) -> BookingResult:
    bookings = _current_bookings(session, household)
    text = confirmation_text(bookings) if bookings else ""
    return BookingResult(ALREADY_BOOKED, text=text, bookings=bookings,
                         reason="the household is already booked")


def _after_taken(session: Session, offer_id: int, now: datetime,
                 result: BookingResult) -> BookingResult:
    """Fresh options (or the no-slot wording) after a pick lost its slot."""
    old = session.get(Offer, offer_id)
    household = old.household
    if _current_bookings(session, household) and not old.is_move:
        return _already_booked(session, household)  # the same family won on another device
    old.status = OfferStatus.SUPERSEDED
    old.closed_at = now
    fresh = make_offer(session, household, now, old.via, is_move=old.is_move)
    if fresh is None:
        text = no_slot_within_week(session, household, now)
    else:
        text = render_text(["booking/offer_taken.txt"], offer=offer_text(fresh))
        if not fits(text):
            text = offer_text(fresh)
    return BookingResult(TAKEN, text=text, offer=fresh, reason=result.reason)


def _not_allowed_text() -> str:
    return ("We cannot book this appointment here. Someone from the practice team will be "
            "in touch with you.")
