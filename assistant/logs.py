"""Logging that keeps personal data out.

We never pass phone numbers, names or message bodies to a logger; the filter
below is a second line of defence that masks anything shaped like a phone
number or NHS number if one slips into a message or its arguments.
"""

from __future__ import annotations

import logging
import re

from flask import Flask

_PHONE_OR_NHS = re.compile(r"(?<![\w])\+?\d[\d ()-]{8,}\d(?![\w])")


def redact(text: str) -> str:
    """``text`` with phone-number- and NHS-number-shaped runs masked."""
    return _PHONE_OR_NHS.sub("[redacted]", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in args)
        return True


def configure(app: Flask) -> None:
    logger = logging.getLogger("assistant")
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    if not logger.handlers and not app.testing:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
        logger.setLevel(app.config.get("LOG_LEVEL", "INFO"))
