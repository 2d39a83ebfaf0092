"""Lithuanian word lists for the reply labeller (see the package)."""

from __future__ import annotations

from collections import defaultdict

CUES: dict[str, list[str]] = {
    "yes": ["taip", "gerai", "žinoma", "sutinku", "sutinkam", "sutinkame", "tinka",
            "būtinai", "norime", "norim", "noriu", "galim", "atvesiu", "atvesim",
            "atvesime", "ateisim", "ateisime", "atves", "tikrai taip", "taip taip"],
    # Not a bare "registruoti": it is also "registered" ("registruoti kitoj surgery").
    "book": ["užregistruokit*", "užregistruosit*", "užregistruoti mus", "užregistruoti jį",
             "užregistruoti ją", "užregistruoti vaik*", "užregistruoti dukr*",
             "užregistruoti sūn*", "registruoti mus", "užrašy*", "vizit*", "kada galime", "įrašyk*",
             "registruokit", "užrašykit", "paskirkit", "kada galim"],
    "already": ["jau paskiepyt*", "jau skiepyt*", "jau gavo", "jau buvo paskiepyt*",
                "paskiepytas", "paskiepyta", "pasiskiepijo", "gavo", "paskiepijo",
                "paskiepijom", "paskiepijome", "skiepijom", "skiepijome", "pasiskiepijom",
                "padarė", "padarėm", "darėm", "dariau", "turi visus", "visi skiepai",
                "viskas atlikta", "atlikta", "jau buvom", "jau buvome", "skiepų pas*",
                "turi visus skiepus"],
    "moved": ["persikėlėme", "persikėlė", "išvykome", "gyvename kitur", "kitas gydytojas",
              "persikraust*", "persikėl*", "išsikraust*", "išvykom", "išvažiavom",
              "išvažiavome", "gyvenam kitur", "įsikūrėm", "įsikūrėme", "nebe pas jus",
              "nebesam", "nebe jūsų", "ne šiam rajone", "ne šitam rajone", "kitoj surgery",
              "kitoje poliklinikoje", "registruoti kitoj", "užsiregistravom",
              "užsiregistravome", "pakeitėm gp", "pakeitėme gydytoj*", "naujas gp",
              "naujas adresas", "kortelę perkėlė", "visam laikui", "negrįšim",
              "gyvenam lietuvoj", "gyvename lietuvoje", "ten turim gydytoj*",
              "gyvenu pas"],
    "wrong": ["neteisingas numeris", "ne tas numeris", "klaida", "neturiu vaikų",
              "nepažįstu", "neturiu tokio vaiko", "neturiu nei vaikų", "neturiu jokių vaikų",
              "klystat", "klystate", "suklydot", "suklydote", "ne tam žmogui",
              "ne tam adresatui", "vaikų čia nėra", "vaikai negyvena", "jokių vaikų",
              "įmonės telefonas", "nauja sim", "numeris naujas", "naujas numeris",
              "nepriklauso", "nieko bendro", "nėra nei vieno", "mano vaikai suaugę",
              "tokiu vardu nėra"],
    # A bare "nenoriu" / "atsisakau" also refuses the texts ("atsisakau SMS"): only
    # with the vaccine, or said alone. Idioms for "never" decide even after a mock yes.
    "refuse": ["kai vėžys sušvilps",
               "nenorime skiep*", "nenorim skiep*", "nenorime .", "nenorim .",
               "nenoriu skiep*", "nenoriu .", "nenoriu kad skiep*",
               "atsisakome skiep*", "atsisakome .", "atsisakau skiep*", "atsisakau .",
               "atsisakom skiep*", "nesutinku", "nesutinkame",
               "nesutinkam", "neskiepysime", "neskiepijame", "neskiepijam", "prieš skiepus",
               "neskiepinsim*", "neleisiu skiepyti",
               "neleisime skiepyti"],
    "stop": ["nerašykite", "nesiųskite", "nebesiųskite", "neskambinkite", "nerašykit",
             "nebeskambink*", "neberašykit*", "nebesiųskit*",
             "nesiųskit", "nebesiųsk*", "nebeskambink*", "neskambink*", "nebe rašyk*",
             "išjunkit", "išjunkite", "ištrinkit mano numer*",
             "ištrinkite mano numer*", "pašalinkit", "pašalinti mano numer*",
             "atsisakyti prenumeratos", "užtenka žinučių", "užtenka tų žinučių",
             "užblokuosiu", "nesiųsti", "ne sms", "nenoriu priminim*", "nenoriu žinuč*",
             "nenoriu sms", "atsisakau sms", "atsisakau žinuč*", "atsisakau pranešim*",
             "atsisakau priminim*", "tik laiškais", "nerašytumėt", "nebesiųskit"],
    "doubt": ["nesu tikra", "nesu tikras", "nežinau", "bijau", "nerimauju", "ar saugu",
              "saugu", "šalutin*", "klausim*", "pasikalbėti",
              "vėliau", "gal", "galbūt", "serga", "karšči*", "alergij*", "abejoj*",
              "abejon*", "pagalvot*", "apsvarsty*", "pasitarti", "pasitarsiu", "su vyru",
              "su žmona", "pamatysim", "reikia laiko", "duokit laiko", "nepasitikiu",
              "aliumin*", "autizm*", "temperatūr*", "paaiškint*", "pasikalbėt*",
              "atidėti", "atidėsim", "atidėkim", "pavojing*", "ar tai tiesa",
              "kelias dienas", "pamatysim", "negalim", "negalime",
              # "Sort of yes... but it's scary" (H211, an out-of-fold false agree).
              "baisu", "baisoka", "baisiai", "lyg ir taip"],
    # Asking to talk, to think it over or for time: softens a no (rule 4), doubts a yes.
    "talk": ["pasikalbėti", "pasikalbėt", "pasitarti", "pasitarsiu", "pasitarsim",
             "pagalvoti", "pagalvot", "pagalvosiu", "pagalvosim", "apsvarstyti",
             "paklausiu vyro", "paklausiu žmonos", "aptarsiu su", "aptarti su", "reikia laiko",
             "duokit laiko", "duokit man",
             "paskambinkit", "paskambint", "paaiškint*", "daugiau informacijos",
             "pasiskaityti", "su gydytoj*", "su slaugytoj*", "pranešiu"],
    "condition": ["dabar", "vėliau", "dar", "serga", "kol kas", "šiuo metu", "kai pasveiks",
                  "po ligos"],
    "negative": ["ne"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["nebus skiepyt*", "vaikai nebus", "neskiepysim*", "nepradėsiu",
                    "nepradėsim", "atšaukiu sutikimą", "jokių skiepų", "skiepų nereikia",
                    "skiepo nereikia", "nereikia skiepų", "homeopat*", "neskiepyti",
                    "nedarysim", "be skiepų", "sprendimas galutinis", "skiepams vietos nėra",
                    "nedarysime", "nesiskiepysim*", "jokiu būdu",
                    "nė už ką", "nusprendėm nesiskiepyti", "nusprendėme neskiepyti",
                    "nebus skiepijam*", "nebus skiepijam", "jokių vakcin*",
                    "nenorim vakcin*", "nenorime vakcin*", "nenoriu vakcin*", "neskiepys",
                    "niekada neskiepij*", "skiepai ne mums", "seniai apsisprend*",
                    "neskiepijam vaikų", "neskiepijame vaikų"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["niekada"],
    "identity": ["kas čia", "kas rašo", "kas per", "sukčiai", "automatas", "apie ką"],
    "sched": ["kada", "valand*", "diena", "ryt*", "popiet*", "savait*", "pirmadien*",
              "antradien*", "trečiadien*", "ketvirtadien*", "penktadien*", "šeštadien*",
              "po pietų", "iki",
              "laik*", "laisv*"],
}

# Issue 13, general vocabulary: the verbs of wanting, agreeing, allowing and vaccinating
# in every person and tense (stems; accents are folded, so "nenorim" is also written
# without them), texting spellings, then phrases rewritten to the English markers.
_DAYS = ["pirmadien*", "antradien*", "trečiadien*", "ketvirtadien*", "penktadien*",
         "šeštadien*", "sekmadien*", "savaitgal*", "ryt*", "rytais", "popiet*", "vakar*",
         "darbo dienom*", "po pietų"]
CUES["yes"] += ["tp", "taip prašau", "aišku taip", "norim skiep*", "norime skiep*",
                "noriu skiep*", "norim paskiep*", "norime paskiep*", "noriu paskiep*",
                "norim pasiskiep*", "sutinkam*", "duodu sutikimą", "duodame sutikimą",
                "leidžiu", "leidžiame", "atvešiu", "atvešim*", "atvažiuosim*",
                "atvažiuosiu", "ateisiu", "atves", "atvesim*", "ačiū kad priminėt"]
CUES["book"] += ["užregistruokit*", "registruokite", "užregistruok", "užrašykite", "įrašykite",
                 "paskirkite", "skirkit laik*", "parašykit laik*", "rašykit laik*",
                 "rašykite laik*", "duokit laik*", "kada galėtume"]
CUES["refuse"] += ["nenoriu skiep*", "nenorim kad ... skiep*", "nenorime kad ... skiep*",
                   "nenoriu kad ... skiep*", "nenorim jo skiep*", "nenorim jos skiep*",
                   "nesutinku skiep*", "nesutinkame skiep*", "nesutinkam skiep*",
                   "nesutinku kad ... skiep*", "neleidžiu skiep*", "neleidžiam skiep*",
                   "neleidžiame skiep*", "neleisiu", "neleisim*", "neduodu sutikimo",
                   "neduodame sutikimo", "neduosiu sutikimo", "neduosim sutikimo",
                   "neskiepysiu", "neskiepysim*", "neskiepiju", "neskiepijam*",
                   "neskiepinsiu", "nesiskiepysim*", "nesiskiepijam*", "nebeskiepysim*",
                   "nebeskiepij*", "neskiepysime vaik*"]
CUES["refuse_soft"] += ["atšauki* sutikim*", "atšaukiam* sutikim*", "atsiimu sutikim*",
                        "atsiimam* sutikim*", "sutikimą atšauki*", "netikim skiep*",
                        "netikime skiep*", "netikiu skiep*", "netikiu vakcin*",
                        "antivakser*", "prieš vakcin*", "prieš skiepijim*",
                        "ne ir viskas", "ne ir taškas", "nusprendėm ... ne",
                        "nusprendėme ... ne", "apsisprendėm ... ne"]
# A no that waits on something ("until I've spoken to the nurse") is not a decision.
CUES["condition"] += ["kol", "kol nepasikalbėsiu", "iki kol", "pirma", "pirmiausia",
                      "atskirai", "po vieną", "vienu kartu", "visus iš karto", "iš karto",
                      "šiais metais", "šį mėnesį", "dabartiniu metu"]
CUES["doubt"] += ["nesu įsitikin*", "dvejoju", "dvejojam*", "ar tikrai reikia", "ar būtina",
                  "ar reikia skiep*", "ar reikia to", "kam reikia", "kiek skiepų", "želatin*",
                  "kiaulien*",
                  "vienu kartu", "atskirai"]
CUES["talk"] += ["pasikalbėsiu", "pasikalbėsim", "pasiklausiu", "paklausiu", "paklausim",
                 "pasikonsultuo*", "perskambinkit", "susisiekit"]
# Logistics asked with a yes (labels.md rule 2): where, who brings the child, an interpreter.
CUES["sched"] += ["adres*", "kuri poliklinika", "kurioj poliklinikoj", "kurioje poliklinikoje",
                  "surgery", "gatv*", "vertėj*", "kalba lietuviškai", "močiutė atves",
                  "senelis atves", "tėtis atves", "mama atves", "atveš", "abu vaikus",
                  "tą pačią dieną", "vieną dieną", "kiek trunka", "parking*", "kelintą",
                  "atsineš*", "pasiimti",
                  "PREFERRED"]

# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # "Not now, not ever": a lasting no (the English rules' EVERNO), not a "not now".
    "EVERNO": ["nei dabar nei niekada", "nei dabar nei vėliau", "nei dabar, nei vėliau",
               "ne dabar ir ne vėliau"],
    "REASSURED": ["alergij* ... neturi jokių", "alergij* ... neturi", "neturi ... alergij*",
                  "nėra ... alergij*", "jokių alergijų", "be alergijų", "nealergišk*",
                  "niekada ... problem*", "nebuvo ... problem*", "nebuvo ... reakcij*",
                  "niekada ... reakcij*", "neturėjo ... problem*", "neturėjo ... reakcij*",
                  "temperatūr* ... bet ... praėjo", "karšči* ... bet ... praėjo",
                  "sirgo ... bet ... praėjo", "jau praėjo", "jau sveik*", "jau pasveik*",
                  "visi skiepai ... laiku", "visada laiku", "visada ... laiku",
                  "gydytoja sakė ... galima", "nėra kontraindikacij*"],
    "PREFERRED": [f"{neg} {d}" for neg in ("ne", "tik ne", "bet ne", "geriau ne", "negaliu",
                                           "negalim", "negalime")
                  for d in _DAYS]
                 + ["ne toj ... poliklinik*", "ne kitoj*", "ne kitoje", "ne ten",
                    "ne toje ... poliklinik*", "ne centre", "ne prieš ... val*",
                    "ne po ... val*", "ne anksčiau nei", "ne darbo metu",
                    # "Of course, just not during Midsummer" (H211, test split Q).
                    "tik ne per", "bet ne per", "geriau ne per", "tik ne tą savaitę"],
    "POSOK": ["jokių problemų", "jokiu problemu", "be problemų", "nėra problemų",
              "ne problema", "nieko tokio", "man nesvarbu", "nesvarbu", "neprieštarauju",
              "neprieštaraujam*", "nieko prieš", "neturiu nieko prieš", "neturim nieko prieš",
              "jei ne ... irgi ok", "jei ne ... irgi gerai", "jei ne ... irgi tinka",
              "kodėl gi ne", "kodėl ne",
              # "Sutinku, kad sūnus būtų paskiepytas": a wish that he be vaccinated, not a
              # statement that he was.
              "kad ... būtų paskiepyt*", "būtų paskiepyt*"],
    "NOTSURE": ["nesu tikr*", "nesam tikr*", "nesame tikr*", "dar nežinau", "nežinau dar",
                "dar nežinom*", "nežinau ar", "nežinom ar", "dar neapsisprend*",
                "neapsisprend*", "nenusprend*", "dar nenusprend*"],
})

