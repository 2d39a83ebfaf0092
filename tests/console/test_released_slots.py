"""``/slots/released``: protected slots handed back to the practice, with when and why,
and the RELEASE_SLOTS tasks; a practice user sees its own, the team all or one."""

from __future__ import annotations

import re

import time_machine
from flask import g

from assistant.booking.aftercare import release_unbooked_slots
from assistant.db import db
from assistant.models import Role, Task, TaskKind
from tests import factories
from tests.booking.helpers import at

RELEASE = at("2026-11-17T12:30")  # a Tuesday, after 12:00: Wednesday's slots go


def _world():
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    factories.slot(a, at("2026-11-18T09:00"), staff_name="Nurse Ada")
    factories.slot(b, at("2026-11-18T10:00"), staff_name="Nurse Bea")
    kept = factories.slot(a, at("2026-11-25T09:00"), staff_name="Nurse Ada")  # a week on
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    factories.user("coord@example.nhs.uk", role=Role.COORDINATOR)
    db.session.commit()
    with time_machine.travel(RELEASE, tick=False):
        assert release_unbooked_slots(RELEASE) == {"slots_released": 2}
    return a, b, kept


def _sign_in(client, email: str) -> None:
    g.pop("csrf_token", None)
    g.pop("_login_user", None)
    assert factories.login(client, email).status_code == 302


def _slots(html: str) -> list[str]:
    return re.findall(r'data-slot="(\d+)"', html)


def test_a_practice_user_sees_its_released_slots_with_when_and_why_and_its_task(
        app, client):
    _a, _b, kept = _world()
    with time_machine.travel(at("2026-11-17T15:00"), tick=False):
        _sign_in(client, "a@example.nhs.uk")
        page = client.get("/slots/released")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert len(_slots(html)) == 1 and str(kept.id) not in _slots(html)
    assert "Wed 18 Nov 09:00" in html and "Nurse Ada" in html
    assert "Tue 17 Nov 12:30" in html  # when it was released
    assert "Still unbooked at the practice&#39;s release time" in html  # why
    assert "1 protected immunisation slot still unbooked" in html  # the practice's task
    assert "B80002" not in html and "Nurse Bea" not in html and "Birch" not in html
    assert 'id="practice"' not in html  # no practice to choose between


def test_a_practice_user_asking_for_another_practice_gets_404(app, client):
    _world()
    with time_machine.travel(at("2026-11-17T15:00"), tick=False):
        _sign_in(client, "a@example.nhs.uk")
        assert client.get("/slots/released?practice=B80002").status_code == 404
        assert client.get("/slots/released?practice=Z99999").status_code == 404
        assert client.get("/slots/released?practice=a80001").status_code == 200


def test_the_team_sees_every_practice_and_can_choose_one(app, client):
    _world()
    with time_machine.travel(at("2026-11-17T15:00"), tick=False):
        _sign_in(client, "coord@example.nhs.uk")
        every = client.get("/slots/released").get_data(as_text=True)
        one = client.get("/slots/released?practice=B80002").get_data(as_text=True)
        assert client.get("/slots/released?practice=Z99999").status_code == 404
    assert len(_slots(every)) == 2 and "A80001" in every and "Nurse Bea" in every
    assert every.count('data-task="') == 2
    assert len(_slots(one)) == 1 and "Nurse Bea" in one and "Nurse Ada" not in one
    assert one.count('data-task="') == 1
    assert '<option value="B80002" selected' in one


def test_a_done_task_says_so_and_old_releases_drop_off(app, client):
    _world()
    task = db.session.query(Task).filter_by(kind=TaskKind.RELEASE_SLOTS).first()
    task.status, task.closed_at = task.status.DONE, at("2026-11-17T16:00")
    db.session.commit()
    with time_machine.travel(at("2026-11-17T17:00"), tick=False):
        _sign_in(client, "coord@example.nhs.uk")
        html = client.get("/slots/released").get_data(as_text=True)
    assert "Done Tue 17 Nov 16:00" in html
    with time_machine.travel(at("2027-01-05T10:00"), tick=False):
        _sign_in(client, "coord@example.nhs.uk")
        later = client.get("/slots/released").get_data(as_text=True)
    assert _slots(later) == [] and "No protected slots have been released" in later


def test_the_bookings_page_links_to_the_released_slots(app, client):
    _world()
    with time_machine.travel(at("2026-11-17T15:00"), tick=False):
        _sign_in(client, "a@example.nhs.uk")
        html = client.get("/bookings").get_data(as_text=True)
    assert 'href="/slots/released"' in html
