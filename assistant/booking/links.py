"""Personal, signed, expiring booking links for texts and letters.

A link carries the household's id and a random token id, signed with
``SECRET_KEY``; it is good for ``LINK_DAYS`` days. Whether a token has been
used up is the booking page's business (it keeps used token ids).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from assistant import clock

LINK_DAYS = 28
_SALT = "booking-link"


@dataclass(frozen=True)
class LinkClaims:
    household_id: int
    token_id: str


class BadLink(Exception):
    """A link that is tampered with or malformed (``expired`` False) or too old (True)."""

    def __init__(self, expired: bool) -> None:
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def make_token(household_id: int) -> str:
    """A fresh signed token for ``household_id``."""
    return _serializer().dumps({"h": household_id, "t": secrets.token_urlsafe(9)})


def booking_url(household_id: int) -> str:
    """The absolute personal booking link (``PUBLIC_BASE_URL``/b/<token>)."""
    return f"{current_app.config['PUBLIC_BASE_URL']}/b/{make_token(household_id)}"


def load_token(token: str) -> LinkClaims:
    """The claims in ``token``; raises :class:`BadLink` when tampered or expired."""
    serializer = _serializer()
    try:
        # itsdangerous reads its own clock; pass ours so time-machine moves it too.
        data, signed_at = serializer.loads(token, return_timestamp=True)
    except SignatureExpired:
        raise BadLink(expired=True) from None
    except BadSignature:
        raise BadLink(expired=False) from None
    age = clock.now() - signed_at
    if age.days >= LINK_DAYS:
        raise BadLink(expired=True)
    if not isinstance(data, dict) or not isinstance(data.get("h"), int):
        raise BadLink(expired=False)
    return LinkClaims(household_id=data["h"], token_id=str(data.get("t", "")))
