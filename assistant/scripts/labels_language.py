"""Guessing the language of a short reply: by script first, then by common words.

Texts are too short for statistics, so the guess is simple and explainable:
Bengali script means Bengali; Arabic script means Urdu when it holds letters
only Urdu uses, else Arabic. Latin script is scored per language: a point for
each of its common words, two for a letter only it writes (one for a letter a
few share), half a point for a word of no known language whose shape is its
own (Lithuanian "-kit", Romanian "-ți", Polish "sz"/"-cie", Somali "x"; see
``_SHAPES``), and one and a half for a word with a digit for an Arabic letter
("o5ti", "ra2am"). English words that others mix in ("stop", "please", "book")
count half for English, so "stop mesaje" is Romanian; a reply mostly of
English words is English whatever else it holds ("Zain has had his, shukran").
English wins ties, then the language with more words only it uses; a reply
opening on Spanish "si" or Romanian "da" counts a point more for that language.
Script words beside Latin words of no known language decide by their script.
Replies with no letters at all (emoji, "?"), or with no common word of any
language, have no language: ``None``.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.scripts.labels_text import normalise


def _words(text: str) -> set[str]:
    return set(text.split())


# Letters that Urdu writes and Arabic does not.
_URDU_LETTERS = set("ٹڈڑںےہھۓیکگپچژ")

# Issue 13's rules passes added common words the short replies showed missing: Spanish
# "nunca" (the Portuguese write "não" beside it); Somali's "la" (the impersonal) and
# Arabizi's "la"/"ma" (no, not), shared with Romanian, so "la"/"ma" alone no longer make a
# reply Romanian; Moroccan Arabizi (bghina, wakha, daba, ghadi, 9 for qaf: "nl9a7ouh"); and
# Bengali in Latin letters says "ji" and "den" as Urdu does ("ji book kore den").
_MARKERS: dict[str, set[str]] = {
    "en": _words("""yes no please book him her in the and is it i we he she my our you your for
        of not have had this that ok thanks but can will with be me at on do dont what when
        jabs vaccine vaccines appointment already moved wrong number stop sure thank who hi
        hello want need would could did done they them son daughter child kids baby any after
        time yeah yep nah nope pls plz ta thx u ur x xx"""),
    "pl": _words("""co jaki jaka jakie jakis gdzie kiedy dlaczego nas nam was wam ich tego tej
        tu tam jeszcze tez takze dobrze dobra przepraszam sorki chodzi halo pani panstwo
        telefon mojego moja moj moje nasz nasza wasz przez dla przy po bez od przed zawsze
        czasu troche potem jutro dzisiaj dzis wczoraj tydzien miesiac ktos kogos nikt nic
        wiecej przestancie tak nie prosze dziekuje juz jest czy sie jestem mam dzien dobry
        zapisac szczepienie szczepienia szczepionka dziecko dzieci corke syna syn corka bardzo
        pomylka chcemy chce wiem boje moze pozniej kto mial miala byl byla najlepiej jestesmy
        mamy mnie ale bo tylko teraz zeby mozemy mozna bedzie jestem sa ze jak zrobione zrobil
        zrobili dostal dostala wszystko wszystkie przychodni przychodnia zapiszcie zapisz
        umowcie prosimy dzieki dziekujemy jasne pewnie spoko niech szczepic szczepimy sobota
        niedziela pasuje pasuja fryzjera fryzjer dentysty
        szczepionki szczepionek zadnych zadnego nigdy mieszkamy przeprowadzka przeprowadzilismy
        wiadomosci smsow pisac piszcie numer corki synow ziola witamina szczepi zapisujemy ma w
        z odmawiam odmawiamy wpisac wpiszcie karty karcie"""),
    "ro": _words("""ma le inapoi trimit vreo ce de la pe din ca sau dar ea eu noi lor fost
        sunteti aveti unde cum numarul meu mea mei nostru copii zi maine azi ieri luni marti
        miercuri joi vineri sambata multumim stergeti opriti mesaje mesajul alo ajung imediat
        despre vorba mult da nu va rog multumesc buna ziua copilul copil vaccinul vaccinat deja
        am mai sunt sigur sigura este si sa cu dorim vrem pentru programare mesaje trimiteti
        gresit numar frica adverse reactii mutat cine acum suntem avem facut facem doar acolo
        aici vreau nici asta cand cat imi voi noi dumneavoastra copiii fata baiatul vaccinurile
        vaccin toate cabinet cabinetul medicul locuim stau inregistrati bine programati
        programeaza facut-o l-a l-am mesajele scrieti sunati refuz niciodata pe dupa venim
        bunica bunicul timp dimineata asa aduce poate face alergie nimeni nimic niciun nicio
        vaccinam vaccinez vrea vor"""),
    "pt": _words("""de os do da dos das para por sem me te lhe e mas ou porque quando como tem
        temos ter favor tempo pensar preciso nada golpe ola tchau amor datas horario manda
        marquem fomos voltamos mudei sim nao obrigado obrigada meu minha filho filha ja vacina
        vacinas tenho errado parem mensagens mudamos levou tomou boletim certeza voces voce
        marque marcar mes passado com uma eu ele ela nos quem enviar que esta obg vc vcs pra
        pro tbm tambem muito mto pode posso podem isso isto agora depois ainda mais bom boa
        tudo bem sem dele dela nosso nossa seu sua gente moramos mora estamos estou sou tomar
        levar vacinou vacinado vacinada vacinados fez foi vai vou ligar liga ligue mandem mande
        deixem deixa hoje amanha ontem escola creche menino menina nenhum nenhuma ninguem entao
        obrigadao blz beleza valeu marca agendar quero queremos pf pfv hj td segunda terca
        quarta quinta sexta tirem lista outra outro noutra noutro registados lembretes
        telemovel desculpa onde qual recuso recusamos ao aos naquele naquela nesse nessa neste
        nesta no sair nao vacino vacinamos vacinar nenhuma aqui segura seguro inscrevemos
        inscrevi semana passada passado centro saude autorizo autorizamos triplice vamos ficha
        janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro
        dezembro"""),
    "es": _words("""de la el en por para se me te le un unos es son fue bien mal como cuando
        cual porque sobre entre desde dia tarde noche semana lunes martes jueves viernes casa
        medico centro cambio cambiamos estafa basta dejen entendi entiendo equivoque perdon
        favor solo aqui necesito tiempo pensar nada mas ninguno luego llama deseo fuimos
        gracias hijo hija tengo estoy segura seguro equivocado vacuna vacunas ya cita quiero
        queremos usted vale claro bueno senor el los las que mi esta si hijos hijas nino nina
        ninos ninas nene nena peque tiene tienen tenemos estamos estan mis lo les porfa porfis
        xfa pero muy del al hay ahora ahorita despues manana todavia aun hasta tambien tmb xq
        mucho muchas hola buenas buenos hace hecho puede pueden llamen llamenme llamar manden
        envien escriban mensajes soy vivimos ella ellos mejor sin pues eso esto donde quien
        dale ningun ninguna ni hemos han sus otra otro nos mudamos vacunar vacunado vacunada
        vacuno apunten apuntad apuntame apuntala apuntalo apuntanos contacten gusto dias doy
        niego consentimiento no con puedo podria miedo hacer apunten apuntenla apuntenlo baja
        nunca porfavor quitenme saquenme sacame quitame paren dejen escribir lista quizas quiza
        adelante tarjeta nueva conozco pienso vamos regresamos trasladamos nosotros queremos
        vacunamos vacunar vacunarlo vacunarla"""),
    "tr": _words("""evet hayir tamam lutfen tesekkurler tesekkur asi asisi randevu istemiyoruz
        istemiyorum cocuk cocugum oglum kizim zaten tasindik yanlis numara emin degilim bir ve
        bu icin zaman gelebiliriz olur degil mi"""),
    "lt": _words("""kiek kokie koks kokia kur kodel kam tau jums mus jie jis esu esame siandien
        rytoj vakar savaite praeita pernai seniai viskas niekas tikrai sveiki labas alio nr
        skiepytis skiepyti paskiepijom buvom kortele duomenis priminimu darbe ir daugiau kita
        kito taip ne prasau aciu jau vaikas vaiko skiepas skiepai paskiepytas paskiepyta
        uzregistruoti norime nenorime nezinau gerai labai laba diena mano sunus dukra yra ar
        tai cia mes jus pas su nes kad dabar gavo esam turi turiu nebe kai buvo tik vaikai
        vaiku numeris gyvenam gyvenu skiepu skiepus skiepo skiepijom neskiepysim zinuciu
        zinutes nera ten dar gal pries kada galima registruokit uzrasykit atves atvesiu sutinku
        tinka reikia kas nieko neturiu mano jau paskiepijo padare persikraustem nebesam seselė
        gydytoja gydytojas prasom atsisakau atsisakome nedarysim nesutinku duokit pagalvot
        pagalvoti pamatysim negalim galim nenorim nenoriu sprendimas galutinis kuria kuri
        poliklinika poliklinikoj poliklinikoje eiti ateiti atvesti pasiskiepijo atostogas
        atostogu numeri numerio skambinkit neskambinkit nebeskambinkit nerasykit neberasykit"""),
    "fr": _words("""oui non merci daccord bonjour je nous vous mon fils fille enfant vaccin est
        pas le les des une avec sil plait rendez demenage mauvais peur inquiet inquiete suis
        veux voulons"""),
    "ur": _words("""woh karo karna karein mat band na ek din pe aur sab sb dobara kaun kon kab
        kahan kaise kitna kuch wapas lekin magar hona hua hui unka uska iska apna humein mujhe
        aapka aapko jaldi bachon bachi meherbani haan nahi nahin hai hain theek thik kar karo
        dein den hum mein mera meri mujhe kya ji jee aap bacha bachay beti beta bhi ka ki ke ko
        se sakte chahiye zaroor bilkul acha achha shukriya pehle baad abhi ghalat galat raha
        rahe gaye pata suar teeka teeke faisla karenge bata lag chuka lagwa lagwaya lagwana
        lagwayenge hoon karein kijiye dein rehte janta janti batati mashwara chahte bachay
        bache humara humare koi kisi yahan wahan wala wali nahi karwa karwana bohat bahut sirf
        kyun haanji hanji tha thi gaya gayi chalega aayenge aayengi aaenge nana nani dada dadi"""),
    "bn": _words("""e na ki ke eta oita ei oi ar er apnara amake tumi kon kothay mane hole hoy
        dibo diben diyen dewa deya bolen bolben ashbo aimu jabo vul bhul muche felen mone nisi
        niye alada khala ammu abbu shoptah din ek dujon asol dia disi ashe onek choto ekhono
        agei shuru ami amra amar apni apnar ache ase achhe koren korun kore korbo chai thik hya
        dhonnobad bhalo ekhon pore chole gechi gesi shohore onno bachcha chele meye tika keno
        kintu bhoy chinta debo dibo hobe kokhon kore den diben korben korsi korlam disi dise
        diye gese geche gesi gesilam nai nei hoise hoye hoy amader apnader baccha bacca bachcha
        cheler meyer chini jani bhalo valo kobe kokhono konodin kichu ektu shob gula theke
        sathe shathe oikhane ekhane thaki basa notun lagbe dorkar tokhon jokhon oitai eta
        shudhu pathan pathaben bondho niya ashbe oibo aibo jaibo nibo ekta akta lagbo ji den
        kori koro kortam korchi korbo dimu nimu dilam dibo kotha eshob keu bhai tar oder ora
        amader kunodin kono ita kita kar asi firar dekhi bodlaisi register zi kunta ashtam
        ashmu aimu"""),
    "so": _words("""ma ha soo lambarkan garee yaa qoray maxay xitaa waa iga anigu sida sidee
        ilaa maqlaysaa codka haa maya waan waa fadlan mahadsanid iyo ayaan ayaa ayuu ayay wiil
        wiilkayga gabadh gabadhayda caruur carruur ilmaha tallaal tallaalka tallaalo tallaalay
        rabaa rabno hubo goorma karnaa guurnay horey hore jooji ballan qabso hagaag baa waxaan
        aan loo rabo ka ku ay uu aad waxay wuu way wax hadda walaal walaalo ilmo ilmahayga
        ilmahan caruurta carruurta caruurtayda lambarka lambarkayga lambar nambar fariin
        fariimaha fariimahan soo dirin wacina leh yahay tahay ahay kale cusub halkan weli
        weligay weligayna tallaalin tallaali laakiin haddii kadib dib mar dambe kuma uma buu
        ayey qaatay cidna aqaan lihi qof waxba iga ii naga ayaad maxaa xaggee xagee diiwaanka
        tallaalkiisa tallaalkeeda irbad irbadda irbadood saar saara kama lagu dhibina haajirnay
        fariimo dirina la cid ahaa ahayn khalad fahmin fahmay fahmi aqaano yiraahdo joogo jooga
        gurigan iska warran marka imaanayaa imaanayo keenaya keeni doona sabtida subax berri
        todobaadka caafimaadka rugta leedahay meesha caruurteena carruurteena qoyskayaga
        qoyskeena tallaalno tallaalayno tallaasho abadan"""),
    # Arabic written in Latin letters ("Arabizi"), often with digits for letters (3, 7, 2).
    "ar": _words("""el ana inta howa ehna w wa mish bala tani hunak hon hena kanat kan kont bas
        5alas sah ra2am raqam rasa2el hay hayda 3ashan 3shan feen wein meen shukran inshallah
        yalla habibi e7na ehna enta enti 3andi 3ndi ma3i ba3ref baddi bade bdi mesh mish msh
        kaman hala2 halla2 akid aywa aiwa na3am tamam khalas la2 wlad ibni binti ya3ne ya3ni
        shu lesh ra2me ra2mi ra2em elli akhad akhado abl ba3d ba3den 3ala 3al fi jdid tanye
        sarlo ktir kteer shi wla akeed walad ra7 teta jaddito jaddeto la ma bghina bghinach
        bghit bghitch bghina wakha wakhkha waxxa daba dyal dial ghadi nhar mzyan bzaf safi hna
        ntouma walou kayn makaynch 3afak wldi bnti fiyi fiya lina 3lina tetaslo tetasalo ta3eem
        tat3eem tat3im la2a7 emta mnji akid"""),
}


def _script_counts(text: str) -> tuple[int, int, int, bool]:
    arabic = bengali = latin = 0
    urdu = False
    for char in text:
        code = ord(char)
        # Arabic, its supplement and presentation forms (not U+FE00-FE0F, the emoji
        # variation selectors, nor U+FEFF).
        if (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFDFF
                or 0xFE70 <= code <= 0xFEFC):
            arabic += 1
            urdu = urdu or char in _URDU_LETTERS
        elif 0x0980 <= code <= 0x09FF:
            bengali += 1
        elif char.isalpha() and unicodedata.name(char, "").startswith("LATIN"):
            latin += 1
    return arabic, bengali, latin, urdu


def detect_language(text: str) -> str | None:
    """An ISO 639-1 guess for a reply: en, pl, ro, ur, bn, ar, so, pt, es, tr, lt, fr or None."""
    arabic, bengali, latin, urdu = _script_counts(text)
    if bengali and bengali >= max(arabic, latin):
        return "bn"
    if arabic and arabic >= latin:
        return "ur" if urdu else "ar"
    if not latin:
        return None
    guess = _latin_language(text)
    if guess is None and any(char.isalpha() and 0x0600 <= ord(char) <= 0x09FF for char in text):
        # Script words beside Latin ones with no common word of any language ("وقفوا الـ
        # reminders"): the script decides.
        return "bn" if bengali > arabic else ("ur" if urdu else "ar")
    return guess


# More English words: they count for English against another language's guess ("Zain has
# had his, shukran"), but alone do not make a reply English (it stays unknown, as before).
_ENGLISH_SHIELD = _words("""his hers has was are been get got from just if there here about how
    why where which all some more last week today tomorrow thats its im ive shes hes cant wont
    didnt doesnt isnt mum dad am way very really well fine good great lol haha""") - _MARKERS["en"]

# Inverted once: token -> the languages that use it as a common word.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _tokens in _MARKERS.items():
    for _token in _tokens:
        _LANGUAGES_OF[_token] = (*_LANGUAGES_OF.get(_token, ()), _lang)
for _token in _ENGLISH_SHIELD:
    _LANGUAGES_OF[_token] = (*_LANGUAGES_OF.get(_token, ()), "en")
# English words that other languages' speakers mix in ("stop mesaje", "book koren please"):
# they count half, so a short mixed reply goes to its other language.
_LOANWORDS = _words("""stop ok please pls plz sorry yes thanks thank hi hello book appointment
    vaccine vaccines jabs number wrong sure x xx u ur ta thx yeah time""")
_MIXED_WORDS, _MIXED_MARGIN = 2, 1.0
_THANK_YOU = re.compile(r"(?<![^ ])thank (?:you|u)(?![^ ])")

# Accented letters (checked on the raw text): 2 for a letter of one language, 1 each for a
# letter several of these languages write (Lithuanian also has ą ę; Portuguese also â). The
# acute accents (á é í ó ú) are left out: names carry them (José, Chloé) in English replies.
_LETTER_HINTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("ćłńśźż", ("pl",)), **dict.fromkeys("ąę", ("pl", "lt")),
    **dict.fromkeys("ăîșțţ", ("ro",)), "ş": ("ro", "tr"), "â": ("ro", "pt"),
    **dict.fromkeys("ãõç", ("pt",)), **dict.fromkeys("êôà", ("pt", "fr")),
    **dict.fromkeys("ñ¿¡", ("es",)),
    **dict.fromkeys("ğı", ("tr",)), **dict.fromkeys("ėįųūčšž", ("lt",)),
    **dict.fromkeys("èœù", ("fr",)),
}

# Word shapes rare outside one language: endings, beginnings, letter groups. Read only on
# words of four letters or more that are no language's common word, half a point each.
_SHAPES: dict[str, re.Pattern[str]] = {lang: re.compile(pattern) for lang, pattern in {
    "en": r"(ing|tion|ly|ed|ould|ight|ness|ain)$|th|wh|ck",
    # Polish: cz sz rz szcz; verbs -cie (2nd pl), -emy/-imy (1st pl); -ego.
    "pl": r"szcz|rz|(?<!e)cz|sz|wsz|^prz|(cie|emy|imy|ego|owac|owal)$",
    # Lithuanian: imperatives -kit, 1st sg -iu/-iau, -sim, reflexive -ytis, uo; nebe/uz/is.
    "lt": r"(kit|kite|iu|iau|sim|ytis|otis|utis|iai|uose|uti|ejo)$"
          r"|^(nebe|uzs|uzr|isj|isv|isk)|(?<!q)uo",
    # Romanian: -ți/-ați/-eți (2nd pl), -ul/-ului articles, -ele/-ilor plurals, -ăm, -esc.
    "ro": r"(eti|ati|iti|ului|ilor|ele|esc|uri|ii)$|(?<![foa])ul$",
    # Spanish: -ción, -idad, -ieron, -iendo, -mente; -amos/-emos shared with Portuguese.
    "es": r"(cion|ciones|idad|edad|ieron|iendo|mente|amos|emos)$",
    # Portuguese: -ção/-ões, -ou/-ei (past), -eiro; -nho/-nha and -lho/-lha.
    "pt": r"(cao|coes|(?<!y)ou|ei|eiro|eira|amos)$|[ln]h(a|o|e|as|os|es)$",
    # Somali: x and q without u (xiriir, qaatay), verbs in -xay/-ayo/-aysaa/-nay, -kayga.
    "so": r"^x[aeiou]|[lr]x|q(?!u)|(xay|ayo|aysaa|nay|kayga|ayda|iin)$",
    # Roman Urdu: -iye (polite verbs), -wana/-wate (causatives), karw- verbs.
    "ur": r"(iye|wana|wate|wati)$|^karw",
    # Latin Bengali and Sylheti: -ben/-sen/-bo/-chi/-lam/-aimu verb endings, kor-/diy- stems.
    "bn": r"((?<!u)ben|(?<!o)sen|bo|chi|chhi|lam|ilam|aimu)$|^(kor|diy)",
}.items()}

# A digit standing for an Arabic letter inside a Latin word ("na3am", "5alas", "o5ti"), not
# a time or an ordinal ("2pm", "3rd") or English texting ("2day").
_ARABIZI = re.compile(r"[a-z][2357]|[2357][a-z]")
_NOT_ARABIZI = re.compile(r"^\d+(am|pm|st|nd|rd|th|yrs?|mins?|hrs?|h|m|s|x|k|wks?|mo)$"
                          r"|^2(day|moro|morrow|nite|night|gether)$|^[a-z]{1,3}\d+$")


# A yes or no opening a reply that says which language it is in: Spanish "si" (Romanian "si",
# "and", does not open a reply alone), Romanian "da" (Portuguese "da" is "of the").
_OPENING_ANSWERS = {"si": "es", "da": "ro"}


def _latin_language(text: str) -> str | None:
    # "Thank you" is one loanword, as "thanks" is ("MMR appointment ma rabno, thank you").
    base = _THANK_YOU.sub("thanks", normalise(text)).split(" ")
    tokens = set(base)
    words = [token for token in base if token.isalpha() and token.islower()]
    core_english = any(token in _MARKERS["en"] for token in words)
    # Mostly English, with a name or a word of another language in it ("Zain has had his,
    # shukran"). The English words other languages' speakers mix in (``_LOANWORDS``: "please",
    # "appointment", "book") are left out of the count on both sides: "Haan ji, MMR ka
    # appointment book kar dein please" is Urdu with three English words, not English.
    own = {token for token in words if token not in _LOANWORDS}
    english = sum(1 for token in own if "en" in _LANGUAGES_OF.get(token, ()))
    if core_english and english >= 2 and english * 2 > len(own):
        return "en"
    scores = dict.fromkeys(_MARKERS, 0.0)
    for token in tokens:
        languages = _LANGUAGES_OF.get(token)
        if languages:
            for lang in languages:
                scores[lang] += 0.5 if lang == "en" and token in _LOANWORDS else 1
        elif _ARABIZI.search(token) and not _NOT_ARABIZI.search(token):
            scores["ar"] += 1.5
        elif len(token) >= 4 and token.isalpha():
            for lang, shape in _SHAPES.items():
                if shape.search(token):
                    scores[lang] += 0.5
    for char in set(text.lower()):
        for lang in _LETTER_HINTS.get(char, ()):
            scores[lang] += 2 if len(_LETTER_HINTS[char]) == 1 else 1
    opening = next(iter(words), "")
    if opening in _OPENING_ANSWERS:
        scores[_OPENING_ANSWERS[opening]] += 1
    # Ties go to English, then to the language with more words only it uses ("la tallaalay":
    # "la" is Romanian and Somali, "tallaalay" only Somali), then to the order of _MARKERS.
    own_words = {lang: sum(1 for token in tokens if _LANGUAGES_OF.get(token) == (lang,))
                 for lang in scores}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en", own_words[lang]))
    if scores[best] == 0 or (best == "en" and not core_english):
        # English shapes and shield words only defend English words against another
        # language's guess: a reply with no common English word stays unknown.
        return None
    if scores[best] == scores["en"] and best != "en":
        return "en"
    if best == "en":
        # Not mostly English (above), yet English leads by a point or less: a reply with
        # two common words of another language that are not English words too is that
        # language's ("sorry hum vaccines nahi karwate, it's a family decision"); "no more
        # msg pls obg" ("no" is Portuguese too) stays English.
        other = max((lang for lang in scores if lang != "en"), key=lambda lang: scores[lang])
        not_english = sum(1 for token in tokens if other in _LANGUAGES_OF.get(token, ())
                          and "en" not in _LANGUAGES_OF[token])
        if not_english >= _MIXED_WORDS and scores[other] >= scores["en"] - _MIXED_MARGIN:
            return other
    return best
