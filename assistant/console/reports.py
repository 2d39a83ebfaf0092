"""``/reports``: the §3 counts and the year-end counts as tables, with charts where a
picture reads faster (``interfaces.md`` §6). A practice user sees only their own."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from assistant.console import charts
from assistant.console.scope import practice_asked_for, practice_choices
from assistant.db import db
from assistant.models import Means
from assistant.records import reports

bp = Blueprint("reports", __name__)

# The §3 counts shown per practice, in the order of the pathway.
COUNT_COLUMNS = (
    ("cohort", "Children"), ("households", "Households"), ("no_longer_due", "No longer due"),
    ("contacted", "Contacted"), ("replied", "Replied"), ("referred", "Referred"),
    ("exception_reported", "Exception reported"), ("no_contact", "No contact"),
    ("booked", "Booked"), ("attended", "Attended"),
)
YEAR_END_COLUMNS = (
    ("exception_reported_refused", "Exception reported: refused"),
    ("exception_reported_declined", "Exception reported: declined after the coordinator"),
    ("no_contact", "No contact"), ("referred", "Referred"),
)
# The reply readers' figures (records.readers.report_columns), counted in replies.
READER_COLUMNS = (
    ("read", "Replies read"), ("rules_alone", "Read by the rules alone"),
    ("readers_differed", "Readers differed"), ("rules_overruled", "Rules overruled"),
    ("model_overruled", "Model overruled"),
)
MEANS = {Means.SMS: "Text", Means.CALL: "Phone call", Means.LETTER: "Letter",
         Means.STAFF_CALL: "Staff call", Means.HOME_VISIT: "Home visit",
         "recorded": "Recorded by staff"}  # the report's bucket for staff-recorded attempts


def _year() -> int:
    text = (request.args.get("year") or "").strip()
    if not text:
        return reports.current_service_year()
    if not re.fullmatch(r"(19|20)\d\d", text):
        abort(400, f"{text!r} is not a year: give the year the service year starts in, "
                   "e.g. year=2026 for 1 April 2026 to 31 March 2027.")
    return int(text)


def build_charts(counts: dict[str, Any], weeks: list) -> list[charts.Chart]:
    """The four pictures: the path to attended, attempts by means, replies by label,
    bookings by week."""
    path = [("Children due", counts["cohort"]), ("Contacted", counts["contacted"]),
            ("Replied", counts["replied"]), ("Booked", counts["booked"]),
            ("Attended", counts["attended"])]
    by_means: dict[str, int] = {}
    for per_number in counts["attempts_by_means"].values():
        for means, n in per_number.items():
            by_means[MEANS.get(means, means)] = by_means.get(MEANS.get(means, means), 0) + n
    replies = [(label.replace("_", " ").capitalize(), n)
               for label, n in counts["replies"].items()]
    week_items = [(f"w/c {monday.strftime('%-d %b %Y')}", n) for monday, n in weeks]
    return [
        charts.bar_chart("path", "From children due to attended", path),
        charts.bar_chart("means", "Attempts by means (children)", sorted(by_means.items())),
        charts.bar_chart("replies", "Replies by label (children)", replies),
        charts.column_chart("weeks", "Children booked by week of appointment", week_items),
    ]


@bp.route("/reports")
@login_required
def index():
    """The counts to date and the service year's year-end counts, per practice and total."""
    practice = practice_asked_for(current_user)
    year = _year()
    counts = reports.report(db.session, practice.ods_code if practice else None, year)
    scope = counts["practices"][practice.ods_code] if practice else counts["total"]
    weeks = reports.bookings_by_week(db.session, practice.id if practice else None, year)
    choices = practice_choices(current_user)
    return render_template(
        "console/reports.html", counts=counts, scope=scope, practice=practice, year=year,
        charts=build_charts(scope, weeks), count_columns=COUNT_COLUMNS,
        year_end_columns=YEAR_END_COLUMNS, reader_columns=READER_COLUMNS, choices=choices,
        means=MEANS,
    )
