"""A split family's masker (``timeline.masker``: a sibling at another practice hidden from
a practice user) is built once per family per request: on the household page and its live
poll (shared by the hold card and the timeline), and on /tasks (shared by a family's tasks
and by both places a row shows its summary). What is shown is unchanged."""

from __future__ import annotations

import pytest
import time_machine

from assistant.console import timeline
from assistant.db import db
from assistant.models import HouseholdStatus, Role, Task, TaskKind
from tests import factories
from tests.booking.helpers import NOW


@pytest.fixture
def split(app):
    with time_machine.travel(NOW, tick=False):
        a = factories.practice("A80001", name="Alder Practice")
        b = factories.practice("B80002", name="Birch Practice")
        family = factories.household(a, family_name="Split", mobile="+447700900202")
        family.children[0].given_name = "Sara"
        factories.child(family, given_name="Solomon", practice_id=b.id)
        family.status = HouseholdStatus.WITH_COORDINATOR
        family.status_reason = "hesitant: worried about Solomon's MMR"
        db.session.add_all([Task(practice_id=a.id, household_id=family.id,
                                 kind=TaskKind.DATA_CHECK, summary=f"Solomon check {n}",
                                 created_at=NOW, updated_at=NOW) for n in (1, 2, 3)])
        factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
        db.session.commit()
        return family.id


@pytest.fixture
def built(monkeypatch) -> list[int]:
    """The households a masker was built for, in order."""
    calls: list[int] = []
    real = timeline.masker

    def counting(household, user):
        calls.append(household.id)
        return real(household, user)

    monkeypatch.setattr(timeline, "masker", counting)
    return calls


def test_the_household_page_and_its_poll_build_the_masker_once(client, split, built):
    factories.login(client, "a@example.nhs.uk")
    built.clear()
    page = client.get(f"/households/{split}").get_data(as_text=True)
    assert built == [split]
    assert "worried about" in page and "Solomon" not in page
    built.clear()
    poll = client.get(f"/households/{split}/timeline.json").get_data(as_text=True)
    assert built == [split]
    assert "worried about" in poll and "Solomon" not in poll


def test_tasks_build_one_masker_per_family(client, split, built):
    factories.login(client, "a@example.nhs.uk")
    built.clear()
    page = client.get("/tasks").get_data(as_text=True)
    assert built == [split]
    assert page.count(f"{timeline.MASK} check") == 6  # three tasks, each shown twice
    assert "Solomon" not in page
