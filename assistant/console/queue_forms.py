"""The queue's and the task list's forms (Flask-WTF: each carries and checks its CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import SelectField
from wtforms.validators import Optional

from assistant.console.practice_forms import check_csv


class ReferralForm(FlaskForm):
    """A practice's list of hesitant children: ``nhs_number, practice_ods_code, note``."""

    file = FileField("Referral list (CSV)",
                     validators=[FileRequired("Choose a CSV file to upload.")])

    def validate_file(self, field: FileField) -> None:
        check_csv(field)


class TaskForm(FlaskForm):
    """Done, or assign to me: the button is the action, the token is the whole form."""


class AssignForm(FlaskForm):
    """Assign a task to a team member (``user_id``; empty: to the person pressing)."""

    user_id = SelectField("Assign to", coerce=lambda v: int(v) if v else None,
                          validators=[Optional()], validate_choice=False)
