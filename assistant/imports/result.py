"""What an import did, and the loop that streams a file into the database in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session

from assistant.db import db
from assistant.imports.csvfile import CsvFile, FileSpec, Row, Source
from assistant.records.audit import audit

BATCH_SIZE = 1000


@dataclass(frozen=True)
class Rejection:
    """A row that was not imported (or, in ``warnings``, imported with something left out)."""

    line: int
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason}


@dataclass
class ImportResult:
    """Counts of rows imported, updated and unchanged, and every rejected row."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    # Rows kept with a value left out (a bad second phone number, say): a key added
    # to the JSON report of interfaces.md §3.
    warnings: list[Rejection] = field(default_factory=list)

    # Added by a full extract (``import-cohort --full``): children no longer due.
    no_longer_due: int | None = None
    # What a full extract did or would do, by practice (for the report and a dry run).
    extract: dict[str, Any] = field(default_factory=dict)

    def reject(self, line: int, reason: str) -> None:
        self.rejected.append(Rejection(line, reason))

    def warn(self, line: int, reason: str) -> None:
        self.warnings.append(Rejection(line, reason))

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [r.as_dict() for r in self.rejected],
            "warnings": [w.as_dict() for w in self.warnings],
            **({"no_longer_due": self.no_longer_due, **self.extract}
               if self.no_longer_due is not None else {}),
        }

    def audit_detail(self) -> dict[str, Any]:
        """Added to the import's audit entry: the full extract's count."""
        return {} if self.no_longer_due is None else {"no_longer_due": self.no_longer_due}

    @property
    def exit_code(self) -> int:
        """0 when every row went in, 1 when some were rejected."""
        return 1 if self.rejected else 0


class BatchImporter(Protocol):
    spec: FileSpec
    audit_action: str

    def process(self, session: Session, rows: list[Row], result: ImportResult) -> None:
        """Check and write one batch of rows (the caller commits)."""


Progress = Callable[[int], None]


def run_import(source: Source, importer: BatchImporter, *,
               progress: Progress | None = None,
               on_open: Callable[[CsvFile], None] | None = None,
               batch_size: int | None = None, dry_run: bool = False) -> ImportResult:
    """Stream ``source`` through ``importer`` in batches, in one transaction.

    The file's encoding and header are checked before anything is written
    (:class:`ImportFailed` if it cannot be imported). Each batch is flushed and then
    forgotten by the session, so memory stays flat however long the file is; the
    whole file is committed once at the end, so an error or a crash part-way leaves
    the database as it was and the report is never of a half-import. An importer
    with a ``finish(session, result)`` method has it called after the last batch,
    inside the same transaction (it may raise to undo everything). ``dry_run``
    rolls the transaction back: the report says what the file would change.
    """
    result = ImportResult()
    with CsvFile(source, importer.spec) as csvfile:
        if on_open is not None:
            on_open(csvfile)
        with Session(bind=db.engine, autoflush=False, expire_on_commit=False) as session:
            for batch in _batches(csvfile.rows(), batch_size or BATCH_SIZE):
                importer.process(session, batch, result)
                session.flush()
                session.expunge_all()
                if progress is not None:
                    progress(len(batch))
            finish = getattr(importer, "finish", None)
            if finish is not None:
                finish(session, result)
            audit(session, importer.audit_action, actor="import",
                  imported=result.imported, updated=result.updated,
                  unchanged=result.unchanged, rejected=len(result.rejected),
                  **result.audit_detail())
            if dry_run:
                session.rollback()
            else:
                session.commit()
    return result


def _batches(rows: Iterable[Row], size: int) -> Iterable[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class FirstSeen:
    """The first line on which each key appeared, to name it when the key repeats.

    Keys are kept as compact as the caller makes them (an int for an NHS number),
    the one thing an import keeps for the whole file: about 100 bytes a row.
    """

    def __init__(self) -> None:
        self._lines: dict[object, int] = {}

    def first_line(self, key: object, line: int) -> int | None:
        """None the first time ``key`` is seen (and remember ``line``), else the first line."""
        first = self._lines.setdefault(key, line)
        return None if first == line else first

    def forget(self, key: object) -> None:
        """The row that brought ``key`` was rejected after all: a later row may use it."""
        self._lines.pop(key, None)
