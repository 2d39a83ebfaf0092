"""Near misses of the forms added after test splits AB and AC (hazard H213), written apart from the
rules by two second readers who read only labels.md: 114 in English for the English forms
("decided / choosing not to", Scots "decided nae jags", "we're not for it", "won't be receiving any
further ones", "that's the end of it for us", "thought she'd had them all", "we only moved two
streets over", "put Alfie and Rosie down together", a "kinship arrangement", "want to understand
first") and 99 in Polish, Somali, Arabic, Portuguese, Spanish and Lithuanian for theirs. About a
third of each are replies where the form does mean what it suggests.

The first forms failed them: by the rules alone, 6 false refusals and 3 false yeses in English
and 13 false refusals in the other languages; co-signed, 1 and 1 in English ("my ex told the
nurse he won't be receiving any more vaccines but ... I want him done, please book", older than
these forms; "sorry wrong chat - put Alfie and Rosie down together for swimming") and 4 false
refusals in the others (a flu jab refused beside a yes to the MMR, in Arabic and Lithuanian; "we
chose not to have a party this year"; a trip given up). So: "that's the end of it for him" and
a Somali "don't call me about this" were dropped; Spanish "no le pongo eso", Portuguese "optou
por não dar" and Lithuanian "nusprendėme atsisakyti" now need the vaccine named; a relative's
words reported ("my ex told the nurse he ...", "my mum keeps saying we ...") are for a person; a
no beside a yes is for a person when the flu or covid jab is named, in any language, or a mind
was changed; "put ... down" is a booking only for a day or the jabs, and never after "don't".
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply
from tests.scripts.near_misses import assert_not_what_it_suggests, load

CASES = load("near_misses_after_split_ab.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_a_near_miss_is_never_a_refusal_or_yes_it_is_not(case):
    for label in (classify(case["text"]).label, read_reply(case["text"]).label):
        assert_not_what_it_suggests(label, case["label"])


NOT_CLOSING = [c for c in CASES if c["label"] not in ("wrong_number", "opt_out")]


@pytest.mark.parametrize("case", NOT_CLOSING, ids=lambda c: c["text"][:40])
def test_a_near_miss_is_never_closed_silently(case):
    """A worry, a yes, a decision or a fact is never read as a wrong number or an opt-out, by
    the rules or co-signed (a Somali "don't call me again about the rent" was an opt-out)."""
    for label in (classify(case["text"]).label, read_reply(case["text"]).label):
        assert label not in (Label.WRONG_NUMBER, Label.OPT_OUT)
