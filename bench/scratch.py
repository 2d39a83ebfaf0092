"""What the benchmarks share: a throwaway PostgreSQL database, a free local port, and
gunicorn started and stopped around a measurement."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get("TEST_POSTGRES_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def make_database(prefix: str) -> tuple[str, str]:
    """A new empty-schema database named ``<prefix>_<random>``; returns (name, url)."""
    from assistant.models import Base

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    return name, url


def drop_database(name: str) -> None:
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


ROOT = Path(__file__).resolve().parent.parent


def start_gunicorn(target: str, port: int, env: dict[str, str], options: list[str],
                   ready: Callable[[str], object], *, wait: float = 60.0) -> subprocess.Popen:
    """gunicorn serving ``target`` on 127.0.0.1:``port``, once ``ready(base_url)`` answers
    without raising (its own process group, so :func:`stop_gunicorn` stops its workers)."""
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), *options, "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning", target], cwd=ROOT, env=env, start_new_session=True)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            ready(f"http://127.0.0.1:{port}")
            return process
        except OSError:  # requests' errors are OSErrors: not listening yet
            time.sleep(0.2)
    stop_gunicorn(process)
    raise SystemExit(f"{target} did not start on port {port} within {wait:.0f} s")


def stop_gunicorn(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)  # gunicorn and its workers
        process.wait(10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


class JsonHandler(BaseHTTPRequestHandler):
    """A fake provider's request handler: keep-alive, quiet, answering JSON."""

    protocol_version = "HTTP/1.1"  # keep-alive, as Twilio does
    # Headers and body go out in two writes: without this, Nagle's algorithm and
    # delayed ACKs add ~40 ms to every answer and the fake, not us, is measured.
    disable_nagle_algorithm = True

    def log_message(self, *args: object) -> None:
        pass

    def _answer(self, status: int, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
