"""Helpers for import tests: CSV files in tmp_path, a fixed clock, the sample practices."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine

COHORT_HEADER = ["nhs_number", "given_name", "family_name", "date_of_birth",
                 "practice_ods_code", "missing_vaccines", "carer_name", "mobile", "landline",
                 "address_line_1", "address_line_2", "town", "postcode", "preferred_language"]
# Saturday 21 November 2026, midday in London (GMT).
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
PRACTICES_CSV = (
    "ods_code,name,phone,address,postcode,contact_name,contact_phone,contact_email\n"
    "N80000,Smithdown Road Medical Centre,0151 496 0331,\"78 High Street, Liverpool\",L7 6BD,"
    "Chloe Wilson,0151 496 0096,imms.n80000@example.nhs.uk\n"
    "F80001,Lodge Lane Medical Centre,020 7946 0374,\"299 Romford Road, London\",E7 0WH,"
    "Sarah Khan,020 7946 0444,imms.f80001@example.nhs.uk\n"
)


@pytest.fixture
def frozen() -> Iterator[datetime]:
    """The clock stopped at :data:`NOW`."""
    with time_machine.travel(NOW, tick=False):
        yield NOW


def child_row(**fields: Any) -> dict[str, str]:
    """A valid cohort row (Ava Evans, aged 3, mobile and address); override any column."""
    row = {
        "nhs_number": "9994821997", "given_name": "Ava", "family_name": "Evans",
        "date_of_birth": "2023-05-01", "practice_ods_code": "N80000",
        "missing_vaccines": "MMR1;PCV booster", "carer_name": "Joanne Evans",
        "mobile": "07700 900001", "landline": "", "address_line_1": "343 Lodge Lane",
        "address_line_2": "", "town": "Liverpool", "postcode": "L7 8YP",
        "preferred_language": "en",
    }
    row.update({k: str(v) for k, v in fields.items()})
    return row


def write_csv(path: Path, rows: list[dict[str, str]], header: list[str] | None = None,
              encoding: str = "utf-8") -> Path:
    """``rows`` as a CSV file at ``path`` (header from the first row unless given)."""
    header = header or list(rows[0] if rows else COHORT_HEADER)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.fixture
def practices(runner, tmp_path: Path, frozen) -> None:
    """N80000 and F80001 imported."""
    path = tmp_path / "practices.csv"
    path.write_text(PRACTICES_CSV)
    result = runner.invoke(args=["import-practices", str(path)])
    assert result.exit_code == 0, result.output


def run_import(runner, command: str, path: Path) -> tuple[int, dict[str, Any]]:
    """Exit code and the JSON report of ``assistant COMMAND PATH --json``."""
    result = runner.invoke(args=[command, str(path), "--json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def reasons(report: dict[str, Any]) -> dict[int, str]:
    return {r["line"]: r["reason"] for r in report["rejected"]}
