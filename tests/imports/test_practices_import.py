"""Practices: matched on ODS code, the named contact kept, bad rows reported."""

from __future__ import annotations

from sqlalchemy import select

from assistant.db import db
from assistant.models import Practice
from tests.imports.conftest import PRACTICES_CSV, reasons, run_import

HEADER = PRACTICES_CSV.splitlines()[0]


def _write(tmp_path, *lines, name="practices.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *lines]) + "\n")
    return path


def test_practices_are_imported_with_their_named_contact(runner, tmp_path, frozen):
    path = tmp_path / "practices.csv"
    path.write_text(PRACTICES_CSV)
    code, report = run_import(runner, "import-practices", path)
    assert (code, report["imported"]) == (0, 2)
    practice = db.session.scalar(select(Practice).where(Practice.ods_code == "N80000"))
    assert practice.contact_name == "Chloe Wilson"
    assert practice.address == "78 High Street, Liverpool"
    assert practice.phone == "0151 496 0331"


def test_reimporting_practices_changes_nothing_and_a_change_updates(runner, tmp_path, frozen):
    path = tmp_path / "practices.csv"
    path.write_text(PRACTICES_CSV)
    run_import(runner, "import-practices", path)
    assert run_import(runner, "import-practices", path)[1]["unchanged"] == 2
    path.write_text(PRACTICES_CSV.replace("Chloe Wilson", "Amy Shah").replace("n80000", "N80000"))
    code, report = run_import(runner, "import-practices", path)
    assert (code, report["updated"], report["unchanged"]) == (0, 1, 1)
    db.session.expire_all()
    assert db.session.scalar(select(Practice.contact_name).where(
        Practice.ods_code == "N80000")) == "Amy Shah"


def test_bad_practice_rows_are_rejected_with_reasons(runner, tmp_path, frozen):
    path = _write(tmp_path,
                  "N80000,Smithdown Road,0151 496 0331,,L7 6BD,,,",
                  "n80000,Duplicate,0151 496 0331,,L7 6BD,,,",
                  "N8-000,Bad code,,,,,,",
                  "Y00001,,,,,,,",
                  "Y00002,Bad phone,12,,,,,",
                  "Y00003,Bad email,,,,,,not-an-email",
                  "Y00004,Bad postcode,,,NOWHERE,,,")
    code, report = run_import(runner, "import-practices", path)
    assert (code, report["imported"]) == (1, 1)
    assert reasons(report) == {
        3: "ods_code N80000 is already on line 2",
        4: "ods_code 'N8-000' is not an ODS code such as N80000",
        5: "name is empty",
        6: "phone '12' is not a valid UK phone number",
        7: "contact_email 'not-an-email' is not an email address",
        8: "postcode is not a UK postcode",
    }


def test_practices_file_without_a_name_column_exits_2(runner, tmp_path, frozen):
    path = tmp_path / "practices.csv"
    path.write_text("ODS Code,Telephone\nN80000,0151 496 0331\n")
    code, report = run_import(runner, "import-practices", path)
    assert code == 2 and "missing required column: name" in report["error"]
    assert db.session.scalar(select(Practice)) is None
