"""The database: one engine per app, one session per app context.

``db.session`` is a scoped session bound to the current app's engine and
removed when the app context ends, so web requests, CLI commands and scheduler
jobs (each in its own app context) never share a session.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, scoped_session
from sqlalchemy.pool import NullPool

EXTENSION = "assistant.db"
# A pooled connection idle for longer than this is pinged before use (see _ping_if_idle).
PING_AFTER_IDLE_SECONDS = 1.0


def _app_context_id() -> int:
    # ``g`` is made afresh for each app context and lives as long as it does, so its
    # identity names the context (Flask's documented way to reach the object behind
    # a proxy; no private context variable).
    return id(g._get_current_object())


def make_engine(url: str, **options: Any) -> Engine:
    """An engine with the settings each backend needs to behave like a service database."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"timeout": 30, "check_same_thread": False},
            # A file database gets a fresh connection per checkout so that
            # parallel threads really are parallel connections.
            poolclass=None if memory else NullPool,
            **options,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    engine = create_engine(url, hide_parameters=True, **options)
    event.listen(engine, "checkin", _note_checkin)

    def ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        _ping_if_idle(engine.dialect, dbapi_connection, record)

    event.listen(engine, "checkout", ping_if_idle)
    return engine


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    # ``record.info`` lives as long as the DBAPI connection: a new one starts without it.
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dialect: Any, dbapi_connection: Any, record: Any) -> None:
    """Ping a connection that sat idle in the pool before handing it out.

    Like ``pool_pre_ping`` (a server restart or a dropped link is found before a
    request uses the connection), but a connection back in the pool for less than
    a second is trusted: under load every checkout is one of those, and the ping
    was one round trip in five of a stored text. A restart inside that second can
    fail a request that was using the pool just then (as one between a ping and
    its query always could); the disconnect error makes SQLAlchemy retire every
    connection opened before it, so the next requests get fresh ones.
    """
    idle_since = record.info.get("idle_since")
    if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
        return
    try:
        alive = dialect.do_ping(dbapi_connection)
    except Exception as error:  # any failure to answer: let the pool open a fresh one
        raise exc.DisconnectionError("idle connection did not answer a ping") from error
    if not alive:
        raise exc.DisconnectionError("idle connection did not answer a ping")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself (see _sqlite_begin_immediate).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    # SQLite has no row locks: take the write lock at BEGIN so two writers
    # queue up instead of one failing halfway through its transaction.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """Engine and session management, created unbound and ``init_app``-ed."""

    def __init__(self) -> None:
        self.session: scoped_session[Session] = scoped_session(
            self._new_session, scopefunc=_app_context_id
        )

    def init_app(self, app: Flask) -> None:
        engine = make_engine(app.config["DATABASE_URL"])
        app.extensions[EXTENSION] = engine
        app.teardown_appcontext(self._remove_session)

    @property
    def engine(self) -> Engine:
        return current_app.extensions[EXTENSION]

    def _new_session(self) -> Session:
        return Session(bind=self.engine, expire_on_commit=False)

    def _remove_session(self, _exc: BaseException | None) -> None:
        self.session.remove()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A fresh session in one transaction: committed on success, rolled back on error.

        Use for work that must be all-or-nothing and must not share state with
        ``db.session`` (claiming due work, booking a slot).
        """
        with Session(bind=self.engine, expire_on_commit=False) as session, session.begin():
            yield session


db = Database()


def is_postgres(session: Session) -> bool:
    """Whether ``session`` talks to PostgreSQL (row locks; SQLite serialises writers)."""
    return session.get_bind().dialect.name == "postgresql"


def locked(session: Session, model: type, ident: Any) -> Any:
    """The row re-read from the database and, on PostgreSQL, locked ``FOR UPDATE`` until
    the transaction ends (SQLite's ``BEGIN IMMEDIATE`` already serialises writers): of two
    requests for one household at once, the second waits and then sees the first's work."""
    return session.get(model, ident, with_for_update=is_postgres(session),
                       populate_existing=True)
