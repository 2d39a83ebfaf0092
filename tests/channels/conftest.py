"""Helpers for the channel tests: Twilio-signed posts, attempts, and no reply handlers."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from twilio.request_validator import RequestValidator

from assistant import clock
from assistant.channels import voice, webhooks
from assistant.db import db
from assistant.models import Attempt, AttemptState, Household, Means
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE_URL

PARENT = "+447700900001"
OURS = "+447700900000"


def signature(path: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    """The X-Twilio-Signature Twilio would send for ``params`` posted to ``path``."""
    return RequestValidator(token).compute_signature(PUBLIC_BASE_URL + path, params)


def post_signed(client, path: str, params: dict[str, str]):
    """POST ``params`` to our hook ``path`` (with its query), signed like Twilio."""
    return client.post(path, data=params,
                       headers={"X-Twilio-Signature": signature(path, params)})


def xml(response) -> ET.Element:
    """The TwiML of ``response``, parsed: fails the test if it is not valid XML."""
    assert response.mimetype == "text/xml"
    return ET.fromstring(response.get_data(as_text=True))  # noqa: S314 - our own output


def spoken(root: ET.Element) -> str:
    return " ".join(say.text or "" for say in root.iter("Say"))


def call_attempt(household: Household, *, sid: str | None = "CA" + "1" * 32,
                 number: int = 2) -> Attempt:
    """An outbound call attempt in flight, as dispatch leaves it after the provider accepted."""
    now = clock.now()
    attempt = Attempt(household_id=household.id, number=number, means=Means.CALL,
                      state=AttemptState.IN_FLIGHT, due_at=now - timedelta(minutes=1),
                      claimed_at=now, phone_id=household.phones[0].id, provider_sid=sid)
    db.session.add(attempt)
    db.session.flush()
    return attempt


class Recorder:
    """Stands in for a later piece's hook (reply handler, apply_provider_status)."""

    def __init__(self, result: object = None, error: Exception | None = None) -> None:
        self.calls: list[tuple[tuple, dict]] = []
        self.result = result
        self.error = error

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.calls.append((args, kwargs))
        if self.error is not None:
            raise self.error
        return self.result


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> dict[str, Recorder]:
    """The hooks' hand-offs (the reply handlers, the provider-status rules), replaced so a
    channel test sees only the channel: each does nothing unless a test puts a Recorder in."""
    installed: dict[str, Recorder] = {}

    def stand_in(name: str):
        def call(*args: object, **kwargs: object) -> object:
            hook = installed.get(name)
            return hook(*args, **kwargs) if hook is not None else None
        return call

    for module, name in ((webhooks, "handle_inbound_text"), (webhooks, "apply_provider_status"),
                         (voice, "handle_call_choice")):
        monkeypatch.setattr(module, name, stand_in(name))
    return installed
