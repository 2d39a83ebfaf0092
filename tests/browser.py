"""The one way into Chromium for the tests: Debian's chromium (``/usr/bin/chromium``,
never a downloaded build) through Playwright's sync API, and signing in as a person would.

The pages are served by werkzeug on 127.0.0.1 (the ``served`` fixture in tests/conftest.py).
Without Chromium or Playwright a browser test is skipped, or fails when ``REQUIRE_BROWSER``
(which .ci/run sets) or ``CI`` is set: in CI, .ci/browser installs Chromium and
``pip install -e '.[test]'`` installs Playwright.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

PASSWORD = "correct horse battery"  # tests/factories.user's password
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PHONE = {"width": 375, "height": 740}  # a small phone's viewport: pages must hold at 375 px


def _required() -> bool:
    """Whether a missing browser fails the run (CI) rather than skipping its tests."""
    return bool(os.environ.get("REQUIRE_BROWSER") or os.environ.get("CI"))


def _sync_playwright():
    """Playwright's ``sync_playwright``; skip without the package, or fail in CI."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if _required():
            pytest.fail("the playwright package is missing in CI: pip install -e '.[test]'")
        pytest.skip("the playwright package is not installed - not in CI")
    return sync_playwright


def _need_chromium() -> None:
    """Skip when /usr/bin/chromium is missing, or fail in CI (where .ci/browser installs it)."""
    if CHROMIUM.exists():
        return
    if _required():
        pytest.fail("/usr/bin/chromium is missing in CI: .ci/browser should install it")
    pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium) - not in CI")


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium, closed on the way out (skips or fails as above when missing).

    For a test that needs more than one page (each ``browser.new_page()`` is its own
    context, so its own cookies: a second user); otherwise use :func:`chromium_page`.
    """
    _need_chromium()
    sync_playwright = _sync_playwright()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def chromium_page(**options: Any) -> Iterator[Page]:
    """A new page in a headless Chromium; ``options`` go to ``Browser.new_page``
    (``viewport=PHONE``, ``accept_downloads=True``). The browser closes on the way out."""
    with chromium() as browser:
        yield browser.new_page(**options)


def sign_in(page, served: str, email: str) -> None:
    """Sign ``email`` in through the login form and wait for the home page."""
    page.goto(f"{served}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{served}/")
