"""``/reports`` in a real browser: a practice user sees its own counts and the charts
with their figures, switches service year, and never sees another practice."""

from __future__ import annotations

from datetime import datetime

import time_machine

from assistant import clock
from assistant.db import db
from assistant.models import Booking, BookingStatus, Role
from assistant.records import codes
from tests import factories
from tests.booking.helpers import at
from tests.browser import chromium_page, sign_in


def _local(*parts: int) -> datetime:
    return clock.from_local(datetime(*parts))


def _two_practices_over_two_years() -> None:
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    oak = factories.household(a, children=2, family_name="Oak", mobile="+447700900601")
    elm = factories.household(b, children=3, family_name="Elm", mobile="+447700900602")
    ava, ben = oak.children
    # Service year 2026 (from 1 April 2026): Ava refused; last year, Ben was referred.
    codes.record(db.session, ava, codes.Event.ATTEMPT_1, at=_local(2026, 6, 1, 10),
                 free_text="Text sent")
    codes.record(db.session, ava, codes.Event.REFUSED, at=_local(2026, 6, 2, 10),
                 free_text="no thank you")
    codes.record(db.session, ben, codes.Event.REFERRED, at=_local(2026, 2, 1, 10),
                 free_text="worried")
    for child in elm.children:  # the other practice: different figures in both years
        codes.record(db.session, child, codes.Event.REFERRED, at=_local(2026, 6, 1, 10),
                     free_text="worried")
        codes.record(db.session, child, codes.Event.REFUSED, at=_local(2025, 6, 1, 10),
                     free_text="no")
    slot = factories.slot(a, _local(2026, 6, 10, 9, 0))
    db.session.add(Booking(slot_id=slot.id, child_id=ava.id, household_id=oak.id,
                           status=BookingStatus.ATTENDED, booked_via="sms",
                           booked_at=_local(2026, 6, 3, 10)))
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()


def _year_end_row(page) -> list[str]:
    cells = page.locator("table[aria-labelledby=year-end] tbody tr").first
    return cells.locator("td").all_inner_texts()


def test_a_practice_user_reads_its_reports_switches_year_and_sees_no_other_practice(
        app, served):
    _two_practices_over_two_years()
    with time_machine.travel(at("2026-11-18T10:00"), tick=False), chromium_page() as page:
        sign_in(page, served, "a@example.nhs.uk")
        page.click("header a:has-text('Reports')")
        page.wait_for_url(f"{served}/reports")
        main = page.locator("main")
        assert "Reports: Alder Practice (A80001)" in main.inner_text()
        assert page.locator("select#practice").count() == 0  # no other practice to pick
        # Year-end 2026: refused 1, declined 0, no contact 0, referred 0.
        assert "1 April 2026 to 31 March 2027" in main.inner_text()
        assert _year_end_row(page) == ["1", "0", "0", "0"]
        # Four pictures, each drawn and with its figures in a table beside it.
        svgs = page.locator("figure.report-chart svg[role=img]")
        assert svgs.count() == 4
        for i in range(4):
            assert svgs.nth(i).is_visible() and svgs.nth(i).bounding_box()["width"] > 100
        path = page.locator("figure[aria-labelledby=path-caption] table")
        assert path.locator("tbody tr").all_inner_texts() == [
            "Children due\t2", "Contacted\t1", "Replied\t0", "Booked\t1", "Attended\t1"]
        weeks = page.locator("figure[aria-labelledby=weeks-caption] table").inner_text()
        assert "w/c 8 Jun 2026\t1" in weeks
        # The year before: Ben's referral counts, Ava's refusal does not.
        page.fill("#year", "2025")
        page.click("button:has-text('Show')")
        page.wait_for_url(f"{served}/reports?year=2025")
        assert "1 April 2025 to 31 March 2026" in page.locator("main").inner_text()
        assert _year_end_row(page) == ["0", "0", "0", "1"]
        for seen in (page.content(), page.locator("main").inner_text()):
            assert "B80002" not in seen and "Birch" not in seen and "Elm" not in seen
        # Asking for the other practice by its code is "not found".
        answer = page.goto(f"{served}/reports?practice=B80002&year=2025")
        assert answer.status == 404 and "B80002" not in page.locator("main").inner_text()
