"""The reply readers visible to people: the report's "Reply readers" figures (page and
JSON, scoped to the user's practice) and the queue's warning when the rules read alone."""

from __future__ import annotations

import json
import re

import pytest

from assistant.db import db
from assistant.models import Direction, Message, Role
from assistant.scripts import labels_model
from tests import factories

PASSWORD = "correct horse battery"


@pytest.fixture
def fresh_reader():
    """A reader loaded anew by the test and forgotten after it (the next loads the real one)."""
    labels_model.reset()
    yield
    labels_model.reset()


def said(household, label: str, rules: str | None, model: str | None, body: str = "words"):
    db.session.add(Message(household_id=household.id, direction=Direction.INBOUND,
                           channel="sms", body=body, label=label, rules_label=rules,
                           model_label=model))


@pytest.fixture
def replies(app):
    """Ours (N80000): 4 replies read, 1 by the rules alone, 2 differed; theirs (F80001):
    1 reply read, the readers differed; a family at both practices has one reply."""
    a, b = factories.practice("N80000"), factories.practice("F80001", name="Lodge Lane")
    ours = factories.household(a, children=1, family_name="Evans", mobile="+447700900051")
    theirs = factories.household(b, children=1, family_name="Khan", mobile="+447700900052")
    both = factories.household(a, children=1, family_name="Shah", mobile="+447700900053")
    factories.child(both, given_name="Zara", practice_id=b.id)
    said(ours, "agree", "agree", "agree")
    said(ours, "hesitant", "agree", "hesitant")         # differed: the rules overruled
    said(ours, "moved_away", "hesitant", "moved_away")  # differed: the rules overruled
    said(ours, "refused", "refused", None)              # the rules alone
    said(ours, "unclear", "unclear", "agree", body="1")  # a slot pick: not a reply
    said(ours, "unclear", None, None)                   # a key press: read by neither
    said(theirs, "hesitant", "refused", "hesitant")     # differed: the rules overruled
    said(both, "hesitant", "agree", "agree")            # both overruled (not sure enough)
    factories.user("gp@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    factories.user("coord@example.nhs.uk", role=Role.COORDINATOR)
    db.session.commit()
    return a, b


def _as(client, email: str):
    assert factories.login(client, email, PASSWORD).status_code in (302, 303)
    return client


def _readers(html: str, row: str) -> list[int]:
    return [int(n) for n in re.findall(rf'id="readers-{row}-\w+">(\d+)<', html)]


def test_the_report_shows_a_practice_user_their_own_replies_readers(replies, client):
    html = _as(client, "gp@example.nhs.uk").get("/reports").get_data(as_text=True)
    assert "Reply readers" in html
    # read, rules alone, differed, rules overruled, model overruled
    assert _readers(html, "N80000") == [5, 1, 2, 3, 1]
    assert _readers(html, "F80001") == [] and _readers(html, "total") == []


def test_the_report_shows_the_team_every_practice_and_each_reply_once_in_total(replies,
                                                                                client):
    html = _as(client, "coord@example.nhs.uk").get("/reports").get_data(as_text=True)
    assert _readers(html, "N80000") == [5, 1, 2, 3, 1]
    assert _readers(html, "F80001") == [2, 0, 1, 2, 1]  # the Shahs' Zara is at Lodge Lane
    assert _readers(html, "total") == [6, 1, 3, 4, 1]


def test_the_report_json_adds_the_readers_and_keeps_every_count(replies, runner):
    result = runner.invoke(args=["report", "--json", "--practice", "N80000"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts["practices"]["N80000"]["readers"] == {
        "read": 5, "rules_alone": 1, "readers_differed": 2, "rules_overruled": 3,
        "model_overruled": 1}
    for key in ("cohort", "households", "no_longer_due", "attempts", "replies", "referred",
                "exception_reported", "no_contact", "booked", "attended"):
        assert key in counts["total"]
    assert counts["total"]["readers"] == counts["practices"]["N80000"]["readers"]


def test_the_queue_warns_when_the_model_reader_cannot_load(fresh_reader, monkeypatch, app,
                                                           client):
    factories.user("coord@example.nhs.uk", role=Role.COORDINATOR)
    db.session.commit()
    monkeypatch.setattr(labels_model, "PINNED_VERSION", "9.9.9")
    html = _as(client, "coord@example.nhs.uk").get("/coordinator/").get_data(as_text=True)
    callout = re.search(r'<div class="nhsuk-warning-callout" id="rules-alone">(.*?)</div>',
                        html, re.S)
    assert callout, "no warning"
    assert "Replies are being read by the rules alone" in callout.group(1)
    assert "9.9.9" in callout.group(1) and "more\n    replies come to a person" in callout.group(1)


def test_the_queue_warns_when_the_latest_reply_was_read_by_the_rules_alone(app, client):
    a = factories.practice("N80000")
    family = factories.household(a, children=1, family_name="Evans", mobile="+447700900051")
    factories.user("gp@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    said(family, "agree", "agree", "agree")
    db.session.commit()
    _as(client, "gp@example.nhs.uk")
    assert 'id="rules-alone"' not in client.get("/coordinator/").get_data(as_text=True)
    said(family, "refused", "refused", None)  # the worker's model reader was down
    db.session.commit()
    html = client.get("/coordinator/").get_data(as_text=True)
    assert 'id="rules-alone"' in html and "worker" in html
    said(family, "agree", "agree", "agree")  # and is back
    db.session.commit()
    assert 'id="rules-alone"' not in client.get("/coordinator/").get_data(as_text=True)
