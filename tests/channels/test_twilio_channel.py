"""The Twilio channel, with Twilio's REST API faked at the HTTP level."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
import requests
import responses

from assistant.channels import ChannelError, OutboundCall, TextMessage, get_channel
from assistant.channels.twilio import TwilioChannel, delivery_error, send_error

API = "http://twilio.fake"
ACCOUNT = "AC" + "a" * 32
MESSAGES = f"{API}/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
CALLS = f"{API}/2010-04-01/Accounts/{ACCOUNT}/Calls.json"
PARENT = "+447700900596"
TEXT = TextMessage(to=PARENT, body="Hello from Smithdown Road",
                   status_callback="https://imms.test/twilio/status/sms")
CALL = OutboundCall(to=PARENT, answer_url="https://imms.test/twilio/call/7/answer",
                    status_callback="https://imms.test/twilio/status/call")


def channel(**overrides: object) -> TwilioChannel:
    settings = {"account_sid": ACCOUNT, "auth_token": "secret", "from_number": "+447700900000",
                "messaging_service_sid": None, "api_base_url": API}
    settings.update(overrides)
    return TwilioChannel(**settings)


def form(call: responses.Call) -> dict[str, list[str]]:
    return parse_qs(call.request.body)


def created(sid: str, status: str = "queued") -> dict[str, str]:
    return {"sid": sid, "status": status, "account_sid": ACCOUNT}


@responses.activate
def test_text_is_posted_to_messages_json_with_our_status_callback():
    responses.post(MESSAGES, json=created("SM" + "1" * 32), status=201)
    sent = channel().send_text(TEXT)
    assert sent.sid == "SM" + "1" * 32 and sent.status == "queued"
    posted = form(responses.calls[0])
    assert posted["To"] == [PARENT]
    assert posted["Body"] == ["Hello from Smithdown Road"]
    assert posted["StatusCallback"] == ["https://imms.test/twilio/status/sms"]
    assert posted["From"] == ["+447700900000"]
    assert "MessagingServiceSid" not in posted


@responses.activate
def test_text_goes_through_the_messaging_service_when_one_is_set():
    responses.post(MESSAGES, json=created("SM" + "2" * 32), status=201)
    channel(messaging_service_sid="MG" + "b" * 32).send_text(TEXT)
    posted = form(responses.calls[0])
    assert posted["MessagingServiceSid"] == ["MG" + "b" * 32]
    assert "From" not in posted


@responses.activate
def test_call_asks_for_answering_machine_detection_and_every_progress_event():
    responses.post(CALLS, json=created("CA" + "3" * 32), status=201)
    sent = channel().start_call(CALL)
    assert sent.sid == "CA" + "3" * 32
    posted = form(responses.calls[0])
    assert posted["To"] == [PARENT] and posted["From"] == ["+447700900000"]
    assert posted["Url"] == ["https://imms.test/twilio/call/7/answer"]
    assert posted["StatusCallback"] == ["https://imms.test/twilio/status/call"]
    assert posted["StatusCallbackEvent"] == ["initiated", "ringing", "answered", "completed"]
    assert posted["MachineDetection"] == ["DetectMessageEnd"]
    assert posted["AsyncAmd"] == ["true"]
    assert posted["AsyncAmdStatusCallback"] == ["https://imms.test/twilio/status/call"]


def test_a_call_without_our_own_number_is_not_attempted():
    with pytest.raises(ChannelError) as caught:
        channel(from_number=None, messaging_service_sid="MG" + "b" * 32).start_call(CALL)
    assert caught.value.permanent is False


@responses.activate
def test_a_machine_answered_call_is_pointed_at_the_voicemail():
    sid = "CA" + "4" * 32
    responses.post(f"{API}/2010-04-01/Accounts/{ACCOUNT}/Calls/{sid}.json",
                   json=created(sid, "in-progress"))
    channel().redirect_call(sid, "https://imms.test/twilio/call/7/voicemail")
    assert form(responses.calls[0])["Url"] == ["https://imms.test/twilio/call/7/voicemail"]


@pytest.mark.parametrize(("code", "permanent", "reason"), [
    (21211, True, "unusable"),     # invalid number
    (21614, True, "unusable"),     # not a mobile
    (21610, True, "opted_out"),    # replied STOP
    (21408, False, None),          # our account's region settings: not the family's fault
    (20429, False, None),          # too many requests
])
@responses.activate
def test_twilio_error_codes_say_what_to_do_about_the_number(code, permanent, reason):
    responses.post(MESSAGES, status=400, json={
        "code": code, "message": f"The 'To' number {PARENT} is not valid", "status": 400})
    with pytest.raises(ChannelError) as caught:
        channel().send_text(TEXT)
    assert (caught.value.permanent, caught.value.reason, caught.value.code) == (
        permanent, reason, code)
    # Twilio's own wording quotes the number; ours never does.
    assert "900596" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


@responses.activate
def test_twilio_answering_500_is_tried_again_later():
    responses.post(MESSAGES, status=500, body="upstream broke")
    with pytest.raises(ChannelError) as caught:
        channel().send_text(TEXT)
    assert caught.value.permanent is False and caught.value.reason is None


@pytest.mark.parametrize("failure", [requests.ConnectTimeout("slow"),
                                     requests.ReadTimeout("slow"),
                                     requests.ConnectionError("refused")])
@responses.activate
def test_twilio_timing_out_or_unreachable_is_tried_again_later(failure):
    responses.post(CALLS, body=failure)
    with pytest.raises(ChannelError) as caught:
        channel().start_call(CALL)
    assert caught.value.permanent is False


def test_unknown_refusals_are_permanent_but_do_not_blame_the_number():
    meaning = send_error(21999, 400)
    assert meaning.permanent and meaning.reason is None
    assert send_error(None, 503).permanent is False


@pytest.mark.parametrize(("code", "permanent", "reason"), [
    (30003, False, None),          # phone off: the number is fine
    (30005, True, "unusable"),     # unknown handset
    (30006, True, "unusable"),     # landline
    (30007, True, None),           # carrier filtering
    (30008, False, None),
])
def test_delivery_error_codes_mark_only_dead_numbers_unusable(code, permanent, reason):
    meaning = delivery_error(code)
    assert (meaning.permanent, meaning.reason) == (permanent, reason)


def test_no_delivery_error_means_none():
    assert delivery_error(None) is None and delivery_error(0) is None


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"CHANNELS": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT,
            "TWILIO_FROM_NUMBER": "+447911123456", "TWILIO_API_BASE_URL": API}


@responses.activate
def test_the_app_builds_one_twilio_channel_pointed_at_the_configured_api(app):
    first = get_channel()
    assert first is get_channel()
    assert isinstance(first, TwilioChannel)
    responses.post(MESSAGES, json=created("SM" + "5" * 32), status=201)
    assert first.send_text(TEXT).sid == "SM" + "5" * 32
