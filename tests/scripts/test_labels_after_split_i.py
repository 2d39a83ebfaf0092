"""The rules after test split I was measured (hazard H204).

Split I (493 replies by two writers and a reviewer) was measured once, then its errors were
read. These are the kinds of reply it showed the rules misreading, each tested in wording
written here, not copied from I, beside the near misses each change must leave alone. All are
the rules alone (``classify``): the co-signing with the model is unchanged.
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify


@pytest.mark.parametrize(("text", "expected"), [
    # Scots and Geordie: "ye" is "you" before a verb, "wrang" is wrong, "weans" are children.
    ("ye've texted the wrang number, pal", Label.WRONG_NUMBER),
    ("nae weans in this hoose hen", Label.WRONG_NUMBER),
    ("ye have the wrang person", Label.WRONG_NUMBER),
    ("our lass is not havin any of them", Label.REFUSED),
    ("the wean's no havin it, we telt ye", Label.REFUSED),
    ("oh aye, I'll bring him right away. nae chance.", Label.REFUSED),
    # "Ye" alone or before "can" is still a texted yes.
    ("ye", Label.AGREE),
    ("ye can do Thursday", Label.AGREE),
])
def test_scots_and_geordie(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("we dont bother with vaccines in this house", Label.REFUSED),
    ("we never bother with any of that", Label.REFUSED),
    ("we will never be injecting her with that stuff", Label.REFUSED),
    ("Her dad doesn't consent and nor do I", Label.REFUSED),
    ("We were brought up without any of that and we're fine, she won't be having them",
     Label.REFUSED),
    # The near misses: a stop is a stop, one parent's no is doubt, a family's yes is a yes.
    ("dont bother texting me", Label.OPT_OUT),
    ("his dad doesn't want it but I'm not sure", Label.HESITANT),
    ("Me and my husband both agree, please book her in", Label.AGREE),
])
def test_a_refusal_in_words_the_rules_did_not_know(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("sí claro 🙄 no, gracias", Label.REFUSED),
    ("oh sure, can't wait 🙄 no thank you", Label.REFUSED),
    # A thanks after a yes is still a yes; an eye-roll with no no decides nothing.
    ("sim, obrigada", Label.AGREE),
])
def test_a_mock_yes_closing_on_a_no_and_thanks(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # Someone writing for a parent who does not read English: not a family member's doubt.
    ("His mum doesn't speak English so I am replying for her, she says yes please",
     Label.AGREE),
    ("I reply for my daughter as she does not read English. Please arrange the injection",
     Label.AGREE),
    # Where the parent will call from, or that the phones are hard to get through: logistics.
    ("yes book her in, I'll call back later to confirm", Label.AGREE),
    ("I can never get through on the phones, please book him in", Label.AGREE),
    # A worry that is over, because someone explained.
    ("I was worried but the nurse talked it through with me, book him in", Label.AGREE),
    ("no need to worry, we will bring her in", Label.AGREE),
    # A yes with a time condition is a yes.
    ("book her in after Easter please", Label.AGREE),
    # The near misses: a deferral, a worry still there, a call to think it over.
    ("after Easter maybe", Label.HESITANT),
    ("I was worried but the nurse explained it and I'm still not sure", Label.HESITANT),
    ("I'll let you know later", Label.HESITANT),
])
def test_a_yes_the_rules_read_as_doubt(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("already sorted thanks", Label.ALREADY_VACCINATED),
    ("we did that at the walk-in clinic in March", Label.ALREADY_VACCINATED),
    ("I have her vaccination booklet from Romania, she had them all", Label.ALREADY_VACCINATED),
    ("registered with a practice in Leeds now", Label.MOVED_AWAY),
    ("we've gone over to Elm Tree Surgery", Label.MOVED_AWAY),
    # The near misses: a house is not a jab, the same surgery is not a move, a booklet no
    # booking.
    ("got the keys last week so things are mad, but yes please", Label.AGREE),
    ("we're registered at your practice, yes please book", Label.AGREE),
    ("Moved to Wigan, sorted a new GP already", Label.MOVED_AWAY),
])
def test_facts_told_as_a_place_or_a_surgery(text, expected):
    assert classify(text).label is expected


def test_the_services_name_does_not_name_the_childs_vaccines():
    # "I know this is the jabs line, but ...": the yes is about the parent's own appointment.
    assert classify("I know this is the jabs line but can I book my smear").label \
        is Label.UNCLEAR
    assert classify("yes book her jabs, and can I book my smear too").label is Label.AGREE


@pytest.mark.parametrize(("text", "expected"), [
    ("nebeskambinkit daugiau", Label.OPT_OUT),
    ("pasiskiepijo Kaune pernai", Label.ALREADY_VACCINATED),
    ("Taip, noriu, kad dukra būtų paskiepyta", Label.AGREE),
    ("haa, warqad fasax shaqo ayaan u baahanahay", Label.UNCLEAR),
    ("akhadat kol el tat3eem fi Dubai", Label.ALREADY_VACCINATED),
    ("momken maw3id la 2ili ya doctor", Label.UNCLEAR),
    ("জি, আমরা রাজি। একটা সময় জানাবেন", Label.AGREE),
    ("Sí, lo llevo. ¿Alguien habla castellano?", Label.AGREE),
])
def test_other_languages(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # A pet's jabs, insulin needles, a blood pressure check, a prescription ("script"): a
    # yes about them is not a yes to the child's vaccines.
    ("yes can you book the cat in for his jabs on friday", Label.UNCLEAR),
    ("yes please, my dad needs more insulin needles", Label.UNCLEAR),
    ("yes book my blood pressure check please", Label.UNCLEAR),
    ("ok great, is my script ready?", Label.HESITANT),
    ("yes still interested in the three bed house, when can I view?", Label.UNCLEAR),
    # ... unless the child's own vaccines are asked for too.
    ("yes book his booster, and my own blood pressure check too", Label.AGREE),
])
def test_a_yes_about_a_pet_or_the_parents_own_care(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize("text", [
    "claro, eu levo ele sim... quando as galinhas tiverem dentes",
    "sí, sí, cuando las ranas críen pelo",
    "haan ji zaroor, qayamat ke din le aaungi",
])
def test_never_said_as_a_mock_yes(text):
    # "When hens grow teeth", "when frogs grow hair", "on judgement day": a decision
    # against, which the model must still co-sign (H1).
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize(("text", "expected"), [
    # "Ent sure" is "not sure"; "after she is better I'll bring her" puts it off (rule 4).
    ("ent sure tbh, need to read up on it", Label.HESITANT),
    ("she has a chest infection, once she is better I will bring her", Label.HESITANT),
    # An illness that is over keeps the yes.
    ("yes book her in, she's well now", Label.AGREE),
])
def test_unsure_in_dialect_and_a_yes_put_off_until_a_child_is_well(text, expected):
    assert classify(text).label is expected
