"""``assistant demo``: a fresh sandbox database with the samples, and where to look."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import pytest
import time_machine
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from assistant.db import db
from assistant.models import Child, Household, Practice, Slot, User
from tests import factories
from tests.conftest import POSTGRES_ADMIN_URL, _postgres_reachable, make_app
from tests.forms import post_form
from tests.imports.conftest import NOW


def _demo_app(tmp_path, **overrides):
    """An app on the instance folder's own SQLite file, where the demo belongs."""
    return make_app(f"sqlite:///{tmp_path / 'instance' / 'assistant.sqlite3'}", tmp_path,
                    **overrides)


def _password(output: str) -> str:
    return re.search(r"password: (\S+)", output).group(1)


def _count(app, model) -> int:
    with app.app_context():
        try:
            return db.session.scalar(select(func.count()).select_from(model))
        finally:
            db.session.remove()


def test_demo_loads_the_samples_and_households_show_after_login(tmp_path, frozen):
    app = _demo_app(tmp_path)
    result = app.test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    assert "40 children in 33 households" in result.stdout
    assert "1170 protected slots, from Monday 23 November 09:00" in result.stdout
    assert "email:    demo@example.nhs.uk" in result.stdout
    client = app.test_client()
    login = post_form(client, "/login", {"email": "demo@example.nhs.uk",
                                   "password": _password(result.stdout)})
    assert login.status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "Kowalski" in page and "Murphy" in page
    assert "Oscar" in page and "Alfie" in page  # the Kowalski siblings, one household


def test_demo_run_again_starts_fresh_with_a_new_password(tmp_path, frozen):
    app = _demo_app(tmp_path)
    first = app.test_cli_runner().invoke(args=["demo"])
    second = app.test_cli_runner().invoke(args=["demo"])
    assert second.exit_code == 0, second.output
    assert _password(first.stdout) != _password(second.stdout)
    assert _count(app, Child) == 40 and _count(app, User) == 1
    client = app.test_client()
    old = post_form(client, "/login", {"email": "demo@example.nhs.uk",
                                 "password": _password(first.stdout)})
    assert old.status_code == 401


def test_demo_slots_start_on_the_next_working_day_whenever_it_runs(tmp_path):
    later = datetime(2027, 6, 10, 15, 0, tzinfo=UTC)  # a Thursday, long after the samples
    app = _demo_app(tmp_path)
    with time_machine.travel(later, tick=False):
        result = app.test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        first = db.session.scalar(select(func.min(Slot.start_at)))
        db.session.remove()
    assert first == datetime(2027, 6, 11, 8, 0, tzinfo=UTC)  # Friday 09:00 BST
    assert _count(app, Slot) == 1170
    # Children who have turned 6 since the samples were made are left out, and said so.
    assert "Sample cohort.csv line" in result.stderr and "under 6" in result.stderr


def test_demo_refuses_to_wipe_another_sqlite_file_without_force(tmp_path, frozen):
    other = tmp_path / "live.sqlite3"
    other.write_bytes(b"")
    app = make_app(f"sqlite:///{other}", tmp_path)
    refused = app.test_cli_runner().invoke(args=["demo"])
    assert refused.exit_code == 2 and "runs there only with --force" in refused.stderr
    forced = app.test_cli_runner().invoke(args=["demo", "--force"])
    assert forced.exit_code == 0, forced.output


def test_demo_refuses_to_wipe_postgresql_without_force(pg_app):
    factories.practice("N80000")
    db.session.commit()
    result = pg_app.test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 2
    assert "runs on PostgreSQL only with --force" in result.stderr
    assert db.session.scalar(select(func.count()).select_from(Practice)) == 1


def test_demo_with_force_loads_a_postgresql_database(tmp_path):
    if not _postgres_reachable():
        pytest.skip("PostgreSQL is not reachable")
    name = f"demo_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(
            hide_password=False)
        app = make_app(url, tmp_path)
        with time_machine.travel(NOW, tick=False):
            result = app.test_cli_runner().invoke(args=["demo", "--force"])
        assert result.exit_code == 0, result.output
        assert _count(app, Household) == 33
        with app.app_context():
            db.engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_demo_refuses_the_real_twilio_channel(tmp_path):
    app = _demo_app(tmp_path, CHANNELS="twilio", TWILIO_ACCOUNT_SID="AC123",
                    TWILIO_FROM_NUMBER="+441514960000")
    result = app.test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 2 and "CHANNELS=sandbox" in result.stderr


def test_demo_without_the_sample_files_says_where_it_looked(tmp_path):
    app = _demo_app(tmp_path)
    result = app.test_cli_runner().invoke(args=["demo", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "cannot find the sample files" in result.stderr and str(tmp_path) in result.stderr
