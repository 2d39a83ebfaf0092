"""The refusal-recall pass (issue 13): general forms of a refusal the rules read as a worry or
nothing, in English and the nine languages, each beside near misses that must never become
``refused`` (a worry, a "not now", a time the family cannot do, a yes)."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify

R = Label.REFUSED


def _label(text: str) -> Label:
    return classify(text).label


@pytest.mark.parametrize("text", [
    # Who the family is, or a choice long made.
    "we're a non-vaccinating household, please note it",
    "Honestly we have always been an unvaxxed family",
    "my family doesn't believe in vaccines",
    "our household doesn't do jabs",
    "nah we dont hold with all that, never have",
    "This is her mum. We're not doing any of the jabs, take her off your list",
    "that's been our position since the eldest, no thank you",
    # Another kind of care preferred.
    "No, we use natural medicine in this house",
    "we're keeping them all natural, no thanks",
    "no. I'd rather he got measles naturally",
    "no, we go the alternative medicine route",
    # A future that will not change.
    "She will stay unvaccinated",
    "the twins are going to remain unjabbed",
    "He'll grow up free of your toxins thanks",
    "nae chance pal",
    "no havin them.",
    "It's not something we are going to do",
    "we won't be taking her down for any jabs",
    "the answer will always be no",
    # A no said before and still meant.
    "I told your colleague no last week and it's the same answer",
    "we said no many times, answer hasn't changed",
    "No. It's final.",
    "No, we made our minds up. Please respect that",
    # Sarcasm closing on a no.
    "ooh tempting, let me have a think... nope",
    "u seriously think im bringing him for that? no",
    "yeah nah, not for us",
])
def test_refusals_in_general_forms_english(text):
    result = classify(text)
    assert result.label is R, (result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    # Worries, deferrals, times and yeses beside the same words.
    "we don't do it on Mondays",
    "No, not on Mondays, we've decided",
    "not now, he's poorly",
    "No, we've decided to wait until he's over his cold",
    "Not now, we've decided. Maybe next year",
    "No, he won't be staying unvaccinated, book him in",
    "we're not a non vaccinating family, just worried",
    "he'll stay unvaccinated until he's better",
    "is natural immunity better? can I talk to the nurse",
    "I'd rather she caught it naturally but I'm not sure, can we talk?",
    "we've decided, yes please book her in",
    "we've looked into it and we'd like to go ahead",
    "No worries, we respect that",
    "we've said no before but now we'd like to book",
    "the answer is no for now, he's teething",
    "not something we can do this week",
    "this is his dad, can we come Tuesday?",
    "let me think about it, no rush",
    "yeah nah yeah book her in",
    "my family doesn't agree with me, I want her done",
    "I'm worried about the MMR, what's in it?",
    "I had her naturally at home, no complications",
    "we don't participate in research studies, but book him in",
])
def test_near_misses_are_not_refusals_english(text):
    result = classify(text)
    assert result.label is not R, (result.cues, result.reasons)


@pytest.mark.parametrize(("text", "language"), [
    # A choice that stays, who the family is, consent not given, a decision said beside a no.
    ("U nas nikt się nie szczepi i tak już zostanie", "pl"),
    ("Jesteśmy rodziną nieszczepiącą od lat", "pl"),
    ("Nie, decyzja zapadła dawno i zdania nie zmienimy", "pl"),
    ("Rodzice nie wyrażają zgody na szczepienie córki", "pl"),
    ("Mes nuomonės nekeisime, skiepų nebus", "lt"),
    ("Skiepai ne mūsų kelias, ačiū", "lt"),
    ("Ne, atsakymas tas pats kaip pernai", "lt"),
    ("Aqui em casa não se vacina", "pt"),
    ("Não, os mais velhos nunca tomaram e com a caçula vai ser igual", "pt"),
    ("Vacinas não é pra gente, obrigado", "pt"),
    ("Sí claro, cuando las ranas críen pelo la llevo", "es"),
    ("Mi hija no está vacunada y tampoco lo va a estar", "es"),
    ("No, la respuesta es la misma de siempre", "es"),
    ("بالطبع لا، نحن لا نلقح أولادنا", "ar"),
    ("la2, ma bnta3im el wlad, hayda 2ararna", "ar"),
    ("amra eshob kori na, dhonnobad", "bn"),
    ("Na, kunodin na", "bn"),
    ("nahi, mera bacha meri marzi", "ur"),
    ("Dobara mat poochiye, jawab nahi hai", "ur"),
    ("we never have and never will, thanks", "en"),
    ("Dziękuję ale we're a non-vax family", "pl"),
])
def test_refusals_in_general_forms_nine_languages(text, language):
    result = classify(text)
    assert result.label is R, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    "Tak, zapiszcie go, i tak zostanie w środę",
    "Nie teraz, jest chory. Decyzja zapadła, poczekamy",
    "Nie w poniedziałki, odpowiedź ta sama",
    "Martwię się o MMR, czy to bezpieczne?",
    "Vis tiek ne šiandien, jis serga",
    "Ne pirmadieniais, atsakymas tas pats",
    "Taip, taip ir paliksim antradienį",
    "Não agora, ele está doente, vai continuar assim até melhorar",
    "Não às segundas, a resposta é a mesma",
    "Ahora no, está malito. La respuesta es la misma",
    "No los lunes, ya lo decidimos",
    "مش دلوقتي، تعبان",
    "ekhon na, o osustho",
    "abhi nahi, bimar hai, meri marzi",
    "peer ko nahi, meri marzi",
    "we never had any problems and never will I hope, book him in",
    "we're not a no-vax family, just nervous",
])
def test_near_misses_are_not_refusals_nine_languages(text):
    result = classify(text)
    assert result.label is not R, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected_refused"), [
    # A community's standing choice not to take part; a no that lasts outlives a "now".
    ("our congregation doesn't take part in the vaccination programme", True),
    ("We've always said no, and that includes now", True),
    ("Seriously? Jūs rimtai? Mes neskiepijam ir taškas", True),
    # Taking part in something else, or a "seriously?" that asks about safety.
    ("we don't take part in sports day, is Tuesday ok?", False),
    ("she can't take part in swimming, does that matter?", False),
    ("Rimtai? Ar tikrai saugu?", False),
])
def test_taking_part_and_a_lasting_no(text, expected_refused):
    result = classify(text)
    assert (result.label is R) is expected_refused, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected_refused"), [
    # Another kind of care preferred, said as the family's way; asked about, it is a question.
    ("Wolimy naturalną odporność, dziękujemy", True),
    ("Czy naturalna odporność jest lepsza?", False),
    ("Hum desi ilaj karte hain, teeka nahi", True),
    ("کیا ہومیوپیتھی بہتر ہے؟", False),
    ("نحن نعتمد على الطب البديل", True),
    ("هل المناعة الطبيعية أفضل؟", False),
    ("Waxaan isticmaalnaa dawo dhaqameed", True),
    ("Amra kobiraji te biswas kori", True),
])
def test_another_kind_of_care_in_the_family_language(text, expected_refused):
    result = classify(text)
    assert (result.label is R) is expected_refused, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected_refused"), [
    # A future that will not change, and its opposite said with a "not" first.
    ("Mały zostanie nieszczepiony i tyle", True),
    ("Nie zostanie nieszczepiony, zapiszcie go", False),
    ("Băiatul va rămâne nevaccinat", True),
    ("Nu va rămâne nevaccinat, programați-l", False),
    ("La niña seguirá sin vacunar", True),
    ("No va a seguir sin vacunar, denme cita", False),
    ("Jis liks neskiepytas", True),
    ("Neliks neskiepytas, užrašykit", False),
    ("ابني رح يضل بدون تطعيم", True),
])
def test_a_future_without_the_vaccine_in_the_family_language(text, expected_refused):
    result = classify(text)
    assert (result.label is R) is expected_refused, (result.language, result.cues, result.reasons)
