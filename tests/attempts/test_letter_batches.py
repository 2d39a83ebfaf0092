"""One letter batch per practice per working day: attempts and queued letters together."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import func, select

from assistant.attempts.letter_batches import make_letter_batches
from assistant.channels import letters
from assistant.db import db
from assistant.models import AttemptState, LetterBatch, QueuedLetter
from tests import factories
from tests.attempts.helpers import attempts_of, codes_of, local, schedule

MONDAY = local(2026, 11, 23, 9, 30)


def run_batches(now):
    db.session.commit()  # on SQLite the test's open transaction would hold the write lock
    return make_letter_batches(now)


def test_the_days_batch_is_made_once_and_a_later_letter_waits_for_the_next(app):
    with time_machine.travel(MONDAY, tick=False) as traveller:
        practice = factories.practice()
        first = factories.household(practice, mobile=None, family_name="Cole", children=2)
        recall = factories.household(practice, mobile=None, family_name="Dunn")
        db.session.add(QueuedLetter(practice_id=practice.id, household_id=recall.id,
                                    kind="recall"))
        schedule(first, now=MONDAY)
        assert run_batches(MONDAY) == {"letter_batches": 1, "letters_posted": 1}
        assert run_batches(MONDAY + timedelta(minutes=1)) == {}  # once a day

        late = factories.household(practice, mobile=None, family_name="Late")
        schedule(late, now=MONDAY + timedelta(hours=2))
        traveller.move_to(MONDAY + timedelta(hours=2))
        assert run_batches(MONDAY + timedelta(hours=2)) == {}
        assert attempts_of(late)[0].state is AttemptState.SCHEDULED

        tuesday = MONDAY + timedelta(days=1)
        traveller.move_to(tuesday)
        assert run_batches(tuesday) == {"letter_batches": 1, "letters_posted": 1}

    [made] = attempts_of(first)[:1]
    assert made.state is AttemptState.MADE
    assert {c.free_text for c in codes_of(first)} == {"Letter posted"}
    assert len(codes_of(first)) == 2
    batches = list(db.session.scalars(select(LetterBatch).order_by(LetterBatch.day)))
    assert [(b.day.isoformat(), b.letters) for b in batches] == [
        ("2026-11-23", 2), ("2026-11-24", 1)]
    for made_batch in batches:
        assert letters.batch_path(made_batch.practice, made_batch.day).exists()
    assert db.session.scalar(select(func.count()).select_from(QueuedLetter).where(
        QueuedLetter.batch_id.is_(None))) == 0


def test_no_batch_at_the_weekend_or_before_nine(app):
    with time_machine.travel(MONDAY, tick=False):
        household = factories.household(mobile=None)
        schedule(household, now=MONDAY)
    assert run_batches(local(2026, 11, 21, 12, 0)) == {}   # Saturday
    assert run_batches(local(2026, 11, 23, 8, 59)) == {}
    assert db.session.scalar(select(func.count()).select_from(LetterBatch)) == 0
