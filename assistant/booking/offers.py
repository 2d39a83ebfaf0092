"""Offering slots to a family that agreed, and understanding which one they pick.

The dialogue calls :func:`offer_or_hand_over` (or :func:`make_offer` then
:func:`no_slot_within_week`) when a parent says yes, sends the text it gets
back, and later passes the parent's reply to :func:`parse_pick` with the
household's :func:`latest_open_offer`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from assistant import clock
from assistant.booking.slots import free_slots, options_for, runs
from assistant.booking.wording import choices, names_list, render_text, when
from assistant.db import db
from assistant.models import (
    Child,
    Household,
    Means,
    Offer,
    OfferStatus,
    Slot,
    Task,
    TaskKind,
    TaskStatus,
)
from assistant.records.audit import audit
from assistant.records.tasks import raise_task

OFFER_HOURS = 24
# Options a split family may pick from on the page (each child at its own practice).
PICKABLE = 50


def children_to_book(session: Session, household: Household) -> list[Child]:
    """The household's children, oldest first (the order options list their slots in)."""
    return sorted(household.children, key=lambda c: (c.date_of_birth, c.id))


def propose(session: Session, household: Household, now: datetime,
            *, exclude: set[int] | None = None) -> list[list[Slot]]:
    """The options an offer made now would hold, stored nowhere: the booking page shows
    these, so a link preview or a scanner opening it changes nothing (the offer is made
    when the family picks, :func:`offer_picked`)."""
    children = children_to_book(session, household)
    if not children:
        return []
    # Each child is seen at its own practice, even when a sibling is registered elsewhere.
    return options_for(session, children, now, exclude=exclude)


def make_offer(session: Session, household: Household, now: datetime,
               via: Means | str = Means.SMS,
               *, is_move: bool = False, exclude: set[int] | None = None) -> Offer | None:
    """Store and return an offer of up to three options within seven days, or None.

    None means there is nothing free within seven days: call
    :func:`no_slot_within_week` for the task and the family's wording. The
    caller commits.
    """
    options = propose(session, household, now, exclude=exclude)
    if not options:
        return None
    return _store(session, household, now, options, via, is_move)


def offer_picked(session: Session, household: Household, now: datetime, slot_ids: list[int],
                 via: Means | str = Means.WEB, *, is_move: bool = False) -> Offer | None:
    """The offer of the one option a family picked from times shown but not stored (the
    booking page), stored now; None when those slots are no longer a free option for them
    (taken, released, not adjacent, another practice's). The caller commits."""
    children = children_to_book(session, household)
    if len({c.practice_id for c in children}) > 1:  # siblings at two practices
        for option in options_for(session, children, now, limit=PICKABLE):
            if [s.id for s in option] == slot_ids:
                return _store(session, household, now, [option], via, is_move)
        return None
    free = free_slots(session, children[0].practice_id if children else
                      household.practice_id, now)
    for run in runs(free, len(children)):
        if [s.id for s in run] == slot_ids:
            return _store(session, household, now, [run], via, is_move)
    return None


def _store(session: Session, household: Household, now: datetime, options: list[list[Slot]],
           via: Means | str, is_move: bool) -> Offer:
    offer = Offer(
        household_id=household.id, practice_id=household.practice_id, via=via,
        options=[[s.id for s in run] for run in options],
        option_starts=[min(s.start_at for s in run).isoformat() for run in options],
        # Booking re-checks every slot, so a day is long enough and never unsafe.
        expires_at=now + timedelta(hours=OFFER_HOURS),
        is_move=is_move, created_at=now, updated_at=now,
    )
    session.add(offer)
    session.flush()
    audit(session, "offer_made", household_id=household.id, offer_id=offer.id, via=via,
          options=len(options))
    return offer


def no_slot_within_week(session: Session, household: Household, now: datetime) -> str:
    """Ask the practice's named contact to book by hand; return the family's wording.

    One open BOOK_BY_HAND task per household: asking again adds nothing. The
    household stays on the reserve list, so a slot that frees up is offered to it.
    """
    practice = household.practice
    names = names_list([c.given_name for c in children_to_book(session, household)])
    contact = practice.contact_name or "the immunisation contact"
    count = len(household.children)
    ask_to_book_by_hand(
        session, household, now, due_at=clock.next_send_time(now),
        summary=(f"For {contact}: the {household.family_name} family agreed to vaccines "
                 f"for {count} child{'ren' if count != 1 else ''} but no protected slot is "
                 f"free within seven days. Please call them to book."))
    return render_text(["booking/no_slot.txt", "booking/no_slot_short.txt"],
                       practice=practice.name, contact=practice.contact_name or "someone",
                       names=names)


def ask_to_book_by_hand(session: Session, household: Household, now: datetime, *,
                        due_at: datetime, summary: str, **audited: object) -> bool:
    """One open ``BOOK_BY_HAND`` task for the family's practice, audited (``audited``: what
    the audit entry adds); False, and nothing added, when the practice has one already."""
    if book_by_hand_asked(session, household):
        return False
    raise_task(session, TaskKind.BOOK_BY_HAND, summary, household=household, now=now,
               due_at=due_at)
    audit(session, "book_by_hand_task", household_id=household.id, **audited)
    return True


def book_by_hand_asked(session: Session, household: Household) -> bool:
    """Whether the practice already has an open task to book this family by hand."""
    return session.scalar(select(Task.id).where(
        Task.household_id == household.id, Task.kind == TaskKind.BOOK_BY_HAND,
        Task.status == TaskStatus.OPEN).limit(1)) is not None


