"""Sign-in throttling (Flask-Limiter): wrong passwords per account and per address.

Only failed sign-ins (a 401) count; once a limit is reached every sign-in to that
account, or from that address, is refused with 429 and a ``Retry-After`` until the
window has passed, the right password included. Counts are kept where
``LOGIN_THROTTLE_STORAGE`` says: in this process's memory by default (each gunicorn
worker counts on its own), or Redis (``redis://host:6379/0``) to share them.
"""

from __future__ import annotations

import hashlib

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

PER_ACCOUNT = "5 per 15 minutes"
PER_ADDRESS = "20 per 15 minutes"

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)


def init_app(app: Flask) -> None:
    """Bind the limiter to ``app`` with the configured storage."""
    app.config["RATELIMIT_STORAGE_URI"] = app.config["LOGIN_THROTTLE_STORAGE"]
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter.init_app(app)


def account_key() -> str:
    """The account a sign-in is for: the email as typed, so unknown emails count too.

    Kept as a digest: Flask-Limiter logs the key of a limit it refuses, and the
    storage (Redis) need not hold staff emails.
    """
    email = (request.form.get("email") or "").strip().lower()[:254]
    return "account:" + hashlib.sha256(email.encode()).hexdigest()[:32]


def address_key() -> str:
    return "address:" + (get_remote_address() or "unknown")


def failed(response) -> bool:
    """Count a sign-in only when it was refused for a wrong email or password."""
    return response.status_code == 401


def limits():
    """The decorators for the sign-in view: per account, then per address; POSTs only."""
    return (limiter.limit(PER_ACCOUNT, key_func=account_key, methods=["POST"],
                          deduct_when=failed, scope="login-account"),
            limiter.limit(PER_ADDRESS, key_func=address_key, methods=["POST"],
                          deduct_when=failed, scope="login-address"))
