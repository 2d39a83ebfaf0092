"""What the family decided, recorded by the holder: agreed books (each child at their own
practice, siblings back to back, never a slot twice), declined codes 429684009 for each
child with the family's words, follow up keeps the hold and raises a task for the day."""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from urllib.parse import parse_qs

import pytest
import responses
from sqlalchemy import select

from assistant.conversation import handover, reply_queue
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    Booking,
    BookingStatus,
    CodedEvent,
    Direction,
    HouseholdStatus,
    Means,
    Message,
    Task,
    TaskKind,
    TaskStatus,
)
from assistant.models.contact import ANSWER_TO_SEND
from tests import factories
from tests.booking.helpers import NOW, at, slot_at
from tests.console.action_helpers import (
    COORDINATOR,
    MOBILE,
    OTHER,
    PRACTICE_USER,
    fresh,
    signed_in,
)
from tests.console.test_household_messages import ACCOUNT, MESSAGES, TWILIO


@pytest.fixture
def slots(held):
    """Wednesday 10:00 and 10:15 with Nurse A (back to back), Thursday 11:00, and a
    slot eight days away."""
    made = {name: slot_at(held.practice, local) for name, local in (
        ("wed_10", "2026-11-18T10:00"), ("wed_1015", "2026-11-18T10:15"),
        ("thu_11", "2026-11-19T11:00"), ("next_week", "2026-11-25T11:00"))}
    db.session.commit()
    return made


def _agree(client, held, *slot_ids, email=COORDINATOR):
    token = signed_in(client, email)
    return client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "agreed", "slot_id": [str(i) for i in slot_ids]})


def _bookings() -> list[Booking]:
    return list(db.session.scalars(select(Booking).where(
        Booking.status == BookingStatus.BOOKED).order_by(Booking.id)))


def test_agreed_books_each_child_back_to_back_and_queues_the_confirmation(
        client, held, slots):
    family_text = Message(household_id=held.household.id, direction=Direction.INBOUND,
                          channel="sms", from_number=MOBILE, body="can we talk",
                          status=handover.HELD_FOR_PERSON, handled_at=NOW)
    db.session.add(family_text)
    db.session.commit()
    ava, ben = sorted(held.household.children, key=lambda c: c.date_of_birth)
    response = _agree(client, held, slots["wed_10"].id, slots["wed_1015"].id)
    assert response.status_code == 303 and response.headers["Location"].endswith(held.url)
    booked = {b.child_id: b.slot_id for b in _bookings()}
    assert booked == {ava.id: slots["wed_10"].id, ben.id: slots["wed_1015"].id}
    household = fresh(held.household)
    assert household.status is HouseholdStatus.BOOKED
    assert household.held_by_id is None  # back with the assistant, which sends the reminder
    confirmation = db.session.scalar(select(Message).where(Message.status == ANSWER_TO_SEND))
    assert confirmation.to_number == MOBILE and confirmation.sent_by_id == held.holder.id
    assert "Ava" in confirmation.body and "Ben" in confirmation.body
    # The family's text to the holder is not answered by the assistant afterwards.
    assert fresh(family_text).status == handover.READ_BY_PERSON
    audit = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "booked"))
    assert audit.user_id == held.holder.id and audit.detail["via"] == "coordinator"


@pytest.mark.parametrize("app_overrides", [TWILIO])
@responses.activate
def test_the_confirmation_goes_out_by_rest_with_a_status_callback(app, client, held, slots):
    responses.post(MESSAGES, json={"sid": "SM" + "7" * 32, "status": "queued",
                                   "account_sid": ACCOUNT}, status=201)
    assert _agree(client, held, slots["wed_10"].id, slots["wed_1015"].id).status_code == 303
    counts: Counter[str] = Counter()
    reply_queue.send_pending_answers(counts, limit=10)
    posted = parse_qs(responses.calls[0].request.body)
    assert posted["To"] == [MOBILE]
    assert posted["StatusCallback"] == ["https://imms.test/twilio/status/sms"]
    assert counts["replies_sent"] == 1


