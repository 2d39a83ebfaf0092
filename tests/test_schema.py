"""Migrations: `init-db` builds the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from assistant.models import Base
from tests.conftest import make_app


def _fresh_url(database_url: str, tmp_path) -> tuple[str, callable]:
    """An empty database beside the test one, and how to drop it."""
    if database_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'migrate.sqlite3'}", lambda: None
    from sqlalchemy.engine import make_url

    name = make_url(database_url).database + "_m"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(database_url).set(database=name).render_as_string(False), drop


def test_init_db_migrates_to_exactly_the_models(database_url, tmp_path):
    url, drop = _fresh_url(database_url, tmp_path)
    try:
        app = make_app(url, tmp_path)
        result = app.test_cli_runner().invoke(args=["init-db"])
        assert result.exit_code == 0, result.output
        assert "revision" in result.output
        engine = create_engine(url)
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            assert differences == [], differences
            assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())
        # Running it again is harmless.
        assert app.test_cli_runner().invoke(args=["init-db"]).exit_code == 0
        engine.dispose()
        with app.app_context():
            from assistant import migrate
            from assistant.db import db

            # And every revision can be taken back down.
            assert migrate.upgrade("base") is None
            with db.engine.connect() as connection:
                left = set(inspect(connection).get_table_names()) - {"alembic_version"}
            assert left == set()
            db.engine.dispose()
    finally:
        drop()
