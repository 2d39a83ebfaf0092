"""The report's grouped queries give the figures a plain count in Python gives, on both
databases (PostgreSQL reads two groupings in one GROUPING SETS pass; SQLite runs two
queries): children counted once per figure, at their own practice."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select

from assistant import clock
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    Booking,
    BookingStatus,
    Child,
    CodedEvent,
    Direction,
    Household,
    HouseholdStatus,
    Means,
    Message,
)
from assistant.records import codes
from assistant.records.codes import EXCEPTION_REPORTED
from assistant.records.reports import (
    _YEAR_END_CODES,
    ATTEMPT_CODES,
    is_a_reply,
    report,
    service_year,
)
from tests import factories

YEAR = 2026


def _at(month: int, day: int, year: int = 2026) -> datetime:
    return clock.from_local(datetime(year, month, day, 10))


def _attempt(household: Household, number: int, means: Means, when: datetime) -> Attempt:
    attempt = Attempt(household_id=household.id, number=number, means=means,
                      state=AttemptState.MADE, due_at=when, made_at=when)
    db.session.add(attempt)
    db.session.flush()
    event = codes.Event.for_attempt(number)
    for child in household.children:
        codes.record(db.session, child, event, at=when, free_text="x", attempt_id=attempt.id)
    return attempt


def _world() -> None:
    a, b = factories.practice("A80001"), factories.practice("B80002", name="Birch")
    oak = factories.household(a, children=2, family_name="Oak", mobile="+447700900701")
    split = factories.household(a, children=1, family_name="Split", mobile="+447700900702")
    sol = factories.child(split, given_name="Sol", practice_id=b.id)
    elm = factories.household(b, children=3, family_name="Elm", mobile="+447700900703")
    lost = factories.household(b, children=1, family_name="Lost", mobile="+447700900704",
                               status=HouseholdStatus.UNREACHABLE,
                               status_changed_at=_at(9, 1))
    old_lost = factories.household(a, children=1, family_name="Gone", mobile=None,
                                   status=HouseholdStatus.UNREACHABLE,
                                   status_changed_at=_at(9, 1, 2025))
    db.session.refresh(split)
    _attempt(oak, 1, Means.SMS, _at(5, 1))
    _attempt(oak, 2, Means.CALL, _at(5, 8))
    _attempt(split, 1, Means.SMS, _at(5, 1))       # Sol is coded at B
    _attempt(split, 2, Means.STAFF_CALL, _at(5, 9))
    _attempt(elm, 1, Means.LETTER, _at(6, 1))
    # Ava Elm was in another household when its first letter went: two attempt-1 letters.
    ash = factories.household(b, children=0, family_name="Ash", mobile="+447700900705")
    codes.record(db.session, elm.children[0], codes.Event.ATTEMPT_1, at=_at(5, 20),
                 free_text="x", attempt_id=_attempt(ash, 1, Means.LETTER, _at(5, 20)).id)
    _attempt(lost, 1, Means.SMS, _at(4, 2))
    _attempt(lost, 2, Means.CALL, _attempt(lost, 3, Means.LETTER, _at(4, 20)).made_at)
    _attempt(old_lost, 1, Means.LETTER, _at(3, 1))
    codes.record(db.session, oak.children[0], codes.Event.ATTEMPT_1, at=_at(5, 2),
                 free_text="recorded by hand")  # no attempt row: "recorded"
    codes.record(db.session, oak.children[0], codes.Event.REFUSED, at=_at(6, 1), free_text="")
    codes.record(db.session, oak.children[0], codes.Event.DECLINED_AFTER_COORDINATOR,
                 at=_at(6, 3), free_text="")
    codes.record(db.session, oak.children[1], codes.Event.REFERRED, at=_at(2, 1),
                 free_text="last year")
    codes.record(db.session, sol, codes.Event.REFERRED, at=_at(7, 1), free_text="")
    codes.record(db.session, sol, codes.Event.REFERRED, at=_at(7, 2), free_text="")
    for child in elm.children[:2]:
        codes.record(db.session, child, codes.Event.REFUSED, at=_at(4, 1, 2027),
                     free_text="next year")
    for household, body, label in ((oak, "Yes please", "agree"), (oak, "1", "unclear"),
                                   (oak, "is it safe?", "hesitant"),
                                   (split, "CONFIRM", "refused"), (split, "No.", "refused"),
                                   (elm, "STOP", "opt_out"), (elm, "not sure", "hesitant"),
                                   (lost, "", None)):
        db.session.add(Message(household_id=household.id, direction=Direction.INBOUND,
                               channel="sms", body=body, label=label))
    oak.children[1].no_longer_due_at = _at(8, 1)
    for child, status, day in ((oak.children[0], BookingStatus.ATTENDED, 10),
                               (oak.children[0], BookingStatus.BOOKED, 11),
                               (sol, BookingStatus.DID_NOT_ATTEND, 12),
                               (elm.children[0], BookingStatus.CANCELLED, 13)):
        slot = factories.slot(db.session.get(Child, child.id).practice, _at(6, day))
        db.session.add(Booking(slot_id=slot.id, child_id=child.id, household_id=child.household_id,
                               status=status, booked_via="sms", booked_at=_at(6, 1)))
    db.session.commit()


def _plainly(ods_by_id: dict[int, str]) -> dict[str, dict]:
    """Every figure counted row by row in Python."""
    children = list(db.session.scalars(select(Child)))
    sets: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for c in children:
        here = sets[ods_by_id[c.practice_id]]
        here["cohort"].add(c.id)
        here["households"].add(c.household_id)
        if c.no_longer_due_at is not None:
            here["no_longer_due"].add(c.id)
        status = db.session.get(Household, c.household_id)
        if status.status is HouseholdStatus.UNREACHABLE:
            here["no_contact"].add(c.id)
            if service_year(YEAR)[0] <= status.status_changed_at < service_year(YEAR)[1]:
                here["ye:no_contact"].add(c.id)
    number_of = {code: n for n, code in ATTEMPT_CODES.items()}
    start, end = service_year(YEAR)
    for e in db.session.scalars(select(CodedEvent)):
        here = sets[ods_by_id[e.practice_id]]
        if e.snomed_code in number_of:
            means = db.session.get(Attempt, e.attempt_id).means if e.attempt_id else "recorded"
            here[f"means:{number_of[e.snomed_code]}:{means}"].add(e.child_id)
            here["contacted"].add(e.child_id)
        if e.snomed_code == codes.Event.REFERRED.code.snomed_code:
            here["referred"].add(e.child_id)
        if e.snomed_code in EXCEPTION_REPORTED:
            here["exception_reported"].add(e.child_id)
        if e.snomed_code in _YEAR_END_CODES and start <= e.occurred_at < end:
            here[f"ye:{_YEAR_END_CODES[e.snomed_code]}"].add(e.child_id)
    replies = db.session.execute(select(Message.household_id, Message.label)
                                 .where(is_a_reply())).all()
    for c in children:
        here = sets[ods_by_id[c.practice_id]]
        for household_id, label in replies:
            if household_id == c.household_id:
                here[f"reply:{label}"].add(c.id)
                here["replied"].add(c.id)
    for booking in db.session.scalars(select(Booking)):
        here = sets[ods_by_id[db.session.get(Child, booking.child_id).practice_id]]
        if booking.status is not BookingStatus.CANCELLED:
            here["booked"].add(booking.child_id)
        if booking.status is BookingStatus.ATTENDED:
            here["attended"].add(booking.child_id)
    return {ods: {key: len(ids) for key, ids in figures.items()}
            for ods, figures in sets.items()}


def test_every_figure_is_what_a_plain_count_gives(app):
    _world()
    counts = report(db.session, None, YEAR)
    ods_by_id = {p.id: p.ods_code for p in
                 db.session.scalars(select(factories.Practice))}
    plain = _plainly(ods_by_id)
    for ods, figures in counts["practices"].items():
        want = plain[ods]
        for key in ("cohort", "households", "no_longer_due", "contacted", "replied",
                    "referred", "exception_reported", "no_contact", "booked", "attended"):
            assert figures[key] == want.get(key, 0), (ods, key)
        for number, by_means in figures["attempts_by_means"].items():
            expected = {k.split(":")[2]: v for k, v in want.items()
                        if k.startswith(f"means:{number}:")}
            assert by_means == expected, (ods, number)
            assert figures["attempts"][number] == sum(expected.values())
        assert figures["replies"] == {label: want.get(f"reply:{label}", 0)
                                      for label in figures["replies"]}, ods
        assert figures["year_end"] == {key: want.get(f"ye:{key}", 0)
                                       for key in figures["year_end"]}, ods
    # Spot checks that the world exercises what it should.
    a, b = counts["practices"]["A80001"], counts["practices"]["B80002"]
    assert a["attempts_by_means"]["1"] == {"sms": 3, "recorded": 1, "letter": 1}
    assert b["attempts_by_means"]["1"] == {"sms": 2, "letter": 3}  # Elm twice: once
    assert b["attempts_by_means"]["2"] == {"staff_call": 1, "call": 1}
    assert a["exception_reported"] == 1 and a["year_end"]["exception_reported_refused"] == 1
    assert b["year_end"]["referred"] == 1 and a["year_end"]["referred"] == 0
    assert a["year_end"]["no_contact"] == 0 and a["no_contact"] == 1
    assert counts["total"]["households"] == 5  # the split family once; Ash has no child
    assert counts["total"]["cohort"] == sum(p["cohort"] for p in counts["practices"].values())
