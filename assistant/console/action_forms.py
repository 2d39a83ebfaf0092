"""The holder's forms on a household page: a text, a call made by hand, an outcome.

Flask-WTF forms (each carries and checks its CSRF token). Field names are the
ones ``interfaces.md`` §6 fixes: ``body``; ``outcome`` and ``note``; ``outcome``
with ``slot_id`` (repeated), ``reason`` and ``words``, or ``date``.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta

from flask_wtf import FlaskForm
from wtforms import Field, HiddenField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from assistant import clock
from assistant.channels.sms_text import segments, to_gsm

# A coordinator's own text may run longer than the assistant's two segments, not to a letter.
MAX_SEGMENTS = 3
CALL_OUTCOMES = [SelectChoice("spoke", "Spoke to the family"),
                 SelectChoice("no_answer", "No answer"),
                 SelectChoice("voicemail", "Left a voicemail"),
                 SelectChoice("wrong_number", "Wrong number")]
OUTCOMES = [SelectChoice("agreed", "Agreed: book appointments"),
            SelectChoice("declined", "Declined after our conversation"),
            SelectChoice("follow_up", "Follow up on a date")]
# How far ahead a follow-up may be put (a date years away is a typing slip).
FOLLOW_UP_WITHIN = timedelta(days=183)


def no_nul(form: FlaskForm, field: Field) -> None:
    """A NUL character is no one's words (and PostgreSQL cannot store it): refused."""
    if "\x00" in (field.data or ""):
        raise ValidationError("Remove the unusual character (NUL) from the text.")


def sms_body(text: str | None) -> str:
    """What is sent for ``text``: trimmed, typographic quotes and dashes made GSM-7."""
    return to_gsm((text or "").strip())


def counter(text: str | None) -> dict:
    """The segment and character count shown under the message box."""
    body = sms_body(text)
    counted = segments(body) if body else None
    return {"characters": len(body), "encoding": counted.encoding if counted else "GSM-7",
            "segments": counted.count if counted else 0, "max_segments": MAX_SEGMENTS}


class MessageForm(FlaskForm):
    """A text to the family from the person holding the household."""

    body = TextAreaField("Text message", validators=[
        InputRequired("Write the text to send."), no_nul,
        Length(max=1000, message="The text is too long: make it shorter.")])

    # A fresh key on each page: the same form sent twice texts the family once.
    form_key = HiddenField(validators=[no_nul])

    def new_key(self) -> MessageForm:
        self.form_key.data = secrets.token_urlsafe(12)
        return self

    def validate_body(self, field: TextAreaField) -> None:
        body = sms_body(field.data)
        if not body:
            raise ValidationError("Write the text to send.")
        if segments(body).count > MAX_SEGMENTS:
            raise ValidationError(
                f"The text is too long: it would go as {segments(body).count} texts. Keep it "
                f"to {MAX_SEGMENTS} ({MAX_SEGMENTS * 153} plain characters, fewer with "
                "emoji or characters outside the SMS alphabet).")


class CallForm(FlaskForm):
    """A call someone made by hand, with what happened."""

    outcome = RadioField("What happened?", choices=CALL_OUTCOMES,
                         validators=[InputRequired("Say what happened on the call.")])
    note = TextAreaField("Note (optional)", validators=[
        Optional(), no_nul, Length(max=2000, message="Keep the note under 2,000 characters.")])
    # Which number was called, when the family has more than one.
    phone_id = HiddenField()
    # A fresh key on each page: the same form sent twice records one call, not two.
    form_key = HiddenField(validators=[no_nul])

    def new_key(self) -> CallForm:
        self.form_key.data = secrets.token_urlsafe(12)
        return self


class BookByHandForm(FlaskForm):
    """The holder asks the practice to book the family by hand (an offer lapsed)."""

    note = StringField("Note for the practice (optional)", validators=[
        Optional(), no_nul, Length(max=300, message="Keep the note under 300 characters.")])


class SlotIdField(Field):
    """``slot_id`` repeated, one per child, in the order the children are listed."""

    def process_formdata(self, valuelist: list[str]) -> None:
        self.raw = list(valuelist)
        self.data = []
        for value in valuelist:
            value = (value or "").strip()
            # An id no row can have (over ten digits) would not even bind on SQLite.
            if not (value.isascii() and value.isdigit() and len(value) < 10):
                self.data = None
                return
            self.data.append(int(value))

    def _value(self) -> str:
        return ""


class OutcomeForm(FlaskForm):
    """What the family decided: agreed (a slot per child), declined, or follow up."""

    outcome = RadioField("Outcome", choices=OUTCOMES,
                         validators=[InputRequired("Choose an outcome.")])
    slot_id = SlotIdField("Appointment")
    # Required for "declined" only (checked below: Optional() would skip those checks).
    reason = StringField("Reason", validators=[
        no_nul, Length(max=200, message="Keep the reason under 200 characters.")])
    words = TextAreaField("The family's own words", validators=[
        no_nul, Length(max=2000, message="Keep the family's words under 2,000 characters.")])
    # Text, read strictly as YYYY-MM-DD below (a date field would refuse a blank for any
    # outcome); ``follow_up_day`` is the date read.
    date = StringField("Date")
    follow_up_day: date | None = None
    note = StringField("What to follow up (optional)", validators=[
        Optional(), no_nul, Length(max=300, message="Keep the note under 300 characters.")])

    def validate_slot_id(self, field: SlotIdField) -> None:
        if self.outcome.data != "agreed":
            return
        if field.data is None:
            raise ValidationError("Choose an appointment from the list for each child.")
        if not field.data or any(not i for i in field.data):
            raise ValidationError("Choose an appointment for each child.")

    def validate_reason(self, field: StringField) -> None:
        if self.outcome.data == "declined" and not (field.data or "").strip():
            raise ValidationError("Give the family's reason for declining.")

    def validate_words(self, field: TextAreaField) -> None:
        if self.outcome.data == "declined" and not (field.data or "").strip():
            raise ValidationError("Write down what the family said, in their own words.")

    def validate_date(self, field: StringField) -> None:
        if self.outcome.data != "follow_up":
            return
        self.follow_up_day = read_day(field.data)
        if self.follow_up_day is None:
            raise ValidationError("Give the follow-up date as YYYY-MM-DD, for example "
                                  f"{_example():%Y-%m-%d}.")
        problem = follow_up_problem(self.follow_up_day, clock.local(clock.now()).date())
        if problem:
            raise ValidationError(problem)


def read_day(text: str | None) -> date | None:
    """``YYYY-MM-DD`` (ASCII digits only) as a date; None when it is not one."""
    text = (text or "").strip()
    if not (len(text) == 10 and text.isascii() and text[4] == text[7] == "-"
            and (text[:4] + text[5:7] + text[8:]).isdigit()):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def follow_up_problem(day: date, today: date) -> str | None:
    """Why ``day`` cannot be a follow-up date (None: it can)."""
    if day < today:
        return "The follow-up date is in the past: choose today or a later working day."
    if not clock.is_working_day(day):
        return "That day is a weekend or a bank holiday: choose a working day."
    if day > today + FOLLOW_UP_WITHIN:
        return "Choose a follow-up date within the next six months."
    return None


def _example() -> date:
    return clock.add_working_days(clock.local(clock.now()).date(), 2)
