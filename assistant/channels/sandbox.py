"""The sandbox: no provider, but the real hook code runs.

Sending returns a fake SID at once and then, on a short background thread,
posts the status callbacks Twilio would send (sent then delivered; a call
initiated, ringing, answered, the answering-machine result, completed) to our
own hook routes, signed with the auth token exactly as Twilio signs them. The
thread waits until the SID has been recorded (dispatch stores it after the
send returns), so callbacks never race the caller's transaction.

How each number behaves is decided by its last digits (``BEHAVIOURS``), so the
demo shows failures too. Tests call :meth:`SandboxChannel.drain` to wait for
the callbacks deterministically.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
import uuid
from dataclasses import dataclass

from flask import Flask
from sqlalchemy import select, union_all
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

from assistant.channels import auth_token
from assistant.channels.base import Channel, OutboundCall, Sent, TextMessage
from assistant.models import Delivery

log = logging.getLogger(__name__)

SANDBOX_FROM = "+447700900000"   # an Ofcom drama number: our "long code" in the demo
ACCOUNT_SID = "AC" + "0" * 32
SID_WAIT_SECONDS = 10.0

DELIVERED = (("sent", None), ("delivered", None))


@dataclass(frozen=True)
class Behaviour:
    """What the pretend network does with a text and a call to a number."""

    text: tuple[tuple[str, int | None], ...]   # (MessageStatus, ErrorCode) in order
    call: str                                  # human, machine, no-answer, busy
    shown: str                                 # a line for the demo phone page


# Matched on the number's ending, first match wins. Everything else: delivered, a person.
BEHAVIOURS: tuple[tuple[str, Behaviour], ...] = (
    ("13", Behaviour((("sent", None), ("undelivered", 30006)), "busy",
                     "texts fail as a landline (30006); calls are busy")),
    ("23", Behaviour((("sent", None), ("undelivered", 30003)), "no-answer",
                     "texts fail, phone switched off (30003); calls are not answered")),
    ("9", Behaviour(DELIVERED, "machine", "texts are delivered; calls go to voicemail")),
)
DEFAULT = Behaviour(DELIVERED, "human", "texts are delivered; a person answers calls")


def sandbox_auth_token(secret_key: str) -> str:
    """The token the sandbox signs its hooks with when no Twilio token is set.

    Derived from ``SECRET_KEY`` (generated per instance), so each instance has its
    own and nobody can forge a sandbox hook (a parent's text, a call's key) from a
    token printed in the source.
    """
    return hmac.new(secret_key.encode(), b"sandbox hook token", hashlib.sha256).hexdigest()


def behaviour(number: str) -> Behaviour:
    """How the sandbox treats ``number``."""
    return next((b for suffix, b in BEHAVIOURS if number.endswith(suffix)), DEFAULT)


def post_signed(app: Flask, url: str, params: dict[str, str]) -> TestResponse:
    """POST ``params`` to our own hook ``url`` (absolute), signed as Twilio signs."""
    base = app.config["PUBLIC_BASE_URL"]
    with app.app_context():
        signature = RequestValidator(auth_token()).compute_signature(url, params)
    return app.test_client().post(url[len(base):] if url.startswith(base) else url,
                                  data=params, headers={"X-Twilio-Signature": signature})


class SandboxChannel(Channel):
    """A pretend provider for the demo and tests: fake SIDs, real signed callbacks."""

    name = "sandbox"

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.from_number = app.config.get("TWILIO_FROM_NUMBER") or SANDBOX_FROM
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def _send_text(self, message: TextMessage) -> Sent:
        sid = "SM" + uuid.uuid4().hex
        base = {"MessageSid": sid, "SmsSid": sid, "AccountSid": ACCOUNT_SID,
                "From": self.from_number, "To": message.to, "ApiVersion": "2010-04-01"}
        events = []
        for status, error in behaviour(message.to).text:
            event = {**base, "MessageStatus": status, "SmsStatus": status}
            if error:
                event["ErrorCode"] = str(error)
            events.append(event)
        self._schedule(sid, message.status_callback, events)
        return Sent(sid=sid, status=Delivery.QUEUED)

    def _start_call(self, call: OutboundCall) -> Sent:
        sid = "CA" + uuid.uuid4().hex
        base = {"CallSid": sid, "AccountSid": ACCOUNT_SID, "From": self.from_number,
                "To": call.to, "Direction": "outbound-api", "ApiVersion": "2010-04-01"}
        events = [{**base, "CallStatus": status, **extra}
                  for status, extra in self._call_progress(behaviour(call.to).call)]
        amd = behaviour(call.to).call
        if amd in ("human", "machine"):
            answered_by = "human" if amd == "human" else "machine_end_beep"
            events.insert(3, {"CallSid": sid, "AccountSid": ACCOUNT_SID,
                              "AnsweredBy": answered_by, "MachineDetectionDuration": "2400"})
        self._schedule(sid, call.status_callback, events)
        return Sent(sid=sid, status=Delivery.QUEUED)

    @staticmethod
    def _call_progress(outcome: str) -> list[tuple[str, dict[str, str]]]:
        if outcome == "busy":
            return [("initiated", {}), ("busy", {})]
        if outcome == "no-answer":
            return [("initiated", {}), ("ringing", {}), ("no-answer", {})]
        seconds = "38" if outcome == "human" else "21"
        return [("initiated", {}), ("ringing", {}), ("in-progress", {}),
                ("completed", {"CallDuration": seconds})]

    def _redirect_call(self, call_sid: str, url: str) -> None:
        # Nothing is on the line: the demo phone page shows the voicemail instead.
        log.info("sandbox call %s switched to the voicemail", call_sid)

    # --- the pretend network -------------------------------------------------------------

    def _schedule(self, sid: str, url: str, events: list[dict[str, str]]) -> None:
        thread = threading.Thread(target=self._deliver, args=(sid, url, events),
                                  name=f"sandbox-{sid[:10]}", daemon=True)
        # Started before it is listed: a thread not yet started is not alive, and a
        # parallel send pruning the list must not drop it before drain() sees it.
        thread.start()
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)

    def _deliver(self, sid: str, url: str, events: list[dict[str, str]]) -> None:
        try:
            if not self._wait_for_sid(sid):
                log.info("sandbox: %s was never recorded; callbacks sent anyway", sid)
            for event in events:
                response = post_signed(self.app, url, event)
                if response.status_code >= 300:
                    log.warning("sandbox callback for %s answered %s", sid,
                                response.status_code)
        except Exception:
            log.exception("sandbox callbacks for %s failed", sid)

    def _wait_for_sid(self, sid: str) -> bool:
        from assistant.db import db
        from assistant.models import Attempt, Message

        query = union_all(select(Message.id).where(Message.provider_sid == sid),
                          select(Attempt.id).where(Attempt.provider_sid == sid))
        deadline = time.monotonic() + SID_WAIT_SECONDS
        with self.app.app_context():
            while time.monotonic() < deadline:
                with db.engine.connect() as connection:
                    if connection.execute(query).first() is not None:
                        return True
                time.sleep(0.05)
        return False

    def drain(self, timeout: float = SID_WAIT_SECONDS + 5) -> None:
        """Wait until every callback scheduled so far has been delivered (for tests)."""
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)
