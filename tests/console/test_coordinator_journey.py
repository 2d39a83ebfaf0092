"""Issue 9's acceptance test: a coordinator's whole journey in a real browser.

Two families get to the queue the real way: the assistant's first text goes out through
the channel (the sandbox: fake SIDs, Twilio's status callbacks posted signed to our own
hooks), and each parent answers with a worried text through the signed SMS hook, which
the reply worker hands to the coordinators. Then, in Chromium, a coordinator takes both
over from the queue, texts the Kowalskis (its delivery arrives on the timeline), records
a call that went unanswered (their second attempt, coded), books each Kowalski child at
that child's own practice, and hands the Nowaks back: the text the Nowaks sent while held
is answered by the assistant, and was not before.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine
from sqlalchemy import select

from assistant.channels import get_channel
from assistant.console import household as household_page
from assistant.conversation import handover
from assistant.db import db
from assistant.models import (
    AuditEvent,
    Booking,
    CodedEvent,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    User,
)
from assistant.records.codes import Event
from tests import factories
from tests.attempts.helpers import schedule, tick
from tests.booking.helpers import at, slot_at
from tests.browser import PHONE, chromium, sign_in
from tests.conversation.test_reply_queue import run_queue, text_from

MONDAY = at("2026-11-16T10:00")
TUESDAY = at("2026-11-17T10:00")
KOWALSKI, NOWAK = "+447700900596", "+447700900597"
COORDINATOR, RIVAL = "coord@example.nhs.uk", "rival@example.nhs.uk"
WAIT = 15_000  # ms: a selector that never comes fails the test, nothing sleeps


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"REPLIES": "queued"}  # the default: the worker answers the family's texts


def _families():
    """Two families at two practices; the Kowalskis' Ben is registered at the second."""
    north = factories.practice("N80000", name="Smithdown Road Medical Centre")
    east = factories.practice("F80001", name="Lodge Lane Surgery")
    kowalski = factories.household(north, family_name="Kowalski", mobile=KOWALSKI)
    factories.child(kowalski, given_name="Ben", practice_id=east.id, carer=kowalski.carers[0],
                    date_of_birth=date(2024, 3, 1))
    nowak = factories.household(north, family_name="Nowak", mobile=NOWAK)
    slots = {"north": [slot_at(north, f"2026-11-18T{t}") for t in ("10:00", "10:15", "10:30")],
             "east": [slot_at(east, "2026-11-19T14:00")]}
    factories.user(COORDINATOR)
    factories.user(RIVAL)
    db.session.commit()
    # Ids, not rows: a row read again in the test would hold SQLite's lock mid-request.
    return kowalski, nowak, {k: [str(s.id) for s in v] for k, v in slots.items()}


def _to_the_queue(client, *households) -> None:
    """The first text of the pathway, and each parent's worried answer through the hook."""
    schedule(*households, now=MONDAY)
    tick(MONDAY)
    get_channel().drain()
    for number in (KOWALSKI, NOWAK):
        assert text_from(client, number=number,
                         body="is it safe? I'm worried about the MMR").status_code == 200
    run_queue()
    get_channel().drain()
    db.session.expire_all()
    for h in households:
        assert db.session.get(Household, h.id).status is HouseholdStatus.WITH_COORDINATOR
    db.session.commit()  # SQLite: the test's read would keep the server from writing


def _signed_in(browser, served: str, email: str, **options):
    page = browser.new_page(**options)
    sign_in(page, served, email)
    return page


def _take_over_from_the_queue(page, served: str, family: str, household_id: int) -> None:
    if page.url != f"{served}/coordinator/":
        page.goto(f"{served}/coordinator/")
    row = page.locator(f"#queue tr[data-household='{household_id}']")
    assert "Hesitant" in row.inner_text() or "Handed to a coordinator" in row.inner_text()
    row.locator(f"a:has-text('{family} family')").click()
    page.wait_for_url(f"{served}/households/{household_id}")
    page.click("button:has-text('Take over')")
    page.locator(f"#holder:has-text('{COORDINATOR}')").wait_for(timeout=WAIT)


