"""Texts, calls and letters: one small interface, a provider per file.

:func:`get_channel` picks ``twilio`` or ``sandbox`` from the ``CHANNELS``
setting and keeps one instance per app (nothing is built at import time). The
URL helpers give the absolute addresses of our own hooks, built from
``PUBLIC_BASE_URL`` so they match what Twilio signs.
"""

from __future__ import annotations

import logging

from flask import Flask, current_app

from assistant.channels.base import Channel, ChannelError, OutboundCall, Sent, TextMessage

__all__ = [
    "Channel",
    "ChannelError",
    "OutboundCall",
    "Sent",
    "TextMessage",
    "auth_token",
    "call_answer_url",
    "call_status_url",
    "call_voicemail_url",
    "get_channel",
    "hook_url",
    "sms_status_url",
    "warn_if_public",
]

EXTENSION = "assistant.channel"
log = logging.getLogger(__name__)


def get_channel() -> Channel:
    """The app's channel (``twilio`` or ``sandbox``), built on first use and kept."""
    channel = current_app.extensions.get(EXTENSION)
    if channel is None:
        channel = _build(current_app.config)
        current_app.extensions[EXTENSION] = channel
    return channel


def _build(config) -> Channel:
    if config["CHANNELS"] == "twilio":
        from assistant.channels.twilio import TwilioChannel

        return TwilioChannel(
            account_sid=config["TWILIO_ACCOUNT_SID"],
            auth_token=config["TWILIO_AUTH_TOKEN"],
            from_number=config["TWILIO_FROM_NUMBER"],
            messaging_service_sid=config["TWILIO_MESSAGING_SERVICE_SID"],
            api_base_url=config["TWILIO_API_BASE_URL"],
        )
    from assistant.channels.sandbox import SandboxChannel

    return SandboxChannel(current_app._get_current_object())  # type: ignore[attr-defined]


def warn_if_public(app: Flask) -> None:
    """Log a warning at start-up when the sandbox serves an https address.

    https suggests a real deployment: families' data behind a pretend channel
    (nothing is texted, called or posted) is almost certainly a mistake.
    """
    if app.config["CHANNELS"] == "sandbox" and \
            app.config["PUBLIC_BASE_URL"].startswith("https://"):
        log.warning("CHANNELS=sandbox but PUBLIC_BASE_URL is an https address (%s): nothing "
                    "is sent to families from this instance. Set CHANNELS=twilio for a real "
                    "service, or use the sandbox only on a demo machine.",
                    app.config["PUBLIC_BASE_URL"])


def auth_token() -> str:
    """The token hooks are signed with: Twilio's, or this instance's own sandbox token."""
    token = current_app.config.get("TWILIO_AUTH_TOKEN")
    if token:
        return token
    if current_app.config["CHANNELS"] == "sandbox":
        from assistant.channels.sandbox import sandbox_auth_token

        return sandbox_auth_token(current_app.config["SECRET_KEY"])
    raise ChannelError("TWILIO_AUTH_TOKEN is not set", permanent=True)


def hook_url(path: str) -> str:
    """``PUBLIC_BASE_URL`` + ``path`` (which starts with a slash)."""
    return current_app.config["PUBLIC_BASE_URL"] + path


def sms_status_url() -> str:
    """Where Twilio reports what happened to a text we sent."""
    return hook_url("/twilio/status/sms")


def call_status_url() -> str:
    """Where Twilio reports call progress and the answering-machine result."""
    return hook_url("/twilio/status/call")


def call_answer_url(attempt_id: int) -> str:
    """What an answered outbound call for ``attempt_id`` hears (TwiML)."""
    return hook_url(f"/twilio/call/{attempt_id}/answer")


def call_voicemail_url(attempt_id: int) -> str:
    """The voicemail a machine hears for ``attempt_id``: the practice and how to reply."""
    return hook_url(f"/twilio/call/{attempt_id}/voicemail")
