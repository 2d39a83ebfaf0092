"""The reply labeller: precedence rules of labels.md, negation, shorthand, safety."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import CONFIDENCE_THRESHOLD, Classification, Label, classify

A, H, R = Label.AGREE, Label.HESITANT, Label.REFUSED
AV, MA, WN, OO, U = (Label.ALREADY_VACCINATED, Label.MOVED_AWAY, Label.WRONG_NUMBER,
                     Label.OPT_OUT, Label.UNCLEAR)


def label(text: str) -> Label:
    return classify(text).label


def test_classification_carries_label_confidence_language_and_reasons():
    result = classify("Yes please, book him in")
    assert isinstance(result, Classification)
    assert result.label is A
    assert CONFIDENCE_THRESHOLD <= result.confidence <= 1
    assert result.language == "en"
    assert result.reasons and all(isinstance(r, str) for r in result.reasons)
    assert Label.AGREE == "agree" and Label("already_vaccinated") is AV


# Rule 1: a stated decision against the vaccine is refused, even with "stop texting me".
@pytest.mark.parametrize("text", [
    "We've decided against it. Stop texting me.",
    "Not having it, don't contact us again",
    "we don't vaccinate, please stop messaging",
])
def test_decision_against_beats_opt_out(text):
    assert label(text) is R


# Rule 2: doubt, a question or worry with a yes is hesitant...
@pytest.mark.parametrize("text", [
    "yes but is it safe?",
    "ok but will she get a fever",
    "Yes please, though I'm a bit worried about the MMR",
    "yeah go on, how many needles is it 😬",
    "Yes, can I speak to the nurse first?",
])
def test_yes_with_doubt_or_question_is_hesitant(text):
    assert label(text) is H


# ...except a pure scheduling question, which stays agree.
@pytest.mark.parametrize("text", [
    "yes, what times?",
    "Yes please. Do you have anything on a Saturday?",
    "ok, when is the next clinic?",
    "Sure, is there parking at the surgery?",
])
def test_yes_with_a_scheduling_question_is_agree(text):
    assert label(text) is A


# Rule 3: already vaccinated, moved away and wrong number are facts that beat opt-out.
@pytest.mark.parametrize(("text", "expected"), [
    ("She had it last month at the clinic, stop texting", AV),
    ("We moved to Bristol, stop messaging me", MA),
    ("Wrong number, please stop texting me", WN),
])
def test_facts_beat_opt_out(text, expected):
    assert label(text) is expected


# Rule 4: a no about timing or circumstance is hesitant, not refused.
@pytest.mark.parametrize("text", [
    "not now, he's poorly",
    "We don't want it this week, she has a temperature",
    "Not having it until he's better",
    "No not yet, maybe after the holidays",
    "I don't want her to have 4 jabs in one go",
])
def test_conditional_no_about_timing_is_hesitant(text):
    assert label(text) is H


@pytest.mark.parametrize(("text", "expected"), [
    ("no problem, book him in", A),
    ("No worries, book her in whenever", A),
    ("I'm not against it, book her in", A),
    ("not against it", H),
    ("not sure", H),
    ("I don't want it", R),
    ("I don't want these texts", OO),
    ("don't text me", OO),
    ("not ok with this, can we talk", H),
    ("I don't know who that child is", WN),
    ("I don't know yet", H),
    ("My partner doesn't want it but I do", H),
])
def test_negation_is_read_in_scope(text, expected):
    assert label(text) is expected


@pytest.mark.parametrize("text", ["No", "no thanks", "Nope", "nah", "Allow it", "👎"])
def test_a_bare_no_is_never_refused(text):
    """A bare no answers "reply to book" but states no decision: a person calls."""
    result = classify(text)
    assert result.label is H
    assert result.confidence < CONFIDENCE_THRESHOLD


@pytest.mark.parametrize(("text", "expected"), [
    ("yh go on", A), ("pls book him in ta", A), ("deffo, wen?", A), ("k", A),
    ("yeah sound, book our kid in", A), ("thats boss, book us in", A), ("Yesss pleeease", A),
    ("aye nae bother", A), ("made up, book her in", A), ("idk tbh", H), ("dunno", H),
    ("nah we aint having it", R), ("wot is this", U), ("wrong no. mate", WN),
])
def test_texting_shorthand_and_slang(text, expected):
    assert label(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("👍", A), ("✅", A), ("👍🏽👍🏽", A), ("Go on then 😊", A), ("yes 😬", H), ("🤔", H),
    ("😂", U), ("🐶🐶", U), ("Stop 🛑", OO), ("👎", H),
])
def test_emoji(text, expected):
    assert label(text) is expected


@pytest.mark.parametrize("text", ["STOP", "stop", "Stop.", "STOP!!", "STOPALL", "UNSUBSCRIBE",
                                  "Cancel", "END", "quit", "stop please", "Stop stop stop"])
def test_stop_keywords_alone_opt_out_with_high_confidence(text):
    result = classify(text)
    assert result.label is OO
    assert result.confidence >= 0.85


@pytest.mark.parametrize("text", ["?", "??", "who is this", "Who's this?", "what number is this",
                                  "asdfghjk", "Is this a scam?", "Thank you", "😂😂", ""])
def test_identity_questions_garble_and_empty_are_unclear(text):
    assert label(text) is U


@pytest.mark.parametrize(("text", "safe"), [
    ("What happens if we refuse?", {H, U}),
    ("Can we decline just the MMR and have the others?", {H}),
    ("Is it true vaccines cause autism?", {H}),
    ("I'm worried, my eldest reacted badly", {H}),
    ("We don't want the MMR, can she have single jabs?", {H}),
    ("No. Leave me alone.", {OO, H}),
    ("Got it, thanks", {U, A, H}),
    ("Not me, my wife deals with this", {WN, H, U}),
    ("I don't really want to but my mum says I should. Can I ring?", {H}),
    ("I refuse to let her have 3 jabs in one day, can we split them?", {H}),
    ("She won't be having it until she's over this chest infection", {H}),
    ("Not at this time thank you", {H}),
])
def test_questions_and_worries_are_never_refused(text, safe):
    """The worst error is treating a worried parent as a refusal."""
    assert label(text) in safe


@pytest.mark.parametrize("text", [
    "ok so my son has had a cough for a week and the nursery keep ringing me and I'm not sure",
    "Thanks for the reminder",
    "Can I get a repeat prescription?",
    "My appointment got cancelled, can you tell me why",
])
def test_off_topic_or_long_uncertain_replies_are_not_agree(text):
    assert label(text) is not A


@pytest.mark.parametrize("text", ["We can come Thursday", "Tuesday at 10 is good for us",
                                  "I want her to have it", "Could you text me the dates?"])
def test_a_time_or_wish_to_come_is_agree_without_a_yes(text):
    assert label(text) is A


@pytest.mark.parametrize("text", ["Can you send it again?", "I can bring in the certificate",
                                  "Already booked and done at the walk in"])
def test_words_near_booking_are_not_agreement(text):
    assert label(text) is not A


def test_below_the_threshold_never_agree_or_refused():
    samples = ["no", "ok I guess but the nursery keeps sending letters home and the other mums "
               "say it is fine", "not for us", "x" * 2500 + " yes please"]
    for text in samples:
        result = classify(text)
        if result.confidence < CONFIDENCE_THRESHOLD:
            assert result.label not in (A, R), text


def test_text_longer_than_an_sms_is_read_in_part_and_handed_to_a_person():
    result = classify("We are happy to come in. " * 100)
    assert result.label is H
    assert any("first" in reason for reason in result.reasons)


def test_control_characters_and_zero_width_joiners_are_ignored():
    assert label("yes\x00 please\x07 book\u200b him in") is A
    assert label("\x00STOP\r\n") is OO
    assert label("\tno problem,\x0b book\x0c her in\r\n") is A


def test_a_non_string_is_refused_plainly():
    with pytest.raises(TypeError, match="must be text"):
        classify(None)  # type: ignore[arg-type]
