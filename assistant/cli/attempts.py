"""``assistant export-codes`` and ``assistant record-attempt``."""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date, datetime, timedelta

import click
from flask.cli import with_appcontext
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.attempts.rules import PathwayError, describe_means
from assistant.attempts.schedule import record_staff_attempt
from assistant.db import db
from assistant.imports.csvsafe import safe_row
from assistant.models import Child, CodedEvent, Household, Means, Practice, User

COLUMNS = ("nhs_number", "date_time", "snomed_code", "term", "free_text", "practice_ods_code")


def _parse_date(text: str) -> date:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise click.BadParameter(f"{text!r} is not a date; use YYYY-MM-DD or DD/MM/YYYY")


@click.command("export-codes")
@click.option("--practice", "ods_code", help="Only this practice (ODS code).")
@click.option("--since", help="Only events on or after this local date (YYYY-MM-DD or "
                              "DD/MM/YYYY).")
@click.option("--format", "fmt", default="csv", show_default=True,
              type=click.Choice(["csv", "fhir"], case_sensitive=False),
              help="csv now; FHIR R4 (a Bundle) comes later and is refused until then.")
@with_appcontext
def export_codes(ods_code: str | None, since: str | None, fmt: str) -> None:
    """The coded events, as CSV on stdout, for the practice's clinical system.

    Columns: nhs_number, date_time (ISO 8601, local time with its UTC offset),
    snomed_code, term, free_text, practice_ods_code. Cells a spreadsheet would
    run as a formula are prefixed with '. FHIR R4 export is not available yet.
    """
    if fmt.lower() == "fhir":
        click.echo("FHIR R4 export is not available yet; use --format csv.", err=True)
        sys.exit(2)
    since_date = _parse_date(since) if since else None
    session = db.session
    query = (select(Child.nhs_number, CodedEvent.occurred_at, CodedEvent.snomed_code,
                    CodedEvent.term, CodedEvent.free_text, Practice.ods_code)
             .join(Child, Child.id == CodedEvent.child_id)
             .join(Practice, Practice.id == CodedEvent.practice_id)
             .order_by(CodedEvent.occurred_at, CodedEvent.id))
    if ods_code:
        ods_code = ods_code.strip().upper()
        if session.scalar(select(Practice.id).where(Practice.ods_code == ods_code)) is None:
            raise click.UsageError(f"no practice with ODS code {ods_code!r}")
        query = query.where(Practice.ods_code == ods_code)
    if since_date:
        start = clock.from_local(datetime.combine(since_date, datetime.min.time()))
        query = query.where(CodedEvent.occurred_at >= start)
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    rows = 0
    for nhs, at, code, term, free_text, ods in session.execute(
            query.execution_options(yield_per=1000)):
        local = clock.local(at).isoformat(timespec="seconds")
        writer.writerow(safe_row([nhs, local, code, term, free_text, ods]))
        rows += 1
    click.echo(f"{rows} coded events exported.", err=True)


def _find_household(session: Session, who: str) -> Household:
    who = re.sub(r"[\s-]", "", who)
    if re.fullmatch(r"\d{10}", who):
        child = session.scalar(select(Child).where(Child.nhs_number == who))
        if child is None:
            raise click.UsageError("no child with that NHS number")
        return child.household
    if re.fullmatch(r"[hH]?\d{1,9}", who):
        household = session.get(Household, int(who.lstrip("hH")))
        if household is None:
            raise click.UsageError(f"no household {who}")
        return household
    raise click.UsageError("give a child's NHS number (10 digits) or a household number")


def _parse_at(text: str | None) -> datetime:
    if not text:
        return clock.now()
    try:
        naive = datetime.fromisoformat(text.strip())
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a local time like 2026-11-23T14:30",
                                 param_hint="--at") from None
    at = clock.from_local(naive.replace(tzinfo=None)) if naive.tzinfo is None \
        else naive.astimezone(clock.now().tzinfo)
    if at > clock.now() + timedelta(minutes=5):
        raise click.BadParameter("an attempt cannot be recorded in the future",
                                 param_hint="--at")
    return at


@click.command("record-attempt")
@click.argument("who", metavar="NHS_NUMBER_OR_HOUSEHOLD")
@click.option("--means", required=True, type=click.Choice(["staff_call", "home_visit"]),
              help="staff_call: a call from the practice; home_visit: a visit.")
@click.option("--outcome", required=True, help='What happened, e.g. "no one in".')
@click.option("--at", "at_text", help="When, local time (YYYY-MM-DDTHH:MM); default now.")
@click.option("--user", "email", help="The staff member who made it (their login email).")
@click.option("--json", "as_json", is_flag=True, help="Print what was recorded as JSON.")
@with_appcontext
def record_attempt(who: str, means: str, outcome: str, at_text: str | None,
                   email: str | None, as_json: bool) -> None:
    """Record a contact attempt staff made themselves; it counts and is coded like the rest."""
    session = db.session
    household = _find_household(session, who)
    at = _parse_at(at_text)
    user_id = None
    if email:
        user_id = session.scalar(select(User.id).where(User.email == email.strip().lower()))
        if user_id is None:
            raise click.UsageError(f"no user with email {email!r}")
    try:
        attempt = record_staff_attempt(session, household, Means(means), outcome, at, user_id)
    except PathwayError as error:
        session.rollback()
        click.echo(f"Not recorded: {error}.", err=True)
        sys.exit(2)
    session.commit()
    children = len(household.children)
    if as_json:
        click.echo(json.dumps({"household": household.id, "attempt": attempt.number,
                               "means": means, "coded_children": children}))
    click.echo(f"Recorded attempt {attempt.number} ({describe_means(Means(means))}) for "
               f"household {household.id}, coded against {children} "
               f"child{'ren' if children != 1 else ''}.", err=True)


COMMANDS = [export_codes, record_attempt]
