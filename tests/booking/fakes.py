"""A test double for the Channel interface: records texts, can be told to fail."""

from __future__ import annotations

import itertools

from assistant.channels.base import Channel, ChannelError, OutboundCall, Sent, TextMessage


class RecordingChannel(Channel):
    name = "recording"

    def __init__(self) -> None:
        self.texts: list[TextMessage] = []
        self.fail: ChannelError | None = None
        self._sids = itertools.count(1)

    def _send_text(self, message: TextMessage) -> Sent:
        if self.fail is not None:
            raise self.fail
        self.texts.append(message)
        return Sent(sid=f"SMtest{next(self._sids):06d}", status="queued")

    def _start_call(self, call: OutboundCall) -> Sent:
        raise AssertionError("booking does not start calls")
