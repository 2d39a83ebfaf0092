"""Fixtures for the pathway tests: a fake channel installed as the app's provider."""

from __future__ import annotations

import pytest

from assistant import channels
from tests.attempts.fakes import FakeChannel


@pytest.fixture
def fake_channel(monkeypatch: pytest.MonkeyPatch) -> FakeChannel:
    fake = FakeChannel()
    monkeypatch.setattr(channels, "get_channel", lambda: fake)
    return fake
