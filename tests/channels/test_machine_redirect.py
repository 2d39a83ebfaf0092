"""A machine answered: the live call is switched to the voicemail through Twilio's API."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
import responses

from assistant.db import db
from tests import factories
from tests.channels.conftest import PARENT, Recorder, call_attempt, post_signed

API = "http://twilio.fake"
ACCOUNT = "AC" + "a" * 32
CALL_SID = "CA" + "1" * 32


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"CHANNELS": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT,
            "TWILIO_FROM_NUMBER": "+447911123456", "TWILIO_API_BASE_URL": API}


@responses.activate
def test_machine_at_the_end_of_its_greeting_gets_the_voicemail(client, hooks):
    apply = hooks["apply_provider_status"] = Recorder()
    attempt = call_attempt(factories.household(mobile=PARENT), sid=CALL_SID)
    db.session.commit()
    update = responses.post(f"{API}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL_SID}.json",
                            json={"sid": CALL_SID, "status": "in-progress"})
    amd = {"CallSid": CALL_SID, "AnsweredBy": "machine_end_beep"}
    assert post_signed(client, "/twilio/status/call", amd).status_code == 204
    assert post_signed(client, "/twilio/status/call", amd).status_code == 204  # a repeat
    assert update.call_count == 1
    posted = parse_qs(update.calls[0].request.body)
    assert posted["Url"] == [f"https://imms.test/twilio/call/{attempt.id}/voicemail"]
    assert apply.calls[0][1]["answered_by"] == "machine_end_beep"


@responses.activate
def test_twilio_failing_to_switch_the_call_is_not_an_error_for_the_hook(client, hooks):
    call_attempt(factories.household(mobile=PARENT), sid=CALL_SID)
    db.session.commit()
    responses.post(f"{API}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL_SID}.json", status=500)
    amd = {"CallSid": CALL_SID, "AnsweredBy": "machine_end_silence"}
    assert post_signed(client, "/twilio/status/call", amd).status_code == 204
