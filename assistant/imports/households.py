"""Households (pathway.md §1): siblings who share a carer phone, or an address and family name.

For each batch of cohort rows, :class:`HouseholdIndex` looks up in bulk the
households already in the database that share a phone number or an address key
with any row, and remembers the households the batch itself creates, so siblings
join one household across batches and across separate imports. An unimmunised
sibling already in the cohort is never a second household.

New rows are collected in :class:`PendingRows` and written with one bulk INSERT
per table per batch; households already in the database are changed through
the ORM session as usual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from assistant.imports.values import PhoneNumber, address_key
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
UNCONTACTABLE_REASON = "imported with no usable phone number or postal address"


@dataclass
class Contact:
    """What a cohort row says about how to reach the family."""

    family_name: str
    carer_name: str | None
    phones: list[PhoneNumber]
    address_line_1: str | None
    address_line_2: str | None
    town: str | None
    postcode: str | None
    preferred_language: str
    address_key: str | None = field(init=False)

    def __post_init__(self) -> None:
        self.address_key = (address_key(self.family_name, self.address_line_1 or "",
                                        self.postcode or "") if self.has_address else None)

    @property
    def has_address(self) -> bool:
        return bool(self.address_line_1 and self.postcode)

    @property
    def reachable(self) -> bool:
        return bool(self.phones) or self.has_address

    def address(self) -> tuple[str | None, ...]:
        return self.address_line_1, self.address_line_2, self.town, self.postcode


@dataclass(eq=False)
class NewHousehold:
    """A household made by this batch, with the attributes of :class:`Household` it needs."""

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

    @property
    def has_address(self) -> bool:
        return bool(self.address_line_1 and self.postcode)

    def row(self) -> dict[str, Any]:
        values = {k: v for k, v in self.__dict__.items() if k != "id"}
        values["dialogue_context"] = {}
        return values


@dataclass(eq=False)
class NewCarer:
    household: Household | NewHousehold
    name: str
    id: int | None = None


AnyHousehold = Household | NewHousehold
AnyCarer = Carer | NewCarer


@dataclass
class PendingRows:
    """Rows to insert at the end of a batch, written in bulk, parents first."""

    households: list[NewHousehold] = field(default_factory=list)
    carers: list[NewCarer] = field(default_factory=list)
    phones: list[tuple[AnyHousehold, PhoneNumber]] = field(default_factory=list)
    children: list[tuple[dict[str, Any], AnyHousehold, AnyCarer | None]] = field(
        default_factory=list)
    tasks: list[NewHousehold] = field(default_factory=list)
    carer_changes: list[tuple[Child, AnyCarer]] = field(default_factory=list)

    def write(self, session: Session, now: datetime) -> None:
        stamps = {"created_at": now, "updated_at": now}
        _insert_returning_ids(session, Household,
                              [{**h.row(), **stamps} for h in self.households], self.households)
        _insert_returning_ids(session, Carer, [
            {"household_id": c.household.id, "name": c.name, **stamps} for c in self.carers
        ], self.carers)
        if self.phones:
            session.execute(insert(Phone), execution_options=_ALL_ROWS, params=[
                {"household_id": h.id, "e164": p.e164, "kind": p.kind, **stamps}
                for h, p in self.phones])
        if self.children:
            session.execute(insert(Child), execution_options=_ALL_ROWS, params=[
                {**values, "household_id": h.id, "carer_id": c.id if c else None, **stamps}
                for values, h, c in self.children])
        if self.tasks:
            session.execute(insert(Task), execution_options=_ALL_ROWS, params=[
                {"practice_id": h.practice_id, "household_id": h.id,
                 "kind": TaskKind.CLEANSE_CONTACT, "status": TaskStatus.OPEN,
                 "summary": CLEANSE_SUMMARY, **stamps} for h in self.tasks])
        for child, carer in self.carer_changes:
            child.carer_id = carer.id


# Send None as NULL rather than leaving the column out, so rows with and without an
# address (say) share one statement shape and go in one multi-row INSERT per batch.
_ALL_ROWS = {"render_nulls": True}


def _insert_returning_ids(session: Session, model: type, rows: list[dict[str, Any]],
                          objects: list[Any]) -> None:
    if not rows:
        return
    ids = session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True),
                          rows, execution_options=_ALL_ROWS).all()
    for obj, new_id in zip(objects, ids, strict=True):
        obj.id = new_id


class HouseholdIndex:
    """Households one batch may join, found by phone (E.164) or by address key."""

    def __init__(self, session: Session, contacts: Iterable[Contact], now: datetime,
                 pending: PendingRows) -> None:
        self.session, self.now, self.pending = session, now, pending
        contacts = list(contacts)
        numbers = {p.e164 for c in contacts for p in c.phones}
        keys = {c.address_key for c in contacts if c.address_key}
        phone_owners = dict(session.execute(
            select(Phone.e164, Phone.household_id).where(Phone.e164.in_(numbers))).all()
        ) if numbers else {}
        # The oldest household at an address wins, should two ever share a key.
        key_owners = dict(session.execute(
            select(Household.address_key, func.min(Household.id))
            .where(Household.address_key.in_(keys)).group_by(Household.address_key))
            .all()) if keys else {}
        loaded = self.load(set(phone_owners.values()) | set(key_owners.values()))
        self.by_phone: dict[str, AnyHousehold] = {n: loaded[i] for n, i in phone_owners.items()}
        self.by_key: dict[str, AnyHousehold] = {k: loaded[i] for k, i in key_owners.items()}
        self._carers: dict[tuple[int, str], AnyCarer] = {}

    def load(self, ids: set[int]) -> dict[int, Household]:
        """Households by id, with their carers (into this batch's session)."""
        if not ids:
            return {}
        return {h.id: h for h in self.session.scalars(
            select(Household).where(Household.id.in_(ids)).options(
                selectinload(Household.carers)))}

    def find(self, contact: Contact) -> tuple[AnyHousehold | None, str | None]:
        """The household this child belongs to, if any, and a note when links disagree."""
        by_phone = next((self.by_phone[p.e164] for p in contact.phones
                         if p.e164 in self.by_phone), None)
        by_key = self.by_key.get(contact.address_key) if contact.address_key else None
        if by_phone is not None and by_key is not None and by_phone is not by_key:
            return by_phone, ("the phone number matches one household and the address another; "
                              "the child joins the household sharing the phone number")
        return by_phone or by_key, None

    def create(self, contact: Contact, practice_id: int) -> NewHousehold:
        """A new household; one with no way to reach it is listed for the practice to cleanse."""
        household = NewHousehold(practice_id, contact.family_name, contact.preferred_language,
                                 HouseholdStatus.ACTIVE)
        if not contact.reachable:
            household.status = HouseholdStatus.UNCONTACTABLE
            household.status_reason = UNCONTACTABLE_REASON
            household.status_changed_at = self.now
            self.pending.tasks.append(household)
        self.pending.households.append(household)
        self.join(household, contact)
        return household

    def join(self, household: AnyHousehold, contact: Contact) -> tuple[bool, list[str]]:
        """Add what ``contact`` knows that ``household`` lacks; return (changed, notes)."""
        changed, notes = False, []
        for number in contact.phones:
            owner = self.by_phone.get(number.e164)
            if owner is None:
                self.pending.phones.append((household, number))
                self.by_phone[number.e164] = household
                changed = True
            elif owner is not household:
                notes.append(f"the {number.kind.value} number is already held by another "
                             "household and was not added")
        if contact.has_address and not household.has_address:
            (household.address_line_1, household.address_line_2,
             household.town, household.postcode) = contact.address()
            household.address_key = contact.address_key
            self.by_key.setdefault(contact.address_key or "", household)
            changed = True
        elif contact.has_address and _place(contact.address_key) != _place(household.address_key):
            # Siblings' records may disagree; a person decides, not the order of rows.
            notes.append("the address differs from the one the household already has; "
                         "the household's address was kept")
        if household.status is HouseholdStatus.UNCONTACTABLE and contact.reachable:
            self._reachable_again(household)
            changed = True
        return changed, notes

    def carer(self, household: AnyHousehold, name: str | None) -> AnyCarer | None:
        """The household's carer of that name, added if new."""
        if not name:
            return None
        key = (id(household), name.casefold())
        if key not in self._carers and isinstance(household, Household):
            for carer in household.carers:
                self._carers.setdefault((id(household), carer.name.casefold()), carer)
        if key not in self._carers:
            carer = NewCarer(household, name)
            self.pending.carers.append(carer)
            self._carers[key] = carer
        return self._carers[key]

    def _reachable_again(self, household: AnyHousehold) -> None:
        """New contact details for a family listed for cleansing: back on the pathway."""
        household.status = HouseholdStatus.ACTIVE
        household.status_reason = "contact details added by a later import"
        household.status_changed_at = self.now
        if household.id is not None:
            self.session.execute(
                update(Task)
                .where(Task.household_id == household.id, Task.kind == TaskKind.CLEANSE_CONTACT,
                       Task.status == TaskStatus.OPEN)
                .values(status=TaskStatus.DONE, closed_at=self.now, updated_at=self.now))


def _place(key: str | None) -> str:
    """The address part of an address key (without the family name)."""
    return (key or "").partition("|")[2]
