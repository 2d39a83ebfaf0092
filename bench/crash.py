"""Bench for crash recovery: a worker killed (``kill -9``) mid-send, then restarted.

On a fresh PostgreSQL database with ``--sends`` households each due a first text,
a worker process runs the dispatch loop through the real TwilioChannel against a
local fake Twilio (``http.server`` on 127.0.0.1, answering after ``--latency-ms``).
When the fake has taken a random share of the texts, the worker is killed with
SIGKILL; the claims it left are read from the database (never sent: no
``sending_at``; in flight: marked, not recorded); a new worker is started at once
and runs until nothing is due. Over ``--kills`` rounds it prints, for each round
and in all:

- lost: households never texted;
- doubled: households texted twice, against the sends in flight at the kill
  (the target: no more doubles than those);
- delayed: claims never sent at the kill whose text went out more than 30 s after
  the restart (the target: none), and the slowest of them.

    .venv/bin/python bench/crash.py [--kills 4] [--sends 2000] [--latency-ms 20]

Needs PostgreSQL at TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from dispatch import ACCOUNT, FROM, MONDAY, seed
from scratch import JsonHandler, drop_database, make_database
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DELAY_LIMIT = 30.0


def _serve(port_queue: multiprocessing.Queue, latency: float) -> None:
    """A fake Twilio that answers ``Messages.json`` and remembers when each number was sent to."""
    times: dict[str, list[float]] = defaultdict(list)

    class Handler(JsonHandler):

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            to = parse_qs(self.rfile.read(length).decode()).get("To", [""])[0]
            if latency:
                time.sleep(latency)
            times[to].append(time.time())  # accepted: the text is on its way
            self._answer(201, {"sid": "SM" + uuid.uuid4().hex, "status": "queued",
                               "account_sid": ACCOUNT, "to": to})

        def do_GET(self) -> None:
            if self.path == "/times":
                self._answer(200, times)
            elif self.path == "/count":
                self._answer(200, sum(len(t) for t in times.values()))
            elif self.path == "/reset":
                times.clear()
                self._answer(200, {})

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, *_args: object) -> None:
            pass  # a killed worker resets its connections: expected here, not news

    server = Server(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


def _get(base: str, path: str):
    import requests

    return requests.get(base + path, timeout=10).json()


def worker_main(url: str, api: str) -> None:
    """One worker: the dispatch loop until nothing is due (the bench kills it midway)."""
    import time_machine

    from assistant import clock, create_app
    from assistant.attempts import dispatch

    app = create_app({
        "DATABASE_URL": url, "SECRET_KEY": "bench", "CHANNELS": "twilio",
        "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "token",
        "TWILIO_FROM_NUMBER": FROM, "TWILIO_API_BASE_URL": api, "SMS_PER_SECOND": "0",
        "PUBLIC_BASE_URL": "https://imms.example.org", "SCHEDULER": "off",
        "INSTANCE_PATH": tempfile.mkdtemp(prefix="bench-crash-"),
    })
    with app.app_context(), time_machine.travel(MONDAY, tick=True):
        done = dispatch.send_due_attempts(clock.now(), budget_seconds=None)
    print(json.dumps(done), flush=True)


def _start(url: str, api: str) -> subprocess.Popen:
    errors = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - lives as long as the worker
    process = subprocess.Popen([sys.executable, __file__, "--worker", "--db", url, "--api",
                                api], stdout=subprocess.PIPE, stderr=errors, text=True)
    process.errors = errors  # type: ignore[attr-defined]
    return process


def _failed(process: subprocess.Popen) -> SystemExit:
    process.errors.seek(0)  # type: ignore[attr-defined]
    print(process.errors.read()[-3000:], file=sys.stderr)  # type: ignore[attr-defined]
    return SystemExit("a worker ended before it was killed")


def _left_at_kill(url: str) -> tuple[set[str], int]:
    """The numbers of claims never sent, and how many were in flight (marked, unrecorded)."""
    engine = create_engine(url)
    with engine.connect() as c:
        unsent = set(c.scalars(text(
            "SELECT p.e164 FROM attempts a JOIN phones p ON p.household_id = a.household_id "
            "WHERE a.state = 'in_flight' AND a.sending_at IS NULL")))
        in_flight = c.scalar(text("SELECT count(*) FROM attempts WHERE state = 'in_flight' "
                                  "AND sending_at IS NOT NULL"))
    engine.dispose()
    return unsent, in_flight


def one_round(url: str, api: str, sends: int, rng: random.Random) -> dict:
    seed(url, sends)
    _get(api, "/reset")
    kill_after = rng.randint(sends // 10, sends * 6 // 10)
    worker = _start(url, api)
    while worker.poll() is None and _get(api, "/count") < kill_after:
        time.sleep(0.01)
    if worker.poll() is not None:
        raise _failed(worker)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    sent_at_kill = _get(api, "/count")
    unsent, in_flight = _left_at_kill(url)
    restarted = time.time()
    again = _start(url, api)
    output = again.communicate()[0].strip()
    if again.returncode:
        raise _failed(again)
    done = json.loads(output.splitlines()[-1])
    times = _get(api, "/times")
    engine = create_engine(url)
    with engine.connect() as c:
        numbers = set(c.scalars(text("SELECT e164 FROM phones")))
    engine.dispose()
    waits = [min(times[n]) - restarted for n in unsent if n in times]
    return {
        "sent_at_kill": sent_at_kill, "unsent_claims": len(unsent), "in_flight": in_flight,
        "lost": len(numbers - set(times)),
        "doubled": sum(1 for n in numbers if len(times.get(n, [])) > 1),
        "delayed": sum(1 for w in waits if w > DELAY_LIMIT),
        "slowest": max(waits, default=0.0), "released": done.get("claims_released_unsent", 0),
        "reclaimed": done.get("attempts_reclaimed", 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=4)
    parser.add_argument("--sends", type=int, default=2000)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(args.db, args.api)
        return
    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports, args.latency_ms / 1000),
                                     daemon=True)
    server.start()
    api = f"http://127.0.0.1:{ports.get(timeout=10)}"
    name, url = make_database("bench_crash")
    rng = random.Random(args.seed)
    print(f"{args.kills} kills (SIGKILL) of {args.sends:,} sends each; fake Twilio answers "
          f"after {args.latency_ms:g} ms; {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}")
    totals: dict[str, float] = defaultdict(float)
    try:
        for n in range(1, args.kills + 1):
            r = one_round(url, api, args.sends, rng)
            print(f"kill {n}: after {r['sent_at_kill']} sent; left {r['unsent_claims']} claims "
                  f"never sent and {r['in_flight']} in flight -> lost {r['lost']}, doubled "
                  f"{r['doubled']} (in flight {r['in_flight']}), delayed past "
                  f"{DELAY_LIMIT:.0f} s {r['delayed']} (slowest unsent claim sent "
                  f"{r['slowest']:.1f} s after the restart); the restart released "
                  f"{r['released']} unsent and {r['reclaimed']} as possible repeats")
            for key in ("lost", "doubled", "in_flight", "delayed", "unsent_claims"):
                totals[key] += r[key]
            totals["slowest"] = max(totals["slowest"], r["slowest"])
        ok = (totals["lost"] == 0 and totals["doubled"] <= totals["in_flight"]
              and totals["delayed"] == 0)
        print(f"in all: lost {totals['lost']:.0f}, doubled {totals['doubled']:.0f} (sends in "
              f"flight at the kills {totals['in_flight']:.0f}), delayed "
              f"{totals['delayed']:.0f} of {totals['unsent_claims']:.0f} unsent claims "
              f"(slowest {totals['slowest']:.1f} s) -> {'target met' if ok else 'TARGET MISSED'}")
    finally:
        drop_database(name)
        server.terminate()


if __name__ == "__main__":
    main()