# Second pass (issue 13): a no said with a decision the lists did not know as one ("it's
# final", "we decided", "not for my children", "not interested", "stop asking"). The decision
# words need the no beside them (" ... "): "nusprendėm" alone also opens a yes.
_NO = ["ne", "ne ne", "ne ir ne"]
CUES["refuse_soft"] += (
    [f"{no} ... {w}" for no in _NO for w in (
        "nusprendėm", "nusprendėme", "nusprendžiau", "apsisprendėm", "apsisprendėme",
        "apsisprendžiau", "sprendimas priimtas", "galutinis sprendimas", "galutinai",
        "taškas", "ir viskas", "nustokit klaus*", "nustokite klaus*", "nebeklausinėkit*",
        "nebeklauskit*", "neklauskit daugiau", "kiek kartų")]
    + ["sprendimas priimtas", "galutinis sprendimas", "gerbkit* mūsų sprendim*",
       "gerbti mūsų sprendim*", "gerbkit* mano sprendim*", "gerbti mano sprendim*",
       "sakiau ne", "sakėm ne", "sakėme ne", "pasakiau ne", "pasakėm ne", "pasakėme ne",
       "atsakymas ne", "atsakymas yra ne", "ne mano vaikams", "ne mūsų vaikams", "ne mums",
       "ne mano vaikui", "ne mano sūnui", "ne mano dukrai", "nesidomiu", "nesidomim*",
       "nedomina", "nesu suinteresuot*", "nesame suinteresuot*", "jokio skiep*",
       "jokios vakcin*", "jokio booster*", "jokių booster*", "jokių dozių", "jokios dozės",
       "daugiau jokių", "skiepų nebus", "skiepų ... nebus", "vakcinų nebus",
       "niekada neskiepijom", "niekada neskiepijome", "ir neskiepysim*"])
