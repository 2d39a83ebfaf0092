"""The coordinators' queue: most urgent first, with why, filters, counts, pages and scope."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from assistant import clock
from assistant.console import waiting
from assistant.conversation.replies import (
    confirmation_deadline,
    hand_over_unanswered_confirmations,
)
from assistant.db import db
from assistant.models import DialogueState as State
from assistant.models import (
    Direction,
    HouseholdStatus,
    Message,
    Practice,
    Role,
    Task,
    TaskKind,
    TaskStatus,
    User,
)
from tests import factories
from tests.booking.helpers import NOW, at
from tests.forms import page_token

AWAITING = State.AWAITING_REFUSAL_CONFIRMATION.value


def order(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-household="(\d+)"', page)]


def count_of(page: str, reason: str) -> int:
    return int(re.search(rf'id="count-{reason}">(\d+)<', page).group(1))


@pytest.fixture
def travel():
    with time_machine.travel(NOW, tick=False):
        yield


_phone = iter(range(100, 999))


def family(practice, name: str, **fields):
    return factories.household(practice, family_name=name,
                               mobile=f"+447700900{next(_phone):03d}", **fields)


@pytest.fixture
def world(app, travel):
    """One household per reason (two for refusals and hesitancy), and two not waiting."""
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    coordinator = factories.user()
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    made = {}
    made["refusal_far"] = family(a, "Far", dialogue_state=AWAITING, dialogue_context={
        "refusal_at": (NOW - timedelta(hours=1)).isoformat()})
    made["refusal_near"] = family(b, "Near", dialogue_state=AWAITING, dialogue_context={
        "refusal_at": (NOW - timedelta(days=1)).isoformat()})
    made["unanswered"] = family(a, "Unread")
    db.session.add(Message(household_id=made["unanswered"].id, direction=Direction.INBOUND,
                           channel="sms", body="<b>Can you call me?</b>", status="unhandled",
                           created_at=NOW - timedelta(hours=3), handled_at=NOW))
    answered = family(a, "Answered")
    db.session.add_all([
        Message(household_id=answered.id, direction=Direction.INBOUND, channel="voice",
                body="left a message", status="needs_person", created_at=NOW - timedelta(days=2)),
        Message(household_id=answered.id, direction=Direction.OUTBOUND, channel="sms",
                body="We called you back", sent_by_id=coordinator.id, status="delivered",
                created_at=NOW - timedelta(days=1))])
    made["no_slot"] = family(a, "Agreed", status=HouseholdStatus.AGREED,
                             status_changed_at=NOW - timedelta(days=1))
    db.session.add(Task(practice_id=a.id, household_id=made["no_slot"].id,
                        kind=TaskKind.BOOK_BY_HAND, summary="Book by hand",
                        created_at=NOW - timedelta(days=1)))
    made["hesitant_old"] = family(a, "Worried", status=HouseholdStatus.WITH_COORDINATOR,
                                  status_reason="worried about side effects",
                                  status_changed_at=NOW - timedelta(days=5))
    made["hesitant_new"] = family(b, "Unsure", status=HouseholdStatus.WITH_COORDINATOR,
                                  status_reason="asked to talk to someone",
                                  status_changed_at=NOW - timedelta(days=1))
    made["held"] = family(a, "Held", held_by_id=coordinator.id,
                          held_since=NOW - timedelta(hours=2))
    family(a, "Calm")  # on the pathway, waiting for nobody
    db.session.commit()
    return {name: h.id for name, h in made.items()} | {"a": a.id, "b": b.id}


URGENCY = ["refusal_near", "refusal_far", "unanswered", "no_slot", "hesitant_old",
           "hesitant_new", "held"]


def test_the_queue_lists_families_most_urgent_first_with_why_in_plain_words(client, world):
    factories.login(client)
    page = client.get("/coordinator/").get_data(as_text=True)
    assert order(page) == [world[name] for name in URGENCY]
    assert "Goes to a coordinator on Wed 18 Nov if they do not answer" in page
    assert "worried about side effects" in page and "Waiting 5 days" in page
    assert "Agreed, but no protected slot was free" in page
    assert "Words from the family no one has answered" in page
    assert "&lt;b&gt;Can you call me?&lt;/b&gt;" in page  # their words, escaped
    assert "coordinator@example.nhs.uk" in page and "since Tue 17 Nov 08:00" in page
    assert f'href="/households/{world["held"]}"' in page
    assert "Calm family" not in page and "Answered family" not in page
    assert "1 text" not in page  # nothing overdue in the reply queue


def test_counts_per_reason_and_filters_by_reason_and_practice(client, world):
    factories.login(client)
    page = client.get("/coordinator/").get_data(as_text=True)
    assert {r: count_of(page, r) for r in waiting.REASONS} == {
        "refusal": 2, "unanswered": 1, "no_slot": 1, "hesitant": 2, "held": 1}
    page = client.get("/coordinator/?reason=hesitant").get_data(as_text=True)
    assert order(page) == [world["hesitant_old"], world["hesitant_new"]]
    assert count_of(page, "refusal") == 2  # counts stay whole under a reason filter
    page = client.get("/coordinator/?reason=refusal&reason=held").get_data(as_text=True)
    assert order(page) == [world["refusal_near"], world["refusal_far"], world["held"]]
    page = client.get("/coordinator/?practice=B80002").get_data(as_text=True)
    assert order(page) == [world["refusal_near"], world["hesitant_new"]]
    assert count_of(page, "hesitant") == 1
    page = client.get("/coordinator/?practice=b80002&reason=hesitant").get_data(as_text=True)
    assert order(page) == [world["hesitant_new"]]
    page = client.get("/coordinator/?reason=nonsense&page=x")
    assert page.status_code == 200 and order(page.get_data(as_text=True)) == [
        world[name] for name in URGENCY]
    assert client.get("/coordinator/?practice=ZZZ").status_code == 404  # as every page


def test_the_queue_is_paged_in_urgency_order(client, world, monkeypatch):
    monkeypatch.setattr(waiting, "PER_PAGE", 3)
    factories.login(client)
    seen = []
    for number in (1, 2, 3):
        page = client.get(f"/coordinator/?page={number}").get_data(as_text=True)
        assert f"Page {number} of 3" in page
        seen += order(page)
    assert seen == [world[name] for name in URGENCY]
    page = client.get("/coordinator/?page=2&reason=hesitant&reason=held").get_data(True)
    assert "Page 1 of 1" in page  # past the last page: the last page
    page = client.get("/coordinator/?page=9").get_data(as_text=True)
    assert "Page 3 of 3" in page and order(page) == [world["held"]]
    page = client.get("/coordinator/?page=1").get_data(as_text=True)
    assert 'href="/coordinator/?page=2"' in page
    assert count_of(page, "hesitant") == 2 and "7 waiting" in page


def test_a_practice_user_sees_only_its_own_families(client, world):
    factories.login(client, "a@example.nhs.uk")
    page = client.get("/coordinator/").get_data(as_text=True)
    assert order(page) == [world[n] for n in URGENCY if n not in ("refusal_near",
                                                                  "hesitant_new")]
    assert "Birch Practice" not in page and "Near family" not in page
    assert 'name="file"' not in page  # referrals are the team's
    assert client.get("/coordinator/?practice=B80002").status_code == 404
    page = client.get("/coordinator/?practice=a80001").get_data(as_text=True)
    assert order(page) == [world[n] for n in URGENCY if n not in ("refusal_near",
                                                                  "hesitant_new")]
    assert "(filtered)" not in page  # their own practice is no filter of theirs


def test_a_split_household_shows_a_practice_only_its_own_children(client, app, travel):
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    split = family(a, "Split", status=HouseholdStatus.WITH_COORDINATOR,
                   status_reason="worried", status_changed_at=NOW)
    split.children[0].given_name = "Sara"
    factories.child(split, given_name="Solomon", practice_id=b.id)
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    factories.user("b@example.nhs.uk", role=Role.PRACTICE, practice_obj=b)
    factories.user()
    db.session.commit()
    factories.login(client, "b@example.nhs.uk")
    page = client.get("/coordinator/").get_data(as_text=True)
    assert order(page) == [split.id] and "Solomon" in page and "Sara" not in page
    factories.login(client, "a@example.nhs.uk")
    page = client.get("/coordinator/").get_data(as_text=True)
    assert "Sara" in page and "Solomon" not in page
    factories.login(client)
    page = client.get("/coordinator/").get_data(as_text=True)
    assert "Sara" in page and "Solomon" in page


def test_a_refusal_past_its_deadline_is_first_and_says_so(client, world):
    """H120: the scheduler missed the hand-over; the queue does not miss the family."""
    late = family(db.session.get(Practice, world["a"]), "Late", dialogue_state=AWAITING,
        dialogue_context={"refusal_at": (NOW - timedelta(days=7)).isoformat()})
    db.session.commit()
    assert confirmation_deadline(late) <= clock.local(NOW).date()
    factories.login(client)
    page = client.get("/coordinator/").get_data(as_text=True)
    assert order(page)[0] == late.id
    assert "passed, not yet handed over" in page
    # The queue and the due-work job read one deadline: the job hands this one over now.
    assert hand_over_unanswered_confirmations(clock.now()) == {
        "unconfirmed_refusals_handed_over": 1}
    page = client.get("/coordinator/?reason=hesitant").get_data(as_text=True)
    assert late.id in order(page)
    assert "asked to confirm a refusal and did not answer" in page


def test_an_overdue_text_puts_its_family_in_the_queue(client, world):
    db.session.add(Message(household_id=world["hesitant_new"], direction=Direction.INBOUND,
                           channel="sms", body="hello?", status="received",
                           created_at=NOW - timedelta(minutes=10)))
    db.session.commit()
    factories.login(client)
    page = client.get("/coordinator/?reason=unanswered").get_data(as_text=True)
    assert order(page) == [world["unanswered"], world["hesitant_new"]]
    assert "1 text from\n  families has waited more than two minutes" in page


def test_the_queue_answers_in_a_bounded_number_of_queries(client, world, app):
    """Ordering and paging happen in the database: the statement count does not grow
    with the households waiting."""
    from sqlalchemy import event

    factories.login(client)
    statements = []

    def counted(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", counted)
    try:
        client.get("/coordinator/")
        few = len(statements)
        for i in range(30):
            family(db.session.get(Practice, world["a"]), f"More{i}",
                   status=HouseholdStatus.WITH_COORDINATOR, status_changed_at=NOW)
        db.session.commit()
        statements.clear()
        client.get("/coordinator/")
        assert len(statements) == few
    finally:
        event.remove(db.engine, "before_cursor_execute", counted)


def test_a_call_nobody_answered_does_not_answer_the_familys_words(client, world):
    """As the hand back reads it: a text from a person, or a call in which they spoke."""
    from assistant.models import MessageChannel, MessageState, User

    coordinator = db.session.scalar(select(User.id).where(User.role == Role.COORDINATOR))
    call = Message(household_id=world["unanswered"], direction=Direction.OUTBOUND,
                   channel=MessageChannel.VOICE, body="no answer", status="no_answer",
                   sent_by_id=coordinator, created_at=NOW)
    db.session.add(call)
    db.session.commit()
    factories.login(client)
    assert world["unanswered"] in order(client.get("/coordinator/").get_data(as_text=True))
    call.status = MessageState.SPOKE
    db.session.commit()
    assert world["unanswered"] not in order(client.get("/coordinator/").get_data(as_text=True))


def test_the_book_by_hand_condition_is_the_partial_indexs_own():
    from assistant.models.records import BOOK_BY_HAND_OPEN

    assert waiting._BOOK_BY_HAND_OPEN.replace("tasks.", "") == BOOK_BY_HAND_OPEN


def held_family(practice_id: int, name: str, held_for: timedelta, *follow_ups) -> int:
    """A family the coordinator has held for ``held_for``, with follow-up tasks given as
    (local due time, status)."""
    coordinator = db.session.scalar(select(User.id).where(
        User.email == "coordinator@example.nhs.uk"))
    household = family(db.session.get(Practice, practice_id), name, held_by_id=coordinator,
                       held_since=NOW - held_for)
    for due, status in follow_ups:
        db.session.add(Task(practice_id=practice_id, household_id=household.id,
                            kind=TaskKind.FOLLOW_UP, status=status, due_at=at(due),
                            summary=f"Follow up with the {name} family",
                            created_at=NOW - held_for))
    db.session.flush()
    return household.id


OPEN, DONE = TaskStatus.OPEN, TaskStatus.DONE
# The held families below, in the order the queue lists them.
HELD_ORDER = ["overdue", "yesterday", "today", "soon", "later", "long_held", "held"]


@pytest.fixture
def follow_ups(world) -> dict[str, int]:
    """Held families of Alder's (beside the world's "held", taken over 2 hours ago with no
    follow-up), with follow-ups due 09:00 on the day; "now" is Tue 17 Nov 10:00. Taken
    over in nearly the reverse order, so the old order (by held_since) is another."""
    a = world["a"]
    made = {
        "overdue": held_family(a, "Overdue", timedelta(minutes=10),
                               ("2026-11-27T09:00", OPEN),   # its earliest open one counts
                               ("2026-11-12T09:00", OPEN)),
        "today": held_family(a, "Today", timedelta(minutes=20), ("2026-11-17T09:00", OPEN)),
        "later": held_family(a, "Later", timedelta(minutes=30), ("2026-11-20T09:00", OPEN)),
        "yesterday": held_family(a, "Yesterday", timedelta(days=1),
                                 ("2026-11-16T09:00", OPEN)),
        "soon": held_family(a, "Soon", timedelta(days=3), ("2026-11-18T09:00", OPEN)),
        # Taken over first; its follow-up is done, so it has none open.
        "long_held": held_family(a, "Long", timedelta(days=10), ("2026-11-10T09:00", DONE)),
    }
    db.session.commit()
    return world | made


def test_held_families_with_a_follow_up_due_come_first_most_overdue_first(client, follow_ups):
    """Hazard H200: held families were listed by when they were taken over, so a family
    whose follow-up was overdue sat below every hold taken before it."""
    factories.login(client)
    held = [follow_ups[name] for name in HELD_ORDER]
    page = client.get("/coordinator/").get_data(as_text=True)
    assert order(page) == [follow_ups[name] for name in URGENCY[:-1]] + held
    assert order(client.get("/coordinator/?reason=held").get_data(as_text=True)) == held
    assert count_of(page, "held") == 7
    # The due day on the row: overdue marked, today's said so, a later one plain.
    assert ('<strong class="nhsuk-tag nhsuk-tag--red">Follow up due Thu 12 Nov: overdue'
            '</strong>') in page
    assert "Follow up due Mon 16 Nov: overdue" in page
    assert "<strong>Follow up due today</strong> (Tue 17 Nov)." in page
    assert "Follow up due Wed 18 Nov." in page and "Follow up due Fri 20 Nov." in page
    assert page.count("Follow up due") == 5  # none for a done follow-up, none for no follow-up
    # Two days on, the order stands (it is by the due time) and Wednesday's is overdue.
    with time_machine.travel(at("2026-11-19T10:00"), tick=False):
        factories.login(client)  # signed in again: the session has long been idle
        page = client.get("/coordinator/?reason=held").get_data(as_text=True)
    assert order(page) == held
    assert "Follow up due Wed 18 Nov: overdue" in page
    assert "Follow up due Fri 20 Nov." in page and "Follow up due Tue 17 Nov: overdue" in page


def test_held_families_are_paged_in_follow_up_order(client, follow_ups, monkeypatch):
    monkeypatch.setattr(waiting, "PER_PAGE", 3)
    factories.login(client)
    expected = [follow_ups[name] for name in URGENCY[:-1] + HELD_ORDER]
    seen = []
    for number in range(1, 6):  # 13 families: refusals (listed first) and the rest
        page = client.get(f"/coordinator/?page={number}").get_data(as_text=True)
        assert f"Page {number} of 5" in page
        seen += order(page)
    assert seen == expected
    seen = []
    for number in (1, 2, 3):
        page = client.get(f"/coordinator/?reason=held&reason=refusal&page={number}")
        seen += order(page.get_data(as_text=True))
    assert seen == [follow_ups[name] for name in ["refusal_near", "refusal_far", *HELD_ORDER]]


def test_follow_up_order_keeps_to_the_practices_a_user_may_see(client, follow_ups):
    """A Birch family's follow-up, the most overdue of all, orders only where Birch's
    families are shown."""
    birch = held_family(follow_ups["b"], "Birchheld", timedelta(days=20),
                        ("2026-11-02T09:00", OPEN))
    db.session.commit()
    held = [follow_ups[name] for name in HELD_ORDER]
    factories.login(client)
    page = client.get("/coordinator/?reason=held").get_data(as_text=True)
    assert order(page) == [birch, *held]
    page = client.get("/coordinator/?reason=held&practice=B80002").get_data(as_text=True)
    assert order(page) == [birch] and "Follow up due Mon 2 Nov: overdue" in page
    page = client.get("/coordinator/?reason=held&practice=A80001").get_data(as_text=True)
    assert order(page) == held
    factories.login(client, "a@example.nhs.uk")
    page = client.get("/coordinator/?reason=held").get_data(as_text=True)
    assert order(page) == held and "Mon 2 Nov" not in page


def test_a_follow_up_set_in_the_console_moves_the_family_up_until_it_is_done(client, world):
    """Through the outcome form, as a coordinator sets it: due Thursday, the family goes
    above a hold taken over long before; overdue on Friday; done, back by held_since."""
    long_held = held_family(world["a"], "Long", timedelta(days=10))
    db.session.commit()
    factories.login(client)
    assert order(client.get("/coordinator/?reason=held").get_data(True)) == [
        long_held, world["held"]]
    token = page_token(client, f"/households/{world['held']}")
    assert client.post(f"/households/{world['held']}/outcome", data={
        "csrf_token": token, "outcome": "follow_up", "date": "2026-11-19"}).status_code == 303
    page = client.get("/coordinator/?reason=held").get_data(as_text=True)
    assert order(page) == [world["held"], long_held]
    assert "Follow up due Thu 19 Nov." in page
    with time_machine.travel(at("2026-11-20T10:00"), tick=False):
        factories.login(client)  # signed in again: the session has long been idle
        page = client.get("/coordinator/?reason=held").get_data(as_text=True)
        assert order(page) == [world["held"], long_held]
        assert "Follow up due Thu 19 Nov: overdue" in page
        task = db.session.scalar(select(Task.id).where(Task.household_id == world["held"],
                                                       Task.kind == TaskKind.FOLLOW_UP))
        token = page_token(client, "/tasks")
        assert client.post(f"/tasks/{task}/done", data={"csrf_token": token}).status_code == 303
        page = client.get("/coordinator/?reason=held").get_data(as_text=True)
    assert order(page) == [long_held, world["held"]] and "Follow up due" not in page


def test_the_follow_up_condition_is_the_partial_indexs_own():
    from assistant.models.records import FOLLOW_UP_OPEN

    assert waiting._FOLLOW_UP_OPEN.replace("tasks.", "") == FOLLOW_UP_OPEN
    expected = f"status = '{TaskStatus.OPEN.value}' AND kind = '{TaskKind.FOLLOW_UP.value}'"
    assert expected == FOLLOW_UP_OPEN
