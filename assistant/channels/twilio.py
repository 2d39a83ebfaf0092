"""Twilio: texts and calls through the ``twilio`` package's REST client.

What Twilio's error codes and statuses mean for the pathway is kept as data in
the tables below, so a reader can check them against Twilio's error dictionary
in one place. No phone number or message body goes into an error or a log:
Twilio's own error text often quotes the number, so it is never passed on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import requests
from twilio.base.exceptions import TwilioException, TwilioRestException, TwilioServiceException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from assistant.channels.base import Channel, ChannelError, OutboundCall, Sent, TextMessage
from assistant.models.contact import (
    CALL_OUTCOMES,
    OPTED_OUT,
    TEXT_OUTCOMES,
    UNUSABLE,
    Delivery,
)

TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class ErrorMeaning:
    """What a Twilio error code means for us.

    ``permanent``: trying the same number again will not help. ``reason``: what
    to do about the number ("unusable", "opted_out") or None when the number is
    not at fault. ``sentence``: plain words for staff, with no personal data.
    """

    permanent: bool
    reason: str | None
    sentence: str


def _number(sentence: str) -> ErrorMeaning:
    return ErrorMeaning(True, UNUSABLE, sentence)


def _setup(sentence: str) -> ErrorMeaning:
    # Our account or sender is misconfigured: not the family's fault and not a
    # made attempt. Retry later (and log loudly) rather than burn an attempt.
    return ErrorMeaning(False, None, sentence + " (check the Twilio account settings)")


# Errors Twilio answers when we ask it to send a text or start a call.
SEND_ERRORS: dict[int, ErrorMeaning] = {
    21211: _number("The number is not a valid phone number"),
    21217: _number("The number is not a valid phone number"),
    13224: _number("The number is not a valid phone number"),
    21614: _number("The number is not a mobile, so it cannot get texts"),
    21612: _number("The number cannot be reached by text from our number"),
    21610: ErrorMeaning(True, OPTED_OUT, "The family has replied STOP to our number"),
    21617: ErrorMeaning(True, None, "The text is longer than Twilio accepts"),
    21602: ErrorMeaning(True, None, "The text was empty"),
    20429: ErrorMeaning(False, None, "Twilio asked us to slow down"),
    20003: _setup("Twilio did not accept our credentials"),
    20404: _setup("Twilio did not find our account or sender"),
    21212: _setup("Our sending number is not valid"),
    21606: _setup("Our sending number cannot send texts"),
    21408: _setup("Our account may not send texts to this region"),
    21215: _setup("Our account may not call this region"),
    21216: _setup("Our account may not call this number range"),
    21608: _setup("A trial account can only reach verified numbers"),
    21210: _setup("Our calling number is not verified"),
}

# ErrorCode in a message status callback: why a text was not delivered.
DELIVERY_ERRORS: dict[int, ErrorMeaning] = {
    30001: ErrorMeaning(False, None, "Twilio's queue was full"),
    30002: _setup("Our Twilio account is suspended"),
    30003: ErrorMeaning(False, None, "The phone was switched off or out of reach"),
    30004: ErrorMeaning(True, None, "The text was blocked"),
    30005: _number("The number does not exist"),
    30006: _number("The number is a landline or cannot get texts"),
    30007: ErrorMeaning(True, None, "The mobile network filtered the text"),
    30008: ErrorMeaning(False, None, "The mobile network reported an unknown error"),
    21610: ErrorMeaning(True, OPTED_OUT, "The family has replied STOP to our number"),
    21614: _number("The number is not a mobile, so it cannot get texts"),
}

# Twilio's statuses, each read as the outcome of ours with the same name.
OURS_ONLY = (Delivery.ANSWERED, Delivery.VOICEMAIL)
MESSAGE_STATUSES = frozenset(s for s in TEXT_OUTCOMES if s not in OURS_ONLY)
CALL_STATUSES = frozenset(s for s in CALL_OUTCOMES if s not in OURS_ONLY)
# AnsweredBy values after MachineDetection=DetectMessageEnd that mean "leave a voicemail".
MACHINE_ENDS = frozenset({"machine_end_beep", "machine_end_silence", "machine_end_other"})


def call_outcome(status: str, answered_by: str | None) -> str:  # a Delivery
    """A call's outcome in our words: a machine answered (the voicemail), a person did, or
    Twilio's status. The answering-machine result may come with "in-progress" or with
    "completed", before or after the other, so "voicemail" outranks "answered"."""
    if status in (Delivery.IN_PROGRESS, Delivery.COMPLETED):
        if answered_by and answered_by.startswith("machine"):
            return Delivery.VOICEMAIL
        if answered_by == "fax":
            return Delivery.FAILED
    if status == Delivery.COMPLETED or (status == Delivery.IN_PROGRESS
                                        and answered_by == "human"):
        return Delivery.ANSWERED
    return status


def number_problem(error_code: int | None) -> str | None:
    """``unusable`` or ``opted_out`` when Twilio's error code says so about the number."""
    if error_code is None:
        return None
    meaning = SEND_ERRORS.get(error_code) or DELIVERY_ERRORS.get(error_code)
    return meaning.reason if meaning else None


