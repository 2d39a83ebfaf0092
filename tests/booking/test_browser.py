"""A parent on a phone: open the link, see the child's name, pick a time by keyboard, book.

In Debian's chromium through tests/browser.py, against the page served by werkzeug on
127.0.0.1 in a background thread (the ``served`` fixture in tests/conftest.py).
"""

from __future__ import annotations

import time_machine
from sqlalchemy import select

from assistant.booking.links import make_token
from assistant.db import db
from assistant.models import Booking, Household, HouseholdStatus
from tests import factories
from tests.booking.helpers import NOW, agreed, slot_at
from tests.browser import PHONE, chromium_page


def test_a_parent_books_with_the_keyboard_in_a_real_browser(app, served, tmp_path):
    practice = factories.practice()
    slot_at(practice, "2026-11-18T09:00")
    slot_at(practice, "2026-11-19T14:00")
    h = agreed(factories.household(practice, children=1))
    db.session.commit()
    with time_machine.travel(NOW, tick=False):
        url = f"{served}/b/{make_token(h.id)}"
    with time_machine.travel(NOW, tick=False), chromium_page(viewport=PHONE) as page:
        page.goto(url)
        assert page.locator("h1").inner_text() == "Vaccinations for Ava"
        page.keyboard.press("Tab")          # the skip link
        page.keyboard.press("Tab")          # into the radio group: the first time
        assert page.evaluate("document.activeElement.id") == "option-1"
        page.keyboard.press("ArrowDown")    # the second time: Thursday
        assert page.locator("#option-2").is_checked()
        page.keyboard.press("Tab")          # the "Book this time" button
        assert page.evaluate("document.activeElement.textContent").strip() == \
            "Book this time"
        page.screenshot(path=str(tmp_path / "choose.png"))
        page.keyboard.press("Enter")
        page.wait_for_selector("text=Appointment booked")
        assert "Thursday 19 November at 14:00" in page.content()
    db.session.expire_all()
    booked = db.session.scalar(select(Booking))
    assert booked is not None and booked.booked_via == "web"
    assert db.session.get(Household, h.id).status is HouseholdStatus.BOOKED
