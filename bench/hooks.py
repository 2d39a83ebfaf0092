"""Benchmark: signed inbound-text hooks under gunicorn, against a bare Flask app.

    .venv/bin/python bench/hooks.py [--client wrk|python] [--seconds 30] [--threads 50]
                                    [--requests 5000]

Starts, on 127.0.0.1 only, (1) the assistant under gunicorn (2 workers, as the
Procfile runs it) on a fresh PostgreSQL database with the sandbox channel and
a seeded practice of households, as deployed (``REPLIES=queued``: the hook
stores the text and the worker answers it), (2) the same with ``REPLIES=inline``
(the hook labels, acts and answers in its TwiML), and (3) a bare Flask app with
one route that answers the same empty TwiML, under the same gunicorn settings.
Afterwards one worker answers the queued texts for ``--drain-seconds``, to show
the rate the queue is emptied at. Then 50
clients fire signed inbound-SMS POSTs at each (each a new MessageSid, from a
mix of known and unknown numbers), and it prints requests per second, p50/p99
latency and the ratio of ours to bare (target: ours >= 50% of bare). The
database is dropped afterwards.

The load generator shares the machine's cores with gunicorn and PostgreSQL, so
it should be light: by default (when ``wrk`` is installed: apt-get install wrk)
``wrk`` keeps 50 connections busy for ``--seconds``, each request taken from a
list signed beforehand (a signature covers the body, so it cannot be made in
wrk's Lua). ``--client python`` uses 50 Python threads with ``requests`` instead,
until ``--requests`` or ``--seconds``; those threads take much of the CPU, which
flatters the slower app (the bare one is then limited by the client). All three
apps are always measured with the same client.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

import requests
from sqlalchemy import func, select, text
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scratch import (  # noqa: E402
    drop_database,
    free_port,
    make_database,
    start_gunicorn,
    stop_gunicorn,
)

TOKEN = "bench-auth-token"  # noqa: S105 - a local benchmark token
OURS = "+447911123456"
HOUSEHOLDS = 400
BODIES = ["Yes please", "What is this about?", "Can I do Tuesday after school?",
          "We are worried about the MMR", "Wrong number", "Already had it at the GP"]
GUNICORN_OPTIONS = ["--workers", "2", "--threads", "4"]  # as the Procfile runs it


def bare_app():  # the gunicorn entry point for the comparison app
    """One route answering the empty TwiML our hook answers when nothing is to be said."""
    from flask import Flask, Response

    app = Flask("bare")

    @app.post("/twilio/sms")
    def sms() -> Response:
        return Response('<?xml version="1.0" encoding="UTF-8"?><Response />',
                        mimetype="text/xml")

    return app


def drain(env: dict[str, str], seconds: float) -> None:
    """One worker's reply queue, in this process, for ``seconds``: texts labelled, acted
    on and answered (through the sandbox channel) per second, and what is left."""
    import logging

    from assistant import clock, create_app
    from assistant.conversation import reply_queue
    from assistant.db import db
    from assistant.models import Message

    logging.disable(logging.WARNING)
    app = create_app({k: env[k] for k in ("DATABASE_URL", "SECRET_KEY", "PUBLIC_BASE_URL",
                                          "CHANNELS", "TWILIO_AUTH_TOKEN")}
                     | {"SMS_PER_SECOND": "0"})
    with app.app_context():
        started = time.perf_counter()
        done = reply_queue.answer_waiting_texts(clock.now(), budget_seconds=seconds)
        elapsed = time.perf_counter() - started
        left = db.session.scalar(text("SELECT count(*) FROM messages WHERE direction = 'in' "
                                      "AND handled_at IS NULL"))
        db.session.rollback()
        total = db.session.scalar(select(func.count()).select_from(Message))
    handled = done.get("replies_handled", 0)
    print(f"worker     {handled:>6} queued texts answered in {elapsed:4.1f} s  "
          f"{handled / elapsed:8.1f} texts/s  ({done.get('replies_sent', 0)} answers sent; "
          f"{left} still waiting; {total} messages in all)")


def seed(env: dict[str, str]) -> list[str]:
    """Schema, one practice and its households; returns their mobile numbers."""
    from assistant import create_app
    from assistant.db import db
    from assistant.models import Base, Carer, Child, Household, Phone, PhoneKind, Practice
    from tests.factories import nhs_number

    app = create_app({k: env[k] for k in ("DATABASE_URL", "SECRET_KEY", "PUBLIC_BASE_URL",
                                          "CHANNELS", "TWILIO_AUTH_TOKEN")})
    numbers = []
    with app.app_context():
        Base.metadata.create_all(db.engine)
        practice = Practice(ods_code="N80000", name="Smithdown Road Medical Centre",
                            phone="0151 496 0331")
        db.session.add(practice)
        db.session.flush()
        for i in range(HOUSEHOLDS):
            household = Household(practice_id=practice.id, family_name=f"Family{i}")
            db.session.add(household)
            db.session.flush()
            carer = Carer(household_id=household.id, name=f"Carer {i}")
            number = f"+4479111{i:05d}"
            db.session.add_all([carer, Phone(household_id=household.id, e164=number,
                                             kind=PhoneKind.MOBILE)])
            db.session.flush()
            db.session.add(Child(nhs_number=nhs_number(), given_name="Ava",
                                 family_name=f"Family{i}", date_of_birth=date(2023, 1, 1),
                                 practice_id=practice.id,
                                 household_id=household.id, carer_id=carer.id,
                                 missing_vaccines=["MMR1"]))
            numbers.append(number)
        db.session.commit()
        db.engine.dispose()
    return numbers


def start(target: str, port: int, env: dict[str, str]) -> subprocess.Popen:
    # Unsigned: both apps answer without touching a database (403 / 200).
    return start_gunicorn(target, port, env, GUNICORN_OPTIONS,
                          lambda base: requests.post(base + "/twilio/sms", timeout=5), wait=30)


def inbound_params(numbers: list[str]) -> dict[str, str]:
    """A parent's text as Twilio posts it: a new MessageSid, one in four from a stranger."""
    sid = "SM" + uuid.uuid4().hex
    sender = (random.choice(numbers) if random.random() < 0.75
              else f"+4479222{random.randint(0, 99999):05d}")
    return {"MessageSid": sid, "SmsSid": sid, "AccountSid": "AC" + "0" * 32,
            "From": sender, "To": OURS, "Body": random.choice(BODIES)}


