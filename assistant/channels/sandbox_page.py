"""The demo phone (``/sandbox/phone?number=...``): a pretend handset for one number.

It shows the texts sent to and from the number, lets a person type a reply
(posted to ``/twilio/sms`` as a signed inbound text, exactly as Twilio would),
answer our latest call and book by pressing keys (played by
:mod:`assistant.channels.sandbox_calls` as Twilio plays TwiML), or call us.

Only with ``CHANNELS=sandbox`` (404 otherwise), and only for a signed-in user:
it shows a child's name and booking link and acts as the family. A practice
user sees only numbers of their own practice's families.
"""

from __future__ import annotations

import uuid

import phonenumbers
from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import or_, select
from wtforms import HiddenField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from assistant.channels import call_voicemail_url, hook_url
from assistant.channels import sandbox_calls as calls
from assistant.channels.sandbox import ACCOUNT_SID, behaviour, post_signed
from assistant.db import db
from assistant.models import Attempt, Household, Means, Message, Phone, Role, SandboxCall

bp = Blueprint("sandbox", __name__, url_prefix="/sandbox")
KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")


class ReplyForm(FlaskForm):
    number = HiddenField(validators=[DataRequired()])
    body = TextAreaField("Reply by text", validators=[DataRequired("Type a reply first."),
                                                      Length(max=640)])


class CallForm(FlaskForm):
    number = HiddenField(validators=[DataRequired()])


class KeysForm(FlaskForm):
    number = HiddenField(validators=[DataRequired()])
    call = HiddenField(validators=[DataRequired()])
    digits = StringField(validators=[Length(max=1)])     # sent by the key pressed
    move = StringField(validators=[Length(max=16)])      # "silent" or "hangup"
    speech = StringField("Or say something", validators=[Length(max=200)])


@bp.before_app_request
def _demo_database_known() -> None:
    # Once per app, before any transaction: is this the demo's database (any hour)?
    if "SEND_ANY_HOUR" not in current_app.config:
        from assistant.demo import refresh_any_hour

        refresh_any_hour()


@bp.before_request
def _sandbox_only():
    if current_app.config["CHANNELS"] != "sandbox":
        abort(404)
    if not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
    return None


def _number(raw: str | None) -> str:
    try:
        parsed = phonenumbers.parse(raw or "", "GB")
    except phonenumbers.NumberParseException:
        parsed = None
    # "Possible", not "valid": the demo's numbers are Ofcom's drama range, which
    # phonenumbers rightly calls invalid for real use.
    if parsed is None or not phonenumbers.is_possible_number(parsed):
        abort(400, "Give a UK phone number, for example ?number=07700900596.")
    number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if current_user.role is Role.PRACTICE and not _practice_number(number):
        abort(404)  # what a user may not see is not there
    return number


def _practice_number(number: str) -> bool:
    return db.session.scalar(
        select(Phone.id).join(Household, Household.id == Phone.household_id)
        .where(Phone.e164 == number, Household.practice_id == current_user.practice_id)
    ) is not None


def _latest_call(number: str) -> Attempt | None:
    return db.session.scalar(
        select(Attempt).join(Phone, Attempt.phone_id == Phone.id)
        .where(Phone.e164 == number, Attempt.means == Means.CALL,
               Attempt.provider_sid.is_not(None))
        .order_by(Attempt.id.desc()).limit(1))


def _played(number: str) -> SandboxCall | None:
    return db.session.scalar(select(SandboxCall).where(SandboxCall.number == number)
                             .order_by(SandboxCall.id.desc()).limit(1))


def _ringing(number: str, attempt: Attempt | None) -> dict | None:
    """Our latest call, not yet answered on this phone: ringing, voicemail or missed."""
    if attempt is None or db.session.scalar(select(SandboxCall.id).where(
            SandboxCall.call_sid == attempt.provider_sid)) is not None:
        return None
    outcome = behaviour(number).call
    if outcome == "machine":
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        params = {"CallSid": attempt.provider_sid or "", "AccountSid": ACCOUNT_SID,
                  "From": calls.ours(), "To": number, "Direction": "outbound-api",
                  "CallStatus": "in-progress"}
        twiml = post_signed(app, call_voicemail_url(attempt.id), params).get_data(True)
        return {"kind": "voicemail", "words": _spoken(twiml)}
    return {"kind": "ringing" if outcome == "human" else outcome, "words": []}


