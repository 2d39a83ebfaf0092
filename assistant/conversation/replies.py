"""Acting on a parent's reply: label it, decide (``scripts.dialogue``), carry it out.

The hooks store every inbound text or call choice first and commit; then they
call :func:`handle_inbound_text` or :func:`handle_call_choice`, which work in
the same session, lock the household row so two replies a second apart are
handled one after the other, and commit once at the end.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from assistant import clock
from assistant.attempts import schedule
from assistant.conversation import handover, wording
from assistant.conversation.status import set_status
from assistant.models import (
    Direction,
    Household,
    Means,
    Message,
    MessageChannel,
    MessageState,
    Phone,
)
from assistant.records import codes
from assistant.records.audit import audit
from assistant.records.tasks import raise_task
from assistant.scripts import dialogue as d
from assistant.scripts.labels import Classification, Label
from assistant.scripts.labels_cosign import read_reply

log = logging.getLogger(__name__)

# Keys on the call menu (pathway.md §3), as what a reply would say.
KEY_LABELS = {"1": Label.AGREE, "3": Label.REFUSED, "4": Label.ALREADY_VACCINATED}
KEY_TALK = "2"


def lock_household(session: Session, household_id: int | None) -> Household | None:
    """The household, row-locked on PostgreSQL until commit (SQLite's BEGIN IMMEDIATE
    already serialises writers), with its practice, children and phones.

    One query: replying reads all three (names, the practice's name, the number the
    reply came from), and loading them here spares a round trip each. Only the
    household row is locked (``OF households``): never the practice, which every
    household shares.
    """
    if household_id is None:
        return None
    return session.execute(
        select(Household).where(Household.id == household_id)
        .options(joinedload(Household.practice, innerjoin=True),
                 joinedload(Household.children), joinedload(Household.phones))
        .with_for_update(of=Household)
        .execution_options(populate_existing=True)
    ).unique().scalar_one_or_none()


def handle_inbound_text(session: Session, message: Message, *,
                        send_later: bool = False) -> str | None:
    """Label, decide and act on an inbound text already stored; return the reply text.

    The reply is kept as an outbound message: ``replied`` when the caller sends it
    in the hook's TwiML, ``answer_to_send`` (for ``reply_queue`` to send by REST) when
    ``send_later``. Marks the text handled and commits.
    """
    now = clock.now()
    message.handled_at = now
    result = read_reply(message.body or "")
    # Locked before the label is set, so the label's UPDATE joins the one flush at commit.
    household = lock_household(session, message.household_id)
    keep_label(message, result)
    if household is None:
        # Never texted by us: say who we are in general terms, nothing about anyone.
        reply = wording.render("unknown_number", None)
        if send_later:
            _keep_reply(session, None, message, reply, MessageState.ANSWER_TO_SEND)
        session.commit()
        return reply
    if household.held_by_id is not None:
        # A coordinator holds the conversation: the text waits for them on the timeline
        # and is answered by the assistant only if they hand the family back.
        handover.keep_for_holder(message)
        if d.keyword_of(message.body or "") == "stop" and (
                phone := phone_of(session, household, message)) is not None:
            # STOP is honoured whoever holds the family: the holder cannot text them now.
            _do(session, household, phone, message, d.OptOut(Means.SMS), now)
        session.commit()
        return None
    phone = phone_of(session, household, message)
    situation = _situation(session, household, message.body or "", MessageChannel.SMS,
                           result)
    decision = d.decide(situation, result.label)
    texts = carry_out(session, household, phone, message, decision, now)
    if texts and (offer := wording.interpreter_offer(household)):
        texts.append(offer)
    reply = "\n\n".join(t for t in texts if t) or None
    if reply is not None:
        _keep_reply(session, household.id, message, reply,
                    MessageState.ANSWER_TO_SEND if send_later else MessageState.REPLIED)
    session.commit()
    return reply


def keep_label(message: Message, result: Classification) -> None:
    """The label acted on, and what each reader said (for the audit of who was overruled)."""
    message.label, message.confidence = result.label.value, result.confidence
    message.rules_label = result.rules_label.value if result.rules_label else None
    message.model_label = result.model_label.value if result.model_label else None


def _keep_reply(session: Session, household_id: int | None, message: Message, reply: str,
                status: str) -> None:
    session.add(Message(household_id=household_id, direction=Direction.OUTBOUND,
                        channel=MessageChannel.SMS, to_number=message.from_number,
                        from_number=message.to_number, body=reply, status=status))


def phone_of(session: Session, household: Household, message: Message) -> Phone | None:
    """The household's phone this message came from (inbound) or went to (a call we made)."""
    numbers = [n for n in (message.from_number, message.to_number) if n]
    if not numbers:
        return None
    # The phones came with the locked household (lock_household): no query.
    return next((p for p in household.phones if p.e164 in numbers), None)


