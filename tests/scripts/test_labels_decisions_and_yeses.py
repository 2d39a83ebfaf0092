"""Decisions and yeses in English and the other languages, as the later rules' passes of
issue 13 taught the rules to read them (after test splits F to H): an illness that is over, a
worry said in refusing words, a no that lasts, a yes asking for a call or with reassurance, a
no to going without the vaccine. test_labels_rules_passes.py has the earlier passes."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify

A, H, R = Label.AGREE, Label.HESITANT, Label.REFUSED


@pytest.mark.parametrize(("text", "expected"), [
    # The illness is over (or the allergy absent): the yes stands; a current one is doubt.
    ("Please book. He had a chest infection but the antibiotics finished Tuesday.", A),
    ("Yes please. His ear infection is sorted now so he's good to go.", A),
    ("Yes we will come. No egg allergy, no nothing.", A),
    ("Haa, qandho ayuu qabay laakiin hadda wuu fiican yahay", A),
    ("হ্যাঁ, এখন জ্বর নেই, টিকা দিয়ে দিন", A),
    ("بخار اتر گیا ہے، اب ٹیکہ لگوا دیں", A),
    ("الحمد لله تعافت تماما، احجزوا لها مع الممرضة", A),
    ("تمام، هو كويس دلوقتي ومفيش عنده حساسية", A),
    ("Yes but he has a fever now", H),
    ("the doctor said he's not ok for it", H),
    ("he has an egg allergy, is it ok?", H),
])
def test_an_illness_that_is_over_keeps_the_yes(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    # "We are not refusing, just afraid": a worry in any language, never a refusal.
    "we are not refusing, just a bit scared",
    "hum inkaar nahi kar rahe, bas thora dar hai",
    "ہم انکار نہیں کر رہے، بس تھوڑا ڈر ہے",
    "nie odmawiamy, tylko się boimy",
    "nu refuzăm, doar ne e frică",
    "مش رافضين، بس خايفين",
    "não recusamos, só temos medo",
    "no nos negamos, solo tenemos miedo",
    "neatsisakom, tik bijom",
    # Not rushing, leaning one way, "whether to give it or not", a reaction not wanted again.
    "i dont want to rush into it, give me a bit of time to read up",
    "I'm leaning towards not doing it but I want to be sure I'm making the right call.",
    "বুঝতে পারছি না দেব কি দেব না",
    "his brother had a febrile fit after his and i don't want that again",
])
def test_a_worry_said_with_refusing_words_is_not_a_refusal(text):
    assert classify(text).label is H, classify(text).cues


@pytest.mark.parametrize(("text", "expected"), [
    # Consent withheld for texts is a request to stop them; for the vaccine, a refusal.
    ("I do not consent to receiving text messages from this service", Label.OPT_OUT),
    ("I'd like to withdraw consent for SMS contact please", Label.OPT_OUT),
    ("আর কোনো মেসেজ চাই না", Label.OPT_OUT),
    ("I do not consent to the vaccine", R),
    ("we withdraw consent for the MMR", R),
])
def test_consent_for_texts_is_a_stop_for_the_vaccine_a_refusal(text, expected):
    assert classify(text).label is expected, classify(text).cues


@pytest.mark.parametrize("text", [
    # A child born early, or a "maybe", is a question or doubt: nothing the model may call a yes.
    "born early, can he have it now?",
    "بنتي اتولدت بدري، ينفع تاخده دلوقتي؟",
    "a lo mejor",
])
def test_born_early_or_maybe_is_doubt(text):
    result = classify(text)
    assert result.label is H and "doubt" in result.cues, result.cues


@pytest.mark.parametrize(("text", "expected"), [
    # The times in a mock yes before an eye-roll are part of the joke, not a "not now".
    ("Yeah sure, I'll bring her tomorrow 🙄 no we don't vaccinate", R),
    ("Ah claro, vou correndo 🙄 nem pensar, não vacino", R),
    ("he's ill right now 🙄 so no", H),
    # "Now" said otherwise, and an older sibling, are no "not now" either.
    ("Not now and not later. We're not vaccinating.", R),
    ("I'm telling you now, that child is not having them jabs", R),
    ("After what happened with his older brother we decided, no more vaccines in this house.", R),
    ("not now, maybe when he's older", H),
])
def test_a_no_whose_now_is_not_a_deferral(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # A second "?" asks nothing more; questions of where and when go with a yes.
    ("tak chcemy, jaki najbliższy wolny termin??", A),
    ("ok, em qual consultório é?", A),
    ("gerai, į kurią polikliniką eiti?", A),
    ("ماشي، منيح. إيمتى فينا نجي؟", A),
    ("ah akid, emta mnji?", A),
    ("haa, waqtigee ugu horreeya ee bannaan?", A),
    ("Zi, kunta din ashtam?", A),
    ("ji hum aa jayenge bas bata dein kis din", A),
    ("Ok yes. I have no car, is there a clinic I can walk to?", A),
    ("زين، بجيبه بعد الدوام، الساعة ٤ يصير؟", A),
    ("why??", Label.UNCLEAR),
])
def test_questions_of_where_and_when_with_a_yes(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


def test_is_it_possible_after_nursery_is_no_maybe():
    assert "doubt" not in classify("Se poate după grădiniță? Iese la 3").cues


@pytest.mark.parametrize("text", [
    # The family's way or a no kept, said many ways, in English and six other languages.
    "We're members of a church community that doesn't use vaccines.",
    "Wouldn't touch them with a barge pole. No thanks",
    "mmr is a no from us. thanks",
    "Pass. We're not a jab family",
    "Appreciate the text but vaccines are a no go for us x",
    "We chose long ago not to vax. That still stands",
    "I don't want to debate it and I don't need more information, we've declined vaccines.",
    "To nie dla nas. Dziękuję",
    "Świadomie ich nie robimy",
    "Nu e pentru noi, mulțumim",
    "V-am mai spus, răspunsul e tot nu",
    "یہ ہمارے لیے نہیں ہے، شکریہ",
    "এটা আমাদের জন্য না, ধন্যবাদ",
    "هاد مش إلنا، شكراً",
    "قلتلكم قبل، الجواب نفسه: لا",
    "Caruurteena ma tallaalno",
    "oh we don't have them done sweetheart not in our family",
])
def test_a_refusal_said_as_the_familys_way(text):
    result = classify(text)
    assert result.label is R, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # "The message is not for us" is a wrong number; a no "today" with a fever a "not now".
    ("ta wiadomość nie jest dla nas, pomyłka", Label.WRONG_NUMBER),
    ("এখন জ্বর, তাই আজ দিচ্ছি না", H),
    ("is that a no go for you if he has a cold?", H),
])
def test_not_for_us_and_not_today_are_not_always_a_refusal(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    # A time word inside a kept choice, a count of messages or a polite request, an older
    # sibling, "Is my decision" (no "?"), a vaccine's name echoed: still a decision (H199).
    "We've never vaccinated our kids, not going to start now.",
    "We won't be taking up any vaccinations, now or in future.",
    "We've had this conversation more than once now. Our son is unvaccinated by choice and "
    "will stay that way. I'd be grateful if you'd stop sending reminders.",
    "As with our older two, we won't be vaccinating Bella. It's a choice we made long ago.",
    "My son will not have this. Is my decision, please respect.",
    "Vaccines? not in this family",
    "MMR? we won't be having it",
    "Toban sano ka hor ayaan go'aansaday in carruurtaydu aysan tallaal qaadan, hadda ma "
    "beddelayo",
    "Markii hore waxaan saxiixay foomka diidmada. Weli waa maya",
    "Ilmahayga wax irbad ah lagama durayo inta aan noolahay",
])
def test_a_decision_with_a_time_word_or_an_echo_is_still_a_decision(text):
    result = classify(text)
    assert result.label is R, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    # ... but a "not until", a "not now" with an illness, a real question stay hesitant.
    "We're not going to start until she's older",
    "We are not starting until he is better",
    "we're not changing our minds until we have seen the GP",
    "Vaccines? not now, he's poorly",
    "Vaccines? what are they for? no thanks",
    "Is my decision final? we won't vaccinate",
    "our older two had a reaction so not now",
    "weli maya, wuu jiran yahay",
    # A kept choice's words with an illness for its reason are rule 4's "not now".
    "we're not going to start now, he's poorly",
    "not going to start them now as she has a temperature",
])
def test_a_not_yet_or_a_question_is_not_a_decision(text):
    result = classify(text)
    assert result.label is H, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # A yes asking for a call to arrange it is a yes (issue 13: "a yes that asks for a call").
    ("Please can someone call me back to make the booking? I can't get through at 8", A),
    ("could you ring me to sort a time, I'm on nights", A),
    ("Vă rog să mă sunați ca să facem o programare", A),
    ("Paskambinkit man, susitarsim dėl vizito laiko", A),
    ("مجھے فون کریں تاکہ وقت طے کر لیں", A),
    # A call asked for to talk it over, or to ask a question first, is still a wish to talk.
    ("ring me, I want to ask about the gelatine first", H),
    ("Can someone call me back? I'm not sure about it", H),
])
def test_a_yes_asking_for_a_call_to_arrange_it(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # A yes with reassurance attached is a yes (issue 13): no reaction ever, information
    # given ("for info"), an illness treated, no allergy in Levantine Arabic.
    ("Yes please. For info he's never had a reaction to any of his other jabs", A),
    ("yes go ahead, she has never reacted to anything", A),
    ("Yeah book her in, the antibiotics have cleared her ear up", A),
    ("أكيد احجزولو، ما عندو حساسية", A),
    # A treatment that has not worked, a reaction had, information asked for: not a plain yes.
    ("she's had an ear infection and the antibiotics haven't sorted it, can we wait", H),
    ("yes but he had a reaction to his last ones", H),
    ("I need more info before I decide", H),
])
def test_a_yes_with_reassurance_attached(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    # A no to going without the vaccine, a firm decision for it, a wish to protect: never a
    # refusal (issue 13: near misses a second reader wrote against the refusal rules).
    "I don't want him to remain unvaccinated",
    "I'm scared he'll stay unvaccinated if we keep missing appointments",
    "no way will she stay unvaccinated, book her asap",
    "He never had them and we won't let that happen again, book please",
    "Decision is made. No way am I letting him catch measles",
    "we've made our minds up, no going back, he's having it",
    "Nu vrem ca băiatul să crească fără vaccinuri. Programați-ne",
])
def test_a_no_to_going_without_the_vaccine_is_never_a_refusal(text):
    result = classify(text)
    assert result.label is not R, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize("text", [
    "my kids will stay unvaccinated, full stop",
    "we've made our minds up, no",
    "No way, she is not having it",
])
def test_a_refusal_said_with_the_same_words_is_still_one(text):
    result = classify(text)
    assert result.label is R, (result.language, result.cues, result.reasons)
