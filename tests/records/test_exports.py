"""``assistant export-codes``: the FHIR R4 Bundle and the CSV carry the same events."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime, timedelta

import pytest

from assistant import clock
from assistant.db import db
from assistant.records import codes, exports
from tests import factories


def _monday() -> datetime:
    return clock.from_local(datetime(2026, 11, 23, 9, 0))


def bundle_model(text: str):
    """The Bundle parsed and validated by ``fhir.resources`` (R4B)."""
    if os.environ.get("REQUIRE_POSTGRES"):  # CI installs the test extras: never skip there
        from fhir.resources.R4B.bundle import Bundle
    else:
        Bundle = pytest.importorskip("fhir.resources.R4B.bundle").Bundle
    return Bundle.model_validate_json(text)


def _two_practices_with_codes():
    a, b = factories.practice("N80000"), factories.practice("F80001", name="Lodge Lane")
    at = _monday()
    twins = factories.household(a, children=2, mobile=None, family_name="Evans")
    other = factories.household(b, mobile=None, family_name="Khan").children[0]
    for child in twins.children:
        codes.record(db.session, child, codes.Event.ATTEMPT_1, at=at, free_text="Letter posted")
    codes.record(db.session, twins.children[0], codes.Event.REFUSED,
                 at=at + timedelta(days=3), free_text='=SUM(A1) "we do not vaccinate"')
    codes.record(db.session, other, codes.Event.ATTEMPT_1, at=at + timedelta(hours=1),
                 free_text="")
    db.session.commit()
    return twins, other


def _csv(runner, *args: str) -> list[dict[str, str]]:
    result = runner.invoke(args=["export-codes", *args])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _fhir(runner, *args: str) -> tuple[dict, object]:
    result = runner.invoke(args=["export-codes", "--format", "fhir", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), bundle_model(result.stdout)


def test_fhir_bundle_validates_and_carries_the_csv_figures(app, runner):
    twins, other = _two_practices_with_codes()
    raw, model = _fhir(runner)
    assert model.type == "collection"
    resources = [e["resource"] for e in raw["entry"]]
    patients = [r for r in resources if r["resourceType"] == "Patient"]
    observations = [r for r in resources if r["resourceType"] == "Observation"]
    assert sorted(p["identifier"][0]["value"] for p in patients) == sorted(
        c.nhs_number for c in [*twins.children, other])
    assert {p["identifier"][0]["system"] for p in patients} == {exports.NHS_NUMBER_SYSTEM}
    by_ref = {f"urn:uuid:{p['id']}": p["identifier"][0]["value"] for p in patients}
    # The same events with the same figures as the CSV (whose free text is neutralised).
    from_fhir = sorted(
        (by_ref[o["subject"]["reference"]], o["effectiveDateTime"],
         o["code"]["coding"][0]["code"], o["code"]["coding"][0]["display"],
         o["note"][0]["text"] if "note" in o else "",
         o["performer"][0]["identifier"]["value"]) for o in observations)
    from_csv = sorted(
        (r["nhs_number"], r["date_time"], r["snomed_code"], r["term"],
         r["free_text"].removeprefix("'"), r["practice_ods_code"]) for r in _csv(runner))
    assert from_fhir == from_csv and len(from_fhir) == 4
    refusal = next(o for o in observations if o["code"]["coding"][0]["code"] == "183948000")
    assert refusal["status"] == "final"
    assert refusal["code"]["coding"][0]["system"] == "http://snomed.info/sct"
    assert refusal["effectiveDateTime"] == "2026-11-26T09:00:00+00:00"
    assert refusal["note"] == [{"text": '=SUM(A1) "we do not vaccinate"'}]
    assert refusal["performer"][0]["identifier"] == {
        "system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "N80000"}
    # Every Observation's subject is a Patient in the Bundle, written before it.
    seen: set[str] = set()
    for entry in raw["entry"]:
        if entry["resource"]["resourceType"] == "Patient":
            seen.add(entry["fullUrl"])
        else:
            assert entry["resource"]["subject"]["reference"] in seen


def test_fhir_for_one_practice_has_only_its_own_children(app, runner):
    _twins, other = _two_practices_with_codes()
    raw, _ = _fhir(runner, "--practice", "f80001", "--since", "2026-11-23")
    resources = [e["resource"] for e in raw["entry"]]
    assert [r["resourceType"] for r in resources] == ["Patient", "Observation"]
    assert resources[0]["identifier"][0]["value"] == other.nhs_number
    assert "note" not in resources[1]  # no free text: no empty Annotation


def test_fhir_export_with_no_events_is_an_empty_valid_bundle(app, runner):
    factories.practice()
    db.session.commit()
    result = runner.invoke(args=["export-codes", "--format", "fhir"])
    assert result.exit_code == 0, result.output
    raw = json.loads(result.stdout)
    assert raw["resourceType"] == "Bundle" and raw["type"] == "collection"
    assert "entry" not in raw
    assert bundle_model(result.stdout).entry is None
    assert "0 coded events exported" in result.stderr
    since = runner.invoke(args=["export-codes", "--format", "fhir", "--since", "2030-01-01"])
    assert since.exit_code == 0 and "entry" not in json.loads(since.stdout)


def test_fhir_is_written_in_pieces_as_the_events_arrive():
    """Flat memory: no piece grows with the number of events (the bench measures RSS)."""
    def many():
        for n in range(20_000):
            yield exports.Row(n, f"99900{n // 3:05d}", "2026-11-23T09:00:00+00:00",
                              "185559001", "Child Imms – 1st call", "Letter posted", "N80000")
    sizes = []
    text = io.StringIO()
    for piece in exports.fhir_chunks(many()):
        sizes.append(len(piece))
        text.write(piece)
    assert len(sizes) > 20 and max(sizes) < 1_000_000
    raw = json.loads(text.getvalue())
    kinds = [e["resource"]["resourceType"] for e in raw["entry"]]
    assert kinds.count("Observation") == 20_000 and kinds.count("Patient") == 6667
