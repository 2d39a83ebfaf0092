"""Fixtures: an app on SQLite and, where it is reachable, on PostgreSQL too.

Every test that takes ``app`` (or ``client``/``runner``) runs once per backend.
Each test session gets its own PostgreSQL database, so parallel runs never
collide; between tests every table is emptied.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from werkzeug.serving import make_server

from assistant import create_app
from assistant.db import db
from assistant.models import Base

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.exists():  # a clone elsewhere: look beside the repository
    SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PUBLIC_BASE_URL = "https://imms.test"
AUTH_TOKEN = "test-auth-token"
POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BACKENDS = ("sqlite", "postgresql")


def _postgres_reachable() -> bool:
    try:
        engine = create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    if not _postgres_reachable():
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}")
        pytest.skip("PostgreSQL is not reachable")
    name = f"assistant_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue(f"{request.param}_url")


def _empty_all_tables(url: str) -> None:
    engine = create_engine(url)
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text(
                "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
            ))
        else:
            for table in tables:
                connection.execute(text(f'DELETE FROM "{table}"'))  # noqa: S608 - our table names
            if _has_sequence(connection):
                connection.execute(text("DELETE FROM sqlite_sequence"))
    engine.dispose()


def _has_sequence(connection) -> bool:
    return bool(connection.execute(text(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).first())


def make_app(database_url: str, tmp_path: Path, **overrides: object) -> Flask:
    settings = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret-key",
        "TESTING": True,
        "INSTANCE_PATH": tmp_path / "instance",
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "CHANNELS": "sandbox",
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "SMS_PER_SECOND": "0",
        "CALLS_PER_SECOND": "0",
        # Most tests read the answer from the hook's TwiML; tests/replies/test_reply_queue.py
        # and the journeys marked so run the default, queued, through the worker's job.
        "REPLIES": "inline",
    }
    settings.update(overrides)
    return create_app(settings)


@pytest.fixture
def app_overrides() -> dict[str, object]:
    """Override in a test module to change the app's settings."""
    return {}


@pytest.fixture
def app(database_url: str, tmp_path: Path, app_overrides: dict) -> Iterator[Flask]:
    app = make_app(database_url, tmp_path, **app_overrides)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    _empty_all_tables(database_url)


@pytest.fixture
def pg_app(postgresql_url: str, tmp_path: Path, app_overrides: dict) -> Iterator[Flask]:
    """An app on PostgreSQL only, for real parallel-connection tests."""
    app = make_app(postgresql_url, tmp_path, **app_overrides)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    _empty_all_tables(postgresql_url)


@pytest.fixture
def served(app: Flask) -> Iterator[str]:
    """The app served by werkzeug on 127.0.0.1 in a background thread: its base URL,
    for the browser tests (tests/browser.py)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def client(app: Flask):
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    return app.test_cli_runner()


@pytest.fixture
def session(app: Flask):
    return db.session


@pytest.fixture
def shared_data() -> Path:
    return SHARED / "data"
