"""Migration 0012: a follow-up task (kind ``follow_up``) can be stored on a migrated database,
and the revision goes down and up again."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from assistant import migrate
from assistant.db import db
from tests.conftest import make_app
from tests.test_schema import _fresh_url

INSERT_TASK = text(
    "INSERT INTO tasks (practice_id, kind, status, summary, created_at, updated_at) "
    "VALUES (:p, :kind, 'open', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
INSERT_PRACTICE = text(
    "INSERT INTO practices (ods_code, name, attempt_order, attempt_spacing_days, "
    "slot_release_time, slot_release_days, created_at, updated_at) "
    "VALUES ('N80000', 'P', 'sms,call,letter', 7, '12:00:00', 1, CURRENT_TIMESTAMP, "
    "CURRENT_TIMESTAMP)")


def _kind_allowed(url: str, kind: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            practice = connection.execute(text("SELECT id FROM practices")).scalar()
            if practice is None:
                connection.execute(INSERT_PRACTICE)
                practice = connection.execute(text("SELECT id FROM practices")).scalar()
        with engine.begin() as connection:
            connection.execute(INSERT_TASK, {"p": practice, "kind": kind})
        return True
    except Exception:  # the CHECK refused it
        return False
    finally:
        engine.dispose()


def test_migrated_database_takes_follow_up_tasks_and_0012_goes_down_and_up(
        database_url, tmp_path):
    url, drop = _fresh_url(database_url, tmp_path)
    try:
        app = make_app(url, tmp_path)
        with app.app_context():
            migrate.upgrade()
            assert _kind_allowed(url, "follow_up")
            assert not _kind_allowed(url, "nonsense")  # the check is still there
            config = migrate.alembic_config()
            from alembic import command

            with db.engine.begin() as connection:
                config.attributes["connection"] = connection
                # To the revision before 0012 (through any later ones, e.g. 0014's index).
                command.downgrade(config, "0013")
            assert not _kind_allowed(url, "follow_up")
            assert _kind_allowed(url, "data_check")
            migrate.upgrade()
            assert _kind_allowed(url, "follow_up")
            db.engine.dispose()
    finally:
        drop()
