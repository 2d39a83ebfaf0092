"""``assistant demo``: load the samples into a fresh sandbox database and say where to look."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import click
from flask import current_app
from flask.cli import with_appcontext

from assistant import clock

if TYPE_CHECKING:
    from assistant.demo import DemoSummary


@click.command("demo")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder with practices.csv, cohort.csv and slots.csv "
                   "(default: shared/data beside the repository).")
@click.option("--force", is_flag=True,
              help="Allow wiping a PostgreSQL database (DATABASE_URL) for the demo.")
@with_appcontext
def demo(data_dir: Path | None, force: bool) -> None:
    """Make a FRESH sandbox database with the sample practices, cohort and slots."""
    from assistant.demo import DemoError, default_data_dir, run_demo  # the demo's alone

    try:
        summary = run_demo(data_dir or default_data_dir(), force=force)
    except DemoError as error:
        click.echo(f"The demo did not run: {error}.", err=True)
        sys.exit(2)
    for what, result in (("practices", summary.practices), ("cohort", summary.cohort),
                         ("slots", summary.slots)):
        for rejection in result.rejected:
            click.echo(f"Sample {what}.csv line {rejection.line} left out: {rejection.reason}",
                       err=True)
    click.echo(_describe(summary, current_app.config["PUBLIC_BASE_URL"]))


def _first_work(s: DemoSummary, base_url: str) -> list[str]:
    texts, calls = s.first_work.get("texts_sent", 0), s.first_work.get("calls_started", 0)
    lines = ["", f"First contacts made now: {texts} texts and {calls} calls (the demo sends at "
             "any hour; nothing leaves this machine).", "Each family's demo phone shows its "
             "texts, for example:"]
    lines += [f"  {family:10} {base_url}/sandbox/phone?number={quote(number)}"
              for family, number in s.phones]
    if s.called:
        lines.append("Called just now (answer on the demo phone and book by pressing keys):")
        lines += [f"  {family:10} {base_url}/sandbox/phone?number={quote(number)}"
                  for family, number in s.called]
    return lines


def _describe(s: DemoSummary, base_url: str) -> str:
    first = (f"from {clock.local(s.first_slot):%A %d %B %H:%M}" if s.first_slot
             else "none (all sample slots are past)")
    return "\n".join([
        f"Demo database ready: {s.database}",
        "Channel: sandbox (no real texts or calls; messages land in the database).",
        f"  {s.practices.imported} practices",
        f"  {s.children} children in {s.households} households "
        f"({len(s.cohort.rejected)} sample rows left out)",
        f"  {s.slots.imported} protected slots, {first}",
        "",
        "Sign in (this password is shown once; run `assistant demo` again for a new one):",
        f"  {base_url}/",
        f"  email:    {s.email}",
        f"  password: {s.password}",
        *_first_work(s, base_url),
        "",
        "Then try:",
        "  assistant run       serve the pages and run the scheduler; open the address above",
        "  the home page       households: siblings grouped, vaccines due, how each can be reached",
        "  a demo phone        reply to a text, or answer a call and book by pressing keys",
        "  the queue           reply as a worried parent on a demo phone; the family waits at",
        "                      /coordinator/: open it, take it over, text, book or hand back",
        "  assistant tick      do any work due now (the scheduler in `run` does it too)",
        "  assistant report    the counts per practice",
    ])


COMMANDS = [demo]
