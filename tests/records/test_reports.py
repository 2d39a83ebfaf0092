"""``assistant report --year``: the year-end counts, and which texts count as replies."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from assistant import clock
from assistant.db import db
from assistant.models import Direction, HouseholdStatus, Message
from assistant.records import codes
from assistant.records.reports import current_service_year, service_year
from tests import factories


def _at(*parts: int) -> datetime:
    return clock.from_local(datetime(*parts))


def _report(runner, *args: str) -> dict:
    result = runner.invoke(args=["report", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_service_year_runs_from_1_april_to_31_march_local_time():
    start, end = service_year(2026)
    assert clock.local(start).isoformat() == "2026-04-01T00:00:00+01:00"
    assert clock.local(end).isoformat() == "2027-04-01T00:00:00+01:00"
    assert current_service_year(datetime(2027, 3, 31).date()) == 2026
    assert current_service_year(datetime(2027, 4, 1).date()) == 2027


def test_a_year_with_no_activity_gives_zeros(app, runner):
    factories.household(factories.practice("N80000"), children=2)
    db.session.commit()
    counts = _report(runner, "--year", "2019")
    assert counts["year"] == {"year": 2019, "start": "2019-04-01", "end": "2020-03-31"}
    for figures in (counts["total"], counts["practices"]["N80000"]):
        assert figures["year_end"] == {"exception_reported_refused": 0,
                                       "exception_reported_declined": 0,
                                       "no_contact": 0, "referred": 0}
        assert figures["no_longer_due"] == 0
    assert counts["total"]["cohort"] == 2  # the standing counts are still there
    text = runner.invoke(args=["report", "--year", "2019"])
    assert text.exit_code == 0 and "Service year 1 April 2019 to 31 March 2020" in text.output


@pytest.mark.parametrize("bad", ["twenty", "26", "2026/27", "1850", "2026.5", ""])
def test_year_that_is_not_a_year_exits_2_with_a_sentence(app, runner, bad):
    result = runner.invoke(args=["report", "--year", bad])
    assert result.exit_code == 2
    assert "is not a year" in result.output and "1 April" in result.output
    assert "Traceback" not in result.output


def test_year_end_counts_children_per_practice_and_in_total(app, runner):
    a, b = factories.practice("N80000"), factories.practice("F80001", name="Lodge Lane")
    evans = factories.household(a, children=2, family_name="Evans", mobile="+447700900031")
    khan = factories.household(b, children=1, family_name="Khan", mobile="+447700900032")
    lost = factories.household(b, children=2, family_name="Lost", mobile="+447700900033")
    ava, ben = evans.children
    for child in (ava, ben):  # both refused, one of them twice: counted once
        codes.record(db.session, child, codes.Event.REFUSED, at=_at(2026, 5, 1, 10),
                     free_text="Text: we do not vaccinate")
    codes.record(db.session, ava, codes.Event.REFUSED, at=_at(2026, 6, 1, 10), free_text="")
    codes.record(db.session, khan.children[0], codes.Event.REFERRED, at=_at(2027, 3, 31, 23),
                 free_text="Referred")
    codes.record(db.session, khan.children[0], codes.Event.DECLINED_AFTER_COORDINATOR,
                 at=_at(2027, 4, 1, 0), free_text="next year")  # the next year's
    codes.record(db.session, ben, codes.Event.REFERRED, at=_at(2026, 3, 31, 23),
                 free_text="last year's")
    lost.status = HouseholdStatus.UNREACHABLE
    lost.status_changed_at = _at(2026, 9, 1, 12)
    db.session.commit()
    counts = _report(runner, "--year", "2026")
    assert counts["practices"]["N80000"]["year_end"] == {
        "exception_reported_refused": 2, "exception_reported_declined": 0,
        "no_contact": 0, "referred": 0}
    assert counts["practices"]["F80001"]["year_end"] == {
        "exception_reported_refused": 0, "exception_reported_declined": 0,
        "no_contact": 2, "referred": 1}
    assert counts["total"]["year_end"] == {
        "exception_reported_refused": 2, "exception_reported_declined": 0,
        "no_contact": 2, "referred": 1}
    assert _report(runner, "--year", "2027")["total"]["year_end"][
        "exception_reported_declined"] == 1
    one = _report(runner, "--year", "2026", "--practice", "n80000")
    assert list(one["practices"]) == ["N80000"]
    assert one["total"]["year_end"]["exception_reported_refused"] == 2


def test_slot_picks_confirmations_and_keywords_are_not_reply_labels(app, runner):
    household = factories.household(children=2, mobile="+447700900041")
    start = clock.now() - timedelta(days=1)
    for n, (channel, body, label) in enumerate([
        ("sms", "Yes please, after school", "agree"),
        ("sms", "1", "unclear"), ("sms", " 2. ", "unclear"), ("sms", "CONFIRM", "refused"),
        ("sms", "Stop", "opt_out"), ("sms", "HELP!", "unclear"), ("sms", "change", "unclear"),
        ("voice", "pressed 3", "unclear"),            # a slot read out on the call, picked
        ("voice", "pressed 2", "hesitant"),           # the menu's "speak to someone"
        ("sms", "who is this", "unclear"),
    ]):
        db.session.add(Message(household_id=household.id, direction=Direction.INBOUND,
                               channel=channel, body=body, label=label,
                               created_at=start + timedelta(minutes=n)))
    db.session.commit()
    total = _report(runner)["total"]
    assert total["replies"]["agree"] == 2  # two children, one family's yes
    assert total["replies"]["hesitant"] == 2
    assert total["replies"]["unclear"] == 2  # "who is this" only
    assert total["replies"]["refused"] == 0 and total["replies"]["opt_out"] == 0
    assert total["replied"] == 2