def test_a_coordinator_takes_over_texts_calls_books_and_hands_another_family_back(
        app, client, served, monkeypatch):
    monkeypatch.setattr(household_page, "POLL_SECONDS", 2)  # the page's 10 s, for a test
    with time_machine.travel(MONDAY, tick=False):
        kowalski, nowak, slots = _families()
        k_id, n_id = kowalski.id, nowak.id
        _to_the_queue(client, kowalski, nowak)
    problems: list[str] = []
    with time_machine.travel(TUESDAY, tick=False), chromium() as browser:
        page = _signed_in(browser, served, COORDINATOR, viewport=PHONE)
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        _take_over_from_the_queue(page, served, "Nowak", n_id)
        page.click("a:has-text('Back to the queue')")
        page.wait_for_url(f"{served}/coordinator/")
        assert COORDINATOR in page.locator(f"#queue tr[data-household='{n_id}']").inner_text()
        _take_over_from_the_queue(page, served, "Kowalski", k_id)
        # A second coordinator cannot take the Kowalskis over: one holder.
        rival = _signed_in(browser, served, RIVAL)
        rival.goto(f"{served}/households/{k_id}")
        assert COORDINATOR in rival.locator("#holder").inner_text()
        assert rival.locator("button:has-text('Take over')").count() == 0
        rival.close()

        # The Nowaks write while held: kept for the person, not answered.
        assert text_from(client, number=NOWAK, body="yes please book us in"
                         ).status_code == 200
        run_queue()

        # The Kowalskis: a text through the channel, its delivery on the timeline.
        url = f"{served}/households/{k_id}"
        page.fill("#action-body", "Hello, it's Sam from the immunisation team. Can I "
                                  "ring you about Ava and Ben today?")
        page.click("button:has-text('Send text')")
        page.wait_for_url(url)
        page.locator("text=Text sent").wait_for(timeout=WAIT)
        get_channel().drain()  # the sandbox's signed status callbacks have arrived
        sent = page.locator("#timeline li.timeline__entry--message",
                            has_text="Can I ring you about Ava and Ben")
        # The live timeline replaces the entry in place when its delivery arrives.
        sent.locator(".nhsuk-tag", has_text="delivered").wait_for(timeout=WAIT)
        assert COORDINATOR in sent.inner_text() and sent.count() == 1

        # A call nobody answered: their second attempt.
        page.check("#call-outcome-no_answer")
        page.fill("#call-note", "Rang at 10, no answer")
        page.click("button:has-text('Record the call')")
        page.wait_for_url(url)
        page.locator("text=It counts as contact attempt 2").wait_for(timeout=WAIT)

        # They agreed on the phone later: a time for each child at their own practice.
        page.click("summary:has-text('Agreed: book appointments')")
        ava, ben = page.locator("select[name=slot_id]").nth(0), \
            page.locator("select[name=slot_id]").nth(1)
        # Each child is offered only their own practice's times.
        assert _options(ava) == slots["north"]
        assert _options(ben) == slots["east"]
        ava.select_option(slots["north"][0])
        ben.select_option(slots["east"][0])
        page.click("button:has-text('Book and send the confirmation')")
        page.wait_for_url(url)
        page.locator("text=Booked.").wait_for(timeout=WAIT)
        assert "Nobody" in page.locator("#holder").inner_text()

        # The Nowaks: their text waited for the person; hand them back.
        page.goto(f"{served}/households/{n_id}")
        waited = page.locator("#timeline li", has_text="yes please book us in").first
        assert "held for person" in waited.inner_text()
        page.click("button:has-text('Hand back to the assistant')")
        page.wait_for_url(f"{served}/households/{n_id}")
        page.locator("#holder:has-text('Nobody')").wait_for(timeout=WAIT)
        assert _outbound_after_referral(n_id) == [], "nothing went to them while held"
        run_queue()  # the worker: the text that waited is answered now
        get_channel().drain()
        answer = page.locator("#timeline li.timeline__entry--out", has_text="Reply 1 for")
        # Shown live (no reload), as the assistant's, with its delivery.
        answer.locator(".nhsuk-tag", has_text="delivered").wait_for(timeout=WAIT)
        assert "assistant" in answer.inner_text()
    assert problems == []
    _the_database_agrees(k_id, n_id, slots)


