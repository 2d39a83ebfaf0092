"""The sandbox on a machine others can reach: its own hook token, and a warning on https."""

from __future__ import annotations

import logging

import pytest
from twilio.request_validator import RequestValidator

from assistant import create_app
from assistant.channels import auth_token
from assistant.config import ConfigError
from tests.conftest import make_app

OLD_PUBLIC_TOKEN = "sandbox-auth-token-not-secret"


def _sandbox(tmp_path, name: str, **overrides):
    settings = {"INSTANCE_PATH": tmp_path / name, "CHANNELS": "sandbox",
                "PUBLIC_BASE_URL": "http://localhost:5000", **overrides}
    return create_app(settings)


def _token(app) -> str:
    with app.app_context():
        return auth_token()


def test_each_instance_signs_sandbox_hooks_with_its_own_token(tmp_path):
    one, two = _sandbox(tmp_path, "one"), _sandbox(tmp_path, "two")
    assert _token(one) != _token(two)
    assert OLD_PUBLIC_TOKEN not in (_token(one), _token(two))
    assert _token(one) == _token(_sandbox(tmp_path, "one"))  # kept with the instance
    assert len(_token(one)) >= 32


def test_a_hook_signed_with_the_old_public_token_is_refused(tmp_path, sqlite_url):
    app = make_app(sqlite_url, tmp_path, TWILIO_AUTH_TOKEN="", PUBLIC_BASE_URL="http://x.test")
    params = {"MessageSid": "SM" + "1" * 32, "From": "+447700900001",
              "To": "+447700900000", "Body": "STOP"}
    forged = RequestValidator(OLD_PUBLIC_TOKEN).compute_signature("http://x.test/twilio/sms",
                                                                  params)
    answer = app.test_client().post("/twilio/sms", data=params,
                                    headers={"X-Twilio-Signature": forged})
    assert answer.status_code == 403


def test_the_sandbox_on_an_https_address_warns_at_start_up(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="assistant"):
        _sandbox(tmp_path, "public", PUBLIC_BASE_URL="https://imms.example.org")
    assert any("CHANNELS=sandbox" in r.getMessage() and "https" in r.getMessage()
               for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="assistant"):
        _sandbox(tmp_path, "local")
    assert not [r for r in caplog.records if "CHANNELS=sandbox" in r.getMessage()]


@pytest.mark.parametrize("number", ["+447700900000", "07700 900123", "+441514960331",
                                    "020 7946 0374", "01632 960 001"])
def test_twilio_from_number_accepts_ofcom_drama_numbers(tmp_path, number):
    app = _sandbox(tmp_path, "drama", TWILIO_FROM_NUMBER=number)
    assert app.config["TWILIO_FROM_NUMBER"].startswith("+44")


@pytest.mark.parametrize("number", ["12", "+447700", "07700 901000"])
def test_twilio_from_number_still_refuses_what_is_not_a_number(tmp_path, number):
    with pytest.raises(ConfigError, match="TWILIO_FROM_NUMBER"):
        _sandbox(tmp_path, "bad", TWILIO_FROM_NUMBER=number)
