"""The reply queue: parents' texts answered by the worker instead of inside the hook.

With ``REPLIES=queued`` (the default) the SMS hook only checks the signature,
stores the text and answers empty TwiML, so it stays fast however much the
dialogue has to do. This job, run every ``REPLY_SECONDS`` by the worker (and
by ``assistant tick``), then:

1. takes each waiting text in the order it arrived (``FOR UPDATE SKIP LOCKED``
   on PostgreSQL, so several workers share the queue), never overtaking an
   earlier text from the same household, and labels and acts on it through
   :func:`assistant.conversation.replies.handle_inbound_text`, which writes the answer as a
   ``answer_to_send`` outbound message in the same commit that marks the text handled;
2. sends each pending answer through the channel's REST client with a status
   callback, outside any transaction, and records its SID (so, unlike a TwiML
   reply, the answer gets a delivery status).

Nothing is lost: a handler failure flags the text for a person; a provider
failure is retried each ``RETRY_AFTER`` for ``GIVE_UP_AFTER``, then becomes a task; an answer
left ``answer_sending`` by a crashed worker is never sent again blind (the family
might get it twice) but handed to the practice after ``STUCK_AFTER``.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from assistant import channels, clock
from assistant.channels import pacing
from assistant.channels.base import ChannelError, TextMessage
from assistant.conversation import replies
from assistant.conversation.flagging import flag_for_a_person
from assistant.db import db
from assistant.models import Delivery, Direction, Means, Message, MessageState, TaskKind
from assistant.records.tasks import raise_task

log = logging.getLogger(__name__)

REPLY_SECONDS = 2        # how often the worker looks: a parent waits about this long
BUDGET_SECONDS = 20.0    # one run stops taking work after this, so other jobs get a turn
BATCH = 20               # texts handled, or answers sent, between switching over
RETRY_AFTER = timedelta(minutes=1)   # after a provider failure (a 500, a timeout)
STUCK_AFTER = timedelta(minutes=10)
GIVE_UP_AFTER = timedelta(minutes=30)
OVERDUE_AFTER = timedelta(minutes=2)  # shown to coordinators: the worker is not answering

_earlier = aliased(Message)
# The oldest waiting text whose household has no earlier text still waiting (a text
# from an unknown number has no household, and nothing to keep in order with).
_NEXT_WAITING = (
    select(Message)
    .where(Message.waiting,
           ~exists().where(_earlier.waiting, _earlier.household_id == Message.household_id,
                           _earlier.id < Message.id))
    .order_by(Message.id).limit(1)
    .with_for_update(skip_locked=True, of=Message)
)


def answer_waiting_texts(now: datetime, *,
                         budget_seconds: float = BUDGET_SECONDS) -> dict[str, int]:
    """Due-work job: handle the texts waiting in the queue and send their answers."""
    counts: Counter[str] = Counter()
    counts["replies_stuck"] = hand_over_stuck(now)
    deadline = time.monotonic() + budget_seconds
    while time.monotonic() < deadline:
        handled = 0
        while handled < BATCH and handle_next(counts):
            handled += 1
        sent = send_pending_answers(counts, limit=BATCH)
        if not handled and not sent:
            break
    return +counts


def handle_next(counts: Counter[str]) -> bool:
    """Handle the next waiting text, if there is one; False when the queue is empty."""
    session = db.session
    message = session.scalars(_NEXT_WAITING).first()
    if message is None:
        session.rollback()
        return False
    message_id = message.id
    try:
        replies.handle_inbound_text(session, message, send_later=True)
        counts["replies_handled"] += 1
    except Exception:
        log.exception("reply handler failed on message %s; kept for a person", message_id)
        flag_for_a_person(session, message_id, "a text from the family")
        counts["replies_flagged"] += 1
    return True


def send_pending_answers(counts: Counter[str], *, limit: int) -> int:
    """Send up to ``limit`` pending answers; returns how many were tried."""
    claimed = _claim_pending(limit)
    if not claimed:
        return 0
    channel, callback = channels.get_channel(), channels.sms_status_url()
    limit_rate = pacing.limiter(Means.SMS, current_app.config["SMS_PER_SECOND"])
    for message_id, to, body, created_at in claimed:
        limit_rate.acquire()
        try:
            sent = channel.send_text(TextMessage(to=to, body=body, status_callback=callback))
        except ChannelError as error:
            counts[_failed(message_id, error, created_at)] += 1
            continue
        with db.transaction() as session:
            session.execute(update(Message).where(Message.id == message_id)
                            .values(provider_sid=sent.sid, status=sent.status,
                                    updated_at=clock.now()))
        counts["replies_sent"] += 1
    return len(claimed)


def _claim_pending(limit: int) -> list[tuple[int, str, str, datetime]]:
    # Marked as being sent and committed before the provider is called: a second worker
    # skips them, and a crash leaves them for hand_over_stuck, never sent twice.
    with db.transaction() as session:
        rows = session.execute(
            select(Message.id, Message.to_number, Message.body, Message.created_at)
            .where(Message.direction == Direction.OUTBOUND,
                   or_(Message.status == MessageState.ANSWER_TO_SEND,
                       and_(Message.status == MessageState.ANSWER_RETRY,
                            Message.updated_at <= clock.now() - RETRY_AFTER)))
            .order_by(Message.id).limit(limit)
            .with_for_update(skip_locked=True)).all()
        if rows:
            session.execute(update(Message).where(Message.id.in_([r.id for r in rows]))
                            .values(status=MessageState.ANSWER_SENDING, updated_at=clock.now()))
    return [(r.id, r.to_number or "", r.body, r.created_at) for r in rows]


def _failed(message_id: int, error: ChannelError, created_at: datetime) -> str:
    now = clock.now()
    with db.transaction() as session:
        if not error.permanent and now - created_at < GIVE_UP_AFTER:
            session.execute(update(Message).where(Message.id == message_id)
                            .values(status=MessageState.ANSWER_RETRY, error_code=error.code,
                                    updated_at=now))
            return "replies_retried"
        message = session.get(Message, message_id)
        if message is not None:
            message.status, message.error_code = Delivery.FAILED, error.code
            _task(session, message, "could not be sent "
                  f"({'the provider refused it' if error.permanent else 'the provider failed'})")
    log.warning("answer %s not sent: code=%s permanent=%s", message_id, error.code,
                error.permanent)
    return "replies_failed"


def hand_over_stuck(now: datetime) -> int:
    """Answers left ``answer_sending`` by a worker that stopped: a person decides, no resend."""
    with db.transaction() as session:
        stuck = session.scalars(
            select(Message).where(Message.direction == Direction.OUTBOUND,
                                  Message.status == MessageState.ANSWER_SENDING,
                                  Message.updated_at < now - STUCK_AFTER)
            .with_for_update(skip_locked=True)).all()
        for message in stuck:
            message.status = MessageState.UNSENT
            _task(session, message, "may not have been sent (the sender stopped part-way)")
    return len(stuck)


def overdue_texts(session: Session, now: datetime) -> int:
    """Texts waiting longer than ``OVERDUE_AFTER`` for the worker: more than none means
    no worker is answering (it is down, or stuck), and a person should find out."""
    return session.scalar(
        select(func.count()).select_from(Message)
        .where(Message.waiting, Message.created_at < now - OVERDUE_AFTER)) or 0


def _task(session: Session, message: Message, what: str) -> None:
    if message.household is None:
        return  # an answer to an unknown number: nobody to follow up
    now = clock.now()
    raise_task(session, TaskKind.CALL_BACK,
               f"The assistant's answer to the family's text {what}. Please read the "
               "conversation and contact the family.",
               household=message.household, now=now, due_at=now)
