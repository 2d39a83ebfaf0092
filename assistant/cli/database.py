"""``assistant init-db``: create or migrate the schema."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from assistant import schema


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create or migrate the database schema to the newest revision."""
    revision = schema.upgrade()
    click.echo(f"Database is at revision {revision}.", err=True)


COMMANDS = [init_db]
