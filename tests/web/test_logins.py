"""Sign-in (issue 10): throttling, equal work for unknown emails, sessions that end on
sign-out, on a new password or role and after the idle timeout, and the cookie's flags."""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from assistant import clock, create_app
from assistant.config import ConfigError
from assistant.db import db
from assistant.models import Role, User
from tests import factories
from tests.forms import page_token, post_form

EMAIL = "coordinator@example.nhs.uk"
RIGHT = "correct horse battery"


def _signed_in(client) -> bool:
    return client.get("/").status_code == 200


def test_five_wrong_passwords_then_even_the_right_one_is_refused_for_a_while(client):
    factories.user()
    db.session.commit()
    start = clock.now()
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            assert factories.login(client, password="guess").status_code == 401
        refused = factories.login(client, password=RIGHT)
        assert refused.status_code == 429
        assert 0 < int(refused.headers["Retry-After"]) <= 15 * 60
        assert "Too many sign-in attempts" in refused.get_data(as_text=True)
        assert not _signed_in(client)
    with time_machine.travel(start + timedelta(minutes=16), tick=False):
        assert factories.login(client, password=RIGHT).status_code == 302
        assert _signed_in(client)


def test_the_account_limit_holds_from_any_address(app):
    factories.user()
    db.session.commit()
    for n in range(5):
        other = app.test_client()
        other.environ_base["REMOTE_ADDR"] = f"203.0.113.{n}"
        assert factories.login(other, password="guess").status_code == 401
    last = app.test_client()
    last.environ_base["REMOTE_ADDR"] = "203.0.113.99"
    assert factories.login(last, password=RIGHT).status_code == 429


def test_one_address_trying_many_accounts_is_slowed_too(client):
    factories.user()
    db.session.commit()
    for n in range(20):
        assert factories.login(client, f"nobody{n}@example.nhs.uk").status_code == 401
    assert factories.login(client, EMAIL, RIGHT).status_code == 429


def test_right_passwords_do_not_count_towards_the_limit(client):
    factories.user()
    db.session.commit()
    for _ in range(8):
        assert factories.login(client).status_code == 302
        client.post("/logout", data={"csrf_token": page_token(client, "/")})


def test_an_unknown_email_costs_one_password_hash_like_a_known_one(client, monkeypatch):
    import werkzeug.security

    factories.user()
    db.session.commit()
    page_token(client, "/login")  # the dummy hash is made once, before the counting
    factories.login(client, "nobody@example.nhs.uk")
    calls: list[str] = []
    real = werkzeug.security.check_password_hash

    def counted(pwhash: str, password: str) -> bool:
        calls.append(pwhash.split("$")[0])
        return real(pwhash, password)

    monkeypatch.setattr("assistant.web.auth.check_password_hash", counted)
    monkeypatch.setattr("assistant.models.users.check_password_hash", counted)
    factories.login(client, EMAIL, "wrong password")
    factories.login(client, "nobody@example.nhs.uk", "wrong password")
    assert len(calls) == 2 and calls[0] == calls[1]  # one hash each, the same method


def test_an_unknown_email_answers_about_as_slowly_as_a_known_one(client):
    factories.user()
    db.session.commit()

    def timed(email: str) -> float:
        token = page_token(client, "/login")
        started = time.perf_counter()
        client.post("/login", data={"csrf_token": token, "email": email, "password": "x"})
        return time.perf_counter() - started

    timed("nobody@example.nhs.uk")  # the dummy hash is made on first use
    known = statistics.median(timed(EMAIL) for _ in range(3))
    unknown = statistics.median(timed(f"n{n}@example.nhs.uk") for n in range(3))
    # Before: ~220 ms against ~4 ms. A loose bound: the machine is shared.
    assert unknown > known / 3, (known, unknown)


def test_an_inactive_account_is_refused_with_the_same_words(client):
    user = factories.user()
    user.active = False
    db.session.commit()
    response = factories.login(client)
    assert response.status_code == 401
    assert "do not match an active account" in response.get_data(as_text=True)


def test_a_cookie_copied_before_sign_out_does_not_work_after_it(client):
    factories.user()
    db.session.commit()
    factories.login(client)
    copied = client.get_cookie("session").value
    client.post("/logout", data={"csrf_token": page_token(client, "/")})
    client.set_cookie("session", copied)
    response = client.get("/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_new_password_ends_the_sessions_made_with_the_old_one(client, runner):
    factories.user()
    db.session.commit()
    factories.login(client)
    assert _signed_in(client)
    result = runner.invoke(args=["create-user", EMAIL, "--role", "coordinator",
                                 "--password", "a brand new passphrase"])
    assert result.exit_code == 0, result.output
    assert not _signed_in(client)
    assert factories.login(client, password="a brand new passphrase").status_code == 302


def test_a_role_change_ends_the_session(client):
    practice = factories.practice()
    user = factories.user()
    db.session.commit()
    factories.login(client)
    assert _signed_in(client)
    user.role, user.practice_id = Role.PRACTICE, practice.id
    db.session.commit()
    assert not _signed_in(client)


def test_other_changes_keep_the_session(client):
    user = factories.user()
    db.session.commit()
    factories.login(client)
    user.last_login_at = clock.now() - timedelta(days=1)
    db.session.commit()
    assert _signed_in(client)


def test_two_session_ends_at_once_both_count(app):
    user = factories.user()
    db.session.commit()
    first = db.session.get(User, user.id)
    first.end_sessions()
    db.session.execute(User.__table__.update().values(session_version=User.session_version + 5))
    db.session.commit()
    assert db.session.scalar(select(User.session_version)) == 6


def test_a_session_unused_for_the_idle_timeout_ends(client):
    factories.user()
    db.session.commit()
    start = clock.now()
    with time_machine.travel(start, tick=False):
        factories.login(client)
        assert _signed_in(client)
    with time_machine.travel(start + timedelta(minutes=29), tick=False):
        assert _signed_in(client)  # in use: the clock starts again
    with time_machine.travel(start + timedelta(minutes=58), tick=False):
        assert _signed_in(client)
    with time_machine.travel(start + timedelta(minutes=89), tick=False):
        response = client.get("/")
        assert response.status_code == 302 and "/login" in response.headers["Location"]
        assert "signed out after 30 minutes" in client.get("/login").get_data(as_text=True)


def test_the_idle_timeout_is_a_setting(app, client, tmp_path):
    app.config["SESSION_IDLE_MINUTES"] = 5
    factories.user()
    db.session.commit()
    start = clock.now()
    with time_machine.travel(start, tick=False):
        factories.login(client)
    with time_machine.travel(start + timedelta(minutes=6), tick=False):
        assert not _signed_in(client)
    for bad in ("0", "soon", "9999"):
        with pytest.raises(ConfigError, match="SESSION_IDLE_MINUTES"):
            create_app({"INSTANCE_PATH": tmp_path, "SESSION_IDLE_MINUTES": bad})
    with pytest.raises(ConfigError, match="LOGIN_THROTTLE_STORAGE"):
        create_app({"INSTANCE_PATH": tmp_path, "LOGIN_THROTTLE_STORAGE": "file:///tmp/x"})


def test_the_session_cookie_is_samesite_lax_httponly_and_secure(client):
    factories.user()
    db.session.commit()
    response = post_form(client, "/login", {"email": EMAIL, "password": RIGHT})
    cookie = response.headers["Set-Cookie"]
    assert "SameSite=Lax" in cookie and "HttpOnly" in cookie and "Secure" in cookie
