"""The first attempts through the sandbox channel: its signed status callbacks reach
the real hooks, and the hooks update the attempts and their codes."""

from __future__ import annotations

import time_machine

from assistant.channels import get_channel
from assistant.db import db
from assistant.models import AttemptState, Means, PhoneStatus
from tests import factories
from tests.attempts.helpers import attempts_of, codes_of, local, schedule, tick

MONDAY = local(2026, 11, 23, 10, 0)


def test_sandbox_statuses_come_back_through_the_hooks_into_the_codes(app):
    practice = factories.practice()
    delivered = factories.household(practice, mobile="+447700900501", family_name="A")
    landline_as_mobile = factories.household(practice, mobile="+447700900513", family_name="B")
    machine = factories.household(practice, mobile=None, landline="+441514960509",
                                  family_name="C")
    person = factories.household(practice, mobile=None, landline="+441514960501",
                                 family_name="D")
    with time_machine.travel(MONDAY, tick=False):
        schedule(delivered, landline_as_mobile, machine, person, now=MONDAY)
        done = tick(MONDAY)
        get_channel().drain()
    assert done["texts_sent"] == 2 and done["calls_started"] == 2

    def free_text(household):
        return {c.free_text for c in codes_of(household)}

    assert free_text(delivered) == {"SMS sent to 07700 900501, delivered"}
    assert free_text(landline_as_mobile) == {
        "SMS to 07700 900513 not delivered (the number cannot be used)"}
    assert free_text(machine) == {"Telephone call to 0151 496 0509, voicemail left"}
    assert free_text(person) == {"Telephone call to 0151 496 0501, answered"}

    # The number that cannot take texts is marked, and the letter comes forward.
    db.session.expire_all()
    assert landline_as_mobile.phones[0].status is PhoneStatus.UNUSABLE
    waiting = [a for a in attempts_of(landline_as_mobile) if a.state is AttemptState.SCHEDULED]
    assert [(a.number, a.means, a.due_at) for a in waiting] == [
        (2, Means.LETTER, local(2026, 11, 24, 9, 0))]
