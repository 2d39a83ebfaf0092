"""``/exports/codes.csv`` and ``/exports/codes.fhir.json``: ``assistant export-codes``
in the browser, for practice users (their own children) and admins (``interfaces.md`` §6).

The response is streamed from the same generator as the command, so a year of
codes never sits in memory, and the two cannot disagree.
"""

from __future__ import annotations

from datetime import date, datetime

from flask import Blueprint, Response, abort, render_template, request, stream_with_context
from flask_login import current_user, login_required

from assistant import clock
from assistant.console.scope import practice_asked_for, practice_choices
from assistant.db import db
from assistant.models import Practice, Role
from assistant.records import exports

bp = Blueprint("exports", __name__, url_prefix="/exports")

FORMATS = {"csv": ("text/csv; charset=utf-8", "csv"),
           "fhir": ("application/fhir+json; charset=utf-8", "fhir.json")}


def export_scope(user) -> Practice | None:
    """The practice whose children ``user`` may export (None: every practice):
    ``scope.practice_asked_for``, for practice users and admins only (coordinators load
    nothing into a GP record). 404 for anything the user may not see."""
    if user.role not in (Role.ADMIN, Role.PRACTICE):
        abort(404)
    return practice_asked_for(user)


def _since() -> date | None:
    text = (request.args.get("since") or "").strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        abort(400, f"{text!r} is not a date: use YYYY-MM-DD, e.g. since=2026-04-01.")


def _export(fmt: str) -> Response:
    practice = export_scope(current_user)
    practice_id, name = (practice.id, practice.ods_code) if practice else (None, "all")
    since = _since()
    mimetype, suffix = FORMATS[fmt]
    today = clock.local(clock.now()).date().isoformat()
    chunks = exports.export(db.session, fmt, practice_id, since)
    response = Response(stream_with_context(chunks), mimetype=mimetype)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="codes-{name}-{today}.{suffix}"')
    response.headers["Cache-Control"] = "no-store"  # NHS numbers: never kept by a proxy
    return response


@bp.route("/")
@login_required
def index():
    """The exports page: the two files, all codes or since a date; admins pick a practice."""
    practice = export_scope(current_user)
    choices = practice_choices(current_user)
    return render_template("console/exports.html", title="Exports", practice=practice,
                           choices=choices, since=_since(),
                           today=clock.local(clock.now()).date())


@bp.route("/codes.csv")
@login_required
def codes_csv() -> Response:
    """The coded events as CSV, formula-looking cells neutralised."""
    return _export("csv")


@bp.route("/codes.fhir.json")
@login_required
def codes_fhir() -> Response:
    """The coded events as one FHIR R4 Bundle."""
    return _export("fhir")
