"""Replies in the languages families write in: a yes and a no (and more) for each."""

from __future__ import annotations

import pytest

from assistant.scripts.labels import Label, classify, detect_language

A, H, R = Label.AGREE, Label.HESITANT, Label.REFUSED

CASES = [
    # language, text, expected label
    ("en", "Yes please book her in", A),
    ("en", "We don't want the vaccine", R),
    ("pl", "Tak, proszę zapisać syna", A),
    ("pl", "Nie chcemy szczepić dziecka", R),
    ("pl", "Nie wiem, czy to bezpieczne?", H),
    ("ro", "Da, vă rog să-l programați", A),
    ("ro", "Nu dorim vaccinul pentru copil", R),
    ("ro", "Nu sunt sigură, mi-e frică", H),
    ("ur", "جی ہاں، ٹھیک ہے", A),
    ("ur", "ہمیں ویکسین نہیں چاہیے", R),
    ("ur", "haan ji, book kar dein", A),
    ("ur", "nahi chahiye, hum nahi lagwayenge", R),
    ("ur", "abhi nahi, beta bimar hai", H),
    ("bn", "হ্যাঁ, ঠিক আছে", A),
    ("bn", "আমরা টিকা দিতে চাই না", R),
    ("bn", "ha thik ache, book koren", A),
    ("bn", "amra tika dibo na", R),
    ("ar", "نعم، احجز موعدا من فضلك", A),
    ("ar", "لا نريد التطعيم", R),
    ("ar", "هل هو آمن؟", H),
    ("so", "Haa, fadlan ballan u qabso", A),
    ("so", "Maya, ma rabno tallaalka", R),
    ("so", "Ma hubo, ma ammaan baa?", H),
    ("pt", "Sim, pode marcar", A),
    ("pt", "Não queremos a vacina", R),
    ("pt", "Tenho medo, é seguro?", H),
    ("es", "Sí, claro, ¿cuándo?", A),
    ("es", "No queremos la vacuna", R),
    ("tr", "Evet, randevu alalım", A),
    ("tr", "Aşı istemiyoruz", R),
    ("lt", "Taip, prašau užregistruoti", A),
    ("lt", "Nenorime skiepyti", R),
    ("fr", "Oui, d'accord", A),
    ("fr", "Nous ne voulons pas le vaccin", R),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_yes_and_no_in_each_language(language, text, expected):
    result = classify(text)
    assert result.label is expected, result.reasons
    assert result.language == language


@pytest.mark.parametrize(("text", "expected"), [
    ("Już był zaszczepiony w Polsce", Label.ALREADY_VACCINATED),
    ("Ne-am mutat în Spania", Label.MOVED_AWAY),
    ("Número errado", Label.WRONG_NUMBER),
    ("Parem de enviar mensagens", Label.OPT_OUT),
    ("تم تطعيمه بالفعل", Label.ALREADY_VACCINATED),
    ("waan guurnay", Label.MOVED_AWAY),
    ("ghalat number hai", Label.WRONG_NUMBER),
])
def test_facts_and_opt_outs_in_other_languages(text, expected):
    assert classify(text).label is expected


@pytest.mark.parametrize("text", ["Nie", "Nu", "nahi", "Não", "لا", "Non", "Hayır", "Maya", "না"])
def test_a_bare_no_in_any_language_goes_to_a_person(text):
    assert classify(text).label is H


@pytest.mark.parametrize(("text", "expected"), [
    ("👍", None), ("?", None), ("", None), ("Hi", "en"), ("ok thanks", "en"),
    ("Kto to?", "pl"), ("کون؟", "ur"), ("ما هذا؟", "ar"), ("এটা কি?", "bn"),
    ("Ji haan theek hai", "ur"), ("Haa, waan rabaa", "so"), ("Bună ziua, da", "ro"),
])
def test_detect_language_by_script_and_common_words(text, expected):
    assert detect_language(text) == expected


def test_a_reply_in_a_language_without_a_word_list_is_never_agree_or_refused():
    for text in ["Ja, bitte", "Nein danke", "Ndiyo", "是的", "Да, пожалуйста"]:
        assert classify(text).label in (H, Label.UNCLEAR), text


@pytest.mark.parametrize(("text", "expected"), [
    # Texting shorthand and no accents (es, pt, so).
    ("si porfa, apuntenla", A), ("vc pode marcar pra sexta?", A), ("haa walaal, ii qabo", A),
    ("No gracias, no vamos a vacunar", R), ("nao quero a vacina pra ela", R),
    ("Maya, tallaalka ma rabno", R),
    # A "don't want" out of worry, or asking for time, is hesitant, never refused.
    ("no quiero vacunarla todavía, necesito más información", H),
    ("não quero, tenho medo dos efeitos", H), ("ma rabo hadda, waan ka fikirayaa", H),
    ("ma rabo tallaalka, waan ka baqaa", H),
    # A "don't want" about the messages is not a refusal of the vaccine: a request to stop
    # them ("quiero" after "no" is no yes: issue 13, rules pass).
    ("no quiero recordatorios en el móvil", Label.OPT_OUT),
    ("não quero lembretes no celular", Label.OPT_OUT),
])
def test_shorthand_worry_and_messages_in_es_pt_so(text, expected):
    assert classify(text).label is expected, classify(text).reasons


@pytest.mark.parametrize(("text", "expected"), [
    ("No tengo hijos", "es"), ("no y no, gracias", "es"), ("sí, apúntenla", "es"),
    ("Recuso.", "pt"), ("weligay ma tallaalin", "so"), ("ha i dhibina fariimahan", "so"),
    ("no thanks", "en"), ("Ok see ya then", "en"), ("Y pls", "en"),
])
def test_short_spanish_portuguese_and_somali_replies_are_not_read_as_english(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "We don't vaccinate" as a family decision, said without the usual refusal verbs.
    ("Jesteśmy rodziną, która nie szczepi. Proszę uszanować naszą decyzję", R),
    ("Nu ne vaccinăm copiii, asta e decizia familiei", R),
    ("amra tika dei na", R),
    ("Ilmahayga ma tallaalno, go'aankeenna waa kama dambays", R),
    ("نحن لا نطعم اولادنا", R),
    ("Hemos decidido no vacunar a la niña", R),
    ("Mūsų vaikai nebus skiepijami, seniai apsisprendėm", R),
    ("ye teeka nahi lagwaye ga", R),
    # A mock yes before a no is a decision (sarcasm), in Spanish and Romanian.
    ("jajaja sí claro, que sea vuestro conejillo de indias... va a ser que no", R),
    # "Can it be on Friday?" is a scheduling question, not a "maybe".
    ("Tak, zapiszcie go. Może być w czwartek rano?", A),
    ("da, programați-l vă rog, după ora 16 se poate?", A),
    # Near misses: worry, time to think or a "maybe later" stays hesitant.
    ("może za miesiąc, teraz jest przeziębiony", H),
    ("poate la anul, acum e mereu bolnav", H),
    ("tallaal maya hadda, waan ka fikiraynaa", H),
    ("ma rabo, waxaan rabaa inaan la hadlo dhakhtarka", H),
    ("Hemos decidido esperar, tengo miedo por lo que leí", H),
    ("nenorim vakcinų dabar, reikia laiko pagalvoti", H),
])
def test_family_decisions_sarcasm_and_near_miss_worries(text, expected):
    result = classify(text)
    assert result.label is expected, result.reasons


