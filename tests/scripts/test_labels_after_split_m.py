"""The rules after test split M was measured (hazard H209).

M (577 replies, four writers told that no two replies may share a situation, two reviewers;
nothing of it shown before its one measurement) read 0.829 co-signed with 0 false refusals and
0 false agrees; 35 of its 103 refusals and 51 of its 162 yeses went to a person. These are those
kinds in wording written here, beside the near misses each change must leave alone. The rules
alone (``classify``).
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify


@pytest.mark.parametrize("text", [
    "we've never held with jabs in this family",
    "we stopped after the first lot and that's been our position since",
    "we won't be using vaccines for any of ours",
    "we rely on prayer, thank you",
    "we do homeoprophylaxis instead of conventional vaccines",
    "her dad said no and I agree so that's that",
    "we haven't vaccinated for years and it's not up for discussion",
    "none of ours have had it and none will",
    # The other languages.
    "Mūsų vaikas skiepijamas nebus, ačiū",
    "Skiepai ne mūsų kelias",
    "Refuzăm vaccinurile pentru copil",
    "U nas nikt się nie szczepi",
    "Nenhum dos meus filhos foi vacinado e não vai ser",
    "Somos de una iglesia que no acepta las vacunas",
    "বাচ্চাদের আমরা টিকা দেওয়াই না",
])
def test_a_refusal_the_rules_did_not_know(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize("text", [
    "yes please, she's terrified of needles so I'll bring her headphones",
    "I was worried at first but the health visitor put my mind at rest. Book him in please",
    "yes please, no red book came with him from the last foster home",
    "book him in, we're not fussy what day",
    "she had a temperature when it was due, all better now, please rebook her",
    "yes please but after the 12th, I don't want to bring his cold into the waiting room",
    "yes please, he's autistic and struggles in a busy waiting room so first thing is best",
    "we would like him to receive the missing vaccinations, any weekday",
    # The other languages.
    "Ji haan, book kar dein. Ammi hospital mein kaam karti hain, main laaunga",
    "Da, programați-l vă rog, nu era ROR în România când trebuia",
    "Sim, pode marcar! Só não consigo de manhã",
    "Taip, užrašykite. Paskambinkit ir susiderinsim laiką",
])
def test_a_yes_with_the_familys_life_around_it_after_split_m(text):
    assert classify(text).label is Label.AGREE


@pytest.mark.parametrize("text", [
    # Near misses of the forms above: each a worry, a deferral or another's choice, never a
    # refusal.
    "Nie, dziękuję, tak zostanie? Wtorek 10:00 pasuje",
    "Não sei, vai continuar assim até falar com o pai",
    "I was nervous about it and nobody has put my mind at rest yet, can I talk to someone?",
    "my partner says we don't hold with it but I'm not so sure, can we talk?",
    # A relative's "doesn't agree" is theirs (Bengali; an out-of-fold co-signed false refusal).
    "amar shashuri raji na, ami ektu bhebe dekhi",
])
def test_near_misses_after_split_m_are_not_refusals(text):
    assert classify(text).label is not Label.REFUSED
