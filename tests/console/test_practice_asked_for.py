"""``?practice=ODS`` means the same on every page that takes it (``scope.practice_asked_for``):
the queue, /exports/, /reports, /slots/released and the households page ``/``. The team picks
any practice and an unknown code is 404 saying so; a practice user is always their own
practice and naming any other is a plain 404; odd input is never a 500."""

from __future__ import annotations

import pytest
from flask import g
from sqlalchemy import select

from assistant.db import db
from assistant.models import Practice, Role
from tests import factories

PAGES = ("/coordinator/", "/exports/", "/reports", "/slots/released")
# The households page has no practice list to pick from (only links), so an admin's pick
# is checked there by what it lists; the other rules are the same as on PAGES.
EVERY_PAGE = (*PAGES, "/")
ODD = ("", "   ", "a" * 5000, "A80001" * 3, "<b>A80001</b>", "A80001;--", "Ａ80001",
       "%E2%80%AE", "%F0%9F%92%89")


@pytest.fixture
def practices(app):
    a = factories.practice("A80001", name="Alder Practice")
    factories.practice("B80002", name="Birch Practice")
    factories.user("admin@example.nhs.uk", role=Role.ADMIN)
    factories.user("gp@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()


def _as(client, email: str):
    g.pop("csrf_token", None)
    g.pop("_login_user", None)
    assert factories.login(client, email).status_code == 302
    return client


@pytest.mark.parametrize("page", PAGES)
def test_an_admin_picks_any_practice_in_any_case(practices, client, page):
    _as(client, "admin@example.nhs.uk")
    for asked in ("B80002", "b80002", "  b80002 "):
        answer = client.get(f"{page}?practice={asked}")
        assert answer.status_code == 200, asked
        assert '<option value="B80002" selected>' in answer.get_data(as_text=True)
    everything = client.get(page).get_data(as_text=True)
    assert "selected>" not in everything.split('id="practice"', 1)[1].split("</select>")[0]


def test_on_the_households_page_an_admin_picks_any_practice_in_any_case(practices, client):
    alder, birch = (db.session.scalar(select(Practice).where(Practice.ods_code == code))
                    for code in ("A80001", "B80002"))
    factories.household(alder, family_name="Aldridge", mobile="+447700900011")
    factories.household(birch, family_name="Birchall", mobile="+447700900012")
    db.session.commit()
    _as(client, "admin@example.nhs.uk")
    for asked in ("B80002", "b80002", "  b80002 "):
        answer = client.get(f"/?practice={asked}")
        assert answer.status_code == 200, asked
        page = answer.get_data(as_text=True)
        assert "Birchall" in page and "Aldridge" not in page, asked
        # The status links keep the practice, spelt as the practice has it.
        assert "practice=B80002" in page and "practice=b80002" not in page
    everything = client.get("/").get_data(as_text=True)
    assert "Birchall" in everything and "Aldridge" in everything


@pytest.mark.parametrize("page", EVERY_PAGE)
def test_an_unknown_code_is_404_saying_so(practices, client, page):
    _as(client, "admin@example.nhs.uk")
    answer = client.get(f"{page}?practice=z99999")
    assert answer.status_code == 404
    assert "no practice with the ODS code &#39;Z99999&#39;" in answer.get_data(as_text=True)


@pytest.mark.parametrize("page", EVERY_PAGE)
def test_a_practice_user_is_their_own_practice_and_another_is_a_plain_404(
        practices, client, page):
    _as(client, "gp@example.nhs.uk")
    for asked in ("", "A80001", " a80001"):
        assert client.get(f"{page}?practice={asked}").status_code == 200, asked
    other = client.get(f"{page}?practice=B80002")
    unknown = client.get(f"{page}?practice=Z99999")
    assert other.status_code == unknown.status_code == 404
    # The same page whether the practice exists or not: codes reveal nothing.
    assert other.get_data() == unknown.get_data()
    assert b"Birch" not in other.get_data() and b"ODS code" not in other.get_data()


@pytest.mark.parametrize("page", EVERY_PAGE)
@pytest.mark.parametrize("email", ["admin@example.nhs.uk", "gp@example.nhs.uk"])
def test_odd_input_is_never_a_500(practices, client, page, email):
    _as(client, email)
    for asked in ODD:
        answer = client.get(f"{page}?practice={asked}")
        expected = 200 if not asked.strip() else 404
        assert answer.status_code == expected, (asked[:20], answer.status_code)
    assert client.get(f"{page}?practice=A8%000").status_code == 400  # a NUL: refused first
    # A repeated argument: the first counts.
    assert client.get(f"{page}?practice=A80001&practice=B80002").status_code == 200
