"""``/exports/codes.csv`` and ``/exports/codes.fhir.json``: the command's export in the
browser, for a practice's own children (practice users) and for admins; 404 otherwise."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from assistant import clock
from assistant.db import db
from assistant.models import Role
from assistant.records import codes
from tests import factories
from tests.records.test_exports import bundle_model

PASSWORD = "correct horse battery"


@pytest.fixture
def two_practices(app):
    a, b = factories.practice("N80000"), factories.practice("F80001", name="Lodge Lane")
    at = clock.from_local(datetime(2026, 11, 23, 9, 0))
    ours = factories.household(a, children=2, mobile=None, family_name="Evans")
    theirs = factories.household(b, mobile=None, family_name="Khan").children[0]
    for child in ours.children:
        codes.record(db.session, child, codes.Event.ATTEMPT_1, at=at, free_text="Letter posted")
    codes.record(db.session, ours.children[0], codes.Event.REFUSED, at=at + timedelta(days=2),
                 free_text="=1+1 we have decided")
    codes.record(db.session, theirs, codes.Event.ATTEMPT_1, at=at, free_text="Letter posted")
    factories.user("gp@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    factories.user("admin@example.nhs.uk", role=Role.ADMIN)
    factories.user("coord@example.nhs.uk", role=Role.COORDINATOR)
    db.session.commit()
    return a, b, ours, theirs


def _as(client, email: str):
    assert factories.login(client, email, PASSWORD).status_code in (302, 303)
    return client


def _without_timestamp(text: str) -> dict:
    bundle = json.loads(text)
    bundle.pop("timestamp")
    return bundle


def test_practice_user_exports_only_their_children_as_the_command_does(
        two_practices, client, runner):
    _as(client, "gp@example.nhs.uk")
    csv_page = client.get("/exports/codes.csv")
    assert csv_page.status_code == 200 and csv_page.mimetype == "text/csv"
    assert "attachment" in csv_page.headers["Content-Disposition"]
    command = runner.invoke(args=["export-codes", "--practice", "N80000"])
    assert csv_page.get_data() == command.stdout_bytes
    text = csv_page.get_data(as_text=True)
    assert "F80001" not in text and text.count("\r\n") == 4  # header and three events
    assert "'=1+1 we have decided" in text  # neutralised as the command does
    fhir_page = client.get("/exports/codes.fhir.json")
    assert fhir_page.status_code == 200 and fhir_page.mimetype == "application/fhir+json"
    fhir_command = runner.invoke(args=["export-codes", "--format", "fhir",
                                       "--practice", "N80000"])
    assert _without_timestamp(fhir_page.get_data(as_text=True)) == _without_timestamp(
        fhir_command.stdout)
    bundle = bundle_model(fhir_page.get_data(as_text=True))
    assert [e.resource.__resource_type__ for e in bundle.entry] == [
        "Patient", "Observation", "Observation", "Patient", "Observation"]


def test_another_practices_export_is_404(two_practices, client):
    _as(client, "gp@example.nhs.uk")
    for path in ("/exports/codes.csv", "/exports/codes.fhir.json"):
        assert client.get(path + "?practice=F80001").status_code == 404
        assert client.get(path + "?practice=Z99999").status_code == 404
        assert client.get(path + "?practice=n80000").status_code == 200


def test_coordinators_get_404_and_strangers_the_login(two_practices, client):
    assert client.get("/exports/codes.csv").status_code in (302, 401)
    _as(client, "coord@example.nhs.uk")
    assert client.get("/exports/codes.csv").status_code == 404
    assert client.get("/exports/codes.fhir.json").status_code == 404


def test_admin_exports_everything_or_one_practice_since_a_date(two_practices, client):
    _as(client, "admin@example.nhs.uk")
    every = client.get("/exports/codes.csv").get_data(as_text=True)
    assert every.count("\r\n") == 5 and "F80001" in every
    one = client.get("/exports/codes.csv?practice=F80001").get_data(as_text=True)
    assert one.count("\r\n") == 2 and "N80000" not in one
    later = client.get("/exports/codes.csv?since=2026-11-24").get_data(as_text=True)
    assert later.count("\r\n") == 2 and "183948000" in later
    assert client.get("/exports/codes.csv?practice=Z99999").status_code == 404
    bad = client.get("/exports/codes.fhir.json?since=24/13/2026")
    assert bad.status_code == 400 and b"use YYYY-MM-DD" in bad.data


def test_fhir_page_with_no_events_is_an_empty_valid_bundle(two_practices, client):
    _as(client, "gp@example.nhs.uk")
    page = client.get("/exports/codes.fhir.json?since=2030-01-01")
    assert page.status_code == 200
    raw = json.loads(page.get_data(as_text=True))
    assert raw["type"] == "collection" and "entry" not in raw
    assert bundle_model(page.get_data(as_text=True)).entry is None
