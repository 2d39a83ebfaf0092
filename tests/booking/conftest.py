"""Fixtures for booking tests."""

from __future__ import annotations

import pytest

from tests.booking.fakes import RecordingChannel


@pytest.fixture
def channel(monkeypatch: pytest.MonkeyPatch) -> RecordingChannel:
    """A Channel test double in place of ``assistant.channels.get_channel()``."""
    fake = RecordingChannel()
    monkeypatch.setattr("assistant.channels.get_channel", lambda: fake)
    return fake
