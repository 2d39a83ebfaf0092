"""Bench for the dispatch loop: first texts through the real TwilioChannel.

A small fake Twilio (``http.server`` on 127.0.0.1, in its own process) answers
``Messages.json`` with a message resource and counts what it was sent; with
``--latency-ms N`` it waits N ms before each answer, as real Twilio's API takes
~100 ms. On a fresh PostgreSQL database with households each due a first text,
the bench times, in one run:

1. a bare loop of ``client.messages.create`` against the fake (the ceiling);
2. one worker process running one tick (claim, re-check, render, send, record,
   code, schedule the next attempt);
3. two worker processes ticking at once over a fresh set: the combined rate, and
   the doubles counted at the fake (texts per number, distinct SIDs).

Each line says where the CPU went (per text: the worker, the fake, PostgreSQL's
backends for this database and its background processes, and other work on the
machine), because on a small machine they share the cores and the rate alone
does not say what limits it.

    .venv/bin/python bench/dispatch.py [--households 10000] [--bare 2000] [--threads 4]
    .venv/bin/python bench/dispatch.py --latency-ms 50     # the provider, not the CPU, limits

Needs PostgreSQL at TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
Pacing is off (SMS_PER_SECOND=0) so the figures show the loop's own cost.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from cpu import PostgresCPU, machine_busy, process_cpu
from scratch import ADMIN_URL, JsonHandler, drop_database, make_database
from sqlalchemy import create_engine, insert, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACCOUNT = "AC" + "b" * 32
FROM = "+447911123456"
# A Monday morning in the send window, so the bench runs the same at any hour.
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


# --- the fake Twilio ------------------------------------------------------------------

def _serve(port_queue: multiprocessing.Queue, latency: float = 0.0) -> None:
    sent: Counter[str] = Counter()
    sids: set[str] = set()

    class Handler(JsonHandler):

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = parse_qs(self.rfile.read(length).decode())
            if not self.path.endswith("/Messages.json"):
                self._answer(404, {"code": 20404, "message": "not found", "status": 404})
                return
            if latency:
                time.sleep(latency)  # each connection has its own thread: waits overlap
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
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE"))  # fresh statistics, as autovacuum keeps them
    engine.dispose()


def count_made(url: str) -> dict:
    engine = create_engine(url)
    with engine.connect() as c:
        made = c.execute(text("SELECT count(*) FROM attempts WHERE number = 1 "
                              "AND state = 'made'")).scalar()
        sids = c.execute(text("SELECT count(DISTINCT provider_sid) FROM messages")).scalar()
        messages = c.execute(text("SELECT count(*) FROM messages")).scalar()
    engine.dispose()
    return {"made": made, "distinct_sids": sids, "messages": messages}


# --- where the CPU went ---------------------------------------------------------------

@dataclass
class Usage:
    """CPU seconds spent during one measured stretch, by process."""

    wall: float
    ours: float                  # the bare loop, or the worker processes' ticks
    fake: float | None
    backends: float | None       # PostgreSQL, connections to the bench database
    background: float | None     # PostgreSQL's own processes (shared with anyone)
    busy: float | None           # every core of the machine

    def line(self, texts: int, ours: str = "ours") -> str:
        def both(seconds: float | None) -> str:
            if seconds is None:
                return "n/a"
            return f"{seconds:.1f} s ({seconds / max(texts, 1) * 1000:.2f})"

        known = [self.ours, self.fake, self.backends, self.background]
        total = sum(v for v in known if v is not None)
        other = None if self.busy is None else max(0.0, self.busy - total)
        count = os.cpu_count() or 1
        return (f"  CPU seconds (ms per text): {ours} {both(self.ours)} + fake Twilio "
                f"{both(self.fake)} + PostgreSQL backends {both(self.backends)} + PostgreSQL "
                f"background {both(self.background)} = {both(total)}; other processes and "
                f"the kernel {both(other)}\n"
                f"  cores busy: {cores(total, self.wall)} of {count} by this run, "
                f"{cores(self.busy, self.wall)} in all")


def cores(seconds: float | None, wall: float) -> str:
    return "n/a" if seconds is None else f"{seconds / wall:.2f}"


class Measure:
    """Context manager: the fake's, PostgreSQL's and the machine's CPU over a stretch."""

    def __init__(self, fake_pid: int, database: str) -> None:
        self.fake_pid = fake_pid
        self.postgres = PostgresCPU(ADMIN_URL, database)

    def __enter__(self) -> Measure:
        self.postgres.__enter__()
        self.fake, self.busy = process_cpu(self.fake_pid), machine_busy()
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.started
        fake, busy = process_cpu(self.fake_pid), machine_busy()
        self.postgres.__exit__(*exc)
        self.fake = None if fake is None or self.fake is None else fake - self.fake
        self.busy = None if busy is None or self.busy is None else busy - self.busy

    def usage(self, ours: float) -> Usage:
        return Usage(self.wall, ours, self.fake, self.postgres.backends,
                     self.postgres.background, self.busy)


# --- the measurements -----------------------------------------------------------------

def bare_loop(api: str, count: int) -> tuple[float, float]:
    """Texts a second from a plain ``client.messages.create`` loop, and its CPU seconds."""
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    client = Client(ACCOUNT, "token", http_client=TwilioHttpClient(timeout=10))
    client.api.base_url = api
    # This thread's CPU only: the bench's PostgreSQL sampler runs beside it.
    started, cpu = time.perf_counter(), time.thread_time()
    for i in range(count):
        client.messages.create(to=f"+4477008{i:05d}", from_=FROM, body="Hello " * 30,
                               status_callback="https://imms.example.org/twilio/status/sms")
    return count / (time.perf_counter() - started), time.thread_time() - cpu


