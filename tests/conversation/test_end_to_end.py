"""Issue 4 end to end: signed hooks, the real dispatch loop, six weeks of time moved."""

from __future__ import annotations

import uuid

import time_machine
from sqlalchemy import func, select

from assistant.db import db
from assistant.models import (
    AttemptState,
    CodedEvent,
    HouseholdStatus,
    Means,
    Message,
    Task,
    TaskKind,
)
from assistant.records.codes import Event
from tests import factories
from tests.attempts.helpers import attempts_of, hours, local, schedule, tick
from tests.channels.conftest import OURS, post_signed

REFERRED = Event.REFERRED.code.snomed_code
REFUSED = Event.REFUSED.code.snomed_code


def text_from(client, number: str, body: str, sid: str | None = None):
    return post_signed(client, "/twilio/sms", {
        "MessageSid": sid or "SM" + uuid.uuid4().hex, "From": number, "To": OURS, "Body": body,
        "NumMedia": "0"})


def codes(household) -> list[str]:
    return list(db.session.scalars(select(CodedEvent.snomed_code).where(
        CodedEvent.household_id == household.id).order_by(CodedEvent.id)))


def test_replies_by_text_steer_each_family_for_six_weeks(app, client, fake_channel):
    start = local(2027, 1, 11, 8, 0)  # a Monday morning
    with time_machine.travel(start, tick=False) as traveller:
        practice = factories.practice()
        people = {name: factories.household(practice, mobile=f"+4477009002{i:02d}",
                                            family_name=name, address=False)
                  for i, name in enumerate(["Hesitant", "Refuser", "Stopper", "Fact", "Silent"])}
        schedule(*people.values(), now=start)
        traveller.move_to(local(2027, 1, 11, 9, 30))
        tick(local(2027, 1, 11, 9, 30))
        assert {s.to for s in fake_channel.sent} == {h.phones[0].e164 for h in people.values()}

        traveller.move_to(local(2027, 1, 11, 19, 45))  # replies come at any hour
        number = {name: h.phones[0].e164 for name, h in people.items()}
        repeat_sid = "SM" + "7" * 32
        for _ in range(3):  # Twilio repeats a delivery: acted on once
            answer = text_from(client, number["Hesitant"], "is it safe? I'm worried", repeat_sid)
            assert answer.status_code == 200
        asked = text_from(client, number["Refuser"], "We don't vaccinate, no thanks")
        assert "reply CONFIRM" in asked.get_data(as_text=True)
        text_from(client, number["Refuser"], "CONFIRM")
        text_from(client, number["Stopper"], "STOP")
        text_from(client, number["Fact"], "he had them at the walk in centre last week")

        for moment in hours(local(2027, 1, 12, 9, 0), local(2027, 2, 26, 17, 0)):
            traveller.move_to(moment)
            tick(moment)

    db.session.expire_all()
    hesitant, refuser, stopper, fact, silent = people.values()
    assert codes(hesitant) == [Event.ATTEMPT_1.code.snomed_code, REFERRED]
    assert hesitant.status is HouseholdStatus.WITH_COORDINATOR
    assert db.session.scalar(select(func.count()).select_from(Message).where(
        Message.provider_sid == repeat_sid)) == 1
    assert REFUSED in codes(refuser) and refuser.status is HouseholdStatus.REFUSED
    refusal = db.session.scalar(select(CodedEvent).where(CodedEvent.snomed_code == REFUSED))
    assert "We don't vaccinate" in refusal.evidence

    for household in (hesitant, refuser, fact):
        made = attempts_of(household, AttemptState.MADE)
        assert [a.number for a in made] == [1], household.family_name
        to_them = [s for s in fake_channel.sent if s.to == household.phones[0].e164]
        assert len(to_them) == 1, "no more automated contact after the reply"

    stopper_made = attempts_of(stopper, AttemptState.MADE)
    assert [a.means for a in stopper_made] == [Means.SMS, Means.CALL, Means.CALL]
    texts_to_stopper = [s for s in fake_channel.sent
                        if s.to == stopper.phones[0].e164 and s.kind == "text"]
    assert len(texts_to_stopper) == 1, "no text after STOP"

    assert [c for c in codes(fact) if c in (REFERRED, REFUSED)] == []
    assert db.session.scalar(select(Task.kind).where(Task.household_id == fact.id)) \
        is TaskKind.DATA_CHECK

    silent_made = attempts_of(silent, AttemptState.MADE)
    assert [a.number for a in silent_made] == [1, 2, 3], "no reply still gets attempts 2 and 3"
    assert silent.status is HouseholdStatus.UNREACHABLE