def test_a_child_cannot_be_booked_into_another_practices_slot(client, held, slots):
    other_practice = factories.practice("B80002", name="Birch Practice")
    ben = max(held.household.children, key=lambda c: c.date_of_birth)
    ben.practice_id = other_practice.id
    birch = slot_at(other_practice, "2026-11-18T10:15")
    db.session.commit()
    # Ava (at N80000) given Birch's slot, Ben (at Birch) given N80000's.
    response = _agree(client, held, birch.id, slots["wed_10"].id)
    assert response.status_code == 400
    assert "choose a time at that child" in response.get_data(as_text=True)
    assert _bookings() == []
    # The right way round books, each at their own practice (no need to be back to back).
    assert _agree(client, held, slots["wed_10"].id, birch.id).status_code == 303
    assert len(_bookings()) == 2


@pytest.mark.parametrize("pick", [("wed_10", "thu_11"), ("wed_10", "next_week"),
                                  ("wed_10",), ("wed_10", "wed_10")])
def test_slots_apart_beyond_a_week_or_not_one_per_child_are_refused(client, held, slots, pick):
    response = _agree(client, held, *[slots[name].id for name in pick])
    assert response.status_code == 400
    assert _bookings() == [] and fresh(held.household).held_by_id == held.holder.id


def test_a_refused_booking_keeps_the_times_chosen_for_each_child(client, held, slots):
    """Siblings not back to back: 400, and the form still shows what was chosen for each."""
    response = _agree(client, held, slots["wed_10"].id, slots["thu_11"].id)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    chosen = re.findall(r'<option value="(\d+)" selected>', page)
    assert chosen == [str(slots["wed_10"].id), str(slots["thu_11"].id)]
    assert "<details class=\"nhsuk-details\" open>" in page  # the booking form stays open


def test_the_household_page_links_back_to_the_queue(client, held):
    signed_in(client)
    page = client.get(held.url).get_data(as_text=True)
    assert 'href="/coordinator/">Back to the queue</a>' in page


def test_a_slot_taken_meanwhile_is_409_with_the_times_free_now_and_nothing_half_booked(
        client, held, slots):
    rival = factories.household(held.practice, mobile="+447700900777", family_name="Rival")
    db.session.add(Booking(slot_id=slots["wed_1015"].id, child_id=rival.children[0].id,
                           household_id=rival.id, booked_via="sms", booked_at=NOW))
    db.session.commit()
    response = _agree(client, held, slots["wed_10"].id, slots["wed_1015"].id)
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "has just been taken" in page
    assert "Thu 19 Nov 11:00 with Nurse A" in page  # the times free now
    assert "Wed 18 Nov 10:15" not in page
    assert [b.household_id for b in _bookings()] == [rival.id]  # nothing half-booked
    assert fresh(held.household).status is not HouseholdStatus.BOOKED


def test_only_the_holders_explicit_agreed_books(client, held, slots):
    """Hazard: booking a family who did not agree."""
    ids = (slots["wed_10"].id, slots["wed_1015"].id)
    assert _agree(client, held, *ids, email=OTHER).status_code == 409
    assert _agree(client, held, *ids, email=PRACTICE_USER).status_code == 404
    signed_in(client)
    assert client.post(f"{held.url}/outcome", data={  # no token: nothing changes
        "outcome": "agreed", "slot_id": [str(i) for i in ids]}).status_code == 400
    token = signed_in(client)
    assert client.post(f"{held.url}/outcome", data={  # no outcome chosen
        "csrf_token": token, "slot_id": [str(i) for i in ids]}).status_code == 400
    assert _bookings() == []


