"""The small commands: create-user, report, tick."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime

from sqlalchemy import select

from assistant.db import db
from assistant.models import Role, User
from tests import factories


def test_create_user_hashes_the_password(runner):
    result = runner.invoke(args=["create-user", "Coord@Example.NHS.uk", "--role", "coordinator",
                                 "--password", "a long enough password"])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User))
    assert user.email == "coord@example.nhs.uk"
    assert user.role is Role.COORDINATOR
    assert "a long enough password" not in user.password_hash
    assert user.check_password("a long enough password")


def test_practice_user_needs_a_known_practice(runner):
    result = runner.invoke(args=["create-user", "p@example.nhs.uk", "--role", "practice",
                                 "--password", "a long enough password"])
    assert result.exit_code == 2
    assert "needs --practice" in result.output
    result = runner.invoke(args=["create-user", "p@example.nhs.uk", "--role", "practice",
                                 "--practice", "Z99999", "--password", "a long enough password"])
    assert result.exit_code == 2
    assert "no practice with ODS code" in result.output


def test_report_json_has_every_count_at_zero_before_anything_happens(runner):
    factories.practice("N80000")
    db.session.commit()
    result = runner.invoke(args=["report", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    for figures in (counts["total"], counts["practices"]["N80000"]):
        assert figures["cohort"] == 0 and figures["households"] == 0
        assert figures["attempts"] == {"1": 0, "2": 0, "3": 0}
        assert set(figures["replies"]) >= {"agree", "hesitant", "refused", "unclear"}
        for key in ("referred", "exception_reported", "no_contact", "booked", "attended"):
            assert figures[key] == 0


def test_report_counts_children_per_practice_and_in_total(runner):
    a = factories.practice("N80000")
    b = factories.practice("F80001", name="Lodge Lane")
    factories.household(a, children=2, mobile="+447700900021")
    factories.household(b, children=3, mobile="+447700900022", family_name="Khan")
    db.session.commit()
    counts = json.loads(runner.invoke(args=["report", "--json"]).stdout)
    assert counts["practices"]["N80000"]["cohort"] == 2
    assert counts["practices"]["F80001"]["cohort"] == 3
    assert counts["total"]["cohort"] == 5
    assert counts["total"]["households"] == 2
    one = json.loads(runner.invoke(args=["report", "--json", "--practice", "f80001"]).stdout)
    assert list(one["practices"]) == ["F80001"] and one["total"]["cohort"] == 3


def test_report_for_unknown_practice_is_a_usage_error(runner):
    result = runner.invoke(args=["report", "--practice", "Z99999"])
    assert result.exit_code == 2


def test_tick_with_nothing_due_says_so(runner):
    result = runner.invoke(args=["tick", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {}


def test_create_user_reads_the_password_from_standard_input(runner):
    result = runner.invoke(args=["create-user", "a@example.nhs.uk", "--role", "admin",
                                 "--password-stdin"], input="from stdin 12345\n")
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(User)).check_password("from stdin 12345")


def test_create_user_reads_the_password_from_the_environment(runner):
    result = runner.invoke(args=["create-user", "a@example.nhs.uk", "--role", "admin"],
                           env={"ASSISTANT_PASSWORD": "from the env 123"})
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(User)).check_password("from the env 123")


def test_create_user_without_a_terminal_or_password_says_how_to_give_one(runner):
    result = runner.invoke(args=["create-user", "a@example.nhs.uk", "--role", "admin"],
                           env={"ASSISTANT_PASSWORD": ""})
    assert result.exit_code == 2
    assert "--password-stdin" in result.output and "ASSISTANT_PASSWORD" in result.output
    assert db.session.scalar(select(User)) is None


def test_tick_outside_the_send_window_says_when_it_next_opens(runner):
    import time_machine

    saturday_evening = datetime(2026, 11, 28, 19, 0, tzinfo=UTC)
    with time_machine.travel(saturday_evening, tick=False):
        result = runner.invoke(args=["tick"])
    assert result.exit_code == 0
    assert "Nothing was due." in result.stderr
    assert "next send window opens Monday 30 November at 09:00" in result.stderr


def test_run_on_a_port_in_use_names_the_port_option(runner):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(args=["run", "--port", str(port)], env={"SCHEDULER": "off"})
    assert result.exit_code == 2
    assert f"port {port} is already in use" in result.stderr
    assert f"--port {port + 1}" in result.stderr and "Serving on" not in result.stderr