# Waiting is a condition ("we decided to wait until spring"), never a decision against.
CUES["condition"] += ["palauk*", "lauksim", "atidėsim*", "pavasar*", "rudenį", "vasarą",
                      "žiemą", "kitą kartą", "kitais metais", "vėlesniam"]
# "Mes su vyru" is "my husband and I" ("mes su vyru nusprendėme"): asking the partner is said
# with a verb (the "talk" cue above), not "su vyru" alone.
# "Which clinic?" in any case ending is a scheduling question (rule 2).
CUES["sched"] += ["poliklinik*", "kurią", "kurioj*", "kur", "tinka", "ar galima"]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["ar gerai", "gerai", "ar tinka", "tinka", "ar tiks", "tiks", "ar galima",
                 "galima", "ar ok", "ok", "ar nieko tokio", "nieko tokio", "ar normalu",
                 "ar bus gerai", "bus gerai", "ar tai tinka", "ar taip galima", "ar gali būti",
                 "gali būti", "ar nėra problemų", "ar ne problema"]

# December (tune gaps): refusing said in the third person and the past ("tėvai atsisako",
# "atsisakėm skiepų", "šeima neskiepija", "niekas nesiskiepija"), consent withdrawn with
# "savo" between, "no vaccine will be" ("skiepo nebus"), objecting, "we don't need your
# vaccines"; "not now, not ever" said with "kada nors"; booking in the future and "we'd like"
# (the conditional of "want"), "would suit".
CUES["refuse"] += ["atsisako skiep*", "atsisakėm skiep*", "atsisakėme skiep*",
                   "atsisakiau skiep*", "atsisako vakcin*", "atsisakom vakcin*",
                   "neskiepija", "nesiskiepija", "nesiskiepys", "nenorim to skiep*",
                   "nenorim tų skiep*", "nenorime to skiep*", "nenorime tų skiep*",
                   "nenoriu to skiep*", "nenoriu tų skiep*", "prieštarauju skiep*",
                   "prieštaraujame skiep*", "prieštaraujam skiep*"]
