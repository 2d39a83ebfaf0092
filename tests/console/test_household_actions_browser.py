"""The holder's forms in a real browser at 375 px: the text counter as you type, a text
sent, a call recorded, and the family booked, each answered on the household page."""

from __future__ import annotations

import time_machine
from sqlalchemy import select

from assistant.conversation import handover
from assistant.db import db
from assistant.models import Booking, Household, HouseholdStatus, Message, Task, TaskKind
from assistant.records import codes
from tests import factories
from tests.booking.helpers import NOW, slot_at
from tests.browser import PHONE, chromium_page, sign_in


def test_the_holder_texts_records_a_call_and_books_the_family_in_a_browser(
        app, served, tmp_path):
    with time_machine.travel(NOW, tick=False):
        practice = factories.practice()
        h = factories.household(practice, family_name="Kowalski", mobile="+447700900596",
                                children=2)
        slots = [slot_at(practice, "2026-11-18T10:00"), slot_at(practice, "2026-11-18T10:15")]
        coordinator = factories.user("coord@example.nhs.uk")
        db.session.commit()
        handover.take_over(db.session, h.id, coordinator, NOW)
        db.session.commit()
        household_id = h.id
    problems: list[str] = []
    with time_machine.travel(NOW, tick=False), chromium_page(viewport=PHONE) as page:
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        sign_in(page, served, "coord@example.nhs.uk")
        url = f"{served}/households/{household_id}"
        page.goto(url)
        # The counter follows the typing: one emoji makes the whole text UCS-2.
        page.fill("#action-body", "Hello from the immunisation team")
        assert page.locator("#action-body-count").inner_text() == \
            "32 characters, 1 text (GSM-7)"
        page.fill("#action-body", "Hello 🙂 " + "x" * 70)
        assert "2 texts (UCS-2)" in page.locator("#action-body-count").inner_text()
        page.fill("#action-body", "Hello, can we talk about Ava and Ben today?")
        page.click("button:has-text('Send text')")
        page.wait_for_url(url)
        assert "Text sent" in page.content()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.screenshot(path=str(tmp_path / "after-text.png"), full_page=True)
        page.check("#call-outcome-no_answer")
        page.fill("#call-note", "Rang at 10, no answer")
        page.click("button:has-text('Record the call')")
        page.wait_for_url(url)
        assert "Call recorded. It counts as contact attempt 1" in page.content()
        page.click("summary:has-text('Agreed: book appointments')")
        children = page.locator("select[name=slot_id]")
        assert children.count() == 2
        children.nth(0).select_option(str(slots[0].id))
        children.nth(1).select_option(str(slots[1].id))
        page.click("button:has-text('Book and send the confirmation')")
        page.wait_for_url(url)
        assert "Booked." in page.content()
        page.screenshot(path=str(tmp_path / "after-booking.png"), full_page=True)
    assert problems == []
    db.session.expire_all()
    household = db.session.get(Household, household_id)
    assert household.status is HouseholdStatus.BOOKED and household.held_by_id is None
    assert len(db.session.scalars(select(Booking)).all()) == 2
    assert db.session.scalar(select(Message).where(Message.channel == "voice")).body == \
        "Rang at 10, no answer"


def test_the_holder_asks_for_a_booking_by_hand_and_books_a_family_who_changed_their_mind(
        app, served):
    """The two newer holder's actions in a browser: the practice asked to book a family by
    hand, and an exception-reported family who now wants the vaccines booked, the page
    saying first what agreeing will do and then that the exception report is withdrawn."""
    with time_machine.travel(NOW, tick=False):
        practice = factories.practice()
        waiting = factories.household(practice, family_name="Nowak", mobile="+447700900597")
        changed = factories.household(practice, family_name="Okafor", mobile="+447700900598")
        slot = slot_at(practice, "2026-11-18T10:00")
        coordinator = factories.user("coord@example.nhs.uk")
        db.session.commit()
        handover.exception_report(
            db.session, changed, NOW, event=codes.Event.REFUSED, free_text="Refused by text",
            evidence="No thanks", evidence_at=NOW, via="sms")
        db.session.commit()
        for household in (waiting, changed):
            handover.take_over(db.session, household.id, coordinator, NOW)
        db.session.commit()
        waiting_id, changed_id, slot_id = waiting.id, changed.id, slot.id
    problems: list[str] = []
    with time_machine.travel(NOW, tick=False), chromium_page(viewport=PHONE) as page:
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        sign_in(page, served, "coord@example.nhs.uk")
        url = f"{served}/households/{waiting_id}"
        page.goto(url)
        page.click("summary:has-text('Ask the practice to book by hand')")
        page.fill("#book-by-hand-note", "Mum works nights, call after 2pm")
        page.click("button:has-text('Ask the practice to book')")
        page.wait_for_url(url)
        assert "The practice is asked to book the family by hand" in page.content()
        url = f"{served}/households/{changed_id}"
        page.goto(url)
        assert page.locator("summary:has-text('Ask the practice to book by hand')").count() == 0
        page.click("summary:has-text('Agreed: book appointments')")
        assert "This family was exception reported" in page.content()
        page.locator("select[name=slot_id]").select_option(str(slot_id))
        page.click("button:has-text('Book and send the confirmation')")
        page.wait_for_url(url)
        assert "The earlier exception report is withdrawn" in page.content()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert problems == []
    db.session.expire_all()
    task = db.session.scalar(select(Task).where(Task.kind == TaskKind.BOOK_BY_HAND))
    assert task.household_id == waiting_id and "call after 2pm" in task.summary
    assert db.session.get(Household, changed_id).status is HouseholdStatus.BOOKED
