"""The one small interface every provider implements.

A channel sends a text or starts a call and returns the provider's SID; it
raises :class:`ChannelError` for anything that went wrong, saying whether trying
again could help. Dispatch never talks to a provider any other way.
"""

from __future__ import annotations

import abc
import logging
import time
from dataclasses import dataclass

log = logging.getLogger(__name__)


class ChannelError(Exception):
    """A send that failed. ``permanent`` means retrying the same number will not help."""

    def __init__(self, message: str, *, permanent: bool, code: int | None = None,
                 reason: str | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.code = code
        # What the pathway should do about the number: "unusable", "opted_out" or None.
        self.reason = reason


@dataclass(frozen=True)
class Sent:
    """What the provider said when it accepted a text or a call."""

    sid: str
    status: str


@dataclass(frozen=True)
class TextMessage:
    to: str               # E.164
    body: str
    status_callback: str  # absolute URL of our status hook


@dataclass(frozen=True)
class OutboundCall:
    to: str               # E.164
    answer_url: str       # where the provider asks what to say (TwiML)
    status_callback: str  # call progress and answering-machine results


class Channel(abc.ABC):
    """A provider of texts and calls: ``twilio`` or ``sandbox``."""

    name: str

    def send_text(self, message: TextMessage) -> Sent:
        """Send ``message``; log (no number, no body) and time it."""
        return self._timed("text", lambda: self._send_text(message))

    def start_call(self, call: OutboundCall) -> Sent:
        """Start ``call``; log (no number) and time it."""
        return self._timed("call", lambda: self._start_call(call))

    def redirect_call(self, call_sid: str, url: str) -> None:
        """Point a call in progress at new TwiML (a machine answered: leave the voicemail)."""
        started = time.perf_counter()
        try:
            self._redirect_call(call_sid, url)
        except ChannelError as error:
            log.warning("%s redirect of %s failed after %.0f ms: code=%s", self.name, call_sid,
                        (time.perf_counter() - started) * 1000, error.code)
            raise

    def _redirect_call(self, call_sid: str, url: str) -> None:
        # Not abstract, so providers (and test doubles) written before it still build.
        raise ChannelError(f"{self.name} cannot redirect a call", permanent=True)

    def _timed(self, what: str, send) -> Sent:
        started = time.perf_counter()
        try:
            sent = send()
        except ChannelError as error:
            log.warning("%s %s failed after %.0f ms: code=%s permanent=%s", self.name, what,
                        (time.perf_counter() - started) * 1000, error.code, error.permanent)
            raise
        # DEBUG: every send's SID is kept in the database, and the tick logs the counts at
        # INFO; a line per send cost ~8% of the dispatch loop's CPU.
        log.debug("%s %s accepted as %s in %.0f ms", self.name, what, sent.sid,
                 (time.perf_counter() - started) * 1000)
        return sent

    @abc.abstractmethod
    def _send_text(self, message: TextMessage) -> Sent: ...

    @abc.abstractmethod
    def _start_call(self, call: OutboundCall) -> Sent: ...
