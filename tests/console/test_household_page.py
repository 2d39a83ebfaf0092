"""The household page: what a coordinator and a practice see, the hold, the live timeline."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from assistant import clock
from assistant.conversation import handover
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    Booking,
    CodedEvent,
    Direction,
    Household,
    Means,
    Message,
    PhoneStatus,
    Role,
    Task,
    TaskKind,
)
from assistant.records.audit import audit
from tests import factories
from tests.attempts.fakes import FakeChannel
from tests.conversation.test_reply_queue import answers, run_queue, text_from
from tests.forms import page_token, post_form

PARENT = "+447700900596"


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"REPLIES": "queued"}  # the default: a held text waits in the queue


@pytest.fixture
def fake_channel(monkeypatch: pytest.MonkeyPatch) -> FakeChannel:
    from assistant import channels

    fake = FakeChannel()
    monkeypatch.setattr(channels, "get_channel", lambda: fake)
    return fake


def _referred(**fields) -> Household:
    household = factories.household(**fields)
    handover.refer(db.session, household, clock.now(), why="hesitant: has questions")
    db.session.commit()
    return household


def _fresh(household_id: int) -> Household:
    db.session.expire_all()
    return db.session.get(Household, household_id)


def _page(client, household_id: int, status: int = 200) -> str:
    response = client.get(f"/households/{household_id}")
    assert response.status_code == status, response.status_code
    return response.get_data(as_text=True)


def _take_over(client, household_id: int):
    return post_form(client, f"/households/{household_id}/take-over", {},
                     page=f"/households/{household_id}")


def _shown_holder(html: str) -> str:
    return re.search(r'name="shown_holder_id" type="hidden" value="(\d+)"', html).group(1)


def test_the_page_shows_the_children_contacts_hold_and_one_timeline_newest_first(client):
    h = factories.household(mobile=PARENT, landline="+441514960000", children=2,
                            language="so", family_name="Warsame")
    coordinator = factories.user("coord@example.nhs.uk")
    h.phones[0].sms_opted_out_at = clock.now()
    h.phones[1].status = PhoneStatus.WRONG_NUMBER
    start = clock.now() - timedelta(days=3)
    attempt = Attempt(household_id=h.id, number=1, means=Means.SMS, state=AttemptState.MADE,
                      due_at=start, made_at=start, outcome="delivered")
    db.session.add(attempt)
    db.session.flush()
    db.session.add_all([
        Message(household_id=h.id, direction=Direction.INBOUND, channel="sms",
                body="is it safe for Ava?", status="received",
                created_at=start + timedelta(hours=1)),
        Message(household_id=h.id, direction=Direction.OUTBOUND, channel="sms",
                body="Yes. Call me on 0151 496 0000.", status="delivered",
                sent_by_id=coordinator.id, created_at=start + timedelta(hours=2)),
        CodedEvent(child_id=h.children[0].id, practice_id=h.practice_id, household_id=h.id,
                   attempt_id=attempt.id, snomed_code="185559001", term="Child Imms – 1st call",
                   free_text="Text message sent", occurred_at=start),
        Task(practice_id=h.practice_id, household_id=h.id, kind=TaskKind.DATA_CHECK,
             summary="Check Ben's record", created_at=start + timedelta(hours=3)),
    ])
    audit(db.session, "household.taken_over", actor=f"user:{coordinator.id}",
          household_id=h.id)
    db.session.commit()
    handover.take_over(db.session, h.id, coordinator, clock.now())
    db.session.commit()
    factories.login(client, "coord@example.nhs.uk")
    page = _page(client, h.id)
    for seen in ("Warsame family", "Ava", "Ben", "MMR1", h.children[0].nhs_number[:3],
                 "opted out of texts", "wrong number", "1 Lodge Lane", "Somali",
                 "Interpreter", "Held by", "coord@example.nhs.uk", "Hand back",
                 "Attempt 1 by text", "delivered", "is it safe for Ava?", "Text to the family",
                 "185559001", "Child Imms", "data check", "Check Ben&#39;s record",
                 "Took the family over"):
        assert seen in page, seen
    assert "Take over</button>" not in page  # already held by this person
    timeline = page[page.index('id="timeline"'):]
    order = [timeline.index(t) for t in ("Took the family over", "Check Ben", "Call me on",
                                         "is it safe for Ava?", "185559001")]
    assert order == sorted(order), "newest first"
    assert f"user:{coordinator.id}" not in timeline  # the person is named by email


def test_a_practice_user_sees_only_its_own_children_on_a_split_family(client):
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    split = factories.household(a, family_name="Split", mobile=PARENT)
    split.children[0].given_name = "Sara"
    sol = factories.child(split, given_name="Solomon", practice_id=b.id)
    slot = factories.slot(b, clock.now() + timedelta(days=2))
    other = factories.household(b, family_name="Birch", mobile="+447700900201")
    db.session.add_all([
        Booking(slot_id=slot.id, child_id=sol.id, household_id=split.id, booked_via="sms",
                booked_at=clock.now()),
        CodedEvent(child_id=sol.id, practice_id=b.id, household_id=split.id,
                   snomed_code="183948000", term="Refused", free_text="no thanks",
                   occurred_at=clock.now()),
        Message(household_id=split.id, direction=Direction.OUTBOUND, channel="sms",
                body="Sara and Solomon are due vaccines", status="delivered"),
        Task(practice_id=b.id, household_id=split.id, kind=TaskKind.OTHER,
             summary="B's own task"),
    ])
    audit(db.session, "child.no_longer_due", actor="import", household_id=split.id,
          child_id=sol.id, reason="not in the extract")
    split.status_reason = "hesitant: 'is it safe for SOLOMON?'"
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()
    factories.login(client, "a@example.nhs.uk")
    page = _page(client, split.id)
    assert "Sara" in page and "Sara and [a child at another practice] are due" in page
    for secret in ("Solomon", "SOLOMON", sol.nhs_number, "183948000", "Birch Practice",
                   "B&#39;s own", "no longer due", "Take over</button>"):
        assert secret not in page, secret
    body = client.get(f"/households/{split.id}/timeline.json").get_data(as_text=True)
    assert "Sara" in body and "Solomon" not in body and "183948000" not in body
    _page(client, other.id, status=404)
    assert client.get(f"/households/{other.id}/timeline.json").status_code == 404
    token = page_token(client, f"/households/{split.id}")
    assert client.post(f"/households/{split.id}/take-over",
                       data={"csrf_token": token}).status_code == 404
    assert _fresh(split.id).held_by_id is None


def test_a_practice_user_is_not_shown_who_at_another_practice_acted(client):
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    split = factories.household(a, family_name="Split", mobile=PARENT)
    factories.child(split, given_name="Solomon", practice_id=b.id)
    theirs = factories.user("nurse@birch.example.nhs.uk", role=Role.PRACTICE, practice_obj=b)
    ours = factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    team = factories.user("coord@example.nhs.uk")
    for who in (theirs, ours, team):
        audit(db.session, "household.call_recorded", actor=f"user:{who.id}", user_id=who.id,
              household_id=split.id)
    db.session.commit()
    factories.login(client, "a@example.nhs.uk")
    page = _page(client, split.id)
    assert "a@example.nhs.uk" in page and "coord@example.nhs.uk" in page
    assert "nurse@birch" not in page and "staff at another practice" in page


def test_take_over_holds_it_and_a_second_coordinator_gets_409_naming_the_holder(client):
    h = _referred(mobile=PARENT)
    factories.user("first@example.nhs.uk")
    factories.user("second@example.nhs.uk")
    db.session.commit()
    factories.login(client, "first@example.nhs.uk")
    response = _take_over(client, h.id)
    assert response.status_code == 303 and response.location.endswith(f"/households/{h.id}")
    assert "first@example.nhs.uk" in _page(client, h.id)
    factories.login(client, "second@example.nhs.uk")
    page = _page(client, h.id)
    assert "Take over</button>" not in page and "Hand back" not in page
    token = page_token(client, f"/households/{h.id}")
    conflict = client.post(f"/households/{h.id}/take-over", data={"csrf_token": token})
    assert conflict.status_code == 409
    assert "first@example.nhs.uk holds this family" in conflict.get_data(as_text=True)
    assert _fresh(h.id).held_by.email == "first@example.nhs.uk"
    taken = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "household.taken_over")).all()
    assert len(taken) == 1


def test_twenty_coordinators_pressing_take_over_at_once_get_one_303_and_nineteen_409s(
        pg_app):
    """The route over the database's conditional update (the function itself:
    tests/conversation/test_handover.py::test_twenty_coordinators_at_once_...)."""
    h = _referred(mobile=PARENT)
    emails = [f"c{i}@example.nhs.uk" for i in range(20)]
    for email in emails:
        factories.user(email)
    db.session.commit()
    clients = []
    for email in emails:
        client = pg_app.test_client()
        factories.login(client, email)
        clients.append((client, page_token(client, f"/households/{h.id}")))
    barrier = threading.Barrier(len(clients))
    answers: list[tuple[int, str]] = []

    def press(client, token) -> None:
        barrier.wait()
        response = client.post(f"/households/{h.id}/take-over", data={"csrf_token": token})
        answers.append((response.status_code, response.get_data(as_text=True)))

    threads = [threading.Thread(target=press, args=pair) for pair in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    holder = _fresh(h.id).held_by.email
    assert sorted(code for code, _ in answers) == [303] + [409] * 19
    assert all(f"{holder} holds this family" in body for code, body in answers if code == 409)


def test_a_post_without_its_token_is_refused_and_changes_nothing(client):
    h = _referred(mobile=PARENT)
    holder = factories.user("first@example.nhs.uk")
    factories.user("second@example.nhs.uk")
    db.session.commit()
    factories.login(client, "second@example.nhs.uk")
    assert client.post(f"/households/{h.id}/take-over").status_code == 400
    assert _fresh(h.id).held_by_id is None
    handover.take_over(db.session, h.id, holder, clock.now())
    db.session.commit()
    factories.login(client, "first@example.nhs.uk")
    refused = client.post(f"/households/{h.id}/hand-back",
                          data={"shown_holder_id": str(holder.id)})
    assert refused.status_code == 400
    assert _fresh(h.id).held_by_id == holder.id


def test_a_stale_page_cannot_hand_back_someone_elses_hold(client):
    h = _referred(mobile=PARENT)
    first = factories.user("first@example.nhs.uk")
    second = factories.user("second@example.nhs.uk")
    admin = factories.user("admin@example.nhs.uk", role=Role.ADMIN)
    handover.take_over(db.session, h.id, first, clock.now())
    db.session.commit()
    factories.login(client, "admin@example.nhs.uk")
    stale = _page(client, h.id)  # the admin's page shows first@ holding it
    assert _shown_holder(stale) == str(first.id)
    handover.hand_back(db.session, h.id, admin, clock.now(), shown_holder_id=first.id)
    handover.take_over(db.session, h.id, second, clock.now())
    db.session.commit()
    token = page_token(client, f"/households/{h.id}")
    response = client.post(f"/households/{h.id}/hand-back",
                           data={"csrf_token": token, "shown_holder_id": str(first.id)})
    assert response.status_code == 409
    assert "second@example.nhs.uk holds this family" in response.get_data(as_text=True)
    assert _fresh(h.id).held_by_id == second.id
    # With the page as it is now, the admin may release second@'s hold.
    page = _page(client, h.id)
    released = client.post(f"/households/{h.id}/hand-back", data={
        "csrf_token": page_token(client, f"/households/{h.id}"),
        "shown_holder_id": _shown_holder(page)})
    assert released.status_code == 303 and _fresh(h.id).held_by_id is None


def test_the_live_partial_shows_a_reply_that_arrived_and_escapes_it(client, fake_channel):
    h = _referred(mobile=PARENT)
    factories.user("first@example.nhs.uk")
    db.session.commit()
    factories.login(client, "first@example.nhs.uk")
    assert _take_over(client, h.id).status_code == 303
    page = _page(client, h.id)
    cursor = re.search(r'data-cursor="([^"]+)"', page).group(1)
    words = '<script>alert("x")</script> is it safe?'
    text_from(client, number=PARENT, body=words)
    run_queue()
    answer = client.get(f"/households/{h.id}/timeline.json", query_string={"after": cursor})
    assert answer.status_code == 200
    entries = answer.get_json()["entries"]
    mine = [e for e in entries if "is it safe?" in e["html"]]
    assert len(mine) == 1 and mine[0]["key"].startswith("message:")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in mine[0]["html"]
    assert "<script>alert" not in answer.get_data(as_text=True)
    assert answer.get_json()["cursor"]
    hold = answer.get_json()["hold"]
    assert "first@example.nhs.uk" in hold["html"] and hold["state"].startswith(
        f"{_fresh(h.id).held_by_id}:")
    page = _page(client, h.id)
    assert "&lt;script&gt;alert" in page and "<script>alert" not in page
    assert answers() == [], "held: the assistant does not answer"
    assert client.get(f"/households/{h.id}/timeline.json",
                      query_string={"after": "yesterday"}).status_code == 400


def test_hand_back_from_the_page_answers_the_text_that_waited(client, fake_channel):
    h = _referred(mobile=PARENT)
    factories.user("first@example.nhs.uk")
    db.session.commit()
    factories.login(client, "first@example.nhs.uk")
    assert _take_over(client, h.id).status_code == 303
    text_from(client, number=PARENT, body="yes please book us in")
    run_queue()
    assert answers() == []
    page = _page(client, h.id)
    assert "yes please book us in" in page and "held for person" in page
    response = client.post(f"/households/{h.id}/hand-back", data={
        "csrf_token": page_token(client, f"/households/{h.id}"),
        "shown_holder_id": _shown_holder(page)})
    assert response.status_code == 303
    assert _fresh(h.id).held_by_id is None
    run_queue()
    assert len(answers()) == 1, "the text that waited is answered now"
    assert "Handed the family back" in _page(client, h.id)


def test_the_hold_buttons_say_what_they_do(client):
    h = _referred(mobile=PARENT)
    factories.user("first@example.nhs.uk")
    db.session.commit()
    factories.login(client, "first@example.nhs.uk")
    assert "The assistant stops contacting and answering the family" in _page(client, h.id)
    assert _take_over(client, h.id).status_code == 303
    page = _page(client, h.id)
    assert "answers any text from the family that no person has answered" in page
    assert 'aria-describedby="hand-back-hint">Hand back to the assistant' in page
