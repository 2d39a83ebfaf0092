"""Security for every response and every signed-in request.

- Headers on every response: a CSP with no inline script and ``frame-ancestors
  'none'``, ``nosniff``, a referrer policy (``no-referrer`` on a family's booking
  pages, ``same-origin`` elsewhere), HSTS when the service is served over https,
  and ``Cache-Control: no-store`` on everything but static files (pages carry
  families' details).
- Sessions: the session cookie is ``SameSite=Lax``; a signed-in session ends after
  ``SESSION_IDLE_MINUTES`` without a request, and whenever the user's
  ``session_version`` moves (sign-out, a new password or role: see
  ``models/users.py``), because the login cookie names the version it was made for.
"""

from __future__ import annotations

from datetime import datetime

from flask import Flask, Response, current_app, flash, g, request, session
from flask_login import current_user, logout_user

from assistant import clock

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
])
HSTS = "max-age=31536000; includeSubDomains"
# Blueprints whose pages a family opens from a text or letter: their address holds
# the link, so no other site may be told it.
NO_REFERRER_BLUEPRINTS = frozenset({"booking"})
SEEN_KEY = "seen_at"
NOT_STORED = frozenset({"static", "favicon"})


def init_app(app: Flask) -> None:
    """Cookie flags, the idle timeout and the headers."""
    if not app.config.get("SESSION_COOKIE_SAMESITE"):
        # Flask's own default is None, so a setdefault() here never took.
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.before_request(_end_idle_session)
    app.after_request(_headers)


def _end_idle_session() -> None:
    """Sign out a session unused for the idle timeout; note this request's time."""
    # Load the user (and check the cookie's session version) afresh for this request,
    # even where requests share an app context, as a test client's do.
    g.pop("_login_user", None)
    if request.endpoint in NOT_STORED:  # static files: no user, no database read
        return
    if not current_user.is_authenticated:
        return
    now = clock.now()
    seen = session.get(SEEN_KEY)
    idle = current_app.config["SESSION_IDLE_MINUTES"] * 60
    if seen is not None and (now - datetime.fromisoformat(seen)).total_seconds() > idle:
        logout_user()
        session.clear()
        flash(f"You were signed out after {current_app.config['SESSION_IDLE_MINUTES']} "
              "minutes without using the service. Please sign in again.")
        return
    note_use(now)


def note_use(now: datetime | None = None) -> None:
    """Start (or restart) the idle clock of the signed-in session."""
    session[SEEN_KEY] = (now or clock.now()).isoformat()


def _headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers["Referrer-Policy"] = ("no-referrer" if request.blueprint in NO_REFERRER_BLUEPRINTS
                                  else "same-origin")
    if current_app.config["PUBLIC_BASE_URL"].startswith("https://"):
        headers.setdefault("Strict-Transport-Security", HSTS)
    if request.endpoint not in NOT_STORED:
        headers["Cache-Control"] = "no-store"
        headers.pop("Expires", None)
    return response
