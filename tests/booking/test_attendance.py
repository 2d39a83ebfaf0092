"""Marking attendance, the missed-appointment recall, the bookings list and the report."""

from __future__ import annotations

import json

import time_machine
from sqlalchemy import select

from assistant.booking import aftercare
from assistant.booking import book as booking
from assistant.booking.offers import make_offer
from assistant.db import db
from assistant.models import (
    Booking,
    BookingStatus,
    CodedEvent,
    Household,
    HouseholdStatus,
    QueuedLetter,
    Recall,
    Task,
    TaskKind,
)
from tests import factories
from tests.booking.helpers import NOW, agreed, at, slot_at


def _booked_family(children: int = 1, mobile: str | None = "+447700900321"):
    practice = factories.practice("N80000")
    slot_at(practice, "2026-11-18T09:00")
    slot_at(practice, "2026-11-18T09:15")
    h = agreed(factories.household(practice, children=children, mobile=mobile))
    offer = make_offer(db.session, h, NOW)
    db.session.commit()
    assert booking.book_option(db.engine, offer.id, 1, NOW, "sms").booked
    return h


def _mark(runner, *args: str):
    with time_machine.travel(at("2026-11-18T16:00"), tick=False):
        return runner.invoke(args=["mark-attendance", *args])


def test_did_not_attend_is_coded_and_gets_one_letter_and_one_text(app, runner, channel):
    h = _booked_family(children=2)
    ava, ben = h.children
    assert _mark(runner, ava.nhs_number, "--date", "2026-11-18", "--did-not-attend").exit_code == 0
    assert _mark(runner, ben.nhs_number, "--date", "2026-11-18", "--did-not-attend").exit_code == 0
    db.session.expire_all()
    codes = db.session.execute(select(CodedEvent.child_id, CodedEvent.snomed_code)).all()
    assert sorted(codes) == sorted([(ava.id, "201741000000102"), (ben.id, "201741000000102")])
    assert db.session.scalar(select(QueuedLetter.kind)) == "recall"
    assert len(db.session.scalars(select(QueuedLetter)).all()) == 1  # one for the visit
    assert db.session.get(Household, h.id).status is HouseholdStatus.ACTIVE
    assert aftercare.send_recall_texts(at("2026-11-18T17:00")) == {"recall_texts": 1}
    assert aftercare.send_recall_texts(at("2026-11-18T17:05")) == {"recall_texts": 0}
    [text] = channel.texts
    assert "We missed Ava and Ben" in text.body and text.to == "+447700900321"


def test_a_missed_appointment_without_a_mobile_becomes_a_call_task(app, runner, channel):
    h = _booked_family(mobile=None)
    h.phones  # noqa: B018 - no mobile
    result = runner.invoke(args=["mark-attendance", "--booking", "1", "--did-not-attend"])
    assert result.exit_code == 0, result.output
    assert aftercare.send_recall_texts(at("2026-11-19T10:00")) == {"recall_texts": 0}
    task = db.session.scalar(select(Task).where(Task.kind == TaskKind.OTHER))
    assert "Call the Evans family" in task.summary
    assert db.session.scalar(select(Recall.text_outcome)).startswith("no_mobile")
    assert channel.texts == []


def test_attended_is_counted_in_the_report(app, runner):
    h = _booked_family()
    child = h.children[0]
    assert _mark(runner, child.nhs_number, "--date", "2026-11-18", "--attended").exit_code == 0
    db.session.expire_all()
    assert db.session.scalar(select(Booking.status)) is BookingStatus.ATTENDED
    assert db.session.get(Household, h.id).status is HouseholdStatus.COMPLETED
    report = json.loads(runner.invoke(args=["report", "--json"]).output)
    assert report["practices"]["N80000"]["booked"] == 1
    assert report["practices"]["N80000"]["attended"] == 1


def test_booked_children_are_counted_in_the_report(app, runner):
    _booked_family(children=2)
    report = json.loads(runner.invoke(args=["report", "--json"]).output)
    assert report["total"]["booked"] == 2 and report["total"]["attended"] == 0


def test_marking_twice_or_before_the_appointment_is_refused(app, runner):
    h = _booked_family()
    nhs = h.children[0].nhs_number
    with time_machine.travel(at("2026-11-18T08:00"), tick=False):
        early = runner.invoke(args=["mark-attendance", nhs, "--date", "2026-11-18",
                                    "--attended"])
    assert early.exit_code == 1 and "not happened yet" in early.output
    assert _mark(runner, nhs, "--date", "2026-11-18", "--attended").exit_code == 0
    twice = _mark(runner, nhs, "--date", "2026-11-18", "--did-not-attend")
    assert twice.exit_code == 1 and "already marked attended" in twice.output
    assert db.session.scalar(select(CodedEvent.id)) is None


def test_marking_an_unknown_booking_names_the_problem(app, runner):
    _booked_family()
    result = _mark(runner, "9999999999", "--date", "2026-11-19", "--attended")
    assert result.exit_code == 1 and "no booking for that NHS number" in result.output
    assert _mark(runner, "--attended").exit_code == 2


def test_bookings_list_as_json_in_local_time(app, runner):
    h = _booked_family(children=2)
    result = runner.invoke(args=["bookings", "--practice", "N80000", "--date", "2026-11-18",
                                 "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["given_name"], r["start"], r["status"]) for r in rows] == [
        ("Ava", "2026-11-18T09:00", "booked"), ("Ben", "2026-11-18T09:15", "booked")]
    assert rows[0]["nhs_number"] == h.children[0].nhs_number
    assert rows[0]["practice_ods_code"] == "N80000"
    assert json.loads(runner.invoke(args=["bookings", "--date", "2026-11-19", "--json"])
                      .stdout) == []
    text = runner.invoke(args=["bookings"]).output
    assert "2026-11-18 09:00  N80000" in text


def test_bookings_with_an_unknown_practice_or_bad_date_cannot_run(app, runner):
    assert runner.invoke(args=["bookings", "--practice", "Z99999"]).exit_code == 2
    assert runner.invoke(args=["bookings", "--date", "18/11/2026"]).exit_code == 2
