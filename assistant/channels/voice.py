"""Calls: what an answered call hears, the key menu, voicemail and calls from parents.

Wording lives in ``templates/voice/*.txt``; the XML is built with Twilio's
``VoiceResponse``. Safety rules kept here (pathway.md §3):

- anything a machine might record names only the practice (never a child or
  the vaccines): the first words of every outbound call, and the voicemail;
- the menu itself names no child either, only "your child's vaccinations";
- nothing heard: the menu is repeated once, then we thank them and hang up.

Outbound calls use Twilio's asynchronous answering-machine detection: the call
is answered at once, so it opens with the practice's name and a short pause
while the result comes in (``call-amd`` hook events); a machine is switched to
the voicemail by ``webhooks._machine_result`` or here, whichever is first.
"""

from __future__ import annotations

import logging

import phonenumbers
from flask import current_app, render_template, request
from sqlalchemy.orm import Session
from twilio.twiml.voice_response import Gather, VoiceResponse
from werkzeug.exceptions import BadRequest

from assistant.channels import call_answer_url, hook_url
from assistant.channels import hook_values as values
from assistant.channels.twilio import MACHINE_ENDS
from assistant.channels.webhooks import (
    bp,
    first_time,
    machine_result,
    signed,
    storable,
    twiml,
)
from assistant.conversation.flagging import flag_for_a_person, household_of
from assistant.conversation.replies import handle_call_choice
from assistant.db import db
from assistant.models import (
    Attempt,
    DialogueState,
    Direction,
    Household,
    Message,
    MessageChannel,
    MessageState,
)

log = logging.getLogger(__name__)

VOICE = {"voice": "Polly.Amy", "language": "en-GB"}
HINTS = "book, appointment, yes, talk, speak to someone, no, don't want, already had them"
AMD_WAITS = 2          # pauses of PAUSE_SECONDS while the machine-detection result comes in
PAUSE_SECONDS = 2
MENU_PLAYS = 2         # the menu, then once more if nothing was heard
MAX_TURNS = 4          # key presses on one call before we hand over to a person
# Dialogue states (Household.dialogue_state) in which the reply handler asked a question.
MENU_KEYS = frozenset("1234")
# The dialogue states in which the family was asked something: the call keeps listening.
AWAITING = frozenset({DialogueState.AWAITING_CLARIFICATION.value,
                      DialogueState.AWAITING_REFUSAL_CONFIRMATION.value,
                      DialogueState.AWAITING_PICK.value})


def say(target: VoiceResponse | Gather, template: str, **context: object) -> None:
    """Speak ``templates/voice/<template>.txt`` in the en-GB voice."""
    target.say(render_template(f"voice/{template}.txt", **context).strip(), **VOICE)


def spoken_number(e164: str | None) -> str:
    """A phone number read out digit by digit in its UK groups: "0 7 7 0 0, 9 0 0, ..."."""
    if not e164:
        return ""
    national = phonenumbers.format_number(phonenumbers.parse(e164, "GB"),
                                          phonenumbers.PhoneNumberFormat.NATIONAL)
    groups: list[str] = []
    for group in national.split():
        # Six digits read better as two threes, the way people say them.
        groups += [group[:3], group[3:]] if len(group) == 6 else [group]
    return ", ".join(" ".join(group) for group in groups)


def reply_number(household: Household | None) -> str:
    """The number families call or text back: ours, else the practice's."""
    number = current_app.config.get("TWILIO_FROM_NUMBER")
    if not number and current_app.config["CHANNELS"] == "sandbox":
        from assistant.channels.sandbox import SANDBOX_FROM

        number = SANDBOX_FROM
    if number:
        return spoken_number(number)
    phone = household.practice.phone if household is not None else None
    return " ".join(phone or "")


def _context_url(path: str, *, attempt: Attempt | None, household: Household, turn: int) -> str:
    who = f"attempt={attempt.id}" if attempt is not None else f"household={household.id}"
    return hook_url(f"{path}?{who}&try={turn}")


def menu(response: VoiceResponse, *, household: Household, attempt: Attempt | None,
         turn: int, before: tuple[str, ...] = ()) -> VoiceResponse:
    """The key menu in a Gather; nothing heard -> repeat once, then thank and hang up."""
    gather = response.gather(
        input="dtmf speech", num_digits=1, timeout=6, speech_timeout="auto",
        language="en-GB", hints=HINTS, method="POST",
        action=_context_url("/twilio/call/gather", attempt=attempt, household=household,
                            turn=turn),
    )
    for template in before:
        say(gather, template, practice=household.practice.name)
    say(gather, "menu", practice=household.practice.name)
    if turn < MENU_PLAYS:
        say(response, "not_heard")
        response.redirect(_context_url("/twilio/call/menu", attempt=attempt,
                                       household=household, turn=turn + 1), method="POST")
    else:
        say(response, "goodbye_not_heard")
        response.hangup()
    return response


