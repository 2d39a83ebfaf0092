"""THE ONE THING: fifty families pick the last slot at once; exactly one gets it."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from assistant.booking import book as booking
from assistant.booking.offers import make_offer
from assistant.db import EXTENSION, db, make_engine
from assistant.models import Base, Booking, BookingStatus, Household, HouseholdStatus
from tests import factories
from tests.booking.helpers import NOW, agreed, slot_at
from tests.conftest import make_app

RACERS = 50


def _fifty_offers_of_the_last_slot() -> list[int]:
    practice = factories.practice()
    slot_at(practice, "2026-11-18T09:00")
    offers = []
    for i in range(RACERS):
        h = agreed(factories.household(practice, mobile=f"+4477009{i:05d}",
                                       family_name=f"Family{i}"))
        offers.append(make_offer(db.session, h, NOW).id)
    db.session.commit()
    return offers


def _race(app: Flask, offer_ids: list[int]) -> list[booking.BookingResult]:
    """Every offer picks option 1 in its own thread, session and connection, all at once."""
    barrier = threading.Barrier(len(offer_ids))
    results: list[booking.BookingResult | BaseException] = [None] * len(offer_ids)  # type: ignore[list-item]

    def pick(i: int, offer_id: int) -> None:
        with app.app_context():
            try:
                barrier.wait(timeout=30)
                results[i] = booking.book_option(db.engine, offer_id, 1, NOW, "sms")
            except BaseException as error:  # reported below, not swallowed
                results[i] = error

    threads = [threading.Thread(target=pick, args=(i, oid)) for i, oid in enumerate(offer_ids)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    errors = [r for r in results if isinstance(r, BaseException)]
    assert not errors, errors[:3]
    return results  # type: ignore[return-value]


def _assert_exactly_one_booked(results: list[booking.BookingResult]) -> None:
    statuses = Counter(r.status for r in results)
    assert statuses == {"booked": 1, "taken": RACERS - 1}
    for r in results:
        if r.status == "taken":
            assert "will call you" in r.text  # no other slot: the practice books by hand
    db.session.expire_all()
    live = db.session.scalar(select(func.count(Booking.id)).where(
        Booking.status != BookingStatus.CANCELLED))
    assert live == 1
    booked = db.session.scalar(select(func.count(Household.id)).where(
        Household.status == HouseholdStatus.BOOKED))
    assert booked == 1


def _wide_pool(app: Flask) -> None:
    """Fifty real connections at once: a pool that lets every thread in together."""
    url = db.engine.url.render_as_string(hide_password=False)
    db.session.remove()
    db.engine.dispose()
    app.extensions[EXTENSION] = make_engine(url, pool_size=RACERS, max_overflow=5)


@pytest.mark.postgresql_only
def test_fifty_concurrent_picks_of_the_last_slot_book_exactly_one_on_postgresql(pg_app):
    offer_ids = _fifty_offers_of_the_last_slot()
    _wide_pool(pg_app)
    _assert_exactly_one_booked(_race(pg_app, offer_ids))


@pytest.fixture
def sqlite_file_app(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    app = make_app(url, tmp_path)
    with app.app_context():
        Base.metadata.create_all(db.engine)
        yield app
        db.session.remove()
        db.engine.dispose()


def test_fifty_concurrent_picks_of_the_last_slot_book_exactly_one_on_sqlite(sqlite_file_app):
    offer_ids = _fifty_offers_of_the_last_slot()
    _assert_exactly_one_booked(_race(sqlite_file_app, offer_ids))


@pytest.mark.postgresql_only
def test_a_family_picking_on_two_phones_at_once_is_booked_once(pg_app):
    practice = factories.practice()
    for hhmm in ("09:00", "10:00", "11:00"):
        slot_at(practice, f"2026-11-18T{hhmm}")
    h = agreed(factories.household(practice))
    offers = [make_offer(db.session, h, NOW).id for _ in range(10)]
    db.session.commit()
    results = _race(pg_app, offers)
    assert Counter(r.status for r in results) == {"booked": 1, "already_booked": 9}
    assert db.session.scalar(select(func.count(Booking.id))) == 1
