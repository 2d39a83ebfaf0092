"""A CSV uploaded in the browser goes through the same import as ``assistant import-*``.

A cohort marked as the complete list (``import-cohort --full``) is checked first: a
dry run says how many children would be no longer due, and only the same file,
chosen again with the signed result of that check, is then imported. Over 30% of a
practice's open children dropping is refused here, as the command refuses it.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from dataclasses import dataclass, field
from typing import IO, Any

from flask import Flask, current_app, render_template, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from assistant import imports
from assistant.console import scope
from assistant.db import db
from assistant.imports import ImportFailed, ImportResult, LargeDrop, Rejection
from assistant.models import Practice, User

log = logging.getLogger(__name__)
# A whole CHIS extract of 100,000 children is some 20 MB; anything past this is not a
# cohort or slot file (a 50 MB upload is refused before it is read).
MAX_UPLOAD_BYTES = 32 * 1024 * 1024
_UNKNOWN = re.compile(r"^practice (\S+) is not known")
# A full extract's check is good for this long: the same file must be chosen again
# within it, by the same person, or it is checked again.
CHECK_MAX_AGE_SECONDS = 3600
_CHECK_SALT = "full-extract-check"


@dataclass
class UploadReport:
    """What the import did, for the page: counts and each rejected or noted line."""

    kind: str
    result: ImportResult | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    # A full extract's dry run: nothing changed yet; ``check`` signs what was checked.
    preview: bool = False
    check: str | None = None
    large_drop: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return self.error is not None


def run_upload(kind: str, stream: IO[bytes], practice_id: int | None,
               **options: Any) -> UploadReport:
    """Import ``stream`` as ``kind`` ("cohort" or "slots"), limited to ``practice_id``;
    ``options`` go to the cohort import (``full``, ``practices``, ``dry_run``)."""
    function = imports.import_cohort if kind == "cohort" else imports.import_slots
    # The import writes through its own sessions: end this request's read first, so
    # SQLite's single writer is not kept waiting on our own open transaction.
    db.session.commit()
    try:
        result = function(stream, only_practice=practice_id, **options)
    except LargeDrop as failure:
        return UploadReport(kind, error=_too_many(failure.figures),
                            large_drop=failure.figures)
    except ImportFailed as failure:
        return UploadReport(kind, error=f"{failure}. Nothing was imported")
    except SQLAlchemyError as error:
        db.session.rollback()
        log.error("upload of %s stopped: %s", kind, type(error).__name__)
        return UploadReport(kind, error="the database refused a change. Rows already "
                                        "imported are kept; uploading the file again is safe")
    if practice_id is not None:
        _say_not_yours(result, practice_id)
    return UploadReport(kind, result=result)


def check_full_extract(data: bytes, user: User) -> UploadReport:
    """A dry run of ``data`` as the complete list of children still due: what would
    change, and (unless it cannot go ahead) a signed check for :func:`apply_full_extract`."""
    report = run_upload("cohort", io.BytesIO(data), _limited_to(user), full=True,
                        practices=_own_codes(user), dry_run=True)
    report.preview = True
    if not report.failed:
        report.check = _checks().dumps({"user": user.id, "sha256": _digest(data)})
    return report


def apply_full_extract(data: bytes, user: User, check: str) -> UploadReport:
    """Import ``data`` as the complete list, if it is the file ``check`` was made for,
    by this user, within the hour. Over 30% dropping is refused even then."""
    try:
        checked = _checks().loads(check, max_age=CHECK_MAX_AGE_SECONDS)
    except BadSignature:
        checked = None
    if not checked or checked.get("user") != user.id:
        return UploadReport("cohort", error="that check has expired or was not yours. "
                                            "Nothing was changed: upload the file again")
    if checked.get("sha256") != _digest(data):
        return UploadReport("cohort", error="this is not the file that was checked. "
                                            "Nothing was changed: upload it again to check it")
    return run_upload("cohort", io.BytesIO(data), _limited_to(user), full=True,
                      practices=_own_codes(user))


def _too_many(figures: dict[str, dict[str, int]]) -> str:
    said = "; ".join(f"{ods}: {f['no_longer_due']} of {f['open']} open children"
                     for ods, f in sorted(figures.items()))
    return (f"the file would mark more than 30% of a practice's open children as no longer "
            f"due ({said}). It may be cut short or filtered: check it is the whole "
            "extract. Nothing was changed. If the file is right, ask your data lead to "
            "import it with `assistant import-cohort --full --allow-large-drop`")


def _limited_to(user: User) -> int | None:
    return scope.practice_ids_of(user)


def _own_codes(user: User) -> list[str]:
    """A practice user's file is the complete list for their own practice only; the
    team's covers the practices its rows name (as the command without --practice)."""
    practice_id = _limited_to(user)
    if practice_id is None:
        return []
    return [db.session.scalar(select(Practice.ods_code).where(Practice.id == practice_id))]


def _checks() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_CHECK_SALT)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _say_not_yours(result: ImportResult, practice_id: int) -> None:
    """A row for another known practice: say so, rather than "not known"."""
    known = set(db.session.scalars(select(Practice.ods_code)))
    own = db.session.scalar(select(Practice.ods_code).where(Practice.id == practice_id))
    for i, rejection in enumerate(result.rejected):
        match = _UNKNOWN.match(rejection.reason)
        if match and match.group(1) in known:
            result.rejected[i] = Rejection(
                rejection.line, f"practice {match.group(1)} is not your practice: this upload "
                                f"can only add rows for {own}")


def init_app(app: Flask) -> None:
    """Limit request bodies, and answer an upload that is too large in plain words."""
    if app.config.get("MAX_CONTENT_LENGTH") is None:  # Flask's default is no limit
        app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES

    def too_large(error):
        if request.path.startswith("/twilio/"):
            return "Too large", 413
        limit = app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024)
        return render_template("web/error.html", title="That file is too large",
                               message=f"Files can be up to {limit} MB. Nothing was imported. "
                                       "Split the file into smaller files and upload each."), 413

    app.register_error_handler(413, too_large)