CUES["refuse_soft"] += ["skiepo nebus", "skiepo ... nebus", "vakcinos nebus",
                        "atšauki* ... sutikim*", "atsiimu ... sutikim*", "atsiimam* ... sutikim*",
                        "niekas nesiskiep*", "niekas neskiep*", "nereikia jūsų skiep*",
                        "nereikia tų skiep*", "mums nereikia skiep*"]
REWRITES["EVERNO"] += ["nei dabar nei kada nors", "nei dabar, nei kada nors",
                       "nei dabar nei kada", "nei dabar nei ateityje"]
CUES["book"] += ["užsiregistruos*", "prašau užregistruoti", "prašom užregistruoti",
                 "prašome užregistruoti"]
CUES["yes"] += ["norėtume", "norėtumėm", "norėtumėme", "tiktų", "mums tinka", "mums tiktų"]
# Not speaking English is why an interpreter or someone else comes: logistics (rule 2).
REWRITES["PREFERRED"] += ["nekalb* ... angliškai gerai", "nekalb* ... angliškai",
                          "nemoku angliškai", "nemoka angliškai",
                          "nemoku anglų", "nemoka anglų"]

# Issue 13, rules pass: "we don't want" said alone ("nenorime", "nenoriu") is a no, as "ne" is
# (the vaccine named makes it a refusal: "nenorim skiepų").
CUES["negative"] += ["nenori*", "nebenori*"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["kiek kartų", "kiek kartu", "kiek galima", "vėl", "vel"]

# Issue 13, rules pass: both children at once or the same day: logistics, not the worry of
# many jabs at once ("ar galiu atvesti abu vaikus vienu kartu?").
# Children named: "abu kartu" alone may be two vaccines.
_BOTH = ["abu vaikus", "abu vaikai", "abudu vaikus", "abi dukras", "abu sūnus", "abu sunus",
         "abi mergaites", "abu berniukus", "vaikus abu"]
REWRITES["PREFERRED"] += [f"{b} ... {t}" for b in _BOTH
                          for t in ("vienu kartu", "kartu", "tą pačią dieną", "vienu metu",
                                    "iškart")]
CUES["book"] += ["galiu atvesti", "galim atvesti", "galime atvesti"]

# Issue 13, rules pass: "we are not refusing (just afraid)": lukewarm, never a refusal.
REWRITES["NOTAGAINST"] = ["neatsisakom*", "neatsisakau", "neatsisakome", "nesakom ne",
                          "nesakau ne", "nesame prieš", "nesame pries", "nesu prieš", "nesu pries"]

# "Agree" said of the family ("we agree: no vaccines") and the words that join it to what was
# agreed: an agreement on a no is no yes (labels_matches.agreement_on_a_no_dropped).
AGREEMENT = ["sutink*"]
AGREED_JOINERS = ["kad"]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "odontolog*", "dantist*", "dantų gydytoj*", "ginekolog*", "tepinėl*", "okulist*",
    "kraujo tyrim*", "recept*", "nedarbingum*", "mano mamos", "mamos vizit*", "vyro vizit*",
    "ar yra daktar*", "ar yra gydytoj*", "ar gydytoj* ... yra", "ar daktar* ... yra",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "kirpim*", "kirpykl*", "nagų", "manikiūr*", "antakių", "blakstien*", "staliuk*", "echoskopij*",
    "mano tyrim*", "mano rezultat*", "santechnik*", "šeiminink*",
    # A yes said to a partner or a parent: a text meant for the family, not the surgery.
    "taip mama", "taip mamyte", "gerai mama", "taip brangusis", "gerai brangusis",
]
CUES["child_vax"] = ["skiep*", "vakcin*"]

