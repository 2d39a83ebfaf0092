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
from typing import TYPE_CHECKING, Any

import click
from flask.cli import with_appcontext
from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from assistant.imports import ImportResult
    from assistant.imports.csvfile import CsvFile

log = logging.getLogger(__name__)
PROGRESS_FROM_ROWS = 2000  # smaller files finish before a bar is worth drawing


def _run(path: str, what: str, as_json: bool, **options: Any) -> None:
    """Import ``what`` (practices, slots or cohort) from ``path``: ``imports.import_<what>``."""
    # Here, not at the top: the importers load only when a file is imported.
    from assistant import imports
    from assistant.imports import ImportFailed, LargeDrop

    function = getattr(imports, f"import_{what}")
    with contextlib.ExitStack() as stack:
        progress = _ProgressBar(stack, what)
        source: Any = sys.stdin.buffer if path == "-" else path
        try:
            result = function(source, progress=progress.advance, on_open=progress.start,
                              **options)
        except LargeDrop as failure:
            _could_not_run(path, str(failure), as_json, after="Nothing was changed.",
                           large_drop=failure.figures)
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
                   after: str = "Nothing was imported.", **extra: Any) -> None:
    click.echo(f"Could not import {path}: {reason}. {after}", err=True)
    if as_json:
        from assistant.imports import ImportResult

        report = ImportResult().as_dict()
        report["error"] = reason
        report.update(extra)
        click.echo(json.dumps(report))
    sys.exit(2)


def _report(result: ImportResult, as_json: bool) -> None:
    click.echo(f"Imported {result.imported}, updated {result.updated}, "
               f"unchanged {result.unchanged}, rejected {len(result.rejected)}.", err=True)
    for rejection in result.rejected:
        click.echo(f"  line {rejection.line}: rejected: {rejection.reason}", err=True)
    for warning in result.warnings:
        click.echo(f"  line {warning.line}: imported, but {warning.reason}", err=True)
    _report_extract(result)
    if as_json:
        click.echo(json.dumps(result.as_dict()))


def _command(name: str, what: str, help_text: str) -> click.Command:
    @click.command(name, help=help_text)
    @click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
    @with_appcontext
    def command(file: str, as_json: bool) -> None:
        _run(file, what, as_json)

    return command


import_practices = _command(
    "import-practices", "practices",
    "Import practices.csv (matched on ODS code).")
import_slots = _command(
    "import-slots", "slots",
    "Import slots.csv: protected appointments, local start times (matched on practice + start).")


@click.command("import-cohort")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("--full", is_flag=True, help="The file is the complete list of children still "
              "due for its practices: those imported before and absent now are no longer due.")
@click.option("--practice", "practices", multiple=True, metavar="ODS",
              help="With --full: a practice the file is complete for (repeat for more); "
                   "without it, every practice the rows name.")
@click.option("--dry-run", is_flag=True, help="Say what would change; change nothing.")
@click.option("--allow-large-drop", is_flag=True,
              help="With --full: go ahead even if over 30%% of a practice's open children "
                   "would no longer be due.")
@with_appcontext
def import_cohort(file: str, as_json: bool, full: bool, practices: tuple[str, ...],
                  dry_run: bool, allow_large_drop: bool) -> None:
    """Import cohort.csv: children 0-5 with missing vaccines, grouped into households."""
    if (practices or allow_large_drop) and not full:
        click.echo("--practice and --allow-large-drop go with --full.", err=True)
        sys.exit(2)
    if dry_run:
        click.echo("Dry run: nothing will be changed.", err=True)
    _run(file, "cohort", as_json, full=full, practices=practices,
         dry_run=dry_run, allow_large_drop=allow_large_drop)


def _report_extract(result: ImportResult) -> None:
    """What a full extract did, per practice, on stderr."""
    extract = result.extract.get("full_extract")
    if extract is None:
        return
    for code, figures in extract["practices"].items():
        click.echo(f"  {code}: {figures['no_longer_due']} of {figures['open']} open children "
                   f"no longer due (not in the extract of {extract['date']})", err=True)
    click.echo(f"  Households completed: {extract['households_completed']}; bookings kept "
               f"for the practice to check: {extract['bookings_to_check']}; families with a "
               f"coordinator told: {extract['with_a_coordinator']}; children due again: "
               f"{result.extract.get('due_again', 0)}.", err=True)


COMMANDS = [import_practices, import_slots, import_cohort]
