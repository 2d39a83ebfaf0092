"""Due work: everything ``assistant tick`` does once and the scheduler repeats.

The database is the queue (each attempt, reminder or letter a row with its
state and due time), so a tick is safe to run at any moment, twice at once, or
after a crash: it only does what is due and not yet claimed.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import datetime

from flask import Flask

from assistant import clock

log = logging.getLogger(__name__)

# Each job takes `now` and returns {what it did: how many}. Areas add theirs here.
JOBS: list[str] = [
    # also every REPLY_SECONDS (REPLY_JOBS):
    "assistant.conversation.reply_queue:answer_waiting_texts",
    "assistant.attempts.schedule:schedule_new_households",
    # First invitations paced to the practice's slots, before anything is sent.
    "assistant.booking.capacity:pace_first_invitations",
    "assistant.attempts.dispatch:send_due_attempts",
    "assistant.attempts.no_contact:close_unreachable",
    "assistant.attempts.letter_batches:make_letter_batches",
    # Booking: reserve list before releasing slots, so a freed slot is offered first.
    "assistant.booking.aftercare:send_reminders",
    "assistant.booking.aftercare:offer_to_reserve",
    "assistant.booking.aftercare:release_unbooked_slots",
    "assistant.booking.aftercare:send_recall_texts",
    "assistant.conversation.replies:hand_over_unanswered_confirmations",
    "assistant.conversation.handover:flag_untouched_holds",
]

TICK_SECONDS = 30


def _load(path: str) -> Callable[[datetime], dict[str, int]]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


# The parents' texts are answered between ticks too: a parent should not wait 30 s.
REPLY_JOBS: list[str] = ["assistant.conversation.reply_queue:answer_waiting_texts"]


def run_due_work(now: datetime | None = None, jobs: list[str] | None = None) -> dict[str, int]:
    """Run each job (all of ``JOBS`` by default) once for ``now``; a failing job is
    logged and the rest still run."""
    now = now or clock.now()
    if jobs is None:  # each full tick: is this the demo's database (texts at any hour)?
        from assistant.demo import refresh_any_hour

        refresh_any_hour()
    done: dict[str, int] = {}
    for path in JOBS if jobs is None else jobs:
        try:
            for what, count in _load(path)(now).items():
                if count:  # only what was actually done
                    done[what] = done.get(what, 0) + count
        except Exception:
            log.exception("due-work job %s failed; the others went on", path)
            done["failed_jobs"] = done.get("failed_jobs", 0) + 1
    return done


def _run_in_context(app: Flask, jobs: list[str], name: str) -> None:
    with app.app_context():
        done = run_due_work(jobs=jobs)
        if any(done.values()):
            log.info("%s: %s", name, ", ".join(f"{k}={v}" for k, v in sorted(done.items())))


def make_scheduler(app: Flask, *, blocking: bool):
    """An APScheduler that runs the tick every ``TICK_SECONDS`` in an app context, and
    the reply queue every ``REPLY_SECONDS`` (a parent should not wait for a tick)."""
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.blocking import BlockingScheduler

    from assistant.conversation.reply_queue import REPLY_SECONDS

    scheduler = (BlockingScheduler if blocking else BackgroundScheduler)(timezone="UTC")
    for name, jobs, seconds in (("tick", JOBS, TICK_SECONDS),
                                ("replies", REPLY_JOBS, REPLY_SECONDS)):
        scheduler.add_job(_run_in_context, "interval", args=[app, jobs, name], seconds=seconds,
                          id=name, max_instances=1, coalesce=True, next_run_time=clock.now())
    return scheduler