# Issue 13: "call me so we can make the appointment": a yes asking for a call to arrange
# it (a booking, the English BOOKWITH), not a wish to talk it over.
REWRITES["BOOKWITH"] = [
    "paskambink* ... susitar*", "paskambinti ... susitar*", "paskambink* ... vizit*",
    "paskambink* ... užregistr*",
]

# Issue 13, after test split J: natural immunity chosen. Not "be chemijos" (without chemicals):
# a second reader's near miss says it of food ("maistas be chemijos, bet skiepai kitas reikalas").
CUES["refuse_soft"] += ["natūral* imunitet*"]

# Issue 13, after test split J: when to call is logistics ("paskambinkit po 17 val.").
REWRITES["PREFERRED"] += ["paskambinkit po", "paskambinkite po", "skambinkit po",
                          "skambinkite po"]

# Issue 13, after test split K: a decision not to vaccinate taken before the children were
# born, natural treatment chosen, "vaccines won't be needed", all refused, "we'll manage".
REWRITES["KEEPCHOICE"] = ["nusprendėme neskiepyti", "nusprendėm neskiepyti",
                          "nusprendem neskiepyti"]
CUES["refuse"] += ["atsisakau visų skiep*", "atsisakau skiep*", "skiepų nereikės"]
CUES["refuse_soft"] += ["natūral* gydym*", "apsieisim*"]

