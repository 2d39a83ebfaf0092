"""Near misses of the forms added after test split T (hazard H212), in two batches written apart
from the rules by second readers who read only labels.md: 90 in English, Polish, Romanian, Arabic
and Bengali for the first forms (a quoted no, "I should've let you know", a posting abroad, Polish
facts and work numbers, a Romanian "no more messages", an Arabic "my father's number" and "no
child by that name", a Bengali "tika dia ashchi"), then 80 in Portuguese, Polish, Romanian and
English for the second ("e agora querem ...", "bo mam pracę", "mieszka u mnie na stałe", a
Romanian decision "să nu-i facem vaccinurile", "azi" as a day put off, a posting that brought the
family here); about a fifth of each are replies where the form does mean what it suggests. Neither
batch found a false refusal or a false yes, by either reader; the first found a yes, a worry and
facts read as a wrong number (the mother writing from her late father's phone, Gulf "أبي" that is
also "I want", a parent's work phone with a question), so "my father's number" and "numer
służbowy" were dropped and "no child by that name" became the weaker cue a yes outweighs (later
dropped too, on a reviewer's probes: a parent correcting the child's name). A third
batch, 70 in English voices and Romanian for the forms read from test split U after it was
measured (a dropped g, "injekshun", "oh great, another text", "now I'm telling you", "could you
advise what times", "nu răspunde nimeni"), found 2 false refusals by the rules alone and none
co-signed, both older forms that a dropped g now reached: "not bothering the surgery again" and
"I'm not having him miss it again" are no refusals now. A fourth, 80 in English, Lithuanian and
Polish for the forms read from test split V (a carer unsure they may consent, "both agreed on it",
"our older ones", "will not receive them", "always gone without", a worry that is over, "can the
nurse speak slowly", "while you're at it shall I"), found 3 false refusals by the rules alone and
1 co-signed, Lithuanian "nenoriu praleisti vakcinos" (I don't want to MISS the vaccine): the
Lithuanian form now needs "this / that / any" before the vaccine, and "withdrawing it now" keeps
its "now" (a retraction of an earlier text). A fifth, 80 in English, Spanish, Polish, Urdu,
Bengali and Romanian for the forms read from test split W (an autism adjustment with a yes, "the
last lot went so well", "our choice and we're happy with it", "just to let you know", "ar SMS
diben na"), found 5 false refusals by the rules alone and none co-signed: the sarcasm and "our
choice" forms were dropped (said of yeses, a move and a jab had abroad), and a Bengali jab had
("tika peyeche") is read, so that "no more texts, he's had them all" is the fact. A sixth, 60 in
English, Polish, Romanian, Urdu and Bengali for the forms read from test split X ("for three kids
now", "they said they'd let you know", "after the split", "tak jak mówiłam", "nu știam că", an
Urdu "no more messages", a Bengali "give us a time"), found none by either reader. A seventh, 60 in
Portuguese, Bengali, English, Polish and Lithuanian for the forms read from test split Y (a day
corrected, "só não pode ser de manhã", a hospital shift, "after half term", "tak samo",
"atsisakome visų skiepų"), found 1, co-signed: "gal atsisakome visų skiepų, gal ne, dar
nenusprendėme" (maybe, we haven't decided), and the Lithuanian form was dropped."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label
from tests.scripts.near_misses import (
    assert_not_what_it_suggests,
    both_readings,
    load,
    not_closing,
)

CASES = load("near_misses_after_split_t.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_a_near_miss_is_never_a_refusal_or_yes_it_is_not(case):
    for label in both_readings(case["text"]):
        assert_not_what_it_suggests(label, case["label"])


@pytest.mark.parametrize("case", not_closing(CASES), ids=lambda c: c["text"][:40])
def test_a_near_miss_is_never_closed_silently(case):
    """A worry, a yes or a fact is never read as a wrong number or an opt-out, after which no
    person reads the reply (the first batch's "my father's number" and "numer służbowy"), by
    the rules or co-signed (an Urdu "no more texts, ring me with a time": H212)."""
    for label in both_readings(case["text"]):
        assert label not in (Label.WRONG_NUMBER, Label.OPT_OUT)
