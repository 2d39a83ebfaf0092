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
chose not to have a party this year"; a trip given up). A reviewer's 182 probes of the result
found 6 more co-signed false refusals and 2 false yeses ("não quero mais vacinas em atraso", no
more OVERDUE ones; the nursery's choice; a Gulf "I don't want my son to miss anything, let him
take them all"; Lithuanian "cancel the slot for the vaccines"; a Spanish mind changed; "put our
wee dog in for his jabs"; "put Alfie and Rosie down for Saturday ... football camp"). So: "that's
the end of it for him", "won't be receiving any further ones", Portuguese "não quero mais
vacinas", a Somali "don't call me about this" and Spanish "no le pongo eso" were dropped; "we're
not for it" needs "at all" and is weak; Portuguese "optou por não dar", Lithuanian "nusprendėme
atsisakyti", Arabic "ma mnla22e7" and "I don't want my son to take" need the family and the
vaccines named, next to the verb; a relative's words reported ("my ex told the nurse he ...") are
for a person; a no beside a yes is for a person when the flu or covid jab is named, in any
language, or a mind was changed (in six); "put ... down" is a booking only for the jabs or
together, never after "don't" or "you".
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label
from assistant.scripts.labels_cosign import read_reply
from tests.scripts.near_misses import (
    assert_not_what_it_suggests,
    both_readings,
    load,
    not_closing,
)

CASES = load("near_misses_after_split_ab.jsonl")
# A reviewer's 182 probes of the whole change, written to break each form and mechanism (H213):
# 6 co-signed false refusals and 2 false agrees the first forms caused were fixed; two co-signed
# refusals older than the change remain, marked below.
PROBES = load("probes_after_split_ab.jsonl")
KNOWN = {
    "Good news, he won't be receiving any more jabs, the nurse said he's fully up to date":
        "known: an older 'won't be receiving any more jabs' outranks the fact",
    "Hemos decidido que no recibirá más vacunas de la gripe":
        "known: a no to the flu jab alone, in Spanish, is read as a refusal",
}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_a_near_miss_is_never_a_refusal_or_yes_it_is_not(case):
    for label in both_readings(case["text"]):
        assert_not_what_it_suggests(label, case["label"])


@pytest.mark.parametrize("case", not_closing(CASES), ids=lambda c: c["text"][:40])
def test_a_near_miss_is_never_closed_silently(case):
    """A worry, a yes, a decision or a fact is never read as a wrong number or an opt-out, by
    the rules or co-signed (a Somali "don't call me again about the rent" was an opt-out)."""
    for label in both_readings(case["text"]):
        assert label not in (Label.WRONG_NUMBER, Label.OPT_OUT)


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN[c["text"]], strict=True))
    if c["text"] in KNOWN else c for c in PROBES], ids=lambda c: c["text"][:40])
def test_a_reviewer_probe_is_never_a_co_signed_refusal_or_yes_it_is_not(case):
    """Co-signed only: by the rules alone 9 probes are still a refusal and 9 a yes they are not
    (most older than the change; the model reader is what the service acts on)."""
    assert_not_what_it_suggests(read_reply(case["text"]).label, case["label"])
