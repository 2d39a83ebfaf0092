"""Issue 13: refusals the rules now read, yeses with reassurance, and the model's lone agree."""

from __future__ import annotations

import pytest

from assistant.scripts import labels_cosign
from assistant.scripts.labels import Classification, Label, classify
from assistant.scripts.labels_cosign import co_sign, rules_object_to_agree
from assistant.scripts.labels_model import ModelReading


@pytest.mark.parametrize("text", [
    "We're a vaccine-free family and always will be.",
    "Thank you, but we are conscientious objectors. Please record that.",
    "We use homeopathy for the children, we won't be doing the conventional ones.",
    "Not now, not ever. She won't have it.",
    "He's not getting it, not now, not ever.",
    "We do not consent to any vaccinations for our son, now or in the future.",
    "None of mine have had them and none will.",
    "Nie, nigdy nie szczepiliśmy i nie zamierzamy.",
    "Mi hijo no se vacuna, nunca. Lo hemos decidido en familia.",
])
def test_a_refusal_as_identity_a_long_standing_choice_or_other_care_is_read_by_the_rules(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize("text", [
    "oh yeah I'll bring him in the day pigs fly",
    "Yes, I'll get right on that. Not happening.",
])
def test_sarcasm_is_a_no_whose_yes_words_do_not_soften_it(text):
    reading = classify(text)
    assert reading.label is Label.REFUSED
    assert "sarcasm" in reading.cues


@pytest.mark.parametrize("text", [
    "yeah right, is it even safe for a baby?",
    "book him in whenever you wish",
    "as you wish, any morning is fine",
])
def test_sarcasm_words_in_a_question_or_a_polite_yes_are_not_a_refusal(text):
    assert classify(text).label is not Label.REFUSED


@pytest.mark.parametrize("text", [
    "We're a holistic family mostly, but I'm open to the MMR if someone can talk it through.",
    "Not now, he's poorly. Maybe next month?",
    "I don't want her to have 4 jabs in one go, can we split them?",
    "We've never had a problem with jabs, but I'm worried about this one, can we talk?",
    "nunca tuvo problemas con las vacunas, apúntenlo",
    "homeopathy or vaccines, which is better?",
])
def test_worries_and_yeses_near_the_new_refusal_words_are_never_refused(text):
    assert classify(text).label is not Label.REFUSED


@pytest.mark.parametrize("text", [
    "Yes pls. He had a cold last week but he's right as rain now",
    "book us in pls, she's fine, no fever or nothing",
    "yes please, no allergies and never had a problem with jabs",
    "Sure, ring me on this number after 6 and we'll find a slot",
])
def test_a_yes_with_reassurance_or_a_call_to_book_is_agree(text):
    assert classify(text).label is Label.AGREE


@pytest.mark.parametrize("text", [
    "yes but he has a cold, can we wait",
    "ok but call me first, I have questions",
    "yes please, but she had a fever yesterday",
])
def test_a_yes_with_a_current_illness_or_a_request_to_talk_stays_hesitant(text):
    assert classify(text).label is Label.HESITANT


def _unread(language: str | None = "en") -> Classification:
    return Classification(Label.UNCLEAR, 0.6, language, ("no cue for any label",))


def test_a_sure_model_agree_stands_when_the_rules_see_nothing_against_it():
    sure = co_sign(_unread("pl"), ModelReading(Label.AGREE, labels_cosign.AGREE_ALONE_PROBABILITY))
    assert sure.label is Label.AGREE
    assert (sure.rules_label, sure.model_label) == (Label.UNCLEAR, Label.AGREE)
    unsure = co_sign(_unread("pl"), ModelReading(
        Label.AGREE, labels_cosign.AGREE_ALONE_PROBABILITY - 0.01))
    assert unsure.label is Label.HESITANT


@pytest.mark.parametrize("text", [
    "yes but is it safe?", "maybe after christmas", "no thanks", "we moved to Leeds",
    "wrong number", "STOP", "what is this about?", "yes but he has a cold, can we wait",
    "We're a vaccine-free family", "Tak, ale boję się skutków ubocznych", "", "???",
])
def test_the_rules_objection_keeps_a_sure_model_agree_for_a_person(text):
    rules = classify(text)
    assert rules.label is not Label.AGREE
    assert rules_object_to_agree(rules)
    assert co_sign(rules, ModelReading(Label.AGREE, 1.0)).label is not Label.AGREE


def test_a_language_the_rules_cannot_read_never_lets_the_model_agree_alone():
    for language in (None, "zz"):
        result = co_sign(_unread(language), ModelReading(Label.AGREE, 1.0))
        assert result.label is Label.HESITANT


@pytest.mark.parametrize("rules_label", [label for label in Label if label is not Label.REFUSED])
def test_the_model_alone_never_gives_refused(rules_label):
    rules = Classification(rules_label, 0.95, "en", ("no cue for any label",))
    assert co_sign(rules, ModelReading(Label.REFUSED, 1.0)).label is not Label.REFUSED


@pytest.mark.parametrize("silent", [Label.OPT_OUT, Label.WRONG_NUMBER])
def test_the_model_overrules_a_worry_into_a_label_no_person_reads_only_at_its_threshold(silent):
    # Chosen out-of-fold with the MLP head (bench/labels_validation.py): surer than the rest.
    assert labels_cosign.SILENT_OVERRIDE_PROBABILITY > labels_cosign.MODEL_OVERRIDE_PROBABILITY
    worried = Classification(Label.HESITANT, 0.8, "ro", ("doubt or question: something",))
    fairly = co_sign(worried, ModelReading(silent, labels_cosign.SILENT_OVERRIDE_PROBABILITY
                                           - 0.01))
    assert fairly.label is Label.HESITANT
    sure = co_sign(worried, ModelReading(silent, labels_cosign.SILENT_OVERRIDE_PROBABILITY))
    assert sure.label is silent
    # A label a person follows up (a data-check task) needs the usual certainty only.
    task = co_sign(worried, ModelReading(Label.MOVED_AWAY,
                                         labels_cosign.MODEL_OVERRIDE_PROBABILITY))
    assert task.label is Label.MOVED_AWAY


# Second round (December): wordings the first round's patterns missed. Written as general
# sayings, not copied from any labelled set.
@pytest.mark.parametrize("text", [
    "Jabs aren't something our family does.",
    "No thanks, we're fine as he is.",
    "nope. never.",
    "I'll never agree to it.",
    "We've always said no and we're sticking to it.",
    "He's had his baby ones and that's all he's having.",
    "Zero chance. We'll take our chances.",
    "Not now, not later. She won't have it.",
])
def test_second_round_refusals_are_read_by_the_rules(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize("text", [
    "Don't text this number no more",  # an opt-out, not a decision about the vaccine
    "no more texts please",
    "Is he fine now to have it after his bug?",
    "she's not been ill but I'm worried about the MMR, can we talk?",
])
def test_second_round_words_do_not_turn_opt_outs_or_worries_into_refusals(text):
    assert classify(text).label is not Label.REFUSED


@pytest.mark.parametrize("text", [
    "yes, he's fine now after his cold. Any slot.",
    "Yes - no previous reactions, no meds. Any weekday",
    "yes the rash has gone now, book her in",
    "Yes please, give me a ring to arrange a time",
    "Yes, ring me on my mobile, not the landline, and we'll pick a day",
    "yes can we do Thurs?",
    "yes book her in comma any morning full stop",  # a dictated text's punctuation
])
def test_second_round_yeses_with_reassurance_or_a_call_to_book_are_agree(text):
    assert classify(text).label is Label.AGREE


@pytest.mark.parametrize("text", [
    "Honestly it's a firm no from me.",
    "we dinnae do jabs",
    "no child of ours is having that",
    "Thanks but no thanks.",
    "They're not vaccinated and they're never going to be.",
    "We'd rather not discuss it. We don't do vaccines.",
    "we've always said no to vaccines and we always will",
    "No. Nor will he ever.",
    "Our family has decided not to vaccinate. Please respect that.",
    "Oh lovely, more toxins for my baby, just what she needs. No.",
    "I'm opposed to vaccines for my kids.",
])
def test_third_round_settled_dialect_and_sarcastic_refusals_are_read_by_the_rules(text):
    assert classify(text).label is Label.REFUSED


@pytest.mark.parametrize("text", [
    "it's a no for now, she's poorly",
    "we still say no until we've spoken to the doctor",
    "fine without it for now, maybe next year",
    "She's not vaccinated yet and she's not going to be until we've talked to the GP",
    "we don't take vaccines lightly, can I speak to someone",
    "my family don't agree with it, can we talk?",
    "She had a bad reaction to the last one so it's a no for now",
    "Um no? Can you tell me what's in it first?",
    "no that's fine thanks",  # a polite no: never agree, and no stated decision
])
def test_third_round_refusal_words_with_a_condition_or_a_request_stay_short_of_refused(text):
    assert classify(text).label not in (Label.REFUSED, Label.AGREE)


@pytest.mark.parametrize("text", [
    "yeah no that's grand, book him in",
    "erm yeah book her in for a Tuesday",
    "Go for it, she's fit and well",
    "yes please, he's over his cold now",
    "yes, is it ok if his dad brings him?",
    "Yes please call me after work to sort a time",
    "Yes, she's had every jab so far without any problems",
    "ok, could it be a Friday?",
    "aye stick her down for whenever",
    "no concerns, book him in",
    "Yes, any afternoon after half term",
    "yes book him, he has a nut allergy but the consultant said it's fine",
    "Yes, I was anxious last time but he was absolutely fine. Tuesday?",
    "yes we moved house within the area so we missed the letter",
    "Yes, we want her up to date before school",
])
def test_third_round_yeses_with_reassurance_logistics_or_fillers_are_agree(text):
    assert classify(text).label is Label.AGREE


@pytest.mark.parametrize("text", [
    "erm",
    "erm yeah sorry what's this about",
    "the GP said it's fine but I'm still nervous",
    "the doctor said it's not safe with her egg allergy but I'd like to book",
    "Yes please, I was worried last time but she was fine. Is it safe to do both at once?",
    "Yes ring me after 5, I've got some questions",
    "yes, is it ok if he has a cold?",
    "probably after her birthday, we've got family staying till then",
    "He's been ill but he's fine now. Can we wait a couple of weeks anyway?",
])
def test_third_round_worries_near_the_new_yes_words_stay_hesitant(text):
    assert classify(text).label is Label.HESITANT


@pytest.mark.parametrize(("text", "expected"), [
    ("no way 😂 did she really", Label.HESITANT),   # surprise at news, not a decision
    ("no way is he having that jab", Label.REFUSED),
    ("ok so", Label.UNCLEAR),                        # a text left unfinished
    ("ok so basically my sister said", Label.UNCLEAR),
    ("ok so when can we come in?", Label.AGREE),
    ("Hi can I book myself in for a smear", Label.UNCLEAR),  # the parent's own care
    ("Book him in please", Label.AGREE),
])
def test_fourth_round_surprise_unfinished_texts_and_the_parents_own_booking(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # Portuguese "no" is "in the": the English rules do not read it as a no.
    ("sim, pode marcar, eu levo ela no dia que vocês disserem", Label.AGREE),
    ("não queremos a vacina, obrigado", Label.REFUSED),
    # Spanish "ya" is "already"/"enough", not "yeah".
    ("ya está bien de mensajes", Label.HESITANT),
    ("no, no queremos la vacuna para el niño", Label.REFUSED),
])
def test_a_languages_own_words_are_not_read_as_english(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # An eye-roll mocks the yes before it; with a closing no, in any language, it is a refusal.
    ("Tak tak, już biegnę go szczepić 🙄 nie", Label.REFUSED),
    ("Sí, claro, corriendo a ponérsela 🙄 no", Label.REFUSED),
    ("yeah great idea 🙄 no", Label.REFUSED),
    # Without a no it decides nothing, but the yes is not taken at its word either.
    ("yeah sure, I'll bring her when the sun rises in the west 🙄", Label.HESITANT),
    ("haan ji zaroor, abhi le aati hoon 🙄", Label.HESITANT),
])
def test_an_eye_roll_mocks_a_yes(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ani teraz, ani nigdy.", Label.REFUSED),
    ("nem agora nem nunca", Label.REFUSED),
    ("ni ahora ni nunca, gracias", Label.REFUSED),
    ("nici acum nici niciodată", Label.REFUSED),
    ("Nei dabar, nei vėliau.", Label.REFUSED),
    # "Never" in a reassurance is not a lasting no.
    ("sim, pode marcar, ele jamais teve reação", Label.AGREE),
    ("tak, nigdy przenigdy nie miał problemu, zapiszcie", Label.AGREE),
])
def test_not_now_not_ever_in_other_languages(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # English, fifth round: a yes with reassurance, logistics or a contact preference stays a yes.
    ("Go ahead and book him. He had a horrible cough last week but he's fine now", Label.AGREE),
    ("yes please, the GP said there's no reason to wait any longer", Label.AGREE),
    ("Fine, Friday works. Please don't call me during the day, text only", Label.AGREE),
    ("Yes book her in. Is it the medical centre or the one by the park?", Label.AGREE),
    ("yes, his dad already signed the consent form, any afternoon", Label.AGREE),
])
def test_fifth_round_english_yeses_with_reassurance_or_logistics(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # Decisions said as identity, finality or withdrawn consent, or a flat no with "stop asking".
    ("We aren't that sort of family, thanks anyway", Label.REFUSED),
    ("We don't do any jabs in this house", Label.REFUSED),
    ("I am revoking my consent for all of her vaccines", Label.REFUSED),
    ("Nope. Stop asking about it.", Label.REFUSED),
    ("no. please take my son off your recall list", Label.REFUSED),
    ("Not this year or any other year.", Label.REFUSED),
    ("we use homoeopathy so won't be needing them", Label.REFUSED),
    ("oh yes, and shall I bring a bag of sweets while I'm at it? No.", Label.REFUSED),
])
def test_fifth_round_english_refusals(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "safe"), [
    # A worried, conditional or contact-only no stays away from refused.
    ("No. Stop asking until she's over this chest infection.", {Label.HESITANT}),
    ("No. Stop texting me.", {Label.OPT_OUT, Label.HESITANT}),
    ("No, leave us alone", {Label.OPT_OUT, Label.HESITANT}),
    ("Hard no for now, he's poorly", {Label.HESITANT}),
    ("nope, can someone ring me about the side effects first? stop asking by text",
     {Label.HESITANT}),
])
def test_fifth_round_a_worried_or_contact_only_no_is_not_refused(text, safe):
    assert classify(text).label in safe


