"""The rules after test split O was measured (hazard H210).

O (501 replies, two writers told that no two replies may share a situation, a reviewer; nothing
of it shown before its one measurement) read 0.822 co-signed with **1 false refusal** and 0 false
agrees: a father who would rather the child's mother answered, "I don't wanna say yes and get it
wrong", was read as "don't want" by both readers. These are that kind and O's other kinds in
wording written here, beside the near misses each change must leave alone. The rules alone
(``classify``).
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply


@pytest.mark.parametrize("text", [
    # The false refusal's kind: not wanting to answer for the other parent, or to get it wrong.
    "it's her dad, I don't want to say yes and get it wrong, her mum does all the doctor stuff",
    "I'd rather you spoke to his mum, she handles the medical side",
    "I don't want to get this wrong so can someone ring his mother",
    "I don't want to say no but I'm not ready to say yes either",
    "I want to know what I'm agreeing to before I agree, can you send something",
    "I haven't made my mind up yet, still reading about it",
    "isn't she too old for the baby jabs now?",
    # Near misses of the new refusal forms.
    "I've not made up our minds yet, please give us time",
    "we're done with all of them? I thought there was one more",
    "would she be better building her immunity first, she's always poorly",
])
def test_a_worry_or_deferral_is_not_a_refusal_after_split_o(text):
    assert classify(text).label is not Label.REFUSED


@pytest.mark.parametrize("text", [
    "we'd rather he built his own immunity, so we won't be taking up the offer",
    "I've written a letter to the practice manager withdrawing my son from the immunisation"
    " programme",
    "we both decided that he wouldn't be vaccinated, and that's that",
    "I've got my principles and I'm sticking to them",
    "funny how often you text about jabs my children are never getting",
    "after the first lot we stopped bothering with the rest",
    # The other languages.
    "A mi hija tampoco se la vamos a poner, gracias",
    "O meu filho não leva essa vacina, obrigada",
    "Desde a pandemia paramos de confiar em vacina, obrigada",
    "Šeimoje nusprendėme neduoti jokių skiepų",
    "Mano vaikas nebus jūsų bandomasis triušis",
    "La noi copiii nu fac vaccinuri",
    "Am semnat refuzul de vaccinare la maternitate",
    "Waalidkiis waxay go'aansadeen inaysan tallaal qaadan",
])
def test_a_refusal_the_rules_did_not_know_after_split_o(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize("text", [
    "yes please, she picks up every bug going at nursery so the sooner the better",
    "my grandad had polio as a boy so yes, book her in",
    "go on then, half nine, or is that too early for you?",
    "I'm his special guardian now so I'm the one to speak to. Yes please book him",
    "yeah I had a missed call about her jabs, book her in whenever",
    "happy to bring her, her mum kept the red book when we split up",
])
def test_a_yes_with_the_familys_life_around_it_after_split_o(text):
    assert classify(text).label is Label.AGREE


@pytest.mark.parametrize(("text", "label"), [
    ("she's had them all, maybe her records haven't come across from the old surgery yet",
     Label.ALREADY_VACCINATED),
    ("I've never been registered with that surgery and the child isn't mine", Label.WRONG_NUMBER),
    ("kkkkkk", Label.UNCLEAR),
    ("Proszę mnie wypisać z tej listy", Label.OPT_OUT),
    ("أرجو إيقاف الرسائل", Label.OPT_OUT),
    ("Nu are copii aici nimeni, e telefonul firmei. Niciunul nu are copii", Label.WRONG_NUMBER),
    ("Yo no soy su mamá, me escribieron por error", Label.WRONG_NUMBER),
])
def test_a_fact_or_request_after_split_o(text, label):
    assert classify(text).label is label


@pytest.mark.parametrize(("text", "label"), [
    # A bare word for a person beside a yes, a booking or a fact is the family's life.
    ("Sim, o meu marido leva-o no sábado de manhã", Label.AGREE),
    ("Sí, apúntelo, mi marido lo trae el viernes", Label.AGREE),
    ("Da, programați-l, asistenta de la grădiniță m-a convins", Label.AGREE),
    ("Já tomou, a enfermeira deu-lhe na creche", Label.ALREADY_VACCINATED),
    ("Ya tenemos médico aquí en Valencia", Label.MOVED_AWAY),
    ("Dhakhtar cusub ayaan iska diiwaangelinay, Bristol ayaan u guurnay", Label.MOVED_AWAY),
    # Alone it is still doubt, for a person to read; with the parent's own appointment it
    # is another service.
    ("a enfermeira", Label.HESITANT),
    ("ninkayga", Label.HESITANT),
    ("Sim, tenho a minha consulta com a médica amanhã", Label.UNCLEAR),
    ("Taip, norėčiau užsiregistruoti pas gydytoją sau", Label.UNCLEAR),
])
def test_a_word_for_a_person_is_doubt_only_alone(text, label):
    assert classify(text).label is label


@pytest.mark.parametrize(("text", "label"), [
    # The retired splits' refusals and yeses the model was sure of and the rules were not,
    # read out-of-fold after O was retired (H210), in wording written here.
    ("Our religion doesn't allow vaccines, please note it", Label.REFUSED),
    ("No to the jabs. We've talked it through.", Label.REFUSED),
    ("Not going to happen, sorry.", Label.REFUSED),
    ("We said no last year and nothing has changed", Label.REFUSED),
    ("We don't give vaccines to our children", Label.REFUSED),
    ("Moje dziecko, moja decyzja. Nie szczepimy.", Label.REFUSED),
    ("Mis hijos están sin vacunar y el pequeño seguirá sin vacunar", Label.REFUSED),
    ("لا للتطعيم، شكرا", Label.REFUSED),
    ("she had a bug last week but she's right as rain now, book her in", Label.AGREE),
    ("he had a temperature when it was due but he's much better now, happy to rebook", Label.AGREE),
    ("my wife's in hospital having the baby so I'll bring him, yes please", Label.AGREE),
    ("yes please, text me not a phone call as I'm on shifts", Label.AGREE),
    ("Sim, se tiver alguém que fale português ótimo, se não tiver tudo bem", Label.AGREE),
    # Near misses: a worry or a condition stays for a person; a church's Sundays are a time.
    ("she's had a cold, I'll book when she's better", Label.HESITANT),
    ("Our church doesn't allow vaccination on Sundays, can we do a Monday?", Label.AGREE),
    ("Still no, she's still poorly, I'll text when she's better", Label.HESITANT),
])
def test_the_out_of_fold_pass_after_split_o(text, label):
    assert classify(text).label is label


@pytest.mark.parametrize("text", [
    # Out-of-fold after O, the rules alone read these as refusals (the model did not).
    "I'm still thinking about the MMR and haven't made my mind up yet",
    "I don't want her having it while she's still got this chest infection, when it clears up",
])
def test_undecided_or_waiting_is_not_a_refusal_after_split_o(text):
    assert classify(text).label is not Label.REFUSED


@pytest.mark.parametrize(("text", "label"), [
    # Test split P's kinds, measured and read (H210), in wording written here.
    ("We've decided to take him out of the vaccination programme altogether", Label.REFUSED),
    ("We don't believe in injecting toxins into a baby", Label.REFUSED),
    ("He had the 8 week ones and that's where we're stopping.", Label.REFUSED),
    ("Neither of our kids will be having the MMR", Label.REFUSED),
    ("After what happened to his sister, nothing more for any of them.", Label.REFUSED),
    ("I had all mine as a kid, so did his dad, so yes book him in", Label.AGREE),
    ("We're away till the 20th, anything after that works for us", Label.AGREE),
    ("You've texted me instead of my brother, he's the one with the little girl",
     Label.WRONG_NUMBER),
    ("Both of them had theirs at the special care baby unit before they came home",
     Label.ALREADY_VACCINATED),
    # Near misses of those forms.
    ("Don't take her out of the programme, I want her caught up", Label.AGREE),
    ("Decision is made, no way am I letting her catch measles", Label.HESITANT),
])
def test_the_kinds_of_split_p(text, label):
    assert classify(text).label is label


@pytest.mark.parametrize("text", [
    "Happy to but worried about them all at once",
    "happy to but is it safe to have them all at once",
])
def test_a_reviewers_probe_is_not_a_yes(text):
    assert classify(text).label is not Label.AGREE


ASKING_FIRST = [
    # Test split P's co-signed false refusal (Bengali) and its kind in other languages, written
    # here: not giving it "without asking his doctor" asks first; it decides nothing yet.
    "ছেলের হার্টের সমস্যা আছে, ডাক্তারকে না জিজ্ঞেস করে টিকা দিতে চাই না",
    "Sem perguntar à pediatra dela não quero dar a vacina",
    "Sin consultar con su neurólogo no quiero ponerle nada",
    "Nenoriu skiepyti nepasitarusi su jos kardiologu",
    "I don't want to give it without asking his heart doctor first",
]
REVIEWER_PROBES = [
    # A reviewer's probes of this round's forms (H210): each was read as a refusal, most of
    # them by both readers, before the forms were narrowed or dropped.
    "I told you on the phone we don't want it this month",
    "I wrote to you that we won't have it this month",
    "Mūsų chiropraktikas sakė, kad skiepai yra saugūs",
    "Nusprendėme neduoti jam vaistų nuo karščio prieš skiepą.",
    "Mis hijos están sin vacunar porque nos mudamos mucho.",
    "Mi hijo no lleva ninguna crema, no le pongo nada en la piel",
    "Wiilkaygii tallaalka ka baxay, wuu fiican yahay mahadsanid",
    "I think we were removed from the immunisation programme by mistake when we changed surgery",
    "I assumed that he wouldn't be vaccinated here as he was born abroad.",
    "My family says our religion forbids it and I am worried",
    "I don't give the injections, I'm just his childminder, his mum will ring you.",
    "مناعتها طبيعية والدكتور قال تقدر تاخد التطعيم",
    "O médico disse que ninguém toma mais de três vacinas no mesmo dia, é verdade",
]
SECOND_REVIEWER_PROBES = [
    # A second reviewer's probes of the forms added after P (H210): each was read as a refusal by
    # the rules alone or co-signed before the forms were narrowed, or by an older form.
    "we're not one of those families where nothing is put into the kids, just scared of the MMR",
    "we're not one of those families who don't believe in putting vaccines in kids, we're just"
    " scared",
    "we're not doing the MMR without it being checked by his consultant",
    'aabihiis wuxuu yiri ma tallaalno, anigu ma garanayo',
    "I just want to make sure nothing else is put in her arm that day, she's had a rough week",
    "yes book him in, nothing more is going in his mouth before, he'll be starving lol",
    "my mum said nothing more for her. I'm worried and don't know what to think",
    'she had everything last week at the walk in, so nothing more for her',
    "my partner decided to take him out of the vaccine programme and I'm really worried, can I"
    " override it",
    "neither one is having the nasal spray as they're both asthmatic, is the injection ok instead",
    "I'm not saying that's where we're stopping, I just need more time to think",
    "my partner's answer for the baby is no. I don't feel the same, I'm scared",
    "he's not having them without them testing his allergy",
    'not having the jabs without it being talked through with me by a doctor',
    "she won't be having it without that egg allergy test being done",
    "his visa is until march and we're not doing them before we know if we're staying",
    'جوزي بيقول ما بدنا خلص، بس أنا خايفة ومش عارفة شو أعمل',
    'نحنا مش من الناس اللي بيقولوا ما بدنا خلص، بس بدنا نسأل عن المكونات',
    'nesam iš tų, kurie sako skiepus praleisim, tiesiog bijom',
    "moja mama mówi, że się zaszczepi jak świnie zaczną latać, ale ja chcę zaszczepić córkę,"
    " proszę o termin",
    'nie jestem z tych, co mówią jak świnie zaczną latać, po prostu się boję',
    "annagu ma nihin kuwa yiraahda caruurteena ma talaalno, waxaan kaliya rabnaa su'aal",
    'taip, bet dar turim apsispręsti abu su vyru',
    "you rang me instead of my husband but yes I'm his mum, book him in",
    'neither twin is having any problems now so yes book them both in',
]


@pytest.mark.parametrize("text", ASKING_FIRST + REVIEWER_PROBES + SECOND_REVIEWER_PROBES)
def test_neither_reader_reads_a_probe_as_a_refusal(text):
    assert classify(text).label is not Label.REFUSED
    assert read_reply(text).label is not Label.REFUSED


def test_a_refusal_from_the_nhs_is_still_a_refusal():
    """The veto of "never having them from someone" names places and people, not any noun."""
    assert classify("we are never having any vaccines from the NHS").label is Label.REFUSED
