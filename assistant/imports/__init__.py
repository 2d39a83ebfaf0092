"""CSV imports: practices, protected slots and the cohort (``interfaces.md`` §2).

Each function takes a path or an open file (bytes, or text), must run inside an
app context, and returns an :class:`ImportResult`; a file that cannot be
imported at all raises :class:`ImportFailed` before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

from assistant.db import db
from assistant.imports.cohort import CohortImport
from assistant.imports.csvfile import CsvFile, ImportFailed, Source
from assistant.imports.extract import FullExtract, LargeDrop
from assistant.imports.practices import PracticeImport
from assistant.imports.result import ImportResult, Progress, Rejection, run_import
from assistant.imports.slots import SlotImport

OnOpen = Callable[[CsvFile], None]

__all__ = [
    "ImportFailed",
    "ImportResult",
    "LargeDrop",
    "Rejection",
    "import_cohort",
    "import_practices",
    "import_slots",
]


def import_practices(source: Source, *, progress: Progress | None = None,
                     on_open: OnOpen | None = None, dry_run: bool = False) -> ImportResult:
    """Import ``practices.csv``: matched on ODS code."""
    return run_import(source, PracticeImport(), progress=progress, on_open=on_open,
                      dry_run=dry_run)


def import_slots(source: Source, *, progress: Progress | None = None,
                 on_open: OnOpen | None = None, only_practice: int | None = None,
                 dry_run: bool = False) -> ImportResult:
    """Import ``slots.csv``: matched on practice + start; practices must be imported first.

    ``only_practice`` (an id) limits the rows accepted to that practice's (a practice
    user's upload)."""
    with Session(bind=db.engine) as session:
        importer = SlotImport(session)
    _only(importer, only_practice)
    return run_import(source, importer, progress=progress, on_open=on_open, dry_run=dry_run)


def import_cohort(source: Source, *, progress: Progress | None = None,
                  on_open: OnOpen | None = None, only_practice: int | None = None,
                  full: bool = False, practices: Iterable[str] = (), dry_run: bool = False,
                  allow_large_drop: bool = False) -> ImportResult:
    """Import ``cohort.csv``: matched on NHS number, siblings grouped into households.

    ``only_practice`` as for :func:`import_slots`. ``full``: the file is the complete
    list of children still due for the practices it covers (``practices``, ODS codes;
    else those its rows name). Children of those practices imported before and absent
    now become no longer due (:mod:`assistant.imports.extract`); if that is more than
    30% of a practice's open children, :class:`LargeDrop` is raised and nothing
    changes, unless ``allow_large_drop``. ``dry_run``: the report of what would
    change; nothing does.
    """
    full_extract = None
    if full:
        codes = tuple(dict.fromkeys(c.strip().upper() for c in practices if c.strip()))
        full_extract = FullExtract(codes, allow_large_drop)
    with Session(bind=db.engine) as session:
        importer = CohortImport(session, full_extract)
    _only(importer, only_practice)
    return run_import(source, importer, progress=progress, on_open=on_open, dry_run=dry_run)


def _only(importer: SlotImport | CohortImport, practice_id: int | None) -> None:
    """Rows of any other practice are then rejected as not known to this import."""
    if practice_id is not None:
        importer.practices = {code: pid for code, pid in importer.practices.items()
                              if pid == practice_id}
