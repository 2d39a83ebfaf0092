"""Households (pathway.md §1): siblings who share a carer phone, or an address and family name.

For each batch of cohort rows, :class:`HouseholdIndex` looks up in bulk the
households already in the database that share a phone number or an address key
with any row, and remembers the households the batch itself creates, so siblings
join one household across batches and across separate imports. An unimmunised
sibling already in the cohort is never a second household.

Changes are collected in :class:`~assistant.imports.pending.PendingRows` and
written in bulk at the end of the batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.imports.pending import (
    CarerRow,
    HouseholdRow,
    PendingRows,
    carers_of,
    households_by_id,
)
from assistant.imports.values import PhoneNumber, address_key
from assistant.models import Household, HouseholdStatus, Phone

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


class HouseholdIndex:
    """Households one batch may join, found by phone (E.164) or by address key."""

    def __init__(self, session: Session, contacts: Iterable[Contact], now: datetime,
                 pending: PendingRows, also: Iterable[int] = ()) -> None:
        """Look up the households sharing a number or address with ``contacts``.

        ``also`` names more households to read (those of children already imported).
        """
        self.now, self.pending = now, pending
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
        self.known = households_by_id(
            session, set(phone_owners.values()) | set(key_owners.values()) | set(also))
        self.by_phone = {n: self.known[i] for n, i in phone_owners.items()}
        self.by_key = {k: self.known[i] for k, i in key_owners.items()}
        self._carers = {(id(c.household), c.name.casefold()): c
                        for c in carers_of(session, self.known)}

    def find(self, contact: Contact) -> tuple[HouseholdRow | None, str | None]:
        """The household this child belongs to, if any, and a note when links disagree."""
        by_phone = next((self.by_phone[p.e164] for p in contact.phones
                         if p.e164 in self.by_phone), None)
        by_key = self.by_key.get(contact.address_key) if contact.address_key else None
        if by_phone is not None and by_key is not None and by_phone is not by_key:
            return by_phone, ("the phone number matches one household and the address another; "
                              "the child joins the household sharing the phone number")
        return by_phone or by_key, None

    def create(self, contact: Contact, practice_id: int) -> HouseholdRow:
        """A new household; one with no way to reach it is listed for the practice to cleanse."""
        household = HouseholdRow(practice_id, contact.family_name, contact.preferred_language,
                                 HouseholdStatus.ACTIVE)
        if not contact.reachable:
            household.status = HouseholdStatus.UNCONTACTABLE
            household.status_reason = UNCONTACTABLE_REASON
            household.status_changed_at = self.now
            self.pending.cleanse.append(household)
        self.pending.households.append(household)
        self.join(household, contact)
        return household

    def join(self, household: HouseholdRow, contact: Contact) -> tuple[bool, list[str]]:
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
            household.set(**dict(zip(("address_line_1", "address_line_2", "town", "postcode"),
                                     contact.address(), strict=True)),
                          address_key=contact.address_key)
            self.by_key.setdefault(contact.address_key or "", household)
            changed = True
        elif contact.has_address and _place(contact.address_key) != _place(household.address_key):
            # Siblings' records may disagree; a person decides, not the order of rows.
            notes.append("the address differs from the one the household already has; "
                         "the household's address was kept")
        if household.status is HouseholdStatus.UNCONTACTABLE and contact.reachable:
            self._reachable_again(household)
            changed = True
        if household.id is not None and household.changed:
            self.pending.changed_households[household.id] = household
        return changed, notes

    def carer(self, household: HouseholdRow, name: str | None) -> CarerRow | None:
        """The household's carer of that name, added if new."""
        if not name:
            return None
        key = (id(household), name.casefold())
        if key not in self._carers:
            carer = CarerRow(household, name)
            self.pending.carers.append(carer)
            self._carers[key] = carer
        return self._carers[key]

    def _reachable_again(self, household: HouseholdRow) -> None:
        """New contact details for a family listed for cleansing: back on the pathway."""
        household.set(status=HouseholdStatus.ACTIVE,
                      status_reason="contact details added by a later import",
                      status_changed_at=self.now)
        if household.id is not None:
            self.pending.cleansed.append(household.id)


def _place(key: str | None) -> str:
    """The address part of an address key (without the family name)."""
    return (key or "").partition("|")[2]
