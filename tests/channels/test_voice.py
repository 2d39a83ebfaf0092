"""Calls: the practice first, the menu, voicemail, key presses, and parents calling us."""

from __future__ import annotations

from sqlalchemy import select
from twilio.twiml.voice_response import VoiceResponse

from assistant.db import db
from assistant.models import Direction, HookEvent, Message
from tests import factories
from tests.channels.conftest import (
    OURS,
    PARENT,
    Recorder,
    call_attempt,
    post_signed,
    spoken,
    xml,
)

CALL_SID = "CA" + "1" * 32
ANSWERED = {"CallSid": CALL_SID, "From": OURS, "To": PARENT, "Direction": "outbound-api",
            "CallStatus": "in-progress"}


def setup_call(children: int = 1):
    household = factories.household(mobile=PARENT, children=children)
    attempt = call_attempt(household, sid=CALL_SID)
    db.session.commit()
    return household, attempt


def machine_said(answered_by: str) -> None:
    db.session.add(HookEvent(key=f"call-amd:{CALL_SID}:{answered_by}",
                             received_at=factories.clock.now()))
    db.session.commit()


def inbound_messages() -> list[Message]:
    db.session.expire_all()
    return db.session.scalars(select(Message).where(Message.direction == Direction.INBOUND)
                              .order_by(Message.id)).all()


def test_answered_call_opens_with_only_the_practice_while_the_machine_check_runs(client, hooks):
    _household, attempt = setup_call()
    root = xml(post_signed(client, f"/twilio/call/{attempt.id}/answer", ANSWERED))
    said = spoken(root)
    assert "Smithdown Road Medical Centre" in said
    assert "Ava" not in said and "vaccin" not in said.lower()
    [say] = root.iter("Say")
    assert (say.get("voice"), say.get("language")) == ("Polly.Amy", "en-GB")
    assert root.find("Pause") is not None
    assert root.find("Redirect").text.endswith(f"/twilio/call/{attempt.id}/answer?wait=1")
    assert root.find("Gather") is None


def test_a_person_hears_the_menu_with_keys_and_speech(client, hooks):
    _household, attempt = setup_call()
    machine_said("human")
    root = xml(post_signed(client, f"/twilio/call/{attempt.id}/answer?wait=1", ANSWERED))
    gather = root.find("Gather")
    assert gather.get("input") == "dtmf speech" and gather.get("numDigits") == "1"
    assert gather.get("language") == "en-GB" and gather.get("timeout") == "6"
    assert gather.get("action") == \
        f"https://imms.test/twilio/call/gather?attempt={attempt.id}&try=1"
    menu = spoken(gather)
    for key in ("press 1", "press 2", "press 3", "press 4"):
        assert key in menu
    assert "Ava" not in menu  # the call names no child


def test_nothing_heard_repeats_the_menu_once_then_thanks_and_hangs_up(client, hooks):
    _household, attempt = setup_call()
    first = xml(post_signed(client, f"/twilio/call/{attempt.id}/answer?wait=2", ANSWERED))
    repeat_url = first.find("Redirect").text
    assert repeat_url == f"https://imms.test/twilio/call/menu?attempt={attempt.id}&try=2"
    second = xml(post_signed(client, repeat_url.removeprefix("https://imms.test"), ANSWERED))
    assert second.find("Gather") is not None
    assert second.find("Redirect") is None and second.find("Hangup") is not None
    assert "Thank you" in spoken(second)


def test_voicemail_names_only_the_practice_and_how_to_reply(client, hooks):
    _household, attempt = setup_call(children=2)
    machine_said("machine_end_beep")
    for path in (f"/twilio/call/{attempt.id}/answer?wait=1",
                 f"/twilio/call/{attempt.id}/voicemail"):
        root = xml(post_signed(client, path, ANSWERED))
        said = spoken(root)
        assert "Smithdown Road Medical Centre" in said
        assert "0 7 7 0 0, 9 0 0, 0 0 0" in said  # the sandbox number, digit by digit
        for never in ("Ava", "Ben", "Evans", "vaccin", "MMR", "immunis"):
            assert never.lower() not in said.lower()
        assert root.find("Gather") is None and root.find("Hangup") is not None


def test_a_key_press_is_kept_on_the_household_before_it_is_acted_on(client, hooks):
    household, attempt = setup_call()
    handler = hooks["handle_call_choice"] = Recorder(result=["Thank you. Goodbye."])
    path = f"/twilio/call/gather?attempt={attempt.id}&try=1"
    root = xml(post_signed(client, path, {**ANSWERED, "Digits": "1"}))
    [kept] = inbound_messages()
    assert (kept.channel, kept.body, kept.household_id) == ("voice", "pressed 1", household.id)
    assert (kept.attempt_id, kept.from_number) == (attempt.id, PARENT)
    (_session, got_household, digits, speech, message), _ = handler.calls[0]
    assert (got_household.id, digits, speech, message.id) == (household.id, "1", None, kept.id)
    assert spoken(root) == "Thank you. Goodbye." and root.find("Hangup") is not None


def test_speech_is_kept_in_the_parents_words(client, hooks):
    _household, attempt = setup_call()
    hooks["handle_call_choice"] = Recorder(result=[])
    post_signed(client, f"/twilio/call/gather?attempt={attempt.id}&try=1",
                {**ANSWERED, "SpeechResult": "I'd like to book please", "Confidence": "0.9"})
    [kept] = inbound_messages()
    assert kept.body == "I'd like to book please"


