"""The parent's booking page: ``/b/<token>`` from a text or a letter. No login.

GET shows the children's first names and free times within seven days at their
practice (or their current appointment, with a way to move or cancel it), and
changes nothing: link previews and scanners open these pages. The offer is made
when the family picks a time (an offer of that time, then booked at once); with
nothing free, the practice is asked to call only when the family asks.
POST does one of: book a time, "I have questions" (a coordinator takes over),
"I don't want this" (a confirmation page first: nothing is recorded until they
confirm), cancel. Every POST form carries the app's CSRF token (CSRFProtect), so
a form posted from anywhere else is refused before this module runs; the times
form also carries when the page was shown, signed for this link, for the 24-hour
hold. A bad, expired or used link, or a pick that does not belong to this family,
gets a plain page and changes nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from flask import Blueprint, current_app, render_template, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from assistant import clock
from assistant.booking import book as booking
from assistant.booking.changes import (
    PAGE_REFUSAL_EVIDENCE,
    cancel_bookings,
    upcoming_bookings,
)
from assistant.booking.links import BadLink, LinkClaims, load_token
from assistant.booking.offers import (
    OFFER_HOURS,
    book_by_hand_asked,
    children_to_book,
    no_slot_within_week,
    offer_picked,
    propose,
)
from assistant.booking.wording import choices, names_list
from assistant.conversation import handover
from assistant.db import db
from assistant.models import Household, HouseholdStatus, Means, Offer, Slot, UsedLink
from assistant.records.codes import Event

log = logging.getLogger(__name__)
bp = Blueprint("booking", __name__)

FORM_SALT = "booking-form"
FORM_MAX_AGE = 2 * 24 * 3600  # longer than an offer lasts: the offer expiry speaks first


class PageProblem(Exception):
    """A request the page answers with a plain explanation and changes nothing."""

    def __init__(self, status: int, title: str, message: str) -> None:
        super().__init__(title)
        self.status, self.title, self.message = status, title, message


@bp.errorhandler(PageProblem)
def _problem(problem: PageProblem):
    db.session.rollback()
    return render_template("booking/problem.html", title=problem.title,
                           message=problem.message), problem.status


def _form_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=FORM_SALT)


def page_stamp(token_id: str) -> str:
    """When the times were shown, signed for the link with ``token_id`` (not a CSRF check:
    CSRFProtect does that; this keeps the 24-hour hold counted from the page)."""
    return _form_serializer().dumps(token_id)


def _shown_at(token_id: str) -> datetime | None:
    """When the page this form came from was shown; None if unsigned, old or another link's."""
    try:
        signed_for, shown_at = _form_serializer().loads(request.form.get("shown", ""),
                                                        max_age=FORM_MAX_AGE,
                                                        return_timestamp=True)
    except BadSignature:
        return None
    return shown_at if signed_for == token_id else None


def _household_for(token: str) -> tuple[LinkClaims, Household]:
    try:
        claims = load_token(token)
    except BadLink as bad:
        if bad.expired:
            raise PageProblem(410, "This link has expired",
                              "Booking links last four weeks. Nothing was changed. Please "
                              "reply to our text or call your GP practice to book.") from None
        raise PageProblem(400, "This link does not work",
                          "The link may have been copied wrongly. Nothing was changed. "
                          "Please check it against your text or letter, or call your GP "
                          "practice.") from None
    household = db.session.get(Household, claims.household_id)
    if household is None:
        raise PageProblem(400, "This link does not work",
                          "We could not find your family's details. Please call your GP "
                          "practice.")
    used = db.session.scalar(select(UsedLink).where(UsedLink.token_id == claims.token_id))
    if used is not None:
        raise PageProblem(410, "This link has already been used",
                          f"It was used on {_local(used.used_at)}. Nothing was changed. To "
                          f"change or cancel an appointment, reply CHANGE or CANCEL to our "
                          f"text, or call {household.practice.name}.")
    return claims, household


def _local(moment) -> str:
    here = clock.local(moment)
    return f"{here:%A} {here.day} {here:%B} at {here.hour}:{here:%M}"


def _refuse_if_closed(household: Household) -> None:
    if booking.household_may_book(household):
        return
    if household.status is HouseholdStatus.REFUSED:
        message = ("You told us you do not want these vaccines, so there is nothing to book "
                   "here. If you change your mind, please call your GP practice.")
    elif household.status is HouseholdStatus.WITH_COORDINATOR or household.held_by_id:
        message = ("A member of our immunisation team is looking after your booking and will "
                   "contact you. You do not need to do anything here.")
    else:
        message = "There is nothing to book here. Please call your GP practice if you need to."
    raise PageProblem(200, "Nothing to book online", message)


