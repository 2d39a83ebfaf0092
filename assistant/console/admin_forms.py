"""The admin pages' forms (Flask-WTF, CSRF checked)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, PasswordField, SelectField, StringField, TimeField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from assistant.attempts import rules
from assistant.models import Role

MIN_PASSWORD = 10
PASSWORD_RULE = f"Use a password of at least {MIN_PASSWORD} characters."


class UserForm(FlaskForm):
    """A new console login."""

    email = StringField("Email", validators=[DataRequired("Give the person's email.")])
    role = SelectField("Role", choices=[SelectChoice(r.value) for r in Role])
    practice = StringField("Practice ODS code (practice users)", validators=[Optional()])
    password = PasswordField("Password", validators=[
        InputRequired(PASSWORD_RULE), Length(min=MIN_PASSWORD, message=PASSWORD_RULE)])

    def validate_email(self, field: StringField) -> None:
        local, _, domain = (field.data or "").strip().partition("@")
        if not local or "." not in domain or " " in field.data.strip():
            raise ValidationError("Give a real email address, such as name@nhs.net.")


class PasswordForm(FlaskForm):
    """A new password for someone who has forgotten theirs."""

    password = PasswordField("New password", validators=[
        InputRequired(PASSWORD_RULE), Length(min=MIN_PASSWORD, message=PASSWORD_RULE)])


class DeactivateForm(FlaskForm):
    """Deactivate: only the token."""


class PracticeSettingsForm(FlaskForm):
    """A practice's pathway settings (pathway.md §2 and §6)."""

    attempt_order = StringField("Attempt order", validators=[DataRequired(
        "Give the order, for example sms,call,letter.")])
    attempt_spacing_days = IntegerField("Days between attempts", validators=[
        InputRequired("Give the days between attempts."),
        NumberRange(1, 28, "Give between 1 and 28 days.")])
    slot_release_time = TimeField("Unbooked slots released at", validators=[
        InputRequired("Give a time such as 12:00.")])
    slot_release_days = IntegerField("Working days before the slot", validators=[
        InputRequired("Give the working days before."),
        NumberRange(0, 5, "Give between 0 and 5 working days.")])

    def validate_attempt_order(self, field: StringField) -> None:
        try:
            rules.parse_order(field.data)
        except rules.PathwayError as problem:
            raise ValidationError(f"The attempt order is not right: {problem}.") from problem