def test_the_same_key_press_delivered_twice_is_kept_once(client, hooks):
    _household, attempt = setup_call()
    handler = hooks["handle_call_choice"] = Recorder(result=["Thank you."])
    path = f"/twilio/call/gather?attempt={attempt.id}&try=1"
    for _ in range(3):
        assert post_signed(client, path, {**ANSWERED, "Digits": "3"}).status_code == 200
    assert len(inbound_messages()) == 1 and len(handler.calls) == 1


def test_without_a_reply_handler_the_family_is_told_the_team_will_be_in_touch(client, hooks):
    _household, attempt = setup_call()
    root = xml(post_signed(client, f"/twilio/call/gather?attempt={attempt.id}&try=1",
                           {**ANSWERED, "Digits": "2"}))
    assert "in touch" in spoken(root)
    assert len(inbound_messages()) == 1


def test_a_key_that_is_not_on_the_menu_gets_the_menu_again(client, hooks):
    _household, attempt = setup_call()
    root = xml(post_signed(client, f"/twilio/call/gather?attempt={attempt.id}&try=1",
                           {**ANSWERED, "Digits": "9"}))
    assert "not one of the choices" in spoken(root)
    assert root.find("Gather").get("action").endswith("try=2")


def test_a_question_from_the_reply_handler_keeps_listening(client, hooks):
    _household, attempt = setup_call()

    def asks_to_confirm(session, household, digits, speech, message):
        household.dialogue_state = "awaiting_refusal_confirmation"
        return ["To confirm you do not want the vaccines, press 3 again."]

    hooks["handle_call_choice"] = asks_to_confirm
    root = xml(post_signed(client, f"/twilio/call/gather?attempt={attempt.id}&try=1",
                           {**ANSWERED, "Digits": "3"}))
    gather = root.find("Gather")
    assert "press 3 again" in spoken(gather)
    assert gather.get("action").endswith(f"attempt={attempt.id}&try=2")


def test_a_reply_handler_may_answer_with_its_own_twiml(client, hooks):
    _household, attempt = setup_call()
    own = VoiceResponse()
    own.say("Custom")
    hooks["handle_call_choice"] = Recorder(result=own)
    root = xml(post_signed(client, f"/twilio/call/gather?attempt={attempt.id}&try=1",
                           {**ANSWERED, "Digits": "1"}))
    assert spoken(root) == "Custom"


def test_the_choice_is_kept_even_when_the_reply_handler_fails(client, hooks):
    _household, attempt = setup_call()
    hooks["handle_call_choice"] = Recorder(error=RuntimeError("boom"))
    root = xml(post_signed(client, f"/twilio/call/gather?attempt={attempt.id}&try=1",
                           {**ANSWERED, "Digits": "4"}))
    assert "kept your answer" in spoken(root)
    [kept] = inbound_messages()
    assert (kept.body, kept.status) == ("pressed 4", "unhandled")


def test_a_parent_calling_back_is_recognised_and_hears_the_menu(client, hooks):
    household = factories.household(mobile=PARENT)
    db.session.commit()
    params = {"CallSid": "CA" + "2" * 32, "From": PARENT, "To": OURS, "Direction": "inbound"}
    root = xml(post_signed(client, "/twilio/voice", params))
    gather = root.find("Gather")
    assert "Thank you for calling Smithdown Road Medical Centre" in spoken(gather)
    assert gather.get("action").endswith(f"household={household.id}&try=1")
    post_signed(client, "/twilio/voice", params)  # a repeat stores nothing more
    [kept] = inbound_messages()
    assert (kept.household_id, kept.channel) == (household.id, "voice")
    # Their key press is kept with the caller's own number.
    post_signed(client, gather.get("action").removeprefix("https://imms.test"),
                {**params, "Digits": "2"})
    assert inbound_messages()[-1].from_number == PARENT


def test_an_unknown_caller_can_leave_a_message_for_the_coordinators(client, hooks):
    caller = {"CallSid": "CA" + "3" * 32, "From": "+447700900444", "To": OURS,
              "Direction": "inbound"}
    root = xml(post_signed(client, "/twilio/voice", caller))
    record = root.find("Record")
    assert record.get("action") == "https://imms.test/twilio/voice/recording"
    assert root.find("Gather") is None
    left = {**caller, "RecordingSid": "RE" + "4" * 32, "RecordingDuration": "14",
            "RecordingUrl": "https://api.twilio.com/recordings/RE444"}
    for _ in range(2):
        answer = xml(post_signed(client, "/twilio/voice/recording", left))
        assert "passed to the team" in spoken(answer)
    call, message = inbound_messages()
    assert call.household_id is None and message.household_id is None
    assert message.status == "needs_person" and "RE444" in message.body


def test_an_empty_recording_is_not_kept(client, hooks):
    left = {"CallSid": "CA" + "3" * 32, "From": "+447700900444", "To": OURS,
            "RecordingSid": "RE" + "5" * 32, "RecordingDuration": "0", "RecordingUrl": "x"}
    post_signed(client, "/twilio/voice/recording", left)
    assert inbound_messages() == []


def test_call_hooks_refuse_a_forged_signature(client, hooks):
    _household, attempt = setup_call()
    for path in (f"/twilio/call/{attempt.id}/answer", "/twilio/call/gather?attempt=1",
                 "/twilio/voice", "/twilio/voice/recording", "/twilio/call/menu"):
        response = client.post(path, data={**ANSWERED, "Digits": "1"},
                               headers={"X-Twilio-Signature": "forged"})
        assert response.status_code == 403
    assert inbound_messages() == []
