"""Odd input never reaches the database as a 500: ids too big for a column, page numbers
in other scripts' digits or too long to be a number, NUL characters in free text."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from assistant.db import db
from assistant.models import AuditEvent, Message
from tests.console.action_helpers import signed_in

BIG = "9" * 25


@pytest.mark.parametrize("method,url", [
    ("GET", f"/households/{BIG}"), ("GET", f"/households/{BIG}/timeline.json"),
    ("POST", f"/households/{BIG}/take-over"), ("POST", f"/households/{BIG}/outcome"),
    ("POST", f"/tasks/{BIG}/done"), ("POST", f"/tasks/{BIG}/assign")])
def test_an_id_too_big_for_any_row_is_404(client, held, method, url):
    token = signed_in(client)
    response = client.open(url, method=method, data={"csrf_token": token})
    assert response.status_code == 404


@pytest.mark.parametrize("url", [
    "/coordinator/?page=%C2%B2", f"/coordinator/?page={BIG}", "/coordinator/?page=" + "9" * 5000,
    "/tasks?page=%C2%B2", "/tasks?page=" + "9" * 5000, f"/?page={BIG}", "/?page=-3"])
def test_a_page_that_is_no_page_number_shows_a_page(client, held, url):
    signed_in(client)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("report", ["%C2%B2", BIG])
def test_a_referral_report_id_that_is_no_id_is_404(client, held, report):
    signed_in(client)
    assert client.get(f"/coordinator/referrals?report={report}").status_code == 404


def test_a_slot_id_too_big_for_a_row_is_refused_and_nothing_booked(client, held):
    token = signed_in(client)
    response = client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "agreed", "slot_id": [BIG, BIG[:-1]]})
    assert response.status_code == 400
    assert "Choose an appointment" in response.get_data(as_text=True)


@pytest.mark.parametrize("path,data", [
    ("messages", {"body": "Hello\x00there"}),
    ("calls", {"outcome": "spoke", "note": "said\x00no"}),
    ("calls", {"outcome": "spoke", "form_key": "k\x00"}),
    ("outcome", {"outcome": "declined", "reason": "worried", "words": "no\x00thanks"}),
    ("outcome", {"outcome": "declined", "reason": "wor\x00ried", "words": "no thanks"})])
def test_a_nul_character_in_free_text_is_refused_and_nothing_changes(client, held, path,
                                                                      data):
    token = signed_in(client)
    before = db.session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    response = client.post(f"{held.url}/{path}", data={"csrf_token": token, **data})
    assert response.status_code == 400
    db.session.rollback()
    assert db.session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())
                             .limit(1)) == before
    assert db.session.scalars(select(Message).where(Message.sent_by_id.is_not(None))).all() == []


@pytest.mark.parametrize("url", [
    "/coordinator/?practice=%00", "/slots/released?practice=A%00", "/reports?practice=%00",
    "/tasks?kind=%00", "/?q=Ava%00"])
def test_a_nul_in_the_address_is_400_not_a_500(client, held, url):
    signed_in(client)
    assert client.get(url).status_code < 500