def test_declined_codes_429684009_for_each_child_with_the_familys_words(client, held):
    """Hazard: a coordinator's decline recorded as a parent's refusal (the wrong code)."""
    db.session.add(Attempt(household_id=held.household.id, number=1, means=Means.SMS,
                           state=AttemptState.SCHEDULED, due_at=NOW))
    db.session.commit()
    token = signed_in(client)
    words = "We've read about it and <i>we'd rather not</i>, thank you."
    response = client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "declined", "reason": "Worried about side effects",
        "words": words})
    assert response.status_code == 303
    coded = list(db.session.scalars(select(CodedEvent)))
    assert {c.child_id for c in coded} == {c.id for c in held.household.children}
    assert {c.snomed_code for c in coded} == {"429684009"}  # never 183948000
    assert {c.evidence for c in coded} == {words}
    assert all("Worried about side effects" in c.free_text for c in coded)
    household = fresh(held.household)
    assert household.status is HouseholdStatus.REFUSED and household.held_by_id is None
    assert db.session.scalar(select(Attempt.state)) is AttemptState.CANCELLED  # contact stops


@pytest.mark.parametrize("missing", ["reason", "words"])
def test_a_decline_without_the_reason_or_the_familys_words_is_refused(client, held, missing):
    token = signed_in(client)
    data = {"csrf_token": token, "outcome": "declined", "reason": "Prefers to wait",
            "words": "not now"}
    data[missing] = "  "
    assert client.post(f"{held.url}/outcome", data=data).status_code == 400
    assert db.session.scalar(select(CodedEvent)) is None
    assert fresh(held.household).held_by_id == held.holder.id


def test_follow_up_keeps_the_hold_and_a_task_comes_due_that_day(client, held):
    token = signed_in(client)
    response = client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "follow_up", "date": "2026-11-24",
        "note": "Dad back from work"})
    assert response.status_code == 303
    task = db.session.scalar(select(Task))
    assert task.kind is TaskKind.FOLLOW_UP and task.due_at == at("2026-11-24T09:00")
    assert task.household_id == held.household.id and task.assigned_to_id == held.holder.id
    assert "Dad back from work" in task.summary
    assert fresh(held.household).held_by_id == held.holder.id
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "household.follow_up")).detail["date"] == "2026-11-24"


def test_the_same_follow_up_sent_twice_raises_one_task(client, held):
    """A double click on "Set the follow-up": one task for the day, not two."""
    token = signed_in(client)
    data = {"csrf_token": token, "outcome": "follow_up", "date": "2026-11-24"}
    statuses = [client.post(f"{held.url}/outcome", data=data).status_code for _ in range(2)]
    assert statuses == [303, 303]
    db.session.rollback()
    assert len(db.session.scalars(select(Task)).all()) == 1


@pytest.mark.parametrize("day", ["2026-11-16", "2026-12-25", "2026-11-21", "24/11/2026", "",
                                 "2030-01-02"])
def test_a_follow_up_in_the_past_on_a_holiday_or_weekend_or_unreadable_is_refused(
        client, held, day):
    token = signed_in(client)
    response = client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "follow_up", "date": day})
    assert response.status_code == 400
    assert db.session.scalar(select(Task)) is None


def test_two_coordinators_booking_the_same_slot_at_once_on_postgresql(pg_app, clock_stopped):
    """Real parallel connections: two families, each held by its own coordinator, both
    agreed to the one slot left; exactly one is booked, the other gets 409."""
    practice = factories.practice()
    slot = slot_at(practice, "2026-11-18T10:00")
    families = []
    for n, email in enumerate(("one@example.nhs.uk", "two@example.nhs.uk")):
        household = factories.household(practice, mobile=f"+44770090070{n}",
                                         family_name=f"Family{n}")
        user = factories.user(email)
        db.session.commit()
        handover.take_over(db.session, household.id, user, NOW)
        db.session.commit()
        client = pg_app.test_client()
        families.append((household.id, client, signed_in(client, email)))
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def agree(household_id, client, token):
        barrier.wait()
        statuses.append(client.post(f"/households/{household_id}/outcome", data={
            "csrf_token": token, "outcome": "agreed", "slot_id": str(slot.id)}).status_code)

    threads = [threading.Thread(target=agree, args=f) for f in families]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(statuses) == [303, 409]
    db.session.rollback()
    assert len(_bookings()) == 1


