"""``assistant report``: the counts the service is paid and audited on."""

from __future__ import annotations

import json
import re

import click
from flask.cli import with_appcontext

from assistant.db import db
from assistant.records.reports import report as build_report

# Service years the report can be asked for: the service did not run before 2000.
FIRST_YEAR, LAST_YEAR = 2000, 2099


def parse_year(text: str) -> int:
    """A service year typed as YYYY (the year that starts on 1 April YYYY)."""
    text = text.strip()
    if not re.fullmatch(r"\d{4}", text) or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise click.UsageError(
            f"--year {text!r} is not a year: give the year the service year starts in, "
            "e.g. --year 2026 for 1 April 2026 to 31 March 2027.")
    return int(text)


@click.command("report")
@click.option("--practice", "ods_code", help="Only this practice (ODS code).")
@click.option("--year", "year_text", metavar="YYYY",
              help="Add the year-end counts for the service year from 1 April YYYY "
                   "to 31 March YYYY+1.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable counts on stdout.")
@with_appcontext
def report(ods_code: str | None, year_text: str | None, as_json: bool) -> None:
    """Counts per practice and overall, in children."""
    year = parse_year(year_text) if year_text is not None else None
    counts = build_report(db.session, ods_code.strip().upper() if ods_code else None, year)
    if ods_code and not counts["practices"]:
        raise click.UsageError(f"no practice with ODS code {ods_code!r}")
    if as_json:
        click.echo(json.dumps(counts, indent=2, sort_keys=True))
        return
    if year is not None:
        click.echo(f"Service year 1 April {year} to 31 March {year + 1}")
    for name, figures in [("All practices", counts["total"]), *counts["practices"].items()]:
        click.echo(_describe(name, figures))


def _describe(name: str, c: dict) -> str:
    attempts = ", ".join(f"{n}: {c['attempts'][n]}" for n in ("1", "2", "3"))
    replies = ", ".join(f"{k} {v}" for k, v in c["replies"].items() if v) or "none"
    text = (f"{name}\n  cohort {c['cohort']} children in {c['households']} households, "
            f"no longer due {c['no_longer_due']}\n"
            f"  attempts {attempts}\n  replies {replies}\n"
            f"  referred {c['referred']}, exception reported {c['exception_reported']}, "
            f"no contact {c['no_contact']}\n  booked {c['booked']}, attended {c['attended']}")
    if "year_end" in c:
        y = c["year_end"]
        text += (f"\n  year end: exception reported (refused) {y['exception_reported_refused']}"
                 f", (declined) {y['exception_reported_declined']}, no contact "
                 f"{y['no_contact']}, referred {y['referred']}")
    return text


COMMANDS = [report]
