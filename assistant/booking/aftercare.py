"""Due work after booking, run by ``assistant tick`` (``assistant.worker.JOBS``).

- reminders the working day before the appointment, inside the send window;
- the reserve list: families who agreed but hold no booking are offered what is
  free (a cancelled slot included), oldest first, before it is wasted;
- protected slots still unbooked at their practice's release time are released to the
  practice, with one task listing them;
- after a missed appointment, the one recall text.

Each job claims its rows in a short transaction, sends outside it, and records
what was sent in another: a provider call never holds a transaction open.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, func, select, update

from assistant import clock
from assistant.booking.attendance import missed_same_day
from assistant.booking.offers import make_offer, offer_text
from assistant.booking.slots import live_booking_exists
from assistant.booking.wording import clock_time, names_list, render_text, visits
from assistant.channels.base import ChannelError, TextMessage
from assistant.db import db
from assistant.models import (
    Booking,
    BookingStatus,
    Child,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    MessageChannel,
    Offer,
    OfferStatus,
    Practice,
    Recall,
    Slot,
    TaskKind,
)
from assistant.records.audit import audit
from assistant.records.tasks import raise_task

log = logging.getLogger(__name__)
RESERVE_OFFERS_PER_HOUSEHOLD = 3
# Slots read when looking for ones due for release (a practice's notice is a few days).
RELEASE_LOOKAHEAD = timedelta(days=21)
BATCH = 200


def text_household(household: Household, body: str, now: datetime) -> str:
    """Text ``body`` to the household's textable mobile and keep it as a Message.

    Returns "sent", "no_mobile", "retry" (worth trying again) or "failed".
    """
    from assistant import channels  # the registry picks twilio or sandbox from config

    phone = next((p for p in household.phones if p.can_text), None)
    if phone is None:
        return "no_mobile"
    try:
        sent = channels.get_channel().send_text(TextMessage(
            to=phone.e164, body=body, status_callback=channels.sms_status_url()))
    except ChannelError as error:
        log.warning("booking text to household %s failed: code=%s", household.id, error.code)
        return "failed" if error.permanent else "retry"
    db.session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                           channel=MessageChannel.SMS, provider_sid=sent.sid, to_number=phone.e164,
                           body=body, status=sent.status, created_at=now, updated_at=now))
    db.session.commit()
    return "sent"


def reminder_due_at(start_at: datetime) -> datetime:
    """09:00 local on the working day before the appointment's local date."""
    day = clock.working_days_before(clock.local(start_at).date(), 1)
    return clock.from_local(datetime.combine(day, clock.WORKING_HOURS[0]))


def send_reminders(now: datetime) -> dict[str, int]:
    """Remind each household the working day before its appointment (send window only)."""
    if not clock.in_send_window(now):
        return {"reminders_sent": 0}
    rows = db.session.execute(
        select(Booking, Slot).join(Slot, Slot.id == Booking.slot_id)
        .join(Household, Household.id == Booking.household_id)
        # A child not in the latest full extract: the booking is kept for the practice to
        # check (a task says so), but the family is not reminded of it.
        .join(Child, Child.id == Booking.child_id)
        # A household a coordinator holds hears only from them; reminded after hand back.
        .where(Household.held_by_id.is_(None), Child.no_longer_due_at.is_(None),
               Booking.status == BookingStatus.BOOKED, Booking.reminder_sent_at.is_(None),
               Slot.start_at > now, Slot.start_at <= now + timedelta(days=5))
        .order_by(Slot.start_at).limit(BATCH)).all()
    by_household: dict[int, list[Booking]] = defaultdict(list)
    for booking, _slot in rows:
        by_household[booking.household_id].append(booking)
    sent = 0
    for household_id, bookings in by_household.items():
        due = reminder_due_at(bookings[0].slot.start_at)
        # Booked after the reminder was due: the confirmation has only just gone.
        if now < due or bookings[0].booked_at >= due:
            continue
        sent += _remind(household_id, bookings, now)
    return {"reminders_sent": sent}


def _remind(household_id: int, bookings: list[Booking], now: datetime) -> int:
    ids = [b.id for b in bookings]
    claimed = db.session.execute(
        update(Booking).where(Booking.id.in_(ids), Booking.reminder_sent_at.is_(None),
                              Booking.status == BookingStatus.BOOKED)
        .values(reminder_sent_at=now)).rowcount
    db.session.commit()
    if claimed != len(ids):  # another worker has it
        return 0
    household = db.session.get(Household, household_id)
    body = render_text(["booking/reminder.txt", "booking/reminder_short.txt"],
                       **visits(bookings))
    outcome = text_household(household, body, now)
    if outcome == "retry":  # give the claim back so the next tick tries again
        db.session.execute(update(Booking).where(Booking.id.in_(ids))
                           .values(reminder_sent_at=None))
    audit(db.session, "reminder", household_id=household_id, outcome=outcome)
    db.session.commit()
    return 1 if outcome == "sent" else 0


def reserve_households(now: datetime) -> list[Household]:
    """The reserve list: agreed, not booked, not held, no open offer, oldest first."""
    has_booking = exists().where(and_(Booking.household_id == Household.id,
                                      Booking.status == BookingStatus.BOOKED))
    has_open_offer = exists().where(and_(Offer.household_id == Household.id,
                                         Offer.status == OfferStatus.OPEN,
                                         Offer.expires_at > now))
    reserve_offers = (select(func.count(Offer.id))
                      .where(Offer.household_id == Household.id, Offer.via == "reserve")
                      .scalar_subquery())
    return list(db.session.scalars(
        select(Household)
        .where(Household.status == HouseholdStatus.AGREED, Household.held_by_id.is_(None),
               ~has_booking, ~has_open_offer,
               reserve_offers < RESERVE_OFFERS_PER_HOUSEHOLD)
        .order_by(Household.status_changed_at.asc().nulls_first(), Household.id)
        .limit(BATCH)))