# ---- Issue 13: general word lists and REWRITES for Polish, Lithuanian and Romanian ----

@pytest.mark.parametrize(("text", "expected"), [
    # REASSURED: a no inside a yes's reassurance does not veto the yes.
    ("Tak, zapiszcie ją, córka nie ma żadnych alergii", A),
    ("Taip, užrašykit, dukra alergijų neturi", A),
    ("Da, programați-l, băiatul nu are nicio alergie", A),
    # PREFERRED: a time or place the family would rather not have is scheduling.
    ("Tak, zapiszcie nas, tylko nie w poniedziałek", A),
    ("Da, programați-ne vă rog, dar nu lunea", A),
    # POSOK: "no problem" is a yes.
    ("Nie ma problemu, zapiszcie syna", A),
    ("Nicio problemă, programați-o", A),
    # Logistics asked with a yes stay a yes (labels.md rule 2).
    ("Tak, zapiszcie go. Jaki jest adres przychodni?", A),
    # The verbs of refusing, allowing and withdrawing consent, without accents too.
    ("Nie pozwolę szczepić mojego dziecka", R),
    ("nie zgodzimy sie na zadne szczepienia", R),
    ("Nu îmi dau acordul pentru vaccinare", R),
    ("Mes vaikų neskiepijam ir neskiepysim", R),
])
def test_general_words_and_rewrites_in_pl_lt_ro(text, expected):
    result = classify(text)
    assert result.label is expected, result.reasons


