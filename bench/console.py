"""Bench for the coordinators' console on PostgreSQL: the queue, a household, take over.

Builds, with set-based SQL in a fresh database, ``--households`` households (default
2,000) at 10 practices, the first ``--queue`` of them (default all) handed to the
coordinators, each with two children, a mobile and a timeline of 50 rows (3 attempts,
20 texts in and out, 15 coded events, 10 audit entries, 2 tasks). Then, signed in as a
coordinator through the Flask test client (in-process: the app's own time, no network),
prints p50/p95/max of:
- ``GET /coordinator/`` (the queue);
- ``GET /households/<id>`` for random households (the page with its 50-row timeline);
- ``GET /households/<id>/timeline.json?after=`` (the live poll, nothing new);
- take over → page: ``POST /households/<id>/take-over`` (303) and the page it leads to;
- take over → first text sent: ``POST …/take-over``, ``POST …/messages`` (the sandbox
  channel: a fake SID at once, its status callbacks posted to our hook on a thread), until
  the outbound ``Message`` row is there. Outside the send window the console texts only a
  family who wrote in the last two hours: every built household wrote at build time.

    .venv/bin/python bench/console.py [--households 2000] [--queue 2000] [--mixed 0]
        [--runs 200] [--keep]

The queue at 100,000 children (50,000 households) with 2,000 waiting for every reason:
``--households 50000 --queue 1400 --mixed 600``.

Needs PostgreSQL at TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.scratch import drop_database, make_database

PRACTICES = 10
COORDINATORS = 20

FILL = [
    """INSERT INTO practices (ods_code, name, attempt_order, attempt_spacing_days,
           slot_release_time, slot_release_days, created_at, updated_at)
       SELECT 'P' || lpad(p::text, 5, '0'), 'Practice ' || p, 'sms,call,letter', 7,
              '12:00', 1, now(), now()
       FROM generate_series(1, :practices) p""",
    """INSERT INTO users (email, password_hash, role, active, session_version,
           created_at, updated_at)
       SELECT 'coord' || u || '@bench.nhs.uk', 'x', 'coordinator', true, 0, now(), now()
       FROM generate_series(1, :coordinators) u""",
    """INSERT INTO households (practice_id, family_name, address_line_1, town, postcode,
           preferred_language, status, status_reason, status_changed_at, dialogue_state,
           dialogue_context, created_at, updated_at)
       SELECT (h % :practices) + 1, 'Family ' || h, h || ' Lodge Lane', 'Liverpool',
              'L7 8YP', (ARRAY['en', 'en', 'en', 'pl', 'so'])[(h % 5) + 1],
              CASE WHEN h <= :queue THEN 'with_coordinator' ELSE 'active' END,
              CASE WHEN h <= :queue THEN 'hesitant: has questions or worries' END,
              now() - ((h % 900) || ' minutes')::interval,
              CASE WHEN h <= :queue THEN 'handed_over' END, '{}', now(), now()
       FROM generate_series(1, :households) h""",
    """INSERT INTO carers (household_id, name, created_at, updated_at)
       SELECT h, 'Carer ' || h, now(), now() FROM generate_series(1, :households) h""",
    """INSERT INTO phones (household_id, e164, kind, status, created_at, updated_at)
       SELECT h, '+447700' || lpad(h::text, 6, '0'), 'mobile', 'usable', now(), now()
       FROM generate_series(1, :households) h""",
    """INSERT INTO children (nhs_number, given_name, family_name, date_of_birth, practice_id,
           household_id, carer_id, missing_vaccines, preferred_language, created_at,
           updated_at)
       SELECT lpad(c::text, 10, '0'), (ARRAY['Ava', 'Ben'])[(c % 2) + 1],
              'Family ' || ((c + 1) / 2), date '2023-01-01', ((((c + 1) / 2)) % :practices) + 1,
              (c + 1) / 2, (c + 1) / 2, '["MMR1", "PCV booster"]', 'en', now(), now()
       FROM generate_series(1, :households * 2) c""",
    """INSERT INTO attempts (household_id, number, means, state, due_at, made_at, outcome,
           tries, created_at, updated_at)
       SELECT (a - 1) / 3 + 1, (a - 1) % 3 + 1,
              (ARRAY['sms', 'call', 'letter'])[((a - 1) % 3) + 1], 'made',
              now() - interval '20 days', now() - (((a - 1) % 3) * 7 || ' days')::interval,
              'delivered', 1, now(), now()
       FROM generate_series(1, :households * 3) a""",
    """INSERT INTO messages (household_id, direction, channel, body, status, handled_at,
           created_at, updated_at)
       SELECT (m - 1) / 20 + 1, CASE WHEN m % 2 = 0 THEN 'in' ELSE 'out' END, 'sms',
              (ARRAY['Yes please', 'is it safe? I am worried about the MMR',
                     'Thank you, we will call you', 'Can we talk first?'])[(m % 4) + 1],
              CASE WHEN m % 2 = 0 THEN 'received' ELSE 'delivered' END, now(),
              now() - ((m % 20) || ' hours')::interval, now()
       FROM generate_series(1, :households * 20) m""",
    """INSERT INTO coded_events (child_id, practice_id, household_id, snomed_code, term,
           free_text, occurred_at, created_at, updated_at)
       SELECT c.id, c.practice_id, c.household_id,
              (ARRAY['185559001', '185560006', '185561005', '166281000000106'])[(k % 4) + 1],
              'Term ' || k, 'SMS sent, delivered', now() - (k || ' days')::interval,
              now(), now()
       FROM children c CROSS JOIN generate_series(0, 7) k
       WHERE NOT (c.id % 2 = 0 AND k = 7)""",
    """INSERT INTO audit_events (at, actor, household_id, action, detail)
       SELECT now() - ((a % 10) || ' hours')::interval, 'assistant', (a - 1) / 10 + 1,
              (ARRAY['household.status', 'offer_made', 'household.referred'])[(a % 3) + 1],
              '{"reason": "bench"}'
       FROM generate_series(1, :households * 10) a""",
    """INSERT INTO tasks (practice_id, household_id, kind, status, summary, created_at,
           updated_at)
       SELECT ((t - 1) / 2 + 1) % :practices + 1, (t - 1) / 2 + 1, 'other', 'open',
              'Call the family back', now(), now()
       FROM generate_series(1, :households * 2) t""",
]


# ``--mixed N``: N more households waiting for the queue's other reasons, after the first
# ``--queue`` (a third each): a refusal waiting to be confirmed (asked 0-47 hours ago), a
# message no one could handle, agreed with a book-by-hand task.
MIXED = [
    """UPDATE households SET dialogue_state = 'awaiting_refusal_confirmation',
           dialogue_context = json_build_object('refusal_at',
               to_char((now() - ((id % 48) || ' hours')::interval) AT TIME ZONE 'UTC',
                       'YYYY-MM-DD"T"HH24:MI:SS+00:00'))
       WHERE id > :queue AND id <= :queue + :mixed AND id % 3 = 0""",
    """INSERT INTO messages (household_id, direction, channel, body, status, handled_at,
           created_at, updated_at)
       SELECT h, 'in', 'voice', 'Left a voice message', 'unhandled', now(),
              now() - ((h % 600) || ' minutes')::interval, now()
       FROM generate_series(:queue + 1, :queue + :mixed) h WHERE h % 3 = 1""",
    """UPDATE households SET status = 'agreed'
       WHERE id > :queue AND id <= :queue + :mixed AND id % 3 = 2""",
    """INSERT INTO tasks (practice_id, household_id, kind, status, summary, created_at,
           updated_at)
       SELECT h % :practices + 1, h, 'book_by_hand', 'open', 'Book by hand',
              now() - ((h % 300) || ' minutes')::interval, now()
       FROM generate_series(:queue + 1, :queue + :mixed) h WHERE h % 3 = 2""",
]


def build(url: str, households: int, queue: int, mixed: int = 0) -> None:
    engine = create_engine(url)
    params = {"practices": PRACTICES, "households": households, "queue": queue,
              "coordinators": COORDINATORS, "mixed": mixed}
    started = time.perf_counter()
    with engine.begin() as connection:
        for statement in FILL + (MIXED if mixed else []):
            connection.execute(text(statement), params)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
        rows = connection.scalar(text(
            "SELECT (SELECT count(*) FROM attempts) + (SELECT count(*) FROM messages) + "
            "(SELECT count(*) FROM coded_events) + (SELECT count(*) FROM audit_events) + "
            "(SELECT count(*) FROM tasks)"))
    engine.dispose()
    took = time.perf_counter() - started
    print(f"built {households:,} households ({queue + mixed:,} in the queue), {rows:,} "
          f"timeline rows ({rows / households:.0f} a household) in {took:.0f} s")


def figures(label: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * len(ms)) - 1)]
    print(f"{label}: p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, "
          f"max {ms[-1]:.0f} ms ({len(ms)} requests)")


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def signed_in(app, email: str):
    from assistant.db import db
    from assistant.models import User

    with app.app_context():
        user = db.session.query(User).filter_by(email=email).one()
        cookie_id = user.get_id()
    client = app.test_client()
    with client.session_transaction() as session:  # signed in as Flask-Login does
        session["_user_id"], session["_fresh"] = cookie_id, True
    return client


def get(client, path: str, status: int = 200):
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return response


QUEUE_PAGES = [
    ("GET /coordinator/ (the queue)", "/coordinator/"),
    ("GET /coordinator/?page=20 (a late page)", "/coordinator/?page=20"),
    ("GET /coordinator/?practice=P00003&reason=hesitant (filtered)",
     "/coordinator/?practice=P00003&reason=hesitant"),
    ("GET /tasks (open tasks, oldest first)", "/tasks"),
]


def bench(app, households: int, queue: int, runs: int) -> None:
    from assistant.channels import get_channel

    rng = random.Random(9)
    client = signed_in(app, "coord1@bench.nhs.uk")
    with app.app_context():
        get(client, "/coordinator/")  # warm the templates and the pool
        for label, path in QUEUE_PAGES:
            figures(label, [timed(lambda p=path: get(client, p))
                            for _ in range(max(runs // 4, 10))])
        ids = [rng.randint(1, households) for _ in range(runs)]
        figures("GET /households/<id> (50-row timeline)",
                [timed(lambda i=i: get(client, f"/households/{i}")) for i in ids])
        page = get(client, "/households/1").get_data(as_text=True)
        cursor = re.search(r'data-cursor="([^"]+)"', page).group(1)
        figures("GET /households/<id>/timeline.json?after= (the poll)",
                [timed(lambda i=i: get(client, f"/households/{i}/timeline.json?after="
                                               f"{quote(cursor)}")) for i in ids[: runs // 2]])
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        free = rng.sample(range(1, min(queue, households) + 1),
                          min(2 * runs, queue, households))

        def take_over_then_page(i: int) -> None:
            response = client.post(f"/households/{i}/take-over", data={"csrf_token": token})
            assert response.status_code == 303, response.status_code
            get(client, response.location)

        figures("POST take-over -> 303 -> GET the page",
                [timed(lambda i=i: take_over_then_page(i)) for i in free[: len(free) // 2]])
        figures("take over -> first text sent (POST take-over, POST message, the Message row)",
                [timed(lambda i=i: take_over_then_text(client, token, i))
                 for i in free[len(free) // 2:]])
        get_channel().drain()  # the sandbox's status callbacks, before the database goes


def take_over_then_text(client, token: str, household_id: int) -> None:
    """Take a family over and text them, until the outbound text is recorded."""
    from assistant.db import db
    from assistant.models import Direction, Message

    response = client.post(f"/households/{household_id}/take-over", data={"csrf_token": token})
    assert response.status_code == 303, response.status_code
    response = client.post(f"/households/{household_id}/messages", data={
        "csrf_token": token, "body": "Hello, it's Sam from the immunisation team. Is now a "
                                     "good time to talk?"})
    assert response.status_code == 303, (response.status_code, household_id)
    db.session.rollback()
    assert db.session.scalar(select(Message.id).where(
        Message.household_id == household_id, Message.direction == Direction.OUTBOUND,
        Message.sent_by_id.is_not(None))) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=2000)
    parser.add_argument("--queue", type=int, default=None,
                        help="how many of them wait for a person (default: all)")
    parser.add_argument("--mixed", type=int, default=0,
                        help="more households waiting for the queue's other reasons")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    args = parser.parse_args()
    queue = args.households if args.queue is None else min(args.queue, args.households)
    name, url = make_database("bench_console")
    kept = False
    try:
        build(url, args.households, queue, min(args.mixed, args.households - queue))
        from assistant import create_app

        app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "TESTING": True,
                          "INSTANCE_PATH": f"/tmp/{name}"})
        bench(app, args.households, queue, args.runs)
        kept = args.keep
    finally:
        if kept:
            print(f"kept database {name}: {url}")
        else:
            drop_database(name)


if __name__ == "__main__":
    main()
