"""The rules after test split L was measured (hazard H208).

L (566 replies, two writers with new personas and a reviewer; nothing of it shown before its
one measurement) read 0.913 co-signed with 0 false refusals and 0 false agrees; 29 of its 120
refusals and 32 of its 142 yeses went to a person because the rules read no decision or read
a worry into the family's life. These are those kinds in wording written here, beside the near
misses each change must leave alone. The rules alone (``classify``).
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify


@pytest.mark.parametrize("text", [
    "a firm no from our house, thanks",
    "we're a no to all of them",
    "we'll give the jabs a miss thank you",
    "our youngest is staying natural",
    "after what happened with her brother, never again",
    "we take a different approach for our kids",
    "the answer's still no",
    "that's her done wi jags",
    "his dad doesn't believe in them and neither do I",
    # The other languages.
    "Nu mai facem niciun vaccin, mulțumim",
    "Mu już wystarczy, więcej nie damy",
    "U nas no vaccines, taka decyzja i koniec",
    "Dispensamos as vacinas, obrigada",
    "Tallaalkaas ma rabno",
    "وما بنعطيه هاي اللقاحات",
    "বাচ্চার টিকার অনুমতি আমি তুলে নিচ্ছি",
    "Hamare ghar mein teeke nahi lagte",
    "Prefiero que mis hijos no se vacunen",
])
def test_a_refusal_without_the_words_the_rules_knew(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize("text", [
    "fine by us, any afternoon",
    "nae worries, Thursday suits",
    "yes I want her booked but can someone ring me to do it, I can't get through",
    "I work at the hospital so mornings please, yes book him",
    "been in and out of hospital with my dad, sorry. Yes please book her",
    "his mum's the worrier not me, book him in",
    "can I bring both of mine at once?",
    # A parent's own job or workplace is not a wish to talk to a nurse or a doctor.
    "Soy enfermera, apúntenla el martes por favor",
    "Sou médica, marquem para sexta por favor",
    "Esu gydytoja, registruokite penktadienį",
    "Tak, sobota pasuje, w tygodniu nie dam rady",
    "Da, vrem. Sunați-mă pentru oră vă rog",
    "جی ہاں لگوانا ہے، بتائیں کب آنا ہے",
    "ঠিক আছে, নিয়ে আসব। কবে আসব জানাবেন",
])
def test_a_yes_with_the_familys_life_around_it(text):
    assert classify(text).label is Label.AGREE


@pytest.mark.parametrize(("text", "label"), [
    ("আমরা এখন লিডসে থাকি, নতুন ডাক্তারের কাছে নাম লিখিয়েছি", Label.MOVED_AWAY),
    ("ana mish abu el bint, ghalat fel ra2am", Label.WRONG_NUMBER),
])
def test_a_fact_said_plainly(text, label):
    assert classify(text).label is label


@pytest.mark.parametrize("text", [
    # Found checking the forms above: each reads as doubt or logistics, never a refusal.
    "not a hard no, I just need to think",
    "it's not a firm no, can we talk first?",
    "we'll give it a miss this week as he's poorly, can we do next week?",
    "Might give it a miss till he's over his cold",
    "we're a no for Monday but yes for Tuesday",
    "Dziś sobie odpuszczamy, może w piątek",
    "Więcej nie damy rady dzisiaj, może w piątek?",
    "Ma keeni doono maanta, berri ayaan keeni karaa",
    "Dispensamos a carta, podem ligar",
    "ma bghinach njiw nhar tnin",
    "ما رح ناخدو اليوم، بكرا احسن",
    "Sunt asistentă, dar am o întrebare despre vaccin",
    "I'm a nurse and I'm still a bit worried about the MMR",
])
def test_near_misses_of_those_forms_are_not_refusals(text):
    assert classify(text).label is not Label.REFUSED
