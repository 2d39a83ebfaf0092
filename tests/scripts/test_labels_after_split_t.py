"""The rules after test splits T to Y were measured (hazard H212).

T (218 replies by two writers and a reviewer who read only labels.md) read 0.904 co-signed with
0 false refusals and 0 false agrees, and the rules alone 0.846; U (244, three more writers and a
reviewer) read 0.953, 0 and 0, the rules alone 0.870; V (320, three more) read 0.905 with 0 false
refusals and 2 false agrees, both carers unsure they may consent; W (205, two more) read 0.916, 0
and 0, with four yeses held back by a child's autism named beside an adjustment; X (213, two
more) read 0.892 with 0 false refusals and 1 false agree, a Polish "tak jak mówiłam" (just as I
said) before a jab had abroad; Y (225, two more) read 0.895, 0 and 0. These are the kinds of each
that the rules missed, in wording written here, beside the near misses each change must leave
alone. The rules alone (``classify``) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply
from tests.scripts.near_misses import assert_not_what_it_suggests, both_readings

# A family's earlier no quoted back in exasperation; a decision not to do "the vaccines" in
# Romanian, whose "facem vaccinurile" is no yes; a Portuguese "and NOW you want to ..." before
# the no.
REFUSALS = [
    "What part of 'we don't vaccinate' don't you get?",
    "Which bit of 'no we won't be having them' did you not understand",
    "Am decis să nu le facem vaccinurile, mulțumim.",
    "Tatăl lui și cu mine am hotărât să nu-i facem vaccinurile.",
    "Esperei 3 meses por uma consulta e agora querem vacinar? Não vou vacinar. Tirem o nome dela.",
]


FACTS = [
    ("Sorry I forgot to tell you, she had it at the walk-in centre in Reading",
     Label.ALREADY_VACCINATED),
    ("Sorry, I should have let you know, he had the booster at my sister's surgery",
     Label.ALREADY_VACCINATED),
    ("we've been stationed in Germany since the summer", Label.MOVED_AWAY),
    ("We were posted to Cyprus in June, the kids are with the camp doctors", Label.MOVED_AWAY),
    ("To numer służbowy, nie znamy tego dziecka", Label.WRONG_NUMBER),
    ("nu mai vreau să primesc sms-uri, mulțumesc", Label.OPT_OUT),
    ("ora tika dia aisi last month, card ase", Label.ALREADY_VACCINATED),
]


# A posting that brought the family here; a carer's own appointment as the reason a day does not
# suit; a grandparent the child lives with for good.
YESES = [
    ("Yes book her in, we've just been posted to Tidworth and registered with you", Label.AGREE),
    ("Tak, zapiszcie go, tylko nie w piątki bo mam wizytę", Label.AGREE),
    ("Jestem dziadkiem, mieszka z nami na stałe. Tak, proszę go zapisać", Label.AGREE),
]


# A day put off ("azi", "acum"), a quoted worry, "and now you want to book?" before a "not now":
# none is a refusal, by either reader.
NOT_REFUSALS = [
    "nu știu, am hotărât să nu le facem azi, e răcit",
    "am hotărât să nu-i facem vaccinurile acum, poate la vară",
    "Am hotărât să nu-i facem vaccinurile până nu vorbim cu medicul. Putem vorbi?",
    "what part of 'I'm not sure' don't you understand? I need to speak to the nurse first",
    "E agora querem marcar? Ele está doente, não vou vacinar agora, talvez no mês que vem",
]


def test_a_quoted_yes_stays_what_it_was():
    """Only a quoted no is read as said: "what bit of 'she's booked in' don't you get" is not
    made a statement (it is read as it was before)."""
    assert classify("What bit of 'no' don't you get??").label is not Label.AGREE
    assert read_reply("What bit of 'she's booked in' do you not get?").label is not Label.AGREE


# U's kinds: a dropped g and a spelling by sound; one more text, and who is told now; asking
# what times there are; not understanding the text; a foot clinic; nobody answering the phone.
REFUSALS_OF_U = [
    "we're not botherin with any of them thanks",
    "she's not havin it, end of",
    "no injekshun for my son. i say no before",
    "How many more times. NO JABS. I told the health visitor and now I'm telling you",
]


OTHERS_OF_U = [
    ("Hello, I'm Amir's childminder and his dad has given consent. Could you advise which days "
     "you have available to bring him in next week?", Label.AGREE),
    ("am sunat de două ori și nu răspunde nimeni. da, vrem vaccinul, programați-ne", Label.AGREE),
    ("oh brilliant, another reminder. fine, book her in for tuesday", Label.AGREE),
    ("cine sunteți? nu înțeleg mesajul", Label.UNCLEAR),
    ("Quem está a falar? Não entendi a mensagem", Label.UNCLEAR),
    ("is this real? the bank says never click links in texts", Label.UNCLEAR),
    ("isso é sobre a consulta do pé dela?", Label.UNCLEAR),
]


# Near misses of U's forms: none a refusal.
NOT_REFUSALS_OF_U = [
    "Oh great, another text. Not sure about it to be honest, can the nurse ring me?",
    "we're not botherin the surgery again, he had it at the walk-in",
    "I'm not havin him miss it again, book him in",
    "not gettin it this week, she's full of cold",
    "Could you advise on the side effects first? I'm still not sure",
]


# V's false agrees: a carer who says yes but is unsure they may consent goes to a person, by both
# readers; a carer who holds the authority says yes.
CARERS_UNSURE = [
    "I'm his grandma and I have him most days. Happy to bring him but can I even consent to it?",
    "As his kinship carer I'm happy in principle, but I need to check whether I hold parental "
    "responsibility for this",
]


@pytest.mark.parametrize("text", CARERS_UNSURE)
def test_a_carer_unsure_they_may_consent_is_not_a_yes(text):
    assert classify(text).label is Label.HESITANT
    assert read_reply(text).label is not Label.AGREE


def test_a_carer_who_holds_the_authority_says_yes():
    text = ("I can confirm that I am her foster carer and that I hold delegated authority. "
            "Yes please book")
    assert classify(text).label is Label.AGREE


REFUSALS_OF_V = [
    "Absolutely not. Me and his mum are both agreed on it.",
    "We decided our kids will not receive them.",
    "We don't vaccinate, our older two never had any either",
    "we've always gone without, same for this one. No thanks",
]


YESES_OF_V = [
    ("Yes! I was worried we'd missed it, whatever's soonest", Label.AGREE),
    ("Yes, I was a bit anxious before but the nurse put my mind at rest, happy to go ahead",
     Label.AGREE),
    ("yes please book, I understand English a little so can the nurse speak slowly?", Label.AGREE),
    ("yes we will come, can my husband bring her as I have a shift at the hospital that day?",
     Label.AGREE),
]


# Tried and dropped after the fourth near-miss batch: "I'm withdrawing it now" read without its
# "now" made a retraction a refusal ("ignore my text saying I was withdrawing consent now ... book
# him in"), and Lithuanian "nenoriu ... vakcinos" with any word between made "I don't want to MISS
# the vaccine" a refusal that both readers signed.
NOT_REFUSALS_OF_V = [
    "Please ignore my text saying I was withdrawing consent now, he can have the MMR, book him in",
    "Nenoriu praleisti vakcinos, prašau užregistruoti dukrą.",
]


def test_a_worry_that_is_not_over_stays_a_worry():
    text = "I was nervous before and the leaflet didn't put my mind at rest at all. Can we talk?"
    assert classify(text).label is Label.HESITANT


# W's kinds: a yes with an autism adjustment; "been through 3 kids now"; "just to let you know";
# other languages'. ("Oh yes, because the last lot went so well" as sarcasm and "our choice and
# we're happy with it" as a decision were tried and dropped: the fifth near-miss batch said both
# of yeses and facts.)
REFUSALS_OF_W = [
    "We're a non-vaccinating family, been through three kids now. Please note it.",
    "Nu dorim vaccinul. Am decis împreună cu soțul meu.",
]


OTHERS_OF_W = [
    ("Yes please book her. She's autistic and can't cope with the waiting room, could we wait in "
     "the car?", Label.AGREE),
    ("Just to let you know he had the booster at the walk-in last week", Label.ALREADY_VACCINATED),
    ("Sí, cita para Pablo por favor, con los gemelos no doy abasto, mejor por la tarde",
     Label.AGREE),
    ("jestem dziadkiem Oli, opiekuję się nią na stałe. tak, proszę zapisać", Label.AGREE),
    ("sorry, pomyliłam czat", Label.UNCLEAR),
    ("Haan ji appointment bana dein, bas Itwar ke din nahi", Label.AGREE),
    ("ar SMS diben na please", Label.OPT_OUT),
]


# Tried and dropped: Lithuanian "gal galima" (could it be ...) as a polite request for a time made
# "not this week, he has a fever, could it be next month?" a refusal.
NOT_REFUSALS_OF_W = [
    "Šią savaitę vaikas skiepijamas nebus, jis karščiuoja. Gal galima kitą mėnesį?",
    "He's autistic and I'm worried the MMR will make it worse, can we talk first?",
    "Oh yes, because the last lot went SO well, she didn't even notice. Book her in please",
    "Our decision and we're happy with it: she's having all of them. Thursday if there's space",
]


def test_autism_named_with_a_worry_is_not_a_yes():
    text = "She's autistic, can she have the first slot? Also is it safe with her seizures?"
    assert classify(text).label is Label.HESITANT


# X's kinds: "tak jak mówiłam" is no yes; "for three kids now"; "they said they'd let you know";
# "after the split"; Romanian "nu știam că"; an Urdu "no more messages"; a Bengali "give us a time".
REFUSALS_OF_X = ["We don't vaccinate and haven't for four kids now."]
OTHERS_OF_X = [
    ("She had it at the walk-in on Monday, they said they'd let you know",
     Label.ALREADY_VACCINATED),
    ("Mulțumim, nu știam că mai are unul de făcut. Venim oricând.", Label.AGREE),
    ("مزید پیغامات نہ بھیجیں", Label.OPT_OUT),
    ("হ্যাঁ, একটা সময় দিন, শনিবার হলে ভালো", Label.AGREE),
]


# X's false agree: "tak jak mówiłam" (just as I said) before a fact, no yes in it; and Y's
# "tak samo" (the same). Neither "tak" is a yes.
TAK_BUT_NO_YES = [
    "Tak jak mówiłam pani przez telefon, córka jest teraz u babci w Rzeszowie.",
    "Ze starszym było tak samo i tak zostanie.",
]


@pytest.mark.parametrize("text", TAK_BUT_NO_YES)
def test_a_polish_tak_that_is_no_yes(text):
    assert classify(text).label is not Label.AGREE


# Y's kinds: a day corrected, a time of day that does not suit, the parent's hospital shift, a
# morning slot asked for, "after half term", Polish "tak samo" and "tak zostanie". Tried and
# dropped: Lithuanian "atsisakome visų skiepų" (a near miss's "gal atsisakome visų skiepų, gal
# ne, dar nenusprendėme", maybe, we haven't decided, was read as a refusal by both readers);
# Arabic "و" read on every phrase ("وما بنطعم ولادنا خنزير", we don't feed our children pork,
# and "وهذا قرارنا النهائي" after a move became refusals); Polish "decyzja zapadła" (said of a
# yes).
OTHERS_OF_Y = [
    ("Pode marcar sim! Só não pode ser de manhã, trabalho de manhã", Label.AGREE),
    ("ji thik ache, ami hospital e duty te, bikel e hole bhalo", Label.AGREE),
    ("হ্যাঁ, বৃহস্পতিবার সকালে সময় দিন", Label.AGREE),
    ("yes. after half term. mornings", Label.AGREE),
]


NOT_REFUSALS_OF_Y = [
    "Gal atsisakome visų skiepų, gal ne – dar nenusprendėme",
    "Decyzja zapadła: szczepimy! Nie możemy się doczekać",
    "احنا مسلمين وما بنطعم ولادنا خنزير",
]


# A reviewer's probes of the whole change (2 December), each misread by a form as first written:
# a co-signed refusal of "I don't want to miss any vaccine" and "we won't be receiving any more of
# your texts ... but yes book her"; a worry, a name corrected, a mother's word about the father, a
# "won't you text the date?" and "I don't remember whether he had it" closed as a fact, a wrong
# number or an opt-out; "I never told you to book her in", "she'll let you know" (the other parent)
# and "nobody has answered our questions" read as a yes. Each form was narrowed or dropped.
REVIEWER_PROBES = [
    ("Nenoriu jokios vakcinos praleisti, prašau užregistruoti dukrą", "agree"),
    ("Nenorim šitos vakcinos atidėti, užrašykite mus", "agree"),
    ("We won't be receiving any more of your texts as we're changing numbers, but yes book her",
     "agree"),
    ("She won't be receiving them here, she's having them at the hospital because of her egg "
     "allergy", "already_vaccinated"),
    ("ما عندي بنت بهالاسم، ابني اسمه آدم، الرسالة عنه؟ خايفة من الإبرة", "hesitant"),
    ("ما في ولد بهالاسم، اسمه أحمد مش محمد. شو هاد التطعيم؟", "hesitant"),
    ("tarikh ta sms diben na?", "hesitant"),
    ("Nie pamiętam czy był szczepiony w Polsce, muszę sprawdzić książeczkę", "hesitant"),
    ("Nie wiem, czy dostała MMR w Polsce", "hesitant"),
    ("I never told you to book her in, cancel it", "hesitant"),
    ("fine by me but her mum has the final say, she'll let you know", "hesitant"),
    ("We were nervous but nobody has answered our questions. Happy to come in and talk it "
     "through first", "hesitant"),
    ("مزید پیغامات نہ بھیجیں، فون کر کے وقت دے دیں", "agree"),
]


@pytest.mark.parametrize(("text", "gold"), REVIEWER_PROBES)
def test_a_reviewer_probe_is_not_what_it_suggests(text, gold):
    for label in both_readings(text):
        assert_not_what_it_suggests(label, gold)
        if gold not in ("wrong_number", "opt_out"):
            assert label not in (Label.WRONG_NUMBER, Label.OPT_OUT)
        if gold == "hesitant":
            assert label is not Label.ALREADY_VACCINATED


def test_yeses_the_first_forms_held_back_are_yeses_again():
    for text in ("The letters were posted to our old address, yes please book him in",
                 "Yes please book her in. While you're at it, should I bring her red book?"):
        assert classify(text).label is Label.AGREE


def test_the_other_parents_stance_and_time_asked_for_are_not_a_refusal():
    """AA's false refusal, co-signed on the final configuration: the father's "dead against it",
    the mother's "I'm not", and "give us a bit to sort it" (H212)."""
    text = ("ah la I dunno, me and his dad cant agree on this one, he's dead against it and I'm "
            "not, give us a bit to sort it between us yeah")
    assert classify(text).label is Label.HESITANT
    assert read_reply(text).label is not Label.REFUSED


def test_a_stance_given_up_is_not_a_refusal():
    text = "كنت رافض الأول بس الدكتور فهمني إن الحصبة منتشرة. خلاص احجزولها"
    assert classify(text).label is not Label.REFUSED
    assert classify("We're dead against it, leave us alone").label is Label.REFUSED


# One test per assertion, over every split's named lists.
@pytest.mark.parametrize("text", REFUSALS + REFUSALS_OF_U + REFUSALS_OF_V + REFUSALS_OF_W
                         + REFUSALS_OF_X)
def test_a_refusal_the_rules_did_not_know(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize(("text", "label"), FACTS + YESES + OTHERS_OF_U + YESES_OF_V + OTHERS_OF_W
                         + OTHERS_OF_X + OTHERS_OF_Y)
def test_a_reply_the_rules_did_not_know(text, label):
    assert classify(text).label is label


@pytest.mark.parametrize("text", NOT_REFUSALS + NOT_REFUSALS_OF_U + NOT_REFUSALS_OF_V
                         + NOT_REFUSALS_OF_W + NOT_REFUSALS_OF_Y)
def test_a_near_miss_is_not_a_refusal(text):
    assert Label.REFUSED not in both_readings(text)
