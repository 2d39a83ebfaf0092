"""Bench for the booking page: 200 families pick from 100 slots at once.

Runs the app under gunicorn (2 workers, threads) on 127.0.0.1 against a fresh
PostgreSQL database, then has 200 families open their booking links and book,
through a bounded pool of client threads; a family whose time was just taken
picks again from the fresh options it is shown (at most three tries). Prints
requests per second and p50/p99 latency for viewing and for booking, the
outcomes, and the double bookings found in the database (must be zero).

    .venv/bin/python bench/booking_page.py [--families 200] [--slots 100] [--clients 32]

Needs PostgreSQL at TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

import requests
from scratch import drop_database, free_port, make_database, start_gunicorn, stop_gunicorn
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import clock, create_app  # noqa: E402
from assistant.booking.links import make_token  # noqa: E402
from assistant.db import db  # noqa: E402
from assistant.models import (  # noqa: E402
    Child,
    Household,
    HouseholdStatus,
    Phone,
    PhoneKind,
    Practice,
    Slot,
)

SECRET = "bench-secret-key"  # noqa: S105 - a throwaway database's key
TRIES = 3
TIMEOUT = 30


def slot_days(now: datetime, count: int) -> list[date]:
    """Working days from tomorrow, enough for ``count`` quarter-hour slots a day (08:00-18:00)."""
    days, day = [], clock.local(now).date()
    while len(days) * 40 < count:
        day += timedelta(days=1)
        if clock.is_working_day(day):
            days.append(day)
    return days


def seed(url: str, families: int, slots: int) -> list[str]:
    """A practice, ``slots`` free slots within the week and ``families`` agreed families."""
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": SECRET,
                      "INSTANCE_PATH": "/tmp/bench-booking"})
    with app.app_context():
        practice = Practice(ods_code="B00001", name="Bench Road Surgery", phone="0151 496 0000",
                            contact_name="Bench Contact")
        db.session.add(practice)
        db.session.flush()
        now, made = clock.now(), 0
        for day in slot_days(now, slots):
            for quarter in range(40):
                if made == slots:
                    break
                start = datetime.combine(day, dtime(8, 0)) + timedelta(minutes=15 * quarter)
                db.session.add(Slot(practice_id=practice.id, start_at=clock.from_local(start),
                                    duration_minutes=15, staff_name=f"Nurse {made % 3}"))
                made += 1
        tokens = []
        for i in range(families):
            h = Household(practice_id=practice.id, family_name=f"Family{i}",
                          status=HouseholdStatus.AGREED, status_changed_at=now)
            db.session.add(h)
            db.session.flush()
            db.session.add(Phone(household_id=h.id, e164=f"+4477009{i:05d}", kind=PhoneKind.MOBILE))
            db.session.add(Child(nhs_number=f"{9990000000 + i}", given_name="Ava",
                                 family_name=h.family_name, date_of_birth=date(2023, 1, 1),
                                 practice_id=practice.id, household_id=h.id,
                                 missing_vaccines=["MMR1"]))
            tokens.append(make_token(h.id))
        db.session.commit()
        db.engine.dispose()
    return tokens


def serve(url: str, port: int, threads: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": SECRET, "CHANNELS": "sandbox",
           "SCHEDULER": "off", "INSTANCE_PATH": "/tmp/bench-booking"}
    return start_gunicorn("assistant:create_app()", port, env,
                          ["--workers", "2", "--threads", str(threads)],
                          lambda base: requests.get(base + "/b/not-a-link", timeout=10))


FIELD = {name: re.compile(rf'name="{name}" value="([^"]+)"')
         for name in ("csrf_token", "shown", "offer", "choice")}


class Family:
    """One parent: view the page, pick a time, book; pick again if it was taken."""

    def __init__(self, base: str, token: str, seed_: int, stats: dict) -> None:
        self.url, self.seed, self.stats = f"{base}/b/{token}", seed_, stats

    def _timed(self, kind: str, call) -> requests.Response:
        started = time.perf_counter()
        response = call()
        with self.stats["lock"]:
            self.stats[kind].append(time.perf_counter() - started)
        return response

    def run(self) -> str:
        session = requests.Session()
        page = self._timed("view", lambda: session.get(self.url, timeout=TIMEOUT))
        for attempt in range(TRIES):
            html = page.text
            choices = FIELD["choice"].findall(html)
            if not choices:
                return "no_options" if page.status_code == 200 else f"view_{page.status_code}"
            form = {"csrf_token": FIELD["csrf_token"].search(html).group(1),
                    "shown": FIELD["shown"].search(html).group(1), "action": "book",
                    "choice": choices[(self.seed + attempt) % len(choices)]}
            offer = FIELD["offer"].search(html)  # a stored offer only after a lost race
            if offer:
                form["offer"] = offer.group(1)
            page = self._timed("book", lambda f=form: session.post(self.url, data=f,
                                                                  timeout=TIMEOUT))
            if page.status_code == 200 and "Appointment booked" in page.text:
                return "booked"
            if page.status_code != 409:
                return f"book_{page.status_code}"
        return "gave_up_after_3_taken"


def figures(name: str, latencies: list[float], wall: float) -> str:
    if not latencies:
        return f"{name}: none"
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"{name}: {len(ordered)} requests, {len(ordered) / wall:.1f} req/s overall, "
            f"p50 {statistics.median(ordered) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
            f"max {ordered[-1] * 1000:.0f} ms")


def double_bookings(url: str) -> tuple[int, int, int]:
    engine = create_engine(url)
    with engine.connect() as c:
        slots = c.execute(text("SELECT count(*) FROM (SELECT slot_id FROM bookings WHERE status "
                               "!= 'cancelled' GROUP BY slot_id HAVING count(*) > 1) d")).scalar()
        children = c.execute(text("SELECT count(*) FROM (SELECT child_id FROM bookings WHERE "
                                  "status = 'booked' GROUP BY child_id HAVING count(*) > 1) d")
                             ).scalar()
        live = c.execute(text("SELECT count(*) FROM bookings WHERE status = 'booked'")).scalar()
    engine.dispose()
    return slots, children, live


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=200)
    parser.add_argument("--slots", type=int, default=100)
    parser.add_argument("--clients", type=int, default=32, help="client threads (bounded)")
    parser.add_argument("--server-threads", type=int, default=8)
    args = parser.parse_args()

    name, url = make_database("bench_booking")
    process = None
    try:
        tokens = seed(url, args.families, args.slots)
        port = free_port()
        process = serve(url, port, args.server_threads)
        stats = {"view": [], "book": [], "lock": threading.Lock()}
        families = [Family(f"http://127.0.0.1:{port}", t, i, stats) for i, t in enumerate(tokens)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as pool:
            outcomes = Counter(pool.map(lambda f: f.run(), families))
        wall = time.perf_counter() - started
        slots, children, live = double_bookings(url)
        print(f"booking page bench: {args.families} families, {args.slots} slots, "
              f"gunicorn 2 workers x {args.server_threads} threads, {args.clients} client "
              f"threads, PostgreSQL; wall {wall:.1f} s")
        print(figures("view GET /b/<token>", stats["view"], wall))
        print(figures("book POST /b/<token>", stats["book"], wall))
        print("outcomes:", dict(sorted(outcomes.items())))
        print(f"bookings held: {live}; slots booked twice: {slots}; "
              f"children booked twice: {children}")
        if slots or children or live > args.slots:
            raise SystemExit("DOUBLE BOOKING FOUND")
    finally:
        if process is not None:
            stop_gunicorn(process)
        drop_database(name)


if __name__ == "__main__":
    main()
