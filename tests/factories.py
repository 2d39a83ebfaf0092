"""Small factories with keyword defaults, so a test names only what it cares about."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from assistant import clock
from assistant.db import db
from assistant.models import (
    Carer,
    Child,
    Household,
    Phone,
    PhoneKind,
    Practice,
    Role,
    Slot,
    User,
)
from tests.forms import post_form

_serial = itertools.count(1)

# Valid test NHS numbers (999 range, Modulus 11 checked) for tests to draw from.
TEST_NHS_NUMBERS = [
    "9994821997", "9991948759", "9991147101", "9992684658", "9998907861", "9993962457",
    "9995280841", "9993888532", "9991373535", "9991637265", "9991826335", "9998072905",
]


def nhs_number() -> str:
    """A valid NHS number in the 999 test range, distinct for each call."""
    while True:
        stem = f"999{next(_serial) % 1_000_000:06d}"
        total = sum(int(d) * w for d, w in zip(stem, range(10, 1, -1), strict=True))
        check = (11 - total % 11) % 11
        if check != 10:  # 10 means no valid number has this stem
            return stem + str(check)


def practice(ods_code: str = "N80000", **fields: object) -> Practice:
    fields.setdefault("name", "Smithdown Road Medical Centre")
    fields.setdefault("phone", "0151 496 0331")
    fields.setdefault("address", "78 High Street, Liverpool")
    fields.setdefault("postcode", "L7 6BD")
    fields.setdefault("contact_name", "Chloe Wilson")
    fields.setdefault("contact_phone", "0151 496 0096")
    fields.setdefault("contact_email", "imms.n80000@example.nhs.uk")
    obj = Practice(ods_code=ods_code, **fields)
    db.session.add(obj)
    db.session.flush()
    return obj


def household(
    practice_obj: Practice | None = None,
    *,
    mobile: str | None = "+447700900001",
    landline: str | None = None,
    address: bool = True,
    family_name: str = "Evans",
    children: int = 1,
    language: str = "en",
    **fields: object,
) -> Household:
    """A household with carer, phones and ``children`` children (first names Ava, Ben, ...)."""
    practice_obj = practice_obj or practice()
    obj = Household(
        practice_id=practice_obj.id,
        family_name=family_name,
        address_line_1="1 Lodge Lane" if address else None,
        town="Liverpool" if address else None,
        postcode="L7 8YP" if address else None,
        preferred_language=language,
        **fields,
    )
    db.session.add(obj)
    db.session.flush()
    carer = Carer(household_id=obj.id, name=f"Joanne {family_name}")
    db.session.add(carer)
    db.session.flush()
    for number, kind in ((mobile, PhoneKind.MOBILE), (landline, PhoneKind.LANDLINE)):
        if number:
            db.session.add(Phone(household_id=obj.id, e164=number, kind=kind))
    names = ["Ava", "Ben", "Cara", "Dev", "Ela"]
    for i in range(children):
        child(obj, given_name=names[i % len(names)], carer=carer,
              date_of_birth=date(2023, 1, 1) + timedelta(days=200 * i))
    db.session.flush()
    db.session.refresh(obj)
    return obj


def child(household_obj: Household, *, given_name: str = "Ava", carer: Carer | None = None,
          date_of_birth: date = date(2023, 1, 1),
          missing_vaccines: list[str] | None = None, **fields: object) -> Child:
    obj = Child(
        nhs_number=fields.pop("nhs_number", None) or nhs_number(),
        given_name=given_name,
        family_name=household_obj.family_name,
        date_of_birth=date_of_birth,
        practice_id=fields.pop("practice_id", None) or household_obj.practice_id,
        household_id=household_obj.id,
        carer_id=carer.id if carer else None,
        missing_vaccines=missing_vaccines or ["MMR1"],
        **fields,
    )
    db.session.add(obj)
    db.session.flush()
    return obj


def slot(practice_obj: Practice, start: datetime | None = None, **fields: object) -> Slot:
    start = start or clock.now() + timedelta(days=2)
    obj = Slot(practice_id=practice_obj.id, start_at=start, **fields)
    db.session.add(obj)
    db.session.flush()
    return obj


def user(email: str = "coordinator@example.nhs.uk", *, role: Role = Role.COORDINATOR,
         password: str = "correct horse battery", practice_obj: Practice | None = None) -> User:
    obj = User(email=email, role=role, practice_id=practice_obj.id if practice_obj else None)
    obj.set_password(password)
    db.session.add(obj)
    db.session.flush()
    return obj


def login(client, email: str = "coordinator@example.nhs.uk",
          password: str = "correct horse battery"):
    """Sign in through the login page's form, its CSRF token included."""
    return post_form(client, "/login", {"email": email, "password": password})
