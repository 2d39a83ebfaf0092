"""Property-based fuzzing of the three importers (issue 10).

Whatever bytes or cell values a file holds, an import either refuses the whole
file (``ImportFailed``, nothing written) or reports each bad row with its line
and a reason, and the database grows by exactly what the report says. Bounded
examples keep it quick in the normal test run (``FUZZ_EXAMPLES`` raises them).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from assistant.db import db
from assistant.imports import ImportFailed, import_cohort, import_practices, import_slots
from assistant.models import Child, Practice, Slot
from tests.imports.conftest import COHORT_HEADER, child_row

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])

PRACTICE_HEADER = ["ods_code", "name", "phone", "address", "postcode", "contact_name",
                   "contact_phone", "contact_email"]
SLOT_HEADER = ["practice_ods_code", "start", "duration_minutes", "staff_name"]
GOOD_PRACTICE = ["N80000", "Smithdown Road", "0151 496 0331", "78 High Street", "L7 6BD",
                 "Chloe Wilson", "0151 496 0096", "imms@example.nhs.uk"]
GOOD_SLOT = ["N80000", "2026-12-01T09:00", "15", "Nurse"]
GOOD_CHILD = [child_row()[c] for c in COHORT_HEADER]

# Values worth trying in any cell: the odd ones a real export has produced.
ODD = st.sampled_from(["", " ", "²", "١٢", "9999-12-31T23:30", "0001-01-01T00:00", "ß" * 120,
                       "=cmd|' /C calc'!A0", "\u202e", "N80000", "07700 900001", "L7 8YP",
                       "31/02/2024", "2026-13-01", "1e10", "-5", "99999999999999999999",
                       "a,b", '"', "\r\n", "İ" * 60, "ﬃ" * 150, "\ufeff", "9994821997"])
CELL = st.one_of(ODD, ODD, st.text(max_size=40),
                 st.text(alphabet=st.characters(codec="utf-8"), max_size=300))


def _count(model: type) -> int:
    # Its own short connection: a session held open would lock SQLite against the import.
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model))


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass")


def _rows(good: list[str]) -> st.SearchStrategy[list[list[str]]]:
    """Rows that start from a good one with any cells replaced by odd values."""
    width = len(good)
    row = st.lists(st.tuples(st.integers(0, width - 1), CELL), max_size=width).map(
        lambda changes: [dict(changes).get(i, v) for i, v in enumerate(good)])
    return st.lists(row, min_size=1, max_size=6)


def _check(function: Callable, model: type, data: bytes) -> None:
    """The properties every import must keep, for one file's bytes."""
    before = _count(model)
    try:
        result = function(io.BytesIO(data))
    except ImportFailed as failure:
        assert str(failure)
        assert _count(model) == before
        return
    lines = data.count(b"\n") + data.count(b"\r") + 2  # a lone CR ends a CSV line too
    for rejection in (*result.rejected, *result.warnings):
        assert 2 <= rejection.line <= lines, rejection
        assert rejection.reason.strip()
    assert _count(model) == before + result.imported
    assert result.exit_code == (1 if result.rejected else 0)


def _bytes(header: list[str]) -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, alone or after a good header (so the rows are read)."""
    head = (",".join(header) + "\n").encode()
    return st.one_of(st.binary(max_size=400), st.binary(max_size=400).map(lambda b: head + b))


def test_practices_import_keeps_its_promises_for_any_cells(app, frozen):
    @FUZZ
    @given(rows=_rows(GOOD_PRACTICE))
    def check(rows):
        _check(import_practices, Practice, _csv(PRACTICE_HEADER, rows))

    with app.app_context():
        check()


def test_practices_import_keeps_its_promises_for_any_bytes(app, frozen):
    @FUZZ
    @given(data=_bytes(PRACTICE_HEADER))
    def check(data):
        _check(import_practices, Practice, data)

    with app.app_context():
        check()


def test_slots_import_keeps_its_promises_for_any_cells(app, practices, frozen):
    @FUZZ
    @given(rows=_rows(GOOD_SLOT))
    def check(rows):
        _check(import_slots, Slot, _csv(SLOT_HEADER, rows))

    with app.app_context():
        check()


def test_slots_import_keeps_its_promises_for_any_bytes(app, practices, frozen):
    @FUZZ
    @given(data=_bytes(SLOT_HEADER))
    def check(data):
        _check(import_slots, Slot, data)

    with app.app_context():
        check()


def test_cohort_import_keeps_its_promises_for_any_cells(app, practices, frozen):
    @FUZZ
    @given(rows=_rows(GOOD_CHILD))
    def check(rows):
        _check(import_cohort, Child, _csv(COHORT_HEADER, rows))

    with app.app_context():
        check()


def test_cohort_import_keeps_its_promises_for_any_bytes(app, practices, frozen):
    @FUZZ
    @given(data=_bytes(COHORT_HEADER))
    def check(data):
        _check(import_cohort, Child, data)

    with app.app_context():
        check()
