"""``assistant init-db``: create or migrate the migrate."""

from __future__ import annotations

import click
from flask.cli import with_appcontext


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create or migrate the database schema to the newest revision."""
    from assistant import migrate  # Alembic: loaded only for this command

    revision = migrate.upgrade()
    click.echo(f"Database is at revision {revision}.", err=True)


COMMANDS = [init_db]