def _situation(session: Session, household: Household, text: str, channel: MessageChannel,
               result: Classification | None, keyword: str | None = None,
               digits: str | None = None) -> d.Situation:
    state = d.State(household.dialogue_state) if household.dialogue_state else None
    picked = None
    if state is d.State.AWAITING_PICK:
        from assistant.conversation.booking_replies import pick_from_reply

        picked = pick_from_reply(session, household, text, digits=digits, now=clock.now())
    language = household.preferred_language
    if result is not None and result.language and result.language != "en":
        language = result.language
    return d.Situation(
        status=household.status, state=state, held=household.held_by_id is not None,
        channel=channel, language=language, picked=picked,
        keyword=keyword if keyword is not None else d.keyword_of(text),
    )


def carry_out(session: Session, household: Household, phone: Phone | None,
              message: Message, decision: d.Decision, now: datetime) -> list[str]:
    """Carry out ``decision`` for ``household``; return the texts to send back."""
    texts: list[str] = []
    if decision.state is d.State.AWAITING_REFUSAL_CONFIRMATION:
        context = dict(household.dialogue_context or {})
        context["refusal_words"] = message.body
        context["refusal_at"] = message.created_at.isoformat() if message.created_at else None
        household.dialogue_context = context
    picks = [action for action in decision.actions if isinstance(action, d.BookPick)]
    for action in decision.actions:
        if action not in picks:
            text = _do(session, household, phone, message, action, now)
            if text:
                texts.append(text)
    household.dialogue_state = decision.state.value if decision.state else None
    for pick in picks:
        # Last, once everything else this reply decided is in the session: booking commits
        # it and books in its own short transaction (no double booking), so nothing is
        # committed halfway through the other effects.
        from assistant.conversation.booking_replies import book_pick

        text = book_pick(session, household, message, pick, now)
        if text:
            texts.append(text)
    return texts


def _do(session: Session, household: Household, phone: Phone | None, message: Message,
        action: d.Action, now: datetime) -> str | None:
    match action:
        case d.Say(template):
            return wording.render(template, household, means=message.means)
        case d.FlagLanguage(language):
            if household.preferred_language != language:
                audit(session, "household.language_flagged", household_id=household.id,
                      language=language, was=household.preferred_language)
                household.preferred_language = language
        case d.SetStatus(status, reason):
            set_status(session, household, status, reason, now)
        case d.HandOver(reason):
            handover.refer(session, household, now, why=f"{reason} (a reply {_how(message)})",
                           actor="parent")
        case d.ExceptionReport():
            _exception_report(session, household, message, now)
        case d.CancelAttempts(reason):
            schedule.cancel_scheduled(session, household.id, reason, now)
        case d.MarkNumber(status) if phone is not None:
            phone.status = status
            audit(session, "phone.marked", household_id=household.id, status=status.value)
        case d.OptOut(means) if phone is not None:
            setattr(phone, _opt_out_column(means), now)
            audit(session, "phone.opted_out", household_id=household.id, means=means)
        case d.OptIn(means) if phone is not None:
            setattr(phone, _opt_out_column(means), None)
            audit(session, "phone.opted_in", household_id=household.id, means=means)
        case d.RaiseTask(kind, summary):
            raise_task(session, kind, f"{summary} Their words: \"{message.body}\"",
                       household=household, now=now)
        case d.OfferSlots() | d.BookingChange() | d.CancelBookings():
            from assistant.conversation.booking_replies import carry_out_booking

            return carry_out_booking(session, household, message, action, now)
    return None


