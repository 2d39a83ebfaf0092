"""The rules after test split K was measured (hazard H207).

K (599 replies, two writers with new personas and a reviewer; nothing of it shown before its
one measurement) read 0.874 co-signed with 0 false refusals; 41 of its 126 refusals went to a
person because the rules read no decision. These are those kinds in wording written here,
beside the near misses each change must leave alone. The rules alone (``classify``).
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify


@pytest.mark.parametrize("text", [
    "thanks but it's not for us",
    "we follow a different path and it doesn't include vaccines",
    "we have decided as a family not to go ahead with any of them",
    "we'll manage without, thanks",
    "honestly we're fine without it ta",
    "the family has steered clear for years and we're keeping it that way",
    "we decided when our first was born, none of them get jabbed",
    "he won't be having any more from now on",
    "we did the first lot and she was poorly for weeks after, so that's us done now",
    "fresh air and good food, no needles. She's never been ill a day in her life",
    # The other languages.
    "Nusprendėme neskiepyti, ačiū",
    "Atsisakau visų skiepų sūnui",
    "Nasza córka tych szczepionek nie dostanie",
    "Młodszy szczepiony nie będzie",
    "Gurigan tallaal ma galo",
    "Ne descurcăm și fără, mulțumim",
    "وما نبي هاللقاحات",
    "En casa, ni una vacuna",
])
def test_a_refusal_said_as_a_path_a_family_keeps(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize(("text", "expected"), [
    # A text that is not for them stays a wrong number; a worry after a past reaction stays
    # a worry; "Młodszy nieszczepiony nie będzie" (won't stay unvaccinated) is no refusal.
    ("sorry it's not for me, wrong number", Label.WRONG_NUMBER),
    ("he was poorly for weeks after the last one, can we talk to the nurse first",
     Label.HESITANT),
    # (a person reads it: the rules do not follow the double negative, but it is no refusal)
    ("Młodszy nieszczepiony nie będzie, zapiszcie go", Label.HESITANT),
    ("we'll manage without a lift, book her in", Label.AGREE),
])
def test_near_misses_of_those_refusals(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # K's yeses read as doubt because of life around them: a day that is no good, a call
    # asked for with the time because texts are hard, a parent in hospital, no phone credit,
    # a letter never received, a fear of needles "but it needs doing", a consultant's all-clear.
    ("Fine, book it. Mondays are no good for me", Label.AGREE),
    ("yes please, ring me with the time as I can't read texts very well", Label.AGREE),
    ("yes, his mum's in hospital so I'll bring him", Label.AGREE),
    ("she says yes, she's got no credit to reply", Label.AGREE),
    ("never got the letter, but yes, when can I bring her", Label.AGREE),
    ("he hates needles bless him but it needs doing, put us down", Label.AGREE),
    ("in and out of hospital but the consultant said he's good to go, book him", Label.AGREE),
    ("Sim, pode marcar, só não pode ser à quarta", Label.AGREE),
    ("Da, de acord, doar să nu fie vinerea", Label.AGREE),
    # Near misses: a worry about autism stays a worry; a yes about a relative's hearing aid
    # is not a yes to the child's vaccines.
    ("my son has autism already, will the MMR make it worse?", Label.HESITANT),
    ("yes please confirm my dad's hearing aid appointment", Label.UNCLEAR),
])
def test_a_yes_with_life_around_it_after_split_k(text, expected):
    assert classify(text).label is expected
