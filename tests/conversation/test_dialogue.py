"""The dialogue's decisions, as pure functions: one test per rule of pathway.md §5."""

from __future__ import annotations

import itertools

import pytest

from assistant.models import HouseholdStatus, PhoneStatus, TaskKind
from assistant.records.codes import Event
from assistant.scripts import dialogue as d
from assistant.scripts.labels import Label

ACTIVE = HouseholdStatus.ACTIVE


def decide(label: Label, **situation) -> d.Decision:
    situation.setdefault("status", ACTIVE)
    return d.decide(d.Situation(**situation), label)


def codes(decision: d.Decision) -> set[Event]:
    """The events coded: a hand-over is coded as a referral and an exception report as a
    refusal (``conversation.handover`` does both, for every caller)."""
    coded = {a.event for a in decision.of(d.Code)}
    if decision.of(d.HandOver):
        coded.add(Event.REFERRED)
    if decision.of(d.ExceptionReport):
        coded.add(Event.REFUSED)
    return coded


def said(decision: d.Decision) -> list[str]:
    return [a.template for a in decision.of(d.Say)]


def test_hesitant_reply_hands_household_to_coordinator_with_referral_code():
    decision = decide(Label.HESITANT)
    assert codes(decision) == {Event.REFERRED}
    # HandOver is handover.refer: status with the coordinators, attempts cancelled.
    assert decision.of(d.HandOver) == [d.HandOver("hesitant: has questions or worries")]
    assert said(decision) == ["handed_over"]
    assert decision.state is d.State.HANDED_OVER


def test_first_refusal_is_only_asked_to_confirm_and_nothing_is_coded():
    decision = decide(Label.REFUSED)
    assert codes(decision) == set()
    assert decision.state is d.State.AWAITING_REFUSAL_CONFIRMATION
    assert said(decision) == ["confirm_refusal"]
    assert decision.of(d.CancelAttempts)


@pytest.mark.parametrize("keyword,label", [("confirm", Label.UNCLEAR), (None, Label.REFUSED)])
def test_confirmed_refusal_is_coded_with_evidence_and_closes(keyword, label):
    decision = decide(label, state=d.State.AWAITING_REFUSAL_CONFIRMATION, keyword=keyword)
    # ExceptionReport is handover.exception_report: coded with the parent's words,
    # bookings and attempts cancelled, status refused.
    assert decision.of(d.ExceptionReport)
    assert Event.REFUSED in codes(decision)
    assert said(decision) == ["refusal_confirmed"]


@pytest.mark.parametrize("label", [Label.AGREE, Label.HESITANT, Label.UNCLEAR,
                                   Label.ALREADY_VACCINATED, Label.OPT_OUT])
def test_anything_but_a_confirmation_goes_to_a_coordinator(label):
    decision = decide(label, state=d.State.AWAITING_REFUSAL_CONFIRMATION)
    assert Event.REFUSED not in codes(decision)
    assert decision.of(d.HandOver)


def test_reply_while_a_coordinator_holds_the_household_is_not_answered():
    decision = decide(Label.REFUSED, held=True, keyword="stop")
    assert decision.actions == ()


def test_stop_keyword_opts_out_of_texts_and_is_not_a_refusal():
    decision = decide(Label.OPT_OUT, keyword="stop")
    assert decision.of(d.OptOut) == [d.OptOut("sms")]
    assert codes(decision) == set() and not decision.of(d.SetStatus)


def test_stop_on_the_phone_opts_out_of_calls():
    assert decide(Label.OPT_OUT, keyword="stop", channel="voice").of(d.OptOut) == [
        d.OptOut("call")]


def test_cancel_means_cancel_the_appointment_to_a_booked_family():
    booked = decide(Label.OPT_OUT, keyword="cancel", status=HouseholdStatus.BOOKED)
    assert booked.of(d.BookingChange) == [d.BookingChange("cancel")]
    assert not booked.of(d.OptOut)
    assert decide(Label.OPT_OUT, keyword="cancel").of(d.OptOut)


def test_start_resumes_texts_and_help_answers():
    assert decide(Label.UNCLEAR, keyword="start").of(d.OptIn) == [d.OptIn("sms")]
    assert said(decide(Label.UNCLEAR, keyword="help")) == ["help"]


