"""Polish marker rewrites for the reply labeller (``pl``): phrases replaced by the English rules'
markers before any cue is looked for, so that a no inside them is not read as a no."""

from __future__ import annotations

from collections import defaultdict

# Issue 13, general vocabulary: the days and times of day (a no beside one is ``PREFERRED``),
# then the phrases rewritten to the English markers.
_DAYS = ["poniedział*", "wtor*", "środ*", "czwart*", "piąt*", "sobot*", "niedziel*",
         "weekend*", "rano", "ranem", "rankiem", "popołudni*", "po południu", "wieczor*",
         "wieczór", "w tygodniu"]

# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # "Not now, not ever": a lasting no (the English rules' EVERNO), not a "not now".
    "EVERNO": ["ani teraz ani nigdy", "ani teraz ani później", "ani teraz ani potem",
               "ani teraz, ani nigdy", "nie teraz i nie później", "nie teraz i nigdy"],
    "REASSURED": ["nie ma ... alergi*", "nie ma ... uczule*", "nie jest uczulon*",
                  "brak alergi*", "bez alergi*", "żadnych alergii", "nie ma żadnych alergii",
                  "nigdy nie ... problem*", "nigdy nie ... reakcj*", "nigdy nie ... odczyn*",
                  "nie było ... problem*", "nie było ... reakcj*", "nie miał* ... problem*",
                  "nie miał* ... reakcj*", "nic mu nie było", "nic jej nie było",
                  "gorączk* ... ale już", "chor* ... ale już", "już zdrow*", "już wyzdrowiał*",
                  "już przeszło", "już mu przeszło", "już jej przeszło", "zawsze na czas",
                  "zawsze w terminie", "zawsze ... na czas", "wszystkie ... na czas",
                  "to nie przeszkadza", "nie przeszkadza to", "nie ma przeciwwskazań",
                  "żadnych przeciwwskazań"],
    "PREFERRED": [f"{neg} {d}" for neg in ("nie w", "nie we", "nie", "byle nie", "tylko nie w",
                                            "ale nie w", "nie mogę w", "nie możemy w")
                  for d in _DAYS]
                 + ["nie w ... przychodni*", "nie w ... ośrod*", "nie w ... gabinec*",
                    "nie w ... surgery", "nie do ... przychodni*", "nie tej ... przychodni*",
                    "nie przed ... godzin*", "nie po ... godzin*", "nie przed szkoł*",
                    "nie w godzinach pracy", "nie w czasie lekcji"],
    "POSOK": ["nie ma problemu", "nie ma sprawy", "żaden problem", "nie mam nic przeciwko",
              "nie mamy nic przeciwko", "nie przeszkadza mi", "nie przeszkadza nam",
              "nie jestem przeciw", "nie jesteśmy przeciw",
              "nie jesteśmy przeciwni", "nie jestem przeciwna", "nie jestem przeciwny",
              "czemu nie", "dlaczego nie",
              "no pewnie", "no jasne", "no tak", "no ok", "no okej", "no dobrze", "no dobra",
              "no spoko", "no to ok"],
    "NOTSURE": ["nie jestem pewn*", "nie jesteśmy pewn*", "nie wiem jeszcze",
                "jeszcze nie wiem", "jeszcze nie wiemy", "nie wiemy jeszcze", "nie wiem czy",
                "nie wiemy czy", "nie zdecydowal*", "jeszcze nie zdecydowal*",
                "nie mam pewności", "nie jestem przekonan*"],
})

# December (tune gaps): no fever any more, a call promised only to book ("I'll ring tomorrow to
# book"), which is booking, and a dismissal ("leave us alone").
REWRITES["REASSURED"] += ["nie ma już gorączk*", "już nie ma gorączk*", "nie ma już kataru",
                          "już nie ma kataru", "nie gorączkuje", "wszystko dobrze więc"]
REWRITES["PREFERRED"] += ["zadzwonię ... żeby", "zadzwonię ... aby", "zadzwonimy ... żeby",
                          "zadzwonimy ... aby"]
REWRITES["GETLOST"] = ["dajcie nam spokój", "dajcie mi spokój", "dajcie spokój",
                       "zostawcie nas w spokoju", "zostawcie mnie w spokoju"]
