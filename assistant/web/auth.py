"""Console sign-in and sign-out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user
from sqlalchemy import func, select

from assistant import clock
from assistant.db import db
from assistant.models import User
from assistant.web.forms import LoginForm, LogoutForm

bp = Blueprint("auth", __name__)
NO_MATCH = "That email and password do not match an active account."


@bp.route("/login", methods=["GET", "POST"])
def login():
    """The sign-in page; a right email and password go on to ``next`` (on this site only)."""
    form = LoginForm()
    if request.method == "GET":
        return render_template("web/login.html", form=form, problem="")
    if not form.validate():
        return render_template("web/login.html", form=form, problem=""), 400
    email = form.email.data.strip().lower()
    user = db.session.scalar(select(User).where(func.lower(User.email) == email))
    if user is not None and user.active and user.check_password(form.password.data):
        user.last_login_at = clock.now()
        db.session.commit()
        login_user(user)
        return redirect(_safe_next(request.args.get("next")))
    return render_template("web/login.html", form=form, problem=NO_MATCH), 401


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    """Sign out (a POST carrying the form's token; CSRFProtect refuses one without)."""
    if not LogoutForm().validate_on_submit():  # CSRFProtect has checked it already
        abort(400)
    logout_user()
    return redirect(url_for("auth.login"))


def _safe_next(target: str | None) -> str:
    """Only follow a ``next`` that stays on this site."""
    # "//host" and "/\\host" are other sites to a browser.
    if target and target.startswith("/") and not urlsplit(target).netloc \
            and not target.startswith(("//", "/\\")):
        return target
    return url_for("home.index")
