"""``assistant export-codes``, ``record-attempt`` and ``tick`` for the attempts."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import Attempt, AttemptState, Means
from assistant.records import codes
from tests import factories
from tests.attempts.helpers import attempts_of, codes_of, local, schedule, tick

MONDAY = local(2026, 11, 23, 9, 0)
JUNE = local(2026, 6, 1, 9, 0)  # British Summer Time


def _rows(result) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_export_codes_gives_each_childs_coded_attempt_in_local_time(app, runner, fake_channel):
    practice = factories.practice()
    for moment in (JUNE, MONDAY):
        with time_machine.travel(moment, tick=False):
            household = factories.household(practice, children=2, family_name=str(moment.month),
                                            mobile=None if moment == JUNE else "+447700900401")
            schedule(household, now=moment)
            tick(moment)
    result = runner.invoke(args=["export-codes"])
    rows = _rows(result)
    assert list(rows[0]) == ["nhs_number", "date_time", "snomed_code", "term", "free_text",
                             "practice_ods_code"]
    # June: the first letter; 23 November: the text, and the June household's second letter.
    assert len(rows) == 6
    summer = rows[0]
    winter = next(r for r in rows if r["free_text"].startswith("SMS"))
    assert summer["date_time"] == "2026-06-01T09:00:00+01:00"  # a letter, in the June batch
    assert summer["free_text"] == "Letter posted"
    assert winter["date_time"] == "2026-11-23T09:00:00+00:00"
    assert winter["snomed_code"] == "185559001" and winter["term"] == "Child Imms – 1st call"
    assert winter["free_text"] == "SMS sent to 07700 900401"
    assert {r["practice_ods_code"] for r in rows} == {"N80000"}
    assert "6 coded events exported" in result.stderr


def test_export_codes_filters_by_practice_and_date(app, runner):
    a, b = factories.practice("N80000"), factories.practice("F80001", name="Lodge Lane")
    for practice, moment in ((a, MONDAY), (b, MONDAY + timedelta(days=3))):
        child = factories.household(practice, mobile=None, family_name=practice.ods_code
                                    ).children[0]
        codes.record(db.session, child, codes.Event.ATTEMPT_1, at=moment, free_text="x")
    db.session.commit()
    assert len(_rows(runner.invoke(args=["export-codes", "--practice", "f80001"]))) == 1
    assert len(_rows(runner.invoke(args=["export-codes", "--since", "26/11/2026"]))) == 1
    assert len(_rows(runner.invoke(args=["export-codes", "--since", "2026-11-23"]))) == 2


def test_export_codes_neutralises_cells_a_spreadsheet_would_run(app, runner):
    child = factories.household(mobile=None).children[0]
    codes.record(db.session, child, codes.Event.ATTEMPT_1, at=MONDAY,
                  free_text="=HYPERLINK(\"http://evil\")")
    db.session.commit()
    [row] = _rows(runner.invoke(args=["export-codes"]))
    assert row["free_text"] == "'=HYPERLINK(\"http://evil\")"


def test_export_codes_refuses_bad_input_in_plain_words(app, runner):
    factories.practice()
    db.session.commit()
    fhir = runner.invoke(args=["export-codes", "--format", "xml"])
    assert fhir.exit_code == 2
    bad_date = runner.invoke(args=["export-codes", "--since", "11/31/2026"])
    assert bad_date.exit_code == 2 and "use YYYY-MM-DD or DD/MM/YYYY" in bad_date.output
    unknown = runner.invoke(args=["export-codes", "--practice", "Z99999"])
    assert unknown.exit_code == 2 and "no practice with ODS code" in unknown.output
    assert "Traceback" not in fhir.output + bad_date.output + unknown.output


def test_a_home_visit_recorded_by_staff_counts_and_is_coded_like_the_rest(
        app, runner, fake_channel):
    with time_machine.travel(MONDAY, tick=False):
        household = factories.household(children=2, mobile="+447700900402")
        schedule(household, now=MONDAY)
        tick(MONDAY)
        nhs = household.children[1].nhs_number
        result = runner.invoke(args=["record-attempt", nhs, "--means", "home_visit",
                                     "--outcome", "no one in", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"household": household.id, "attempt": 2,
                                         "means": "home_visit", "coded_children": 2}
    made = attempts_of(household, AttemptState.MADE)
    assert [(a.number, a.means) for a in made] == [(1, Means.SMS), (2, Means.HOME_VISIT)]
    cancelled = [a for a in attempts_of(household) if a.state is AttemptState.CANCELLED]
    assert cancelled[0].cancel_reason == "replaced by an attempt staff made"
    assert {c.free_text for c in codes_of(household) if c.snomed_code == "185560006"} == {
        "Home visit, no one in"}
    third = [a for a in attempts_of(household) if a.state is AttemptState.SCHEDULED]
    assert third[0].number == 3 and third[0].means is Means.CALL  # a visit is not a call


def test_a_fourth_attempt_or_an_unknown_family_is_refused(app, runner):
    household = factories.household(mobile=None)
    db.session.commit()
    for _ in range(3):
        ok = runner.invoke(args=["record-attempt", str(household.id), "--means", "staff_call",
                                 "--outcome", "no answer"])
        assert ok.exit_code == 0, ok.output
    fourth = runner.invoke(args=["record-attempt", str(household.id), "--means", "staff_call",
                                 "--outcome", "no answer"])
    assert fourth.exit_code == 2 and "already had three attempts" in fourth.output
    unknown = runner.invoke(args=["record-attempt", "9999999999", "--means", "home_visit",
                                  "--outcome", "x"])
    assert unknown.exit_code == 2 and "no child with that NHS number" in unknown.output
    future = runner.invoke(args=["record-attempt", str(household.id), "--means", "home_visit",
                                 "--outcome", "x", "--at", "2999-01-01T10:00"])
    assert future.exit_code == 2 and "future" in future.output


def test_tick_prints_what_it_did(app, runner, fake_channel):
    with time_machine.travel(MONDAY, tick=False):
        household = factories.household(children=1)
        schedule(household, now=MONDAY)
        result = runner.invoke(args=["tick"])
    assert result.exit_code in (0, 1), result.output
    assert "texts_sent: 1" in result.output
    db.session.expire_all()
    assert db.session.scalar(select(Attempt.state).where(
        Attempt.number == 1)) is AttemptState.MADE
