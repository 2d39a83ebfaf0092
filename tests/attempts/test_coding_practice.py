"""Each attempt is coded in each child's own practice record, even for step-siblings."""

from __future__ import annotations

import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import Child, CodedEvent
from tests import factories
from tests.attempts.helpers import local, schedule, tick


def test_a_sibling_at_another_practice_gets_the_code_in_their_own_practice(app, fake_channel):
    start = local(2027, 1, 11, 9, 30)  # a Monday morning
    with time_machine.travel(start, tick=False):
        ours = factories.practice()
        theirs = factories.practice("F80001", name="Lodge Lane")
        household = factories.household(ours, children=2)
        first, step_sibling = db.session.scalars(
            select(Child).where(Child.household_id == household.id).order_by(Child.id)).all()
        step_sibling.practice_id = theirs.id
        db.session.commit()
        schedule(household, now=start)
        tick(start)
    db.session.expire_all()
    practices = dict(db.session.execute(select(CodedEvent.child_id, CodedEvent.practice_id)).all())
    assert practices == {first.id: ours.id, step_sibling.id: theirs.id}
    assert len(fake_channel.sent) == 1  # still one text for the household
