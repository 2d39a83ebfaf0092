"""A CSV uploaded in the browser goes through the same import as ``assistant import-*``."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import IO

from flask import Flask, render_template, request
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from assistant import imports
from assistant.db import db
from assistant.imports import ImportFailed, ImportResult, Rejection
from assistant.models import Practice

log = logging.getLogger(__name__)
# A whole CHIS extract of 100,000 children is some 20 MB; anything past this is not a
# cohort or slot file (a 50 MB upload is refused before it is read).
MAX_UPLOAD_BYTES = 32 * 1024 * 1024
_UNKNOWN = re.compile(r"^practice (\S+) is not known")


@dataclass
class UploadReport:
    """What the import did, for the page: counts and each rejected or noted line."""

    kind: str
    result: ImportResult | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None


def run_upload(kind: str, stream: IO[bytes], practice_id: int | None, *,
               full: bool = False) -> UploadReport:
    """Import ``stream`` as ``kind`` ("cohort" or "slots"), limited to ``practice_id``."""
    function = imports.import_cohort if kind == "cohort" else imports.import_slots
    if full and kind == "cohort":
        complete = getattr(imports, "import_cohort_full", None)
        if complete is None:
            return UploadReport(kind, error="a complete-list (--full) import is not "
                                            "available yet; nothing was imported")
        function = complete
    # The import writes through its own sessions: end this request's read first, so
    # SQLite's single writer is not kept waiting on our own open transaction.
    db.session.commit()
    try:
        result = function(stream, only_practice=practice_id)
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