def _options(select_box) -> list[str]:
    return [v for v in select_box.locator("option").evaluate_all("os => os.map(o => o.value)")
            if v]


def _outbound_after_referral(household_id: int) -> list[Message]:
    db.session.expire_all()
    referred = db.session.scalar(select(AuditEvent.at).where(
        AuditEvent.household_id == household_id, AuditEvent.action == "household.referred"))
    found = db.session.scalars(select(Message).where(
        Message.household_id == household_id, Message.direction == Direction.OUTBOUND,
        Message.created_at > referred + timedelta(seconds=1))).all()
    db.session.commit()
    return found


def _the_database_agrees(k_id: int, n_id: int, slots) -> None:
    db.session.expire_all()
    coordinator = db.session.scalar(select(User).where(
        User.email == COORDINATOR))
    kowalski, nowak = db.session.get(Household, k_id), db.session.get(Household, n_id)
    # The Kowalskis: booked, each child at their own practice, confirmation queued.
    assert kowalski.status is HouseholdStatus.BOOKED and kowalski.held_by_id is None
    booked = db.session.scalars(select(Booking).where(Booking.household_id == k_id)).all()
    assert {b.child.given_name: str(b.slot_id) for b in booked} == {
        "Ava": slots["north"][0], "Ben": slots["east"][0]}
    assert all(b.slot.practice_id == b.child.practice_id for b in booked)
    confirmation = db.session.scalars(select(Message).where(
        Message.household_id == k_id, Message.direction == Direction.OUTBOUND,
        Message.body.contains("Ben"), Message.sent_by_id == coordinator.id)
        .order_by(Message.id)).all()
    assert len(confirmation) == 2  # the coordinator's own text and the confirmation
    # Each child's own practice and day (H160), not Ava's for both.
    assert "Ava at Smithdown Road Medical Centre on Wed 18 Nov 10:00; Ben at Lodge Lane " \
        "Surgery on Thu 19 Nov 14:00" in confirmation[1].body
    # The call, coded as each child's second attempt.
    second = db.session.scalars(select(CodedEvent).where(
        CodedEvent.household_id == k_id,
        CodedEvent.snomed_code == Event.ATTEMPT_2.code.snomed_code)).all()
    assert len(second) == 2
    assert {c.free_text for c in second} == {"Telephone call by the coordinator, no answer"}
    assert db.session.scalar(select(CodedEvent).where(
        CodedEvent.household_id == k_id,
        CodedEvent.snomed_code == Event.ATTEMPT_1.code.snomed_code)) is not None
    # The audit trail names the coordinator for each thing they did.
    done = {(e.household_id, e.action) for e in db.session.scalars(select(AuditEvent).where(
        AuditEvent.user_id == coordinator.id, AuditEvent.actor == f"user:{coordinator.id}"))}
    assert {(k_id, "household.taken_over"), (k_id, "household.texted"),
            (k_id, "household.call_recorded"), (k_id, "household.handed_back"),
            (n_id, "household.taken_over"), (n_id, "household.handed_back")} <= done
    # The Nowaks: back with the assistant, which answered the text they sent while held.
    assert nowak.held_by_id is None and nowak.status is not HouseholdStatus.WITH_COORDINATOR
    waited = db.session.scalar(select(Message).where(
        Message.household_id == n_id, Message.body == "yes please book us in"))
    assert waited.status != handover.HELD_FOR_PERSON and waited.handled_at is not None
    answers = [m for m in _outbound_after_referral(n_id) if m.sent_by_id is None]
    assert answers and answers[0].provider_sid, "the assistant's answer went by the channel"
