"""The database: one engine per app, one session per app context.

``db.session`` is a scoped session bound to the current app's engine and
removed when the app context ends, so web requests, CLI commands and scheduler
jobs (each in its own app context) never share a session.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask, current_app
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, scoped_session
from sqlalchemy.pool import NullPool

EXTENSION = "assistant.db"


def _app_context_id() -> int:
    from flask import globals as flask_globals

    return id(flask_globals._cv_app.get())


def make_engine(url: str, **options: Any) -> Engine:
    """An engine with the settings each backend needs to behave like a service database."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            # A file database gets a fresh connection per checkout so that
            # parallel threads really are parallel connections.
            poolclass=None if memory else NullPool,
            **options,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    return create_engine(url, pool_pre_ping=True, **options)


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

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"


db = Database()
