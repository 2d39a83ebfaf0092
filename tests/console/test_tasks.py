"""The task list: open tasks oldest first, filters, assign, done with who and when."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from assistant.console import tasks as task_pages
from assistant.conversation.handover import HOLD_TASK_MARK
from assistant.db import db
from assistant.models import AuditEvent, Role, Task, TaskKind, TaskStatus, User
from tests import factories
from tests.booking.helpers import NOW
from tests.forms import page_token


def listed(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-task="(\d+)"', page)]


@pytest.fixture
def world(app):
    with time_machine.travel(NOW, tick=False):
        a = factories.practice("A80001", name="Alder Practice")
        b = factories.practice("B80002", name="Birch Practice")
        home_a = factories.household(a, family_name="Alder", mobile="+447700900301")
        home_b = factories.household(b, family_name="Birch", mobile="+447700900302")
        rows = [
            Task(practice_id=a.id, household_id=home_a.id, kind=TaskKind.BOOK_BY_HAND,
                 summary="Book the Alder family", created_at=NOW - timedelta(days=2)),
            Task(practice_id=b.id, household_id=home_b.id, kind=TaskKind.DATA_CHECK,
                 summary="Check Bruno's record", created_at=NOW - timedelta(days=3)),
            Task(practice_id=a.id, household_id=home_a.id, kind=TaskKind.OTHER,
                 summary=f"{HOLD_TASK_MARK} for 5 working days",
                 created_at=NOW - timedelta(days=1)),
            Task(practice_id=a.id, kind=TaskKind.RELEASE_SLOTS, summary="Slots released",
                 created_at=NOW - timedelta(hours=1)),
            Task(practice_id=a.id, kind=TaskKind.CALL_BACK, summary="Closed already",
                 status=TaskStatus.DONE, created_at=NOW - timedelta(days=9)),
        ]
        db.session.add_all(rows)
        coordinator = factories.user()
        colleague = factories.user("colleague@example.nhs.uk")
        practice_a = factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
        factories.user("b@example.nhs.uk", role=Role.PRACTICE, practice_obj=b)
        db.session.commit()
        return {"tasks": [t.id for t in rows], "coordinator": coordinator.id,
                "colleague": colleague.id, "practice_a": practice_a.id}


def test_open_tasks_are_listed_oldest_first_and_filtered(client, world):
    book, check, hold, released, _closed = world["tasks"]
    factories.login(client)
    page = client.get("/tasks").get_data(as_text=True)
    assert listed(page) == [check, book, hold, released]
    assert "Untouched hold" in page and "Book by hand" in page
    assert listed(client.get("/tasks?kind=book_by_hand").get_data(True)) == [book]
    assert listed(client.get("/tasks?kind=untouched_hold").get_data(True)) == [hold]
    assert listed(client.get("/tasks?kind=other").get_data(True)) == []
    assert listed(client.get("/tasks?kind=nonsense").get_data(True)) == [check, book, hold,
                                                                           released]
    assert listed(client.get("/tasks?mine=1").get_data(True)) == []


def test_a_practice_user_sees_and_changes_only_its_own_practices_tasks(client, world):
    book, check, hold, released, _ = world["tasks"]
    factories.login(client, "a@example.nhs.uk")
    page = client.get("/tasks").get_data(as_text=True)
    assert listed(page) == [book, hold, released] and "Bruno" not in page
    token = page_token(client, "/tasks")
    for action in ("done", "assign"):
        response = client.post(f"/tasks/{check}/{action}", data={"csrf_token": token})
        assert response.status_code == 404
    db.session.expire_all()
    task = db.session.get(Task, check)
    assert task.status is TaskStatus.OPEN and task.assigned_to_id is None


def test_assign_to_me_and_to_a_colleague_is_recorded(client, world):
    book = world["tasks"][0]
    factories.login(client)
    token = page_token(client, "/tasks")
    response = client.post(f"/tasks/{book}/assign?kind=book_by_hand",
                           data={"csrf_token": token})
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/tasks?kind=book_by_hand")
    assert db.session.get(Task, book).assigned_to_id == world["coordinator"]
    assert listed(client.get("/tasks?mine=1").get_data(True)) == [book]
    client.post(f"/tasks/{book}/assign",
                data={"csrf_token": token, "user_id": str(world["colleague"])})
    db.session.expire_all()
    assert db.session.get(Task, book).assigned_to_id == world["colleague"]
    page = client.get("/tasks").get_data(as_text=True)
    assert "colleague@example.nhs.uk" in page
    actions = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "task.assigned").order_by(AuditEvent.id)).all()
    assert [(e.user_id, e.detail["assigned_to_id"]) for e in actions] == [
        (world["coordinator"], world["coordinator"]), (world["coordinator"], world["colleague"])]


def test_a_task_cannot_go_to_someone_who_cannot_see_it(client, world):
    check = world["tasks"][1]  # practice B's
    factories.login(client)
    token = page_token(client, "/tasks")
    response = client.post(f"/tasks/{check}/assign",
                           data={"csrf_token": token, "user_id": str(world["practice_a"])})
    assert response.status_code == 400
    assert db.session.get(Task, check).assigned_to_id is None
    page = client.get("/tasks").get_data(as_text=True)
    row = page[page.index(f'data-task="{check}"'):].split("</tr>")[0]
    assert "a@example.nhs.uk" not in row and "b@example.nhs.uk" in row


def test_done_records_who_and_when_once(client, world):
    """H122: a task closed leaves who closed it and when, and an audit entry."""
    book = world["tasks"][0]
    with time_machine.travel(NOW, tick=False):
        factories.login(client, "a@example.nhs.uk")
        token = page_token(client, "/tasks")
    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        response = client.post(f"/tasks/{book}/done", data={"csrf_token": token})
    assert response.status_code == 303
    db.session.expire_all()
    task = db.session.get(Task, book)
    assert task.status is TaskStatus.DONE
    assert task.closed_by_id == world["practice_a"]
    assert task.closed_at == NOW + timedelta(minutes=5)
    entry = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "task.done")).one()
    assert entry.actor == f"user:{world['practice_a']}" and entry.detail["task_id"] == book
    assert book not in listed(client.get("/tasks").get_data(True))
    factories.login(client)
    again = client.post(f"/tasks/{book}/done", data={"csrf_token": page_token(client, "/tasks")})
    assert again.status_code == 409
    assert "already done by a@example.nhs.uk" in again.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Task, book).closed_by_id == world["practice_a"]


def test_a_post_without_its_token_changes_nothing(client, world):
    book = world["tasks"][0]
    factories.login(client)
    assert client.post(f"/tasks/{book}/done").status_code == 400
    assert client.post(f"/tasks/{book}/assign", data={"user_id": "1"}).status_code == 400
    db.session.expire_all()
    task = db.session.get(Task, book)
    assert task.status is TaskStatus.OPEN and task.assigned_to_id is None
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action.like("task.%"))) is None


def test_the_task_list_is_paged(client, world, monkeypatch):
    monkeypatch.setattr(task_pages, "PER_PAGE", 3)
    factories.login(client)
    first = client.get("/tasks").get_data(as_text=True)
    second = client.get("/tasks?page=2").get_data(as_text=True)
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    assert listed(first) + listed(second) == world["tasks"][1::-1] + world["tasks"][2:4]


def test_an_inactive_user_is_not_offered(client, world):
    db.session.get(User, world["colleague"]).active = False
    db.session.commit()
    factories.login(client)
    assert "colleague@example.nhs.uk" not in client.get("/tasks").get_data(as_text=True)


def test_ten_people_pressing_done_at_once_close_it_once(pg_app):
    """PostgreSQL: one 303 and nine 409s naming who closed it; one audit entry."""
    import threading

    practice = factories.practice("A80001")
    task = Task(practice_id=practice.id, kind=TaskKind.CALL_BACK, summary="Call back")
    db.session.add(task)
    emails = [f"c{i}@example.nhs.uk" for i in range(10)]
    for email in emails:
        factories.user(email)
    db.session.commit()
    clients = []
    for email in emails:
        client = pg_app.test_client()
        factories.login(client, email)
        clients.append((client, page_token(client, "/tasks")))
    barrier = threading.Barrier(len(clients))
    answers: list[tuple[int, str]] = []

    def press(client, token) -> None:
        barrier.wait()
        response = client.post(f"/tasks/{task.id}/done", data={"csrf_token": token})
        answers.append((response.status_code, response.get_data(as_text=True)))

    threads = [threading.Thread(target=press, args=pair) for pair in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    db.session.expire_all()
    closer = db.session.get(User, db.session.get(Task, task.id).closed_by_id).email
    assert sorted(code for code, _ in answers) == [303] + [409] * 9
    assert all(f"already done by {closer}" in body for code, body in answers if code == 409)
    assert len(db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "task.done")).all()) == 1


def test_follow_ups_are_listed_by_their_due_day_overdue_first(client, world):
    """Hazard H186: a follow-up raised long ago for a far day listed above one overdue
    today (the list ordered them by when they were raised), so the overdue one is missed."""
    alder = db.session.scalar(select(Task.household_id).where(
        Task.kind == TaskKind.BOOK_BY_HAND))
    practice = db.session.scalar(select(Task.practice_id).where(Task.household_id == alder))

    def follow_up(raised_days_ago: int, due_in_days: float) -> Task:
        task = Task(practice_id=practice, household_id=alder, kind=TaskKind.FOLLOW_UP,
                    summary="Follow up with the Alder family",
                    created_at=NOW - timedelta(days=raised_days_ago),
                    due_at=NOW + timedelta(days=due_in_days))
        db.session.add(task)
        db.session.flush()
        return task

    far = follow_up(raised_days_ago=20, due_in_days=30)    # raised first, due last
    overdue = follow_up(raised_days_ago=5, due_in_days=-2.5)
    soon_a = follow_up(raised_days_ago=4, due_in_days=1)
    soon_b = follow_up(raised_days_ago=10, due_in_days=1)  # the same day: by id
    db.session.commit()
    book, check, hold, released, _closed = world["tasks"]
    factories.login(client)
    assert listed(client.get("/tasks?kind=follow_up").get_data(True)) == [
        overdue.id, soon_a.id, soon_b.id, far.id]
    # Among the other kinds (raised 3 days to 1 hour ago), each follow-up sits at its day.
    assert listed(client.get("/tasks").get_data(True)) == [
        check, overdue.id, book, hold, released, soon_a.id, soon_b.id, far.id]
