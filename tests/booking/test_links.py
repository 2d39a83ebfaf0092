"""Short booking links: stored, random, expiring and single use; the signed form still works."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import func, select

from assistant.booking.links import (
    CODE_ALPHABET,
    CODE_LENGTH,
    LINK_DAYS,
    BadLink,
    load_token,
    make_token,
    short_booking_url,
)
from assistant.db import db
from assistant.models import Booking, ShortLink, UsedLink
from tests.booking.helpers import NOW
from tests.booking.test_page import _family, _form


def _short(household_id: int) -> str:
    with time_machine.travel(NOW, tick=False):
        url = short_booking_url(db.session, household_id, NOW)
    db.session.commit()
    return url.rsplit("/", 1)[1]


def test_a_short_link_is_a_random_code_stored_with_its_household_and_expiry(app):
    _, h = _family()
    first, second = _short(h.id), _short(h.id)
    assert first != second
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}", first)
    assert not set(first) & set("0O1lI")
    link = db.session.scalar(select(ShortLink).where(ShortLink.code == first))
    assert link.household_id == h.id and link.expires_at == NOW + timedelta(days=LINK_DAYS)
    with time_machine.travel(NOW, tick=False):
        assert load_token(first).household_id == h.id


def test_a_parent_books_through_a_short_link_and_it_is_then_used_up(app, client):
    _, h = _family()
    code = _short(h.id)
    with time_machine.travel(NOW, tick=False):
        html = client.get(f"/b/{code}").get_data(as_text=True)
        done = client.post(f"/b/{code}", data={**_form(html), "action": "book"})
        again = client.get(f"/b/{code}")
    assert "Appointment booked" in done.get_data(as_text=True)
    assert again.status_code == 410 and "already been used" in again.get_data(as_text=True)
    assert db.session.scalar(select(UsedLink.token_id)) == "s:" + code
    assert db.session.scalar(select(func.count(Booking.id))) == 1


def test_an_expired_short_link_says_so_and_changes_nothing(app, client):
    _, h = _family()
    code = _short(h.id)
    with time_machine.travel(NOW + timedelta(days=LINK_DAYS, seconds=1), tick=False):
        page = client.get(f"/b/{code}")
        with pytest.raises(BadLink) as bad:
            load_token(code)
    assert bad.value.expired
    assert page.status_code == 410 and "expired" in page.get_data(as_text=True)


def test_an_unknown_or_mistyped_short_code_does_not_work(app, client):
    _, h = _family()
    code = _short(h.id)
    wrong = ("a" if code[0] != "a" else "b") + code[1:]
    with time_machine.travel(NOW, tick=False):
        assert client.get(f"/b/{wrong}").status_code == 400
        assert client.get(f"/b/{code[:-1]}").status_code == 400


def test_the_signed_form_is_still_accepted(app, client):
    _, h = _family()
    with time_machine.travel(NOW, tick=False):
        token = make_token(h.id)
        assert len(token) > 60
        assert client.get(f"/b/{token}").status_code == 200
