"""A second reader's near misses of a refusal (issue 13, hazard H203): 201 replies in ten
languages that are not refusals but look like one ("I don't want him to remain unvaccinated",
"Decyzja zapadła: szczepimy!"), and 32 that are, written apart from the rules to attack them.
No rule was tuned on the 32; the 201 found the false refusals H203 removes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.scripts.labels import Label
from assistant.scripts.labels_cosign import read_reply

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "refusal_near_misses.jsonl").read_text("utf-8").splitlines()]
NOT_REFUSALS = [case["text"] for case in CASES if not case["refusal"]]
REFUSALS = [case["text"] for case in CASES if case["refusal"]]
# Still read as a refusal by both readers: a joke's double negative (the family is asked to
# confirm, H1). Listed so that a new one fails, and this one passing is noticed.
KNOWN = {"I always say no to nothing when it comes to her health lol"}


@pytest.mark.parametrize("text", [pytest.param(
    t, marks=pytest.mark.xfail(strict=True, reason="known: a double negative")) if t in KNOWN
    else t for t in NOT_REFUSALS])
def test_a_near_miss_is_never_a_co_signed_refusal(text):
    result = read_reply(text)
    assert result.label is not Label.REFUSED, (result.rules_label, result.model_label,
                                               result.reasons)


def test_the_real_refusals_among_them_are_still_caught():
    """The rules and the model together caught 11 of the 32 when the set was written."""
    caught = sum(read_reply(text).label is Label.REFUSED for text in REFUSALS)
    assert len(REFUSALS) == 32 and caught >= 11
