"""Console sign-in and sign-out."""

from __future__ import annotations

import functools
import secrets
from urllib.parse import urlsplit

from flask import Blueprint, abort, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from assistant import clock
from assistant.db import db
from assistant.models import User
from assistant.web import security, throttle
from assistant.web.forms import LoginForm, LogoutForm

bp = Blueprint("auth", __name__)
NO_MATCH = "That email and password do not match an active account."
_per_account, _per_address = throttle.limits()


@functools.cache
def _dummy_hash() -> str:
    """A hash made as users' are, to check a password against when there is no user."""
    return generate_password_hash(secrets.token_urlsafe(16))


def password_matches(user: User | None, password: str) -> bool:
    """Check ``password``, doing the same hashing work whether or not ``user`` exists
    (or is active), so the answer's timing does not tell which emails have accounts."""
    if user is None:
        check_password_hash(_dummy_hash(), password)
        return False
    matches = user.check_password(password)
    return matches and user.active


@bp.route("/login", methods=["GET", "POST"])
@_per_account
@_per_address
def login():
    """The sign-in page; a right email and password go on to ``next`` (on this site only)."""
    form = LoginForm()
    if request.method == "GET":
        return render_template("web/login.html", form=form, problem="")
    if not form.validate():
        return render_template("web/login.html", form=form, problem=""), 400
    email = form.email.data.strip().lower()
    user = db.session.scalar(select(User).where(func.lower(User.email) == email))
    if password_matches(user, form.password.data):
        user.last_login_at = clock.now()
        db.session.commit()
        _fresh_session()
        login_user(user)
        security.note_use()
        return redirect(_safe_next(request.args.get("next")))
    return render_template("web/login.html", form=form, problem=NO_MATCH), 401


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    """Sign out (a POST carrying the form's token; CSRFProtect refuses one without)."""
    if not LogoutForm().validate_on_submit():  # CSRFProtect has checked it already
        abort(400)
    # A copy of this session's cookie (or any other signed-in device) stops working too.
    current_user.end_sessions()
    db.session.commit()
    logout_user()
    _fresh_session()
    return redirect(url_for("auth.login"))


def _fresh_session() -> None:
    """Start a new session: nothing from before sign-in (or after sign-out) is kept."""
    session.clear()
    g.pop("csrf_token", None)  # this request's cached form token belonged to the old one


def _safe_next(target: str | None) -> str:
    """Only follow a ``next`` that stays on this site."""
    # "//host" and "/\\host" are other sites to a browser.
    if target and target.startswith("/") and not urlsplit(target).netloc \
            and not target.startswith(("//", "/\\")):
        return target
    return url_for("home.index")
