"""The shared page frame: NHS.UK header, skip link, footer, favicon; no inline script;
the console's pages hold at 375 px in a real browser."""

from __future__ import annotations

import re

from assistant.db import db
from tests import factories
from tests.browser import PHONE, chromium_page


def test_favicon_is_served_not_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.data[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert response.mimetype == "image/vnd.microsoft.icon"


def test_the_vendored_frontend_and_its_licence_are_served(client):
    css = client.get("/static/nhsuk/nhsuk-frontend.min.css")
    assert css.status_code == 200 and b".nhsuk-header" in css.data
    # Every file the stylesheet asks for is ours (no font host, no /assets/ 404s).
    for url in set(re.findall(rb"url\(([^)]+)\)", css.data)):
        assert not url.startswith((b"http", b"/")), url
        assert client.get("/static/nhsuk/" + url.decode()).status_code == 200, url
    assert client.get("/static/nhsuk/nhsuk-frontend.min.js").status_code == 200
    assert b"MIT License" in client.get("/static/nhsuk/LICENCE.txt").data


def test_the_login_page_has_the_nhs_frame_and_no_inline_script(client):
    html = client.get("/login").get_data(as_text=True)
    assert 'class="nhsuk-skip-link"' in html and 'href="#maincontent"' in html
    assert 'class="nhsuk-header"' in html and 'id="maincontent"' in html
    assert 'class="nhsuk-footer"' in html and 'rel="icon"' in html
    assert 'class="nhsuk-input' in html and 'class="nhsuk-button"' in html
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    assert " style=" not in html and " onclick=" not in html


def test_signed_in_pages_show_the_menu_and_a_sign_out_form(client):
    factories.user()
    db.session.commit()
    factories.login(client)
    html = client.get("/").get_data(as_text=True)
    assert 'aria-label="Menu"' in html and 'aria-current="page"' in html
    assert re.search(r'<form[^>]*action="/logout"[^>]*>\s*<input[^>]*name="csrf_token"', html)
    assert "coordinator@example.nhs.uk" in html


def test_booking_pages_use_the_frame_without_the_console_menu(app, client):
    factories.user()
    db.session.commit()
    factories.login(client)
    html = client.get("/b/not-a-token").get_data(as_text=True)
    assert 'class="nhsuk-header"' in html and "This link does not work" in html
    assert 'aria-label="Menu"' not in html and "Sign out" not in html
    assert '<meta name="referrer" content="no-referrer">' in html


def test_console_pages_fit_a_375_px_phone(app, served):
    practice = factories.practice()
    for n in range(12):
        factories.household(practice, family_name=f"Featherstonehaugh-Cholmondeley{n}",
                            mobile=f"+4477009001{n:02d}", language="pl")
    factories.user("a.very.long.email.address.for.a.coordinator@example.nhs.uk")
    db.session.commit()
    with chromium_page(viewport=PHONE) as page:
        missing: list[str] = []
        page.on("response", lambda r: missing.append(r.url) if r.status >= 400 else None)
        errors: list[str] = []  # a CSP refusal shows here as a console error
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{served}/login")
        assert _page_width(page) <= 375
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "nhsuk-skip-link"
        page.fill("#email", "a.very.long.email.address.for.a.coordinator@example.nhs.uk")
        page.fill("#password", "correct horse battery")
        page.click("button[type=submit]")
        page.wait_for_url(f"{served}/")
        assert "Featherstonehaugh-Cholmondeley0" in page.content()
        assert _page_width(page) <= 375
        assert page.evaluate("document.body.classList.contains('js-enabled')")
        page.click("text=Sign out")
        page.wait_for_url(f"{served}/login")
        assert missing == [] and errors == []


def _page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")