def test_a_hold_with_a_follow_up_planned_is_not_flagged_as_forgotten(client, held,
                                                                     clock_stopped):
    token = signed_in(client)
    assert client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "follow_up", "date": "2026-12-08"}).status_code == 303
    # Eight working days untouched.
    assert handover.flag_untouched_holds(at("2026-11-27T10:00")) == {"untouched_holds": 0}
    db.session.execute(Task.__table__.update().values(status="done"))
    db.session.commit()
    assert handover.flag_untouched_holds(at("2026-11-27T10:00")) == {"untouched_holds": 1}


def test_the_familys_words_and_the_coordinators_notes_stay_out_of_the_logs(
        client, held, slots, caplog):
    caplog.set_level(logging.DEBUG)
    token = signed_in(client)
    client.post(f"{held.url}/calls", data={"csrf_token": token, "outcome": "spoke",
                                           "note": "Mum says Kasia is scared of needles"})
    client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "declined", "reason": "Needle phobia",
        "words": "She cried last time, we will not bring her"})
    assert db.session.scalar(select(CodedEvent)) is not None
    for secret in ("Kasia", "scared", "Needle phobia", "cried", MOBILE, "Evans", "Ava"):
        assert secret not in caplog.text


def _follow_up(client, held, day="2026-11-24"):
    token = signed_in(client)
    assert client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "follow_up", "date": day}).status_code == 303
    return token


def _open_follow_ups() -> list[Task]:
    db.session.rollback()
    return list(db.session.scalars(select(Task).where(
        Task.kind == TaskKind.FOLLOW_UP, Task.status == TaskStatus.OPEN)))


def test_handing_back_closes_the_holders_follow_up(client, held):
    """Hazard H205: after a hand back the assistant talks to the family; a follow-up left
    open would have a coordinator call them too, on a day nobody holds them."""
    token = _follow_up(client, held)
    assert len(_open_follow_ups()) == 1
    response = client.post(f"{held.url}/hand-back", data={
        "csrf_token": token, "shown_holder_id": str(held.holder.id)})
    assert response.status_code == 303
    assert _open_follow_ups() == []
    task = db.session.scalar(select(Task).where(Task.kind == TaskKind.FOLLOW_UP))
    assert task.status is TaskStatus.DONE and task.closed_by_id == held.holder.id
    event = db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "household.follow_ups_closed"))
    assert event.detail == {"task_ids": [task.id], "why": "handed back to the assistant"}
    assert "Follow-up closed" in client.get(held.url).get_data(as_text=True)


def test_declining_closes_the_follow_up_and_a_follow_up_elsewhere_stays(client, held):
    other = factories.household(held.practice, mobile="+447700900777", family_name="Other")
    db.session.add(Task(practice_id=held.practice.id, household_id=other.id,
                        kind=TaskKind.FOLLOW_UP, summary="Follow up with the Other family",
                        due_at=at("2026-11-24T09:00"), created_at=NOW, updated_at=NOW))
    db.session.commit()
    token = _follow_up(client, held)
    assert client.post(f"{held.url}/outcome", data={
        "csrf_token": token, "outcome": "declined", "reason": "Prefers not to",
        "words": "we'd rather not"}).status_code == 303
    assert [t.household_id for t in _open_follow_ups()] == [other.id]


def test_a_follow_up_kept_while_the_family_is_still_held(client, held):
    """A second follow-up date, or a text sent, leaves the planned follow-ups open."""
    _follow_up(client, held)
    _follow_up(client, held, day="2026-12-01")
    assert len(_open_follow_ups()) == 2
