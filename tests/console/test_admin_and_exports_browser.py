"""In Chromium: a practice user finds its released slots and downloads its codes; an admin
adds a login and changes a practice's settings."""

from __future__ import annotations

import csv
import io

import time_machine
from sqlalchemy import select

from assistant.booking.aftercare import release_unbooked_slots
from assistant.db import db
from assistant.models import CodedEvent, Practice, Role, User
from tests import factories
from tests.booking.helpers import at
from tests.browser import PHONE, chromium_page, sign_in

RELEASE = at("2026-11-17T12:30")  # a Tuesday after 12:00: Wednesday's slots go


def test_a_practice_user_sees_released_slots_and_downloads_only_its_codes(
        app, served):
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    factories.slot(a, at("2026-11-18T09:00"), staff_name="Nurse Ada")
    factories.slot(b, at("2026-11-18T10:00"), staff_name="Nurse Bea")
    split = factories.household(a, family_name="Split", mobile="+447700900502")
    sol = factories.child(split, given_name="Solomon", practice_id=b.id)
    ava = split.children[0]
    for child, practice in ((ava, a), (sol, b)):
        db.session.add(CodedEvent(child_id=child.id, practice_id=practice.id,
                                  household_id=split.id, snomed_code="185559001",
                                  term="Child Imms - 1st call", free_text="SMS sent",
                                  occurred_at=at("2026-11-16T10:00")))
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()
    with time_machine.travel(RELEASE, tick=False):
        release_unbooked_slots(RELEASE)
    db.session.commit()
    with (time_machine.travel(at("2026-11-17T15:00"), tick=False),
          chromium_page(accept_downloads=True) as page):
        sign_in(page, served, "a@example.nhs.uk")
        page.goto(f"{served}/bookings")
        page.click("a[href='/slots/released']")
        released = page.locator("main").inner_text()
        assert "Nurse Ada" in released and "Nurse Bea" not in released
        page.click("header a:has-text('Exports')")
        with page.expect_download() as download:
            page.click("button:has-text('Download CSV')")
        rows = list(csv.DictReader(io.StringIO(
            download.value.path().read_text("utf-8-sig"))))
    assert [r["nhs_number"] for r in rows] == [ava.nhs_number]


def test_an_admin_adds_a_login_and_changes_a_practices_settings(app, served):
    practice = factories.practice("A80001", name="Alder Practice")
    factories.user("admin@example.nhs.uk", role=Role.ADMIN)
    db.session.commit()
    with chromium_page(viewport=PHONE) as page:
        sign_in(page, served, "admin@example.nhs.uk")
        page.goto(f"{served}/admin/users")
        page.fill("#email", "nurse@alder.example.nhs.uk")
        page.select_option("#role", "practice")
        page.fill("#practice", "A80001")
        page.fill("#password", "a long enough password")  # not a row's reset field
        with page.expect_navigation():
            page.click("button:has-text('Add login')")
        assert "nurse@alder.example.nhs.uk" in page.locator("main").inner_text()
        page.goto(f"{served}/admin/practices")
        page.get_by_label("Days between attempts").fill("5")
        with page.expect_navigation():
            page.click("button:has-text('Save A80001')")
    db.session.expire_all()
    nurse = db.session.scalar(select(User).where(User.email == "nurse@alder.example.nhs.uk"))
    assert nurse.role is Role.PRACTICE and nurse.practice_id == practice.id
    assert db.session.get(Practice, practice.id).attempt_spacing_days == 5