@pytest.mark.parametrize("text", [
    # A no that waits on something, or comes with a worry, is hesitant, never refused.
    "Nie chcę szczepić dopóki nie porozmawiam z pielęgniarką",
    "Nu vrem vaccinul până nu vorbim cu medicul",
    "nenorim skiepyti kol nepasikalbėsiu su gydytoja",
    "Nie jestem pewna, boję się po tym co czytałam",
    "Nu sunt sigură, mi-e frică de reacții",
    "Nesu tikra, bijau šalutinių poveikių",
])
def test_worried_or_conditional_no_stays_hesitant_in_pl_lt_ro(text):
    result = classify(text)
    assert result.label is H, result.reasons


# --- Spanish and Portuguese: general word lists and REWRITES (issue 13, rules-es-pt) ---

@pytest.mark.parametrize(("text", "expected"), [
    # REASSURED: a no inside a yes's reassurance does not veto the yes.
    ("sí, apúntenlo, no tiene ninguna alergia", A),
    ("vale, tuvo tos hace unos días pero ya está bien, ¿qué día?", A),
    ("sim, pode marcar, nunca teve reação nenhuma", A),
    # PREFERRED: a time or place not wanted is scheduling, not a no.
    ("sí por favor, pero no los viernes", A),
    ("sim, marca por favor, só não de manhã", A),
    # POSOK and a logistics question with a yes stay a yes.
    ("claro, cualquier día, no hay problema", A),
    ("sim, a avó vai levar ela, tem problema?", A),
    ("sí, ¿en qué surgery es y hay intérprete?", A),
    # New refusal vocabulary: persons, misspellings, texting forms, withdrawn consent.
    ("no keremos que la bacunen, gracias", R),
    ("ñ quero vacinar ele, parem de mandar sms", R),
    ("retiramos el consentimiento, no vamos a vacunarla", R),
    # NOTSURE and worried or conditional noes stay hesitant.
    ("todavía no sé, lo hablo con mi marido", H),
    ("no quiero vacunarla hasta hablar con la enfermera", H),
    ("não quero vacinar agora, ela está com febre", H),
    ("no estoy segura, no queremos vacunarla todavía", H),
])
def test_spanish_portuguese_general_vocabulary_and_rewrites(text, expected):
    result = classify(text)
    assert result.label is expected, (result.reasons, result.cues)


# --- Language guess for short and mixed replies (word shapes, loanwords, Arabizi digits) ---

@pytest.mark.parametrize(("text", "expected"), [
    # Lithuanian: -kit imperatives, š/ą letters (ą alone is shared with Polish).
    ("Nebeskambinkit daugiau", "lt"), ("nerašykit man", "lt"), ("išbraukit mus iš sąrašo", "lt"),
    # Romanian: -ți endings, -ele plurals, an English "stop" beside a Romanian word.
    ("opriți mesajele", "ro"), ("stop mesaje va rog", "ro"), ("nu mai trimiteti sms", "ro"),
    ("ne-am mutat inapoi in Romania", "ro"),
    # Polish: -cie, ń/ć, sz/cz.
    ("przestańcie pisać", "pl"), ("prosze nie dzwonic", "pl"), ("stop smsow", "pl"),
    # Roman Urdu and Latin Bengali/Sylheti.
    ("please mujhe call mat karo", "ur"), ("ye number band kar dein", "ur"),
    ("amra ar message chai na", "bn"), ("number ta vul, amar baccha nai", "bn"),
    ("apni ke?", "bn"), ("ar phone korben na", "bn"),
    # Somali, Arabizi (digits for letters), Spanish, Portuguese.
    ("fariimaha jooji walaal", "so"), ("stop walaal", "so"),
    ("sorry, kan 3and o5ti", "ar"), ("w2fo el rasa2el", "ar"), ("ana mish el umm", "ar"),
    ("no me manden más mensajes", "es"), ("nos fuimos a vivir a Sevilla", "es"),
    ("parem de mandar mensagem por favor", "pt"), ("voltamos para o Brasil", "pt"),
])
def test_short_and_mixed_replies_are_read_in_their_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Mostly English with a name, a foreign word or a time: still English.
    ("Yes please, Aaliyah had a cold but fine now", "en"), ("Sorry si, wrong number mate", "en"),
    ("José has had his jabs", "en"), ("no nahi he's had it already thanks", "en"),
    ("Krzysztof had his MMR last week", "en"), ("yes pls 2pm is fine", "en"),
    ("O.K. see you then", "en"), ("Stop", "en"), ("No", "en"),
    # No common word of any language: unknown, not a guess from a word's shape or an emoji's
    # variation selector.
    ("Thankyou 👍", None), ("🤷‍♀️", None),
])
def test_english_replies_with_a_foreign_word_stay_english(text, expected):
    assert detect_language(text) == expected