def offer_or_hand_over(session: Session, household: Household, now: datetime,
                       via: Means | str = Means.SMS) -> tuple[Offer | None, str]:
    """An offer and its text, or (None, the "practice will call you" text)."""
    offer = make_offer(session, household, now, via)
    if offer is None:
        return None, no_slot_within_week(session, household, now)
    return offer, offer_text(offer)


def latest_open_offer(session: Session, household: Household, now: datetime) -> Offer | None:
    """The newest offer the household can still pick from by reply: one we sent them, never
    one made on the booking page (a reply of "2" means the second time in our text)."""
    return session.scalar(
        select(Offer).where(Offer.household_id == household.id, Offer.via != Means.WEB,
                            Offer.status == OfferStatus.OPEN, Offer.expires_at > now)
        .order_by(Offer.id.desc()).limit(1))


def option_times(offer: Offer) -> list[datetime]:
    return [datetime.fromisoformat(s) for s in offer.option_starts]


def offer_choices(offer: Offer) -> dict:
    """:func:`assistant.booking.wording.choices` for a stored offer: each child's own
    practice and time in every option, read from the slots themselves.

    The slots and practices come from the session's identity map when loaded (they are,
    after :func:`make_offer`), so this usually reads nothing; an offer from a closed
    session (a pick that lost its slot) is read in the app's session."""
    session = object_session(offer) or db.session
    household = session.get(Household, offer.household_id)
    children = children_to_book(session, household)
    options = []
    for ids in offer.options:
        slots = [session.get(Slot, i) for i in ids]
        if len(slots) == len(children) and all(slots):
            options.append(slots)
    return choices(children, options)


def offer_text(offer: Offer) -> str:
    """The offer as a text: "Reply 1 for Wed 8 Sep 9:00, 2 for ... or 3 for ..." (local
    time); siblings at two practices are each named with their own practice and time."""
    household = offer.household
    names = names_list([c.given_name for c in sorted(household.children,
                                                     key=lambda c: (c.date_of_birth, c.id))])
    split = offer_choices(offer)
    return render_text(
        ["booking/offer.txt", "booking/offer_short.txt"],
        # The practice the slots are at (the household's, unless every child is elsewhere).
        practice=split["places"][0]["practice"] if split["places"] else household.practice.name,
        names=names, siblings=len(offer.options[0]) > 1 if offer.options else False,
        options=[when(t) for t in option_times(offer)],
        one_place=split["one_place"], places=split["places"], choices=split["options"],
    )


# --- understanding a pick --------------------------------------------------------

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_WORDS = {"one": 1, "two": 2, "three": 3}
_DAYS = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2,
         "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
         "sat": 5, "saturday": 5, "sun": 6, "sunday": 6}
# A reply that says it does not want an option is not a pick ("not 1", "can't do 2").
_NEGATIVE = re.compile(r"\b(not|cant|can't|cannot|don't|dont|none|neither|nor|won't|wont)\b")
_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b|\b(\d{1,2})[:.](\d{2})\b")


def parse_pick(text: str, offer: Offer) -> int | None:
    """The 1-based option ``text`` picks from ``offer``, or None when it is not clear.

    Understands "1", "2 please", "the first one", "option 2", "no 3" (no. 3),
    "wed", "Wednesday", "9am", "wed 9:30". Anything that points at two options,
    at none, at a number not offered ("4" of three), or says "not", is None: a
    person or a clarifying question is better than a wrong booking.
    """
    count = len(offer.options)
    cleaned = text.lower().replace("’", "'")
    if _NEGATIVE.search(cleaned):
        return None
    times = option_times(offer)
    picks: set[int] = set()
    cleaned, by_time = _picks_by_time(cleaned, times)
    words = re.findall(r"#|[a-z']+|\d+(?:st|nd|rd|th)?", cleaned)
    by_day: set[int] | None = None
    for i, word in enumerate(words):
        if word in _ORDINALS:
            picks.add(_ORDINALS[word])
        elif word == "last" and count:
            picks.add(count)
        elif word in _WORDS and not (i and (words[i - 1] in _ORDINALS or words[i - 1] == "last")):
            picks.add(_WORDS[word])
        elif word.isdigit():
            picks.add(int(word))
        elif word in _DAYS:
            day = {n for n, t in enumerate(times, 1) if clock.local(t).weekday() == _DAYS[word]}
            by_day = day if by_day is None else by_day & day
    return _combine(picks, by_day, by_time, count)


def _picks_by_time(text: str, times: list[datetime]) -> tuple[str, set[int] | None]:
    """Options whose local start matches a time in ``text``; the text without the times."""
    found: set[int] | None = None
    for match in _TIME.finditer(text):
        hour = int(match.group(1) or match.group(4))
        minute = int(match.group(2) or match.group(5) or 0)
        half = match.group(3)
        if half == "pm" and hour < 12:
            hour += 12
        if half == "am" and hour == 12:
            hour = 0
        hits = {n for n, t in enumerate(times, 1)
                if (clock.local(t).hour, clock.local(t).minute) == (hour, minute)
                or (half is None and (clock.local(t).hour - 12, clock.local(t).minute)
                    == (hour, minute))}
        found = hits if found is None else found & hits
    return _TIME.sub(" ", text), found


def _combine(numbers: set[int], by_day: set[int] | None, by_time: set[int] | None,
             count: int) -> int | None:
    if len(numbers) > 1 or any(n < 1 or n > count for n in numbers):
        return None
    sets = [s for s in (by_day, by_time) if s is not None]
    if numbers:
        sets.append(numbers)
    if not sets:
        return None
    result = set.intersection(*sets)
    return result.pop() if len(result) == 1 else None
