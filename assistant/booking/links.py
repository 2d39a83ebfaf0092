"""Personal, expiring booking links for texts and letters: short and stored, or signed.

Texts and letters carry the short form, ``/b/<code>``: twelve random characters
from an alphabet without look-alikes (no 0/O, 1/l/I), stored in ``short_links``
with the household and an expiry ``LINK_DAYS`` days on. It keeps a one-child
invitation inside one SMS segment (the signed form alone is ~90 characters).

The signed form (the household's id and a random token id, signed with
``SECRET_KEY``) is still accepted, so links already sent keep working. Both
give :class:`LinkClaims`; whether a link has been used up is the booking page's
business (it keeps used token ids), the same for both forms.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from assistant import clock

LINK_DAYS = 28
_SALT = "booking-link"
# 55 characters, none that reads as another on paper: 12 of them are ~69 random bits.
CODE_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 12
_CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
# A short link's token id in used_links: apart from signed token ids by its prefix.
SHORT_PREFIX = "s:"


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
    """A fresh signed token for ``household_id`` (the long form)."""
    return _serializer().dumps({"h": household_id, "t": secrets.token_urlsafe(9)})


def booking_url(household_id: int) -> str:
    """The absolute signed booking link (``PUBLIC_BASE_URL``/b/<token>), stored nowhere."""
    return f"{current_app.config['PUBLIC_BASE_URL']}/b/{make_token(household_id)}"


def new_code() -> str:
    """A fresh random short-link code."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def short_url(code: str) -> str:
    """The absolute address of the short link ``code``."""
    return f"{current_app.config['PUBLIC_BASE_URL']}/b/{code}"


def short_link_row(household_id: int, now: datetime, code: str | None = None) -> dict:
    """The ``short_links`` row for a new link (for :func:`store_short_links`)."""
    return {"code": code or new_code(), "household_id": household_id, "created_at": now,
            "expires_at": now + timedelta(days=LINK_DAYS)}


def store_short_links(connection: Connection | Session, rows: list[dict]) -> None:
    """Insert short links in the caller's transaction (one statement for many)."""
    from assistant.models import ShortLink

    if rows:
        connection.execute(insert(ShortLink), rows)


def short_booking_url(session: Session, household_id: int, now: datetime) -> str:
    """A new short link for ``household_id``, added to ``session`` (kept on its commit)."""
    row = short_link_row(household_id, now)
    store_short_links(session, [row])
    return short_url(row["code"])


def load_token(token: str) -> LinkClaims:
    """The claims in a short code or a signed token; raises :class:`BadLink`."""
    if _CODE.fullmatch(token):
        return _load_short(token)
    return _load_signed(token)


def _load_short(code: str) -> LinkClaims:
    from assistant.db import db
    from assistant.models import ShortLink

    link = db.session.execute(select(ShortLink.household_id, ShortLink.expires_at)
                              .where(ShortLink.code == code)).first()
    if link is None:
        raise BadLink(expired=False)
    if clock.now() >= link.expires_at:
        raise BadLink(expired=True)
    return LinkClaims(household_id=link.household_id, token_id=SHORT_PREFIX + code)


def _load_signed(token: str) -> LinkClaims:
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
