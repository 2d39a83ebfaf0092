"""A parent on a phone: open the link, see the child's name, pick a time by keyboard, book.

Uses Debian's chromium (``/usr/bin/chromium``) through Playwright's sync API,
against the page served by werkzeug on 127.0.0.1 in a background thread.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from flask import Flask
from sqlalchemy import select
from werkzeug.serving import make_server

from assistant.booking.links import make_token
from assistant.db import db
from assistant.models import Booking, Household, HouseholdStatus
from tests import factories
from tests.booking.helpers import NOW, agreed, slot_at

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def _sync_playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("the playwright package is missing in CI: pip install -e '.[test]'")
        pytest.skip("the playwright package is not installed - not in CI")
    return sync_playwright


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        pytest.fail("/usr/bin/chromium is missing in CI: .ci/browser should install it")
    pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium) - not in CI")


@pytest.fixture
def served(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


def test_a_parent_books_with_the_keyboard_in_a_real_browser(app, served, tmp_path):
    _need_chromium()
    sync_playwright = _sync_playwright()
    practice = factories.practice()
    slot_at(practice, "2026-11-18T09:00")
    slot_at(practice, "2026-11-19T14:00")
    h = agreed(factories.household(practice, children=1))
    db.session.commit()
    with time_machine.travel(NOW, tick=False):
        url = f"{served}/b/{make_token(h.id)}"
    with time_machine.travel(NOW, tick=False), sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 375, "height": 740})
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
        finally:
            browser.close()
    db.session.expire_all()
    booked = db.session.scalar(select(Booking))
    assert booked is not None and booked.booked_via == "web"
    assert db.session.get(Household, h.id).status is HouseholdStatus.BOOKED
