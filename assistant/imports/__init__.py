"""CSV imports: practices, protected slots and the cohort (``interfaces.md`` §2).

Each function takes a path or an open file (bytes, or text), must run inside an
app context, and returns an :class:`ImportResult`; a file that cannot be
imported at all raises :class:`ImportFailed` before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from assistant.db import db
from assistant.imports.cohort import CohortImport
from assistant.imports.csvfile import CsvFile, ImportFailed, Source
from assistant.imports.practices import PracticeImport
from assistant.imports.result import ImportResult, Progress, Rejection, run_import
from assistant.imports.slots import SlotImport

OnOpen = Callable[[CsvFile], None]

__all__ = [
    "ImportFailed",
    "ImportResult",
    "Rejection",
    "import_cohort",
    "import_practices",
    "import_slots",
]


def import_practices(source: Source, *, progress: Progress | None = None,
                     on_open: OnOpen | None = None) -> ImportResult:
    """Import ``practices.csv``: matched on ODS code."""
    return run_import(source, PracticeImport(), progress=progress, on_open=on_open)


def import_slots(source: Source, *, progress: Progress | None = None,
                 on_open: OnOpen | None = None) -> ImportResult:
    """Import ``slots.csv``: matched on practice + start; practices must be imported first."""
    with Session(bind=db.engine) as session:
        importer = SlotImport(session)
    return run_import(source, importer, progress=progress, on_open=on_open)


def import_cohort(source: Source, *, progress: Progress | None = None,
                  on_open: OnOpen | None = None) -> ImportResult:
    """Import ``cohort.csv``: matched on NHS number, siblings grouped into households."""
    with Session(bind=db.engine) as session:
        importer = CohortImport(session)
    return run_import(source, importer, progress=progress, on_open=on_open)
