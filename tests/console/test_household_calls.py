"""A call made by hand: the next attempt while the family has attempts left, coded
185559001/185560006/185561005 with "Telephone call by the coordinator, ..."; a wrong
number marks the phone; audited and on the timeline; never counted twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    CodedEvent,
    Means,
    Message,
    PhoneStatus,
)
from tests.booking.helpers import NOW
from tests.console.action_helpers import (
    COORDINATOR,
    LANDLINE,
    OTHER,
    PRACTICE_USER,
    fresh,
    signed_in,
)
from tests.forms import token_in


def _made(household, number: int, means: Means = Means.SMS) -> Attempt:
    attempt = Attempt(household_id=household.id, number=number, means=means,
                      state=AttemptState.MADE, due_at=NOW - timedelta(days=8 * (4 - number)),
                      made_at=NOW - timedelta(days=8 * (4 - number)), outcome="delivered")
    db.session.add(attempt)
    db.session.commit()
    return attempt


def _codes() -> list[CodedEvent]:
    return list(db.session.scalars(select(CodedEvent).order_by(CodedEvent.id)))


def _calls_audited() -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "household.call_recorded")))


def test_coordinators_call_counts_as_the_next_attempt_and_is_coded_for_each_child(
        client, held):
    _made(held.household, 1)
    token = signed_in(client)
    response = client.post(f"{held.url}/calls", data={
        "csrf_token": token, "outcome": "no_answer", "note": "Rang twice <b>no</b> answer"})
    assert response.status_code == 303 and response.headers["Location"].endswith(held.url)
    attempt = db.session.scalar(select(Attempt).where(Attempt.number == 2,
                                                      Attempt.state == AttemptState.MADE))
    assert attempt.means is Means.STAFF_CALL and attempt.recorded_by_id == held.holder.id
    coded = [c for c in _codes() if c.attempt_id == attempt.id]
    assert len(coded) == 2  # each child
    assert {c.snomed_code for c in coded} == {"185560006"}
    assert {c.free_text for c in coded} == {"Telephone call by the coordinator, no answer"}
    [audit] = _calls_audited()
    assert audit.user_id == held.holder.id and audit.detail["attempt"] == 2
    note = db.session.scalar(select(Message).where(Message.channel == "voice"))
    assert (note.body, note.status, note.sent_by_id) == (
        "Rang twice <b>no</b> answer", "no_answer", held.holder.id)
    assert note.to_number is None  # never on the family's demo phone
    assert fresh(held.household).hold_touched_at == NOW


def test_the_timeline_names_who_made_the_call_on_its_codes_in_plain_words(client, held):
    token = signed_in(client)
    assert client.post(f"{held.url}/calls", data={"csrf_token": token,
                                                  "outcome": "no_answer"}).status_code == 303
    page = client.get(held.url).get_data(as_text=True)
    entries = page.split('<li class="timeline__entry')
    codes = [e for e in entries if "Coded 185559001" in e]
    assert len(codes) == 2 and all(COORDINATOR in e for e in codes)
    [call] = [e for e in entries if "Call made by hand recorded" in e]
    assert "outcome: no answer" in call and "no_answer" not in call


def test_the_first_attempt_is_coded_185559001(client, held):
    token = signed_in(client)
    assert client.post(f"{held.url}/calls", data={"csrf_token": token,
                                                  "outcome": "spoke"}).status_code == 303
    assert {c.snomed_code for c in _codes()} == {"185559001"}
    assert {c.free_text for c in _codes()} == {
        "Telephone call by the coordinator, spoke to the family"}


def test_after_three_attempts_a_call_is_recorded_but_not_counted_or_coded(client, held):
    for number in (1, 2, 3):
        _made(held.household, number)
    token = signed_in(client)
    response = client.post(f"{held.url}/calls", data={"csrf_token": token,
                                                      "outcome": "voicemail"})
    assert response.status_code == 303
    assert db.session.scalar(select(Attempt).where(Attempt.number == 4)) is None
    assert _codes() == []
    [audit] = _calls_audited()
    assert audit.detail["attempt"] is None and audit.detail["outcome"] == "voicemail"


def test_a_wrong_number_marks_the_phone_called(client, held):
    landline = next(p for p in held.household.phones if p.e164 == LANDLINE)
    token = signed_in(client)
    response = client.post(f"{held.url}/calls", data={
        "csrf_token": token, "outcome": "wrong_number", "phone_id": str(landline.id)})
    assert response.status_code == 303
    assert fresh(landline).status is PhoneStatus.WRONG_NUMBER
    mobile = next(p for p in fresh(held.household).phones if p.e164 != LANDLINE)
    assert mobile.status is PhoneStatus.USABLE
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "phone.marked"))


def test_the_same_call_form_sent_twice_counts_once(client, held):
    """Hazard: a call by hand counted twice (a double click, a resent form)."""
    token = signed_in(client)
    data = {"csrf_token": token, "outcome": "no_answer", "form_key": "k3y-from-the-page"}
    assert client.post(f"{held.url}/calls", data=data).status_code == 303
    again = client.post(f"{held.url}/calls", data=data, follow_redirects=False)
    assert again.status_code == 303
    made = db.session.scalars(select(Attempt).where(Attempt.state == AttemptState.MADE)).all()
    assert len(made) == 1 and len(_codes()) == 2 and len(_calls_audited()) == 1


def test_a_call_while_the_assistant_is_calling_is_not_recorded(client, held):
    db.session.add(Attempt(household_id=held.household.id, number=1, means=Means.CALL,
                           state=AttemptState.IN_FLIGHT, due_at=NOW, claimed_at=NOW))
    db.session.commit()
    token = signed_in(client)
    response = client.post(f"{held.url}/calls", data={"csrf_token": token,
                                                      "outcome": "spoke"})
    assert response.status_code == 409
    assert _calls_audited() == [] and _codes() == []


def test_a_practice_user_records_a_call_to_its_own_family(client, held):
    token = signed_in(client, PRACTICE_USER)
    response = client.post(f"{held.url}/calls", data={"csrf_token": token,
                                                      "outcome": "voicemail"})
    assert response.status_code == 303
    assert {c.free_text for c in _codes()} == {
        "Telephone call from the practice, voicemail left"}
    assert fresh(held.household).held_by_id == held.holder.id  # the hold is not theirs


def test_a_coordinator_who_does_not_hold_the_family_is_refused(client, held):
    token = signed_in(client, OTHER)
    response = client.post(f"{held.url}/calls", data={"csrf_token": token,
                                                      "outcome": "spoke"})
    assert response.status_code == 409
    assert _calls_audited() == [] and _codes() == []


@pytest.mark.parametrize("data", [{"outcome": "shouted"}, {}, {"outcome": "spoke",
                                                                "note": "x" * 2001}])
def test_a_call_without_a_known_outcome_is_refused(client, held, data):
    token = signed_in(client)
    response = client.post(f"{held.url}/calls", data={"csrf_token": token, **data})
    assert response.status_code == 400
    assert _calls_audited() == []


def test_a_call_without_its_csrf_token_changes_nothing(client, held):
    signed_in(client)
    response = client.post(f"{held.url}/calls", data={"outcome": "spoke"})
    assert response.status_code == 400
    assert _calls_audited() == [] and _codes() == []


def test_a_refused_call_comes_back_with_the_form_and_what_to_do(client, held):
    token = signed_in(client)
    page = client.post(f"{held.url}/calls", data={"csrf_token": token}).get_data(as_text=True)
    assert "There is a problem" in page and "Say what happened on the call." in page
    assert f'action="/households/{held.household.id}/calls"' in page
    token_in(page)


def test_the_same_call_form_sent_twice_at_once_counts_once_on_postgresql(pg_app,
                                                                         clock_stopped):
    """Real parallel connections: a double click's two requests race; one attempt."""
    import threading

    from assistant.conversation import handover
    from tests import factories

    household = factories.household(mobile="+447700900456")
    user = factories.user("coordinator@example.nhs.uk")
    db.session.commit()
    handover.take_over(db.session, household.id, user, NOW)
    db.session.commit()
    clients = [pg_app.test_client() for _ in range(2)]
    tokens = [signed_in(c) for c in clients]
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def post(client, token):
        barrier.wait()
        statuses.append(client.post(f"/households/{household.id}/calls", data={
            "csrf_token": token, "outcome": "no_answer", "form_key": "same-page"}).status_code)

    threads = [threading.Thread(target=post, args=pair) for pair in zip(clients, tokens,
                                                                        strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert statuses == [303, 303]
    db.session.rollback()
    assert len(db.session.scalars(select(Attempt)).all()) == 1
    assert len(_calls_audited()) == 1


def test_each_person_sees_only_the_forms_they_may_use(client, held):
    signed_in(client)
    holder_page = client.get(held.url).get_data(as_text=True)
    for action in ("messages", "calls", "outcome"):
        assert f'action="/households/{held.household.id}/{action}"' in holder_page
    signed_in(client, OTHER)
    other_page = client.get(held.url).get_data(as_text=True)
    assert "/messages" not in other_page and "/outcome" not in other_page
    assert f"/households/{held.household.id}/calls" not in other_page
    assert "Take the family over to text them" in other_page
    signed_in(client, PRACTICE_USER)
    practice_page = client.get(held.url).get_data(as_text=True)
    assert f'action="/households/{held.household.id}/calls"' in practice_page
    assert "/messages" not in practice_page and "/outcome" not in practice_page
