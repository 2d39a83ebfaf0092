"""The demo phone (``/sandbox/phone?number=...``): a pretend handset for one number.

It shows the texts sent to and from the number, lets a person type a reply
(posted to ``/twilio/sms`` as a signed inbound text, exactly as Twilio would)
and answer the latest call's menu (posted to the call's gather hook). Only
when ``CHANNELS=sandbox``; 404 otherwise.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET

import phonenumbers
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from sqlalchemy import or_, select

from assistant.channels import call_answer_url, call_voicemail_url, hook_url
from assistant.channels.sandbox import ACCOUNT_SID, SANDBOX_FROM, behaviour, post_signed
from assistant.db import db
from assistant.models import Attempt, Means, Message, Phone

bp = Blueprint("sandbox", __name__, url_prefix="/sandbox")


@bp.before_request
def _sandbox_only() -> None:
    # Its forms carry the app's CSRF token (CSRFProtect checks every POST).
    if current_app.config["CHANNELS"] != "sandbox":
        abort(404)


def _number(raw: str | None) -> str:
    try:
        parsed = phonenumbers.parse(raw or "", "GB")
    except phonenumbers.NumberParseException:
        parsed = None
    # "Possible", not "valid": the demo's numbers are Ofcom's drama range, which
    # phonenumbers rightly calls invalid for real use.
    if parsed is None or not phonenumbers.is_possible_number(parsed):
        abort(400, "Give a UK phone number, for example ?number=07700900596.")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _ours() -> str:
    return current_app.config.get("TWILIO_FROM_NUMBER") or SANDBOX_FROM


def spoken(twiml_text: str) -> list[str]:
    """The words a caller would hear in a TwiML document, in order."""
    try:
        root = ET.fromstring(twiml_text)  # noqa: S314 - our own TwiML, not outside input
    except ET.ParseError:
        return []
    return [say.text.strip() for say in root.iter("Say") if say.text]


def _next_gather(twiml_text: str) -> str | None:
    try:
        root = ET.fromstring(twiml_text)  # noqa: S314 - our own TwiML
    except ET.ParseError:
        return None
    gather = root.find(".//Gather")
    return gather.get("action") if gather is not None else None


def _latest_call(number: str) -> Attempt | None:
    return db.session.scalar(
        select(Attempt).join(Phone, Attempt.phone_id == Phone.id)
        .where(Phone.e164 == number, Attempt.means == Means.CALL,
               Attempt.provider_sid.is_not(None))
        .order_by(Attempt.id.desc()).limit(1))


def _call_view(number: str, call: Attempt | None) -> dict | None:
    """What the latest call said: the menu to a person, the voicemail to a machine."""
    if call is None:
        return None
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    params = {"CallSid": call.provider_sid or "", "AccountSid": ACCOUNT_SID, "From": _ours(),
              "To": number, "Direction": "outbound-api", "CallStatus": "in-progress"}
    outcome = behaviour(number).call
    if outcome == "machine":
        words = spoken(post_signed(app, call_voicemail_url(call.id), params).get_data(True))
        return {"attempt": call, "kind": "voicemail", "words": words, "action": None}
    if outcome != "human":
        return {"attempt": call, "kind": outcome, "words": [], "action": None}
    answer = post_signed(app, call_answer_url(call.id) + "?wait=2",
                         {**params, "AnsweredBy": "human"}).get_data(True)
    key = f"sandbox_action:{call.id}"
    # Once keys were pressed, the page follows the call's own TwiML ("" = it hung up).
    action = (session[key] or None) if key in session else _next_gather(answer)
    return {"attempt": call, "kind": "menu", "words": spoken(answer), "action": action}


@bp.get("/phone")
def phone():
    """The pretend handset for ``?number=``."""
    number = _number(request.args.get("number"))
    messages = db.session.scalars(
        select(Message).where(or_(Message.to_number == number, Message.from_number == number))
        .order_by(Message.created_at, Message.id)).all()
    return render_template("sandbox/phone.html", number=number, messages=messages,
                           waiting=any(m.waiting for m in messages),
                           call=_call_view(number, _latest_call(number)),
                           behaviour=behaviour(number), ours=_ours(), title="Demo phone")


@bp.post("/phone/reply")
def reply():
    """Send a text from the pretend handset, as Twilio would deliver it to us."""
    number = _number(request.form.get("number"))
    body = (request.form.get("body") or "").strip()
    if not body:
        flash("Type a reply first.")
        return redirect(url_for("sandbox.phone", number=number))
    sid = "SM" + uuid.uuid4().hex
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    post_signed(app, hook_url("/twilio/sms"), {
        "MessageSid": sid, "SmsSid": sid, "AccountSid": ACCOUNT_SID, "From": number,
        "To": _ours(), "Body": body, "NumMedia": "0", "ApiVersion": "2010-04-01"})
    return redirect(url_for("sandbox.phone", number=number))


@bp.post("/phone/press")
def press():
    """Press a key (or say something) on the latest call's menu."""
    number = _number(request.form.get("number"))
    call = _latest_call(number)
    view = _call_view(number, call)
    action = view["action"] if view else None
    if call is None or not action:
        flash("There is no call waiting for an answer.")
        return redirect(url_for("sandbox.phone", number=number))
    params = {"CallSid": call.provider_sid or "", "AccountSid": ACCOUNT_SID, "From": _ours(),
              "To": number, "Direction": "outbound-api"}
    if request.form.get("digits"):
        params["Digits"] = request.form["digits"][:1]
    else:
        params["SpeechResult"] = (request.form.get("speech") or "").strip()
        params["Confidence"] = "0.9"
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    answer = post_signed(app, action, params).get_data(True)
    # Follow the TwiML: a further question keeps the call open for another key.
    session[f"sandbox_action:{call.id}"] = _next_gather(answer) or ""
    for words in spoken(answer):
        flash(f"The call says: {words}")
    return redirect(url_for("sandbox.phone", number=number))
