"""The web side: logins, error pages and the blueprints of each area."""

from __future__ import annotations

import logging

from flask import Flask, render_template, request
from flask_login import LoginManager
from werkzeug.exceptions import HTTPException

from assistant import clock
from assistant.db import db

log = logging.getLogger(__name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see this page."


@login_manager.user_loader
def _load_user(user_id: str):
    from assistant.models import User

    return db.session.get(User, int(user_id))


def init_app(app: Flask) -> None:
    from assistant.web import auth, home

    login_manager.init_app(app)
    app.add_template_filter(_localtime, "localtime")
    app.register_blueprint(auth.bp)
    app.register_blueprint(home.bp)
    for blueprint in _area_blueprints():
        app.register_blueprint(blueprint)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _server_error)


def _area_blueprints() -> list:
    """Blueprints owned by the pathway's areas (hooks, booking page, console)."""
    from assistant.booking.page import bp as booking_page
    from assistant.channels import voice  # noqa: F401 - adds the call routes to the hooks' bp
    from assistant.channels.sandbox_page import bp as sandbox_phone
    from assistant.channels.webhooks import bp as twilio_hooks
    from assistant.console.exports import bp as code_exports
    from assistant.console.queue import bp as coordinator_queue
    from assistant.console.reports import bp as reports_pages

    return [coordinator_queue, reports_pages, code_exports, booking_page, twilio_hooks,
            sandbox_phone]


def _localtime(moment) -> str:
    """A stored UTC time as staff read it: "Mon 23 Nov 09:00" in local time."""
    return clock.local(moment).strftime("%a %-d %b %H:%M") if moment else ""


def _http_error(error: HTTPException):
    if request.path.startswith("/twilio/"):
        return error.description or error.name, error.code
    return render_template("web/error.html", title=error.name,
                           message=error.description), error.code


def _server_error(error: Exception):
    # Never show a traceback: roll back, log the type, show a plain page.
    db.session.rollback()
    log.exception("unhandled error on %s", request.path)
    if request.path.startswith("/twilio/"):
        return "", 500
    return render_template("web/error.html", title="Something went wrong",
                           message="Sorry, something went wrong. Nothing was changed. "
                                   "Please try again."), 500
