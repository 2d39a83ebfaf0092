"""``assistant report``: the counts the service is paid and audited on."""

from __future__ import annotations

import json

import click
from flask.cli import with_appcontext

from assistant.db import db
from assistant.records.reports import report as build_report


@click.command("report")
@click.option("--practice", "ods_code", help="Only this practice (ODS code).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable counts on stdout.")
@with_appcontext
def report(ods_code: str | None, as_json: bool) -> None:
    """Counts per practice and overall, in children."""
    counts = build_report(db.session, ods_code.upper() if ods_code else None)
    if ods_code and not counts["practices"]:
        raise click.UsageError(f"no practice with ODS code {ods_code!r}")
    if as_json:
        click.echo(json.dumps(counts, indent=2, sort_keys=True))
        return
    for name, figures in [("All practices", counts["total"]), *counts["practices"].items()]:
        click.echo(_describe(name, figures))


def _describe(name: str, c: dict) -> str:
    attempts = ", ".join(f"{n}: {c['attempts'][n]}" for n in ("1", "2", "3"))
    replies = ", ".join(f"{k} {v}" for k, v in c["replies"].items() if v) or "none"
    return (f"{name}\n  cohort {c['cohort']} children in {c['households']} households\n"
            f"  attempts {attempts}\n  replies {replies}\n"
            f"  referred {c['referred']}, exception reported {c['exception_reported']}, "
            f"no contact {c['no_contact']}\n  booked {c['booked']}, attended {c['attended']}")


COMMANDS = [report]
