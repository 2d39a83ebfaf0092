"""Practice pages: bookings by day with attendance, and CSV uploads (interfaces §6)."""

from __future__ import annotations

import io

import time_machine
from flask import g
from sqlalchemy import func, select

from assistant.db import db
from assistant.models import (
    Booking,
    BookingStatus,
    CodedEvent,
    Recall,
    Role,
    Slot,
)
from tests import factories
from tests.booking.helpers import at
from tests.forms import token_in as token

AFTER = at("2026-11-18T10:00")  # the morning after the appointments below




def _sign_in(client) -> None:
    """Sign in at the travelled-to time (a CSRF token signed later is refused)."""
    g.pop("csrf_token", None)
    g.pop("_login_user", None)
    assert factories.login(client, "a@example.nhs.uk").status_code == 302


def _world():
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    mine = factories.household(a, family_name="Oak", mobile="+447700900301")
    theirs = factories.household(b, family_name="Birch", mobile="+447700900302")
    bookings = []
    for household, practice, local in ((mine, a, "2026-11-18T09:00"),
                                       (theirs, b, "2026-11-18T09:15")):
        slot = factories.slot(practice, at(local), staff_name="Nurse")
        booking = Booking(slot_id=slot.id, child_id=household.children[0].id,
                          household_id=household.id, booked_via="sms",
                          booked_at=at("2026-11-16T10:00"))
        db.session.add(booking)
        bookings.append(booking)
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()
    return a, b, bookings


def test_bookings_by_day_and_did_not_attend_codes_and_recalls(app, client):
    _, _, (mine, theirs) = _world()
    with time_machine.travel(AFTER, tick=False):
        _sign_in(client)
        page = client.get("/bookings?date=2026-11-18").get_data(as_text=True)
        assert "Oak" in page and "Birch" not in page
        response = client.post(f"/bookings/{mine.id}/attendance",
                               data={"attended": "no", "csrf_token": token(page)})
        assert response.status_code == 303
        assert client.post(f"/bookings/{theirs.id}/attendance", data={
            "attended": "no", "csrf_token": token(page)}).status_code == 404
    db.session.expire_all()
    assert db.session.get(Booking, mine.id).status is BookingStatus.DID_NOT_ATTEND
    assert db.session.get(Booking, theirs.id).status is BookingStatus.BOOKED
    assert db.session.scalar(select(CodedEvent.snomed_code)) == "201741000000102"
    assert db.session.scalar(select(func.count()).select_from(Recall)) == 1


def test_attendance_without_a_token_is_refused_and_changes_nothing(app, client):
    _, _, (mine, _) = _world()
    with time_machine.travel(AFTER, tick=False):
        _sign_in(client)
        assert client.post(f"/bookings/{mine.id}/attendance",
                           data={"attended": "yes"}).status_code == 400
    db.session.expire_all()
    assert db.session.get(Booking, mine.id).status is BookingStatus.BOOKED


def _upload(client, body: bytes, name: str = "slots.csv", kind: str = "slots",
            mimetype: str = "text/csv"):
    page = client.get("/uploads").get_data(as_text=True)
    return client.post("/uploads", content_type="multipart/form-data", data={
        "csrf_token": token(page), "kind": kind,
        "file": (io.BytesIO(body), name, mimetype)})


def test_a_slots_upload_reports_each_line_like_the_cli(app, client):
    _world()
    body = ("practice_ods_code,start,duration_minutes,staff_name\n"
            "A80001,2026-11-25T09:00,15,Nurse\n"
            "A80001,2026-11-25T09:05,15,Nurse\n"        # overlaps line 2
            "B80002,2026-11-25T10:00,15,Nurse\n"        # another practice's
            "A80001,2026-11-18T09:05,15,Nurse\n")       # overlaps a booked one
    with time_machine.travel(at("2026-11-17T10:00"), tick=False):
        _sign_in(client)
        response = _upload(client, body.encode())
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Imported 1, updated 0, unchanged 0, rejected 3." in page
    assert "line 3: rejected: the slot overlaps another slot" in page
    assert "line 4: rejected: practice B80002 is not your practice" in page
    assert "line 5: rejected: the slot overlaps a booked appointment starting 2026-11-18 09:00" \
        in page
    assert db.session.scalar(select(func.count()).select_from(Slot)) == 3


def test_changing_a_booked_slot_by_upload_is_refused_by_line(app, client):
    _world()
    body = ("practice_ods_code,start,duration_minutes,staff_name\n"
            "A80001,2026-11-18T09:00,30,Nurse\n")
    with time_machine.travel(at("2026-11-17T10:00"), tick=False):
        _sign_in(client)
        page = _upload(client, body.encode()).get_data(as_text=True)
    assert "line 2: rejected: the slot at 2026-11-18 09:00 is booked" in page


def test_a_cohort_upload_goes_through_the_cohort_import(app, client):
    _world()
    factories.login(client, "a@example.nhs.uk")
    body = ("nhs_number,given_name,family_name,date_of_birth,practice_ods_code,"
            "missing_vaccines,carer_name,mobile,landline,address_line_1,address_line_2,town,"
            "postcode,preferred_language\n"
            "9994821997,Ivy,Ash,2024-01-01,A80001,MMR1,Jo Ash,07700 900401,,1 Elm Road,,"
            "Liverpool,L7 1AA,en\n"
            "9991948759,Rex,Ash,2024-01-01,A80001,MMR1,Jo Ash,07700 900401,,,,,,en\n"
            "123,Bad,Row,2024-01-01,A80001,MMR1,Jo,07700 900402,,,,,,en\n")
    page = _upload(client, body.encode(), "cohort.csv", "cohort").get_data(as_text=True)
    assert "Imported 2" in page and "line 4: rejected:" in page
    assert "Ivy" in client.get("/").get_data(as_text=True)


def test_a_file_that_is_not_csv_is_refused_with_a_clear_message(app, client):
    _world()
    factories.login(client, "a@example.nhs.uk")
    response = _upload(client, b"%PDF-1.4", "slots.pdf", mimetype="application/pdf")
    assert response.status_code == 400
    assert "The file must be a CSV file" in response.get_data(as_text=True)


def test_a_50_mb_upload_is_refused_before_it_is_read(app, client):
    _world()
    factories.login(client, "a@example.nhs.uk")
    big = b"practice_ods_code,start,duration_minutes,staff_name\n" + b"x" * (50 * 1024 * 1024)
    response = _upload(client, big)
    assert response.status_code == 413
    assert "too large" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Slot)) == 2


def test_the_day_must_be_a_date(app, client):
    _world()
    factories.login(client, "a@example.nhs.uk")
    assert client.get("/bookings?date=tuesday").status_code == 400
    assert client.get("/bookings?date=2026-11-18").status_code == 200
