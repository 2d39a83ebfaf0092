"""One batch of letters per practice per working day: letter attempts and queued letters.

The ``letter_batches`` row for (practice, day) is the claim on that day's batch:
a second worker (or a second tick) that tries to make it fails on the unique
constraint and moves on. Letters are claimed and re-checked in one short
transaction, rendered and written outside it, then marked posted (and coded)
in another. A letter due after the day's batch was made waits for the next one.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from assistant import clock
from assistant.attempts import recheck, rules, schedule
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    Household,
    LetterBatch,
    Means,
    Practice,
    QueuedLetter,
)

log = logging.getLogger(__name__)
ATTEMPT_LETTER = "invitation"


def make_letter_batches(now: datetime) -> dict[str, int]:
    """Due-work job: on a working day from 09:00, each practice's batch for the day."""
    here = clock.local(now)
    if not clock.is_working_day(here.date()) or here.time() < clock.WORKING_HOURS[0]:
        return {}
    day = here.date()
    counts: Counter[str] = Counter()
    for practice_id in _practices_with_letters(now, day):
        counts.update(_make_batch(practice_id, day, now))
    return +counts


def _practices_with_letters(now: datetime, day: date) -> list[int]:
    with db.transaction() as session:
        done = select(LetterBatch.practice_id).where(LetterBatch.day == day)
        due = (select(Household.practice_id).join(Attempt, Attempt.household_id == Household.id)
               .where(Attempt.state == AttemptState.SCHEDULED, Attempt.means == Means.LETTER,
                      Attempt.due_at <= now))
        queued = select(QueuedLetter.practice_id).where(QueuedLetter.batch_id.is_(None))
        ids = set(session.scalars(due)) | set(session.scalars(queued))
        ids -= set(session.scalars(done))
    return sorted(ids)


def _make_batch(practice_id: int, day: date, now: datetime) -> Counter[str]:
    counts: Counter[str] = Counter()
    try:
        with db.transaction() as session:
            claimed = _claim(session, practice_id, day, now, counts)
    except IntegrityError:
        return counts  # another worker has made (or is making) this practice's batch today
    if claimed is None:
        return counts
    batch_id, items = claimed
    try:
        path = _render_and_write(practice_id, day, items)
    except Exception:
        log.exception("letter batch %s for practice %s could not be written", batch_id,
                      practice_id)
        _release(batch_id)
        counts["letter_batches_failed"] += 1
        return counts
    with db.transaction() as session:
        posted = _mark_posted(session, batch_id, items, path, clock.now())
    counts["letter_batches"] += 1
    counts["letters_posted"] += posted
    counts["gp_letters"] += sum(1 for kind, _, _ in items if kind == schedule.GP_NO_CONTACT)
    return counts


def _claim(session: Session, practice_id: int, day: date, now: datetime,
           counts: Counter[str]) -> tuple[int, list[tuple[str, int, int | None]]] | None:
    batch = LetterBatch(practice_id=practice_id, day=day)
    session.add(batch)
    session.flush()  # the unique (practice, day) row: raises if the day's batch exists
    due = list(session.scalars(
        select(Attempt).join(Household, Household.id == Attempt.household_id)
        .where(Household.practice_id == practice_id, Attempt.state == AttemptState.SCHEDULED,
               Attempt.means == Means.LETTER, Attempt.due_at <= now)
        .options(selectinload(Attempt.household).selectinload(Household.phones),
                 selectinload(Attempt.household).selectinload(Household.practice))
        .order_by(Attempt.id).with_for_update(skip_locked=True, of=Attempt)))
    go: list[Attempt] = []
    if due:
        verdicts = recheck.recheck_batch(session, due, now)
        counts["attempts_cancelled"] += verdicts.cancelled
        counts["attempts_switched"] += verdicts.switched
        go = [a for a in verdicts.go if a.means is Means.LETTER]
    for attempt in go:
        attempt.state = AttemptState.IN_FLIGHT
        attempt.claim_token = f"batch-{batch.id}"
        attempt.claimed_at = clock.now()
    queued = list(session.scalars(
        select(QueuedLetter).where(QueuedLetter.practice_id == practice_id,
                                   QueuedLetter.batch_id.is_(None))
        .order_by(QueuedLetter.id).with_for_update(skip_locked=True)))
    for letter in queued:
        letter.batch_id = batch.id
    if not go and not queued:
        session.delete(batch)  # everything was cancelled: no empty file for the day
        return None
    items = [(ATTEMPT_LETTER, a.household_id, a.id) for a in go]
    items += [(q.kind, q.household_id, None) for q in queued]
    return batch.id, items


def _render_and_write(practice_id: int, day: date,
                      items: list[tuple[str, int, int | None]]) -> str:
    """Render the batch's letters with the letters channel and write the day's file."""
    from assistant.channels import letters

    with db.transaction() as session:
        practice = session.get(Practice, practice_id)
        households = {h.id: h for h in session.scalars(
            select(Household).where(Household.id.in_({hid for _, hid, _ in items}))
            .options(selectinload(Household.children), selectinload(Household.carers),
                     selectinload(Household.practice)))}
        contents = []
        for kind, household_id, _ in items:
            household = households[household_id]
            # The GP's letter lists the attempts that failed; a family's letter does not.
            made = schedule.made_attempts(session, household_id) \
                if kind == schedule.GP_NO_CONTACT else ()
            contents.append(letters.letter_for(household, kind, day=day, attempts=made))
    # Rendering takes a while: no transaction open (on SQLite it would hold the write lock).
    return str(letters.write_batch(practice, day, contents))


def _mark_posted(session: Session, batch_id: int, items: list[tuple[str, int, int | None]],
                 path: str, at: datetime) -> int:
    batch = session.get(LetterBatch, batch_id)
    batch.path, batch.letters, batch.written_at = path, len(items), at
    ids = [attempt_id for _, _, attempt_id in items if attempt_id is not None]
    token = f"batch-{batch_id}"
    posted = 0
    for attempt in session.scalars(
            select(Attempt).where(Attempt.id.in_(ids))
            .options(selectinload(Attempt.household).selectinload(Household.children),
                     selectinload(Attempt.household).selectinload(Household.phones),
                     selectinload(Attempt.household).selectinload(Household.practice))):
        if attempt.state is not AttemptState.IN_FLIGHT or attempt.claim_token != token:
            continue  # reclaimed after a timeout: it goes in a later batch
        attempt.state, attempt.made_at, attempt.outcome = AttemptState.MADE, at, "posted"
        attempt.claim_token = None
        schedule.code_attempt(session, attempt,
                              rules.attempt_free_text(Means.LETTER, None, "posted"), at)
        schedule.schedule_after(session, attempt, at)
        posted += 1
    return posted


def _release(batch_id: int) -> None:
    """A batch that could not be written: its letters go back to wait for the next try."""
    with db.transaction() as session:
        for attempt in session.scalars(select(Attempt).where(
                Attempt.claim_token == f"batch-{batch_id}")):
            attempt.state, attempt.claim_token = AttemptState.SCHEDULED, None
        for letter in session.scalars(select(QueuedLetter).where(
                QueuedLetter.batch_id == batch_id)):
            letter.batch_id = None
        session.flush()
        batch = session.get(LetterBatch, batch_id)
        if batch is not None:
            session.delete(batch)