def _option_rows(options: list[list[int]], children: list) -> tuple[list[dict], dict]:
    """The radios, and :func:`choices` for them: a split family's page names each child's
    own practice and time, as the text does."""
    slots = {s.id: s for s in db.session.scalars(
        select(Slot).where(Slot.id.in_([i for ids in options for i in ids])))}
    shown = [ids for ids in options
             if all(i in slots for i in ids) and len(ids) == len(children)]
    split = choices(children, [[slots[i] for i in ids] for ids in shown])
    return [{"value": ",".join(str(i) for i in ids), "label": _local(slots[ids[0]].start_at),
             "times": [clock_label(slots[i]) for i in ids], "visits": choice["visits"],
             "one_day": choice["one_day"]}
            for ids, choice in zip(shown, split["options"], strict=True)], split


def clock_label(slot: Slot) -> str:
    here = clock.local(slot.start_at)
    return f"{here.hour}:{here:%M}"


def _render_choice(token: str, claims: LinkClaims, household: Household, *,
                   offer: Offer | None, status: int = 200, error: str = "",
                   notice: str = "", no_slot_text: str = "", ask_to_call: bool = False):
    children = children_to_book(db.session, household)
    # A stored offer's options (after a pick lost a race), else the times free now.
    options = offer.options if offer is not None else [
        [s.id for s in run] for run in propose(db.session, household, clock.now())]
    rows, split = _option_rows(options, children)
    return render_template(
        "booking/page.html", token=token, shown=page_stamp(claims.token_id), offer=offer,
        options=rows, one_place=split["one_place"], places=split["places"],
        names=names_list([c.given_name for c in children]),
        children=children, practice=household.practice, error=error, notice=notice,
        current=[{"name": b.child.given_name, "when": _local(b.slot.start_at)}
                 for b in upcoming_bookings(db.session, household)],
        no_slot_text=no_slot_text, ask_to_call=ask_to_call,
        title="Book your child's vaccinations"), status


@bp.get("/b/<token>")
def show(token: str):
    """The family's times to choose from, as free now (nothing is stored)."""
    claims, household = _household_for(token)
    _refuse_if_closed(household)
    return _offer_page(token, claims, household)


def _offer_page(token: str, claims: LinkClaims, household: Household, **extra):
    """The page as the family sees it now; reads only (a preview or a scanner changes
    nothing). With nothing free, the practice is asked to call once the family asks."""
    now = clock.now()
    moving = bool(upcoming_bookings(db.session, household))
    free = moving or bool(propose(db.session, household, now))
    asked = not free and book_by_hand_asked(db.session, household)
    no_slot_text = no_slot_within_week(db.session, household, now) if asked else ""
    db.session.rollback()  # nothing was written: asked, the task already exists
    return _render_choice(token, claims, household, offer=None, no_slot_text=no_slot_text,
                          ask_to_call=not free and not asked, **extra)


@bp.post("/b/<token>")
def act(token: str):
    """Book, ask questions, decline (with confirmation) or cancel."""
    claims, household = _household_for(token)
    shown_at = _shown_at(claims.token_id)
    _refuse_if_closed(household)
    action = request.form.get("action", "")
    if action == "book":
        return _book(token, claims, household, shown_at)
    if action == "call_me":  # nothing free within a week: the family asks to be called
        text = no_slot_within_week(db.session, household, clock.now())
        db.session.commit()
        return _render_choice(token, claims, household, offer=None, no_slot_text=text)
    if action == "questions":
        handover.refer(db.session, household, clock.now(),
                       why="asked questions on the booking page", actor="parent")
        return _finish(claims, household, "questions", "booking/questions.html")
    if action == "decline":
        return render_template("booking/confirm_decline.html", token=token,
                               title="Are you sure?",
                               names=_names(household))
    if action == "confirm_decline":
        handover.exception_report(
            db.session, household, clock.now(), event=Event.REFUSED,
            free_text="Booking page: parent confirmed they do not want the vaccines",
            evidence=f"{PAGE_REFUSAL_EVIDENCE} ({_local(clock.now())})",
            evidence_at=clock.now(), via=Means.WEB, actor="parent")
        return _finish(claims, household, "refused", "booking/declined.html")
    if action == "cancel":
        cancelled = cancel_bookings(db.session, household, clock.now(), via=Means.WEB)
        if not cancelled:
            raise PageProblem(400, "Nothing to cancel",
                              "There is no appointment to cancel. Nothing was changed.")
        return _finish(claims, household, "cancelled", "booking/cancelled.html")
    raise PageProblem(400, "Please choose what you want to do",
                      "We did not understand that request. Nothing was changed.")


def _names(household: Household) -> str:
    return names_list([c.given_name for c in children_to_book(db.session, household)])


