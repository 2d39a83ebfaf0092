"""Pooled PostgreSQL connections: pinged only after sitting idle, and a dead one is replaced."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from assistant import db as db_module
from assistant.db import make_engine


@pytest.fixture
def engine(postgresql_url):
    engine = make_engine(postgresql_url, pool_size=1, max_overflow=0)
    yield engine
    engine.dispose()


def pings(engine, monkeypatch) -> list[int]:
    counted: list[int] = []
    real = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping",
                        lambda connection: counted.append(1) or real(connection))
    return counted


def backend_pid(engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(text("SELECT pg_backend_pid()"))


def test_a_connection_reused_at_once_is_not_pinged(engine, monkeypatch):
    counted = pings(engine, monkeypatch)
    first = backend_pid(engine)
    assert backend_pid(engine) == first  # the same pooled connection, straight back
    assert counted == []


def test_an_idle_connection_is_pinged_and_a_dead_one_replaced(engine, postgresql_url,
                                                              monkeypatch):
    counted = pings(engine, monkeypatch)
    first = backend_pid(engine)
    # The server drops it while it sits in the pool (a restart, an idle timeout).
    killer = make_engine(postgresql_url)
    with killer.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
    killer.dispose()
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.05)
    time.sleep(0.1)
    # The next request gets a working connection, not an error.
    assert backend_pid(engine) != first
    assert counted == [1]
