"""Logs carry no phone numbers or NHS numbers, even by mistake."""

from __future__ import annotations

import logging
import sys

import pytest
from sqlalchemy.exc import DBAPIError

from assistant.db import db
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


def test_a_traceback_is_redacted_too():
    try:
        raise ValueError("no household for +447700900123")
    except ValueError:
        record = logging.LogRecord("assistant", logging.ERROR, __file__, 1, "failed", (),
                                   sys.exc_info())
    RedactingFilter().filter(record)
    written = logging.Formatter().format(record)
    assert "+447700900123" not in written and "[redacted]" in written
    assert "ValueError" in written


def test_a_database_error_carries_no_parameters(app):
    from sqlalchemy import text

    with pytest.raises(DBAPIError) as error:
        db.session.execute(text("INSERT INTO no_such_table (phone) VALUES (:phone)"),
                           {"phone": "+447700900123"})
    db.session.rollback()
    assert "+447700900123" not in str(error.value)
    assert "hidden due to hide_parameters" in str(error.value)


def test_a_booking_page_crash_logs_the_route_not_the_link(app, client, caplog, monkeypatch):
    from assistant.booking import page

    def crash(token):
        raise RuntimeError("boom")

    monkeypatch.setattr(page, "_household_for", crash)
    with caplog.at_level(logging.ERROR, logger="assistant"):
        response = client.get("/b/secret-family-link-token")
    assert response.status_code == 500
    assert "/b/<token>" in caplog.text and "secret-family-link-token" not in caplog.text


def test_the_servers_request_lines_name_the_route_not_the_link_or_number(app):
    from assistant.logs import RouteTemplateFilter

    filter_ = RouteTemplateFilter(app.url_map)
    record = logging.LogRecord("werkzeug", logging.INFO, __file__, 1, '"%s" %s %s',
                               ("GET /b/secret-family-link HTTP/1.1", "200", "-"), None)
    filter_.filter(record)
    assert record.getMessage() == '"GET /b/<token> HTTP/1.1" 200 -'
    record = logging.LogRecord("werkzeug", logging.INFO, __file__, 1, '"%s" %s %s',
                               ("\x1b[33mGET /sandbox/phone?number=07700900123 HTTP/1.1\x1b[0m",
                                "200", "-"), None)
    filter_.filter(record)
    assert "07700900123" not in record.getMessage() and "/sandbox/phone" in record.getMessage()
