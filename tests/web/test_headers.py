"""Security headers on every response (issue 10)."""

from __future__ import annotations

from assistant.db import db
from tests import factories
from tests.conftest import make_app


def _csp(response) -> dict[str, str]:
    policy = response.headers["Content-Security-Policy"]
    return dict([*part.strip().split(" ", 1), ""][:2] for part in policy.split(";"))


def test_every_page_gets_a_strict_csp_and_the_other_headers(client):
    for path in ("/login", "/", "/favicon.ico", "/static/app.css", "/no-such-page",
                 "/b/not-a-token"):
        response = client.get(path)
        csp = _csp(response)
        assert csp["script-src"] == "'self'" and "unsafe-inline" not in str(csp), path
        assert csp["frame-ancestors"] == "'none'", path
        assert response.headers["X-Frame-Options"] == "DENY", path
        assert response.headers["X-Content-Type-Options"] == "nosniff", path
        assert response.headers["Strict-Transport-Security"].startswith("max-age="), path


def test_booking_pages_send_no_referrer_and_console_pages_only_to_ourselves(client):
    assert client.get("/b/not-a-token").headers["Referrer-Policy"] == "no-referrer"
    assert client.get("/login").headers["Referrer-Policy"] == "same-origin"


def test_pages_with_personal_data_are_not_stored_but_static_files_are_cached(client):
    factories.household()
    factories.user()
    db.session.commit()
    factories.login(client)
    assert client.get("/").headers["Cache-Control"] == "no-store"
    assert client.get("/b/not-a-token").headers["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/static/app.css").headers.get("Cache-Control", "")


def test_no_hsts_when_the_service_is_served_over_plain_http(app, tmp_path):
    plain = make_app(app.config["DATABASE_URL"], tmp_path / "plain",
                     PUBLIC_BASE_URL="http://localhost:5000")
    response = plain.test_client().get("/login")
    assert "Strict-Transport-Security" not in response.headers
    assert "Secure" not in response.headers.get("Set-Cookie", "Secure-free")
