"""What the person holding a household does to it: text the family, record a call.

``POST /households/<id>/messages`` (the holder) and ``POST /households/<id>/calls``
(the holder, or a practice user for its own families); the outcome is in
:mod:`assistant.console.outcome`. Each answers 303 to the household page, or
400/409 with the page and a sentence saying what to do. Each commits once; a
text is sent outside any transaction and recorded, with the audit entry and the
hold's touch, in one commit after the provider accepted it.

Logs name ids only: never a number, a name or a message body.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from flask import Blueprint, current_app, flash, redirect, render_template
from flask_login import current_user
from sqlalchemy import select

from assistant import channels, clock
from assistant.attempts import schedule
from assistant.attempts.rules import PathwayError
from assistant.attempts.schedule import record_staff_attempt
from assistant.booking.offers import children_to_book
from assistant.booking.slots import free_slots
from assistant.booking.wording import when
from assistant.channels.base import ChannelError, TextMessage
from assistant.console import scope
from assistant.console.action_forms import CallForm, MessageForm, OutcomeForm, counter, sms_body
from assistant.console.household import page_context
from assistant.conversation import handover
from assistant.db import db, locked
from assistant.models import (
    AttemptState,
    AuditEvent,
    Child,
    Direction,
    Household,
    Means,
    Message,
    MessageChannel,
    Phone,
    PhoneKind,
    PhoneStatus,
    Role,
    Slot,
    User,
)
from assistant.models.contact import OPTED_OUT, UNUSABLE
from assistant.records.audit import audit

log = logging.getLogger(__name__)
bp = Blueprint("household_actions", __name__, url_prefix="/households")

# What a call's outcome says in the coded free text and on the timeline.
CALL_WORDS = {"spoke": "spoke to the family", "no_answer": "no answer",
              "voicemail": "voicemail left", "wrong_number": "wrong number"}
# Slots listed for each child: a week of a busy practice's protected slots.
LISTED = 80
# A form sent twice within this time with the same key is one call.
REPEAT_WITHIN = timedelta(hours=12)
REPEAT = -1
# Outside the send window a text may still answer a family who wrote this recently.
WROTE_WITHIN = timedelta(hours=2)


class ActionRefused(Exception):
    """The action cannot be done: ``status`` (400 or 409) and what to do instead."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --- the page: the household's own page with our forms, or a message -------------------

def page(household: Household, status: int = 200, *, problem: str | None = None,
         **forms) -> tuple[str, int]:
    """The household page at ``status``: ``problem`` at its top, our forms as sent."""
    return render_template("console/household.html", error=problem,
                           actions=actions_context(household, current_user, **forms),
                           **page_context(household, current_user)), status


def done(household: Household, message: str):
    """303 to the household page, with ``message`` shown there."""
    flash(message)
    return redirect(f"/households/{household.id}", code=303)


@bp.app_template_global("household_actions")
def actions_context(household: Household, user: User, *, problem: str | None = None,
                    message_form: MessageForm | None = None, call_form: CallForm | None = None,
                    outcome_form: OutcomeForm | None = None) -> dict:
    """What ``console/household_actions.html`` shows ``user`` for ``household``."""
    holder = household.held_by_id is not None and household.held_by_id == user.id
    message_form = message_form or MessageForm(formdata=None).new_key()
    return {
        "household": household, "holder": holder,
        "may_call": holder or user.role is Role.PRACTICE,
        "problem": problem, "message_form": message_form,
        "counter": counter(message_form.body.data),
        "text_refusal": text_refusal(household),
        "call_form": call_form or CallForm(formdata=None).new_key(),
        "phones": [p for p in household.phones if p.can_call],
        "outcome_form": outcome_form or OutcomeForm(formdata=None),
        "slot_choices": slot_choices(household) if holder else [],
        "held_by_other": household.held_by_id is not None and not holder,
    }


def text_refusal(household: Household) -> str | None:
    """Why the family cannot be texted (None: they can)."""
    if any(p.can_text for p in household.phones):
        return None
    mobiles = [p for p in household.phones if p.kind is PhoneKind.MOBILE]
    if any(p.sms_opted_out_at is not None for p in mobiles):
        return ("The family asked for no more texts (they opted out). Nothing was sent: "
                "call them or write to them instead.")
    if mobiles:
        return ("The family's mobile number is marked wrong or unusable. Nothing was sent: "
                "check their number with the practice.")
    return "The family has no mobile number to text. Nothing was sent: call them instead."


