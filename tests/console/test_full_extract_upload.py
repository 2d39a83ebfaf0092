"""A cohort uploaded in the browser as the complete list (``import-cohort --full``):
checked first (a dry run says how many children would be no longer due), imported
only when the same file is chosen again, and refused past a 30% drop."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import time_machine
from flask import g
from sqlalchemy import func, select

from assistant import clock
from assistant.db import db
from assistant.models import Child, Role
from tests import factories
from tests.browser import chromium_page, sign_in
from tests.forms import token_in

HEADER = ("nhs_number,given_name,family_name,date_of_birth,practice_ods_code,missing_vaccines,"
          "carer_name,mobile,landline,address_line_1,address_line_2,town,postcode,"
          "preferred_language\n")
NAMES = ("Ivy", "Rex", "Mia", "Leo", "Zoe")


def nhs_number(serial: int) -> str:
    """A valid NHS number (modulus 11 check digit) from a serial."""
    while True:
        body = f"999{serial:06d}"
        total = sum(int(d) * (10 - i) for i, d in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)
        serial += 1


def cohort(ods: str, names: tuple[str, ...], first: int = 0) -> bytes:
    """One child a family, each its own mobile, at practice ``ods``."""
    rows = [f"{nhs_number(first + i * 7)},{name},Ash{i},2024-01-01,{ods},MMR1,Jo Ash{i},"
            f"07700 9004{first % 10}{i},,,,,,en\n" for i, name in enumerate(names)]
    return (HEADER + "".join(rows)).encode()


def _world(client, *, role=Role.PRACTICE, email="a@example.nhs.uk"):
    a = factories.practice("A80001", name="Alder Practice")
    factories.practice("B80002", name="Birch Practice")
    factories.user(email, role=role, practice_obj=a if role is Role.PRACTICE else None)
    db.session.commit()
    _sign_in(client, email)
    page = _post(client, "/uploads", cohort("A80001", NAMES[:4]), "cohort")
    assert "Imported 4" in page.get_data(as_text=True)
    # The other practice's children, imported by the team: never touched by A's extract.
    assert _post(client, "/uploads", cohort("B80002", NAMES[:2], first=1001), "cohort",
                 sign_in="admin") is not None


def _sign_in(client, email: str) -> None:
    g.pop("csrf_token", None)
    g.pop("_login_user", None)
    assert factories.login(client, email).status_code == 302


def _post(client, path: str, body: bytes, kind: str | None = None, *, full: bool = False,
          check: str | None = None, sign_in: str | None = None):
    if sign_in == "admin":  # B's children go in through the command's import
        from assistant import imports

        db.session.commit()  # the test's own session lets SQLite's one writer in
        return imports.import_cohort(io.BytesIO(body))
    g.pop("csrf_token", None)
    data = {"csrf_token": token_in(client.get("/uploads").get_data(as_text=True)),
            "file": (io.BytesIO(body), "cohort.csv", "text/csv")}
    if kind:
        data["kind"] = kind
    if full:
        data["full"] = "y"
    if check:
        data["check"] = check
    return client.post(path, content_type="multipart/form-data", data=data)


def _check_in(html: str) -> str:
    return re.search(r'name="check" type="hidden" value="([^"]+)"', html).group(1)


def _dropped() -> list[str]:
    db.session.expire_all()
    return sorted(db.session.scalars(select(Child.given_name)
                                     .where(Child.no_longer_due_at.is_not(None))))


def test_the_complete_list_is_checked_then_imported_when_the_same_file_is_chosen_again(
        app, client):
    _world(client)
    extract = cohort("A80001", NAMES[:3])  # Leo is missing: vaccinated elsewhere
    checked = _post(client, "/uploads", extract, "cohort", full=True)
    html = checked.get_data(as_text=True)
    assert checked.status_code == 200
    assert "Checked: nothing has been changed yet" in html
    assert "A80001: 1 of 4 open children would be no longer due" in html
    assert "will mark <strong>1</strong> child no longer due" in html
    assert "B80002" not in html.split('id="no-longer-due"')[1].split("</ul>")[0]
    assert _dropped() == []  # the dry run changed nothing

    done = _post(client, "/uploads/full-extract", extract, check=_check_in(html))
    page = done.get_data(as_text=True)
    assert done.status_code == 200, page
    assert "A80001: 1 of 4 open children are no longer due" in page
    assert 'id="confirm-full"' not in page
    assert _dropped() == ["Leo"]
    assert db.session.scalar(select(func.count()).select_from(Child)
                             .where(Child.no_longer_due_at.is_(None))) == 5  # B's two kept


def test_another_file_or_an_old_or_borrowed_check_changes_nothing(app, client):
    _world(client)
    extract = cohort("A80001", NAMES[:3])
    check = _check_in(_post(client, "/uploads", extract, "cohort", full=True)
                      .get_data(as_text=True))
    other = _post(client, "/uploads/full-extract", cohort("A80001", NAMES[1:4]), check=check)
    assert other.status_code == 400
    assert "this is not the file that was checked" in other.get_data(as_text=True)
    forged = _post(client, "/uploads/full-extract", extract, check=check[:-2] + "xx")
    assert forged.status_code == 400 and "has expired" in forged.get_data(as_text=True)
    factories.user("b@example.nhs.uk", role=Role.ADMIN)
    db.session.commit()
    _sign_in(client, "b@example.nhs.uk")
    borrowed = _post(client, "/uploads/full-extract", extract, check=check)
    assert borrowed.status_code == 400 and "was not yours" in borrowed.get_data(as_text=True)
    _sign_in(client, "a@example.nhs.uk")
    missing = _post(client, "/uploads/full-extract", extract)
    assert missing.status_code == 400 and "Upload the file again" in missing.get_data(
        as_text=True)
    with time_machine.travel(clock.now() + timedelta(hours=2), tick=False):
        _sign_in(client, "a@example.nhs.uk")
        late = _post(client, "/uploads/full-extract", extract, check=check)
    assert late.status_code == 400 and "has expired" in late.get_data(as_text=True)
    assert _dropped() == []


def test_a_drop_over_30_percent_is_refused_in_plain_words_and_changes_nothing(app, client):
    _world(client)
    cut_short = cohort("A80001", NAMES[:2])  # 2 of 4 missing: 50%
    refused = _post(client, "/uploads", cut_short, "cohort", full=True)
    html = refused.get_data(as_text=True)
    assert refused.status_code == 400
    assert "more than 30% of a practice&#39;s open children" in html
    assert "A80001: 2 of 4 open children" in html and "Nothing was changed" in html
    assert 'id="confirm-full"' not in html
    assert _dropped() == []


def test_only_a_cohort_can_be_the_complete_list(app, client):
    _world(client)
    body = b"practice_ods_code,start,duration_minutes,staff_name\nA80001,2026-11-25T09:00,15,N\n"
    page = _post(client, "/uploads", body, "slots", full=True)
    assert page.status_code == 400
    assert "Only a cohort file can be the complete list" in page.get_data(as_text=True)


def test_a_team_users_extract_covers_the_practices_its_rows_name(app, client):
    _world(client, role=Role.ADMIN, email="admin@example.nhs.uk")
    extract = cohort("A80001", NAMES[:3])
    html = _post(client, "/uploads", extract, "cohort", full=True).get_data(as_text=True)
    assert "A80001: 1 of 4 open children would be no longer due" in html
    assert "B80002:" not in html  # not named by the rows: not covered
    _post(client, "/uploads/full-extract", extract, check=_check_in(html))
    assert _dropped() == ["Leo"]


def test_the_check_and_the_confirmation_in_a_real_browser(app, served, tmp_path):
    a = factories.practice("A80001", name="Alder Practice")
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()
    first, extract = tmp_path / "cohort.csv", tmp_path / "extract.csv"
    first.write_bytes(cohort("A80001", NAMES[:4]))
    extract.write_bytes(cohort("A80001", NAMES[:3]))
    with chromium_page() as page:
        sign_in(page, served, "a@example.nhs.uk")
        page.goto(f"{served}/uploads")
        page.check("input[value=cohort]")
        page.set_input_files("input[name=file]", str(first))
        page.click("button:has-text('Upload')")
        assert "Imported 4" in page.locator("#report").inner_text()
        page.check("input[value=cohort]")
        page.set_input_files("input[name=file]", str(extract))
        page.check("input[name=full]")
        page.click("button:has-text('Upload')")
        report = page.locator("#report").inner_text()
        assert "nothing has been changed yet" in report
        assert "A80001: 1 of 4 open children would be no longer due" in report
        confirm = page.locator("#confirm-full")
        confirm.locator("input[type=file]").set_input_files(str(extract))
        confirm.locator("button").click()
        page.wait_for_selector("#report")
        assert "A80001: 1 of 4 open children are no longer due" in page.locator(
            "#report").inner_text()
    assert _dropped() == ["Leo"]
