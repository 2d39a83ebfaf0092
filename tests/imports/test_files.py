"""Files that cannot be imported at all, encodings, header names and the report's shape."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from assistant.db import db
from assistant.models import Child, Household
from tests.imports.conftest import COHORT_HEADER, child_row, reasons, run_import, write_csv


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_missing_required_columns_exits_2_and_writes_nothing(runner, practices, tmp_path):
    header = [c for c in COHORT_HEADER if c != "date_of_birth"]
    path = write_csv(tmp_path / "cohort.csv", [child_row()], header)
    code, report = run_import(runner, "import-cohort", path)
    assert code == 2
    assert "date_of_birth" in report["error"]
    assert report["imported"] == 0 and report["rejected"] == []
    assert _count(Child) == 0 and _count(Household) == 0


def test_missing_column_message_goes_to_stderr_without_a_traceback(runner, practices, tmp_path):
    header = [c for c in COHORT_HEADER if c not in ("nhs_number", "missing_vaccines")]
    path = write_csv(tmp_path / "cohort.csv", [child_row()], header)
    result = runner.invoke(args=["import-cohort", str(path)])
    assert result.exit_code == 2
    assert "missing required columns: nhs_number, missing_vaccines" in result.stderr
    assert "Traceback" not in result.output and result.stdout == ""


def test_a_file_with_no_way_to_reach_anyone_is_refused(runner, practices, tmp_path):
    header = [c for c in COHORT_HEADER if c not in ("mobile", "landline", "address_line_1")]
    path = write_csv(tmp_path / "cohort.csv", [child_row()], header)
    code, report = run_import(runner, "import-cohort", path)
    assert code == 2 and "at least one of the columns mobile, landline" in report["error"]


def test_a_binary_file_is_not_text(runner, practices, tmp_path):
    path = tmp_path / "cohort.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4)
    code, report = run_import(runner, "import-cohort", path)
    assert code == 2 and "not text" in report["error"]
    assert _count(Child) == 0


def test_a_utf16_export_is_named_as_such(runner, practices, tmp_path):
    path = tmp_path / "cohort.txt"
    path.write_bytes(",".join(COHORT_HEADER).encode("utf-16"))
    code, report = run_import(runner, "import-cohort", path)
    assert code == 2 and "UTF-16" in report["error"]


def test_a_file_that_is_not_csv_is_refused(runner, practices, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("Dear team,\nplease find the children below.\nThanks, Ewa\n")
    code, report = run_import(runner, "import-cohort", path)
    assert code == 2 and "does not look like a cohort CSV file" in report["error"]


def test_an_empty_file_is_refused(runner, practices, tmp_path):
    for content in (b"", b"\xef\xbb\xbf", b"\n\n  \r\n"):
        path = tmp_path / "empty.csv"
        path.write_bytes(content)
        code, report = run_import(runner, "import-cohort", path)
        assert code == 2 and report["error"] == "the file is empty"


def test_a_header_with_no_rows_imports_nothing_and_succeeds(runner, practices, tmp_path):
    path = write_csv(tmp_path / "cohort.csv", [], COHORT_HEADER)
    code, report = run_import(runner, "import-cohort", path)
    assert (code, report["imported"], report["rejected"]) == (0, 0, [])


def test_an_unreadable_file_exits_2(runner, practices, tmp_path):
    code, report = run_import(runner, "import-cohort", tmp_path / "no-such-file.csv")
    assert code == 2 and "cannot read" in report["error"]


def test_two_columns_meaning_the_same_thing_are_refused(runner, practices, tmp_path):
    header = [*COHORT_HEADER, "Telephone"]
    path = write_csv(tmp_path / "cohort.csv", [child_row()], header)
    code, report = run_import(runner, "import-cohort", path)
    assert code == 2 and "both mean landline" in report["error"]


def test_utf8_with_bom_is_read(runner, practices, tmp_path):
    path = write_csv(tmp_path / "cohort.csv", [child_row(given_name="Zoë")], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    code, report = run_import(runner, "import-cohort", path)
    assert code == 0, report
    assert db.session.scalar(select(Child.given_name)) == "Zoë"


def test_windows_1252_export_is_read(runner, practices, tmp_path):
    row = child_row(given_name="Zoë", family_name="O’Brien", carer_name="Siân O’Brien")
    path = write_csv(tmp_path / "cohort.csv", [row], encoding="cp1252")
    assert "’".encode("cp1252") in path.read_bytes()
    code, report = run_import(runner, "import-cohort", path)
    assert code == 0, report
    child = db.session.scalar(select(Child))
    assert (child.given_name, child.family_name) == ("Zoë", "O’Brien")


def test_header_names_from_a_gp_system_export_are_matched(runner, practices, tmp_path):
    header = ["NHS Number", "Forename", "SURNAME", "Date of Birth", "Practice Code",
              "Vaccines Due", "Parent Name", "Mobile Telephone", "Home Telephone",
              "Address Line 1", "Post Code", "Main Spoken Language", "Registered GP"]
    row = dict(zip(header, ["999 482 1997", "Ava", "Evans", "01/05/2023", "N80000", "MMR1",
                            "Joanne Evans", "07700 900001", "0151 496 0500", "343 Lodge Lane",
                            "L7 8YP", "Polish", "Dr Jones"], strict=True))
    path = write_csv(tmp_path / "export.csv", [row], header)
    code, report = run_import(runner, "import-cohort", path)
    assert code == 0, report
    child = db.session.scalar(select(Child))
    assert child.nhs_number == "9994821997" and child.preferred_language == "pl"
    assert sorted(p.kind.value for p in child.household.phones) == ["landline", "mobile"]


def test_header_matching_ignores_case_spaces_and_underscores(runner, practices, tmp_path):
    header = ["NHS_NUMBER", " Given Name ", "family-name", "DateOfBirth", "PRACTICE ODS CODE",
              "Missing_Vaccines", "MOBILE"]
    row = dict(zip(header, ["9994821997", "Ava", "Evans", "2023-05-01", "N80000", "MMR1",
                            "07700 900001"], strict=True))
    code, report = run_import(runner, "import-cohort", write_csv(tmp_path / "c.csv", [row], header))
    assert code == 0, report


def test_json_report_has_the_agreed_shape_and_exit_code_1_for_rejections(
        runner, practices, tmp_path):
    rows = [child_row(), child_row(nhs_number="9991948759", given_name="", mobile="07700 900002")]
    code, report = run_import(runner, "import-cohort", write_csv(tmp_path / "c.csv", rows))
    assert code == 1
    assert set(report) == {"imported", "updated", "unchanged", "rejected", "warnings"}
    assert report["imported"] == 1 and report["updated"] == 0 and report["unchanged"] == 0
    assert report["rejected"] == [{"line": 3, "reason": "given_name is empty"}]


def test_text_report_goes_to_stderr_and_stdout_stays_empty(runner, practices, tmp_path):
    rows = [child_row(), child_row(nhs_number="999482199")]
    result = runner.invoke(args=["import-cohort", str(write_csv(tmp_path / "c.csv", rows))])
    assert result.exit_code == 1 and result.stdout == ""
    assert "Imported 1, updated 0, unchanged 0, rejected 1." in result.stderr
    assert "line 3: rejected: nhs_number has 9 digits" in result.stderr
    assert "999482199" not in result.output  # values about a family are never repeated


def test_line_numbers_count_lines_of_the_file_including_quoted_newlines(
        runner, practices, tmp_path):
    rows = [child_row(address_line_2="Flat 2\nRear"), child_row(nhs_number="1234567890")]
    _code, report = run_import(runner, "import-cohort", write_csv(tmp_path / "c.csv", rows))
    assert list(reasons(report)) == [4]


def test_a_row_with_more_cells_than_the_header_is_rejected(runner, practices, tmp_path):
    path = tmp_path / "c.csv"
    line = ",".join(child_row().values())
    path.write_text(",".join(COHORT_HEADER) + "\n" + line + ",extra,cells\n")
    code, report = run_import(runner, "import-cohort", path)
    assert code == 1 and "header has 14" in reasons(report)[2]


def test_a_row_with_trailing_cells_dropped_is_read(runner, practices, tmp_path):
    path = tmp_path / "c.csv"
    row = child_row(postcode="", preferred_language="", town="", address_line_2="")
    cells = list(row.values())[:10]
    path.write_text(",".join(COHORT_HEADER) + "\n" + ",".join(cells) + "\n")
    code, report = run_import(runner, "import-cohort", path)
    assert code == 0, report


def test_piping_a_file_on_stdin_works(runner, practices, tmp_path):
    path = write_csv(tmp_path / "c.csv", [child_row()])
    result = runner.invoke(args=["import-cohort", "-", "--json"], input=path.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["imported"] == 1


def test_a_progress_bar_is_drawn_only_for_a_person_at_a_terminal(
        runner, practices, tmp_path, monkeypatch):
    from assistant.cli import imports as cli_imports

    monkeypatch.setattr(cli_imports, "PROGRESS_FROM_ROWS", 1)
    rows = [child_row(), child_row(nhs_number="9991948759", mobile="07700 900002")]
    path = write_csv(tmp_path / "c.csv", rows)
    piped = runner.invoke(args=["import-cohort", str(path)])
    assert "Importing cohort" not in piped.stderr  # tests and pipes are not terminals
    monkeypatch.setattr(cli_imports, "_watching", lambda: True)
    watched = runner.invoke(args=["import-cohort", str(path)])
    assert watched.exit_code == 0 and "Importing cohort" in watched.stderr


def test_an_import_into_a_database_that_is_not_set_up_exits_2(tmp_path):
    from tests.conftest import make_app

    app = make_app(f"sqlite:///{tmp_path / 'empty.sqlite3'}", tmp_path)
    path = write_csv(tmp_path / "c.csv", [child_row()])
    result = app.test_cli_runner().invoke(args=["import-cohort", str(path)])
    assert result.exit_code == 2
    assert "assistant init-db" in result.stderr and "Traceback" not in result.output