def offer_to_reserve(now: datetime) -> dict[str, int]:
    """Offer free slots to the families waiting, oldest first (send window only).

    A slot already in an open reserve offer is not offered to the next family,
    so the oldest family waiting really does get it first.
    """
    if not clock.in_send_window(now):
        return {"reserve_offers": 0}
    # Slot ids are unique across practices: one set serves a family split between two.
    held: set[int] = set()
    for options in db.session.scalars(
            select(Offer.options).where(
                Offer.via == "reserve", Offer.status == OfferStatus.OPEN,
                Offer.expires_at > now)):
        held.update(i for ids in options for i in ids)
    sent = 0
    for household in reserve_households(now):
        if not any(p.can_text for p in household.phones):
            continue
        offer = make_offer(db.session, household, now, "reserve", exclude=held)
        if offer is None:
            continue
        held.update(i for ids in offer.options for i in ids)
        db.session.commit()
        if text_household(household, offer_text(offer), now) == "sent":
            sent += 1
        else:
            offer.status, offer.closed_at = OfferStatus.CANCELLED, now
            db.session.commit()
    return {"reserve_offers": sent}


def release_unbooked_slots(now: datetime) -> dict[str, int]:
    """Release protected slots still free at their practice's release time; one task per
    practice (``booking.capacity``: by default 12:00 the working day before the slot).

    Runs inside working hours, after the reserve list has had its chance; a
    slot in an open offer is left for the family considering it.
    """
    from assistant.booking import capacity

    if not clock.in_send_window(now):
        return {"slots_released": 0}
    practices = {p.id: p for p in db.session.scalars(select(Practice))}
    slots = capacity.release_due(list(db.session.scalars(
        select(Slot).where(Slot.start_at > now, Slot.start_at < now + RELEASE_LOOKAHEAD,
                           Slot.released_at.is_(None), ~live_booking_exists())
        .order_by(Slot.practice_id, Slot.start_at))), practices, now)
    in_offers = {i for options in db.session.scalars(select(Offer.options).where(
        Offer.status == OfferStatus.OPEN, Offer.expires_at > now)) for ids in options
        for i in ids}
    by_practice: dict[int, list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.id not in in_offers:
            slot.released_at = now
            by_practice[slot.practice_id].append(slot)
    for practice_id, released in by_practice.items():
        raise_task(db.session, TaskKind.RELEASE_SLOTS, _release_summary(released),
                   practice_id=practice_id, now=now, due_at=now)
        audit(db.session, "slots_released", practice_id=practice_id,
              slots=[s.id for s in released])
    db.session.commit()
    return {"slots_released": sum(len(v) for v in by_practice.values())}


def _release_summary(slots: list[Slot]) -> str:
    days: dict[str, list[str]] = defaultdict(list)
    for slot in slots:
        here = clock.local(slot.start_at)
        days[f"{here:%a} {here.day} {here:%b}"].append(clock_time(slot.start_at))
    listed = "; ".join(f"{day} {', '.join(times)}" for day, times in days.items())
    count = len(slots)
    return (f"{count} protected immunisation slot{'s' if count != 1 else ''} still unbooked "
            f"at the practice's release time, released for the practice to use: {listed}.")


def send_recall_texts(now: datetime) -> dict[str, int]:
    """The one text after a missed appointment (send window only); no mobile -> a call task."""
    if not clock.in_send_window(now):
        return {"recall_texts": 0}
    recalls = list(db.session.scalars(select(Recall).join(
        Household, Household.id == Recall.household_id).where(
        Household.held_by_id.is_(None),  # a held family hears only from its coordinator
        Recall.text_sent_at.is_(None), Recall.text_outcome.is_(None)).limit(BATCH)))
    sent = 0
    for recall in recalls:
        claimed = db.session.execute(update(Recall).where(
            Recall.id == recall.id, Recall.text_outcome.is_(None))
            .values(text_outcome="sending")).rowcount
        db.session.commit()
        if not claimed:
            continue
        sent += _recall_one(recall, now)
    return {"recall_texts": sent}


def _recall_one(recall: Recall, now: datetime) -> int:
    household = db.session.get(Household, recall.household_id)
    practice = household.practice
    missed = missed_same_day(db.session, recall.booking)
    body = render_text(["booking/missed.txt", "booking/missed_short.txt"],
                       names=names_list([b.child.given_name for b in missed]),
                       practice=practice.name, practice_phone=practice.phone or "")
    outcome = text_household(household, body, now)
    if outcome == "retry":
        recall.text_outcome = None
    elif outcome == "sent":
        recall.text_sent_at, recall.text_outcome = now, "sent"
    else:  # no mobile, or the number does not work: a person calls instead
        recall.text_outcome = f"{outcome}: call task"
        raise_task(db.session, TaskKind.OTHER,
                   f"Call the {household.family_name} family: missed their immunisation "
                   "appointment and could not be texted. Offer a new time.",
                   practice_id=practice.id, household_id=household.id, now=now, due_at=now)
    db.session.commit()
    return 1 if outcome == "sent" else 0
