"""Romanian word lists for the reply labeller (see the package)."""

from __future__ import annotations

from assistant.scripts.lexicon.ro_rewrites import REWRITES as REWRITES  # read by the package

CUES: dict[str, list[str]] = {
    "yes": ["da", "desigur", "bine", "de acord", "cu plăcere", "sigur", "bineînțeles",
            "bine înțeles", "firește", "okei", "bn", "vrem", "dorim",
            "venim", "putem veni", "îl aducem", "o aducem", "îl aduc", "o aduc",
            "sunt de acord", "suntem de acord", "da da",
            "îl aduce", "o aduce", "îi aduce"],
    "book": ["programa*", "programare", "programați*", "programez", "când putem",
             "reprograma*", "faceți-ne", "fă-mi", "faceți-mi"],
    "already": ["deja", "a fost vaccinat*", "a primit vaccin*", "am făcut vaccin*",
                "l-am vaccinat", "am vaccinat-o", "am vaccinat-o deja", "l-a făcut",
                "l-am făcut", "a făcut-o", "am făcut-o", "i l-au făcut", "i le-au făcut",
                "le-a făcut", "le are pe toate", "are toate vaccinurile", "e la zi",
                "la zi cu", "a fost la vaccin", "am fost la vaccin", "l-a primit",
                "le-a primit", "am făcut la", "e trecut în fișă",
                "am adeverință", "am adeverința", "carnetul de vaccinări", "i-au făcut"],
    "moved": ["ne-am mutat", "mutat*", "nu mai locuim", "nu mai locuiește",
              "ne-am întors", "am plecat", "ne-am stabilit", "alt medic", "altă clinică",
              "mutare", "mutarea", "locuim în", "locuim acum", "acum locuim",
              "locuiește acum", "alt cabinet", "noul cabinet", "nu mai suntem în zon*",
              "nu mai suntem înscriși", "nu mai suntem la voi", "nu mai suntem înregistrați",
              "înregistrați la alt", "înscriși la alt", "am schimbat adresa",
              "schimbare de cabinet", "am schimbat cabinetul", "am schimbat medicul",
              "nu ne mai întoarcem", "avem doctor acolo", "avem medic acolo",
              "merge la doctor acolo", "stau la sora"],
    "wrong": ["număr greșit", "greșit", "nu am copii", "nu cunosc", "nu îl cunosc",
              "nu o cunosc", "nu-l cunosc", "n-am copii", "număr nou", "am numărul de",
              "nu e băiatul meu", "nu e fata mea", "nu e copilul meu", "nu este copilul meu",
              "nu sunt mama", "nu sunt tatăl", "nu sunt părintele", "nu sunt tutore*",
              "nu tutore", "nu e niciun copil", "nu este niciun copil", "nu știu nicio",
              "nu știu niciun", "nu cunosc nicio", "nu cunosc niciun", "v-ați încurcat",
              "e o eroare", "o eroare în sistem", "numărul de la", "e telefonul",
              "n-am băieți", "nu am băieți", "n-am încă bebe", "n-am încă copii",
              "nu am încă copii",
              "nu mai am legătura", "nu mai am legătură"],
    # A bare "nu vreau" also refuses the texts ("nu vreau mesaje"): only with the
    # vaccine, or said alone. Idioms for "never" decide even after a mock yes.
    "refuse": ["când o face plopul pere", "nici în visele voastre",
               "nu vrem", "nu dorim", "nu vreau vaccin*", "nu vreau să-l vaccin*",
               "nu vreau să o vaccin*", "nu vreau să fie vaccinat*", "nu vreau să-i fac*",
               "nu vreau .", "nu doresc vaccin*", "nu doresc să fie vaccinat*",
               "nu doresc să-l vaccin*", "nu doresc .", "refuz .", "refuz vaccin*",
               "refuz categoric", "refuzăm", "refuz să", "refuză vaccin*",
               "refuzăm vaccin*",
               "nu suntem de acord", "nu sunt de acord", "nu vom vaccina", "nu vaccinăm",
               "împotriva vaccin*", "nu-l vaccinăm", "nu o vaccinăm", "nu îl vaccinăm",
               "suntem împotrivă", "sunt împotrivă", "nu-l vaccinez", "nu o vaccinez",
               "nu îl vaccinez"],
    "stop": ["nu mai trimiteți", "nu mai scrieți", "nu mai sunați", "opriți mesajele",
             "nu mă mai contactați", "nu-mi mai trimiteți", "nu mai trimite", "nu mai scrie",
             "nu-mi mai scrieți", "nu mă mai sunați", "ștergeți-mi numărul",
             "ștergeți numărul", "să-mi ștergeți numărul", "scoateți-mă", "scoateți-mi",
             "dezabona*", "gata cu mesajele", "fără sms", "fără mesaje",
             "renunț la notificări*", "încetați", "nu doresc să fiu contactat*",
             "nu vreau remindere",
             "nu vreau mesaje", "nu vreau sms*", "nu doresc mesaje", "nu doresc sms*",
             "stop mesaje", "stop sms", "doar scrisori", "nu mai vreau mesaje"],
    "doubt": ["nu sunt sigur*", "nu știu", "mi-e frică", "mă tem", "îmi fac griji",
              "îngrijorat*", "reacții adverse", "efecte secundare", "adverse", "întrebar*",
              "să vorbesc cu", "vorbi cu", "mai târziu", "bolnav*",
              "nu acum", "febră", "alergi*", "este sigur", "e sigur", "periculos",
              "să discut", "discuta", "discutăm", "mă gândesc", "să ne gândim", "gândi*",
              "cu soțul", "cu soția", "nu știu dacă", "frică", "teamă", "nesigur*",
              "autism*", "vaccinul viu", "vaccin viu", "însărcinată", "mercur", "aluminiu",
              "gelatină", "porc", "separat", "mă îngrijorează", "griji", "informații",
              "poate la", "poate după", "poate mai", "poate luna", "poate anul",
              "poate peste", "poate alt*", "poate nu", "poate că", "poate .", "poate ,",
              "poate data", "poate săptămâna", "poate în", "poate când"],
    # Asking to talk, to think it over or for time: softens a no (rule 4), doubts a yes.
    "talk": ["să vorbesc cu", "să vorbim cu", "vorbi cu", "să discut", "să discutăm",
             "să mă gândesc", "să ne gândim", "mă mai gândesc", "ne mai gândim",
             "mai mult timp", "timp de gândire", "cu soțul", "cu soția", "să mă sunați",
             "sunați-mă", "să mă interesez", "să mă informez", "mai multe informații",
             "să citesc", "cu doctorul", "cu medicul", "cu asistenta", "vă anunț",
             "revin eu", "revin cu"],
    "condition": ["acum", "mai târziu", "deocamdată", "încă", "bolnav*", "momentan",
                  "când se face bine", "după ce se face bine", "săptămâna viitoare"],
    "negative": ["nu"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["nu va primi", "nu vor primi", "nu se vaccineaz*", "nu-l vaccinez",
                    "nu o vaccinez", "n-o sa fac", "nu facem vaccin*", "antivaccinist*",
                    "retrag consimțământul", "îmi retrag", "nici vorba", "nici în visele",
                    "naturopat*", "homeopat*", "nu mai fac nimic", "nu-i fac nimic",
                    "nu s-a vaccinat nimeni", "nu vaccinez", "nici gând", "în niciun caz",
                    "sub nicio formă", "nu-i facem", "nu îi facem",
                    "nu facem niciun", "niciun vaccin", "fără vaccinuri", "fără vaccin",
                    "nu vom face", "nu se pune problema", "decizia noastră", "am decis să nu",
                    "am hotărât să nu", "decizia este definitivă", "decizie definitivă",
                    "nu ne vaccinăm", "nu ne vaccinăm copiii", "nu ne vaccinam copiii",
                    "decizia familiei", "nu vom schimba", "nu ne vom răzgândi",
                    "nu ne permite vaccin*", "nu ne permite să vaccin*", "faceți cobai",
                    "să-l faceți cobai", "să o faceți cobai", "cobai"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["niciodată", "așa rămâne", "nici acum"],
    "identity": ["cine sunteți", "cine e", "cine este", "ce este asta", "ce e asta",
                 "înșelătorie", "țeapă", "despre ce e vorba", "cine îmi scrie", "robot"],
    "sched": ["când", "ora", "ore", "zi", "dimineața", "după-amiaza", "săptămân*", "luni",
              "marți", "miercuri", "joi", "vineri", "sâmbătă", "seara", "după școală",
              "după ora"],
    "sarcasm": ["cum nu", "abia aștept să", "bill gates", "cip*"],
}

# Issue 13, general vocabulary: the verbs of wanting, agreeing, allowing and vaccinating
# in every person and tense (accents are folded, so "nu vrem sa" is "nu vrem să"; the
# hyphen of "nu-l" is a space) and texting spellings.
CUES["yes"] += ["daa", "dap", "sigur că da", "cu siguranță", "evident", "normal că da",
                "vreau să-l vaccin*", "vreau să o vaccin*", "vrem să-l vaccin*",
                "vrem să o vaccin*", "vrem să fie vaccinat*", "vreau să fie vaccinat*",
                "vreau să le facă", "vreau să le faceți", "vrem să le faceți", "dorim vaccin*",
                "accept", "acceptăm", "îmi dau acordul", "ne dăm acordul", "am acordul",
                "aprob", "ok mersi", "venim cu el",
                "venim cu ea", "vine cu", "îl aducem", "îi aducem", "o aducem",
                "mulțumim pentru mesaj"]
CUES["book"] += ["programaţi*", "programează-ne", "faceți-i programare", "o programare",
                 "rezerv*", "trece-ne", "treceți-ne", "ne puteți programa", "când venim",
                 "sunați-mă să stabilim", "să stabilim"]
CUES["refuse"] += ["nu vrem să-l vaccin*", "nu vrem să o vaccin*", "nu vrem vaccin*",
                   "nu vrem să fie vaccinat*", "nu dorim vaccin*", "nu dorim să fie vaccinat*",
                   "nu vreu", "nu vrm", "nu acceptăm", "nu accept vaccin*", "nu accept .",
                   "nu permit", "nu permitem", "nu-i dau voie", "nu îi dau voie",
                   "nu-i dăm voie", "nu îi dăm voie", "nu dau acordul", "nu dăm acordul",
                   "nu-mi dau acordul", "nu îmi dau acordul", "nu ne dăm acordul",
                   "nu îmi dau consimțământul", "nu ne dăm consimțământul",
                   "nu o să-l vaccin*", "n-o să-l vaccin*", "nu o să o vaccin*",
                   "n-o să o vaccin*", "nu va fi vaccinat*", "nu vor fi vaccinat*",
                   "nu vaccinez", "nu vaccinăm", "nu-mi vaccinez", "nu îmi vaccinez",
                   "nu ne vaccinăm", "refuz toate", "refuzăm toate", "refuz orice"]
CUES["refuse_soft"] += ["retrag* acordul", "retrag* consimțământul", "ne retragem",
                        "anulez acordul", "anulăm acordul", "nu credem în vaccin*",
                        "nu cred în vaccin*", "anti vaccin*", "antivaccin*",
                        "din principiu", "de principiu", "nu suntem vaccinați",
                        "nu e vaccinat nimeni", "n-am vaccinat niciodată",
                        "nu am vaccinat niciodată", "nu vaccinăm de ani", "de ani de zile nu",
                        "nu și gata", "nu și punct", "am decis ... să nu", "am hotărât ... să nu",
                        "am luat decizia ... să nu", "ne-am hotărât ... să nu",
                        "am decis ... nu", "am hotărât ... nu", "ne-am decis ... nu",
                        "nu ne interesează vaccin*", "vaccinurile nu sunt pentru noi"]
# A no that waits on something ("until I speak to the nurse") is not a decision (rule 4).
CUES["condition"] += ["până", "pana", "înainte să", "înainte de", "mai întâi", "întâi",
                      "separat", "pe rând", "toate odată", "deodată", "odată", "anul ăsta",
                      "luna asta", "în perioada asta"]
CUES["doubt"] += ["ezit", "ezităm", "nu sunt convins*", "nu suntem convinși", "e necesar",
                  "este necesar", "trebuie neapărat", "chiar trebuie", "de ce", "cât de sigur"]
CUES["talk"] += ["să vorbesc", "să vorbim", "vorbesc cu", "vorbim cu", "întreb", "întrebăm",
                 "să întreb*", "o întreb",
                 "îl întreb", "întreba", "întrebare*", "întrebări*", "mă consult",
                 "ne consultăm", "să mă consult", "sunați-mă"]
# Logistics asked with a yes (labels.md rule 2): where, who brings the child, an interpreter.
CUES["sched"] += ["adres*", "unde", "care cabinet", "ce cabinet", "cabinet*", "clinic*",
                  "surgery", "strad*", "interpret*", "traducător", "translator", "în română",
                  "româna", "bunica", "bunicul", "soțul meu", "soția mea", "tatăl lui",
                  "tatăl ei", "mama lui", "mama ei", "poate veni", "îl poate aduce",
                  "o poate aduce", "îi poate aduce", "parcare", "cât durează", "la ce oră",
                  "ce oră", "se poate", "amândoi", "amândouă", "ambii", "ambele",
                  "aceeași zi", "în aceeași zi", "o singură zi", "împreună", "duminic*",
                  "e în regulă dacă", "e ok dacă", "PREFERRED"]

# Second pass (issue 13): a no said with a decision the lists did not know as one ("it's
# final", "we decided", "not for my children", "not interested", "stop asking"). The decision
# words need the no beside them (" ... "): "am decis" alone also opens a yes.
_NO = ["nu", "nu nu", "nu și nu"]
CUES["refuse_soft"] += (
    [f"{no} ... {w}" for no in _NO for w in (
        "am decis", "am hotărât", "ne-am hotărât", "ne-am decis", "am luat decizia",
        "e final", "este final", "final .", "definitiv", "e definitiv", "decizia e luată",
        "decizia este luată", "și gata", "și punct", "punct .", "gata .", "nu mai întrebați",
        "nu mă mai întrebați", "nu ne mai întrebați", "nu mai insistați", "încetați să întreb*",
        "de câte ori să", "de cate ori sa")]
    + ["am zis nu", "am spus nu", "v-am zis nu", "v-am spus nu", "am zis că nu", "am spus că nu",
       "răspunsul e nu", "răspunsul este nu", "decizia e luată", "decizia este luată",
       "nu pentru copiii mei", "nu pentru copilul meu", "nu pentru copiii noștri",
       "nu pentru fiul meu", "nu pentru fiica mea", "nu pentru noi", "nu sunt interesat*",
       "nu suntem interesați", "nu ne interesează", "nu mă interesează", "neinteresat*",
       "nu facem mmr", "nu facem rapel*", "nu facem booster*", "nu facem niciun",
       "nu-i mai facem", "nu îi mai facem", "nu mai facem vaccin*", "nu mai vrem vaccin*",
       "niciodată nu l-am vaccinat", "și nici nu vom",
       "nici nu o să", "nici n-o să"])
# Waiting is a condition ("we decided to wait until spring"), never a decision against.
CUES["condition"] += ["așteptăm", "aștept", "amânăm", "amân*", "primăvar*", "toamn*", "la vară",
                      "la iarnă", "altă dată", "mai încolo", "mai târziu", "data viitoare"]
# An English "no booster" inside Romanian ("no booster pentru ea"), and what to bring asked
# with a yes ("trebuie să aduc carnetul?"), which is logistics (rule 2).
CUES["refuse_soft"] += ["no booster*", "no vaccin*", "niciun booster", "niciun rapel",
                        "fără booster", "fără rapel"]
CUES["sched"] += ["să aduc", "sa aduc", "ce aduc", "ce să aduc", "carnet*", "actele",
                  "documente*"]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["se poate", "se poate așa", "e ok", "e ok așa", "este ok", "ok", "e bine",
                 "e bine așa", "este bine", "bine așa", "e în regulă", "este în regulă",
                 "în regulă", "merge", "merge așa", "vă convine", "vă e bine", "e posibil",
                 "este posibil", "putem așa", "e vreo problemă", "este vreo problemă",
                 "e problemă", "vă deranjează"]

# December (tune gaps): consent withdrawn in the past tense ("mi-am retras acordul"), a
# change of mind ("nu mai vreau să fie vaccinată"), a rule of the house ("familia nu acceptă
# vaccinuri", "nu intră în casa noastră"), vaccines given up ("am renunțat la vaccinuri"),
# and a final decision.
CUES["refuse"] += ["nu mai vrem vaccin*", "nu mai vreau vaccin*", "nu mai vreau să fie vaccinat*",
                   "nu mai vrem să fie vaccinat*", "nu mai vreau să-l vaccin*",
                   "nu mai vreau să o vaccin*", "nu mai vrem să-l vaccin*",
                   "nu mai vrem să o vaccin*", "n-o mai vaccinăm", "nu o mai vaccinăm",
                   "nu-l mai vaccinăm", "nu îl mai vaccinăm", "n-o mai vaccinez",
                   "nu o mai vaccinez", "nu-l mai vaccinez", "nu îl mai vaccinez",
                   "nu acceptă vaccin*", "nu acceptăm vaccin*", "nu accept vaccin*",
                   "retras* acordul", "retras* consimțământul", "am retras acordul",
                   "ne-am retras acordul", "mi-am retras acordul",
                   "mi-am retras consimțământul", "ne-am retras consimțământul"]
CUES["refuse_soft"] += ["am renunțat la vaccin*", "renunțăm la vaccin*", "renunț la vaccin*",
                        "nu avem încredere în vaccin*", "nu am încredere în vaccin*",
                        "n-avem încredere în vaccin*", "nu o să le facem", "n-o să le facem",
                        "nu o să-i facem", "n-o să-i facem", "nu intră în casa noastră",
                        "nu intră la noi în casă", "vaccinați și nu vor fi",
                        "vaccinat* și nu va fi", "vaccinat* și nici nu vor fi",
                        "rămână nevaccinat*", "decizia mea e finală", "decizia mea este finală",
                        "decizia noastră e finală", "decizia noastră este finală",
                        "decizia e finală", "decizia este finală"]
CUES["yes"] += ["facem vaccinul", "facem vaccinurile", "îi facem vaccinul"]
CUES["book"] += ["spuneți-mi când", "spuneți-ne când", "spuneți-mi doar când",
                 "dați-mi ... o oră", "dați-ne ... o oră", "dați-mi ... o programare",
                 "dați-ne ... o programare"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["a cata oara", "a câta oară", "de cate ori", "de câte ori",
                       "din nou"]

# Issue 13, rules pass: "can I bring him / them?" books.
CUES["book"] += ["pot sa-i aduc", "pot să-i aduc", "pot sa il aduc", "pot să îl aduc"]

# Issue 13, rules pass: "it's not for us", "the answer is still no", "we don't do them": a
# decision (rule 1).
CUES["refuse_soft"] += ["nu e pentru noi", "nu este pentru noi", "nu-i pentru noi",
                        "raspunsul e tot nu", "răspunsul e tot nu", "raspunsul este tot nu",
                        "răspunsul este tot nu", "raspunsul ramane nu", "răspunsul rămâne nu",
                        "nu le facem", "nu i le facem", "nu i le mai facem", "nu le mai facem",
                        "fara ror", "fără ror", "fara vaccinuri", "fără vaccinuri"]

# "Agree" said of the family ("we agree: no vaccines") and the words that join it to what was
# agreed: an agreement on a no is no yes (labels_matches.agreement_on_a_no_dropped).
AGREEMENT = ["de acord"]
AGREED_JOINERS = ["ca"]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "dentist*", "stomatolog*", "papanicolau", "babes", "oftalmolog*", "optician*", "analize*",
    "analiza de sange", "rețet*", "reteta", "concediu medical", "programare pentru mine",
    "programar* ... mamei", "programar* ... mama mea", "programar* ... soțului",
    "programar* ... sotului", "programar* ... soției", "programar* ... sotiei", "e doctorul",
    "este doctorul", "e doamna doctor", "este doamna doctor", "e domnul doctor",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "coafor*", "frizer*", "unghii", "manichiur*", "tunsoare", "sprâncene", "gene", "masă pentru",
    "e dr", "este dr", "ecografi*", "kinetoterap*", "rezultatele mele", "instalator*",
    # A yes said to a partner or a parent: a text meant for the family, not the surgery.
    "da iubire", "da iubitule", "da mama", "da tata", "da dragule",
]
CUES["child_vax"] = ["vaccin*", "imuniz*", "injecți*", "injectii"]

# Issue 13, after test split K: "we manage without".
CUES["refuse_soft"] += ["ne descurcăm și fără", "ne descurcam si fara", "ne descurcăm fără"]

# Issue 13, after test split L: "we won't do anything more", "without your jabs".
CUES["refuse_soft"] += ["nu mai facem nimic", "nu mai facem vaccin*", "nu mai facem niciun*",
                        "fără înțepăturile voastre",
                        "fara intepaturile voastre"]

# Issue 13, the retired test splits read again (H208): "which days do you have free?" is
# when.
CUES["sched"] += ["ce zile aveți libere", "ce zile aveti", "zile libere"]

# The "here" cue (the package docstring).
CUES["here"] = ["aici", "la voi"]

# Issue 13, after test split M (H209): "we refuse the vaccines".
CUES["refuse"] += ["refuzăm vaccin*", "refuzam vaccin*", "refuz vaccin*"]

# Issue 13, after test split O (H210): "copiii mei nu fac vaccinuri", "îl lăsăm să-și facă
# singur imunitatea", "am semnat refuzul de vaccinare".
# (The children's "nu fac vaccinuri", not a pharmacy's; not "rămânem la aceeași decizie", which
# may be about where: a second reader's near misses.)
CUES["refuse_soft"] += ["copiii nu fac vaccinuri", "copiii mei nu fac vaccinuri",
                        "copilul nu face vaccinuri", "nu facem vaccinuri",
                        "familie care nu face vaccinuri", "singur imunitatea",
                        "singură imunitatea", "imunitatea singur", "refuzul de vaccinare"]
# "In our family vaccines aren't done" (H211, test split Q); not a pharmacy's "nu se fac".
CUES["refuse_soft"] += ["familia noastră nu se fac vaccin*", "familie nu se fac vaccinuri"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked; a stranger's words that a carer may also say ("the child isn't mine") are the
# weaker "wrong_weak", which a yes outweighs (a second reader's near misses).
CUES["stop"] += ["scoateți numărul", "scoateți-ne numărul"]
CUES["wrong_weak"] = ["niciunul nu are copii", "nu are copii aici"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["asistent*"]
CUES["person"] = PERSON

# The retired splits' refusals the model was sure of, read out-of-fold after O (H210).
# (Not "tratamente naturiste" nor "nu intră vaccinuri": "nu e vorba de ..." denies them: a
# second reader's near misses.)
CUES["refuse_soft"] += ["n-o să băgăm", "nu o să băgăm"]

# Issue 13, after test split T (H212): "nu mai vreau să primesc mesaje" (no more messages).
# "Am hotărât să nu le facem azi, e răcit": today is a day put off, as "acum" (now).
CUES["condition"] += ["azi", "astăzi", "astazi"]
CUES["stop"] += ["nu mai vreau ... mesaje", "nu mai vreau ... sms*", "nu mai vrem ... mesaje",
                 "nu mai vrem ... sms*"]

# Thanks that may follow a closing no (labels._closing_no).
THANKS = ["mulțumesc", "mulțumim"]

# The flu or covid jab named: the "seasonal" cue (labels_decide; H213).
CUES["seasonal"] = ["grip*", "covid*", "coronavirus"]
# A mind changed, beside an earlier no: the "changed_mind" cue (labels_decide; H213).
CUES["changed_mind"] = ["m-am răzgândit", "ne-am răzgândit",
                        "am schimbat părerea", "ne-am schimbat părerea"]
