"""Six weeks of the pathway for a mixed cohort, over Christmas: three attempts each."""

from __future__ import annotations

from collections import Counter

import time_machine
from sqlalchemy import select

from assistant import clock
from assistant.channels import letters
from assistant.db import db
from assistant.models import AttemptState, HouseholdStatus, LetterBatch, Means, QueuedLetter
from assistant.records.codes import Event
from tests import factories
from tests.attempts.helpers import attempts_of, codes_of, hours, local, schedule, tick

CODES = [Event.for_attempt(n).code.snomed_code for n in (1, 2, 3)]


def _cohort():
    practice = factories.practice()
    return {
        "mobile only": (factories.household(practice, mobile="+447700900101", address=False,
                                            family_name="Ahmed"),
                        [Means.SMS, Means.CALL, Means.SMS]),
        "landline only": (factories.household(practice, mobile=None, landline="+441514960101",
                                              address=False, family_name="Byrne"),
                          [Means.CALL] * 3),
        "address only": (factories.household(practice, mobile=None, family_name="Cole"),
                         [Means.LETTER] * 3),
        "all three": (factories.household(practice, mobile="+447700900102",
                                          landline="+441514960102", family_name="Dunn"),
                      [Means.SMS, Means.CALL, Means.LETTER]),
        "siblings": (factories.household(practice, mobile="+447700900103", children=3,
                                         family_name="Evans"),
                     [Means.SMS, Means.CALL, Means.LETTER]),
    }


def test_six_weeks_over_christmas_give_three_coded_attempts_then_no_contact(
        app, fake_channel, tmp_path):
    imported = local(2026, 12, 11, 20, 0)  # a Friday evening
    done: Counter[str] = Counter()
    with time_machine.travel(imported, tick=False) as traveller:
        cohort = _cohort()
        schedule(*(h for h, _ in cohort.values()), now=imported)
        for moment in hours(local(2026, 12, 11, 20, 30), local(2027, 1, 22, 20, 30)):
            traveller.move_to(moment)
            done.update(tick(moment))

    for name, (household, expected) in cohort.items():
        made = attempts_of(household, AttemptState.MADE)
        assert [a.number for a in made] == [1, 2, 3], name
        assert [a.means for a in made] == expected, name
        assert not [a for a in attempts_of(household) if a.state is not AttemptState.MADE], name
        for attempt in made:
            here = clock.local(attempt.made_at)
            assert clock.is_working_day(here.date()), (name, here)
            if attempt.means is not Means.LETTER:
                assert clock.in_send_window(attempt.made_at), (name, here)
        # Each attempt coded against every child, once.
        codes = codes_of(household)
        by_child = Counter((c.child_id, c.snomed_code) for c in codes)
        assert set(by_child.values()) == {1}
        assert sorted({c.snomed_code for c in codes}) == sorted(CODES)
        assert len(codes) == 3 * len(household.children)
        db.session.refresh(household)
        assert household.status is HouseholdStatus.UNREACHABLE, name
        assert "no contact" in household.status_reason

    # Attempt 1 on the Monday after import; the third, due on the Boxing Day bank
    # holiday (Monday 28 December), went on the Tuesday.
    siblings = attempts_of(cohort["siblings"][0], AttemptState.MADE)
    assert [clock.local(a.made_at).date().isoformat() for a in siblings] == [
        "2026-12-14", "2026-12-21", "2026-12-29"]
    assert not [s for s in fake_channel.sent if clock.local(s.at).date().isoformat() in (
        "2026-12-25", "2026-12-28", "2027-01-01")]
    assert len(fake_channel.texts_to("+447700900103")) == 1  # one text per household
    assert len(fake_channel.texts_to("+447700900101")) == 2
    assert len(fake_channel.calls_to("+441514960101")) == 3

    # No contact a week after the third attempt, and a GP letter in the next batch.
    gp_letters = list(db.session.scalars(select(QueuedLetter)))
    assert len(gp_letters) == 5 and {q.kind for q in gp_letters} == {"gp_no_contact"}
    batch_days = {q.batch_id: None for q in gp_letters}
    [batch_id] = batch_days
    batch = db.session.get(LetterBatch, batch_id)
    assert batch.day.isoformat() == "2027-01-05"
    assert batch.path and letters.batch_path(batch.practice, batch.day).exists()
    assert done["no_contact"] == 5
    # One file per practice per working day.
    days = [b.day for b in db.session.scalars(select(LetterBatch))]
    assert len(days) == len(set(days))
