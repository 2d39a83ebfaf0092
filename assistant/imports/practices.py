"""``practices.csv``: the GP practices and the named staff member who books families."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.imports.csvfile import Column, FileSpec, Row, column_limit
from assistant.imports.result import FirstSeen, ImportResult
from assistant.imports.values import (
    ValueProblem,
    parse_email,
    parse_ods_code,
    parse_phone,
    parse_postcode,
)
from assistant.models import Practice

_c = Practice.__table__.c
SPEC = FileSpec("practices", (
    Column("ods_code", ("ODS Code", "Practice Code", "Practice ODS Code", "Code",
                        "Organisation Code"), True, column_limit(_c.ods_code)),
    Column("name", ("Practice Name", "Practice", "Organisation Name"), True,
           column_limit(_c.name)),
    Column("phone", ("Telephone", "Practice Phone", "Phone Number", "Telephone Number"),
           limit=column_limit(_c.phone)),
    Column("address", ("Practice Address", "Address Line 1"), limit=column_limit(_c.address)),
    Column("postcode", ("Post Code", "Postal Code"), limit=column_limit(_c.postcode) or 10),
    Column("contact_name", ("Contact", "Named Contact", "Staff Name"),
           limit=column_limit(_c.contact_name)),
    Column("contact_phone", ("Contact Telephone", "Contact Phone Number"),
           limit=column_limit(_c.contact_phone)),
    Column("contact_email", ("Email", "Contact Email Address", "Email Address"),
           limit=column_limit(_c.contact_email)),
))
FIELDS = ("name", "phone", "address", "postcode", "contact_name", "contact_phone",
          "contact_email")


def practice_values(row: Row) -> dict[str, Any]:
    """The checked values of one row, or :class:`ValueProblem` naming what is wrong."""
    values: dict[str, Any] = {"ods_code": parse_ods_code(row.get("ods_code"))}
    if not row.get("name"):
        raise ValueProblem("name is empty")
    values["name"] = row.get("name")
    for column in ("phone", "contact_phone"):
        text = row.get(column)
        values[column] = parse_phone(text, column).national if text else None
    values["address"] = row.get("address") or None
    text = row.get("postcode")
    values["postcode"] = parse_postcode(text) if text else None
    values["contact_name"] = row.get("contact_name") or None
    text = row.get("contact_email")
    values["contact_email"] = parse_email(text) if text else None
    return values


class PracticeImport:
    """Practices matched on ODS code: new ones added, changed ones updated."""

    spec = SPEC
    audit_action = "import.practices"

    def __init__(self) -> None:
        self.seen = FirstSeen()

    def process(self, session: Session, rows: list[Row], result: ImportResult) -> None:
        checked = []
        for row in rows:
            try:
                if row.problem:
                    raise ValueProblem(row.problem)
                values = practice_values(row)
            except ValueProblem as problem:
                result.reject(row.line, str(problem))
                continue
            first = self.seen.first_line(values["ods_code"], row.line)
            if first is not None:
                result.reject(row.line, f"ods_code {values['ods_code']} is already on line {first}")
                continue
            checked.append(values)
        codes = [v["ods_code"] for v in checked]
        existing = {p.ods_code: p for p in session.scalars(
            select(Practice).where(Practice.ods_code.in_(codes)))}
        for values in checked:
            practice = existing.get(values["ods_code"])
            if practice is None:
                session.add(Practice(**values))
                result.imported += 1
            elif any(getattr(practice, f) != values[f] for f in FIELDS):
                for f in FIELDS:
                    setattr(practice, f, values[f])
                result.updated += 1
            else:
                result.unchanged += 1
