"""The pathway's SNOMED CT codes and recording a coded event against a child."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from assistant.models import Child, CodedEvent


@dataclass(frozen=True)
class Code:
    snomed_code: str
    term: str


class Event(enum.Enum):
    """Pathway events that are coded in the child's record (``interfaces.md`` §5)."""

    ATTEMPT_1 = Code("185559001", "Child Imms – 1st call")
    ATTEMPT_2 = Code("185560006", "Child Imms – 2nd call")
    ATTEMPT_3 = Code("185561005", "Child Imms – 3rd call")
    REFERRED = Code("166281000000106", "Childhood immunisation enhanced services administration")
    REFUSED = Code("183948000", "Refused procedure – parent's wish")
    DECLINED_AFTER_COORDINATOR = Code("429684009", "Reason for non vaccination")
    DID_NOT_ATTEND = Code("201741000000102", "Did not attend child immunisation")

    @property
    def code(self) -> Code:
        return self.value

    @classmethod
    def for_attempt(cls, number: int) -> Event:
        return {1: cls.ATTEMPT_1, 2: cls.ATTEMPT_2, 3: cls.ATTEMPT_3}[number]


EXCEPTION_REPORTED = frozenset({Event.REFUSED.code.snomed_code,
                                Event.DECLINED_AFTER_COORDINATOR.code.snomed_code})


def record(
    session: Session,
    child: Child,
    event: Event,
    *,
    at: datetime,
    free_text: str,
    attempt_id: int | None = None,
    evidence: str | None = None,
    evidence_at: datetime | None = None,
) -> CodedEvent:
    """Add a coded event for ``child`` to ``session`` (the caller commits)."""
    coded = CodedEvent(
        child_id=child.id,
        practice_id=child.practice_id,
        household_id=child.household_id,
        attempt_id=attempt_id,
        snomed_code=event.code.snomed_code,
        term=event.code.term,
        free_text=free_text,
        occurred_at=at,
        evidence=evidence,
        evidence_at=evidence_at,
    )
    session.add(coded)
    return coded