def run_tick(url: str, api: str, threads: int, ready=None) -> dict:
    """One tick in this process: what it did, how long it took and its CPU seconds.
    ``ready`` is called once the app is built, just before the tick starts."""
    import time_machine

    from assistant import create_app
    from assistant.attempts import dispatch

    app = create_app({
        "DATABASE_URL": url, "SECRET_KEY": "bench", "CHANNELS": "twilio",
        "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "token",
        "TWILIO_FROM_NUMBER": FROM, "TWILIO_API_BASE_URL": api,
        "SMS_PER_SECOND": "0", "PUBLIC_BASE_URL": "https://imms.example.org",
        "INSTANCE_PATH": tempfile.mkdtemp(prefix="bench-dispatch-"), "SCHEDULER": "off",
    })
    with app.app_context(), time_machine.travel(MONDAY, tick=True):
        if ready is not None:
            ready()
        started, cpu, at = time.perf_counter(), time.process_time(), time.time()
        done = dispatch.send_due_attempts(MONDAY, budget_seconds=None, threads=threads)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"done": dict(done), "seconds": elapsed, "cpu": cpu, "start": at,
            "end": at + elapsed}


def worker_main(args: argparse.Namespace) -> None:
    def ready() -> None:  # start-up done: wait for the bench to start every worker at once
        print("ready", flush=True)
        sys.stdin.readline()

    print(json.dumps(run_tick(args.db, args.api, args.threads, ready)), flush=True)


def workers(url: str, api: str, threads: int, count: int, measure: Measure) -> list[dict]:
    """``count`` worker processes, started together once each has loaded; their results."""
    command = [sys.executable, __file__, "--worker", "--db", url, "--api", api,
               "--threads", str(threads)]
    # The workers' logs (a line per text) go to a file, shown only if one fails.
    with contextlib.ExitStack() as files:
        logs = [files.enter_context(tempfile.TemporaryFile(mode="w+")) for _ in range(count)]
        procs = [subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=log, text=True) for log in logs]
        for proc in procs:
            if proc.stdout.readline().strip() != "ready":
                proc.wait()
        with measure:
            for proc in procs:
                if proc.poll() is None:
                    proc.stdin.write("go\n")
                    proc.stdin.flush()
            outputs = [proc.communicate()[0] for proc in procs]
        for proc, log in zip(procs, logs, strict=True):
            if proc.returncode:
                log.seek(0)
                print(log.read()[-3000:], file=sys.stderr)
                raise SystemExit("a worker failed")
    return [json.loads(o.strip().splitlines()[-1]) for o in outputs]


def report_workers(label: str, results: list[dict], measure: Measure, api: str, url: str,
                   one: float | None) -> float:
    sent = sum(r["done"].get("texts_sent", 0) for r in results)
    span = max(r["end"] for r in results) - min(r["start"] for r in results)
    rate = sent / span
    versus = "" if one is None else f" = {rate / one:.2f}x one worker"
    print(f"{label}: {rate:8.0f} texts/s ({sent} in {span:.1f} s){versus}")
    if len(results) > 1:
        each = [r["done"].get("texts_sent", 0) for r in results]
        cpu = [round(r["cpu"] / max(r["done"].get("texts_sent", 0), 1) * 1000, 2)
               for r in results]
        print(f"  each worker: {each} sent, {[round(r['seconds'], 1) for r in results]} s in "
              f"its tick, {cpu} ms CPU per text")
    print(measure.usage(sum(r["cpu"] for r in results)).line(
        sent, "worker" if len(results) == 1 else "workers"))
    stats = _get(api, "/stats")
    print(f"  at the fake Twilio: {stats}; in the database: {count_made(url)}")
    print(f"  doubles: {stats['doubled']} numbers texted twice; "
          f"{stats['requests'] - stats['numbers']} extra requests")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int,
                        help="default 10,000; with --latency-ms, ~20 s of one worker")
    parser.add_argument("--bare", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--latency-ms", type=float, default=0.0,
                        help="the fake Twilio waits this long before each answer")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(args)
        return

    latency = args.latency_ms / 1000
    households = args.households or (
        10_000 if not latency else min(10_000, int(args.threads / latency * 20)))
    bare_count = args.bare if not latency else min(args.bare, max(20, int(3 / latency)))
    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports, latency), daemon=True)
    server.start()
    api = f"http://127.0.0.1:{ports.get(timeout=10)}"
    name, url = make_database("bench_dispatch")
    print(f"fake Twilio answers after {args.latency_ms:g} ms; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} before the run")
    try:
        with Measure(server.pid, name) as measure:
            bare, bare_cpu = bare_loop(api, bare_count)
        print(f"bare client.messages.create loop: {bare:8.0f} texts/s ({bare_count} texts)")
        print(measure.usage(bare_cpu).line(bare_count, "bare loop"))

        seed(url, households)
        _get(api, "/reset")
        measure = Measure(server.pid, name)
        [one] = workers(url, api, args.threads, 1, measure)
        rate = report_workers(f"one worker ({args.threads} send threads), one tick", [one],
                              measure, api, url, None)
        if not latency:  # the figure; with latency the bare loop's one thread waits
            print(f"  = {rate / bare:.0%} of bare")

        seed(url, households)
        _get(api, "/reset")
        measure = Measure(server.pid, name)
        results = workers(url, api, args.threads, 2, measure)
        report_workers("two worker processes at once", results, measure, api, url, rate)
    finally:
        drop_database(name)
        server.terminate()


if __name__ == "__main__":
    main()
