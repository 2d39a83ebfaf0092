"""Helpers for the pathway tests: running the pathway's due work at a given moment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from assistant.attempts import dispatch, letter_batches, no_contact
from assistant.attempts import schedule as scheduling
from assistant.db import db
from assistant.models import Attempt, AttemptState, CodedEvent, Household

LONDON = ZoneInfo("Europe/London")


def local(*args: int) -> datetime:
    """A Europe/London wall-clock time as aware UTC."""
    return datetime(*args, tzinfo=LONDON).astimezone(UTC)


def tick(now: datetime) -> Counter[str]:
    """The pathway's due-work jobs, in the worker's order; errors are not swallowed."""
    # End the test's own transaction first: on SQLite even a read holds the write lock.
    db.session.commit()
    done: Counter[str] = Counter()
    done.update(scheduling.schedule_new_households(now))
    done.update(dispatch.send_due_attempts(now))
    done.update(no_contact.close_unreachable(now))
    done.update(letter_batches.make_letter_batches(now))
    return done


def hours(start: datetime, end: datetime, step: timedelta = timedelta(hours=1)) -> Iterator[
        datetime]:
    moment = start
    while moment <= end:
        yield moment
        moment += step


def schedule(*households: Household, now: datetime) -> None:
    for household in households:
        scheduling.schedule_household(db.session, household, now)
    db.session.commit()


def attempts_of(household: Household, state: AttemptState | None = None) -> list[Attempt]:
    db.session.expire_all()
    query = select(Attempt).where(Attempt.household_id == household.id)
    if state is not None:
        query = query.where(Attempt.state == state)
    return list(db.session.scalars(query.order_by(Attempt.number, Attempt.id)))


def codes_of(household: Household) -> list[CodedEvent]:
    return list(db.session.scalars(select(CodedEvent).where(
        CodedEvent.household_id == household.id).order_by(CodedEvent.id)))