def _finish(claims: LinkClaims, household: Household, outcome: str, template: str):
    """Use the link up and commit the change together, then show ``template``."""
    db.session.add(UsedLink(token_id=claims.token_id, household_id=household.id,
                            used_at=clock.now(), outcome=outcome))
    try:
        db.session.commit()
    except IntegrityError:  # the same link, submitted twice at once: the first one counts
        db.session.rollback()
        raise PageProblem(410, "This link has already been used",
                          "Your first answer was saved. Nothing else was changed.") from None
    return render_template(template, title="Thank you", names=_names(household),
                           practice=household.practice)


def _book(token: str, claims: LinkClaims, household: Household, shown_at: datetime | None):
    offer = _offer_of_form(household)
    picked = request.form.get("choice", "")
    if not picked:
        return _render_choice(token, claims, household, offer=offer, status=400,
                              error="Choose a time for the appointment")
    if offer is None:  # times shown, not stored: the offer is made now, of the pick
        offer = _offer_the_pick(household, picked, shown_at)
        if offer is None:
            return _render_choice(token, claims, household, offer=None, status=409,
                                  notice="Sorry, that time has just been taken. Please "
                                         "choose another.")
    index, offer_id = _option_index(offer, picked, household), offer.id
    # Book in a transaction of its own; this request's must let go first (touch no
    # ORM object until then: a refresh would begin a new one and, on SQLite, lock).
    db.session.rollback()
    result = booking.book_option(db.engine, offer_id, index, clock.now(), Means.WEB)
    if result.status in (booking.BOOKED, booking.ALREADY_BOOKED):
        return _booked(claims, household, result)
    if result.status == booking.TAKEN:
        return _render_choice(token, claims, household, offer=result.offer, status=409,
                              notice="Sorry, that time has just been taken. Please choose "
                                     "another.", no_slot_text="" if result.offer else result.text)
    if result.status == booking.EXPIRED:
        raise PageProblem(410, "These times are no longer held",
                          "Times are held for 24 hours. Nothing was booked. Please open your "
                          "link again to see the times free now.")
    raise PageProblem(400, "We could not book that", result.text or
                      "That time could not be booked. Nothing was changed.")


def _offer_of_form(household: Household) -> Offer | None:
    """The stored offer a form names (a page shown after a pick lost a race), if any."""
    if not request.form.get("offer"):
        return None
    offer = db.session.get(Offer, request.form.get("offer", type=int) or 0)
    if offer is None or offer.household_id != household.id:
        raise PageProblem(400, "Please choose again",
                          "Those times were not offered to your family. Nothing was changed.")
    return offer


def _offer_the_pick(household: Household, picked: str, shown_at: datetime | None) -> Offer | None:
    """Store the offer of the time picked from the page, if it is still free for them."""
    now = clock.now()
    if shown_at is None or now - shown_at >= timedelta(hours=OFFER_HOURS):
        raise PageProblem(410, "These times are no longer held",
                          "Times are held for 24 hours. Nothing was booked. Please open your "
                          "link again to see the times free now.")
    ids = _slot_ids(picked)
    moving = bool(upcoming_bookings(db.session, household))
    offer = offer_picked(db.session, household, now, ids, Means.WEB, is_move=moving)
    if offer is None:
        _refuse_if_elsewhere(ids, household)
        return None
    db.session.commit()  # booking reads it in a transaction of its own
    return offer


def _slot_ids(picked: str) -> list[int]:
    try:
        return [int(part) for part in picked.split(",")]
    except ValueError:
        return []


def _refuse_if_elsewhere(ids: list[int], household: Household) -> None:
    elsewhere = db.session.scalar(select(Slot.id).where(
        Slot.id.in_(ids),
        Slot.practice_id.not_in({c.practice_id for c in household.children})).limit(1))
    if elsewhere is not None:
        raise PageProblem(400, "That appointment is not at your practice",
                          "Please choose one of the times shown for your practice. Nothing "
                          "was changed.")


def _option_index(offer: Offer, picked: str, household: Household) -> int:
    ids = _slot_ids(picked)
    for index, option in enumerate(offer.options, 1):
        if option == ids:
            return index
    _refuse_if_elsewhere(ids, household)
    raise PageProblem(400, "Please choose one of the times shown",
                      "That time was not one of the choices. Nothing was changed.")


def _booked(claims: LinkClaims, household: Household, result: booking.BookingResult):
    db.session.add(UsedLink(token_id=claims.token_id, household_id=household.id,
                            used_at=clock.now(), outcome="booked"))
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()  # a double submit: the booking stands, the link is used
    visits = [{"name": b.child.given_name, "when": _local(b.slot.start_at),
               "staff": b.slot.staff_name, "practice": b.slot.practice.name}
              for b in result.bookings]
    # The household's practice only when every child is seen there (not a split family).
    own = {v["practice"] for v in visits} == {household.practice.name}
    return render_template("booking/booked.html", title="Appointment booked", visits=visits,
                           practice=household.practice, own_practice=own, names=_names(household),
                           text=result.text)
