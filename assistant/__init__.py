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


def create_app(overrides: dict[str, Any] | None = None, *, with_web: bool = True) -> Flask:
    """Build the app: settings, database, logins, pages, hooks and commands.

    ``with_web=False`` leaves the web side out (logins, pages, Twilio's hooks) and
    imports none of it: the app the commands that only read and write the database
    run in (``cli.LEAN_COMMANDS``), since importing the web side is most of start-up.
    """
    from flask import Flask
    from jinja2 import StrictUndefined

    from assistant import logs
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
    from assistant.channels import warn_if_public  # not the sandbox itself: that sends

    warn_if_public(app)
    db.init_app(app)
    if with_web:
        from assistant import web

        web.init_app(app)
    register_commands(app)
    return app
