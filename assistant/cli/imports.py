"""``assistant import-practices|import-slots|import-cohort FILE``.

Counts and rejected rows go to stderr; ``--json`` puts the report of
``interfaces.md`` §3 on stdout (with an added ``warnings`` list, and an added
``error`` when the file could not be imported). Exit 0: every row imported;
1: done, but some rows were rejected; 2: the file could not be imported at all.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

import click
from flask.cli import with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from assistant import imports
from assistant.imports import ImportFailed, ImportResult
from assistant.imports.csvfile import CsvFile

log = logging.getLogger(__name__)
PROGRESS_FROM_ROWS = 2000  # smaller files finish before a bar is worth drawing


def _run(path: str, what: str, function: Callable[..., ImportResult], as_json: bool) -> None:
    with contextlib.ExitStack() as stack:
        progress = _ProgressBar(stack, what)
        source: Any = sys.stdin.buffer if path == "-" else path
        try:
            result = function(source, progress=progress.advance, on_open=progress.start)
        except ImportFailed as failure:
            _could_not_run(path, str(failure), as_json)
        except SQLAlchemyError as error:
            log.error("import of %s stopped: %s", what, type(error).__name__)
            _could_not_run(path, "the database refused a change (is it set up? run "
                                 "`assistant init-db`)", as_json)
        except Exception as error:
            # A value no check foresaw: the data lead gets a sentence, not a traceback
            # (and the log gets the kind of error, never the row's values).
            log.error("import of %s stopped: %s", what, type(error).__name__)
            _could_not_run(path, "a value in the file stopped the import unexpectedly; "
                                 "please report this", as_json)
    _report(result, as_json)
    sys.exit(result.exit_code)


class _ProgressBar:
    """A bar on stderr for long files, only when a person is watching a terminal."""

    def __init__(self, stack: contextlib.ExitStack, what: str) -> None:
        self.stack, self.what, self.bar = stack, what, None

    def start(self, csvfile: CsvFile) -> None:
        if _watching() and csvfile.estimated_rows > PROGRESS_FROM_ROWS:
            self.bar = self.stack.enter_context(click.progressbar(
                length=csvfile.estimated_rows, label=f"Importing {self.what}",
                file=sys.stderr))

    def advance(self, rows: int) -> None:
        if self.bar is not None:
            self.bar.update(rows)


def _watching() -> bool:
    """True when a person is watching the import in a terminal (not a pipe, not a test)."""
    return sys.stderr.isatty()


def _could_not_run(path: str, reason: str, as_json: bool,
                   after: str = "Nothing was imported.") -> None:
    click.echo(f"Could not import {path}: {reason}. {after}", err=True)
    if as_json:
        report = ImportResult().as_dict()
        report["error"] = reason
        click.echo(json.dumps(report))
    sys.exit(2)


def _report(result: ImportResult, as_json: bool) -> None:
    click.echo(f"Imported {result.imported}, updated {result.updated}, "
               f"unchanged {result.unchanged}, rejected {len(result.rejected)}.", err=True)
    for rejection in result.rejected:
        click.echo(f"  line {rejection.line}: rejected: {rejection.reason}", err=True)
    for warning in result.warnings:
        click.echo(f"  line {warning.line}: imported, but {warning.reason}", err=True)
    if as_json:
        click.echo(json.dumps(result.as_dict()))


def _command(name: str, what: str, function: Callable[..., ImportResult],
             help_text: str) -> click.Command:
    @click.command(name, help=help_text)
    @click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
    @with_appcontext
    def command(file: str, as_json: bool) -> None:
        _run(file, what, function, as_json)

    return command


import_practices = _command(
    "import-practices", "practices", imports.import_practices,
    "Import practices.csv (matched on ODS code).")
import_slots = _command(
    "import-slots", "slots", imports.import_slots,
    "Import slots.csv: protected appointments, local start times (matched on practice + start).")
import_cohort = _command(
    "import-cohort", "cohort", imports.import_cohort,
    "Import cohort.csv: children 0-5 with missing vaccines, grouped into households.")

COMMANDS = [import_practices, import_slots, import_cohort]
