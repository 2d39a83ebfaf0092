"""Twilio's hooks: inbound texts and delivery statuses (calls are in ``voice.py``).

Every hook checks ``X-Twilio-Signature`` against ``PUBLIC_BASE_URL`` + path +
query before it touches the database (403 and nothing stored otherwise), and
is idempotent: the first delivery inserts a :class:`HookEvent` key built from
Twilio's SIDs; a repeat hits the unique key and changes nothing. Inbound texts
are stored and committed before anything else runs, so a failing reply
handler can never lose a parent's words.

Odd but signed values (a WhatsApp sender, a SID of any length, a number that
is not one) never fail a hook: :mod:`assistant.channels.hook_values` reads them
into what we can keep, and a text we cannot answer by SMS is kept for a person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy import bindparam, insert, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator
from twilio.twiml import TwiML
from twilio.twiml.messaging_response import MessagingResponse

from assistant import clock
from assistant.attempts import rules
from assistant.attempts.outcomes import apply_provider_status
from assistant.channels import auth_token, call_voicemail_url, get_channel
from assistant.channels import hook_values as values
from assistant.channels.base import ChannelError
from assistant.channels.hook_values import storable
from assistant.channels.twilio import CALL_STATUSES, MACHINE_ENDS, MESSAGE_STATUSES
from assistant.conversation.flagging import flag_for_a_person
from assistant.conversation.replies import handle_inbound_text
from assistant.db import db
from assistant.models import (
    Attempt,
    Delivery,
    Direction,
    HookEvent,
    Means,
    Message,
    MessageChannel,
    MessageState,
    Phone,
)

log = logging.getLogger(__name__)

__all__ = ["bp", "first_time", "machine_result", "signed", "storable", "twiml"]

bp = Blueprint("twilio_hooks", __name__, url_prefix="/twilio")


# --- the checks every hook makes ---------------------------------------------------------

def signed_url() -> str:
    """The address Twilio signed: our public base, the path, and the query as sent."""
    url = current_app.config["PUBLIC_BASE_URL"] + request.path
    if request.query_string:
        url += "?" + request.query_string.decode("latin-1")
    return url


def signed(view: Callable[..., Any]) -> Callable[..., Any]:
    """Answer 403, touching nothing, unless ``X-Twilio-Signature`` is right."""
    @wraps(view)
    def checked(*args: Any, **kwargs: Any) -> Any:
        signature = request.headers.get("X-Twilio-Signature", "")
        validator = RequestValidator(auth_token())
        if not signature or not validator.validate(signed_url(), request.form, signature):
            log.warning("hook %s refused: missing or wrong signature", request.path)
            abort(403, "The request signature is missing or wrong.")
        return view(*args, **kwargs)
    return checked


def first_time(session: Session, key: str) -> bool:
    """Record hook event ``key``; False when it was already recorded (a repeat).

    One ``INSERT ... ON CONFLICT DO NOTHING`` (both backends have it): a repeat
    inserts no row, and the transaction stays usable without a savepoint. Two
    deliveries at once: PostgreSQL makes the second wait for the first to commit.
    """
    dialect = session.get_bind().dialect.name
    inserted = session.execute(_RECORD_EVENT[dialect == "postgresql"],
                               {"key": values.event_key(key), "received_at": clock.now()})
    return inserted.first() is not None


# Built once with bound parameters, so each hook only binds values (no per-call
# statement building or cache-key work). Indexed by "is PostgreSQL".
_RECORD_EVENT = {
    postgresql: insert_for(HookEvent).values(key=bindparam("key"),
                                             received_at=bindparam("received_at"))
    .on_conflict_do_nothing(index_elements=["key"]).returning(HookEvent.id)
    for postgresql, insert_for in ((True, postgresql_insert), (False, sqlite_insert))
}


def twiml(response: TwiML) -> Response:
    return Response(str(response), mimetype="text/xml")


def keep_first_delivery(key: str, **kept: Any) -> tuple[int, int | None] | None:
    """Keep an inbound message once: ``(message id, household id)``, or None when hook
    event ``key`` was seen before (a repeat delivery keeps nothing).

    Committed before it returns, on its own connection. On PostgreSQL it is one
    autocommitted statement, a single round trip: the hook event's ``INSERT ... ON
    CONFLICT DO NOTHING RETURNING`` is a CTE the message is inserted from (a repeat
    inserts neither row), and the household is found by a subquery on the sender's
    number (``phones.e164`` is unique; a WhatsApp sender is matched on its number).
    SQLite takes the same two inserts in one transaction of ``db.session``.
    """
    engine = db.engine
    now = clock.now()
    params = {"key": values.event_key(key), "received_at": now,
              "sender": values.phone_number_in(kept.get("from_number")), "handled_at": None,
              "created_at": now, "updated_at": now, **kept}
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            row = connection.execute(_KEEP_FIRST_DELIVERY, params).first()
    else:
        # On the request's own session: SQLite has one writer, and a page that posts to
        # this hook in-process (the sandbox phone) may already hold the write lock.
        session = db.session
        if session.execute(_RECORD_EVENT[False], params).first() is None:
            session.rollback()
            return None
        row = session.execute(_KEEP_INBOUND, params).first()
        session.commit()
    return None if row is None else (row.id, row.household_id)


_HOUSEHOLD_OF_SENDER = (select(Phone.household_id).where(Phone.e164 == bindparam("sender"))
                        .scalar_subquery())
_INBOUND_COLUMNS = ("direction", "channel", "provider_sid", "from_number", "to_number", "body",
                    "status", "handled_at", "created_at", "updated_at")
_MESSAGES = Message.__table__
_KEPT = (_MESSAGES.c.id, _MESSAGES.c.household_id)
_INBOUND_VALUES = select(_HOUSEHOLD_OF_SENDER, *(bindparam(name, type_=_MESSAGES.c[name].type)
                                                  for name in _INBOUND_COLUMNS))
_INTO = [_MESSAGES.c[name] for name in ("household_id", *_INBOUND_COLUMNS)]
_KEEP_INBOUND = insert(_MESSAGES).from_select(_INTO, _INBOUND_VALUES).returning(*_KEPT)
_KEEP_FIRST_DELIVERY = (
    insert(_MESSAGES)
    .from_select(_INTO, _INBOUND_VALUES.select_from(_RECORD_EVENT[True].cte("first_delivery")))
    .returning(*_KEPT)
)


# --- inbound texts -----------------------------------------------------------------------

@bp.post("/sms")
@signed
def inbound_sms() -> Response:
    """A parent's text: kept first. Queued (``REPLIES``, the default), the answer is
    empty TwiML and the worker replies; inline, the reply handler runs now and its
    answer rides in the TwiML."""
    form = request.form
    sid = values.sid(form.get("MessageSid") or form.get("SmsSid"))
    if not sid:
        abort(400, "MessageSid is missing.")
    sender = values.address(form.get("From"))
    # An answer goes back by SMS: a sender who is not a phone number (WhatsApp, say)
    # cannot get one, so their words are kept for a person, never answered or dropped.
    answerable = values.is_phone_number(sender)
    kept = keep_first_delivery(
        f"sms:{sid}", direction=Direction.INBOUND.value, channel=MessageChannel.SMS.value,
        provider_sid=sid,
        from_number=sender, to_number=values.address(form.get("To")),
        body=storable(form.get("Body", "")),
        status=MessageState.RECEIVED if answerable else MessageState.NEEDS_PERSON,
        handled_at=None if answerable else clock.now(),
    )
    if kept is None:  # a repeat delivery: kept the first time
        return twiml(MessagingResponse())
    # The parent's words are committed: safe before anything else runs.
    message_id, household_id = kept
    log.info("inbound text stored as message %s (household %s)", message_id, household_id)
    if not answerable:
        flag_for_a_person(db.session, message_id, "a text that did not come from a phone")
        return twiml(MessagingResponse())
    if current_app.config["REPLIES"] == "queued":
        # The worker's reply queue labels it, acts and texts the answer (reply_queue).
        return twiml(MessagingResponse())

    session = db.session
    message = session.get(Message, message_id)
    response = MessagingResponse()
    try:
        reply = handle_inbound_text(session, message)
        session.commit()
    except Exception as error:
        # The error's own words may quote the text or the number: its type only.
        log.error("reply handler failed on message %s; kept for a person: %s", message_id,
                  values.failure(error))
        flag_for_a_person(session, message_id, "a text from the family")
        reply = None
    if reply:
        response.message(reply)
    return twiml(response)


# --- delivery and call statuses ----------------------------------------------------------

def _lock_by_sid(session: Session, sid: str) -> tuple[Message | None, Attempt | None]:
    # Row locks (PostgreSQL) so two callbacks for one SID are applied one after the other.
    message = session.scalar(select(Message).where(Message.provider_sid == sid,
                                                   Message.direction == Direction.OUTBOUND)
                             .with_for_update())
    attempt = session.scalar(select(Attempt).where(Attempt.provider_sid == sid)
                             .with_for_update())
    return message, attempt


def _highest_rank(session: Session, prefix: str, means: Means, current: str | None) -> int:
    seen = session.scalars(select(HookEvent.key)
                           .where(HookEvent.key.startswith(prefix, autoescape=True)))
    statuses = [key[len(prefix):] for key in seen] + [current or ""]
    ranks = [rules.status_rank(means, s) for s in statuses]
    return max((r for r in ranks if r is not None), default=-1)


def _apply_status(session: Session, *, means: Means, sid: str, status: str,
                  error_code: int | None = None, answered_by: str | None = None,
                  duration: int | None = None) -> bool:
    """Apply one status for ``sid`` unless it is unknown, a repeat, or older than one seen.

    Returns True when it was applied (and committed).
    """
    message, attempt = _lock_by_sid(session, sid)
    if message is None and attempt is None:
        session.rollback()
        log.info("%s status for an unknown SID ignored", means)
        return False
    prefix = f"{means}-status:{sid}:"  # stored keys: "sms-status:…", "call-status:…"
    highest = _highest_rank(session, prefix, means, message.status if message else None)
    if not first_time(session, prefix + status):
        session.rollback()
        return False
    if (rules.status_rank(means, status) or 0) <= highest:
        session.commit()  # remember it, change nothing: a late callback never moves back
        return False
    if message is not None:
        message.status = status
        if error_code is not None:
            message.error_code = error_code
    apply_provider_status(session, sid=sid, status=status, error_code=error_code,
                          answered_by=answered_by, duration=duration)
    session.commit()
    return True


@bp.post("/status/sms")
@signed
def sms_status() -> tuple[str, int]:
    """Twilio's report on a text we sent (queued, sent, delivered, undelivered, failed)."""
    form = request.form
    sid = values.sid(form.get("MessageSid") or form.get("SmsSid"))
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").lower()
    if sid and status in MESSAGE_STATUSES:
        _apply_status(db.session, means=Means.SMS, sid=sid, status=status,
                      error_code=values.twilio_int(form.get("ErrorCode")))
    return "", 204


