"""A practice user sees only its own children, on every route (pathway §8, interfaces §6).

Two practices, A and B. A household at B alone, and a household split between them:
two siblings sharing a carer mobile, one registered at A and one at B. Signed in as
practice A, every route the app has is opened: those that take an id are given B's
(404 expected), the others must not name B's children anywhere on the page.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from assistant import clock
from assistant.db import db
from assistant.models import (
    Booking,
    Child,
    CodedEvent,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    MessageChannel,
    MessageState,
    Role,
    Task,
    TaskKind,
)
from assistant.records import reports
from tests import factories
from tests.booking.helpers import NOW
from tests.forms import token_in
from tests.imports.conftest import child_row, frozen, practices, run_import, write_csv  # noqa: F401

# Routes a signed-in user does not reach: signed hooks, the family's own link page,
# the sandbox phone (sandbox channel only), static files, sign-in and sign-out.
NOT_CONSOLE = ("static", "twilio_hooks.", "booking.", "sandbox.", "auth.", "favicon")
B_NAMES = ("Bruno", "Solomon")


@pytest.fixture
def world(app):
    """Practices A and B; B's own family; a family split between A and B; A's user."""
    with time_machine.travel(NOW, tick=False):
        a = factories.practice("A80001", name="Alder Practice")
        b = factories.practice("B80002", name="Birch Practice")
        b_only = factories.household(b, family_name="Birch", mobile="+447700900201")
        b_only.children[0].given_name = "Bruno"
        split = factories.household(a, family_name="Split", mobile="+447700900202")
        split.children[0].given_name = "Sara"
        sol = factories.child(split, given_name="Solomon", practice_id=b.id)
        slot = factories.slot(b, clock.now() + timedelta(days=2))
        booking = Booking(slot_id=slot.id, child_id=sol.id, household_id=split.id,
                          booked_via="sms", booked_at=NOW)
        task = Task(practice_id=b.id, household_id=b_only.id, kind=TaskKind.OTHER,
                    summary="Call the Birch family about Bruno")
        event = CodedEvent(child_id=sol.id, practice_id=b.id, household_id=split.id,
                           snomed_code="1234", term="test", free_text="Solomon",
                           occurred_at=NOW)
        db.session.add_all([booking, task, event])
        user_b = factories.user("b@example.nhs.uk", role=Role.PRACTICE, practice_obj=b)
        factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
        db.session.commit()
        return {"household_id": b_only.id, "task_id": task.id, "booking_id": booking.id,
                "child_id": sol.id, "slot_id": slot.id, "user_id": user_b.id,
                "event_id": event.id, "practice_id": b.id, "split": split.id,
                "b_nhs": [b_only.children[0].nhs_number, sol.nhs_number]}


def _routes(app):
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith(NOT_CONSOLE):
            yield rule


def test_every_route_hides_practice_b_from_practice_a(app, client, world):
    factories.login(client, "a@example.nhs.uk")
    token = token_in(client.get("/").get_data(as_text=True))  # a refused token hides nothing
    checked = 0
    for rule in _routes(app):
        unknown = set(rule.arguments) - set(world)
        assert not unknown, f"{rule.rule}: map {unknown} to practice B's ids in this test"
        url = rule.build({name: world[name] for name in rule.arguments})[1]
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method,
                                   data={"csrf_token": token} if method != "GET" else None)
            body = response.get_data(as_text=True)
            if rule.arguments:
                assert response.status_code == 404, f"{method} {url}: {response.status_code}"
            else:
                assert response.status_code < 500, f"{method} {url}"
            for secret in (*B_NAMES, *world["b_nhs"]):
                assert secret not in body, f"{method} {url} shows {secret}"
            checked += 1
    assert checked >= 2


def test_practice_home_lists_only_its_own_children(client, world):
    factories.login(client, "a@example.nhs.uk")
    page = client.get("/").get_data(as_text=True)
    assert "Sara" in page and f"/households/{world['split']}" in page
    assert "Solomon" not in page and "Bruno" not in page
    factories.login(client, "b@example.nhs.uk")
    page = client.get("/?q=solo").get_data(as_text=True)
    assert "Solomon" in page and "Sara" not in page
    assert "Solomon" in client.get(f"/?q={world['b_nhs'][1]}").get_data(as_text=True)


@pytest.mark.usefixtures("practices")
def test_split_sibling_import_keeps_one_household_and_each_child_at_its_practice(
        runner, tmp_path):
    """The issue's case: B's child sharing a phone with A's child used to be A's only."""
    rows = [child_row(nhs_number="9994821997", given_name="Ava"),
            child_row(nhs_number="9991948759", given_name="Ben", practice_ods_code="F80001")]
    code, report = run_import(runner, "import-cohort", write_csv(tmp_path / "c.csv", rows))
    assert code == 0, report
    households = db.session.scalars(select(Household)).all()
    assert len(households) == 1  # contacted once
    practice_of = {c.given_name: c.practice.ods_code for c in db.session.scalars(select(Child))}
    assert practice_of == {"Ava": "N80000", "Ben": "F80001"}
    counts = reports.report(db.session)
    assert counts["practices"]["F80001"]["cohort"] == 1
    assert counts["practices"]["F80001"]["households"] == 1  # not "1 child in 0 households"
    assert counts["practices"]["N80000"]["households"] == 1
    assert counts["total"]["households"] == 1


def test_the_queue_and_the_tasks_mask_a_sibling_at_another_practice(client, world):
    """The split family waits in the queue with the family's words and a reason naming
    Solomon (registered at B), and a task at A names him: practice A sees neither name."""
    with time_machine.travel(NOW, tick=False):
        split = db.session.get(Household, world["split"])
        split.status = HouseholdStatus.WITH_COORDINATOR
        split.status_reason = "hesitant: worried about Solomon's MMR"
        db.session.add_all([
            Message(household_id=split.id, direction=Direction.INBOUND,
                    channel=MessageChannel.SMS, body="Is it safe for Solomon?",
                    status=MessageState.RECEIVED, created_at=NOW, handled_at=NOW),
            Task(practice_id=split.practice_id, household_id=split.id,
                 kind=TaskKind.DATA_CHECK, summary="Solomon was no longer listed.",
                 created_at=NOW, updated_at=NOW)])
        db.session.commit()
        factories.login(client, "a@example.nhs.uk")
        queue = client.get("/coordinator/").get_data(as_text=True)
        tasks = client.get("/tasks").get_data(as_text=True)
    assert "Split family" in queue and "Is it safe for" in queue
    assert "worried about" in queue and "no longer listed" in tasks
    for page in (queue, tasks):
        assert "Solomon" not in page and world["b_nhs"][1] not in page


def test_practice_a_acting_on_the_split_family_never_sees_practice_b(client, world):
    """The split family is A's to see (Sara) but not its sibling at B (Solomon): the page,
    its live poll, a call recorded with a valid token, a refused call's 400 page, and the
    team's POSTs (404) name no child of B."""
    split = world["split"]
    factories.login(client, "a@example.nhs.uk")
    page = client.get(f"/households/{split}")
    token = token_in(page.get_data(as_text=True))
    answers = [page,
               client.get(f"/households/{split}/timeline.json"),
               client.post(f"/households/{split}/calls",
                           data={"csrf_token": token, "outcome": "no_answer", "note": "x"}),
               client.post(f"/households/{split}/calls", data={"csrf_token": token}),
               client.post(f"/households/{split}/calls",
                           data={"outcome": "no_answer"})]  # no token: 400
    statuses = [a.status_code for a in answers]
    assert statuses == [200, 200, 303, 400, 400]
    answers.append(client.get(f"/households/{split}"))
    for path in ("take-over", "hand-back", "messages", "outcome"):
        answers.append(client.post(f"/households/{split}/{path}", data={
            "csrf_token": token, "outcome": "agreed", "slot_id": str(world["slot_id"]),
            "body": "hello", "shown_holder_id": "1"}))
        assert answers[-1].status_code == 404, path
    for answer in answers:
        body = answer.get_data(as_text=True)
        for secret in (*B_NAMES, *world["b_nhs"]):
            assert secret not in body