# Not speaking English is why an interpreter or someone else comes: logistics (rule 2).
REWRITES["PREFERRED"] += ["nie mówi* ... po angielsku dobrze", "nie mówi* ... po angielsku",
                          "nie znam* ... angielskiego",
                          "nie zna* ... angielskiego"]

# Issue 13, rules pass: both children at once or the same day, "so as not to come twice":
# logistics, not the worry of many jabs at once ("czy mogę przyjść z dwójką naraz?").
# Children named ("z dwójką", "oboje dzieci"): "obie naraz" alone may be two vaccines.
_BOTH = ["z dwójk*", "z dwojk*", "z obojgiem", "z oboma", "oboje dzieci", "dwoje dzieci",
         "rodzeństw*", "z dziećmi", "z dziecmi"]
REWRITES["PREFERRED"] += [f"{b} ... {t}" for b in _BOTH
                          for t in ("naraz", "razem", "jednocześnie", "w jeden dzień",
                                    "tego samego dnia", "na raz")]
REWRITES["PREFERRED"] += ["żeby dwa razy nie jeździć", "żeby nie jeździć dwa razy",
                          "żeby dwa razy nie przyjeżdżać", "żeby nie przyjeżdżać dwa razy"]

# Issue 13, rules pass: "we are not refusing (just afraid)": lukewarm, never a refusal.
REWRITES["NOTAGAINST"] = ["nie odmawia*", "nie odmówi*", "nie odmowi*", "nie jesteśmy przeciw*",
                          "nie jestem przeciw*", "nie mówimy nie", "nie mowimy nie"]

# "The message is not for us" is a wrong number, not "it's not for us" (NOTFORUS: no cue).
REWRITES["NOTFORUS"] = [f"{m} ... {n}" for m in ("wiadomość", "wiadomosc", "sms", "smsa", "esemes")
                        for n in ("nie jest dla nas", "nie dla nas", "nie do nas")]

# Issue 13, after test split J: a standing no said as a way kept ("that's how we do it and
# that's how it stays"). "Tak" there is "so", not "yes".
REWRITES["KEEPCHOICE"] = ["tak robimy i tak zostanie", "i tak zostanie", "i tak zostaje",
                          "przy tym zostajemy", "przy tym zostaniemy"]

# Issue 13, after test split L: "I can't manage weekdays" is when, not a no; a parent's own job
# (a nurse) is not a wish to talk to a nurse.
REWRITES["PREFERRED"] += [f"{w} nie dam rady" for w in ("w tygodniu", "rano", "po południu",
                                                         "w weekend", "w poniedziałki")]
REWRITES["ASIDE"] += ["jestem pielęgniark*", "jestem lekarz*", "jestem farmaceut*",
                      "pracuję w szpitalu", "pracuje w szpitalu"]

# Issue 13, the retired test splits read again (H208): "call me and we'll fix a date" is how
# to book; "I can't get to the other one" is where; "both at once" said of the children.
REWRITES["PREFERRED"] += ["zadzwońcie ... umówimy", "zadzwoncie ... umowimy",
                          "proszę o telefon ... umówimy", "prosze o telefon ... umowimy",
                          "zadzwoń* ... umówi*", "nie dojadę", "nie dojade"]
REWRITES["BOOKWITH"] += ["oboje naraz", "obydwoje naraz"]

# Issue 13, after test split M (H209): "we didn't vaccinate (anyway)" is no "already had it";
# "I won't get time off" is who comes.
REWRITES["ASIDE"] += ["nie zaszczepiliśmy", "nie zaszczepilismy"]
REWRITES["PREFERRED"] += ["nie dostanę wolnego", "nie dostane wolnego"]

# "Don't worry, we'll come this time": a reassurance to the surgery, not a worry (H209).
REWRITES["REASSURED"] += ["nie martwcie się", "nie martwcie sie", "nie martw się", "nie martw sie"]


# "We are not a family that doesn't vaccinate": no no at all (H210, a second reader's near
# misses).
REWRITES["ASIDE"] += ["nie jesteśmy rodziną, która nie szczepi",
                      "nie jesteśmy rodziną która nie szczepi",
                      "jaka tam rodzina, która nie szczepi"]

