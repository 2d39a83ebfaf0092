"""In Chromium: a signed-in user answers a call on the demo phone and books a slot by keys.

In Debian's chromium through tests/browser.py, against the app served by werkzeug on
127.0.0.1 in a background thread (the ``served`` fixture in tests/conftest.py).
"""

from __future__ import annotations

import pytest
import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import Booking, BookingStatus, Household, HouseholdStatus
from tests import factories
from tests.attempts.helpers import local
from tests.browser import PHONE, chromium_page
from tests.channels.conftest import PARENT, call_attempt


@pytest.fixture
def app_overrides() -> dict[str, object]:
    # http, so the session cookie is not Secure-only on http://127.0.0.1.
    return {"PUBLIC_BASE_URL": "http://localhost:5000"}


def test_a_call_on_the_demo_phone_books_a_slot_by_keys_in_a_real_browser(
        app, served, tmp_path):
    with time_machine.travel(local(2027, 1, 11, 10, 0), tick=True):
        household = factories.household(mobile=PARENT)
        for hour in (9, 10, 11):
            factories.slot(household.practice, local(2027, 1, 13, hour, 0))
        call_attempt(household, sid="CA" + "5" * 32)
        factories.user()
        db.session.commit()
        with chromium_page(viewport=PHONE) as page:
            page.goto(f"{served}/sandbox/phone?number={PARENT}")
            page.fill("input[name=email]", "coordinator@example.nhs.uk")
            page.fill("input[name=password]", "correct horse battery")
            page.keyboard.press("Enter")
            page.wait_for_selector("text=is calling this phone")
            page.click("text=Answer the call")
            page.wait_for_selector("text=The call is waiting for you")
            assert "press 1" in page.locator(".call-log").inner_text().lower()
            page.click("button[aria-label='Press 1']")
            page.wait_for_selector("text=You pressed 1")
            times = page.locator(".call-log").inner_text().lower()
            assert "press 2 for" in times and "goodbye" not in times
            page.click("button[aria-label='Press 2']")
            page.wait_for_selector("text=The call ended.")
            # The page holds at 375 px: nothing wider than the screen.
            assert page.evaluate("document.documentElement.scrollWidth") <= 375
            page.screenshot(path=str(tmp_path / "demo-phone-call.png"), full_page=True)
    db.session.expire_all()
    booking = db.session.scalar(select(Booking))
    assert booking is not None and booking.status is BookingStatus.BOOKED
    assert booking.booked_via == "call"
    assert db.session.get(Household, household.id).status is HouseholdStatus.BOOKED