def _spoken(twiml: str) -> list[str]:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(twiml)  # noqa: S314 - our own TwiML
    except ET.ParseError:
        return []
    return [say.text.strip() for say in root.iter("Say") if say.text]


@bp.get("/phone")
def phone():
    """The pretend handset for ``?number=``."""
    number = _number(request.args.get("number"))
    messages = db.session.scalars(
        select(Message).where(or_(Message.to_number == number, Message.from_number == number))
        .order_by(Message.created_at, Message.id)).all()
    played = _played(number)
    return render_template(
        "sandbox/phone.html", number=number, messages=messages,
        waiting=any(m.waiting for m in messages), ringing=_ringing(number, _latest_call(number)),
        played=played, keys=KEYS, behaviour=behaviour(number), ours=calls.ours(),
        reply_form=ReplyForm(number=number), call_form=CallForm(number=number),
        keys_form=KeysForm(number=number, call=str(played.id) if played else ""),
        title="Demo phone")


def _back(number: str):
    return redirect(url_for("sandbox.phone", number=number) + "#call")


def _refused(form: FlaskForm, number: str):
    if "csrf_token" in form.errors:  # posted from elsewhere, or a page left open too long
        abort(400, "This form has expired. Please go back, reload the page and try again.")
    for errors in form.errors.values():
        for error in errors:
            flash(error)
    return redirect(url_for("sandbox.phone", number=number))


@bp.post("/phone/reply")
def reply():
    """Send a text from the pretend handset, as Twilio would deliver it to us."""
    form = ReplyForm()
    number = _number(form.number.data)
    if not form.validate_on_submit():
        return _refused(form, number)
    sid = "SM" + uuid.uuid4().hex
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    post_signed(app, hook_url("/twilio/sms"), {
        "MessageSid": sid, "SmsSid": sid, "AccountSid": ACCOUNT_SID, "From": number,
        "To": calls.ours(), "Body": form.body.data.strip(), "NumMedia": "0",
        "ApiVersion": "2010-04-01"})
    return redirect(url_for("sandbox.phone", number=number))


@bp.post("/phone/answer")
def answer():
    """Answer our latest call, as a person would: the call starts playing."""
    form = CallForm()
    number = _number(form.number.data)
    if not form.validate_on_submit():
        return _refused(form, number)
    attempt = _latest_call(number)
    if attempt is None or _ringing(number, attempt) is None:
        flash("There is no call ringing on this phone.")
        return _back(number)
    calls.answer(number, attempt.provider_sid or "", attempt.id)
    db.session.commit()
    return _back(number)


@bp.post("/phone/call")
def call_us():
    """Call our number from this phone."""
    form = CallForm()
    number = _number(form.number.data)
    if not form.validate_on_submit():
        return _refused(form, number)
    calls.call_us(number)
    db.session.commit()
    return _back(number)


@bp.post("/phone/press")
def press():
    """Press a key, say something, say nothing, or hang up on the call being played."""
    form = KeysForm()
    number = _number(form.number.data)
    if not form.validate_on_submit():
        return _refused(form, number)
    call = db.session.get(SandboxCall, int(form.call.data)) if form.call.data.isdigit() else None
    if call is None or call.number != number or call.position is None:
        flash("There is no call waiting for an answer.")
        return _back(number)
    if form.move.data == "hangup":
        calls.hang_up(call)
    elif form.move.data == "silent":
        calls.stay_silent(call)
    elif form.digits.data in KEYS:
        calls.press(call, digits=form.digits.data)
    elif (form.speech.data or "").strip():
        calls.press(call, speech=form.speech.data.strip())
    else:
        flash("Press a key or type what you would say.")
    db.session.commit()
    return _back(number)
