"""The web side: logins, CSRF, error pages, the shared page frame and each area's blueprints."""

from __future__ import annotations

import logging

from flask import (
    Flask,
    abort,
    current_app,
    has_request_context,
    render_template,
    request,
    send_from_directory,
    url_for,
)
from flask_login import LoginManager, current_user
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from assistant import clock
from assistant.db import db
from assistant.web.languages import language_name

log = logging.getLogger(__name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see this page."
csrf = CSRFProtect()

# The console's pages in the header, in order: shown once the area's blueprint exists.
NAV = (("home.index", "Households"), ("console.queue", "Coordinator queue"),
       ("console.tasks", "Tasks"), ("reports.index", "Reports"),
       ("practice.bookings", "Bookings"), ("practice.uploads", "Upload"),
       ("exports.index", "Exports"))
# Header links only some roles may open (the page is 404 to the others).
NAV_ROLES = {"exports.index": ("practice", "admin")}
# A CSRF token outlasts an offer (held 24 hours), so a parent who comes back to the page
# next day hears that the times have gone, not that the form expired. Staff sessions end
# sooner anyway (the idle timeout).
CSRF_TIME_LIMIT_SECONDS = 48 * 3600


@login_manager.user_loader
def _load_user(cookie_id: str):
    """The signed-in user, unless the cookie was made for an earlier session version."""
    from assistant.models import User

    user_id, _, version = cookie_id.partition(":")
    if not (user_id.isascii() and user_id.isdigit() and version.isascii()
            and version.isdigit()):
        return None  # a cookie from before session versions, or not ours
    user = db.session.get(User, int(user_id))
    if user is None or user.session_version != int(version) or not user.active:
        return None  # a deactivated login is signed out at its next request
    return user


class RowId(IntegerConverter):
    """``<int:…>`` in our routes is a row id: a number no id column can hold matches no
    route (404) instead of reaching the database (SQLite cannot bind it: a 500)."""

    def __init__(self, map, *args, **kwargs) -> None:
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


def _no_nul_in_the_address() -> None:
    """A NUL in the query string is nobody's filter or search (and PostgreSQL refuses it
    as a parameter, a 500): 400 before any view reads it."""
    if any("\x00" in key + value for key, value in request.args.items(multi=True)):
        abort(400, "The address has an unusual character (NUL) in it: check the link.")


def init_app(app: Flask) -> None:
    """Logins, CSRF on every form, the frame's template globals, the blueprints and errors."""
    from assistant.web import auth, home, security, throttle

    app.url_map.converters["int"] = RowId  # before any route is added
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", CSRF_TIME_LIMIT_SECONDS)
    login_manager.init_app(app)
    csrf.init_app(app)
    throttle.init_app(app)
    security.init_app(app)
    app.before_request(_no_nul_in_the_address)
    app.add_template_filter(_localtime, "localtime")
    app.add_template_filter(_day, "day")
    app.context_processor(_frame)
    app.add_url_rule("/favicon.ico", "favicon", _favicon)
    app.add_template_filter(language_name, "language_name")
    app.register_blueprint(auth.bp)
    app.register_blueprint(home.bp)
    for blueprint in _area_blueprints():
        app.register_blueprint(blueprint)
    # Twilio's hooks are signed (X-Twilio-Signature, checked by every view there) and
    # posted by Twilio, not by a browser holding our form: the only exemption.
    from assistant.channels.webhooks import bp as twilio_hooks

    csrf.exempt(twilio_hooks)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    from assistant.console import uploads

    uploads.init_app(app)  # the upload size limit and its plain-words page
    app.register_error_handler(Exception, _server_error)


def _area_blueprints() -> list:
    """Blueprints owned by the pathway's areas (hooks, booking page, console)."""
    from assistant.booking.page import bp as booking_page
    from assistant.channels import voice  # noqa: F401 - adds the call routes to the hooks' bp
    from assistant.channels.sandbox_page import bp as sandbox_phone
    from assistant.channels.webhooks import bp as twilio_hooks
    from assistant.console import outcome, referrals, tasks  # noqa: F401 - routes on others' bps
    from assistant.console.admin import bp as admin_pages
    from assistant.console.exports import bp as code_exports
    from assistant.console.household import bp as household_page
    from assistant.console.household_actions import bp as household_actions
    from assistant.console.practice_pages import bp as practice_pages
    from assistant.console.queue import bp as coordinator_queue
    from assistant.console.released_slots import bp as released_slots
    from assistant.console.reports import bp as reports_pages

    return [coordinator_queue, reports_pages, code_exports, booking_page, twilio_hooks,
            sandbox_phone, practice_pages, admin_pages, household_page, household_actions,
            released_slots]


def _frame() -> dict:
    """What web/base.html needs on every page: the header's links and the sign-out form."""
    from assistant.web.forms import LogoutForm

    if not has_request_context():  # texts, calls and letters rendered by the worker
        return {}
    signed_in = current_user.is_authenticated
    # Flask's own map of endpoint to view, not a set rebuilt from every rule per page.
    endpoints = current_app.view_functions
    nav = [{"href": url_for(endpoint), "text": text,
            "current": request.endpoint == endpoint}
           for endpoint, text in NAV if signed_in and endpoint in endpoints
           and str(current_user.role) in NAV_ROLES.get(endpoint, (str(current_user.role),))]
    return {"nav_items": nav, "has_endpoint": endpoints.__contains__,
            "logout_form": LogoutForm(formdata=None) if signed_in else None}


def _favicon():
    return send_from_directory(f"{current_app.static_folder}/nhsuk/images", "favicon.ico",
                               mimetype="image/vnd.microsoft.icon", max_age=7 * 24 * 3600)


def _localtime(moment) -> str:
    """A stored UTC time as staff read it: "Mon 23 Nov 09:00" in local time."""
    return clock.local(moment).strftime("%a %-d %b %H:%M") if moment else ""


def _day(day) -> str:
    """A calendar day as staff read it: "Mon 23 Nov"."""
    return day.strftime("%a %-d %b") if day else ""


def _csrf_error(error: CSRFError):
    # Nothing was changed: CSRFProtect refuses before any view runs.
    db.session.rollback()
    log.info("form refused on %s: %s", path_template(), error.description)
    template = "booking/problem.html" if request.blueprint == "booking" else "web/error.html"
    return render_template(template, title="This form has expired",
                           message="Nothing was changed. Please go back, reload the page "
                                   "and try again."), 400


def path_template() -> str:
    """This request's route as written (``/b/<token>``), for logs: no token, no number."""
    return request.url_rule.rule if request.url_rule is not None else "(no route)"


def _http_error(error: HTTPException):
    if request.path.startswith("/twilio/"):
        return error.description or error.name, error.code
    if error.code == 429:
        return render_template("web/error.html", title="Too many sign-in attempts",
                               message="For your security, signing in to this account or "
                                       "from this address is paused for up to 15 minutes. "
                                       "Please wait and try again."), 429
    return render_template("web/error.html", title=error.name,
                           message=error.description), error.code


def _server_error(error: Exception):
    # Never show a traceback: roll back, log the type, show a plain page.
    db.session.rollback()
    # The route's template, never the path: a booking path holds the family's link.
    log.exception("unhandled error on %s", path_template())
    if request.path.startswith("/twilio/"):
        return "", 500
    return render_template("web/error.html", title="Something went wrong",
                           message="Sorry, something went wrong. Nothing was changed. "
                                   "Please try again."), 500