def _out_of_hours(household: Household) -> str | None:
    """Families are texted in the send window (working days 09:00-18:00), as the assistant
    texts them; a family who wrote in the last two hours may be answered at any time."""
    now = clock.now()
    if clock.in_send_window(now):
        return None
    wrote = db.session.scalar(select(Message.id).where(
        Message.household_id == household.id, Message.direction == Direction.INBOUND,
        Message.channel == MessageChannel.SMS, Message.created_at >= now - WROTE_WITHIN).limit(1))
    if wrote is not None:
        return None
    return ("We text families on working days between 09:00 and 18:00, unless they have "
            "just written to us. Nothing was sent: send it from "
            f"{clock.local(clock.next_send_time(now)):%A %-d %B at %H:%M}.")


def holder_or_refuse(household: Household) -> None:
    """The current user must hold the household: 409 saying who does, otherwise."""
    if household.held_by_id == current_user.id:
        return
    if household.held_by_id is None:
        raise ActionRefused(409, "Nobody holds this family. Take the family over first, "
                                 "then try again.")
    raise ActionRefused(409, f"{household.held_by.email} holds this family now. Nothing was "
                             "changed: ask them, or wait until they hand the family back.")


# --- a text to the family ----------------------------------------------------------------

@bp.post("/<int:household_id>/messages")
@scope.roles(*scope.TEAM)
def send_message(household_id: int):
    """Text the family from the console (the holder only)."""
    household = scope.household_or_404(household_id)
    form = MessageForm()
    try:
        holder_or_refuse(household)
        if not form.validate_on_submit():
            raise ActionRefused(400, "The text was not sent: see the message box.")
        refusal = text_refusal(household) or _out_of_hours(household)
        if refusal:
            raise ActionRefused(400, refusal)
    except ActionRefused as refused:
        db.session.rollback()
        return page(household, refused.status, problem=refused.message, message_form=form)
    phone = next(p for p in household.phones if p.can_text)
    body, to, phone_id = sms_body(form.body.data), phone.e164, phone.id
    if not _claim_text(household_id, form.form_key.data):
        return done(household, "This text was already sent. Nothing more was sent.")
    # No transaction open while the provider is asked (on SQLite it would hold the lock).
    db.session.rollback()
    try:
        sent = channels.get_channel().send_text(TextMessage(
            to=to, body=body, status_callback=channels.sms_status_url()))
    except ChannelError as error:
        log.warning("console text for household %s not sent: code=%s permanent=%s",
                    household_id, error.code, error.permanent)
        _text_failed(household_id, phone_id, error)
        return page(household, 400 if error.permanent else 503, message_form=form.new_key(),
                    problem="The text service did not take the text, so nothing was sent. "
                            + ("Check the family's number." if error.permanent
                               else "Please try again in a minute."))
    _record_text(household_id, phone_id, to, body, sent)
    log.info("console text for household %s sent by user %s", household_id, current_user.id)
    return done(household, "Text sent. Its delivery shows on the timeline.")


def _claim_text(household_id: int, key: str | None) -> bool:
    """The page's form key kept, and committed, before the provider is asked, so the same
    form sent again (a double click, even at the same moment) sends nothing more. False:
    this form's text was sent already (or is being sent)."""
    if not key:
        return True
    # The household row locked: of two sends of one form at once, the second sees the first.
    locked(db.session, Household, household_id)
    if _already_recorded(household_id, key, clock.now(), action="household.text_sending"):
        db.session.rollback()
        return False
    audit(db.session, "household.text_sending", actor=handover.actor_of(current_user),
          user_id=current_user.id, household_id=household_id, form_id=key)
    db.session.commit()
    return True


def _text_failed(household_id: int, phone_id: int, error: ChannelError) -> None:
    """Audited; a number the provider says is dead or opted out is marked so, as the
    pathway's own texts mark it (the next person sees why)."""
    audit(db.session, "household.text_failed", actor=handover.actor_of(current_user),
          user_id=current_user.id, household_id=household_id, code=error.code)
    phone = db.session.get(Phone, phone_id)
    if phone is not None and error.reason == UNUSABLE:
        phone.status = PhoneStatus.UNUSABLE
        audit(db.session, "phone.marked", household_id=household_id, status="unusable")
    elif phone is not None and error.reason == OPTED_OUT:
        phone.sms_opted_out_at = clock.now()
        audit(db.session, "phone.opted_out", household_id=household_id, means="sms")
    db.session.commit()


def _record_text(household_id: int, phone_id: int, to: str, body: str, sent) -> None:
    """The text, its audit entry and the hold's touch: one commit."""
    now = clock.now()
    household = db.session.get(Household, household_id, populate_existing=True)
    db.session.add(Message(household_id=household_id, direction=Direction.OUTBOUND,
                           channel=MessageChannel.SMS, provider_sid=sent.sid, to_number=to,
                           from_number=current_app.config.get("TWILIO_FROM_NUMBER"),
                           body=body, status=sent.status, sent_by_id=current_user.id,
                           created_at=now, updated_at=now))
    audit(db.session, "household.texted", actor=handover.actor_of(current_user),
          user_id=current_user.id, household_id=household_id, phone_id=phone_id)
    handover.touch(db.session, household, current_user, now)
    db.session.commit()