# wrk's Lua: each connection thread takes its share of the pre-signed requests in turn.
WRK_SCRIPT = """
local threads, next_id = {}, 0
function setup(thread)
  thread:set("id", next_id); next_id = next_id + 1; table.insert(threads, thread)
end
function init(args)
  local path, count = args[1], tonumber(args[2])
  prepared, position, wraps, n = {}, 0, 0, 0
  for line in io.lines(path) do
    if n % count == id then
      local signature, body = line:match("^(%S+) (.*)$")
      table.insert(prepared, wrk.format("POST", "/twilio/sms",
        {["Content-Type"] = "application/x-www-form-urlencoded",
         ["X-Twilio-Signature"] = signature}, body))
    end
    n = n + 1
  end
end
function request()
  position = position + 1
  if position > #prepared then position, wraps = 1, wraps + 1 end
  return prepared[position]
end
function done(summary, latency, requests)
  local wrapped = 0
  for _, thread in ipairs(threads) do wrapped = wrapped + thread:get("wraps") end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
  io.write(string.format("WRAPPED %d\\n", wrapped))
end
"""


def fire_wrk(port: int, numbers: list[str], seconds: float, connections: int,
             stores: bool = True) -> tuple[int, float, float, float, int]:
    """wrk with ``connections`` connections for ``seconds``; (requests, wall s, p50 ms,
    p99 ms, errors). Requests are signed beforehand, more than an app that ``stores``
    them can take (the bare app may go round the list: it reads nothing)."""
    base = f"http://127.0.0.1:{port}"
    validator = RequestValidator(TOKEN)
    count = int(seconds * 3000)  # well above what ours can answer in that time
    with tempfile.TemporaryDirectory() as folder:
        requests_file, script = Path(folder, "requests.txt"), Path(folder, "post.lua")
        with requests_file.open("w") as out:
            for _ in range(count):
                params = inbound_params(numbers)
                signature = validator.compute_signature(base + "/twilio/sms", params)
                out.write(f"{signature} {urlencode(params)}\n")
        script.write_text(WRK_SCRIPT)
        threads = 1  # one wrk thread keeps 50 connections busy and leaves the cores alone
        done = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections),
                               "-d", f"{seconds:.0f}s", "--timeout", "30s", "-s", str(script),
                               base + "/twilio/sms", "--", str(requests_file), str(threads)],
                              capture_output=True, text=True, check=True)
    fields = dict(line.split(" ", 1) for line in done.stdout.splitlines()
                  if line.startswith(("RESULT ", "WRAPPED ")))
    total, micros, p50, p99, errors = (int(v) for v in fields["RESULT"].split())
    if int(fields["WRAPPED"]) and stores:
        print("  (warning: the signed requests ran out and were reused: repeats are cheap)")
    return total, micros / 1e6, p50 / 1000, p99 / 1000, errors


def fire(port: int, numbers: list[str], limit: int, seconds: float,
         threads: int) -> tuple[list[float], int, float]:
    """Signed inbound texts from ``threads`` clients; returns latencies, errors, wall time."""
    base = f"http://127.0.0.1:{port}"
    validator = RequestValidator(TOKEN)
    latencies: list[float] = []
    errors = [0]
    counter = iter(range(limit))
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        session = requests.Session()
        while time.monotonic() < stop_at:
            with lock:
                if next(counter, None) is None:
                    return
            params = inbound_params(numbers)
            signature = validator.compute_signature(base + "/twilio/sms", params)
            started = time.perf_counter()
            try:
                response = session.post(base + "/twilio/sms", data=params, timeout=30,
                                        headers={"X-Twilio-Signature": signature})
                ok = response.status_code == 200
            except requests.RequestException:
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors[0] += 0 if ok else 1

    began = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return latencies, errors[0], time.perf_counter() - began