@bp.post("/status/call")
@signed
def call_status() -> tuple[str, int]:
    """Call progress, or the answering-machine result (which has AnsweredBy, no CallStatus)."""
    form = request.form
    sid = values.sid(form.get("CallSid"))
    status = (form.get("CallStatus") or "").lower()
    answered_by = values.answered_by(form.get("AnsweredBy"))
    if not sid:
        return "", 204
    if status in CALL_STATUSES:
        _apply_status(db.session, means=Means.CALL, sid=sid, status=status,
                      error_code=values.twilio_int(form.get("ErrorCode")),
                      answered_by=answered_by,
                      duration=values.twilio_int(form.get("CallDuration")))
    elif answered_by:
        _machine_result(db.session, sid, answered_by)
    return "", 204


def _machine_result(session: Session, sid: str, answered_by: str) -> None:
    """The answering-machine result: record it once; a machine gets the voicemail."""
    _message, attempt = _lock_by_sid(session, sid)
    if attempt is None:
        session.rollback()
        return
    if not first_time(session, values.event_key("call-amd", sid, answered_by)):
        session.rollback()
        return
    apply_provider_status(session, sid=sid, status=Delivery.IN_PROGRESS, error_code=None,
                          answered_by=answered_by, duration=None)
    attempt_id = attempt.id
    session.commit()
    if answered_by in MACHINE_ENDS:
        # Outside any transaction: the provider call may be slow.
        try:
            get_channel().redirect_call(sid, call_voicemail_url(attempt_id))
        except ChannelError:
            log.warning("could not switch call for attempt %s to the voicemail", attempt_id)


def machine_result(session: Session, sid: str) -> str | None:
    """The AnsweredBy recorded for call ``sid``, if the result has come in."""
    sid = values.sid(sid) or ""
    key = session.scalar(select(HookEvent.key)
                         .where(HookEvent.key.startswith(f"call-amd:{sid}:", autoescape=True)))
    return key.rsplit(":", 1)[1] if key else None