@pytest.mark.parametrize(("text", "expected"), [
    # Not a yes to the vaccine: chat closings, greetings, the parent's own appointment.
    ("ok cheers bye", Label.UNCLEAR),
    ("Lovely, happy birthday to your mum!", Label.UNCLEAR),
    ("could I get an appointment for my knee", Label.UNCLEAR),
    ("Yes thanks, the courier came this morning", Label.UNCLEAR),
    ("she had the em em are in Spain last year", Label.ALREADY_VACCINATED),
    ("Aye mibbe, wots in it", Label.HESITANT),
])
def test_fifth_round_english_replies_that_are_not_a_yes(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I think this message is not for me, my children are grown up", Label.UNCLEAR),
    ("I'll pass this on to her mum", Label.UNCLEAR),
    ("we'll pass, thanks", Label.REFUSED),
    ("ho gaya ji, pichle hafte nurse ne lagaya tha", Label.ALREADY_VACCINATED),
])
def test_handing_a_message_on_is_not_a_refusal_and_a_jab_given_is_a_fact(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize(("text", "expected"), [
    # A decision said as a past choice, of someone else, or as a rule of the house.
    ("Zrezygnowaliśmy z szczepionek dla obu synów", Label.REFUSED),
    ("Rodzice odmawiają szczepienia, proszę to wpisać", Label.REFUSED),
    ("Postanowiliśmy że Ola nie dostanie żadnej dawki", Label.REFUSED),
    ("Nie chcemy tego dla córki, dziękujemy", Label.REFUSED),
    ("Nu mai vrem să fie vaccinat Matei, ne-am răzgândit", Label.REFUSED),
    ("Ne-am retras acordul pentru vaccinuri", Label.REFUSED),
    ("La noi în familie nu acceptăm vaccinuri", Label.REFUSED),
    ("Tėvai atsisako skiepų abiem vaikams", Label.REFUSED),
    ("Mūsų namuose niekas nesiskiepija", Label.REFUSED),
    ("A avó dele não quer a vacina para o menino", Label.REFUSED),
    ("Aqui somos uma família que não vacina", Label.REFUSED),
    ("Desisti de vacinar os miúdos", Label.REFUSED),
    ("No les ponemos vacunas a los niños", Label.REFUSED),
    ("No queremos que el niño reciba vacunas", Label.REFUSED),
    ("Nuestra respuesta es no, gracias", Label.REFUSED),
    # A "won't bring her" softened by a time stays a conditional no (rule 4).
    ("No la vamos a llevar hasta que se cure", Label.HESITANT),
    # Mid-phrase stems read every form ("ostateczn* decyzj*").
    ("Nie, to nasza ostateczna decyzja", Label.REFUSED),
])
def test_december_decisions_in_pl_ro_lt_pt_es(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


@pytest.mark.parametrize(("text", "expected"), [
    # A yes with the illness over, the first dose gone well, or health said to be fine.
    ("Tak, córka nie ma już gorączki, zapiszcie ją", Label.AGREE),
    ("Da, nu are probleme de sănătate, programați-ne", Label.AGREE),
    ("Sim, a febre já passou, podem marcar", Label.AGREE),
    ("Sí, ya no tiene tos, dadnos cita", Label.AGREE),
    # A call promised to book is booking; one to ask is still a question.
    ("Ok, zadzwonię w poniedziałek żeby zapisać małą", Label.AGREE),
    ("Zadzwonię jutro żeby zapytać o skutki uboczne", Label.HESITANT),
    # "If possible, after 5", "just tell me when", "give me an hour", "we'd like", "suits us".
    ("Da, programați-o, dacă se poate după ora 5", Label.AGREE),
    ("Facem vaccinul, spuneți-mi când", Label.AGREE),
    ("Norėtume skiepo dukrai, kada laisva?", Label.AGREE),
    ("Ketvirtadienio popietė mums tiktų", Label.AGREE),
    ("Quinta à tarde dá para nós", Label.AGREE),
    # Not speaking English is logistics with a yes, and no yes on its own ("bine": well).
    ("Sí, pero no hablo bien inglés, ¿hay intérprete?", Label.AGREE),
    ("Nu vorbesc engleza bine", Label.UNCLEAR),
])
def test_december_yeses_in_pl_ro_lt_pt_es(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


def test_talk_of_a_birthday_party_objects_to_a_yes_the_rules_did_not_read():
    # "Kasia has her birthday on Saturday, will you come?": a day asked about is no booking.
    rules = classify("Kasia ma urodziny w sobotę 🎉 przyjdziecie?")
    assert "offtopic" in rules.cues and rules_object_to_agree(rules)
    assert co_sign(rules, ModelReading(Label.AGREE, 0.99)).label is not Label.AGREE
