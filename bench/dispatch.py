"""Bench for the dispatch loop: 10,000 first texts through the real TwilioChannel.

A small fake Twilio (``http.server`` on 127.0.0.1, in its own process) answers
``Messages.json`` with a message resource and counts what it was sent. On a
fresh PostgreSQL database with 10,000 households each due a first text, the
bench times, in one run:

1. a bare loop of ``client.messages.create`` against the fake (the ceiling);
2. one tick of the assistant (claim, re-check, render, send, record, code,
   schedule the next attempt), in-process;
3. two worker processes ticking at once over a fresh 10,000: combined rate,
   and the doubles counted at the fake (texts per number, distinct SIDs).

    .venv/bin/python bench/dispatch.py [--households 10000] [--bare 2000] [--threads 4]

Needs PostgreSQL at TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
Pacing is off (SMS_PER_SECOND=0) so the figures show the loop's own cost.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from scratch import drop_database, make_database
from sqlalchemy import create_engine, insert, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACCOUNT = "AC" + "b" * 32
FROM = "+447911123456"
# A Monday morning in the send window, so the bench runs the same at any hour.
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


# --- the fake Twilio ------------------------------------------------------------------

def _serve(port_queue: multiprocessing.Queue) -> None:
    sent: Counter[str] = Counter()
    sids: set[str] = set()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as Twilio does
        # Headers and body go out in two writes: without this, Nagle's algorithm and
        # delayed ACKs add ~40 ms to every answer and the fake, not us, is measured.
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def _answer(self, status: int, payload: dict) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = parse_qs(self.rfile.read(length).decode())
            if not self.path.endswith("/Messages.json"):
                self._answer(404, {"code": 20404, "message": "not found", "status": 404})
                return
            sid = "SM" + uuid.uuid4().hex
            sent[form.get("To", [""])[0]] += 1
            sids.add(sid)
            self._answer(201, {"sid": sid, "status": "queued", "account_sid": ACCOUNT,
                               "to": form.get("To", [""])[0], "body": "",
                               "date_created": "Mon, 23 Nov 2026 10:00:00 +0000"})

        def do_GET(self) -> None:
            if self.path == "/stats":
                self._answer(200, {"requests": sum(sent.values()), "numbers": len(sent),
                                   "doubled": sum(1 for n in sent.values() if n > 1),
                                   "sids": len(sids)})
            elif self.path == "/reset":
                sent.clear()
                sids.clear()
                self._answer(200, {})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_queue.put(server.server_address[1])
    server.serve_forever()


def _get(base: str, path: str) -> dict:
    import requests

    return requests.get(base + path, timeout=10).json()


# --- the database ---------------------------------------------------------------------

def seed(url: str, households: int) -> None:
    """``households`` households (one child, one mobile) each with a first text due now."""
    from datetime import date

    from assistant.models import Attempt, Base, Carer, Child, Household, Phone, Practice

    engine = create_engine(url)
    with engine.begin() as c:
        for table in ("coded_events", "messages", "audit_events", "attempts", "children",
                      "phones", "carers", "households", "practices"):
            c.execute(Base.metadata.tables[table].delete())
        c.execute(insert(Practice), [{"id": 1, "ods_code": "N80000",
                                      "name": "Smithdown Road Medical Centre"}])
        ids = range(1, households + 1)
        c.execute(insert(Household), [{"id": i, "practice_id": 1, "family_name": f"F{i}",
                                       "address_line_1": "1 Lodge Lane", "postcode": "L7 8YP",
                                       "dialogue_context": {}} for i in ids])
        c.execute(insert(Carer), [{"id": i, "household_id": i, "name": f"Carer {i}"} for i in ids])
        c.execute(insert(Phone), [{"household_id": i, "e164": f"+4477009{i:05d}",
                                   "kind": "mobile"} for i in ids])
        c.execute(insert(Child), [{"nhs_number": f"9{i:09d}", "given_name": "Ava",
                                   "family_name": f"F{i}", "date_of_birth": date(2024, 1, 1),
                                   "practice_id": 1, "household_id": i, "carer_id": i,
                                   "missing_vaccines": ["MMR1", "Rotavirus"]} for i in ids])
        c.execute(insert(Attempt), [{"household_id": i, "number": 1, "means": "sms",
                                     "state": "scheduled", "due_at": MONDAY - timedelta(minutes=1),
                                     "created_at": MONDAY - timedelta(hours=1),
                                     "updated_at": MONDAY - timedelta(hours=1)} for i in ids])
        for table in ("households", "carers"):  # the rows given explicit ids
            c.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n)"),
                      {"t": table, "n": households})
    engine.dispose()


# --- the measurements -----------------------------------------------------------------

def bare_loop(api: str, count: int) -> float:
    """Texts a second from a plain ``client.messages.create`` loop."""
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    client = Client(ACCOUNT, "token", http_client=TwilioHttpClient(timeout=10))
    client.api.base_url = api
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(count):
        client.messages.create(to=f"+4477008{i:05d}", from_=FROM, body="Hello " * 30,
                               status_callback="https://imms.example.org/twilio/status/sms")
    print(f"  (bare loop: {(time.process_time() - cpu) / count * 1000:.2f} ms CPU per text)")
    return count / (time.perf_counter() - started)


def run_tick(url: str, api: str, threads: int) -> dict:
    """One tick in this process: what it did and how long it took."""
    import time_machine

    from assistant import create_app, dispatch

    app = create_app({
        "DATABASE_URL": url, "SECRET_KEY": "bench", "CHANNELS": "twilio",
        "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "token",
        "TWILIO_FROM_NUMBER": FROM, "TWILIO_API_BASE_URL": api,
        "SMS_PER_SECOND": "0", "PUBLIC_BASE_URL": "https://imms.example.org",
        "INSTANCE_PATH": tempfile.mkdtemp(prefix="bench-dispatch-"), "SCHEDULER": "off",
    })
    with app.app_context(), time_machine.travel(MONDAY, tick=True):
        started, cpu = time.perf_counter(), time.process_time()
        done = dispatch.send_due_attempts(MONDAY, budget_seconds=None, threads=threads)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"done": dict(done), "seconds": elapsed, "cpu": cpu}


def worker_main(args: argparse.Namespace) -> None:
    print(json.dumps(run_tick(args.db, args.api, args.threads)))


def two_workers(url: str, api: str, threads: int) -> tuple[list[dict], float]:
    command = [sys.executable, __file__, "--worker", "--db", url, "--api", api,
               "--threads", str(threads)]
    started = time.perf_counter()
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate()[0] for p in procs]
    elapsed = time.perf_counter() - started
    if any(p.returncode for p in procs):
        raise SystemExit("a worker failed")
    return [json.loads(o.strip().splitlines()[-1]) for o in outputs], elapsed


def count_made(url: str) -> dict:
    engine = create_engine(url)
    with engine.connect() as c:
        made = c.execute(text("SELECT count(*) FROM attempts WHERE number = 1 "
                              "AND state = 'made'")).scalar()
        sids = c.execute(text("SELECT count(DISTINCT provider_sid) FROM messages")).scalar()
        messages = c.execute(text("SELECT count(*) FROM messages")).scalar()
    engine.dispose()
    return {"made": made, "distinct_sids": sids, "messages": messages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--bare", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(args)
        return

    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    api = f"http://127.0.0.1:{ports.get(timeout=10)}"
    name, url = make_database("bench_dispatch")
    try:
        bare = bare_loop(api, args.bare)
        print(f"bare client.messages.create loop: {bare:8.0f} texts/s ({args.bare} texts)")

        seed(url, args.households)
        _get(api, "/reset")
        one = run_tick(url, api, args.threads)
        sent = one["done"].get("texts_sent", 0)
        rate = sent / one["seconds"]
        print(f"one tick, one worker ({args.threads} send threads): {rate:8.0f} texts/s "
              f"({sent} in {one['seconds']:.1f} s) = {rate / bare:.0%} of bare")
        print(f"  ({one['cpu'] / max(sent, 1) * 1000:.2f} ms CPU per text in the worker, "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
        print(f"  at the fake Twilio: {_get(api, '/stats')}; in the database: {count_made(url)}")

        seed(url, args.households)
        _get(api, "/reset")
        results, elapsed = two_workers(url, api, args.threads)
        both = sum(r["done"].get("texts_sent", 0) for r in results)
        print(f"two worker processes at once:    {both / elapsed:8.0f} texts/s "
              f"({both} in {elapsed:.1f} s wall, including start-up) = "
              f"{both / elapsed / rate:.2f}x one worker")
        print(f"  each worker: {[r['done'].get('texts_sent', 0) for r in results]} sent, "
              f"{[round(r['seconds'], 1) for r in results]} s in its tick")
        stats = _get(api, "/stats")
        print(f"  at the fake Twilio: {stats}; in the database: {count_made(url)}")
        print(f"  doubles: {stats['doubled']} numbers texted twice; "
              f"{stats['requests'] - stats['numbers']} extra requests")
    finally:
        drop_database(name)
        server.terminate()


if __name__ == "__main__":
    main()
