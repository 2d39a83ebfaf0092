"""The practice pages' forms (Flask-WTF: each carries and checks its CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, HiddenField, RadioField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, ValidationError

UPLOAD_KINDS = [SelectChoice("cohort", "Cohort (children with missing vaccines)"),
                SelectChoice("slots", "Protected appointment slots")]
CSV_TYPES = {"text/csv", "application/csv", "text/plain", "application/vnd.ms-excel",
             "application/octet-stream", ""}


class AttendanceForm(FlaskForm):
    """Attended or did not attend (the button pressed)."""

    attended = RadioField(choices=[SelectChoice("yes", "Attended"),
                                   SelectChoice("no", "Did not attend")],
                          validators=[InputRequired("Say whether the child came.")])


class UploadForm(FlaskForm):
    """A cohort or slots CSV, as ``interfaces.md`` §2."""

    kind = RadioField("What is in the file?", choices=UPLOAD_KINDS,
                      validators=[InputRequired("Choose what the file holds.")])
    file = FileField("CSV file", validators=[FileRequired("Choose a CSV file to upload.")])
    full = BooleanField("This file is the complete list (full extract)")

    def validate_file(self, field: FileField) -> None:
        check_csv(field)

    def validate_full(self, field: BooleanField) -> None:
        if field.data and self.kind.data != "cohort":
            raise ValidationError("Only a cohort file can be the complete list: untick "
                                  "'complete list' for a slots file.")


class FullExtractForm(FlaskForm):
    """The same cohort file chosen again, with the signed result of its dry run."""

    check = HiddenField(validators=[InputRequired("Upload the file again to check it.")])
    file = FileField("Choose the same file again",
                     validators=[FileRequired("Choose the file you checked.")])

    def validate_file(self, field: FileField) -> None:
        check_csv(field)


def check_csv(field: FileField) -> None:
    """A form's file field holds a CSV by its name and type (its content is the import's
    to check): shared by every upload form."""
    upload = field.data
    name = (getattr(upload, "filename", "") or "").lower()
    if not name.endswith(".csv") or upload.mimetype not in CSV_TYPES:
        raise ValidationError("The file must be a CSV file (.csv), saved from a "
                              "spreadsheet or your clinical system as CSV.")