# ---- Issue 13: Urdu, Bengali, Arabic and Somali word lists made general (rules-ur-bn-ar-so) ----
@pytest.mark.parametrize(("text", "expected"), [
    # Refusals in persons, tenses and spellings the old lists did not have.
    ("hum apne bachon ko ye teeka nhi lagwaingay", R),
    ("ہم اپنی بیٹی کو ٹیکے نہیں لگوانے دیں گے", R),
    ("amar meye ke vaccine dimu na", R),
    ("আমরা ছেলেকে ইনজেকশন নেব না", R),
    ("ma baddi el tat3eem la ebni", R),
    ("احنا مش عايزين التطعيم للبنت", R),
    ("wiilka tallaalka ma ogoli", R),
    ("gabadhayda tallaali maayo", R),
    # A mock yes ("when the sun rises in the west", "when camels fly") is a decision.
    ("جی ضرور، جب سورج مغرب سے نکلے گا", R),
    ("اه طبعا، في المشمش", R),
    # A reassurance inside a yes does not veto it.
    ("ji haan, usay koi allergy nahi, book kar dein", A),
    ("হ্যাঁ, ওর অ্যালার্জি নাই, বুক করে দিন", A),
    ("نعم موافقة، ما عنده حساسية، احجزوله موعد", A),
    ("haa, xasaasiyad ma qabo, ballan u qabo", A),
    # A day the family would rather avoid is scheduling, not a no.
    ("theek hai, book kar dein, bas jumeraat nahi", A),
    ("ha thik ache, book koren, shukrobar na", A),
    ("نعم احجز موعد، بس مش يوم الخميس", A),
    ("haa, ballan u qabso, jimcaha maaha", A),
    # "No problem" is a yes.
    ("koi masla nahi, appointment de dein", A),
    ("ঠিক আছে, কোনো সমস্যা নেই, বুক করে দিন", A),
    # "Not sure" is doubt.
    ("pata nahi, abhi faisla nahi kiya", H),
    ("আমি জানি না, একটু ভাবতে হবে", H),
    ("مش عارفة، لسا ما قررنا", H),
    ("ma hubno weli, waan ka fikiraynaa", H),
    # A worried or conditional no stays hesitant (rule 4).
    ("jab tak nurse se baat na ho, nahi lagwana", H),
    ("doctor er sathe kotha na bole tika dibo na", H),
    ("ما بدنا التطعيم هلا، الولد عيان، لما يخف", H),
    ("hadda tallaalka ma rabno, wuu jiran yahay", H),
])
def test_general_vocabulary_south_asian_arabic_somali(text, expected):
    result = classify(text)
    assert result.label is expected, result.reasons


@pytest.mark.parametrize(("text", "lang"), [
    # A logistics question with a yes is about scheduling, not a doubt (rule 2).
    ("ji theek hai, kaunsi surgery mein aana hai?", "ur"),
    ("হ্যাঁ, কোন সার্জারিতে আসব? দোভাষী থাকবে?", "bn"),
    ("نعم، وين العيادة؟ في مترجم؟", "ar"),
    ("haa, xagee ayaan imaanayaa? turjubaan ma jiraa?", "so"),
])
def test_logistics_questions_with_a_yes_are_scheduling(text, lang):
    result = classify(text)
    assert result.language == lang
    assert "asked:sched" in result.cues and result.label is A, result.reasons