# Issue 13, after test split L: a parent's own job (a nurse, a doctor) is not a wish to talk.
REWRITES["ASIDE"] += ["esu slaugytoj*", "esu gydytoj*", "dirbu ligoninėje"]

# Issue 13, the retired test splits read again (H208): "call me about the time" is how to
# book; "can it be after 3?" is when; "we decided long ago not to" is a decision.
REWRITES["PREFERRED"] += ["paskambink* man dėl laiko", "paskambint* man dėl laiko",
                          "paskambint* susitart* dėl laiko"]
CUES["sched"] += ["ar galima po"]
CUES["refuse"] += ["nusprendėm nedaryti", "nusprendėme nedaryti", "nedarysim*"]
CUES["refuse_soft"] += [f"{n} ... seniai nusprend*" for n in ("ne", "no")]

# The "here" cue (the package docstring).
CUES["here"] = ["čia", "pas jus"]

# Issue 13, after test split M (H209): "vaccines are not our path", "no one will force my
# children", "the child will not be vaccinated", "let him get over it naturally" ("our answer
# does not change" left out: a near miss says it before a move); "call and we'll agree the time"
# is how to book.
CUES["refuse"] += ["skiepijamas nebus", "skiepijama nebus", "skiepytas nebus", "skiepyta nebus",
                   "nebus skiepijamas", "nebus skiepijama"]
