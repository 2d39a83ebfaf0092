"""``assistant record-attempt`` (``export-codes`` is in ``cli/exports.py``)."""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta

import click
from flask.cli import with_appcontext
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.attempts.rules import PathwayError, describe_means
from assistant.attempts.schedule import record_staff_attempt
from assistant.db import db
from assistant.models import Child, Household, Means, User


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


COMMANDS = [record_attempt]
