"""``assistant report`` without ``--year``: the standing counts alone, coded outcomes
included (the year-end figures are read in the same pass only when a year is asked)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import text

from assistant import clock
from assistant.db import db
from assistant.records import codes, reports
from tests import factories


def test_referred_and_exception_reported_are_counted_without_a_year(app, runner):
    a = factories.practice("N80000")
    evans = factories.household(a, children=2, family_name="Evans", mobile="+447700900041")
    at = clock.from_local(datetime(2026, 6, 1, 10))
    codes.record(db.session, evans.children[0], codes.Event.REFUSED, at=at, free_text="no")
    codes.record(db.session, evans.children[0], codes.Event.DECLINED_AFTER_COORDINATOR,
                 at=at, free_text="no")  # one child, two exception codes: counted once
    codes.record(db.session, evans.children[1], codes.Event.REFERRED, at=at, free_text="")
    db.session.commit()
    result = runner.invoke(args=["report", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    for figures in (counts["total"], counts["practices"]["N80000"]):
        assert figures["exception_reported"] == 1 and figures["referred"] == 1
        assert "year_end" not in figures
    assert "year" not in counts
    text = runner.invoke(args=["report"])
    assert text.exit_code == 0 and "referred 1, exception reported 1" in text.output


def test_the_report_sorts_in_memory_and_puts_work_mem_back_on_postgresql(pg_app, monkeypatch):
    """The report's sorts get SORT_MEMORY (at the default they spill to disk at 100,000
    children); the transaction goes on with the setting it had."""
    factories.household(factories.practice("N80000"), children=1)
    db.session.commit()
    before = db.session.scalar(text("SHOW work_mem"))
    fill, during = reports._fill, []

    def watched_fill(*args):
        during.append(db.session.scalar(text("SHOW work_mem")))
        fill(*args)

    monkeypatch.setattr(reports, "_fill", watched_fill)
    assert reports.report(db.session, None, 2026)["total"]["cohort"] == 1
    assert during == [reports.SORT_MEMORY] != [before]
    assert db.session.scalar(text("SHOW work_mem")) == before
