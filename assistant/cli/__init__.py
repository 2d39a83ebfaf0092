"""The ``assistant`` console script: a Flask command group over ``create_app()``.

Each area keeps its commands in a module of this package; ``COMMAND_MODULES``
lists them. Data goes to stdout, messages to stderr. Exit codes: 0 done,
1 done but found problems, 2 could not run.
"""

from __future__ import annotations

import importlib
import sys

import click
from flask import Flask
from flask.cli import FlaskGroup, routes_command, shell_command

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


def register_commands(app: Flask) -> None:
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        for command in module.COMMANDS:
            app.cli.add_command(command)


def _create_app_or_exit() -> Flask:
    from assistant import create_app
    from assistant.config import ConfigError

    try:
        return create_app()
    except ConfigError as error:
        click.echo(f"Configuration error: {error}", err=True)
        sys.exit(2)


def main() -> None:
    group = FlaskGroup(create_app=_create_app_or_exit, add_default_commands=False,
                       help="The immunisation contact assistant.")
    group.add_command(shell_command)
    group.add_command(routes_command)
    group.main(prog_name="assistant")
