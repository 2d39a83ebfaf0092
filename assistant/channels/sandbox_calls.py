"""Calls on the demo phone, played as Twilio plays TwiML.

Each step fetches our own (signed) voice hooks and follows the TwiML they
answer, verb by verb, as Twilio does:

- ``<Say>`` is heard (added to the call's transcript); ``<Pause>`` passes;
- ``<Gather>`` says what it holds and then **waits**: the call is stored with the
  document and the Gather's place, and the demo phone offers the keys. A key or
  speech is posted to the Gather's ``action`` and its answer is played; "say
  nothing" carries on with the verbs after the Gather, as Twilio does after its
  timeout;
- ``<Redirect>`` is followed; ``<Hangup>``, ``<Reject>`` or the end of the
  document ends the call; ``<Record>`` records nothing here (silence).

The state lives in ``sandbox_calls`` (not the browser), so a reload, another tab
or a second person sees the same call.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET

from flask import current_app

from assistant.channels import call_answer_url, hook_url
from assistant.channels.sandbox import ACCOUNT_SID, SANDBOX_FROM, post_signed
from assistant.db import db
from assistant.models import SandboxCall

MAX_HOPS = 12   # redirects followed in one step before we call it a loop
CALL = "call"   # who spoke, in SandboxCall.heard
YOU = "you"
ENDED = "ended"


def ours() -> str:
    """Our number in the demo: TWILIO_FROM_NUMBER, else the sandbox's drama number."""
    return current_app.config.get("TWILIO_FROM_NUMBER") or SANDBOX_FROM


def _params(call: SandboxCall) -> dict[str, str]:
    """What Twilio posts about the call with every request."""
    parent, us = call.number, ours()
    return {"CallSid": call.call_sid, "AccountSid": ACCOUNT_SID,
            "From": parent if call.inbound else us, "To": us if call.inbound else parent,
            "Direction": "inbound" if call.inbound else "outbound-api",
            "CallStatus": "in-progress", "ApiVersion": "2010-04-01"}


def answer(number: str, call_sid: str, attempt_id: int) -> SandboxCall:
    """The parent answers our outbound call ``call_sid`` (attempt ``attempt_id``)."""
    call = SandboxCall(call_sid=call_sid, number=number, inbound=False, heard=[])
    db.session.add(call)
    _play(call, _fetch(call, call_answer_url(attempt_id)))
    return call


def call_us(number: str) -> SandboxCall:
    """The parent calls our number (the inbound voice hook)."""
    call = SandboxCall(call_sid="CA" + uuid.uuid4().hex, number=number, inbound=True, heard=[])
    db.session.add(call)
    _play(call, _fetch(call, hook_url("/twilio/voice")))
    return call


def press(call: SandboxCall, *, digits: str | None = None, speech: str | None = None) -> None:
    """A key (or words) at the Gather the call waits at: posted to its action, then played."""
    if call.position is None or not call.action:
        return
    params = _params(call)
    if digits:
        params["Digits"] = digits
        _hear(call, YOU, f"pressed {digits}")
    else:
        params.update(SpeechResult=speech or "", Confidence="0.9")
        _hear(call, YOU, f"said “{speech}”")
    _play(call, _fetch(call, call.action, params))


def stay_silent(call: SandboxCall) -> None:
    """Nothing pressed or said: Twilio's Gather times out and the verbs after it play."""
    if call.position is None or not call.twiml:
        return
    _hear(call, YOU, "said nothing")
    _play(call, call.twiml, start=call.position + 1)


def hang_up(call: SandboxCall) -> None:
    """The parent puts the phone down."""
    if call.position is not None:
        _hear(call, YOU, "hung up")
        _end(call)


def _fetch(call: SandboxCall, url: str, params: dict[str, str] | None = None) -> str:
    # The hook runs in this app context, so on this session: the call is saved first,
    # or a hook's rollback (a repeated key, say) would take it away.
    params = params or _params(call)
    db.session.commit()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    return post_signed(app, url, params).get_data(as_text=True)


def _play(call: SandboxCall, twiml: str, start: int = 0) -> None:
    """Run ``twiml`` from verb ``start`` until a Gather waits or the call ends."""
    for _ in range(MAX_HOPS):
        try:
            root = ET.fromstring(twiml)  # noqa: S314 - our own hooks' TwiML
        except ET.ParseError:
            _hear(call, CALL, "(the call's instructions could not be read)")
            return _end(call)
        verbs = list(root)
        redirect = None
        for index in range(start, len(verbs)):
            verb = verbs[index]
            if verb.tag == "Say" and verb.text:
                _hear(call, CALL, verb.text.strip())
            elif verb.tag == "Gather":
                for say in verb.iter("Say"):
                    if say.text:
                        _hear(call, CALL, say.text.strip())
                call.twiml, call.position, call.action = twiml, index, verb.get("action")
                return None
            elif verb.tag == "Redirect" and verb.text:
                redirect = verb.text.strip()
                break
            elif verb.tag in ("Hangup", "Reject"):
                return _end(call)
        if redirect is None:
            return _end(call)   # the end of the document: Twilio hangs up
        twiml, start = _fetch(call, redirect), 0
    _hear(call, CALL, "(the call went round in circles and was ended)")
    return _end(call)


def _hear(call: SandboxCall, who: str, words: str) -> None:
    call.heard = [*call.heard, [who, words]]   # a new list, so the JSON column is saved


def _end(call: SandboxCall) -> None:
    call.twiml = call.action = call.position = None
    _hear(call, ENDED, "The call ended.")
