"""Near misses of the forms added after test split R (hazard H211), in five batches: 75 replies in
English, Polish, Urdu and Arabic for R's forms, then 79 in English, Lithuanian, Romanian, Somali
and Portuguese for the forms read from Q out-of-fold, written apart from the rules to attack
them, that use one of the new forms but are not what it suggests ("we've said never again to the
Saturday clinic, can we book a weekday?", "me mam divvent believe in it but ... book the bairn
in", "nie jesteśmy przeciwni, po prostu syn jest teraz chory", "Friday works for a chat with the
nurse, but I'm not agreeing to the jab until ..."), and 36 where the form does mean what it
suggests. The first batch found 4 false refusals by the rules alone and 1 co-signed (the Geordie
mother's belief): "said never again" now ends a sentence, "dinnae believe in" is the family's
own ("we", "I"), and the Arabic "won't be vaccinated" is read only after "and". The second found
11 by the rules alone and none co-signed: "never again in this family" now ends a sentence,
"opting him out permanently" is the family's own, and "I'd sooner eat my own hat" and Lithuanian
"nedarysiu" were dropped. The third, 61 probes by an adversarial reviewer in eight languages,
found 11 by the rules alone and none co-signed: "we've said never again" and "never again in
this family" were dropped (said of a clinic's wait, the last jabs' tears, measles), "now or
later" needs a no before it, the Scots form opens a sentence, Polish "wpisać odmowę" needs
"proszę", the Levantine form was dropped (a father's view since changed), and "her dad hasn't
agreed yet, hold off booking" is doubt. The fourth, 30 probes of the three forms read from S
after its measurement, found none by either reader (one arguable "rebook" after a fever is read
as a yes by the rules). The fifth, 28 Arabic probes of two forms read from T, found 2 by the
rules alone ("this is my final decision" said of a yes on a day and of a move), and that form
was dropped."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply
from tests.scripts.near_misses import assert_not_what_it_suggests, load

CASES = load("near_misses_after_split_r.jsonl")

# The rules alone still read these as refusals, by forms older than H211 (Levantine "won't be
# vaccinated" said of a nephew; Somali "we won't take it a second time, he had it last month", a
# spelling of an older form, twice); the model does not, so each goes to a person. (Roman Urdu
# "hum teeke nahi" said of the past and Polish "against the covid jabs, but MMR of course" were
# fixed: a past stance and a seasonal vaccine are asides.)
RULES_KNOWN = {case["text"] for case in CASES if case["text"].startswith(
    ("ابن أختي ما رح يتطعم", "Mar labaad ma qaadaneyno", "Bishii hore ayuu ku qaatay Hargeysa",
     # A "rebook" after a fever: the reviewer called it hesitant (rule 4), and said some would
     # call it a yes; the rules read the yes.
     "No one's putting anything else in her till her temperature"))}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_a_near_miss_is_never_a_refusal_or_yes_it_is_not(case):
    labels = [read_reply(case["text"]).label]
    if case["text"] not in RULES_KNOWN:
        labels.append(classify(case["text"]).label)
    for label in labels:
        assert_not_what_it_suggests(label, case["label"])


def test_the_known_ones_are_still_there():
    """Listed so that fixing them is noticed."""
    assert len(RULES_KNOWN) == 4
    assert all(classify(text).label in (Label.REFUSED, Label.AGREE) for text in RULES_KNOWN)
