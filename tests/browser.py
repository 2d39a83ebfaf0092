"""Helpers for the Chromium tests of the console: sign in as a user, as a person would."""

from __future__ import annotations

PASSWORD = "correct horse battery"  # tests/factories.user's password


def sign_in(page, served: str, email: str) -> None:
    """Sign ``email`` in through the login form and wait for the home page."""
    page.goto(f"{served}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{served}/")
