"""A practice user in a real browser: own children, a day's bookings, an upload."""

from __future__ import annotations

import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import Booking, BookingStatus, Role
from tests import factories
from tests.booking.helpers import at
from tests.browser import chromium_page, sign_in

AFTER = at("2026-11-18T10:00")


def test_a_practice_user_finds_a_child_marks_attendance_and_uploads_slots(
        app, served, tmp_path):
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    oak = factories.household(a, family_name="Oak", mobile="+447700900501")
    split = factories.household(a, family_name="Split", mobile="+447700900502")
    factories.child(split, given_name="Solomon", practice_id=b.id)
    slot = factories.slot(a, at("2026-11-18T09:00"), staff_name="Nurse")
    booking = Booking(slot_id=slot.id, child_id=oak.children[0].id, household_id=oak.id,
                      booked_via="sms", booked_at=at("2026-11-16T10:00"))
    db.session.add(booking)
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()
    csv = tmp_path / "slots.csv"
    csv.write_text("practice_ods_code,start,duration_minutes,staff_name\n"
                   "A80001,2026-11-25T09:00,15,Nurse\nA80001,2026-11-25T09:05,15,Nurse\n")
    with time_machine.travel(AFTER, tick=False), chromium_page() as page:
        sign_in(page, served, "a@example.nhs.uk")
        listed = page.locator("table").inner_text()
        assert "Ava Oak" in listed and "Ava Split" in listed and "Solomon" not in listed
        page.fill("#q", "split")
        page.click("button:has-text('Search')")
        assert "Ava Oak" not in page.locator("table").inner_text()
        page.goto(f"{served}/bookings?date=2026-11-18")
        page.click("button:has-text('Did not attend')")
        assert "marked did not attend" in page.locator("main").inner_text()
        page.goto(f"{served}/uploads")
        page.check("input[value=slots]")
        page.set_input_files("input[type=file]", str(csv))
        page.click("button:has-text('Upload')")
        report = page.locator("#report").inner_text()
        assert "Imported 1" in report and "line 3: rejected: the slot overlaps" in report
    db.session.expire_all()
    assert db.session.scalar(select(Booking.status)) is BookingStatus.DID_NOT_ATTEND
