"""``assistant export-codes``: the coded events as CSV or a FHIR R4 Bundle on stdout."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from assistant.db import db
from assistant.models import Practice

if TYPE_CHECKING:
    from assistant.records import exports


def parse_date(text: str) -> date:
    """A date typed as YYYY-MM-DD or DD/MM/YYYY (never US order)."""
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise click.BadParameter(f"{text!r} is not a date; use YYYY-MM-DD or DD/MM/YYYY")


class _Counted:
    """Passes rows through, counting them, for the closing message on stderr."""

    def __init__(self, rows: Iterator[exports.Row]) -> None:
        self.rows, self.n = rows, 0

    def __iter__(self) -> Iterator[exports.Row]:
        for row in self.rows:
            self.n += 1
            yield row


@click.command("export-codes")
@click.option("--practice", "ods_code", help="Only this practice's children (ODS code).")
@click.option("--since", help="Only events on or after this local date (YYYY-MM-DD or "
                              "DD/MM/YYYY).")
@click.option("--format", "fmt", default="csv", show_default=True,
              type=click.Choice(["csv", "fhir"], case_sensitive=False),
              help="csv, or fhir: one FHIR R4 Bundle (type collection).")
@with_appcontext
def export_codes(ods_code: str | None, since: str | None, fmt: str) -> None:
    """The coded events on stdout, for the practice's clinical system.

    CSV columns: nhs_number, date_time (ISO 8601, local time with its UTC offset),
    snomed_code, term, free_text, practice_ods_code; cells a spreadsheet would run
    as a formula are prefixed with '. FHIR: a Bundle with a Patient per child and
    an Observation per coded event, with the same figures.
    """
    from assistant.records import exports  # with the imports' cell rules: this command's own

    since_date = parse_date(since) if since else None
    session = db.session
    practice_id = None
    if ods_code:
        ods_code = ods_code.strip().upper()
        practice_id = session.scalar(select(Practice.id).where(Practice.ods_code == ods_code))
        if practice_id is None:
            raise click.UsageError(f"no practice with ODS code {ods_code!r}")
    fmt = fmt.lower()
    query = exports.coded_events(practice_id, since_date, by_child=fmt == "fhir")
    counted = _Counted(exports.rows(session, query))
    chunks = exports.fhir_chunks(counted) if fmt == "fhir" else exports.csv_chunks(counted)
    for chunk in chunks:
        sys.stdout.write(chunk)
    if fmt == "fhir":
        sys.stdout.write("\n")
    sys.stdout.flush()
    click.echo(f"{counted.n} coded events exported.", err=True)


COMMANDS = [export_codes]
