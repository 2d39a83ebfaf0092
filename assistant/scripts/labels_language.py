"""Guessing the language of a short reply: by script first, then by common words.

Texts are too short for statistics, so the guess is simple and explainable:
Bengali script means Bengali; Arabic script means Urdu when it holds letters
only Urdu uses, else Arabic; Latin script is scored by how many of each
language's common words (and accented letters) it holds, English winning
ties. Romanised Urdu and Bengali, Arabic in Latin letters (with digits for
letters) and Somali are recognised by their common words; script words beside
Latin words of no known language decide by their script. Replies with no
letters at all (emoji, "?") have no language: ``None``.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.scripts.labels_text import normalise


def _words(text: str) -> set[str]:
    return set(text.split())


# Letters that Urdu writes and Arabic does not.
_URDU_LETTERS = set("ٹڈڑںےہھۓیکگپچژ")

_MARKERS: dict[str, set[str]] = {
    "en": _words("""yes no please book him her in the and is it i we he she my our you your
        for of not have had this that ok thanks but can will with be me at on do dont what when
        jabs vaccine vaccines appointment already moved wrong number stop sure thank who hi hello
        want need would could did done they them son daughter child kids baby any after time
        yeah yep nah nope pls plz ta thx u ur x xx"""),
    "pl": _words("""tak nie prosze dziekuje juz jest czy sie jestem mam dzien dobry zapisac
        szczepienie szczepienia szczepionka dziecko dzieci corke syna syn corka bardzo pomylka
        chcemy chce wiem boje moze pozniej kto mial miala byl byla najlepiej jestesmy
        mamy mnie ale bo tylko teraz zeby mozemy mozna bedzie jestem sa ze jak
        zrobione zrobil zrobili dostal dostala wszystko wszystkie przychodni przychodnia
        zapiszcie zapisz umowcie prosimy dzieki dziekujemy jasne pewnie spoko niech
        szczepic szczepimy szczepionki szczepionek zadnych zadnego nigdy mieszkamy
        przeprowadzka przeprowadzilismy wiadomosci smsow pisac piszcie numer corki synow
        ziola witamina szczepi zapisujemy"""),
    "ro": _words("""da nu va rog multumesc buna ziua copilul copil vaccinul vaccinat deja am
        mai sunt sigur sigura este si sa cu dorim vrem pentru programare mesaje trimiteti gresit
        numar frica adverse reactii mutat cine acum suntem avem facut facem doar acolo aici
        vreau nici asta cand cat imi voi noi dumneavoastra copiii fata baiatul
        vaccinurile vaccin toate cabinet cabinetul medicul locuim stau inregistrati bine
        programati programeaza facut-o l-a l-am mesajele scrieti sunati refuz niciodata
        pe dupa venim bunica bunicul timp dimineata asa aduce"""),
    "pt": _words("""sim nao obrigado obrigada meu minha filho filha ja vacina vacinas tenho
        errado parem mensagens mudamos levou tomou boletim certeza voces voce marque marcar
        mes passado com uma eu ele ela nos quem enviar que esta obg vc vcs pra pro tbm tambem
        muito mto pode posso podem isso isto agora depois ainda mais bom boa tudo bem sem
        dele dela nosso nossa seu sua gente moramos mora estamos estou sou tomar levar
        vacinou vacinado vacinada vacinados fez foi vai vou ligar liga ligue mandem mande
        deixem deixa hoje amanha ontem escola creche menino menina nenhum nenhuma ninguem
        entao obrigadao blz beleza valeu marca agendar quero queremos pf pfv hj td
        segunda terca quarta quinta sexta tirem lista outra outro noutra noutro registados
        lembretes telemovel desculpa onde qual recuso recusamos ao aos naquele naquela
        nesse nessa neste nesta no sair"""),
    "es": _words("""gracias hijo hija tengo estoy segura seguro equivocado vacuna vacunas ya cita
        quiero queremos usted vale claro bueno senor el los las que mi esta si hijos hijas nino
        nina ninos ninas nene nena peque tiene tienen tenemos estamos estan mis lo les
        porfa porfis xfa pero muy del al hay ahora ahorita despues manana todavia aun
        hasta tambien tmb xq mucho muchas hola buenas buenos hace hecho puede pueden llamen
        llamenme llamar manden envien escriban mensajes soy vivimos ella ellos mejor sin
        pues eso esto donde quien dale ningun ninguna ni hemos han sus otra otro nos
        mudamos vacunar vacunado vacunada vacuno apunten apuntad apuntame apuntala
        apuntalo apuntanos contacten gusto dias doy niego consentimiento no con puedo
        podria miedo hacer apunten apuntenla apuntenlo baja"""),
    "tr": _words("""evet hayir tamam lutfen tesekkurler tesekkur asi asisi randevu istemiyoruz
        istemiyorum cocuk cocugum oglum kizim zaten tasindik yanlis numara emin degilim bir ve
        bu icin zaman gelebiliriz olur degil mi"""),
    "lt": _words("""taip ne prasau aciu jau vaikas vaiko skiepas skiepai paskiepytas
        paskiepyta uzregistruoti norime nenorime nezinau gerai labai laba diena mano sunus
        dukra yra ar tai cia mes jus pas su nes kad dabar gavo esam turi turiu nebe kai
        buvo tik vaikai vaiku numeris gyvenam gyvenu skiepu skiepus skiepo skiepijom
        neskiepysim zinuciu zinutes nera ten dar gal pries kada galima registruokit
        uzrasykit atves atvesiu sutinku tinka reikia kas nieko neturiu mano jau
        paskiepijo padare persikraustem nebesam seselė gydytoja gydytojas prasom atsisakau
        atsisakome nedarysim nesutinku duokit pagalvot pagalvoti pamatysim negalim galim"""),
    "fr": _words("""oui non merci daccord bonjour je nous vous mon fils fille enfant vaccin est
        pas le les des une avec sil plait rendez demenage mauvais peur inquiet inquiete suis
        veux voulons"""),
    "ur": _words("""haan nahi nahin hai hain theek thik kar karo dein den hum mein mera meri
        mujhe kya ji jee aap bacha bachay beti beta bhi ka ki ke ko se sakte chahiye zaroor
        bilkul acha achha shukriya pehle baad abhi ghalat galat raha rahe gaye pata suar teeka
        teeke faisla karenge bata lag chuka lagwa lagwaya lagwana lagwayenge hoon karein
        kijiye dein rehte janta janti batati mashwara chahte bachay bache humara humare koi
        kisi yahan wahan wala wali nahi karwa karwana bohat bahut sirf kyun haanji hanji
        tha thi gaya gayi"""),
    "bn": _words("""ami amra amar apni apnar ache ase achhe koren korun kore korbo chai thik
        hya dhonnobad bhalo ekhon pore chole gechi gesi shohore onno bachcha chele meye tika
        keno kintu bhoy chinta debo dibo hobe kokhon kore den diben korben korsi korlam disi
        dise diye gese geche gesi gesilam nai nei hoise hoye hoy amader apnader baccha
        bacca bachcha cheler meyer chini jani bhalo valo kobe kokhono konodin kichu ektu shob
        gula theke sathe shathe oikhane ekhane thaki basa notun lagbe dorkar tokhon jokhon
        oitai eta shudhu pathan pathaben bondho"""),
    "so": _words("""haa maya waan waa fadlan mahadsanid iyo ayaan ayaa ayuu ayay wiil
        wiilkayga gabadh gabadhayda caruur carruur ilmaha tallaal tallaalka tallaalo tallaalay
        rabaa rabno hubo goorma karnaa guurnay horey hore jooji ballan qabso hagaag baa
        waxaan aan loo rabo ka ku ay uu aad waxay wuu way wax hadda walaal walaalo ilmo
        ilmahayga ilmahan caruurta carruurta caruurtayda lambarka lambarkayga lambar nambar
        fariin fariimaha fariimahan soo dirin wacina leh yahay tahay ahay kale cusub halkan
        weli weligay weligayna tallaalin tallaali laakiin haddii kadib dib mar dambe kuma
        uma buu ayey qaatay cidna aqaan lihi
        qof waxba iga ii naga ayaad maxaa xaggee xagee diiwaanka tallaalkiisa tallaalkeeda
        irbad irbadda irbadood saar saara kama lagu dhibina haajirnay fariimo dirina"""),
    # Arabic written in Latin letters ("Arabizi"), often with digits for letters (3, 7, 2).
    "ar": _words("""shukran inshallah yalla habibi e7na ehna enta enti 3andi 3ndi ma3i
        ba3ref baddi bade bdi mesh mish msh kaman hala2 halla2 akid aywa aiwa na3am tamam
        khalas la2 wlad ibni binti ya3ne ya3ni shu lesh ra2me ra2mi ra2em elli akhad akhado
        abl ba3d ba3den 3ala 3al fi jdid tanye sarlo ktir kteer shi wla akeed walad"""),
}
# Accented letters that point to one language (checked on the raw text).
_LETTER_HINTS: dict[str, str] = {
    **dict.fromkeys("ąćęłńśźż", "pl"), **dict.fromkeys("ăâîșțşţ", "ro"),
    **dict.fromkeys("ãõ", "pt"), **dict.fromkeys("ñ¿¡", "es"), **dict.fromkeys("ğı", "tr"),
    **dict.fromkeys("ėįųūčšž", "lt"), **dict.fromkeys("èêœù", "fr"),
}


def _script_counts(text: str) -> tuple[int, int, int, bool]:
    arabic = bengali = latin = 0
    urdu = False
    for char in text:
        code = ord(char)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
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


# A digit standing for an Arabic letter inside a Latin word: "na3am", "mwaf2a", "la2a7".
_ARABIZI = re.compile(r"[a-z][2357][a-z]")


def _latin_language(text: str) -> str | None:
    tokens = set(normalise(text).split(" "))
    scores = {lang: len(tokens & words) for lang, words in _MARKERS.items()}
    scores["ar"] += sum(1 for token in tokens if _ARABIZI.search(token))
    for char in set(text.lower()):
        if char in _LETTER_HINTS:
            scores[_LETTER_HINTS[char]] += 2
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] == 0:
        return None
    if scores[best] == scores["en"]:
        return "en"
    return best
