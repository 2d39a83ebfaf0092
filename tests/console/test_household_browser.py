"""A coordinator in a real browser: queue, a family, take over, and a reply arriving live."""

from __future__ import annotations

import time_machine

from assistant import clock
from assistant.console import household as household_page
from assistant.conversation import handover
from assistant.db import db
from assistant.models import Direction, Household, Message, TaskKind
from assistant.records.tasks import raise_task
from tests import factories
from tests.booking.helpers import at
from tests.browser import PHONE, chromium_page, sign_in

NOW = at("2026-11-17T10:00")


def test_a_coordinator_takes_a_family_over_from_the_queue_and_sees_a_reply_arrive(
        app, served, monkeypatch):
    monkeypatch.setattr(household_page, "POLL_SECONDS", 2)  # the page's 10 s, for a test
    with time_machine.travel(NOW, tick=False):
        h = factories.household(family_name="Kowalski", mobile="+447700900596", children=2)
        handover.refer(db.session, h, clock.now(), why="hesitant: has questions")
        other = factories.household(h.practice, family_name="Nowak", mobile="+447700900597")
        factories.user("coord@example.nhs.uk")
        rival = factories.user("rival@example.nhs.uk")
        db.session.commit()
        household_id, other_id = h.id, other.id
    problems: list[str] = []
    with time_machine.travel(NOW, tick=False), chromium_page(viewport=PHONE) as page:
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        sign_in(page, served, "coord@example.nhs.uk")
        page.goto(f"{served}/coordinator/")
        page.click("a:has-text('Kowalski family')")
        page.wait_for_url(f"{served}/households/{household_id}")
        assert "Nobody" in page.locator("#holder").inner_text()
        page.click("button:has-text('Take over')")
        page.wait_for_url(f"{served}/households/{household_id}")
        assert "coord@example.nhs.uk" in page.locator("#holder").inner_text()
        assert page.locator("button:has-text('Hand back')").count() == 1
        assert page.locator("button:has-text('Take over')").count() == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        # The family texts while the page is open: it shows up without a reload.
        db.session.add(Message(household_id=household_id, direction=Direction.INBOUND,
                               channel="sms", body="<b>can we talk</b> first?",
                               status=handover.HELD_FOR_PERSON, from_number="+447700900596"))
        db.session.commit()
        arrived = page.locator("#timeline li.timeline__entry--new")
        arrived.first.wait_for(timeout=20_000)
        assert "<b>can we talk</b> first?" in arrived.first.inner_text()
        assert page.locator("#timeline b").count() == 0  # shown as text, not markup
        # Someone else takes a second family over while its page is open here.
        page.goto(f"{served}/households/{other_id}")
        assert page.locator("button:has-text('Take over')").count() == 1
        handover.take_over(db.session, other_id, rival, clock.now())
        db.session.commit()
        page.locator("#holder:has-text('rival@example.nhs.uk')").wait_for(timeout=20_000)
        assert page.locator("button:has-text('Take over')").count() == 0
    assert problems == []
    db.session.expire_all()
    assert db.session.get(Household, household_id).held_by.email == "coord@example.nhs.uk"


def test_handing_back_in_a_browser_closes_the_follow_up_it_had(app, served):
    """H205 as a coordinator meets it: after "Hand back" the follow-up is gone from /tasks
    and the family's timeline says why."""
    with time_machine.travel(NOW, tick=False):
        h = factories.household(family_name="Osei", mobile="+447700900598")
        coordinator = factories.user("coord@example.nhs.uk")
        db.session.commit()
        handover.take_over(db.session, h.id, coordinator, clock.now())
        raise_task(db.session, TaskKind.FOLLOW_UP, "Follow up with the Osei family on Tue",
                   household=h, due_at=at("2026-11-24T09:00"), assigned_to_id=coordinator.id)
        db.session.commit()
        household_id = h.id
    problems: list[str] = []
    with time_machine.travel(NOW, tick=False), chromium_page(viewport=PHONE) as page:
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        sign_in(page, served, "coord@example.nhs.uk")
        page.goto(f"{served}/tasks")
        assert "Follow up with the Osei family" in page.content()
        page.goto(f"{served}/households/{household_id}")
        page.click("button:has-text('Hand back')")
        page.wait_for_url(f"{served}/households/{household_id}")
        assert "Follow-up closed: the hold ended" in page.locator("#timeline").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.goto(f"{served}/tasks")
        assert "Follow up with the Osei family" not in page.content()
    assert problems == []
    db.session.expire_all()
    assert db.session.get(Household, household_id).held_by_id is None
