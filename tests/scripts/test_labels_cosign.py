"""Co-signing: agree and refused only when the rules and the model both say so."""

from __future__ import annotations

import itertools
import json

import pytest

from assistant.scripts import labels_cosign
from assistant.scripts.labels import Classification, Label, classify
from assistant.scripts.labels_cosign import co_sign, read_reply
from assistant.scripts.labels_model import ModelReading
from tests.conftest import SHARED

DECISIVE = {Label.AGREE, Label.REFUSED}
PROBABILITIES = (0.0, 0.3, 0.5, 0.79, 0.8, 0.95, 1.0)


def rules_said(label: Label, confidence: float = 0.9) -> Classification:
    return Classification(label, confidence, "en", ("a cue",))


@pytest.mark.parametrize(("rules", "model"), [
    (r, m) for r, m in itertools.product(Label, Label) if r is not m])
def test_readers_that_disagree_never_give_agree_or_refused(rules, model):
    for probability in PROBABILITIES:
        result = co_sign(rules_said(rules), ModelReading(model, probability))
        assert result.label not in DECISIVE
        assert (result.rules_label, result.model_label) == (rules, model)
        asked = (rules in DECISIVE and model is Label.UNCLEAR
                 and probability >= labels_cosign.MODEL_OVERRIDE_PROBABILITY)
        if asked:
            assert result.label is Label.UNCLEAR  # asked once, then a person reads it
        elif rules in DECISIVE or model in DECISIVE:
            assert result.label is Label.HESITANT  # a person reads it


@pytest.mark.parametrize("label", sorted(DECISIVE))
def test_agree_and_refused_stand_when_both_say_so_surely(label):
    sure = co_sign(rules_said(label), ModelReading(label, 0.97))
    assert sure.label is label
    assert "both readers agree" in sure.reasons
    needed = (labels_cosign.MODEL_MIN_REFUSED_PROBABILITY if label is Label.REFUSED
              else labels_cosign.MODEL_MIN_PROBABILITY)
    assert co_sign(rules_said(label), ModelReading(label, needed)).label is label
    unsure = co_sign(rules_said(label), ModelReading(label, needed - 0.01))
    assert unsure.label is Label.HESITANT


@pytest.mark.parametrize("rules", sorted(DECISIVE))
def test_a_yes_or_no_the_model_cannot_read_is_asked_about_not_acted_on(rules):
    """H191: the rules read a yes or a no, the model nothing clear: the family is asked
    once what they meant (``unclear``); a model reading a worry still sends it to a person."""
    sure = labels_cosign.MODEL_OVERRIDE_PROBABILITY
    asked = co_sign(rules_said(rules), ModelReading(Label.UNCLEAR, sure))
    assert asked.label is Label.UNCLEAR
    assert "ask the family what they meant" in asked.reasons[-1]
    unsure = co_sign(rules_said(rules), ModelReading(Label.UNCLEAR, sure - 0.01))
    assert unsure.label is Label.HESITANT
    worried = co_sign(rules_said(rules), ModelReading(Label.HESITANT, 0.99))
    assert worried.label is Label.HESITANT
    # The other way round (the model reads a yes or a no the rules cannot read), a person
    # reads it: the rules' silence is no reason to ask.
    assert co_sign(rules_said(Label.UNCLEAR), ModelReading(rules, 0.9)).label is Label.HESITANT


def test_a_co_signed_refusal_needs_the_model_at_least_half_sure():
    # Chosen out-of-fold (bench/labels_validation.py): 0.5 kept 0 false refusals, 0.4 gave one.
    assert labels_cosign.MODEL_MIN_REFUSED_PROBABILITY >= 0.5


def test_the_model_overrules_a_fact_label_only_when_sure():
    rules = rules_said(Label.HESITANT, 0.8)
    sure = co_sign(rules, ModelReading(Label.ALREADY_VACCINATED, 0.99))
    assert sure.label is Label.ALREADY_VACCINATED
    unsure = co_sign(rules, ModelReading(Label.ALREADY_VACCINATED, 0.4))
    assert unsure.label is Label.HESITANT


@pytest.mark.parametrize("model", list(Label))
def test_a_bare_stop_keyword_is_an_opt_out_whatever_the_model_says(model):
    rules = classify("STOP")
    assert co_sign(rules, ModelReading(model, 1.0)).label is Label.OPT_OUT


def test_the_rules_alone_label_when_the_model_is_unavailable():
    result = co_sign(rules_said(Label.REFUSED), None)
    assert result.label is Label.REFUSED
    assert result.model_label is None


def test_real_replies_read_by_both_never_agree_or_refuse_on_a_disagreement():
    rows = [json.loads(line) for line in
            (SHARED / "data" / "replies-dev.jsonl").read_text("utf-8").splitlines() if line]
    extra = ["yes but is it safe?", "we are a natural health family", "Tak, zapiszcie Kubę",
             "no", "maybe after christmas", "ok ring me", "we don't do that here"]
    for text in [row["text"] for row in rows] + extra:
        result = read_reply(text)
        assert result.rules_label is not None and result.model_label is not None
        if result.label in DECISIVE:
            assert result.rules_label is result.model_label is result.label, text


@pytest.mark.parametrize("fact", [Label.ALREADY_VACCINATED, Label.MOVED_AWAY])
def test_a_worry_is_never_overruled_into_a_fact_that_closes_the_family(fact):
    """H190: the model, sure of "already had it" or "moved", would pause or close a worried
    family and thank them; where the rules heard only a worry, a person reads it."""
    worried = classify("not sure if it's safe, I'd like to talk to the nurse first")
    assert worried.label is Label.HESITANT and "talk" in worried.cues
    assert co_sign(worried, ModelReading(fact, 0.99)).label is Label.HESITANT


def test_the_model_still_reads_a_fact_the_rules_heard_as_a_fact_or_did_not_read():
    moved = classify("we live in Leeds now, is that a problem?")
    assert co_sign(moved, ModelReading(Label.MOVED_AWAY, 0.95)).label is Label.MOVED_AWAY
    unread = Classification(Label.UNCLEAR, 0.6, "so", ("no cue for any label",))
    assert co_sign(unread, ModelReading(Label.MOVED_AWAY, 0.95)).label is Label.MOVED_AWAY


def test_a_later_is_never_made_a_yes_by_the_model_alone():
    """A "not now" the rules hear objects to a yes only the model reads (hazard H201)."""
    rules = classify("بعدين إن شاء الله، هلأ مسافرين عالشام")  # later, God willing: travelling
    assert "condition" in rules.cues and rules.label is not Label.AGREE
    assert labels_cosign.rules_object_to_agree(rules)
    assert co_sign(rules, ModelReading(Label.AGREE, 0.999)).label is not Label.AGREE


@pytest.mark.parametrize("silent", [Label.OPT_OUT, Label.WRONG_NUMBER])
@pytest.mark.parametrize("cue", ["yes", "book"])
def test_a_yes_or_a_booking_is_never_closed_silently_by_the_model(silent, cue):
    """H212: "no more texts, ring me with a time" (Urdu): the rules read a booking, the model a
    sure opt-out; no person would read the reply, so the rules' label stands."""
    rules = Classification(Label.HESITANT, 0.55, "ur", ("asks to stop but also: ...",),
                           cues=("stop", cue))
    assert co_sign(rules, ModelReading(silent, 0.99)).label is Label.HESITANT
    plain = Classification(Label.HESITANT, 0.55, "ur", ("asks to stop",), cues=("stop",))
    assert co_sign(plain, ModelReading(silent, 0.99)).label is silent