def voicemail(household: Household) -> VoiceResponse:
    """What a machine records: the practice and how to call or text back. Nothing else."""
    response = VoiceResponse()
    say(response, "voicemail", practice=household.practice.name,
        number=reply_number(household))
    response.hangup()
    return response


def goodbye(template: str = "goodbye") -> VoiceResponse:
    response = VoiceResponse()
    say(response, template)
    response.hangup()
    return response


def _context(session: Session) -> tuple[Household | None, Attempt | None]:
    """The household (and attempt) named in a signed URL's query; 400 when an id there
    is not one we could have made."""
    attempt_id = values.our_arg("attempt")
    if attempt_id is not None:
        attempt = session.get(Attempt, attempt_id)
        return (attempt.household if attempt else None), attempt
    household_id = values.our_arg("household")
    return (session.get(Household, household_id) if household_id else None), None


def _call_sid() -> str:
    return values.sid(request.form.get("CallSid")) or ""


# --- an outbound call we made ------------------------------------------------------------

# The ids in these paths are read by values.our_int, not Flask's int converter, which
# takes any length of digits (and any script's digits) and so failed on the database.
@bp.post("/call/<attempt_id>/answer")
@signed
def answer(attempt_id: str):
    """An answered outbound call: the practice's name, wait for the machine check, the menu."""
    session = db.session
    attempt = session.get(Attempt, values.our_int(attempt_id, "attempt"))
    if attempt is None:
        return twiml(goodbye())
    household = attempt.household
    answered_by = values.answered_by(request.form.get("AnsweredBy")) or machine_result(
        session, _call_sid())
    if answered_by in MACHINE_ENDS:
        return twiml(voicemail(household))
    if answered_by == "fax":
        return twiml(VoiceResponse().hangup())
    wait = values.our_arg("wait", 0)
    if answered_by in (None, "machine_start") and wait < AMD_WAITS:
        response = VoiceResponse()
        if wait == 0:  # practice only: a machine may already be recording
            say(response, "greeting", practice=household.practice.name)
        response.pause(length=PAUSE_SECONDS)
        response.redirect(call_answer_url(attempt.id) + f"?wait={wait + 1}", method="POST")
        return twiml(response)
    return twiml(menu(VoiceResponse(), household=household, attempt=attempt, turn=1))


@bp.post("/call/<attempt_id>/voicemail")
@signed
def leave_voicemail(attempt_id: str):
    """Where a call answered by a machine is switched to."""
    attempt = db.session.get(Attempt, values.our_int(attempt_id, "attempt"))
    return twiml(voicemail(attempt.household) if attempt else goodbye())


@bp.post("/call/menu")
@signed
def replay_menu():
    """The menu again (nothing was heard), for an outbound or inbound call."""
    session = db.session
    household, attempt = _context(session)
    if household is None:
        return twiml(goodbye())
    if attempt is not None and machine_result(session, _call_sid()) in MACHINE_ENDS:
        return twiml(voicemail(household))
    turn = values.our_arg("try", 1)
    return twiml(menu(VoiceResponse(), household=household, attempt=attempt, turn=turn))


@bp.post("/call/gather")
@signed
def gather():
    """A key press or speech from the menu: kept first, then acted on."""
    session = db.session
    form = request.form
    digits = storable(form.get("Digits")).strip() or None
    speech = storable(form.get("SpeechResult")).strip() or None
    try:
        household, attempt = _context(session)
        turn = values.our_arg("try", 1)
    except BadRequest:
        _keep_for_a_person(session, digits, speech)  # a malformed address loses no words
        raise
    if not (digits or speech):
        return twiml(goodbye())
    if household is None:
        _keep_for_a_person(session, digits, speech)
        return twiml(goodbye())
    if not first_time(session, values.event_key("gather", _call_sid(), turn)):
        session.rollback()
        return twiml(goodbye())
    message = _choice_message(household.id, attempt, digits, speech, MessageState.RECEIVED)
    session.add(message)
    session.commit()  # the parent's choice is kept before anything acts on it
    return twiml(_act_on_choice(session, household, attempt, message, digits, speech, turn))


def _choice_message(household_id: int | None, attempt: Attempt | None, digits: str | None,
                    speech: str | None, status: MessageState) -> Message:
    form = request.form
    outbound = (form.get("Direction") or "").startswith("outbound")
    ours, theirs = (form.get("From"), form.get("To")) if outbound else \
        (form.get("To"), form.get("From"))
    return Message(
        direction=Direction.INBOUND, channel=MessageChannel.VOICE, household_id=household_id,
        attempt_id=attempt.id if attempt else None,
        body=f"pressed {digits}" if digits else speech or "",
        from_number=values.address(theirs), to_number=values.address(ours), status=status,
    )


def _keep_for_a_person(session: Session, digits: str | None, speech: str | None) -> None:
    """Words said on a call we cannot place (no household, or an address we did not make):
    kept once for the coordinators' list of messages nobody has matched."""
    session.rollback()
    if not speech and not digits:
        return
    if not first_time(session, values.event_key("gather-unplaced", _call_sid(),
                                                request.query_string.decode("latin-1"))):
        session.rollback()
        return
    session.add(_choice_message(None, None, digits, speech, MessageState.NEEDS_PERSON))
    session.commit()


