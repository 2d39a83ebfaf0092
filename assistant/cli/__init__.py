"""The ``assistant`` console script: a Flask command group over ``create_app()``.

Each area keeps its commands in a module of this package; ``COMMAND_MODULES``
lists them. Data goes to stdout, messages to stderr. Exit codes: 0 done,
1 done but found problems, 2 could not run.

Start-up is part of every command's time (``report --year`` is asked for by
people waiting at a terminal), so the command modules import their heavier
parts inside the command, and the commands in ``LEAN_COMMANDS`` run in an app
built without the web side. ``tests/test_cli_startup.py`` keeps it so.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

import click
from flask import current_app
from flask.cli import FlaskGroup, ScriptInfo, routes_command, shell_command

if TYPE_CHECKING:
    from flask import Flask

COMMAND_MODULES = [
    "assistant.cli.database",
    "assistant.cli.users",
    "assistant.cli.serve",
    "assistant.cli.report",
    "assistant.cli.attempts",
    "assistant.cli.exports",
    "assistant.cli.imports",
    "assistant.cli.demo",
    "assistant.cli.bookings",
    "assistant.cli.classify",
]

# Commands that need only the settings, the database and the logs: they run in an app
# without the web side (create_app(with_web=False)). Every other command gets the whole
# app: run serves it; tick, worker and demo send through the sandbox, which posts its
# callbacks to our own hooks; shell and routes show it. A new command is in neither list
# and so gets the whole app, which is always right, only slower to start.
LEAN_COMMANDS = frozenset({
    "init-db", "create-user", "report", "record-attempt", "export-codes", "import-practices",
    "import-slots", "import-cohort", "bookings", "mark-attendance", "classify",
})


def register_commands(app: Flask) -> None:
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        for command in module.COMMANDS:
            app.cli.add_command(command)


def _create_app_or_exit(with_web: bool = True) -> Flask:
    from assistant import create_app
    from assistant.config import ConfigError

    try:
        return create_app(with_web=with_web)
    except ConfigError as error:
        click.echo(f"Configuration error: {error}", err=True)
        sys.exit(2)


class AssistantGroup(FlaskGroup):
    """Flask's command group, building only the app the command given needs."""

    def __init__(self) -> None:
        super().__init__(create_app=self._create_app, add_default_commands=False,
                         help="The immunisation contact assistant.")
        self.given: str | None = None  # None while only listing the commands (--help)

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        # Flask loads the app here to find the command: say which one before it does.
        self.given = args[0] if args else None
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in LEAN_COMMANDS:
            return super().get_command(ctx, name)
        # One of ours: Flask would first load its plugins' commands to look among them
        # (flask-limiter's `limiter` brings its whole extension, about 0.05 s). Otherwise
        # as Flask does it: the app, its context for the command, the app's command.
        app = ctx.ensure_object(ScriptInfo).load_app()
        if not current_app or current_app._get_current_object() is not app:
            ctx.with_resource(app.app_context())
        return app.cli.get_command(ctx, name)

    def _create_app(self) -> Flask:
        return _create_app_or_exit(with_web=self.given is not None
                                   and self.given not in LEAN_COMMANDS)


def group() -> AssistantGroup:
    """The ``assistant`` command group, with Flask's ``shell`` and ``routes``."""
    commands = AssistantGroup()
    commands.add_command(shell_command)
    commands.add_command(routes_command)
    return commands


def main() -> None:
    group().main(prog_name="assistant")
