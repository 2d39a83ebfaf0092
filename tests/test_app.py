"""The app factory, settings, logins and the households page."""

from __future__ import annotations

import pytest

from assistant import create_app
from assistant.config import ConfigError
from assistant.db import db
from tests import factories
from tests.forms import post_form


def test_settings_come_from_environment_and_overrides_win(monkeypatch, tmp_path):
    monkeypatch.setenv("SMS_PER_SECOND", "5")
    monkeypatch.setenv("TIMEZONE", "Europe/London")
    app = create_app({"INSTANCE_PATH": tmp_path, "SMS_PER_SECOND": "2.5"})
    assert app.config["SMS_PER_SECOND"] == 2.5
    assert app.config["CALLS_PER_SECOND"] == 1.0
    assert app.config["CHANNELS"] == "sandbox"
    assert app.config["DATABASE_URL"] == f"sqlite:///{tmp_path / 'assistant.sqlite3'}"


@pytest.mark.parametrize(("name", "value", "says"), [
    ("SMS_PER_SECOND", "fast", "number of sends per second"),
    ("CALLS_PER_SECOND", "-1", "zero or a positive number"),
    ("CHANNELS", "carrier-pigeon", "one of sandbox, twilio"),
    ("TIMEZONE", "Mars/Olympus", "IANA time zone"),
    ("PUBLIC_BASE_URL", "imms.example.org", "http(s) address"),
    ("DATABASE_URL", "mysql://x", "sqlite:/// or postgresql"),
    ("TWILIO_FROM_NUMBER", "12", "phone number"),
    ("SCHEDULER", "sometimes", "one of on, off"),
])
def test_a_bad_setting_stops_start_up_with_a_clear_sentence(tmp_path, name, value, says):
    with pytest.raises(ConfigError, match=name) as error:
        create_app({"INSTANCE_PATH": tmp_path, name: value})
    assert says in str(error.value)


def test_twilio_channel_needs_its_credentials(tmp_path):
    with pytest.raises(ConfigError, match="TWILIO_ACCOUNT_SID"):
        create_app({"INSTANCE_PATH": tmp_path, "CHANNELS": "twilio"})


def test_secret_key_is_generated_once_and_kept_private(tmp_path):
    first = create_app({"INSTANCE_PATH": tmp_path}).config["SECRET_KEY"]
    second = create_app({"INSTANCE_PATH": tmp_path}).config["SECRET_KEY"]
    assert first == second and len(first) >= 40
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_postgres_urls_get_the_psycopg_driver(tmp_path):
    app = create_app({"INSTANCE_PATH": tmp_path, "DATABASE_URL": "postgres://u@h/db"})
    assert app.config["DATABASE_URL"] == "postgresql+psycopg://u@h/db"


def test_households_page_needs_a_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client):
    factories.user()
    db.session.commit()
    response = factories.login(client, password="not the password")
    assert response.status_code == 401
    assert b"do not match an active account" in response.data


def test_login_shows_households_with_their_state(client):
    household = factories.household(children=2, landline="+441514960500")
    factories.user()
    db.session.commit()
    assert factories.login(client).status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "Evans" in page and "Ava" in page and "Ben" in page
    assert "text, call, letter" in page
    assert "active" in page
    assert household.practice.ods_code in page


def test_practice_user_sees_only_their_practice(client):
    mine = factories.practice("N80000")
    theirs = factories.practice("F80001", name="Lodge Lane")
    factories.household(mine, family_name="Mine", mobile="+447700900011")
    factories.household(theirs, family_name="Theirs", mobile="+447700900012")
    factories.user("practice@example.nhs.uk", role=factories.Role.PRACTICE, practice_obj=mine)
    db.session.commit()
    factories.login(client, "practice@example.nhs.uk")
    page = client.get("/").get_data(as_text=True)
    assert "Mine" in page and "Theirs" not in page


def test_next_after_login_never_leaves_the_site(client):
    factories.user()
    db.session.commit()
    response = post_form(client, "/login?next=https://evil.example/", {
        "email": "coordinator@example.nhs.uk", "password": "correct horse battery"})
    assert response.headers["Location"] == "/"


def test_unknown_status_filter_is_a_clear_400(client):
    factories.user()
    db.session.commit()
    factories.login(client)
    response = client.get("/?status=lost")
    assert response.status_code == 400
    assert b"no household status called" in response.data
    assert b"Traceback" not in response.data
