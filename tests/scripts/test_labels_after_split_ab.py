"""The rules after test splits AB and AC were measured (hazard H213).

AB (423 replies by three writers and a reviewer who read only labels.md) read 0.927 co-signed and
AC (269, two more writers and a reviewer) 0.938, both with 0 false refusals and 0 false agrees;
the rules alone read 0.804 and 0.887. These are the kinds the rules missed, in wording written
here, beside the near misses each change must leave alone (more in
``test_labels_near_misses_after_split_ab.py``). The rules alone (``classify``) unless a test says
otherwise.
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from tests.scripts.near_misses import both_readings

# A decision in Scots or said as a choice; "we're not for it"; no further doses after a
# reaction; Polish without its accents; Somali "they don't take vaccines"; Gulf Arabic "I don't
# want my daughter to take it", consent withdrawn, Levantine Arabizi "we don't vaccinate";
# Portuguese, Spanish and Lithuanian decisions with the vaccine named.
REFUSALS = [
    "No thanks, we've decided nae jags for the wee one",
    "nah we're choosing not to, ta",
    "We're not for it at all, thanks",
    "After the last reaction he won't be receiving any further vaccines, his consultant agrees",
    "That's the end of it as far as jabs go for this family",
    "odmawiamy. prosze wpisac do karty",
    "Ilmahaygu tallaal ma qaataan",
    "ما أبي بنتي تاخذ التطعيم",
    "أسحب موافقتي على كل التطعيمات",
    "la2 ma mnla22e7 wladna",
    "Aqui ninguém toma vacina, obrigado",
    "A gente optou por não dar a vacina ao menino",
    "Prefiro que ela fique sem, obrigada",
    "No le pongo ninguna vacuna a mi hija",
    "Hemos decidido que los niños no recibirán más vacunas",
    "Nusprendėme atsisakyti visų skiepų",
]

# A belief that she had them all, with a yes; two children put down for a day; Arabic "we wish to
# complete the vaccinations"; a move down the road; "want to understand it first"; a kinship
# arrangement, which books nothing.
OTHERS = [
    ("thought she'd had them all! yes please book her", Label.AGREE),
    ("Put both of them down for their jabs please", Label.AGREE),
    ("نرغب في استكمال التطعيمات لابننا", Label.AGREE),
    ("we only moved a few doors down, yes book him in", Label.AGREE),
    ("I want to understand it first", Label.HESITANT),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_the_rules_did_not_know(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize(("text", "label"), OTHERS)
def test_a_reply_the_rules_did_not_know(text, label):
    assert classify(text).label is label


def test_a_kinship_arrangement_is_no_booking():
    assert classify("He lives with me under a kinship arrangement now").label is not Label.AGREE


# A no beside a yes, with the flu or covid jab named (in any language) or a mind changed; a
# relative's no reported; the child's name between "I don't want" and "to take it alone".
NOT_REFUSALS = [
    "we'd decided not to before but we've changed our minds, can we book",
    "my husband keeps saying we're not having it but I want her done, when can we come",
    "Odmawiam szczepienia na grypę, ale MMR tak, proszę zapisać",
    "Nusprendėme atsisakyti gripo skiepo, bet MMR norime, užregistruokite",
    "أسحب موافقتي على تطعيم الانفلونزا بس، احجزوا له موعد MMR",
    "ما أبي ولدي سالم ياخذ الإبرة لحاله، أبي أكون معه. متى الموعد؟",
    "A gente optou por não fazer festa este ano",
]


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_a_near_miss_is_not_a_refusal(text):
    assert Label.REFUSED not in both_readings(text)


def test_a_no_beside_a_yes_with_the_flu_named_goes_to_a_person():
    reading = classify("we're not having the flu one but book her for the MMR please")
    assert reading.label is Label.HESITANT


def test_a_reaction_remembered_is_not_a_jab_had():
    """Test split AG (measured on the final configuration): "last time she had jabs" before a
    reaction was read as had it, closing a worried family (H213)."""
    text = "Last time he had his jabs he was sick for a week, so forgive me if I'm not rushing back"
    assert Label.ALREADY_VACCINATED not in both_readings(text)
    assert classify("last time he had his jabs was in Poland, he's up to date").label is (
        Label.ALREADY_VACCINATED)
