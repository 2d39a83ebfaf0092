"""What one batch of the cohort reads and writes, as plain rows rather than ORM objects.

An import of 100,000 children must stay fast and flat in memory, so a batch
reads what it needs with a few bulk SELECTs of plain columns and writes with one
multi-row INSERT (or UPDATE by primary key) per table, parents first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from assistant.imports.values import PhoneNumber
from assistant.models import (
    Carer,
    Child,
    Household,
    HouseholdStatus,
    Phone,
    Task,
    TaskKind,
    TaskStatus,
)

CLEANSE_SUMMARY = ("No usable phone number or postal address for this family in the imported "
                   "record. Please update the contact details and import the cohort again.")
# Households the assistant will not contact again by itself: a new child joining one
# gets a task for the practice (otherwise nobody would ever contact that child).
PAST_AUTOMATED_CONTACT = frozenset({
    HouseholdStatus.WITH_COORDINATOR, HouseholdStatus.AGREED, HouseholdStatus.BOOKED,
    HouseholdStatus.REFUSED, HouseholdStatus.UNREACHABLE, HouseholdStatus.MOVED_AWAY,
    HouseholdStatus.COMPLETED,
})
HOUSEHOLD_FIELDS = ("practice_id", "family_name", "preferred_language", "status",
                    "status_reason", "status_changed_at", "address_line_1", "address_line_2",
                    "town", "postcode", "address_key")
CHILD_FIELDS = ("given_name", "family_name", "date_of_birth", "practice_id",
                "missing_vaccines", "preferred_language", "no_longer_due_at",
                "no_longer_due_reason")


@dataclass(eq=False)
class HouseholdRow:
    """A household this batch made (``id`` None until written) or read from the database."""

    practice_id: int
    family_name: str
    preferred_language: str
    status: HouseholdStatus
    status_reason: str | None = None
    status_changed_at: datetime | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    town: str | None = None
    postcode: str | None = None
    address_key: str | None = None
    id: int | None = None
    changed: set[str] = field(default_factory=set)  # of a household read from the database

    @property
    def has_address(self) -> bool:
        return bool(self.address_line_1 and self.postcode)

    def set(self, **values: Any) -> None:
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                self.changed.add(name)

    def values(self, names: Iterable[str]) -> dict[str, Any]:
        return {name: getattr(self, name) for name in names}


@dataclass(eq=False)
class CarerRow:
    household: HouseholdRow
    name: str
    id: int | None = None


@dataclass
class KnownChild:
    """A child already in the cohort: the columns an import may change."""

    id: int
    household_id: int
    carer_id: int | None
    carer_name: str | None
    given_name: str
    family_name: str
    date_of_birth: date
    practice_id: int
    missing_vaccines: list[str]
    preferred_language: str
    no_longer_due_at: datetime | None = None
    no_longer_due_reason: str | None = None


def known_children(session: Session, nhs_numbers: list[str]) -> dict[str, KnownChild]:
    """Children already imported, by NHS number."""
    rows = session.execute(
        select(Child.nhs_number, Child.id, Child.household_id, Child.carer_id, Carer.name,
               *(getattr(Child, f) for f in CHILD_FIELDS))
        .outerjoin(Carer, Carer.id == Child.carer_id)
        .where(Child.nhs_number.in_(nhs_numbers)))
    return {row[0]: KnownChild(*row[1:]) for row in rows}


def households_by_id(session: Session, ids: set[int]) -> dict[int, HouseholdRow]:
    """Households already in the database, as rows this batch may change."""
    if not ids:
        return {}
    rows = session.execute(select(Household.id, *(getattr(Household, f)
                                                   for f in HOUSEHOLD_FIELDS))
                           .where(Household.id.in_(ids)))
    return {row[0]: HouseholdRow(**dict(zip(HOUSEHOLD_FIELDS, row[1:], strict=True)), id=row[0])
            for row in rows}


def carers_of(session: Session, households: dict[int, HouseholdRow]) -> list[CarerRow]:
    """The carers already recorded for these households."""
    if not households:
        return []
    rows = session.execute(select(Carer.id, Carer.household_id, Carer.name)
                           .where(Carer.household_id.in_(list(households))))
    return [CarerRow(households[household_id], name, carer_id)
            for carer_id, household_id, name in rows]


@dataclass
class PendingRows:
    """Rows to insert and update at the end of a batch, written in bulk, parents first."""

    households: list[HouseholdRow] = field(default_factory=list)
    changed_households: dict[int, HouseholdRow] = field(default_factory=dict)
    carers: list[CarerRow] = field(default_factory=list)
    phones: list[tuple[HouseholdRow, PhoneNumber]] = field(default_factory=list)
    children: list[tuple[dict[str, Any], HouseholdRow, CarerRow | None]] = field(
        default_factory=list)
    changed_children: list[tuple[KnownChild, CarerRow | None]] = field(default_factory=list)
    cleanse: list[HouseholdRow] = field(default_factory=list)
    cleansed: list[int] = field(default_factory=list)
    joined_late: list[tuple[HouseholdRow, str]] = field(default_factory=list)  # (household, name)

    def join_late(self, household: HouseholdRow, child_name: str) -> str:
        """A new child joins a household past automated contact: a task for the practice
        (written with the batch); returns the note for the import row."""
        self.joined_late.append((household, child_name))
        return (f"the child joins a household that is {_status_words(household)}; "
                "a task asks the practice how to contact them")

    def write(self, session: Session, now: datetime) -> None:
        stamps = {"created_at": now, "updated_at": now}
        _insert(session, Household, self.households, [
            {**h.values(HOUSEHOLD_FIELDS), "dialogue_context": {}, **stamps}
            for h in self.households])
        _insert(session, Carer, self.carers, [
            {"household_id": c.household.id, "name": c.name, **stamps} for c in self.carers])
        _insert(session, Phone, None, [
            {"household_id": h.id, "e164": p.e164, "kind": p.kind, **stamps}
            for h, p in self.phones])
        _insert(session, Child, None, [
            {**values, "household_id": h.id, "carer_id": c.id if c else None, **stamps}
            for values, h, c in self.children])
        _insert(session, Task, None, [
            {"practice_id": h.practice_id, "household_id": h.id,
             "kind": TaskKind.CLEANSE_CONTACT, "status": TaskStatus.OPEN,
             "summary": CLEANSE_SUMMARY, **stamps} for h in self.cleanse])
        _insert(session, Task, None, [
            {"practice_id": h.practice_id, "household_id": h.id, "kind": TaskKind.OTHER,
             "status": TaskStatus.OPEN, "due_at": now, "summary": joined_late_summary(h, name),
             **stamps} for h, name in self.joined_late])
        self._write_changes(session, now)

    def _write_changes(self, session: Session, now: datetime) -> None:
        for household in self.changed_households.values():
            session.execute(update(Household).where(Household.id == household.id).values(
                **household.values(household.changed), updated_at=now))
        if self.changed_children:
            session.execute(update(Child), [
                {"id": child.id, **{f: getattr(child, f) for f in CHILD_FIELDS},
                 "carer_id": carer.id if carer else child.carer_id, "updated_at": now}
                for child, carer in self.changed_children])
        if self.cleansed:
            session.execute(
                update(Task).where(Task.household_id.in_(self.cleansed),
                                   Task.kind == TaskKind.CLEANSE_CONTACT,
                                   Task.status == TaskStatus.OPEN)
                .values(status=TaskStatus.DONE, closed_at=now, updated_at=now))


def _status_words(household: HouseholdRow) -> str:
    return household.status.value.replace("_", " ")


def joined_late_summary(household: HouseholdRow, child_name: str) -> str:
    return (f"{child_name} joined this family in the latest cohort import, but the family "
            f"is already {_status_words(household)}, so the assistant will not contact "
            "them. Please decide how to offer this child their vaccines.")


def _insert(session: Session, model: type, owners: list[Any] | None,
            rows: list[dict[str, Any]]) -> None:
    """Insert ``rows``; when ``owners`` are given, set each one's new ``id`` in order."""
    if not rows:
        return
    # Core INSERTs on the table: the ORM's bulk layer adds nothing for plain rows.
    table = model.__table__
    if owners is None:
        session.execute(insert(table), rows)
        return
    if session.get_bind().dialect.name == "postgresql":
        # Taking the ids from the sequence first lets the rows go as one pipelined
        # executemany, two to three times faster than a huge INSERT ... RETURNING.
        ids = session.scalars(
            select(func.nextval(func.pg_get_serial_sequence(table.name, "id")))
            .select_from(func.generate_series(1, len(rows)))).all()
        session.execute(insert(table), [{**row, "id": new_id}
                                        for row, new_id in zip(rows, ids, strict=True)])
    else:
        ids = session.scalars(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).all()
    for owner, new_id in zip(owners, ids, strict=True):
        owner.id = new_id
