"""``/reports``: the counts and the year-end counts as tables, with SVG charts beside
their figures; a practice user sees only their own practice."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from assistant import clock
from assistant.console import charts
from assistant.db import db
from assistant.models import Booking, BookingStatus, Role
from assistant.records import codes
from tests import factories

PASSWORD = "correct horse battery"


@pytest.fixture
def practices(app):
    a, b = factories.practice("N80000"), factories.practice("F80001", name="Lodge Lane")
    ours = factories.household(a, children=2, family_name="Evans", mobile="+447700900051")
    theirs = factories.household(b, children=3, family_name="Khan", mobile="+447700900052")
    at = clock.from_local(datetime(2026, 6, 1, 10, 0))
    codes.record(db.session, ours.children[0], codes.Event.REFUSED, at=at, free_text="no")
    for child in theirs.children:
        codes.record(db.session, child, codes.Event.ATTEMPT_1, at=at, free_text="Letter posted")
        codes.record(db.session, child, codes.Event.REFERRED, at=at, free_text="worried")
    slot = factories.slot(b, clock.from_local(datetime(2026, 6, 10, 9, 0)))
    db.session.add(Booking(slot_id=slot.id, child_id=theirs.children[0].id,
                           household_id=theirs.id, status=BookingStatus.ATTENDED,
                           booked_via="sms", booked_at=at))
    factories.user("gp@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    factories.user("coord@example.nhs.uk", role=Role.COORDINATOR)
    db.session.commit()
    return a, b


def _as(client, email: str):
    assert factories.login(client, email, PASSWORD).status_code in (302, 303)
    return client


def _cells(html: str, row: str) -> list[str]:
    """The figures in the table row headed ``row``."""
    match = re.search(rf'<th scope="row">{re.escape(row)}</th>(.*?)</tr>', html, re.S)
    assert match, row
    return re.findall(r'<td class="numeric">(\d+)</td>', match.group(1))


def test_practice_user_sees_only_their_own_counts(practices, client):
    _as(client, "gp@example.nhs.uk")
    page = client.get("/reports?year=2026")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "N80000" in html and "F80001" not in html and "All practices" not in html
    # year end: refused 1, declined 0, no contact 0, referred 0
    assert _cells(html, "N80000")[:4] == ["1", "0", "0", "0"]
    assert client.get("/reports?practice=F80001").status_code == 404
    assert client.get("/reports?practice=Z99999").status_code == 404


def test_coordinator_sees_every_practice_and_the_total(practices, client):
    _as(client, "coord@example.nhs.uk")
    html = client.get("/reports?year=2026").get_data(as_text=True)
    year_end_total = _cells(html, "All practices")[:4]
    assert year_end_total == ["1", "0", "0", "3"]
    one = client.get("/reports?year=2026&practice=f80001").get_data(as_text=True)
    assert _cells(one, "F80001")[:4] == ["0", "0", "0", "3"]
    assert client.get("/reports?practice=Z99999").status_code == 404


def test_charts_are_svg_pictures_with_their_figures_beside_and_no_script(practices, client):
    _as(client, "coord@example.nhs.uk")
    html = client.get("/reports?year=2026&practice=F80001").get_data(as_text=True)
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # the frame's scripts are files
    main = html.split('id="maincontent"', 1)[1]  # the header's NHS logo is a picture too
    assert main.count('role="img"') == 4 and html.count("<title id=") == 4
    for key in ("path", "means", "replies", "weeks"):
        assert f'<desc id="{key}-desc">' in html
    desc = re.search(r'<desc id="path-desc">(.*?)</desc>', html).group(1)
    assert desc == ("From children due to attended: Children due 3; Contacted 3; Replied 0; "
                    "Booked 1; Attended 1.")
    assert "w/c 8 Jun 2026" in html  # the booking's week, in the table beside the columns


def test_a_year_with_no_activity_shows_zeros_and_a_bad_year_is_400(practices, client):
    _as(client, "coord@example.nhs.uk")
    html = client.get("/reports?year=2019").get_data(as_text=True)
    assert "1 April 2019 to 31 March 2020" in html
    assert _cells(html, "All practices")[:4] == ["0", "0", "0", "0"]
    for bad in ("twenty", "2026/27", "26"):
        page = client.get(f"/reports?year={bad}")
        assert page.status_code == 400 and b"is not a year" in page.data


def test_bars_scale_to_the_largest_figure():
    chart = charts.bar_chart("x", "Things", [("a", 10), ("b", 5), ("c", 0)])
    widths = [b.width for b in chart.bars]
    assert widths[0] == charts.WIDTH - charts.LABEL_WIDTH - charts.VALUE_ROOM
    assert widths[1] == widths[0] / 2 and widths[2] == 0
    assert chart.desc == "Things: a 10; b 5; c 0."
    empty = charts.column_chart("w", "Weeks", [])
    assert empty.bars == [] and empty.desc == "Weeks: nothing to show yet."
