"""The pathway's rules as pure functions: means, timing, the re-check, statuses."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.attempts import rules
from assistant.attempts.rules import HouseholdFacts, PathwayError, Reach
from assistant.channels import twilio
from assistant.models import HouseholdStatus, Means

LONDON = ZoneInfo("Europe/London")
ORDER = rules.parse_order("sms,call,letter")
ALL = Reach(text=True, call=True, letter=True)


def plan(reach: Reach, order=ORDER) -> list[Means]:
    used: list[Means] = []
    for _ in range(3):
        means = rules.choose_means(order, reach, used)
        assert means is not None
        used.append(means)
    return used


def test_default_order_is_text_then_call_then_letter():
    assert plan(ALL) == [Means.SMS, Means.CALL, Means.LETTER]


def test_a_practice_can_change_the_order():
    assert plan(ALL, rules.parse_order("letter, call,sms")) == [
        Means.LETTER, Means.CALL, Means.SMS]
    # Means the practice leaves out still follow, so a household is never stuck.
    assert rules.parse_order("call") == (Means.CALL, Means.SMS, Means.LETTER)


def test_an_unknown_or_repeated_means_in_the_order_is_refused_in_plain_words():
    with pytest.raises(PathwayError, match="unknown means 'fax'"):
        rules.parse_order("sms,fax")
    with pytest.raises(PathwayError, match="twice"):
        rules.parse_order("sms,text")


def test_a_household_without_a_means_gets_the_next_one_it_has():
    landline_and_address = Reach(text=False, call=True, letter=True)
    assert plan(landline_and_address) == [Means.CALL, Means.LETTER, Means.CALL]


def test_fewer_than_three_means_repeats_one_rather_than_stopping():
    assert plan(Reach(text=True, call=True, letter=False)) == [Means.SMS, Means.CALL, Means.SMS]
    assert plan(Reach(text=False, call=True, letter=False)) == [Means.CALL] * 3
    assert plan(Reach(text=False, call=False, letter=True)) == [Means.LETTER] * 3


def test_a_call_from_the_practice_counts_as_the_call():
    assert rules.choose_means(ORDER, ALL, [Means.SMS, Means.STAFF_CALL]) is Means.LETTER


def test_no_means_at_all_gives_none():
    assert rules.choose_means(ORDER, Reach(False, False, False), []) is None


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON).astimezone(UTC)


def test_texts_wait_for_the_working_day_and_letters_for_the_days_batch():
    friday_evening = local(2026, 11, 27, 19, 0)
    assert rules.due_for(Means.SMS, friday_evening, LONDON) == local(2026, 11, 30, 9, 0)
    assert rules.due_for(Means.LETTER, local(2026, 11, 28, 12, 0), LONDON) == local(
        2026, 11, 30, 9, 0)


def test_the_next_attempt_is_spaced_and_never_lands_on_a_bank_holiday():
    made = local(2026, 12, 21, 10, 30)  # a week later is Monday 28 December, a bank holiday
    assert rules.following_due(Means.CALL, made, 7, LONDON) == local(2026, 12, 29, 9, 0)
    good_friday = local(2027, 3, 26, 10, 0)  # Good Friday 2027; Easter Monday is 29 March
    assert rules.due_for(Means.SMS, good_friday, LONDON) == local(2027, 3, 30, 9, 0)


def test_an_attempt_brought_forward_goes_on_the_next_working_day():
    thursday_christmas_eve = local(2026, 12, 24, 11, 0)
    assert rules.brought_forward_due(Means.CALL, thursday_christmas_eve, LONDON) == local(
        2026, 12, 29, 9, 0)


def facts(**changes) -> HouseholdFacts:
    values = {"status": HouseholdStatus.ACTIVE, "held": False, "booked": False,
              "replied": False, "reach": ALL}
    values.update(changes)
    return HouseholdFacts(**values)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"status": HouseholdStatus.REFUSED}, "the family refused"),
    ({"status": HouseholdStatus.MOVED_AWAY}, "the family moved away"),
    ({"status": HouseholdStatus.WITH_COORDINATOR}, "a coordinator has the conversation"),
    ({"held": True}, "a coordinator has taken the household over"),
    ({"booked": True}, "the family has booked"),
    ({"replied": True}, "the family replied"),
])
def test_the_recheck_cancels_with_the_reason(changes, reason):
    verdict = rules.recheck(Means.SMS, facts(**changes), ORDER, [])
    assert verdict.action == "cancel"
    assert reason in verdict.reason


def test_the_recheck_switches_means_when_the_family_opted_out_of_texts():
    verdict = rules.recheck(Means.SMS, facts(reach=Reach(False, True, True)), ORDER, [])
    assert verdict.action == "switch" and verdict.means is Means.CALL
    assert "a text no longer possible" in verdict.reason


def test_the_recheck_cancels_when_no_means_is_left():
    verdict = rules.recheck(Means.SMS, facts(reach=Reach(False, False, False)), ORDER, [])
    assert verdict.action == "cancel" and "no other way" in verdict.reason


def test_statuses_are_ranked_so_a_late_one_never_moves_back():
    rank = rules.status_rank
    assert rank(Means.SMS, "queued") < rank(Means.SMS, "sent") < rank(Means.SMS, "delivered")
    assert rank(Means.CALL, "ringing") < rank(Means.CALL, "answered") < rank(
        Means.CALL, "voicemail")
    assert rank(Means.SMS, "bogus") is None


def test_a_machine_answering_is_a_voicemail_whenever_it_is_reported():
    assert twilio.call_outcome("completed", "machine_end_beep") == "voicemail"
    assert twilio.call_outcome("in-progress", "machine_end_silence") == "voicemail"
    assert twilio.call_outcome("completed", None) == "answered"
    assert twilio.call_outcome("no-answer", None) == "no-answer"


def test_free_text_names_the_means_the_number_and_the_result():
    text = rules.attempt_free_text
    assert text(Means.SMS, "07700 900123", "delivered") == "SMS sent to 07700 900123, delivered"
    assert text(Means.SMS, "07700 900123", "undelivered", 30006, twilio.number_problem(30006)) == (
        "SMS to 07700 900123 not delivered (the number cannot be used)")
    assert text(Means.CALL, "0151 496 0500", "no-answer") == (
        "Telephone call to 0151 496 0500, no answer")
    assert text(Means.CALL, "07700 900123", "voicemail") == (
        "Telephone call to 07700 900123, voicemail left")
    assert text(Means.LETTER, None, "posted") == "Letter posted"
    assert rules.staff_free_text(Means.HOME_VISIT, " no one  in ") == "Home visit, no one in"
