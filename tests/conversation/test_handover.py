"""The hold: one holder at a time, nothing automated while held, the pathway resumes after.

Also the one way in: a referral and an exception report are written the same way
whoever makes them (dialogue, booking page, due work, console).
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from assistant import clock
from assistant.conversation import handover
from assistant.conversation.replies import hand_over_unanswered_confirmations
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    CodedEvent,
    Household,
    HouseholdStatus,
    Message,
    Role,
    Task,
)
from assistant.records.codes import Event
from tests import factories
from tests.attempts.helpers import local, schedule, tick
from tests.conversation.test_reply_queue import answers, inbound, run_queue, text_from

NOW = local(2026, 11, 16, 10, 0)  # a Monday, in the send window


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"REPLIES": "queued"}


def _handed_over(**fields) -> Household:
    h = factories.household(**fields)
    handover.refer(db.session, h, clock.now(), why="hesitant: has questions or worries")
    db.session.commit()
    return h


def _fresh(h: Household) -> Household:
    db.session.expire_all()
    return db.session.get(Household, h.id)


def test_a_second_coordinator_cannot_take_over_and_is_told_who_holds_it(app):
    h = _handed_over()
    first, second = factories.user("a@nhs.test"), factories.user("b@nhs.test")
    handover.take_over(db.session, h.id, first, clock.now())
    db.session.commit()
    with pytest.raises(handover.HoldConflict) as caught:
        handover.take_over(db.session, h.id, second, clock.now())
    assert caught.value.holder.email == "a@nhs.test"
    handover.take_over(db.session, h.id, first, clock.now())  # one's own hold again: fine
    assert _fresh(h).held_by_id == first.id


def test_twenty_coordinators_at_once_leave_exactly_one_holder(pg_app):
    h = _handed_over()
    users = [factories.user(f"c{i}@nhs.test") for i in range(20)]
    db.session.commit()
    ids = [u.id for u in users]
    barrier = threading.Barrier(20)
    won: list[int] = []
    refused: list[str] = []
    errors: list[BaseException] = []

    def press(user_id: int) -> None:
        try:
            with pg_app.app_context():
                from assistant.models import User

                user = db.session.get(User, user_id)
                db.session.commit()
                barrier.wait()
                try:
                    handover.take_over(db.session, h.id, user, clock.now())
                    db.session.commit()
                    won.append(user_id)
                except handover.HoldConflict as conflict:
                    db.session.rollback()
                    refused.append(conflict.holder.email)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=press, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(won) == 1 and len(refused) == 19
    holder = _fresh(h).held_by_id
    assert holder == won[0]
    assert set(refused) == {f"c{ids.index(holder)}@nhs.test"}
    taken = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "household.taken_over")).all()
    assert len(taken) == 1


def test_a_stale_hand_back_after_someone_else_took_over_changes_nothing(app):
    h = _handed_over()
    a, b = factories.user("a@nhs.test"), factories.user("b@nhs.test")
    handover.take_over(db.session, h.id, a, clock.now())
    handover.hand_back(db.session, h.id, a, clock.now(), shown_holder_id=a.id)
    handover.take_over(db.session, h.id, b, clock.now())
    db.session.commit()
    with pytest.raises(handover.HoldConflict) as caught:  # a's old page, a's own id shown
        handover.hand_back(db.session, h.id, a, clock.now(), shown_holder_id=a.id)
    assert caught.value.holder.email == "b@nhs.test"
    with pytest.raises(handover.HoldConflict):  # a naming b: only the holder or an admin
        handover.hand_back(db.session, h.id, a, clock.now(), shown_holder_id=b.id)
    admin = factories.user("admin@nhs.test", role=Role.ADMIN)
    handover.hand_back(db.session, h.id, admin, clock.now(), shown_holder_id=b.id)
    assert _fresh(h).held_by_id is None


def test_while_held_the_familys_texts_wait_unanswered_and_no_attempt_goes(client,
                                                                          fake_channel):
    with time_machine.travel(NOW, tick=False):
        h = factories.household(mobile="+447700900596")
        schedule(h, now=NOW)
        coordinator = factories.user()
        handover.take_over(db.session, h.id, coordinator, clock.now())
        db.session.commit()
        text_from(client, number="+447700900596", body="is it safe? I'm worried")
        run_queue()
        tick(NOW + timedelta(days=1))
    assert answers() == [] and fake_channel.sent == []
    assert [m.status for m in inbound()] == [handover.HELD_FOR_PERSON]
    attempts = db.session.scalars(select(Attempt)).all()
    assert [a.state for a in attempts] == [AttemptState.CANCELLED]
    assert "coordinator took the household over" in attempts[0].cancel_reason


def test_an_answer_still_in_the_outbox_at_take_over_is_not_sent(client, fake_channel):
    """The assistant's answer written just before a coordinator took over (or waiting to be
    retried after a provider failure) is not sent during the hold: its text waits for the
    holder, and the assistant answers it only if the family is handed back."""
    from collections import Counter

    from assistant.conversation import reply_queue

    with time_machine.travel(NOW, tick=False):
        h = factories.household(mobile="+447700900596")
        text_from(client, number="+447700900596", body="yes please book us in")
        db.session.commit()
        assert reply_queue.handle_next(Counter())  # answered, not yet sent
        assert [m.status for m in answers()] == ["answer_to_send"]
        coordinator = factories.user()
        handover.take_over(db.session, h.id, coordinator, clock.now())
        db.session.commit()
        run_queue()
        assert fake_channel.sent == [], "the assistant talked over the coordinator"
        assert [m.status for m in inbound()] == [handover.HELD_FOR_PERSON]
        handover.hand_back(db.session, h.id, coordinator, clock.now(),
                           shown_holder_id=coordinator.id)
        db.session.commit()
        run_queue()
    assert len(fake_channel.texts_to("+447700900596")) == 1, "answered once, after the hold"


def test_stop_is_honoured_even_while_held(client, fake_channel):
    h = factories.household(mobile="+447700900596")
    handover.take_over(db.session, h.id, factories.user(), clock.now())
    db.session.commit()
    text_from(client, number="+447700900596", body="STOP")
    run_queue()
    assert answers() == []
    assert _fresh(h).phones[0].sms_opted_out_at is not None


def test_hand_back_schedules_the_attempts_left_and_answers_the_waiting_texts(client,
                                                                             fake_channel):
    with time_machine.travel(NOW, tick=False):
        h = _handed_over(mobile="+447700900596")
        coordinator = factories.user()
        handover.take_over(db.session, h.id, coordinator, clock.now())
        db.session.commit()
        text_from(client, number="+447700900596", body="yes please book us in")
        run_queue()
        assert answers() == []
        handover.hand_back(db.session, h.id, coordinator, clock.now(),
                           shown_holder_id=coordinator.id)
        db.session.commit()
        h = _fresh(h)
        assert h.status is HouseholdStatus.ACTIVE and h.held_by_id is None
        live = db.session.scalars(select(Attempt).where(
            Attempt.state == AttemptState.SCHEDULED)).all()
        assert [a.number for a in live] == [1], "the attempts left are scheduled"
        run_queue()
    assert len(answers()) == 1, "the text that waited is answered now"
    assert _fresh(h).status is HouseholdStatus.AGREED


def test_texts_the_holder_already_answered_are_not_answered_again(client, fake_channel):
    h = _handed_over(mobile="+447700900596")
    coordinator = factories.user()
    handover.take_over(db.session, h.id, coordinator, clock.now())
    db.session.commit()
    text_from(client, number="+447700900596", body="is it safe?")
    run_queue()
    db.session.add(Message(household_id=h.id, direction="out", channel="sms",
                           body="Yes, it is. Call me on 0151 496 0000.", status="sent",
                           sent_by_id=coordinator.id))
    handover.hand_back(db.session, h.id, coordinator, clock.now(),
                       shown_holder_id=coordinator.id)
    db.session.commit()
    run_queue()
    assert [m.status for m in inbound()] == [handover.READ_BY_PERSON]
    assert fake_channel.sent == []


def test_a_hold_untouched_for_five_working_days_becomes_one_task(app):
    h = _handed_over()
    coordinator = factories.user()
    with time_machine.travel(NOW, tick=False):
        handover.take_over(db.session, h.id, coordinator, clock.now())
        db.session.commit()
    # Monday to the next Monday is five working days.
    assert handover.flag_untouched_holds(local(2026, 11, 20, 17, 0)) == {"untouched_holds": 0}
    assert handover.flag_untouched_holds(local(2026, 11, 23, 10, 1)) == {"untouched_holds": 1}
    assert handover.flag_untouched_holds(local(2026, 11, 24, 10, 1)) == {"untouched_holds": 0}
    task = db.session.scalars(select(Task)).one()
    assert task.household_id == h.id and task.summary.startswith(handover.HOLD_TASK_MARK)


def test_every_referral_is_coded_and_audited_the_same_way(client, fake_channel):
    """Dialogue, due work and the console: one free text, one audit name."""
    practice = factories.practice()
    by_text = factories.household(practice, mobile="+447700900596", family_name="Text")
    unconfirmed = factories.household(practice, mobile="+447700900597", family_name="Quiet")
    unconfirmed.dialogue_state = "awaiting_refusal_confirmation"
    unconfirmed.dialogue_context = {"refusal_at": local(2026, 11, 2, 10, 0).isoformat()}
    db.session.commit()
    text_from(client, number="+447700900596", body="I'm worried about the MMR, is it safe?")
    run_queue()
    hand_over_unanswered_confirmations(local(2026, 11, 16, 10, 0))
    coded = db.session.scalars(select(CodedEvent).order_by(CodedEvent.household_id)).all()
    assert [c.snomed_code for c in coded] == [Event.REFERRED.code.snomed_code] * 2
    assert all(c.free_text.startswith("Referred to the immunisation coordinator: ")
               for c in coded)
    referred = db.session.scalars(select(AuditEvent.household_id).where(
        AuditEvent.action == "household.referred")).all()
    assert sorted(referred) == sorted([by_text.id, unconfirmed.id])


def test_an_exception_report_codes_each_child_with_the_words_and_ends_the_hold(app):
    h = _handed_over(children=2)
    coordinator = factories.user()
    handover.take_over(db.session, h.id, coordinator, clock.now())
    handover.exception_report(
        db.session, _fresh(h), clock.now(), event=Event.DECLINED_AFTER_COORDINATOR,
        free_text="Declined after talking to the coordinator: religious beliefs",
        evidence="We have decided not to", evidence_at=clock.now(), via="coordinator",
        actor=handover.actor_of(coordinator))
    db.session.commit()
    h = _fresh(h)
    assert h.status is HouseholdStatus.REFUSED and h.held_by_id is None
    declined = db.session.scalars(select(CodedEvent).where(
        CodedEvent.snomed_code == "429684009")).all()
    assert len(declined) == 2 and {c.evidence for c in declined} == {"We have decided not to"}
    with pytest.raises(ValueError):
        handover.exception_report(db.session, h, clock.now(), event=Event.REFERRED,
                                  free_text="", evidence="", evidence_at=None, via="x")
