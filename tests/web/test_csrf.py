"""CSRF: every form route refuses a POST without its token (400) and changes nothing."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from assistant.db import db
from assistant.models import User
from tests import factories
from tests.forms import page_token

# Routes outside CSRF: Twilio's hooks, which check Twilio's signature instead.
SIGNED_BLUEPRINT = "twilio_hooks"


def _post_rules(app):
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods:
            yield rule


def _sample_url(rule) -> str:
    # Fill each <converter:name> with a value the converter accepts.
    return re.sub(r"<(?:(\w+)(?:\([^)]*\))?:)?\w+>",
                  lambda m: "1" if m.group(1) in ("int", "float") else "x", rule.rule)


def test_every_form_route_refuses_a_post_without_its_token(app, client):
    factories.user()
    db.session.commit()
    factories.login(client)  # signed in, so a refusal is the token's doing, not the login's
    checked = []
    for rule in _post_rules(app):
        if rule.endpoint.startswith(SIGNED_BLUEPRINT + "."):
            continue
        response = client.post(_sample_url(rule), data={"anything": "1"})
        assert response.status_code == 400, (rule.rule, response.status_code)
        assert "Nothing was changed" in response.get_data(as_text=True)
        checked.append(rule.endpoint)
    # The routes this test must at least cover (others, the console's, join as they come).
    assert {"auth.login", "auth.logout", "booking.act", "sandbox.reply",
            "sandbox.press"} <= set(checked)


def test_twilio_hooks_are_the_only_exemption_and_each_checks_its_signature(app, client):
    hooks = [r for r in _post_rules(app) if r.endpoint.startswith(SIGNED_BLUEPRINT + ".")]
    assert hooks, "the Twilio hooks moved: update SIGNED_BLUEPRINT"
    for rule in hooks:
        assert rule.rule.startswith("/twilio/")
        response = client.post(_sample_url(rule), data={"From": "+447700900001"})
        assert response.status_code == 403, rule.rule


def test_login_without_its_token_signs_no_one_in(client):
    user = factories.user()
    db.session.commit()
    response = client.post("/login", data={"email": user.email,
                                           "password": "correct horse battery"})
    assert response.status_code == 400
    assert client.get("/").status_code == 302  # still signed out
    db.session.expire_all()
    assert db.session.scalar(select(User.last_login_at)) is None


def test_logout_is_a_post_with_its_token(client):
    factories.user()
    db.session.commit()
    factories.login(client)
    assert client.get("/logout").status_code == 405
    assert client.post("/logout").status_code == 400
    assert client.get("/").status_code == 200  # a forged sign-out did nothing
    token = page_token(client, "/")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("token", ["", "forged", "a" * 200])
def test_a_bad_token_is_refused_like_a_missing_one(client, token):
    factories.user()
    db.session.commit()
    response = client.post("/login", data={"csrf_token": token, "email": "coordinator@"
                                           "example.nhs.uk", "password": "correct horse battery"})
    assert response.status_code == 400
    assert client.get("/").status_code == 302
