"""Acting on replies end to end in the database: codes, hand-overs, tasks, opt-outs."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select

from assistant import clock
from assistant.conversation.replies import handle_inbound_text
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    CodedEvent,
    Direction,
    HouseholdStatus,
    Means,
    Message,
    PhoneStatus,
    Task,
    TaskKind,
)
from assistant.records.codes import Event
from tests import factories

MOBILE = "+447700900001"


def inbound(household, body: str, number: str = MOBILE) -> Message:
    message = Message(household_id=household.id if household else None,
                      direction=Direction.INBOUND, channel="sms",
                      provider_sid="SM" + uuid.uuid4().hex, from_number=number,
                      to_number="+447700900000", body=body)
    db.session.add(message)
    db.session.commit()
    return message


def reply(household, body: str, number: str = MOBILE) -> str | None:
    return handle_inbound_text(db.session, inbound(household, body, number))


def scheduled_attempt(household, number: int = 2) -> Attempt:
    attempt = Attempt(household_id=household.id, number=number, means=Means.CALL,
                      due_at=clock.now() + timedelta(days=7))
    db.session.add(attempt)
    db.session.commit()
    return attempt


def codes_for(household) -> list[str]:
    return list(db.session.scalars(select(CodedEvent.snomed_code)
                                   .where(CodedEvent.household_id == household.id)))


def test_hesitant_reply_is_coded_handed_over_and_stops_automated_contact(app):
    household = factories.household(children=2)
    attempt = scheduled_attempt(household)
    text = reply(household, "Is the MMR safe? I read about autism, I'm really worried")
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    assert codes_for(household) == [Event.REFERRED.code.snomed_code] * 2
    db.session.refresh(attempt)
    assert attempt.state is AttemptState.CANCELLED and "coordinator" in attempt.cancel_reason
    assert "immunisation team will contact you by" in text


def test_refusal_is_confirmed_once_then_coded_with_the_parents_words(app):
    household = factories.household()
    first = reply(household, "We don't vaccinate our children, please note it")
    assert "reply CONFIRM" in first
    assert codes_for(household) == []
    second = reply(household, "CONFIRM")
    db.session.refresh(household)
    assert household.status is HouseholdStatus.REFUSED
    coded = db.session.scalar(select(CodedEvent).where(CodedEvent.household_id == household.id))
    assert coded.snomed_code == Event.REFUSED.code.snomed_code
    assert "We don't vaccinate our children" in coded.evidence
    assert coded.evidence_at is not None
    assert "noted your decision" in second


def test_a_worried_answer_to_the_confirmation_goes_to_a_person_not_a_refusal(app):
    household = factories.household()
    reply(household, "No thank you, we've decided against it")
    reply(household, "well actually I'm not sure, can I talk to a nurse?")
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    assert Event.REFUSED.code.snomed_code not in codes_for(household)


def test_stop_stops_texts_but_is_not_a_refusal(app):
    household = factories.household()
    reply(household, "STOP")
    phone = household.phones[0]
    db.session.refresh(phone)
    assert phone.sms_opted_out_at is not None and not phone.can_text
    assert phone.can_call, "other means remain for later attempts"
    assert codes_for(household) == []
    reply(household, "START")
    db.session.refresh(phone)
    assert phone.can_text


def test_factual_replies_become_tasks_without_refusal_or_referral_codes(app):
    vaccinated = factories.household(mobile="+447700900031", family_name="Nowak")
    moved = factories.household(vaccinated.practice, mobile="+447700900032", family_name="Ionescu")
    wrong = factories.household(vaccinated.practice, mobile="+447700900033", family_name="Khan")
    reply(vaccinated, "She had it in Poland last summer", "+447700900031")
    reply(moved, "We moved to Leeds in March", "+447700900032")
    reply(wrong, "Wrong number, no child here by that name", "+447700900033")
    for household in (vaccinated, moved, wrong):
        db.session.refresh(household)
        assert codes_for(household) == []
    assert vaccinated.status is HouseholdStatus.PAUSED
    assert moved.status is HouseholdStatus.MOVED_AWAY
    kinds = db.session.scalars(select(Task.kind)).all()
    assert kinds.count(TaskKind.DATA_CHECK) == 2
    assert wrong.phones[0].status is PhoneStatus.WRONG_NUMBER


def test_unclear_gets_one_question_then_a_coordinator(app):
    household = factories.household()
    assert "did not quite understand" in reply(household, "??")
    reply(household, "who is this")
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR


def test_reply_from_a_number_we_never_texted_is_kept_and_answered_generally(app):
    text = reply(None, "yes please", "+447700900999")
    assert "do not recognise this number" in text
    stored = db.session.scalar(select(Message).where(Message.from_number == "+447700900999"))
    assert stored.household_id is None and stored.label == "agree"


def test_reply_while_a_coordinator_holds_the_household_is_kept_not_answered(app):
    household = factories.household()
    coordinator = factories.user()
    household.held_by_id = coordinator.id
    db.session.commit()
    assert reply(household, "We don't want it") is None
    assert codes_for(household) == []
    count = db.session.scalar(select(func.count()).select_from(Message)
                              .where(Message.household_id == household.id))
    assert count == 1


def test_reply_after_the_household_is_closed_goes_to_a_person(app):
    household = factories.household(status=HouseholdStatus.UNREACHABLE)
    text = reply(household, "sorry been away, yes please book")
    db.session.refresh(household)
    assert household.status_reason.startswith("replied after the household was closed")
    assert "passed your message" in text


def test_reply_in_another_language_flags_it_and_offers_an_interpreter(app):
    household = factories.household()
    text = reply(household, "Tak, proszę umówić wizytę")
    db.session.refresh(household)
    assert household.preferred_language == "pl"
    assert "interpreter" in text


def test_two_replies_a_second_apart_are_each_handled_once(app):
    household = factories.household()
    reply(household, "is it safe?")
    reply(household, "is it safe??")
    assert codes_for(household) == [Event.REFERRED.code.snomed_code]


def test_every_reply_is_labelled_and_the_answer_is_kept(app):
    household = factories.household()
    reply(household, "")
    messages = db.session.scalars(select(Message).order_by(Message.id)).all()
    assert messages[0].label == "unclear"
    assert messages[1].direction is Direction.OUTBOUND and messages[1].body


def test_html_in_a_reply_is_shown_escaped_in_the_coordinator_queue(app, client):
    household = factories.household()
    factories.user()
    db.session.commit()
    reply(household, "<script>alert(1)</script> is it safe?")
    factories.login(client)
    page = client.get("/coordinator/").get_data(as_text=True)
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    assert "Evans family" in page


def test_a_checked_translation_is_used_and_no_interpreter_is_offered(app, tmp_path):
    from jinja2 import ChoiceLoader, FileSystemLoader

    folder = tmp_path / "replies" / "sms" / "pl"
    folder.mkdir(parents=True)
    (folder / "help.txt").write_text("Pomoc")
    (folder / "handed_over.txt").write_text("Dziękujemy. Zadzwonimy do {{ by_day }}.")
    app.jinja_env.loader = ChoiceLoader([FileSystemLoader(tmp_path), app.jinja_env.loader])
    household = factories.household(language="pl")
    text = reply(household, "Czy ta szczepionka jest bezpieczna? Boję się")
    assert text.startswith("Dziękujemy. Zadzwonimy do")
    assert "interpreter" not in text


def test_an_unconfirmed_refusal_goes_to_a_coordinator_after_two_working_days(app):
    import time_machine

    from assistant.conversation.replies import hand_over_unanswered_confirmations

    with time_machine.travel("2026-11-23 10:00 +00:00", tick=False):  # a Monday
        household = factories.household()
        reply(household, "we don't want the vaccines")
    with time_machine.travel("2026-11-24 17:00 +00:00", tick=False):
        assert hand_over_unanswered_confirmations(clock.now()) == {}
    with time_machine.travel("2026-11-25 09:00 +00:00", tick=False):
        done = hand_over_unanswered_confirmations(clock.now())
    assert done == {"unconfirmed_refusals_handed_over": 1}
    db.session.refresh(household)
    assert household.status is HouseholdStatus.WITH_COORDINATOR
    assert codes_for(household) == [Event.REFERRED.code.snomed_code]


def test_messages_no_one_could_handle_are_listed_for_a_person(app, client):
    factories.user()
    db.session.add(Message(direction=Direction.INBOUND, channel="voice", status="needs_person",
                           from_number="+447700900777", body="Left a voice message (12 seconds)"))
    db.session.commit()
    factories.login(client)
    page = client.get("/coordinator/").get_data(as_text=True)
    assert "Messages for a person to read" in page
    assert "Left a voice message" in page and "unknown caller" in page


def test_report_counts_replies_by_label_referrals_and_exceptions_in_children(app, runner):
    import json

    worried = factories.household(children=2, mobile="+447700900041", family_name="Worried")
    refusing = factories.household(worried.practice, mobile="+447700900042", family_name="No")
    reply(worried, "is it safe? he had a reaction last time", "+447700900041")
    reply(refusing, "We have decided against vaccines", "+447700900042")
    reply(refusing, "CONFIRM", "+447700900042")
    counts = json.loads(runner.invoke(args=["report", "--json"]).stdout)["total"]
    assert counts["replies"]["hesitant"] == 2
    assert counts["replies"]["refused"] == 1
    assert counts["referred"] == 2
    assert counts["exception_reported"] == 1
