"""A family held by a coordinator, signed in, with the clock stopped on a Tuesday morning."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import time_machine

from assistant.conversation import handover
from assistant.db import db
from assistant.models import Household, Practice, Role, User
from tests import factories
from tests.booking.helpers import NOW
from tests.forms import token_in

MOBILE = "+447700900456"
LANDLINE = "+441514960456"
COORDINATOR = "coordinator@example.nhs.uk"
OTHER = "other@example.nhs.uk"
PRACTICE_USER = "practice@example.nhs.uk"


@dataclass
class Held:
    practice: Practice
    household: Household
    holder: User
    other: User
    practice_user: User

    @property
    def url(self) -> str:
        return f"/households/{self.household.id}"


@pytest.fixture
def clock_stopped():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def held(app, clock_stopped) -> Held:
    """The Evans family (two children, a mobile and a landline) held by the coordinator."""
    practice = factories.practice()
    household = factories.household(practice, mobile=MOBILE, landline=LANDLINE, children=2)
    holder = factories.user(COORDINATOR)
    other = factories.user(OTHER)
    practice_user = factories.user(PRACTICE_USER, role=Role.PRACTICE, practice_obj=practice)
    db.session.commit()
    handover.take_over(db.session, household.id, holder, NOW)
    db.session.commit()
    return Held(practice, household, holder, other, practice_user)


def signed_in(client, email: str = COORDINATOR) -> str:
    """Sign ``email`` in; return a CSRF token for the forms."""
    factories.login(client, email)
    return token_in(client.get("/").get_data(as_text=True))


def fresh(obj):
    """``obj`` read again from the database (what the request committed)."""
    db.session.rollback()
    db.session.expire_all()
    return db.session.get(type(obj), obj.id)