def _act_on_choice(session: Session, household: Household, attempt: Attempt | None,
                   message: Message, digits: str | None, speech: str | None,
                   turn: int) -> VoiceResponse:
    message_id = message.id
    if digits and digits not in MENU_KEYS and household.dialogue_state not in AWAITING \
            and turn < MAX_TURNS:
        # A key that is not on the menu: the menu again, before anything reads it as a reply.
        return menu(VoiceResponse(), household=household, attempt=attempt, turn=turn + 1,
                    before=("invalid_choice",))
    try:
        said = handle_call_choice(session, household, digits, speech, message)
        session.commit()
    except Exception as error:
        # The error's own words may quote the parent's: its type and frames only.
        log.error("call choice handler failed on message %s; kept for a person: %s",
                  message_id, values.failure(error))
        flag_for_a_person(session, message_id, "a choice made on a call")
        return goodbye("error")
    if isinstance(said, VoiceResponse):
        return said
    return _speak(session, household, attempt, said, turn)


def _speak(session: Session, household: Household, attempt: Attempt | None,
           said: str | list[str] | None, turn: int) -> VoiceResponse:
    """Say what the reply handler answered; keep listening when it asked a question."""
    texts = [said] if isinstance(said, str) else [t for t in (said or []) if t]
    response = VoiceResponse()
    session.refresh(household)
    if household.dialogue_state in AWAITING and turn < MAX_TURNS:
        gather = response.gather(
            input="dtmf speech", num_digits=1, timeout=6, speech_timeout="auto",
            language="en-GB", hints=HINTS, method="POST",
            action=_context_url("/twilio/call/gather", attempt=attempt, household=household,
                                turn=turn + 1),
        )
        for text in texts:
            gather.say(text, **VOICE)
        say(response, "goodbye_not_heard")
    else:
        for text in texts or [render_template("voice/choice_received.txt").strip()]:
            response.say(text, **VOICE)
    response.hangup()
    return response


# --- a parent calling us -----------------------------------------------------------------

@bp.post("/voice")
@signed
def inbound_call():
    """A call to our number: a known family hears the menu; anyone else can leave a message."""
    session = db.session
    form = request.form
    sid = values.sid(form.get("CallSid"))
    if not sid:
        return twiml(goodbye())
    caller = values.address(form.get("From"))
    household_id = household_of(session, values.phone_number_in(caller))
    if first_time(session, f"voice:{sid}"):
        session.add(Message(
            direction=Direction.INBOUND, channel=MessageChannel.VOICE, provider_sid=sid,
            household_id=household_id, from_number=caller,
            to_number=values.address(form.get("To")), status=MessageState.RECEIVED,
            body="Called us" if household_id else "Called us from a number we do not know",
        ))
        session.commit()
    else:
        session.rollback()  # a repeat: answer the same, store nothing
    if household_id is not None:
        household = session.get(Household, household_id)
        return twiml(menu(VoiceResponse(), household=household, attempt=None, turn=1,
                          before=("inbound_known",)))
    response = VoiceResponse()
    say(response, "inbound_unknown")
    response.record(action=hook_url("/twilio/voice/recording"), method="POST",
                    max_length=120, timeout=5, finish_on_key="#", play_beep=True)
    say(response, "no_recording")
    response.hangup()
    return twiml(response)


@bp.post("/voice/recording")
@signed
def recording():
    """A message left by a caller we could not match: kept for the coordinators.

    An unknown caller has no practice, so no practice task can be raised: the
    message is kept with no household and status ``needs_person``, for the
    coordinators' list of messages nobody has matched yet.
    """
    session = db.session
    form = request.form
    recording_sid = values.sid(form.get("RecordingSid"))
    # Twilio's number: a malformed one is unknown, and the recording is still kept.
    duration = values.twilio_int(form.get("RecordingDuration"))
    url = storable(form.get("RecordingUrl")).strip()
    if not recording_sid or not url or (duration is not None and duration <= 0):
        return twiml(goodbye("no_recording"))
    if not first_time(session, f"recording:{recording_sid}"):
        session.rollback()
        return twiml(goodbye("recording_thanks"))
    caller = values.address(form.get("From"))
    household_id = household_of(session, values.phone_number_in(caller))
    length = "" if duration is None else f" ({duration} seconds)"
    message = Message(
        direction=Direction.INBOUND, channel=MessageChannel.VOICE, provider_sid=recording_sid,
        household_id=household_id, from_number=caller,
        to_number=values.address(form.get("To")),
        body=f"Left a voice message{length}: {url}", status=MessageState.NEEDS_PERSON,
    )
    session.add(message)
    session.commit()
    log.info("voice message stored as message %s (household %s)", message.id, household_id)
    return twiml(goodbye("recording_thanks"))
