"""The demo shows the pathway at once, whatever the hour; the real send window stays elsewhere."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import time_machine
from sqlalchemy import func, select

from assistant import clock
from assistant.db import db
from assistant.demo import refresh_any_hour
from assistant.imports import import_cohort, import_practices
from assistant.models import Attempt, AttemptState, DemoMark, Direction, Message
from tests import factories
from tests.conftest import make_app

SATURDAY_EVENING = datetime(2026, 11, 28, 19, 30, tzinfo=UTC)


def _demo_app(tmp_path, **overrides):
    return make_app(f"sqlite:///{tmp_path / 'instance' / 'assistant.sqlite3'}", tmp_path,
                    **overrides)


def test_after_assistant_demo_alone_the_first_texts_are_on_the_demo_phones(tmp_path):
    app = _demo_app(tmp_path, TWILIO_AUTH_TOKEN="")
    with time_machine.travel(SATURDAY_EVENING, tick=True):
        result = app.test_cli_runner().invoke(args=["demo"])
        assert result.exit_code == 0, result.output
        texts = int(re.search(r"First contacts made now: (\d+) texts", result.stdout).group(1))
        assert texts == 29  # every sample household with a mobile
        number = re.search(r"/sandbox/phone\?number=(\S+)", result.stdout).group(1)
        password = re.search(r"password: (\S+)", result.stdout).group(1)
        client = app.test_client()
        factories.login(client, "demo@example.nhs.uk", password)
        page = client.get(f"/sandbox/phone?number={number}").get_data(as_text=True)
    assert "Book at https://imms.test/b/" in page
    assert "To this phone" in page and "(sms, delivered)" in page
    with app.app_context():
        sent = db.session.scalars(select(Message).where(
            Message.direction == Direction.OUTBOUND, Message.channel == "sms")).all()
        # Final statuses already: the sandbox's pretend landlines (…13) fail as Twilio's would.
        assert len(sent) == texts
        assert {m.status for m in sent} <= {"delivered", "undelivered"}
        assert db.session.scalar(select(func.count(DemoMark.id))) == 1
        db.session.remove()


def test_a_sandbox_database_the_demo_did_not_make_keeps_the_send_window(app, shared_data):
    import_practices(shared_data / "practices.csv")
    import_cohort(shared_data / "cohort.csv")
    db.session.commit()
    with time_machine.travel(SATURDAY_EVENING, tick=False):
        result = app.test_cli_runner().invoke(args=["tick"])
        assert not clock.in_send_window(clock.now())
    assert "next send window opens Monday 30 November at 09:00" in result.stderr
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Message.id))) == 0
    assert db.session.scalar(select(func.count(Attempt.id)).where(
        Attempt.state == AttemptState.MADE)) == 0


def test_only_the_sandbox_sends_at_any_hour_even_on_a_demo_database(app):
    db.session.add(DemoMark(created_at=clock.now()))
    db.session.commit()
    assert refresh_any_hour() is True
    with time_machine.travel(SATURDAY_EVENING, tick=False):
        assert clock.in_send_window(clock.now())
        app.config["CHANNELS"] = "twilio"
        assert refresh_any_hour() is False
        assert not clock.in_send_window(clock.now())
        assert clock.next_send_time(clock.now()) == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
