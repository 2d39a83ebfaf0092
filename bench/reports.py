"""Bench for the reports and the FHIR export on PostgreSQL.

Builds 100,000 children (50,000 households at 10 practices), 150,000 attempts,
1,000,000 coded events, 100,000 inbound texts and 20,000 bookings in a fresh
database with set-based SQL, then prints:
- ``report --year`` in-process (median of 3) and as the command end to end (median of
  ``--runs``, with the machine's load average: start-up is part of what a person waits for);
- ``GET /reports`` for an admin (all practices) and a practice user (median of 3);
- ``export-codes --format fhir`` for one practice (100,000 events) and for about
  10,000 of them: time, bytes, Python's peak allocation (tracemalloc) in-process,
  and the command's peak RSS, so the two sizes show the memory is flat.

    .venv/bin/python bench/reports.py [--keep] [--url URL] [--runs N]

``--url`` measures a database built before (kept with ``--keep``) instead of building one.

Needs PostgreSQL at TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.scratch import ROOT, drop_database, make_database

PRACTICES, HOUSEHOLDS, EVENTS_PER_CHILD = 10, 50_000, 10
YEAR = 2026

FILL = [
    """INSERT INTO practices (ods_code, name, attempt_order, attempt_spacing_days,
           slot_release_time, slot_release_days, created_at, updated_at)
       SELECT 'P' || lpad(p::text, 5, '0'), 'Practice ' || p, 'sms,call,letter', 7,
              time '12:00', 1, now(), now()
       FROM generate_series(1, :practices) p""",
    """INSERT INTO households (practice_id, family_name, preferred_language, status,
           status_changed_at, dialogue_context, created_at, updated_at)
       SELECT (h % :practices) + 1, 'Family ' || h, 'en',
              CASE WHEN h % 10 = 0 THEN 'unreachable' ELSE 'active' END,
              now() - ((h % 700) || ' days')::interval, '{}', now(), now()
       FROM generate_series(1, :households) h""",
    """INSERT INTO children (nhs_number, given_name, family_name, date_of_birth, practice_id,
           household_id, missing_vaccines, preferred_language, created_at, updated_at)
       SELECT lpad(c::text, 10, '0'), 'Child', 'Family ' || ((c + 1) / 2), date '2023-01-01',
              (((c + 1) / 2) % :practices) + 1, (c + 1) / 2, '["MMR1"]', 'en', now(), now()
       FROM generate_series(1, :households * 2) c""",
    """INSERT INTO attempts (household_id, number, means, state, due_at, made_at, tries,
           created_at, updated_at)
       SELECT (a - 1) / 3 + 1, (a - 1) % 3 + 1,
              (ARRAY['sms', 'call', 'letter', 'staff_call'])[(a % 4) + 1], 'made',
              now(), now(), 1, now(), now()
       FROM generate_series(1, :households * 3) a""",
    # Ten events a child: its household's three attempts (with their attempt ids), then
    # the pathway's other codes, spread over two years so a service year cuts them.
    """INSERT INTO coded_events (child_id, practice_id, household_id, attempt_id, snomed_code,
           term, free_text, occurred_at, created_at, updated_at)
       SELECT c.id, c.practice_id, c.household_id,
              CASE WHEN k < 3 THEN (c.household_id - 1) * 3 + k + 1 END,
              (ARRAY['185559001', '185560006', '185561005', '166281000000106', '183948000',
                     '429684009', '201741000000102', '185559001', '185560006', '185561005'])
                  [k + 1],
              'Term ' || k, 'SMS sent to 07700 900123, delivered',
              now() - (((c.id * 10 + k) % 730) || ' days')::interval, now(), now()
       FROM children c CROSS JOIN generate_series(0, :per_child - 1) k""",
    """INSERT INTO messages (household_id, direction, channel, body, label, handled_at,
           created_at, updated_at)
       SELECT (m % :households) + 1, 'in', 'sms',
              (ARRAY['Yes please', '1', 'STOP', 'is it safe?', 'CONFIRM'])[(m % 5) + 1],
              (ARRAY['agree', 'unclear', 'opt_out', 'hesitant', 'refused'])[(m % 5) + 1],
              now(), now() - ((m % 700) || ' days')::interval, now()
       FROM generate_series(1, :households * 2) m""",
    """INSERT INTO slots (practice_id, start_at, duration_minutes, created_at, updated_at)
       SELECT (s % :practices) + 1, now() - ((s % 500) || ' days')::interval
                                    - (s || ' minutes')::interval, 10, now(), now()
       FROM generate_series(1, 20000) s""",
    """INSERT INTO bookings (slot_id, child_id, household_id, status, booked_via, booked_at,
           created_at, updated_at)
       SELECT s.id, s.id * 5, (s.id * 5 + 1) / 2,
              (ARRAY['booked', 'attended', 'did_not_attend'])[(s.id % 3) + 1], 'sms', now(),
              now(), now()
       FROM slots s""",
]


def build(url: str) -> None:
    engine = create_engine(url)
    params = {"practices": PRACTICES, "households": HOUSEHOLDS, "per_child": EVENTS_PER_CHILD}
    started = time.perf_counter()
    with engine.begin() as connection:
        for statement in FILL:
            connection.execute(text(statement), params)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
        events = connection.scalar(text("SELECT count(*) FROM coded_events"))
        children = connection.scalar(text("SELECT count(*) FROM children"))
    engine.dispose()
    print(f"built {children:,} children and {events:,} coded events "
          f"in {time.perf_counter() - started:.0f} s")


def median_time(fn, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def bench_reports(app) -> None:
    from assistant.db import db
    from assistant.models import Practice, Role, User
    from assistant.records.reports import report

    with app.app_context():
        seconds, counts = median_time(lambda: report(db.session, None, YEAR))
        db.session.rollback()
        print(f"report(year={YEAR}) in-process, all practices: {seconds:.2f} s "
              f"(cohort {counts['total']['cohort']:,}, year-end "
              f"{counts['total']['year_end']})")
        practice = db.session.query(Practice).filter_by(ods_code="P00001").one()
        users = []
        for email, role, practice_id in (("admin@bench.nhs.uk", Role.ADMIN, None),
                                         ("gp@bench.nhs.uk", Role.PRACTICE, practice.id)):
            user = db.session.query(User).filter_by(email=email).one_or_none()  # --url: kept
            if user is None:
                user = User(email=email, role=role, practice_id=practice_id)
                user.set_password("bench password 123")
                db.session.add(user)
            users.append(user)
        db.session.commit()
        ids = [u.get_id() for u in users]  # what the sign-in cookie keeps
    for user_id, who in zip(ids, ("admin, all practices", "practice user, own practice"),
                            strict=True):
        client = app.test_client()
        with client.session_transaction() as session:  # signed in as Flask-Login does
            session["_user_id"], session["_fresh"] = user_id, True
        with app.app_context():

            def page(client=client):
                response = client.get(f"/reports?year={YEAR}")
                assert response.status_code == 200, response.status_code
                return response

            seconds, _ = median_time(page)
        print(f"GET /reports?year={YEAR} ({who}): {seconds:.2f} s")


def bench_command(url: str, args: list[str], label: str, runs: int = 1) -> None:
    """The command end to end (median of ``runs``), with its own peak RSS (``wait4`` reads
    that child's) and the load average, since start-up time moves with the machine's load."""
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench", "SCHEDULER": "off"}
    times, peak, code = [], 0, 0
    for _ in range(runs):
        started = time.perf_counter()
        with open(os.devnull, "wb") as sink:
            process = subprocess.Popen([str(ROOT / ".venv" / "bin" / "assistant"), *args],
                                       env=env, stdout=sink, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            code = os.waitstatus_to_exitcode(status)
        times.append(time.perf_counter() - started)
        peak = max(peak, usage.ru_maxrss)
    spread = f" (median of {runs}, fastest {min(times):.2f} s)" if runs > 1 else ""
    print(f"{label}: {statistics.median(times):.2f} s end to end{spread}, exit {code}, "
          f"peak RSS {peak / 1024:.0f} MB, load average {os.getloadavg()[0]:.1f}")


def bench_fhir(app) -> None:
    from assistant import clock
    from assistant.db import db
    from assistant.models import Practice
    from assistant.records import exports

    with app.app_context():
        pid = db.session.query(Practice.id).filter_by(ods_code="P00001").scalar()
        today = clock.local(clock.now()).date()
        for label, since in (("~10,000 events", today - timedelta(days=73)),
                             ("100,000 events", None)):
            tracemalloc.start()
            started = time.perf_counter()
            size = events = 0
            for chunk in exports.fhir_chunks(exports.rows(
                    db.session, exports.coded_events(pid, since, by_child=True))):
                size += len(chunk)
                events += chunk.count('"resourceType":"Observation"')
            seconds = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            db.session.rollback()
            print(f"FHIR export in-process, {label}: {events:,} Observations, "
                  f"{size / 1e6:.0f} MB of JSON in {seconds:.1f} s, "
                  f"Python peak allocation {peak / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    parser.add_argument("--url", help="Measure this database (built before and kept with "
                                      "--keep) instead of building one; it is kept.")
    parser.add_argument("--runs", type=int, default=5,
                        help="Runs of `report --year` end to end (the median is printed).")
    args = parser.parse_args()
    name, url = (make_url(args.url).database, args.url) if args.url \
        else make_database("bench_reports")
    kept = bool(args.url)
    try:
        if not args.url:
            build(url)
        from assistant import create_app

        app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "TESTING": True,
                          "INSTANCE_PATH": f"/tmp/{name}"})
        bench_reports(app)
        bench_command(url, ["report", "--year", str(YEAR), "--json"],
                      f"assistant report --year {YEAR} --json", runs=args.runs)
        bench_fhir(app)
        since = (date.today() - timedelta(days=73)).isoformat()
        bench_command(url, ["export-codes", "--format", "fhir", "--practice", "P00001",
                            "--since", since], "export-codes --format fhir, ~10,000 events")
        bench_command(url, ["export-codes", "--format", "fhir", "--practice", "P00001"],
                      "export-codes --format fhir, 100,000 events")
        kept = kept or args.keep
    finally:
        if kept:
            print(f"kept database {name}: {url}")
        else:
            drop_database(name)


if __name__ == "__main__":
    main()
