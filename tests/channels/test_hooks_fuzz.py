"""Property-based: Twilio-signed requests with arbitrary form values never answer 500 and
never lose a parent's words (Hypothesis, a few dozen examples a hook: part of every run).

Under tests a 500 is an exception raised through the test client, so "never a 500" is
"never raises, and the status is one we chose"."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from assistant.channels.hook_values import sid as sid_key
from assistant.channels.hook_values import storable
from assistant.db import db
from assistant.models import Attempt, Direction, Message
from tests import factories
from tests.channels.conftest import OURS, PARENT, call_attempt, post_signed

QUICK = settings(max_examples=30, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])
# Any text a form can carry (no lone surrogates: they cannot be sent as UTF-8), often
# with NUL, digits of other scripts, channel prefixes and lengths past every column.
ANY = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=300, max_size=1500),
    st.sampled_from(["", " ", "\x00", "abc", "-1", "0", "²", "٣", "1_000", "99999999999999999999",
                     f"whatsapp:{PARENT}", "messenger:1234567890123456", "+44 7700 900001"]),
)
# What we put in our own URLs: digits, and the odd value a broken or forged one has.
OURS_IN_URL = st.one_of(st.integers(0, 10**25).map(str),
                        st.sampled_from(["", "abc", "-3", "1.5", "0x10", "1e3"]))
_unique = itertools.count()


def _sid(prefix: str, tail: str) -> str:
    return f"{prefix}{next(_unique):06d}{tail}"


def _inbound_messages(**where: object) -> list[Message]:
    db.session.expire_all()
    query = select(Message).where(Message.direction == Direction.INBOUND)
    for name, value in where.items():
        query = query.where(getattr(Message, name) == value)
    return db.session.scalars(query).all()


@QUICK
@given(tail=ANY, sender=ANY, to=ANY, body=ANY, extra=ANY)
def test_an_inbound_text_is_always_kept(client, hooks, tail, sender, to, body, extra):
    sid = _sid("SM", tail)
    params = {"MessageSid": sid, "SmsSid": sid, "From": sender, "To": to, "Body": body,
              "NumMedia": extra, "AccountSid": extra}
    assert post_signed(client, "/twilio/sms", params).status_code == 200
    [kept] = _inbound_messages(provider_sid=sid_key(sid))
    assert kept.body == storable(body)


@QUICK
@given(tail=ANY, status=st.one_of(ANY, st.sampled_from(["sent", "delivered", "failed"])),
       error=ANY, kind=st.sampled_from(["sms", "call"]), duration=ANY, answered=ANY)
def test_a_status_never_fails(client, hooks, tail, status, error, kind, duration, answered):
    sid = _sid("SM" if kind == "sms" else "CA", tail)
    params = {"MessageSid": sid, "MessageStatus": status, "ErrorCode": error,
              "CallSid": sid, "CallStatus": status, "CallDuration": duration,
              "AnsweredBy": answered, "From": OURS, "To": PARENT}
    assert post_signed(client, f"/twilio/status/{kind}", params).status_code == 204


@QUICK
@given(tail=ANY, caller=ANY, to=ANY, duration=ANY, url=ANY)
def test_a_call_or_a_voice_message_never_fails_and_a_recording_is_kept(
        client, hooks, tail, caller, to, duration, url):
    call = _sid("CA", tail)
    assert post_signed(client, "/twilio/voice",
                       {"CallSid": call, "From": caller, "To": to}).status_code == 200
    recording = _sid("RE", tail)
    params = {"CallSid": call, "From": caller, "To": to, "RecordingSid": recording,
              "RecordingDuration": duration, "RecordingUrl": url}
    assert post_signed(client, "/twilio/voice/recording", params).status_code == 200
    kept = _inbound_messages(provider_sid=sid_key(recording))
    said_nothing = duration.strip().lstrip("-").isascii() and duration.strip().lstrip(
        "-").isdigit() and int(duration) <= 0 and len(duration.strip()) < 10
    if storable(url).strip() and not said_nothing:
        assert [m.body.endswith(storable(url).strip()) for m in kept] == [True]


@QUICK
@given(attempt=OURS_IN_URL, turn=OURS_IN_URL, speech=ANY, digits=ANY, tail=ANY,
       direction=st.sampled_from(["outbound-api", "inbound", ""]))
def test_words_said_on_a_call_are_kept_whatever_the_address(
        client, hooks, attempt, turn, speech, digits, tail, direction):
    real = db.session.scalar(select(Attempt)) or call_attempt(factories.household(), number=1)
    db.session.commit()
    attempt = attempt if attempt != "0" else str(real.id)  # now and then, a real one
    call = _sid("CA", tail)
    params = {"CallSid": call, "From": OURS, "To": PARENT, "Direction": direction,
              "SpeechResult": speech, "Digits": digits}
    said = storable(digits).strip()
    said = f"pressed {said}" if said else storable(speech).strip()
    before = len(_inbound_messages(body=said)) if said else 0
    response = post_signed(client, f"/twilio/call/gather?attempt={attempt}&try={turn}", params)
    assert response.status_code in (200, 400)
    if said:
        assert len(_inbound_messages(body=said)) == before + 1


@QUICK
@given(attempt=OURS_IN_URL, wait=OURS_IN_URL, turn=OURS_IN_URL, answered=ANY, tail=ANY)
def test_the_call_menu_pages_never_fail(client, hooks, attempt, wait, turn, answered, tail):
    params = {"CallSid": _sid("CA", tail), "From": OURS, "To": PARENT,
              "Direction": "outbound-api", "AnsweredBy": answered}
    for path in (f"/twilio/call/{attempt}/answer?wait={wait}",
                 f"/twilio/call/{attempt}/voicemail",
                 f"/twilio/call/menu?attempt={attempt}&try={turn}",
                 f"/twilio/call/menu?household={attempt}&try={turn}"):
        assert post_signed(client, path, params).status_code in (200, 400, 404)
