"""A second reader's near misses of the forms added after test split O (hazard H210): 340 replies
in ten languages, written apart from the rules in two batches to attack them, that use one of the
new forms but are not what it suggests ("no need to withdraw my child from the programme, she had
it at the clinic", "I promised my mum I'd get them all done and I'm keeping that promise", "la
farmacia nu fac vaccinuri pentru copii", "nie jesteśmy rodziną, która nie szczepi"). The first
batch found 17 false refusals by the rules alone, the second 16 and 4 false agrees; the forms were
narrowed or dropped after each ("done with all of them", "keeping that promise", two sarcastic
yeses, Lithuanian "to nekartosiu", Spanish "también lo estará", Somali "tallaal ma jiro" and
others dropped; the children's "nu fac vaccinuri", a letter's or the family's own withdrawal),
and a carer's "not the parent" made the weaker ``wrong_weak`` cue, which a yes outweighs."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply
from tests.scripts.near_misses import assert_not_what_it_suggests, load

CASES = load("near_misses_after_split_o.jsonl")


# The rules alone still misread this one, by a form older than H210 (a "yes!!" with a mum in
# hospital having the baby); the model does not, so it goes to a person. ("No lo vamos a vacunar
# nosotros porque no es nuestro hijo", read as a refusal by both readers, was fixed: a stranger's
# no, strong or weak, is a wrong number.)
RULES_KNOWN = {case["text"] for case in CASES if case["text"].startswith(
    "YES!!! Mum's in hospital")}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_a_near_miss_is_never_a_refusal_or_yes_it_is_not(case):
    labels = [read_reply(case["text"]).label]
    if case["text"] not in RULES_KNOWN:
        labels.append(classify(case["text"]).label)
    for label in labels:
        assert_not_what_it_suggests(label, case["label"])


def test_the_known_ones_are_still_there():
    """Listed so that fixing them is noticed."""
    assert len(RULES_KNOWN) == 1
    assert all(classify(text).label in (Label.REFUSED, Label.AGREE) for text in RULES_KNOWN)
