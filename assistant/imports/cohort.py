"""``cohort.csv``: children aged 0-5 with missing vaccines, grouped into households.

Each row is checked (NHS number, dates, age under 6 on the import date, known
practice, phone numbers, some way to reach the family) and then matched on NHS
number: new children are added to their siblings' household or a new one,
known children are updated only where the row says something new.

Contact details: a number that cannot be used is left out with a warning when
the row still has another way to reach the family, and the row is rejected
(to be fixed and imported again) when it was the only one. A row with no phone
and no address at all is not skipped: the child is imported into a household
marked UNCONTACTABLE and a CLEANSE_CONTACT task lists it for the practice
(pathway.md §1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.imports.csvfile import Column, FileSpec, ImportFailed, Row, column_limit
from assistant.imports.extract import FullExtract, due_again
from assistant.imports.households import Contact, HouseholdIndex
from assistant.imports.pending import (
    PAST_AUTOMATED_CONTACT,
    KnownChild,
    PendingRows,
    known_children,
)
from assistant.imports.result import FirstSeen, ImportResult
from assistant.imports.values import (
    PhoneNumber,
    ValueProblem,
    age_in_years,
    parse_date,
    parse_language,
    parse_nhs_number,
    parse_ods_code,
    parse_phone,
    parse_postcode,
)
from assistant.models import Carer, Child, Household, PhoneKind, Practice

MAX_AGE = 6
_child, _home = Child.__table__.c, Household.__table__.c
SPEC = FileSpec("cohort", (
    Column("nhs_number", ("NHS Number", "NHS No", "NHS", "Patient NHS Number"), True, 20),
    Column("given_name", ("Forename", "Forenames", "First Name", "First Names", "Given Name",
                          "Given Names", "Child Forename"), True, column_limit(_child.given_name)),
    Column("family_name", ("Surname", "Last Name", "Family Name", "Child Surname"), True,
           column_limit(_child.family_name)),
    Column("date_of_birth", ("Date of Birth", "DOB", "Birth Date", "Born"), True, 20),
    Column("practice_ods_code", ("Practice Code", "ODS Code", "Practice ODS Code",
                                 "Registered Practice Code", "GP Practice Code", "Practice"),
           True, 10),
    Column("missing_vaccines", ("Vaccines Due", "Missing Vaccinations", "Missing Immunisations",
                                "Outstanding Vaccines", "Outstanding Immunisations",
                                "Vaccines Missing"), True, 500),
    Column("carer_name", ("Carer", "Parent Name", "Parent/Carer Name", "Parent or Carer",
                          "Main Carer", "Carer Full Name"),
           limit=column_limit(Carer.__table__.c.name)),
    Column("mobile", ("Mobile Telephone", "Mobile Phone", "Mobile Number", "Mobile Tel",
                      "Carer Mobile"), limit=32),
    Column("landline", ("Home Telephone", "Landline", "Telephone", "Home Phone",
                        "Telephone Number", "Phone", "Home Tel"), limit=32),
    Column("address_line_1", ("Address Line 1", "Address 1", "House and Street", "Street"),
           limit=column_limit(_home.address_line_1)),
    Column("address_line_2", ("Address Line 2", "Address 2", "Locality"),
           limit=column_limit(_home.address_line_2)),
    Column("town", ("Town", "City", "Post Town", "Town/City"), limit=column_limit(_home.town)),
    Column("postcode", ("Post Code", "Postal Code"), limit=10),
    Column("preferred_language", ("Language", "Main Language", "Main Spoken Language",
                                  "Preferred Language"), limit=40),
), one_of=(("mobile", "landline", "address_line_1"),))


@dataclass
class CohortRow:
    """One checked row: the child and how to reach the family."""

    line: int
    nhs_number: str
    given_name: str
    family_name: str
    date_of_birth: date
    ods_code: str
    missing_vaccines: list[str]
    contact: Contact
    warnings: list[str]


def parse_row(row: Row, today: date) -> CohortRow:
    """Check one row; :class:`ValueProblem` says why it cannot be imported."""
    if row.problem:
        raise ValueProblem(row.problem)
    nhs_number = parse_nhs_number(row.get("nhs_number"))
    given, family = row.get("given_name"), row.get("family_name")
    for column, value in (("given_name", given), ("family_name", family)):
        if not value:
            raise ValueProblem(f"{column} is empty")
    born = parse_date(row.get("date_of_birth"), "date_of_birth")
    if born > today:
        raise ValueProblem("date_of_birth is in the future")
    if age_in_years(born, today) >= MAX_AGE:
        raise ValueProblem(f"the child is {age_in_years(born, today)} on {today:%d/%m/%Y}; "
                           f"the cohort is children under {MAX_AGE}")
    ods_code = parse_ods_code(row.get("practice_ods_code"), "practice_ods_code")
    vaccines = [v.strip() for v in row.get("missing_vaccines").split(";") if v.strip()]
    if not vaccines:
        raise ValueProblem("missing_vaccines is empty: list the vaccines due, separated by ;")
    warnings: list[str] = []
    contact = _contact(row, family, warnings)
    return CohortRow(row.line, nhs_number, given, family, born, ods_code, vaccines,
                     contact, warnings)


def _contact(row: Row, family: str, warnings: list[str]) -> Contact:
    phones: dict[str, PhoneNumber] = {}
    unusable: list[str] = []
    for column in ("mobile", "landline"):
        text = row.get(column)
        if not text:
            continue
        try:
            number = parse_phone(text, column)
        except ValueProblem as problem:
            unusable.append(str(problem))
            continue
        if column == "mobile" and number.kind is PhoneKind.LANDLINE:
            warnings.append("the mobile column holds a landline number: it will be called, "
                            "never texted")
        phones.setdefault(number.e164, number)
    postcode = None
    if row.get("postcode"):
        try:
            postcode = parse_postcode(row.get("postcode"))
        except ValueProblem as problem:
            unusable.append(f"{problem}, so the address cannot be used for letters")
    try:
        language = parse_language(row.get("preferred_language"))
    except ValueProblem as problem:
        warnings.append(f"{problem}; English is used")
        language = "en"
    contact = Contact(family, row.get("carer_name") or None, list(phones.values()),
                      row.get("address_line_1") or None, row.get("address_line_2") or None,
                      row.get("town") or None, postcode, language)
    if not contact.reachable:
        if unusable:
            raise ValueProblem("no usable way to reach the family: " + "; ".join(unusable))
        warnings.append("no phone number or postal address: imported as uncontactable and "
                        "listed for the practice to cleanse")
    else:
        warnings.extend(f"left out: {reason}" for reason in unusable)
    return contact


class CohortImport:
    """Children matched on NHS number; siblings grouped into households."""

    spec = SPEC
    audit_action = "import.cohort"

    def __init__(self, session: Session, full: FullExtract | None = None) -> None:
        """``full``: the file is the complete list of children due for its practices."""
        self.now = clock.now()
        self.today = clock.local(self.now).date()
        self.practices = dict(session.execute(
            select(Practice.ods_code, Practice.id)).all())
        self.seen = FirstSeen()
        self.full = full
        self.back: list[tuple[int, int]] = []  # (child, household) no longer due, now back
        unknown = [code for code in (full.practices if full else ()) if code not in self.practices]
        if unknown:
            raise ImportFailed(f"practice {', '.join(unknown)} is not known: import it in "
                               "practices.csv first")

    def finish(self, session: Session, result: ImportResult) -> None:
        """After the last row, in the same transaction: children back, children gone."""
        resumed = due_again(session, self.back, self.today, self.now)
        if self.full is not None:
            self.full.apply(session, result, self.practices, self.now)
            result.extract["due_again"] = len(self.back)
            result.extract["households_resumed"] = resumed

    def process(self, session: Session, rows: list[Row], result: ImportResult) -> None:
        if self.full is not None:
            for row in rows:
                self.full.note(row)
        checked = [r for r in (self._check(row, result) for row in rows) if r is not None]
        if not checked:
            return
        existing = known_children(session, [r.nhs_number for r in checked])
        pending = PendingRows()
        index = HouseholdIndex(session, [r.contact for r in checked], self.now, pending,
                               also={c.household_id for c in existing.values()})
        for row in checked:
            child = existing.get(row.nhs_number)
            if child is None:
                notes = self._add(row, index)
                result.imported += 1
                if self.full is not None:
                    self.full.new.add(int(row.nhs_number))
            else:
                changed, notes = self._update(child, row, index)
                if changed:
                    result.updated += 1
                else:
                    result.unchanged += 1
            for note in (*row.warnings, *notes):
                result.warn(row.line, note)
        pending.write(session, self.now)

    def _check(self, row: Row, result: ImportResult) -> CohortRow | None:
        try:
            checked = parse_row(row, self.today)
        except ValueProblem as problem:
            result.reject(row.line, str(problem))
            return None
        if checked.ods_code not in self.practices:
            result.reject(row.line, f"practice {checked.ods_code} is not known: "
                                    "import it in practices.csv first")
            return None
        first = self.seen.first_line(int(checked.nhs_number), row.line)
        if first is not None:
            result.reject(row.line, f"the same nhs_number is already on line {first}")
            return None
        return checked

    def _add(self, row: CohortRow, index: HouseholdIndex) -> list[str]:
        household, note = index.find(row.contact)
        notes = [note] if note else []
        if household is None:
            household = index.create(row.contact, self.practices[row.ods_code])
        else:
            notes += index.join(household, row.contact)[1]
        values = {
            "nhs_number": row.nhs_number, "given_name": row.given_name,
            "family_name": row.family_name, "date_of_birth": row.date_of_birth,
            "practice_id": self.practices[row.ods_code],
            "missing_vaccines": row.missing_vaccines,
            "preferred_language": row.contact.preferred_language,
        }
        carer = index.carer(household, row.contact.carer_name)
        index.pending.children.append((values, household, carer))
        if household.id is not None and household.status in PAST_AUTOMATED_CONTACT:
            # The assistant contacts a household once: a child joining one it has finished
            # with (or a person now holds) would otherwise never be contacted.
            notes.append(index.pending.join_late(household, f"{row.given_name} {row.family_name}"))
        return notes

    def _update(self, child: KnownChild, row: CohortRow,
                index: HouseholdIndex) -> tuple[bool, list[str]]:
        """Bring a known child up to date; (whether anything changed, notes)."""
        wanted = {
            "given_name": row.given_name, "family_name": row.family_name,
            "date_of_birth": row.date_of_birth, "practice_id": self.practices[row.ods_code],
            "missing_vaccines": row.missing_vaccines,
            "preferred_language": row.contact.preferred_language,
            # In this file, so due (again, if an earlier full extract left the child out).
            "no_longer_due_at": None, "no_longer_due_reason": None,
        }
        if child.no_longer_due_at is not None:
            self.back.append((child.id, child.household_id))
        changed = False
        for name, value in wanted.items():
            if getattr(child, name) != value:
                setattr(child, name, value)
                changed = True
        household = index.known[child.household_id]
        name, carer = row.contact.carer_name, None
        if name and (child.carer_name or "").casefold() != name.casefold():
            carer = index.carer(household, name)
            changed = True
        if changed:
            index.pending.changed_children.append((child, carer))
        joined, notes = index.join(household, row.contact)
        return changed or joined, notes