def _opt_out_column(means: Means) -> str:
    return "sms_opted_out_at" if means == Means.SMS else "calls_opted_out_at"


def _how(message: Message) -> str:
    return {Means.SMS: "by text", Means.CALL: "by phone",
            Means.WEB: "on the booking page"}.get(message.means, message.channel)


def _exception_report(session: Session, household: Household, message: Message,
                      now: datetime) -> None:
    """The refusal the parent confirmed: their first words and their confirmation."""
    context = household.dialogue_context or {}
    words = context.get("refusal_words") or message.body
    said_at = context.get("refusal_at")
    handover.exception_report(
        session, household, now, event=codes.Event.REFUSED,
        free_text=f"Parent refused {_how(message)} and confirmed when asked",
        evidence=f"\"{words}\" then, asked to confirm: \"{message.body}\"",
        evidence_at=datetime.fromisoformat(said_at) if said_at else message.created_at,
        via=message.means, actor="parent")


def handle_call_choice(session: Session, household: Household, digits: str | None,
                       speech: str | None, message: Message) -> list[str]:
    """Act on a key press or speech from the call menu; return what to say back.

    Keys: 1 book, 2 speak to someone, 3 do not want them, 4 already had them.
    Speech is labelled like a text.
    """
    now = clock.now()
    household = lock_household(session, household.id) or household
    keyword = None
    state = household.dialogue_state
    if digits and state == d.State.AWAITING_PICK:
        # Slots were read out: a key picks an option ("press 2 for ..."), nothing else.
        label, result = Label.UNCLEAR, None
    elif digits:
        if digits == KEY_TALK:
            keyword = "talk"
        elif digits == "3" and state == d.State.AWAITING_REFUSAL_CONFIRMATION:
            keyword = "confirm"
        label = KEY_LABELS.get(digits, Label.UNCLEAR)
        result = None
    else:
        result = read_reply(speech or "")
        label = result.label
    message.label = label.value
    message.confidence = 1.0 if digits else (result.confidence if result else 0.0)
    if result is not None:
        keep_label(message, result)
    situation = _situation(session, household, speech or "", MessageChannel.VOICE, result, keyword,
                           digits)
    decision = d.decide(situation, label)
    said = carry_out(session, household, phone_of(session, household, message), message,
                     decision, now)
    session.commit()
    return said


# A refusal we asked about but that was never confirmed goes to a person after this.
CONFIRMATION_WORKING_DAYS = 2


def hand_over_unanswered_confirmations(now: datetime) -> dict[str, int]:
    """Due work: households asked to confirm a refusal who did not answer in time
    go to a coordinator (pathway.md §7 lists "unconfirmed refusals" in the queue)."""
    from assistant.db import db

    session = db.session
    waiting = session.scalars(
        select(Household).where(
            Household.dialogue_state == d.State.AWAITING_REFUSAL_CONFIRMATION.value,
            Household.held_by_id.is_(None),
        )
    ).all()
    handed = 0
    for household in waiting:
        if clock.local(now).date() < confirmation_deadline(household):
            continue
        household = lock_household(session, household.id)
        if household is None or household.dialogue_state != d.State.AWAITING_REFUSAL_CONFIRMATION:
            continue
        handover.refer(session, household, now,
                       why="asked to confirm a refusal and did not answer")
        session.commit()
        handed += 1
    return {"unconfirmed_refusals_handed_over": handed} if handed else {}


def refusal_asked_at(household: Household) -> datetime:
    """When ``household`` said it does not want the vaccines (and was asked to confirm)."""
    said = (household.dialogue_context or {}).get("refusal_at")
    if said:
        return datetime.fromisoformat(said)
    return household.status_changed_at or household.updated_at


def confirmation_deadline(household: Household) -> date:
    """The local day on which an unconfirmed refusal goes to a coordinator: the due-work
    job above and the coordinators' queue read it here, so they never disagree."""
    asked = clock.local(refusal_asked_at(household)).date()
    return clock.add_working_days(asked, CONFIRMATION_WORKING_DAYS)
