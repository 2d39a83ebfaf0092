"""The immunisation contact assistant.

``create_app`` builds everything; nothing (engine, client, scheduler) is made
when a module is imported.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Flask itself is imported by create_app: the pure modules need none of it
    from flask import Flask


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the app: settings, database, logins, pages, hooks and commands."""
    from flask import Flask
    from jinja2 import StrictUndefined

    from assistant import logs, web
    from assistant.cli import register_commands
    from assistant.config import instance_folder, load_settings
    from assistant.db import db

    overrides = dict(overrides or {})
    instance_path = instance_folder(os.environ, overrides)
    app = Flask(
        __name__,
        instance_path=str(instance_path) if instance_path else None,
        template_folder="templates",
        static_folder="static",
    )
    app.config.update(load_settings(os.environ, overrides, Path(app.instance_path)))
    # SameSite, HttpOnly, the idle timeout and the headers: web/security.py.
    app.config["SESSION_COOKIE_SECURE"] = app.config["PUBLIC_BASE_URL"].startswith("https://")
    app.jinja_env.undefined = StrictUndefined

    logs.configure(app)
    from assistant.channels.sandbox import warn_if_public

    warn_if_public(app)
    db.init_app(app)
    web.init_app(app)
    register_commands(app)
    return app
