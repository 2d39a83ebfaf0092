"""Posting forms as a browser does: with the CSRF token read from the page."""

from __future__ import annotations

import re

from flask import g, has_app_context

_TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def token_in(html: str) -> str:
    """The CSRF token in a page's form (the first one: every form on a page has the same)."""
    found = _TOKEN.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def page_token(client, path: str) -> str:
    """Open ``path`` and return the CSRF token of its form."""
    if has_app_context():
        # A test holds an app context that its requests share, and Flask-WTF caches
        # the token in its ``g``: drop one another client's request left there.
        g.pop("csrf_token", None)
    page = client.get(path)
    assert page.status_code == 200, (path, page.status_code)
    return token_in(page.get_data(as_text=True))


def post_form(client, path: str, data: dict, *, page: str | None = None, **kwargs):
    """POST ``data`` to ``path`` with the token from ``page`` (``path`` itself by default)."""
    token = page_token(client, page or path.split("?")[0])
    return client.post(path, data={"csrf_token": token, **data}, **kwargs)
