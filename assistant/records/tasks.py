"""One way in for raising a task: something a person at the practice or in the team has to do.

Every part of the pathway that hands work to a person (a check of the record, a booking by
hand, a call back, a follow-up, a hold left untouched) adds it here, so each task is made
the same way: its practice, its household if it has one, and its times from the one clock.
The caller's session holds it; the caller commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from assistant import clock
from assistant.models import Household, Task, TaskKind


def raise_task(session: Session, kind: TaskKind, summary: str, *,
               household: Household | None = None, practice_id: int | None = None,
               household_id: int | None = None, now: datetime | None = None,
               due_at: datetime | None = None, assigned_to_id: int | None = None) -> Task:
    """Add an open task of ``kind`` to ``session`` and return it.

    ``household`` gives the practice and the household; without it, ``practice_id`` (and
    ``household_id`` if the task is about one) name them. ``now`` defaults to the clock.
    """
    if household is not None:
        practice_id, household_id = household.practice_id, household.id
    if practice_id is None:
        raise ValueError("a task needs a practice")
    now = now or clock.now()
    task = Task(practice_id=practice_id, household_id=household_id, kind=kind, summary=summary,
                due_at=due_at, assigned_to_id=assigned_to_id, created_at=now, updated_at=now)
    session.add(task)
    return task
