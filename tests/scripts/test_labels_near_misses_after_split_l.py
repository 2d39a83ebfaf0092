"""A second reader's near misses of the forms added after test splits L and M (hazards H208,
H209): 485 replies in ten languages, written apart from the rules in three batches to attack
them, that use one of the new refusal forms but are not refusals ("hard no to 8.40am, anything
after 10", "we won't be going ahead with it here, she had it at the travel clinic"), or one of
the new yes or neutral forms but are not yeses (a nurse who is still unsure). The forms were
narrowed, and some older misreadings fixed, after each batch was read."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply
from tests.scripts.near_misses import assert_not_what_it_suggests, load

CASES = load("near_misses_after_split_l.jsonl")
# The rules alone still read these as a refusal; the model does not, so each goes to a person:
# a Romanian "we manage without your jabs ... because he had them already", a Geordie joke ("before
# ye say we divvent dee jabs - we dee!"), an Arabic "we don't want the MMR a second time, he had
# it in Jordan", an Urdu "no need to tell me the date, he had them all in Lahore", and two Somali
# ones older than these forms ("is there a vaccine after this one?" read as a booking; "he
# doesn't need another, he had the MMR in Kenya" read as a no).
RULES_KNOWN = {case["text"] for case in CASES if case["text"].startswith((
    "Ne descurcăm fără", "Before ye say we divvent", "ما بدنا MMR مرة تانية", "تاریخ بتانے کی",
    "Tallaal dambe ma jiraa", "Tallaal dambe uma baahna"))}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_a_near_miss_is_never_a_co_signed_refusal_or_yes(case):
    result = read_reply(case["text"])
    assert_not_what_it_suggests(result.label, case["label"], result.reasons)


@pytest.mark.parametrize("case", [c for c in CASES if c["text"] not in RULES_KNOWN],
                         ids=lambda c: c["form"][:40])
def test_the_rules_alone_do_not_read_them_as_the_form_suggests(case):
    assert_not_what_it_suggests(classify(case["text"]).label, case["label"])


def test_the_known_one_is_still_there():
    """Listed so that fixing it is noticed."""
    assert len(RULES_KNOWN) == 6
    assert all(classify(text).label in (Label.REFUSED, Label.AGREE) for text in RULES_KNOWN)