# Test split P, measured and read (H210).
REWRITES["PASTEVENT"] += ["jeszcze przed porodem", "jeszcze przed urodzeniem"]
REWRITES["ASIDE"] += ["nie ma kto zawieźć", "nie ma kto nas zawieźć", "nie ma z kim zostać",
                      "nie jeżdżę w trasę"]
REWRITES["PREFERRED"] += ["byle nie przed", "tylko nie przed"]

# "When pigs start flying": a mock yes (an out-of-fold false agree after P, H210).
REWRITES["SARCASM"] += ["jak tylko świnie zaczną latać", "jak świnie zaczną latać",
                        "świnie zaczną latać", "jak świnie będą latać"]

# A relative's no reported, and "I'm not one of those who say ..." (a reviewer's probes, H210).
REWRITES["PARTNERDOUBT"] += ["moja mama mówi", "mój mąż mówi", "teściowa mówi"]
REWRITES["PARTNERDOUBT"] += ["nie jestem z tych, co mówią", "nie jesteśmy z tych, co mówią",
                             "nie jestem z tych co mówią"]

# Against the covid or flu jab, not the routine ones ("jesteśmy przeciwni szczepieniom na covida,
# ale MMR oczywiście tak": the English rules' NO_TO_A_SEASONAL_VACCINE; H211, a reviewer's probe).
REWRITES["ASIDE"] += [f"{a} {n} na {v}" for a in ("przeciwni", "przeciwna", "przeciwny",
                                                  "przeciw", "przeciwko")
                      for n in ("szczepieniom", "szczepionkom", "szczepieniu", "szczepionce")
                      for v in ("covid*", "kowid*", "grypę", "grype")]
# Issue 13, after test split T (H212): a grandparent's "he lives with me for good" says who
# cares for the child, not that the family moved ("na stałe").
REWRITES["ASIDE"] += [f"{v} {w} na stałe" for v in ("mieszka", "mieszkają")
                      for w in ("u mnie", "u nas", "ze mną", "z nami")]
# "Tak, tylko nie w środy bo mam rehabilitację": the carer's own appointment is why a day does
# not suit, not a question about another service (H212).
REWRITES["PREFERRED"] += [f"bo mam {x}" for x in ("rehabilitacj*", "wizyt*", "fizjoterapi*",
                                                  "dializ*", "lekarza", "zajęcia", "pracę",
                                                  "prace", "zmian*")]
# After test split V: "piszę w imieniu córki, bo ... nie ma kiedy odpisać" (she has no time to
# reply): why a grandparent writes, not a no.
REWRITES["ASIDE"] += ["nie ma kiedy odpisać", "nie ma kiedy odpisac", "nie ma czasu odpisać",
                      "nie ma czasu odpisac", "nie może odpisać", "nie moze odpisac"]
# After test split W: "opiekuję się nim na stałe" (I look after him for good) is who cares.
REWRITES["ASIDE"] += [f"{v} {w} na stałe" for v in ("opiekuję się", "opiekujemy się")
                      for w in ("nim", "nią", "nimi")]
# After test split X (H212): "tak jak mówiłam pani przez telefon" is "just as I told you", no yes.
REWRITES["ASIDE"] += [f"tak jak {v}" for v in ("mówił*", "pisał*", "wspominał*", "wspomniał*",
                                               "już mówił*", "już pisał*")]
# After test split Y: "tak samo" (the same) is no "tak".
REWRITES["ASIDE"] += ["tak samo", "tak zostanie", "tak ôstanie", "tak już zostanie", "i tak"]
# After test split AB (H213), now that an "odmawiam" written without its accents is read as
# Polish: refusing to go to a dinner or a party, and a mother-in-law's word quoted, are no
# refusal (but "odmawiam udziału w programie szczepień" is one: a reviewer's probe).
REWRITES["ASIDE"] += [f"odmawiam udziału ... {w}" for w in ("kolacj*", "imprez*", "spotkani*",
                                                           "wyjeździe", "wycieczce", "zebraniu",
                                                           "weselu", "urodzinach")]
REWRITES["PARTNERDOUBT"] += [f"{p} by powiedział*" for p in ("teściowa", "tesciowa", "teść",
                                                              "tesc", "mama", "babcia", "mąż",
                                                              "maz", "żona", "zona")]
