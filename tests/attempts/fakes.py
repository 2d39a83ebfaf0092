"""A fake provider for the pathway tests: records what it was asked to send.

Tests that go through the real Twilio channel use ``responses`` instead; this
double is for the rules (who is contacted when, by what) where HTTP is noise.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant import clock
from assistant.channels.base import Channel, ChannelError, OutboundCall, Sent, TextMessage

_serial = itertools.count(1)


@dataclass
class Sending:
    kind: str           # "text" or "call"
    to: str
    body: str
    sid: str
    at: object          # the clock when it was sent
    answer_url: str = ""


@dataclass
class FakeChannel(Channel):
    """Accepts everything unless ``fail`` says otherwise for a number; can be slow."""

    name: str = "fake"
    delay: float = 0.0
    sent: list[Sending] = field(default_factory=list)
    # number -> a ChannelError to raise (once per entry in the list, then accept)
    fail: dict[str, list[ChannelError]] = field(default_factory=dict)
    hook: Callable[[Sending], None] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _next(self, kind: str, to: str, body: str, answer_url: str = "") -> Sent:
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            errors = self.fail.get(to)
            if errors:
                raise errors.pop(0)
            prefix = "SM" if kind == "text" else "CA"
            sending = Sending(kind, to, body, f"{prefix}{next(_serial):032d}", clock.now(),
                              answer_url)
            self.sent.append(sending)
        if self.hook:
            self.hook(sending)
        return Sent(sending.sid, "queued")

    def _send_text(self, message: TextMessage) -> Sent:
        return self._next("text", message.to, message.body)

    def _start_call(self, call: OutboundCall) -> Sent:
        return self._next("call", call.to, "", call.answer_url)

    def texts_to(self, number: str) -> list[Sending]:
        return [s for s in self.sent if s.kind == "text" and s.to == number]

    def calls_to(self, number: str) -> list[Sending]:
        return [s for s in self.sent if s.kind == "call" and s.to == number]
