"""``/exports/``: the code exports within reach (header link, a page with a since date)
for practice users (their own practice) and admins (any); 404 and no link otherwise."""

from __future__ import annotations

import re

from tests.console.test_exports_pages import _as, two_practices  # noqa: F401 - a fixture


def _nav(html: str) -> list[str]:
    header = html.split("</header>", 1)[0]
    return re.findall(r'<a[^>]*href="([^"]+)"', header)


def test_a_practice_user_finds_the_exports_in_the_header_and_downloads_since_a_date(
        two_practices, client):  # noqa: F811
    _as(client, "gp@example.nhs.uk")
    home = client.get("/", follow_redirects=True).get_data(as_text=True)
    assert "/exports/" in _nav(home)
    assert client.get("/exports").status_code in (301, 308)  # to /exports/
    page = client.get("/exports/")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'action="/exports/codes.csv"' in html and 'formaction="/exports/codes.fhir.json"' in html
    assert 'name="since"' in html and 'id="practice"' not in html
    assert "F80001" not in html and "Lodge Lane" not in html
    # What the form sends: the CSV since a date holds only the refusal two days later.
    since = client.get("/exports/codes.csv?since=2026-11-24").get_data(as_text=True)
    assert since.count("\r\n") == 2 and "we have decided" in since
    fhir = client.get("/exports/codes.fhir.json?since=2026-11-24")
    assert fhir.status_code == 200 and fhir.get_data(as_text=True).count('"Observation"') == 1
    assert client.get("/exports/?practice=F80001").status_code == 404
    assert client.get("/exports/?since=last week").status_code == 400


def test_an_admin_picks_a_practice_and_a_coordinator_has_no_exports(
        two_practices, client):  # noqa: F811
    _as(client, "admin@example.nhs.uk")
    every = client.get("/exports/").get_data(as_text=True)
    assert '<option value="F80001"' in every and "every practice" in every
    one = client.get("/exports/?practice=F80001").get_data(as_text=True)
    assert "Exports: Lodge Lane (F80001)" in one
    assert 'href="/exports/codes.csv?practice=F80001"' in one
    client.delete_cookie("session")  # signed out
    _as(client, "coord@example.nhs.uk")
    home = client.get("/", follow_redirects=True).get_data(as_text=True)
    assert "/exports/" not in _nav(home)
    assert client.get("/exports/").status_code == 404
