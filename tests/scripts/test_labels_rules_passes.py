"""Replies in the languages families write in, as the rules' passes of issue 13 taught them to
read (the December round's gaps and after): test_labels_languages.py has the first ones."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify, detect_language

A, H, R = Label.AGREE, Label.HESITANT, Label.REFUSED


# --- Gaps of the December round -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # "After what happened" is a past reason, not "later": the decision stands.
    ("Depois do que o primo passou no hospital, não vamos vacinar a menina.", R),
    ("Não queremos a vacina depois de tudo o que vimos com a irmã dela.", R),
    ("Después de lo que le ocurrió a mi sobrino, no la vamos a vacunar.", R),
    ("No queremos vacunarlo después de la última vez.", R),
    # "After Christmas / the holidays" puts it off: hesitant, with or without a yes or a no.
    ("Não, só depois do Natal.", H),
    ("Sim, mas depois das férias.", H),
    ("Mejor después de Semana Santa.", H),
    ("No, después de las vacaciones hablamos.", H),
    # A yes explained by a past event is still a yes.
    ("Sim, depois do que aconteceu na escola com o sarampo, pode marcar.", A),
])
def test_after_what_happened_is_a_reason_after_christmas_a_deferral(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # "X will bring him, is that ok?": a yes with a question about logistics.
    ("Dziadek go przyprowadzi we wtorek, może być?", A),
    ("Mama lui o aduce joi, e în regulă?", A),
    ("Nana le kar aayenge, chalega?", A),
    ("ওর নানু নিয়ে আসবে, চলবে?", A),
    ("Aabihiis ayaa keenaya, ma sax baa?", A),
    ("تيتا رح تجيبه، تمام؟", A),
    ("La lleva su abuela el martes, ¿le parece bien?", A),
    ("O avô leva ela na terça, tudo bem?", A),
    ("Senelis atveš antradienį, ar tinka?", A),
    # The same tag after something about the child is a question, never a yes.
    ("Urodziła się w 32 tygodniu, może być?", H),
    ("Tiene asma, ¿está bien?", H),
    ("Ele tem alergia a ovo, tudo bem?", H),
    ("Jis serga, ar gerai?", H),
])
def test_is_that_ok_closing_a_question_about_logistics(text, expected):
    result = classify(text)
    # A question about the child is hesitant or unclear (a person reads either).
    ok = {expected} if expected is A else {H, Label.UNCLEAR}
    assert result.label in ok, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # "Mar dambe" is "later": a deferral, never a lasting no ("marnaba").
    ("Haa, laakiin mar dambe", H),
    ("Maya, mar dambe", H),
    ("Tallaalka ma rabno hadda, mar danbe ayaan kala hadli doonnaa", H),
    ("Maya, marnaba ma tallaalayno", R),
    # "Ha ii soo wicin mar dambe" is "don't call me again": a request to stop.
    ("Fadlan ha ii soo dirin fariin mar dambe", Label.OPT_OUT),
    ("Wiilkayga ma tallaalno, ha ii soo wicin mar dambe", R),
])
def test_somali_later_is_a_deferral_and_dont_call_again_a_stop(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # "Give us a time" asks for an appointment; "I need time" asks for time to think.
    ("ji, ekta time diben please", A),
    ("thik ache, amader time den", A),
    ("একটা টাইম দিবেন, বিকেলে", A),
    ("amar aro somoy lagbe", H),
    ("ekhon na, time lagbe", H),
    ("amake koyek din time din, bhebe janabo", H),
])
def test_bengali_give_a_time_books_need_time_doubts(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "language"), [
    # Mostly Roman Urdu or Somali with a few English words is its language.
    ("ji bilkul, MMR ka appointment kab mil sakta hai", "ur"),
    ("sorry, hum ne faisla kar liya hai, bachon ko vaccines nahi lagwayenge", "ur"),
    ("ilmaha MMR appointment u baahan, fadlan ballan qabso", "so"),
    ("tallaalka ma rabno, thank you", "so"),
    # Mostly English with a word of another language stays English.
    ("Aisha had hers at the clinic last week, shukriya", "en"),
    ("no more texts please, obrigada", "en"),
])
def test_mixed_english_and_another_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(("text", "expected"), [
    # Somali: "will not take it" in other persons, "let it not be given", consent taken back;
    # "let her have it" is a yes; the same no with "now ... she is ill" is a "not now".
    ("Cali iyo walaalkiis ma qaadanayaan, fadlan ixtiraama", R),
    ("Annaga tallaalka ma qaadanno", R),
    ("Oggolaanshaha aan siiyay waan ka noqday, gabadha ha la siinin", R),
    ("Booster-ka ha la siiyo, berri ayaan imanaynaa", A),
    ("hadda ma qaadanayso, way jirantahay", H),
    # Arabic: "we are against", "we don't need vaccines", Moroccan and Egyptian "we don't";
    # "we are not against them, but..." is not a no.
    ("احنا ضد التطعيمات كلها، شكرا", R),
    ("ما نحتاج أي لقاح لأولادنا", R),
    ("ما بغيناش اللقاح، الله يخليك", R),
    ("احنا مبنديش ولادنا أي حاجة من دي", R),
    ("إحنا مش ضد اللقاحات بس عندي سؤال", H),
    # Bengali: "will not be given", "no vaccine at all", "against these vaccines".
    ("ছেলেকে কোনো টিকা দেবেন না, আমরা ঠিক করেছি", R),
    ("amra tikar biruddhe, kono vaccine na", R),
    ("আমরা এই ভ্যাকসিনের বিপক্ষে", R),
    ("কোনো টিকা না দিলে কি সমস্যা?", H),
    # Urdu: "no vaccine", "we don't give vaccines", "we have decided: no".
    ("hamare ghar mein koi teeka nahi, shukriya", R),
    ("ہم بچوں کو ویکسین نہیں دیتے", R),
    ("humne faisla kar liya hai ke nahi lagwana", R),
    ("abhi decide nahi kiya, pehle nurse se baat karni hai", H),
    # "No vaccine has been given" is a fact, never a decision.
    ("beti ko koi vaccine nahi lagi", H),
    ("kono tika na dewa hoyeche", H),
])
def test_decided_no_in_general_forms_south(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Issue 13, rules pass: a short or mixed reply read in its own language, then labelled.
    ("si", "es", A),
    ("Sí, gracias", "es", A),
    ("No. Nunca.", "es", R),
    ("no, nunca jamás", "es", R),
    ("wakha", "ar", A),
    ("wakha, ghadi njibha nhar sebt", "ar", A),
    ("la, ma bghinach nl9a7ouh", "ar", R),
    ("ji book kore den", "bn", A),
    ("dimu na, final kotha", "bn", R),
    ("la tallaalay", "so", Label.ALREADY_VACCINATED),
    ("Nos trasladamos a Gales", "es", Label.MOVED_AWAY),
])
def test_short_and_mixed_replies_in_their_language_second_pass(text, language, expected):
    result = classify(text)
    assert (result.language, result.label) == (language, expected), (result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # A yes-word right after the language's "not" is no yes: "we don't want", in any spelling.
    ("Não queremos", H),
    ("naum queremos, obrigada", H),
    ("n quero", H),
    ("no queremos", H),
    ("No vale la pena", H),
    ("nenorime", H),
    ("Nu vrem", R),
    ("nie chcemy", R),
    ("não quero mais sms", Label.OPT_OUT),
    ("no quiero recibir estos mensajes", Label.OPT_OUT),
    # "Na ji" / "ji nahi" / "ji na": no, said politely; "haan ji" stays a yes.
    ("na ji koi vaccine nahi", R),
    ("Ji nahi, hum nahi lagwayenge", R),
    ("ji na, amra tika dimu na", R),
    ("haan ji, book kar dein", A),
])
def test_a_yes_word_after_a_not_is_no_yes(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)
    assert "yes" not in result.cues or expected is A


@pytest.mark.parametrize(("text", "expected"), [
    # The parents agree with each other on a no: the "agree" is no yes.
    ("we both agree, no jabs", R),
    ("Me and his dad are agreed: no vaccines for him", R),
    ("Eu și tatăl lui suntem de acord: fără vaccinuri", R),
    ("Eu e o pai estamos de acordo: nada de vacinas", R),
    ("Estamos de acuerdo: nada de vacunas", R),
    ("we agree, book him in", A),
])
def test_agreeing_with_each_other_on_a_no_is_no_yes(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # A bare no after an exasperated question that asks nothing is the family's no again.
    ("how many times? NO", R),
    ("How many times do I have to tell you? No.", R),
    ("how many more times have you lot texted me about this? no", R),
    ("¿Cuántas veces? No.", R),
    ("Ile razy mam mówić? Nie.", R),
    ("Quantas vezes tenho que dizer? NÃO vacino.", R),
    # A question asked, a worry, or no question at all keeps it as it was.
    ("why? no", H),
    ("How many times does he need it? no", H),
    ("how many times? no, I'm scared of the needles", H),
])
def test_a_no_after_an_exasperated_question(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


def test_do_not_call_again_is_not_an_exasperated_no():
    assert classify("No Ivy in this house. Please do not call again.").label is not R


@pytest.mark.parametrize(("text", "expected"), [
    # Arabic "اي" / "ايه" are a yes as the whole reply or before a comma; asked, or before a
    # noun ("which day?"), they are not.
    ("اي", A),
    ("إيه", A),
    ("ايوه", A),
    ("اي 👍", A),
    ("اي والله", A),
    ("ايه؟", Label.UNCLEAR),
    ("أي يوم؟", Label.UNCLEAR),
])
def test_a_bare_arabic_yes_as_the_whole_reply(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # A no said before and still meant.
    ("I said no last time and it's still no.", R),
    ("Mum and dad both say no. Final answer.", R),
    ("you can stop now. we said no to the MMR and we meant it", R),
    ("is it still no charge for parking?", H),
])
def test_a_no_said_before_and_still_meant(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # Both children brought at once is a booking; two vaccines at once stays a worry.
    ("Can I bring both kids at once?", A),
    ("Posso levar os dois de uma vez?", A),
    ("¿Puedo llevar a los dos a la vez?", A),
    ("Ar galiu atvesti abu vaikus vienu kartu?", A),
    ("Tak, czy mogę przyjść z dwójką tego samego dnia?", A),
    ("Da, pot să-i aduc pe amândoi deodată?", A),
    ("can he have both at once?", H),
    ("can they have all three jabs at once?", H),
    ("Pode dar as duas de uma vez?", H),
])
def test_both_children_at_once_is_logistics_two_jabs_at_once_a_worry(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


def test_bringing_the_record_book_is_no_booking():
    assert classify("Todas as vacinas feitas em Portugal, posso levar o boletim").label is not A