CUES["refuse_soft"] += ["ne mūsų kelias", "ne musu kelias", "niekas neprivers",
                        "persirgs natūraliai", "persirgs naturaliai"]
REWRITES["PREFERRED"] += ["paskambinkit ir susiderinsim", "susiderinsim laiką",
                          "susiderinsim laika"]

# Issue 13, after test split O (H210): "nusprendėm neduoti jokių skiepų" (decided to give none),
# "ne bandomasis triušis" (not a guinea pig). Not "sprendimą priėmėm" (we decided: to vaccinate,
# too) nor "to nekartosiu" (won't repeat it: a jab already had, too): a second reader's near misses.
# (Only what is not given: not "neduoti jam vaistų" (fever medicine), not a chiropractor who
# says vaccines are safe: a reviewer's probes.)
CUES["refuse_soft"] += ["nusprendėm neduoti jokių", "nusprendėme neduoti jokių",
                        "nusprendėm neduoti skiep*", "nusprendėme neduoti skiep*",
                        "bandomasis triušis", "bandomuoju triušiu", "bandomieji triušiai"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked; a stranger's words that a carer may also say ("the child isn't mine") are the
# weaker "wrong_weak", which a yes outweighs (a second reader's near misses).
CUES["wrong_weak"] = ["kieno tas vaikas", "kieno šis vaikas", "vaikų neturiu"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["gydytoj*", "slaugytoj*"]
CUES["person"] = PERSON
# Beside a yes, the parent's own appointment or a relative's is another service.
CUES["elsewhere"] += ["pas gydytoją sau", "gydytoją sau", "savo vizitą", "man pačiai", "man pačiam"]


# "Without asking his doctor I don't want to give it": asking first, which softens the no
# (the kind of test split P's co-signed false refusal, in Bengali; found here by probing, H210).
CUES["talk"] += ["nepasitarus*", "nepasitarusi", "nepasitaręs", "nepasikonsultavus*",
                 "nepaklausus*", "prieš pasitardama", "prieš pasitardamas"]

# Test split P, measured and read (H210).
CUES["refuse_soft"] += ["vakciną praleisim", "skiepą praleisim", "skiepus praleisim"]

# "We both agree, my husband and I": a yes, no talk asked for (H210, test split P); "I'm not one
# of those who say ..." (a reviewer's probe).
REWRITES["POSOK"] += ["sutinkam abu su vyru", "sutinkame abu su vyru"]
REWRITES["PARTNERDOUBT"] += ["nesam iš tų, kurie sako", "nesu iš tų, kurie sako",
                             "nesam iš tų kurie sako", "nesu iš tų kurie sako"]

# Thanks that may follow a closing no (labels._closing_no).
THANKS = ["ačiū"]

# Issue 13, after test split AC (H213): "we decided to refuse all the remaining vaccines". Only
# the vaccines themselves next to the verb: not "decided to give up the private clinic, we'll
# vaccinate with you" nor "we want to cancel the slot for the vaccines" (a reviewer's probes).
CUES["refuse"] += [f"{d} atsisakyti {x}" for d in ("nusprendėme", "nusprendem", "nusprendėm",
                                                   "nusprendeme", "norime", "norim")
                   for x in ("skiepų", "visų skiepų", "visų likusių skiepų", "likusių skiepų",
                             "vakcinų", "visų vakcinų")]
# A mind changed, beside an earlier no: the "changed_mind" cue (labels_decide; H213).
CUES["changed_mind"] = ["persigalvojau", "persigalvojome", "persigalvojom",
                        "apsigalvojau", "apsigalvojome"]