# --- a call made by hand ---------------------------------------------------------------

@bp.post("/<int:household_id>/calls")
@scope.roles(*scope.EVERYONE)
def record_call(household_id: int):
    """Record a call someone made by hand: counted and coded as the next attempt when the
    family has attempts left; always audited and on the timeline."""
    household = scope.household_or_404(household_id)
    form = CallForm()
    try:
        if current_user.role is not Role.PRACTICE:
            holder_or_refuse(household)
        if not form.validate_on_submit():
            raise ActionRefused(400, "The call was not recorded: say what happened.")
        phone = _called_phone(household, form.phone_id.data)
        counted = _record_call(household, phone, form)
    except ActionRefused as refused:
        db.session.rollback()
        return page(household, refused.status, problem=refused.message, call_form=form)
    if counted == REPEAT:
        db.session.rollback()
        return done(household, "This call was already recorded. Nothing more was changed.")
    db.session.commit()
    log.info("call by hand recorded for household %s by user %s (attempt: %s)",
             household_id, current_user.id, counted)
    return done(household, "Call recorded." + (
        f" It counts as contact attempt {counted} and is coded." if counted else ""))


def _called_phone(household: Household, phone_id: str | None) -> Phone | None:
    if phone_id:
        phone = next((p for p in household.phones if str(p.id) == phone_id.strip()), None)
        if phone is None:
            raise ActionRefused(400, "That number is not one of the family's: choose again.")
        return phone
    return next((p for p in household.phones if p.can_call), None)


def _record_call(household: Household, phone: Phone | None, form: CallForm) -> int | None:
    """Record the call in the session (the caller commits); the attempt number it counted
    as, None, or ``REPEAT`` for the same form sent again (a double click, a resend),
    which changes nothing."""
    now = clock.now()
    # The household row locked: a form sent twice at once is seen as a repeat by the second.
    household = locked(db.session, Household, household.id)
    if form.form_key.data and _already_recorded(household.id, form.form_key.data, now):
        return REPEAT
    live = schedule.live_attempt(db.session, household.id)
    if live is not None and live.state is AttemptState.IN_FLIGHT:
        raise ActionRefused(409, "The assistant is contacting the family at this moment. "
                                 "Nothing was recorded: try again in a few minutes.")
    outcome, note = form.outcome.data, (form.note.data or "").strip()
    caller = "practice" if current_user.role is Role.PRACTICE else "coordinator"
    if outcome == "wrong_number" and phone is not None:
        # First: the next attempt the call schedules must not use this number again.
        phone.status = PhoneStatus.WRONG_NUMBER
        audit(db.session, "phone.marked", household_id=household.id, status="wrong_number")
    counted = None
    try:
        attempt = record_staff_attempt(db.session, household, Means.STAFF_CALL,
                                       CALL_WORDS[outcome], now, current_user.id, caller=caller)
        counted = attempt.number
    except PathwayError:  # three attempts made already, or the household is closed
        counted = None  # recorded, but not counted as an attempt
    db.session.add(Message(household_id=household.id, direction=Direction.OUTBOUND,
                           channel=MessageChannel.VOICE, body=note, status=outcome,
                           sent_by_id=current_user.id, created_at=now, updated_at=now))
    audit(db.session, "household.call_recorded", actor=handover.actor_of(current_user),
          user_id=current_user.id, household_id=household.id, outcome=outcome,
          attempt=counted, phone_id=phone.id if phone else None, form_id=form.form_key.data)
    handover.touch(db.session, household, current_user, now)
    return counted


def _already_recorded(household_id: int, key: str, now,
                      action: str = "household.call_recorded") -> bool:
    recent = db.session.scalars(select(AuditEvent.detail).where(
        AuditEvent.household_id == household_id, AuditEvent.action == action,
        AuditEvent.at >= now - REPEAT_WITHIN))
    return any((detail or {}).get("form_id") == key for detail in recent)


# --- the outcome form's choices -------------------------------------------------------

def slot_choices(household: Household) -> list[dict]:
    """Each child (oldest first) with the free slots at their own practice this week."""
    now = clock.now()
    by_practice: dict[int, list[Slot]] = {}
    rows = []
    for child in children_to_book(db.session, household):
        if child.practice_id not in by_practice:
            by_practice[child.practice_id] = free_slots(db.session, child.practice_id, now)
        rows.append(_choice(child, by_practice[child.practice_id][:LISTED]))
    return rows


def _choice(child: Child, slots: list[Slot]) -> dict:
    return {"child": child, "practice": child.practice,
            "slots": [{"id": s.id, "label": when(s.start_at) + (
                f" with {s.staff_name}" if s.staff_name else "")} for s in slots]}
