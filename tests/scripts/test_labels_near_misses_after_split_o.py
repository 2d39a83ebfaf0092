"""A second reader's near misses of the forms added after test split O (hazard H210): 180 replies
in ten languages, written apart from the rules to attack them, that use one of the new forms but
are not what it suggests ("no need to withdraw my child from the programme, she had it at the
clinic", "I promised my mum I'd get them all done and I'm keeping that promise", "la farmacia nu
fac vaccinuri pentru copii"). The first reading found 17 false refusals by the rules alone; the
forms were narrowed ("done with all of them", "keeping that promise", Lithuanian "to
nekartosiu", "sprendimą priėmėm" and Spanish "no vamos a empezar ahora" dropped; the children's
"nu fac vaccinuri", a letter's or the family's own withdrawal) and a carer's "not the parent"
made the weaker ``wrong_number`` cue, which a yes outweighs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply

CASES = [json.loads(line) for line in (Path(__file__).parent
                                       / "near_misses_after_split_o.jsonl").read_text(
                                           "utf-8").splitlines()]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_a_near_miss_is_never_a_refusal_or_yes_it_is_not(case):
    for label in (classify(case["text"]).label, read_reply(case["text"]).label):
        if case["label"] != "refused":
            assert label is not Label.REFUSED
        if case["label"] != "agree":
            assert label is not Label.AGREE
