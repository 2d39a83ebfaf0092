"""Logging that keeps personal data out.

We never pass phone numbers, names or message bodies to a logger; the filter
below is a second line of defence that masks anything shaped like a phone
number or NHS number if one slips into a message, its arguments or a traceback.
SQLAlchemy's errors carry no parameters (``hide_parameters=True`` in db.py), and
request lines name the route (``/b/<token>``), never the link in the path.
"""

from __future__ import annotations

import logging
import re

from flask import Flask
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map

_PHONE_OR_NHS = re.compile(r"(?<![\w])\+?\d[\d ()-]{8,}\d(?![\w])")
# The request line werkzeug's server logs: "GET /b/abc?x=1 HTTP/1.1".
_REQUEST_LINE = re.compile(r"(?P<method>GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) "
                           r"(?P<path>/\S*) (?P<version>HTTP/[\d.]+)")
_FORMATTER = logging.Formatter()


def redact(text: str) -> str:
    """``text`` with phone-number- and NHS-number-shaped runs masked."""
    return _PHONE_OR_NHS.sub("[redacted]", text)


class RedactingFilter(logging.Filter):
    """Masks numbers in a record's message, arguments, traceback and stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in args)
        if record.exc_info and not record.exc_text:
            # Formatters use exc_text when it is set: the traceback is written redacted.
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RouteTemplateFilter(logging.Filter):
    """Write a request line's route (``/b/<token>``), not its path and query."""

    def __init__(self, url_map: Map) -> None:
        super().__init__()
        self.adapter = url_map.bind("localhost")

    def template(self, path: str) -> str:
        """``path`` as the route that serves it (or ``(no route)``), without its query."""
        try:
            rule, _args = self.adapter.match(path.split("?", 1)[0], method="GET",
                                             return_rule=True)
        except HTTPException:  # 404, 405 or a redirect: no route to name
            return "(no route)"
        return rule.rule

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._line(a) if isinstance(a, str) else a
                                for a in record.args)
        return True

    def _line(self, text: str) -> str:
        return _REQUEST_LINE.sub(
            lambda found: f"{found['method']} {self.template(found['path'])} "
                          f"{found['version']}", text)


def configure(app: Flask) -> None:
    """The redacting filter on our loggers; route templates in the server's request lines."""
    logger = logging.getLogger("assistant")
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    server = logging.getLogger("werkzeug")
    for old in [f for f in server.filters if isinstance(f, RouteTemplateFilter)]:
        server.removeFilter(old)  # one app's routes at a time (tests build many apps)
    server.addFilter(RouteTemplateFilter(app.url_map))
    if not any(isinstance(f, RedactingFilter) for f in server.filters):
        server.addFilter(RedactingFilter())
    if not logger.handlers and not app.testing:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
        logger.setLevel(app.config.get("LOG_LEVEL", "INFO"))