def send_error(code: int | None, http_status: int | None) -> ErrorMeaning:
    """The meaning of an error Twilio gave when asked to send."""
    if code in SEND_ERRORS:
        return SEND_ERRORS[code]
    if http_status is None or http_status >= 500 or http_status in (408, 429):
        return ErrorMeaning(False, None, "Twilio had a problem; we will try again")
    return ErrorMeaning(True, None, f"Twilio refused the request (error {code})")


def delivery_error(code: int | None) -> ErrorMeaning | None:
    """The meaning of a status callback's ErrorCode; None when there is none."""
    if not code:
        return None
    return DELIVERY_ERRORS.get(code, ErrorMeaning(True, None, f"Not delivered (error {code})"))


T = TypeVar("T")


class TwilioChannel(Channel):
    """Sends through Twilio's REST API (``Messages.json``, ``Calls.json``)."""

    name = "twilio"

    def __init__(self, *, account_sid: str, auth_token: str, from_number: str | None,
                 messaging_service_sid: str | None, api_base_url: str,
                 timeout: float = TIMEOUT_SECONDS) -> None:
        self.from_number = from_number
        self.messaging_service_sid = messaging_service_sid
        self.client = Client(account_sid, auth_token,
                             http_client=TwilioHttpClient(timeout=timeout))
        # Every Messages/Calls request is built from the Api domain's public
        # base_url, so this sends them to a test double or proxy when configured.
        self.client.api.base_url = api_base_url

    def _send_text(self, message: TextMessage) -> Sent:
        sender = ({"messaging_service_sid": self.messaging_service_sid}
                  if self.messaging_service_sid else {"from_": self.from_number})
        created = self._request(lambda: self.client.messages.create(
            to=message.to, body=message.body, status_callback=message.status_callback,
            **sender,
        ))
        return Sent(sid=created.sid, status=str(created.status or Delivery.QUEUED))

    def _start_call(self, call: OutboundCall) -> Sent:
        if not self.from_number:
            raise ChannelError("TWILIO_FROM_NUMBER is needed to make calls", permanent=False)
        created = self._request(lambda: self.client.calls.create(
            to=call.to, from_=self.from_number, url=call.answer_url, method="POST",
            status_callback=call.status_callback, status_callback_method="POST",
            status_callback_event=["initiated", "ringing", "answered", "completed"],
            machine_detection="DetectMessageEnd", async_amd="true",  # a string field in the API
            async_amd_status_callback=call.status_callback,
            async_amd_status_callback_method="POST",
        ))
        return Sent(sid=created.sid, status=str(created.status or Delivery.QUEUED))

    def _redirect_call(self, call_sid: str, url: str) -> None:
        self._request(lambda: self.client.calls(call_sid).update(url=url, method="POST"))

    @staticmethod
    def _request(do: Callable[[], T]) -> T:
        try:
            return do()
        except (TwilioRestException, TwilioServiceException) as error:
            meaning = send_error(error.code, error.status)
            # `from None`: Twilio's message can quote the number; keep it out of logs.
            raise ChannelError(meaning.sentence, permanent=meaning.permanent,
                               code=error.code, reason=meaning.reason) from None
        except requests.Timeout:
            raise ChannelError("Twilio did not answer in time; we will try again",
                               permanent=False) from None
        except (requests.RequestException, TwilioException) as error:
            raise ChannelError(f"Twilio could not be reached ({type(error).__name__}); "
                               "we will try again", permanent=False) from None
