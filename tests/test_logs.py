"""Logs carry no phone numbers or NHS numbers, even by mistake."""

from __future__ import annotations

import logging

from assistant.logs import RedactingFilter, redact


def test_phone_and_nhs_numbers_are_masked():
    assert redact("texted +447700900123 about 999 482 1997") == (
        "texted [redacted] about [redacted]")
    assert redact("07700 900123 called") == "[redacted] called"
    assert redact("attempt 42 took 310 ms") == "attempt 42 took 310 ms"


def test_the_filter_masks_arguments_too():
    record = logging.LogRecord("assistant", logging.INFO, __file__, 1,
                               "sent to %s as %s", ("+447700900123", "SM123"), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "sent to [redacted] as SM123"