def test_a_bare_agree_stem_is_not_a_yes_in_somali():
    # "ma ogoli" is "I do not agree": "ogol*" alone once read it as a yes.
    assert classify("ma ogoli").label is not A


def test_own_words_the_english_view_would_misread():
    # Somali "noo" is "for us", not "no"; Roman Urdu "ye" is "this", not "yes".
    assert classify("haa, ballan noo qabso").label is A
    assert classify("ye reminders band kar dein").label is not A


# Second pass (issue 13): a no with a decision the lists did not know, in pl, ro, lt, es, pt.
@pytest.mark.parametrize(("text", "expected"), [
    ("Nie, zdecydowaliśmy z żoną, że nie.", R),
    ("Nie, to nie dla moich dzieci.", R),
    ("Nie dziękuję, nie jestem zainteresowana.", R),
    ("Nie, podjęliśmy decyzję, poczekamy do wiosny.", H),
    ("Nu, e definitiv. Nu mai întrebați.", R),
    ("Nu, nu pentru copilul meu.", R),
    ("Nu, am decis să așteptăm până se face bine.", H),
    ("Ne, mes apsisprendėme, gerbkite mūsų sprendimą.", R),
    ("Ne ačiū, manęs nedomina.", R),
    ("No, ya lo hemos decidido y punto.", R),
    ("No al refuerzo, gracias.", R),
    ("No, decidimos esperar a la primavera, está malita.", H),
    ("Não, já decidimos, não vamos vacinar.", R),
    ("Não, não estamos interessados.", R),
    ("Não, vamos esperar ele ficar bom primeiro.", H),
    # A bare no stays hesitant.
    ("nie", H), ("nu", H), ("ne", H), ("não", H),
])
def test_a_no_with_a_decision_in_pl_ro_lt_es_pt(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.reasons)


def test_a_yes_from_whoever_writes_for_the_mother_in_spanish():
    # "Soy su madre" is who writes, not asking the mother; "con su madre" still is.
    assert classify("Soy su madre, sí, apúntela el jueves por favor").label is A
    assert classify("Sí, pero antes lo hablo con su madre").label is H


# --- Issue 13, second pass: Urdu, Bengali/Sylheti, Arabic, Somali ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # A lasting no ("neither now nor later", "now and forever"): a refusal, not a "not now".
    ("na ab na baad mein, hamare bachon ko nahi", R),
    ("hadda iyo weligaba maya, fadlan", R),
    # A refusal said as done, against vaccines, "no vaccine of any kind", "we won't do it".
    ("hum ne mana kar diya hai, shukriya", R),
    ("amra tikar biruddhe, dhonnobad", R),
    ("la2 mish 3ayzeen ayy tat3eem", R),
    ("mish mohtamin, shukran", R),
    ("maya, wax talaal ah ma rabno", R),
    ("tallaalka waan ka soo horjeednaa", R),
    # A yes with a recovered illness, a work shift or a yes said as "we'll come".
    ("ji zaroor, meri din ki shift hoti hai to shaam ko", A),
    ("জ্বর সেরে গেছে, একটা টাইম দেন", A),
    ("اوكي، رح نجي", A),
    ("qandhadii way ka bogsatay, ballan noo qabso", A),
    # Worried or conditional noes stay hesitant, whatever decided-sounding words they use.
    ("hum ne mana kar diya tha jab tak doctor se baat na ho", H),
    ("la2 mish 3ayzeen el tat3eem dilwa2ti, el walad 3ayan", H),
    ("waxaan go'aansanay inaan sugno, tallaal ma rabno hadda", H),
    ("ar dibo na jotokkhon doctor er sathe kotha na boli", H),
    # A bare no stays hesitant.
    ("nahi", H),
    ("maya", H),
])
def test_second_pass_vocabulary_south_asian_arabic_somali(text, expected):
    result = classify(text)
    assert result.label is expected, (result.language, result.cues, result.reasons)


def test_my_husband_and_i_is_not_asking_him_in_lithuanian():
    # "Mes su vyru nusprendėme" is "my husband and I decided"; "pasitarsiu su vyru" asks him.
    assert classify("Mes su vyru nusprendėme: jokių skiepų, gerbkite mūsų sprendimą.").label is R
    assert classify("Ne, pirma pasitarsiu su vyru.").label is H