def percentiles(latencies: list[float], wall: float,
                errors: int) -> tuple[int, float, float, float, int]:
    """The Python client's latencies as (requests, wall s, p50 ms, p99 ms, errors)."""
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    return len(ordered), wall, p50, p99, errors


def cpu_seconds() -> dict[str, float]:
    """CPU time (user + system) so far of gunicorn's processes, PostgreSQL's, and the rest."""
    ticks = os.sysconf("SC_CLK_TCK")
    totals = {"gunicorn": 0.0, "postgres": 0.0, "other": 0.0}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as stat_file:
                stat = stat_file.read()
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline_file:
                command = cmdline_file.read()
        except OSError:
            continue  # it ended while we looked
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        used = (int(fields[11]) + int(fields[12])) / ticks
        group = ("postgres" if name.startswith("postgres")
                 else "gunicorn" if b"gunicorn" in command else "other")
        totals[group] += used
    return totals


def measure(client: str, port: int, numbers: list[str], args: argparse.Namespace,
            stores: bool = True) -> tuple[int, float, float, float, int, dict[str, float]]:
    """(requests, wall s, p50 ms, p99 ms, errors, CPU seconds used per group)."""
    before = cpu_seconds()
    if client == "wrk":
        result = fire_wrk(port, numbers, args.seconds, args.threads, stores)
    else:
        latencies, errors, wall = fire(port, numbers, args.requests, args.seconds, args.threads)
        result = percentiles(latencies, wall, errors)
    after = cpu_seconds()
    return (*result, {group: after[group] - before[group] for group in after})


def report(name: str, total: int, wall: float, p50: float, p99: float, errors: int,
           cpu: dict[str, float]) -> float:
    rate = total / wall
    print(f"{name:<10} {total:>6} requests in {wall:5.1f} s  {rate:8.1f} req/s  "
          f"p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  errors {errors}")
    # Where the two cores went: the app's processes, the database's, everything else
    # (the client, and whatever else the machine was doing).
    print(" " * 11 + "CPU per request: " + ", ".join(
        f"{group} {seconds / max(total, 1) * 1000:.3f} ms" for group, seconds in cpu.items())
        + f"; cores busy: {sum(cpu.values()) / wall:.2f}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client", choices=("wrk", "python"),
                        default="wrk" if shutil.which("wrk") else "python")
    parser.add_argument("--requests", type=int, default=5000, help="python client only")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--threads", type=int, default=50, help="concurrent clients")
    parser.add_argument("--drain-seconds", type=float, default=10.0,
                        help="how long one worker answers the queued texts afterwards")
    args = parser.parse_args()

    database_name, database = make_database("bench_hooks")
    ours_port, inline_port, bare_port = free_port(), free_port(), free_port()
    env = {**os.environ, "DATABASE_URL": database, "SECRET_KEY": "bench-secret",
           "PUBLIC_BASE_URL": f"http://127.0.0.1:{ours_port}", "CHANNELS": "sandbox",
           "TWILIO_AUTH_TOKEN": TOKEN, "SCHEDULER": "off", "LOG_LEVEL": "WARNING",
           "PYTHONPATH": str(ROOT)}
    processes: list[subprocess.Popen] = []
    try:
        numbers = seed(env)
        processes.append(start("assistant:create_app()", ours_port, env))
        processes.append(start("assistant:create_app()", inline_port,
                               {**env, "PUBLIC_BASE_URL": f"http://127.0.0.1:{inline_port}",
                                "REPLIES": "inline"}))
        processes.append(start("bench.hooks:bare_app()", bare_port, env))
        limit = (f"{args.seconds:.0f} s" if args.client == "wrk"
                 else f"up to {args.requests} requests or {args.seconds:.0f} s")
        print(f"gunicorn {' '.join(GUNICORN_OPTIONS)}; client {args.client}, {args.threads} "
              f"concurrent; {limit} each, the same for all three")
        ours = report("ours", *measure(args.client, ours_port, numbers, args))
        inline = report("inline", *measure(args.client, inline_port, numbers, args))
        bare = report("bare", *measure(args.client, bare_port, numbers, args, stores=False))
        drain(env, args.drain_seconds)
        for name, rate in (("ours", ours), ("inline", inline)):
            ratio = rate / bare if bare else 0.0
            print(f"ratio {name}/bare: {ratio:.0%} (target >= 50%): "
                  f"{'met' if ratio >= 0.5 else 'NOT met'}")
    finally:
        for process in processes:
            stop_gunicorn(process)
        drop_database(database_name)


if __name__ == "__main__":
    main()