@pytest.mark.parametrize("label,status", [
    (Label.ALREADY_VACCINATED, HouseholdStatus.PAUSED),
    (Label.MOVED_AWAY, HouseholdStatus.MOVED_AWAY),
])
def test_factual_replies_become_data_check_tasks_without_any_code(label, status):
    decision = decide(label)
    assert codes(decision) == set()
    assert [t.kind for t in decision.of(d.RaiseTask)] == [TaskKind.DATA_CHECK]
    assert decision.of(d.SetStatus)[0].status is status
    assert decision.of(d.CancelAttempts)


def test_wrong_number_marks_the_number_and_nothing_else():
    decision = decide(Label.WRONG_NUMBER)
    assert decision.of(d.MarkNumber) == [d.MarkNumber(PhoneStatus.WRONG_NUMBER)]
    assert not decision.of(d.SetStatus) and not decision.of(d.CancelAttempts)


def test_unclear_gets_one_question_then_a_person():
    first = decide(Label.UNCLEAR)
    assert said(first) == ["clarify"] and first.state is d.State.AWAITING_CLARIFICATION
    second = decide(Label.UNCLEAR, state=d.State.AWAITING_CLARIFICATION)
    assert second.of(d.HandOver)


def test_a_clear_answer_to_the_question_is_acted_on():
    decision = decide(Label.AGREE, state=d.State.AWAITING_CLARIFICATION)
    assert decision.of(d.OfferSlots)


def test_agree_offers_slots_and_stops_attempts():
    decision = decide(Label.AGREE)
    assert decision.of(d.OfferSlots)
    assert decision.state is d.State.AWAITING_PICK
    assert decision.of(d.SetStatus)[0].status is HouseholdStatus.AGREED
    assert decision.of(d.CancelAttempts)


def test_a_pick_from_an_open_offer_books_it():
    decision = decide(Label.UNCLEAR, state=d.State.AWAITING_PICK, picked=2)
    assert decision.of(d.BookPick) == [d.BookPick(2)]


def test_an_unreadable_pick_goes_to_a_person_not_a_guess():
    decision = decide(Label.UNCLEAR, state=d.State.AWAITING_PICK, picked=None)
    assert not decision.of(d.BookPick) and decision.of(d.HandOver)


@pytest.mark.parametrize("status", [HouseholdStatus.REFUSED, HouseholdStatus.UNREACHABLE,
                                    HouseholdStatus.MOVED_AWAY])
def test_reply_after_closing_goes_to_a_person(status):
    decision = decide(Label.AGREE, status=status)
    assert decision.of(d.HandOver) and said(decision) == ["coordinator_will_call"]
    assert codes(decision) == {Event.REFERRED}
    assert not decision.of(d.OfferSlots)


def test_reply_in_another_language_flags_the_household():
    decision = decide(Label.AGREE, language="pl")
    assert decision.of(d.FlagLanguage) == [d.FlagLanguage("pl")]


@pytest.mark.parametrize("text,keyword", [
    ("STOP", "stop"), ("stop.", "stop"), (" Stop ", "stop"), ("UNSUBSCRIBE", "stop"),
    ("cancel", "cancel"), ("START", "start"), ("help", "help"), ("Confirm", "confirm"),
    ("stop texting me we don't want it", None), ("yes", None), ("", None),
])
def test_keywords_are_whole_messages_only(text, keyword):
    assert d.keyword_of(text) == keyword


STATES = [None, *d.State]
KEYWORDS = [None, "stop", "cancel", "change", "start", "help", "confirm", "talk"]
STATUSES = list(HouseholdStatus)


@pytest.mark.parametrize("label", list(Label))
def test_safety_no_refusal_without_confirmation_and_no_booking_without_a_pick(label):
    """Over every state, status, keyword and channel: the two unsafe outcomes never happen."""
    for state, status, keyword, channel, held in itertools.product(
            STATES, STATUSES, KEYWORDS, ("sms", "voice"), (False, True)):
        decision = d.decide(d.Situation(status=status, state=state, keyword=keyword,
                                        channel=channel, held=held), label)
        if Event.REFUSED in codes(decision):
            assert state is d.State.AWAITING_REFUSAL_CONFIRMATION
            assert keyword == "confirm" or label is Label.REFUSED
        assert not decision.of(d.BookPick), "a pick was never given"
        if held:
            assert decision.actions == ()
