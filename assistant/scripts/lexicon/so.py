"""Somali word lists for the reply labeller (see the package)."""

from __future__ import annotations

from collections import defaultdict

CUES: dict[str, list[str]] = {
    "yes": ["haa", "haye", "waa hagaag", "hagaag", "waayahay", "waan rabaa", "waan ogolahay",
            "ogolahay", "ogolnahay", "haah", "haa walaal", "haa fadlan", "haa waan", "waa yahay",
            "waa ok",
            "ok walaal", "waa fiican", "aad u fiican", "waan rabnaa", "waan diyaar nahay",
            "diyaar*", "insha allah", "inshaallah", "inshallah", "waan keenayaa", "waan keeni",
            "keeni doonaa", "keeni doonnaa", "waan imaan", "waan iman"],
    "book": ["ballan*", "qabso", "iman karnaa", "imaan karnaa", "u qabo", "ii qabo", "noo qabo",
             "ii qabta", "noo qabta", "ii soo wac", "noo soo wac", "booking*", "book garee",
             "goorma", "waqti"],
    "already": ["horey ayaa", "horey ayuu", "horey ayay", "hore ayaa", "hore ayuu", "hore ayay",
                "qaatay", "tallaalay", "la tallaalay", "la siiyay", "la siiyey", "siinay",
                "waa la siiyay", "qaateen", "la duray", "wuu qaatay", "way qaadatay",
                "horay ayuu", "horay ayay", "horay ayaa", "dhammaystiray", "dhamaystiray"],
    "moved": ["guurnay", "u guurnay", "guuray", "degannahay", "ka tagnay", "dal kale",
              "magaalo kale", "haajir*", "u haajirnay", "ka baxnay", "dalka ka baxnay",
              "kuma noolin", "kuma nooli", "kuma noolnahay", "kuma noolin hadda", "kuma sugnin",
              "ma degganin", "ku noolnahay hadda", "gp cusub", "dhakhtar cusub", "rug kale",
              "surgery kale", "magaalo kale ayaan"],
    "wrong": ["lambar khaldan", "nambar khaldan", "khaldan", "ma lihi caruur",
              "ma lihi carruur", "ma aqaan", "carruur ma lihi", "caruur ma lihi",
              "ilmo ma lihi", "wiil ma lihi", "gabar ma lihi", "ma garanayo cidda",
              "halkan ma joogto", "halkan ma jooga", "xiriir lama lihi", "lama lihi",
              "ma khuseyso", "ma ihi hooyadiis", "ma ihi hooyadeed", "ma ihi aabihiis",
              "ma ihi aabaheed", "qof khaldan", "cid khaldan"],
    "refuse": ["tallaal aan siinayno", "ma siinayno", "ma siin doono",
               "ma rabno tallaal*", "tallaal ma rabno", "tallaalka ma rabno",
               "tallaalkan ma rabno", "tallaalada ma rabno", "tallaaladaas ma rabno",
               "ma rabo tallaal*", "tallaal ma rabo", "tallaalka ma rabo", "tallaalkan ma rabo",
               "tallaalada ma rabo", "tallaaladaas ma rabo", "ma rabno in la tallaalo",
               "ma rabo in la tallaalo", "ma rabno irbad*", "irbad ma rabno",
               "irbadda ma rabno", "irbadaha ma rabno", "ma rabo irbad*", "irbad ma rabo",
               "irbadda ma rabo", "irbadaha ma rabo", "ma doonayno", "ma doonayo", "diiday",
               "diidnay", "diidanahay", "waan diidnay", "waan diiday", "waan diidayaa",
               "diidaynaa",
               "ma tallaalno", "ma tallaalno carruurta", "tallaal maya", "tallaalka maya",
               "tallaalada maya"],
    "stop": ["jooji*", "ha soo dirin*", "fariin ha", "ha ii soo dirin*", "ha i soo wac*",
             "fariin dambe", "fariimo dambe", "fariin kale ha", "midna ha", "block*",
             "ha soo wac*", "iga daa*", "naga daa*", "ha i dhib*", "qoraal*", "fariimah*",
             "fariimo", "lambarkayga ka saar*", "liiska iga saar*", "ha la soo xiriirin",
             "ha ila soo xiriirin"],
    "doubt": ["ma hubo", "ma hubaa", "cabsi*", "walwal*", "ammaan", "su'aal*",
              "waxyeel*", "xanuun*", "qandho", "mar dambe", "laga yaabee",
              "jiran*", "waan ka baqaa", "baqa*", "ka cabsan*", "welwel*", "ka fikir*",
              "ka fekar*", "fikir*", "la tashan*", "la hadl*", "aabaha",
              "xaaskayga", "macluumaad*", "sharax*", "doofaar*", "gelatin*", "xalaal",
              "xaaraan", "autism*", "otisam", "ma ammaan", "ammaan ma", "khatar*", "dhibaato",
              "saddex irbadood", "kala qayb*", "waqti siiya", "weli yar", "aad u yar",
              "xasaasiyad*", "qufac*", "hargab*"],
    "condition": ["hadda", "mar dambe", "jiran*", "weli", "wali", "kadib", "ka dib", "marka uu",
                  "marka ay", "xanuun*", "hargab*", "qandho", "safar*", "cabsi*", "baqa*",
                  "ka cabsan*", "walwal*", "welwel*", "hal mar", "ma hubo",
                  "ka fikir*", "ka fekar*", "la tashan*"],
    "negative": ["maya", "ma rabo", "ma rabno", "mayo"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["ma tallaali doono", "ma tallaalin", "ma tallaalayo", "tallaal ma qaadanno",
                    "ma qaadanayo", "go'aansannay", "go'aansaday", "waa maya",
                    "xiiso uma qabno", "ma siinayo", "laguma durayo", "aan la tallaalin",
                    "ma siinayno", "ma tallaalayno", "ma tallaali doonno",
                    "lama tallaali doono", "lama tallaalayo", "tallaal la'aan", "kuma kalsooni",
                    "kuma kalsoonin", "ogolaanshaha ka noqo*", "ogolaanshahayga ka noqo*",
                    "ogolaansho ka noqo*", "ha igu celcelin", "ha nagu celcelin",
                    "go'aankeen*", "go'aankayagu", "kama dambays", "tallaal ma qaadan*",
                    "mana qaadan doono", "ma qaadan doono"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["weligay", "weligeed*", "weligiis",
                "weligeen", "weligeenna", "weligood"],
    "identity": ["yaa", "ayaad tahay"],
    "sched": ["goorma", "saacad*", "maalin*", "subax*", "galab*", "toddobaad*"],
    "talk": ["la hadl*", "la tashan*", "ka fikir*", "ka fekar*", "macluumaad*", "sharax*",
             "waqti i sii", "waqti na sii", "waqti siiya"],
}

# Issue 13: the vocabulary as a speaker would list it, not the tuning replies' phrases.
# A yes is "ogolahay" (I agree), never a bare "ogol*": "ma ogoli" says the opposite and
# "ogolaanshaha ka noqo" withdraws consent.
_VACCINE = ["tallaal", "tallaalka", "tallaalkan", "tallaalkaas", "tallaalada", "tallaaladan",
            "tallaalladaas",
            "talaal", "talaalka", "talaalada", "irbad", "irbadda", "irbadaha", "duritaanka",
            "mmr", "mmr-ka", "booster-ka", "vaccine", "vaccine-ka"]
_WONT = [f"{verb} {neg}" for verb in ("tallaali", "tallaalan", "talaali", "qaadan", "siin",
                                         "ogolaan", "durin", "sameyn")
         for neg in ("maayo", "maayno", "mayno", "mayo")]
_DONT = ["ma rabo", "ma rabno", "ma doonayo", "ma doonayno", "ma ogoli", "ma ogola", "ma ogolin",
         "ma ogolaan", "ma ogolaanayo", "ma ogolaanayno", "ma oggoli", "ma oggola", "diidnay",
         "waan diidnay", "waan diidaa", "diidanahay"]
_DAYS = ["isniinta", "isniin", "talaadada", "talaado", "arbacada", "arbaco", "khamiista",
         "khamiis", "jimcaha", "jimce", "sabtida", "sabti", "axadda", "axad", "subaxda",
         "subaxnimada", "subaxii", "galabta", "galabnimada", "monday", "tuesday", "wednesday",
         "thursday", "friday", "saturday", "sunday", "morning", "mornings"]

CUES["refuse"] += _WONT
CUES["refuse"] += [f"{v} {d}" for v in _VACCINE for d in _DONT]
CUES["refuse"] += [f"{d} {v}" for v in _VACCINE for d in _DONT]
CUES["refuse"] += ["ma ogoli", "ma ogola", "ma ogolin", "ma ogolaan doono", "ogolaan maayo",
                   "ogolaan mayno", "ma aaminsani tallaal*", "ma aaminsanin tallaal*",
                   "ogolaanshaha waan ka noqday", "ogolaanshahaygii waan ka noqday",
                   "ka noqday ogolaansh*", "ka noqonay ogolaansh*"]
CUES["refuse_soft"] += ["qoyskeenu ma tallaalo", "qoyskayagu ma tallaalo", "anagu ma tallaalno",
                        "waligeen ma tallaalin", "weligeen ma tallaalin", "weligay ma tallaalin",
                        "go'aan ayaan gaarnay", "go'aankayaga waa", "ha igu soo celin",
                        "ha nagu soo celin", "looma baahna tallaal*", "ma u baahnin",
                        "uma baahnin", "uma baahna"]
CUES["yes"] += ["haa haa", "haa waan keeni", "waan keenaynaa", "waan keeni doonaa",
                "waa la keenayaa", "waan imaan doonnaa", "waan imaan doonaa", "waan ogolaaday",
                "waan ogolnahay", "waa ogolahay", "okey", "hagaag walaal", "waa sax", "sax"]
CUES["book"] += ["ii qor", "noo qor", "u qor", "diiwaan geli*", "ballanta", "ballan qabo",
                 "ballan ii", "ballan noo"]
CUES["stop"] += ["ha ii soo wicin", "ha soo wicin", "ha ii soo qorin", "ha soo qorin",
                 "fariimaha jooji", "iga saar*", "naga saar*", "lambarka tirtir*",
                 "nambarka tirtir*", "stop"]
CUES["doubt"] += ["looma baahna", "ma loo baahan", "baahi ma", "muxuu",
                  "malaha", "laga yaabaa", "shaki*", "ka welwelsan", "ayaa go'aaminaya",
                  "go'aamin doona", "side effect*", "saameyn*", "saamayn*"]
CUES["talk"] += ["ayaan weydiin", "waan weydiin", "weydiin doon*", "weydiiyo", "la tashi",
                 "kala hadal", "ka hadal", "dhakhtarka la"]
CUES["condition"] += ["marka hore", "ka soo laabto", "bogsado", "ka bogsado", "fiicnaado",
                      "soonka", "ramadaan", "ciidda kadib", "xilligan", "waqtigan"]
CUES["sched"] += ["xagee", "halkee", "halkeese", "cinwaan*", "turjubaan*", "turjumaan*",
                  "af-soomaali", "af soomaali", "ayeeyo*", "ayeeyada*", "awoowe*", "hooyadey",
                  "keeni doonta", "keeni doona", "isla maalin*", "isku maalin", "labadooda",
                  "labada carruur*", "kee", "kuwee", "kan", "surgery*", "rugta", "kiliinig*",
                  "berri", "berrito", "maanta", "toddobaadka"]
CUES["sched"] += _DAYS
CUES["sarcasm"] = ["bill gates"]

# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # A yes's reassurance: the no inside it is not a no.
    "REASSURED": ["xasaasiyad ma qabo", "xasaasiyad ma leh", "xasaasiyad ma laha",
                  "wax xasaasiyad ah ma qabo", "wax xasaasiyad ah ma leh",
                  "wax xasaasiyad ah ma laha", "xasaasiyad ma qabto", "xasaasiyad kuma jirto",
                  "dhib ma qabin", "dhibaato ma qabin", "waxba ma noqon", "waxba kuma dhicin",
                  "weligiis dhib ma", "weligeed dhib ma", "wax dhibaato ah kuma",
                  "ayuu xanuunsanayay ... fiican yahay", "ayay xanuunsanaysay ... fiican tahay",
                  "xanuun* ... fiican yahay", "xanuun* ... fiican tahay", "qandho ... fiican",
                  "hadda wuu fiican yahay", "hadda way fiican tahay", "hadda waa fiican",
                  "hadda wuu caafimaad qabaa", "hadda way caafimaad qabtaa",
                  "waqtigooda ayuu qaatay", "waqtigooda ayay qaadatay", "waqtigeeda",
                  "waqtigiisa"],
    # A time or place the family would rather not have: scheduling, not a no.
    "PREFERRED": ([f"{d} {n}" for d in _DAYS for n in ("maaha", "ma aha", "ha noqon", "mooyee",
                                                         "maya", "mayo", "ahayn")]
                  + [f"aan ahayn {d}" for d in _DAYS]
                  + ["surgery-ga kale maaha", "rugta kale maaha", "halkaas maaha",
                     "surgery-ga kale ma", "meesha kale maaha"]),
    "POSOK": ["dhib ma leh", "dhib malaha", "dhib ma laha", "wax dhib ah ma leh",
              "dhibaato ma leh", "dhibaato malaha", "ma dhibayo", "iima dhibna",
              "dhib kuma qabo", "dhib kuma qabno", "no problem", "waxba ma yeelayo"],
    "NOTSURE": ["ma hubo", "ma hubno", "ma hubaa", "weli ma go'aansan", "go'aan ma gaarin",
                "go'aan ma gaarin weli", "ma garanayo waxaan", "wali ma go'aansan"],
})
REWRITES["REASSURED"] += ["daawada ... dhammeeyay", "daawada ... dhameeyay",
                          "antibiyootig* ... dhammeeyay", "antibiotic* ... dhammeeyay"]
# Asking for a nurse who speaks Somali, or a woman, is about the appointment, not a worry.
REWRITES["PREFERRED"] += ["kalkaaliso af-soomaali ku hadasha", "kalkaaliso af soomaali",
                          "kalkaaliso soomaali ah", "dhakhtarad", "kalkaaliso haweeney",
                          "female nurse", "lady doctor"]
# The English rules' own markers: "when the camels fly" is a mock yes; "no, not at all" a
# strong no (a decision unless something softens it).
REWRITES["SARCASM"] = ["marka geelu duulo", "geelu duulo", "marka geel* duul*"]
REWRITES["STRONGNO"] = ["gabi ahaanba maya", "maya gabi ahaanba", "weligay maya",
                        "weligeen maya"]
CUES["sched"] += ["road", "street", "waddada"]
# What he has had is enough: a decision against the rest (the booster), not a fact.
CUES["refuse_soft"] += ["intii uu qaatay ... ku filan", "intii ay qaadatay ... ku filan",
                        "waxa uu qaatay ... ku filan", "waxay qaadatay ... ku filan",
                        "wuu ku filan yahay", "way ku filan tahay"]
# "If" and "until" make a no conditional (rule 4); the cue is read only beside a refusal.
CUES["condition"] += ["haddii", "hadii", "ilaa aan", "ilaa uu", "ilaa ay", "ilaa laga",
                      "ilaa inta", "inta aan", "ka hor inta"]
# "We don't want the boy vaccinated", "I don't agree to it", "no, we don't want it".
CUES["refuse"] += ["ma rabno in ... la tallaalo", "ma rabo in ... la tallaalo",
                   "ma rabno in ... tallaal*", "ma rabo in ... tallaal*", "maya ma rabno",
                   "maya , ma rabno", "maya ma rabo", "maya , ma rabo", "uma ogoli", "uma oggoli",
                   "uma ogola", "uma ogolin"]

# Somali words the English view would misread: "noo" (for us: "ballan noo qabso"), which
# normalising squeezes to "no", and "ya" (who). A Somali no is "maya"/"ma rabo" (own lists).
NOT_ENGLISH = ["no", "ya"]

# Issue 13, second pass. "Any vaccine" ("wax tallaal ah"), "we won't do it", "against it".
CUES["refuse"] += [f"{v} ah {d}" for v in _VACCINE for d in _DONT]
CUES["refuse"] += [f"{v} ... {d}" for v in ("tallaal*", "talaal*", "irbad*")
                   for d in ("ma samaynayno", "ma sameynayno", "ma samayn doonno",
                             "ma sameyn doonno", "ma samaynayo", "ma sameynayo", "ma qaadanayno",
                             "ma qaadan doonno")]
CUES["refuse_soft"] += ["ka soo horjeed* ... tallaal*", "ka horjeed* ... tallaal*",
                        "tallaal* ... ka soo horjeed*", "tallaal* ... ka horjeed*",
                        "ka soo horjeed* ... talaal*", "ka soo horjeed* ... irbad*"]
# "Now and forever", "never at all": a lasting no, not a "not now".
REWRITES["EVERNO"] = ["hadda iyo weligaba", "hadda iyo weligeed", "hadda iyo weligiis",
                      "hadda iyo mustaqbalka", "hadda iyo marnaba", "weligaba maya",
                      "maya weligaba", "marnaba maya", "maya marnaba"]
CUES["lasting"] += ["weligaba", "weligii", "marnaba", "abid"]
# Over a cold or fever now: a yes's reassurance, not an illness to wait for.
REWRITES["REASSURED"] += ["wuu ka bogsaday", "way ka bogsatay", "waa ka bogsaday",
                          "ka bogsaday", "ka bogsatay", "ka bogsadeen", "wuu bogsaday",
                          "way bogsatay", "wuu fiicnaaday", "way fiicnaatay"]
REWRITES["REASSURED"] += [f"{ill} ... {well}" for ill in ("hargab*", "qandho*", "xanuun*", "qufac*")
                          for well in ("bogsaday", "bogsatay", "bogsadeen", "fiicnaaday",
                                       "fiicnaatay")]
# "We are coming", "we'll come": a yes. "Which (centre)?": a question about the appointment.
# ("waan imanayaa", "I'm coming", is as often said to someone at home.)
CUES["yes"] += ["waan imanaynaa", "waan imaanaynaa", "waan iman doonnaa",
                "waan imaan doonnaa", "waan iman doonaa", "waan nimid", "waan keenaynaa"]
CUES["sched"] += ["keebaa", "keeba", "xarunta", "ayeey*", "keenaysa", "keenaya", "keeni karaa",
                  "keeni kartaa"]
# "We decided" in its other spellings; "wait" makes any decided no a "not yet" (rule 4).
CUES["refuse_soft"] += ["go'aansanay", "goaansannay", "goaansanay", "go aansannay"]
CUES["condition"] += ["sugno", "sugayno", "sugaynaa", "sugi doonnaa", "wait"]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["ma sax baa", "ma sax tahay", "sax ma tahay", "ma caadi baa", "caadi ma tahay",
                 "ma fiican tahay", "ma fiicantahay", "ma fiican yahay", "ma hagaagsan yahay",
                 "ma hagaagsan tahay", "ma ok baa", "ok ma tahay", "ok", "dhibaato ma leedahay",
                 "dhibaato ma ku jirtaa", "dhib ma leedahay", "dhib ma ku jiraa",
                 "ma suurtagal baa", "ma suurta gal baa", "ma suuragal baa", "ma la ogol yahay",
                 "ma la oggol yahay", "ma ogoshihiin", "ma idiin ogol tahay"]

# "Mar dambe" is "later" (a deferral: doubt, and a "not now" beside a no) but also "again" in
# "ha ii soo wicin mar dambe" (don't call me again): that is a request to stop (NOCONTACT),
# no "later" at all, and unlike "marnaba" (never) no lasting no about the vaccine either.
_DONT = [f"ha {o}soo {v}" for o in ("ii ", "i ", "noo ", "na ", "")
         for v in ("wic*", "wac*", "qor*", "dir*", "weydii*", "la xiriir*")]
REWRITES["NOCONTACT"] = ([f"{d} ... mar dambe" for d in _DONT]
                         + [f"mar dambe {d}" for d in _DONT]
                         + [f"mar dambe ... {d}" for d in _DONT])
CUES["doubt"] += ["mardambe", "mar danbe", "mar dambee", "goor dambe", "waqti dambe",
                  "waqti kale", "maalin kale", "mar kale haddii", "hadhow", "hadow",
                  "dib u dhig*", "dib u dhigno", "dib u dhigi"]
CUES["condition"] += ["mardambe", "mar danbe", "goor dambe", "waqti dambe", "waqti kale",
                      "maalin kale", "hadhow", "hadow", "dib u dhig*"]
# Who brings the child ("aabihiis ayaa keenaya": his father brings him): logistics (rule 2).
CUES["sched"] += ["aabih*", "aabah*", "hooyad*", "adeer*", "eedo*", "habaryar*"]

# December, third pass (the new replies' general forms, not their wording). "Will not take it"
# in each person ("ma qaadanno": we don't take it; "ma qaadanayso": she won't), "that he not
# take it", "let it not be given" ("ha la siinin"; "ha la siiyo" is the yes), "we don't believe
# in vaccines" and consent given then taken back ("oggolaanshihii ... ka noqday").
CUES["refuse_soft"] += ["ma qaadanno", "ma qaadanayno", "ma qaadaneyno", "mana qaadaneyno",
                        "ma qaadanayso", "ma qaadanayaan",
                        "ma qaadan doonto", "ma qaadan doonaan", "ma qaadan doonno",
                        "mana qaadanno", "mana qaadanayso", "inuusan qaadan", "inaysan qaadan",
                        "inaanan qaadan", "inaynaan qaadan", "ha la siinin", "ha la siin",
                        "ha siinina", "ha siinin", "lagama durayo", "lagama duri doono",
                        "lama siin doono", "lama siinayo"]
CUES["refuse"] += [f"{v} ... {d}" for v in ("tallaal*", "talaal*", "irbad*")
                   for d in ("ma rumaysni", "ma rumaysnin", "ma rumaysanin", "ma rumaysano",
                             "ma rumaysanno", "ma aaminno", "ma aaminsanin", "ma aaminsani")]
CUES["refuse"] += [f"{c} ... {w}" for c in ("oggolaansh*", "ogolaansh*")
                   for w in ("ka noqday", "ka noqonay", "ka noqnay", "ka laabtay", "ka laabanay")]
# "I refuse" ("waxaan diidayaa"); "ma diidayo" (I don't refuse) is another word.
CUES["refuse"] += ["diidayaa", "diideynaa", "diidaynaa"]
# "Of course" as a yes.
CUES["yes"] += ["dabcan", "dabacan"]
# "Let her be given it", "let him have it" ("MMR-ka ha la siiyo"): a yes.
CUES["yes"] += ["ha la siiyo", "ha la tallaalo", "ha qaadato", "ha qaato"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["immisa jeer", "imisa jeer", "intee jeer", "inta jeer"]

# Issue 13, rules pass: "had a fever last week but now he is fine": the illness is over.
_WELL = ["fiican yahay", "fiican tahay", "fiicanyahay", "caafimaad qabaa", "caafimaad qabtaa",
         "bogsaday", "bogsatay"]
REWRITES["REASSURED"] += [f"hadda {p} {w}" for p in ("wuu", "way", "waa", "") for w in _WELL]
REWRITES["REASSURED"] += [f"{ill} ... laakiin ... {w}" for ill in ("hargab*", "qandho*", "xanuun*",
                                                                  "qufac*", "jirran*")
                          for w in _WELL]

# Issue 13, rules pass: "what time is free?" asks about the booking.
CUES["sched"] += ["waqtigee", "waqti*", "wakhti*", "bannaan", "furan", "xilli*", "xilliga"]

# Issue 13, rules pass: "we don't vaccinate (our children)", "the answer is still no": a
# decision (rule 1).
CUES["refuse_soft"] += ["ma tallaalno", "ma tallaalayno", "ma tallaasho", "ma tallaalo",
                        "ma tallaalaan", "cidna ma tallaasho", "jawaabtu waa isla maya",
                        "jawaabtu waa maya", "jawaabtu weli waa maya"]

# "Still it is no", "as long as I live", "I am not changing it now": a no kept, not a "not
# yet" nor a "now" (rule 4). A bare "weli maya" is "not yet" and stays a condition.
CUES["lasting"] += ["weli waa maya", "weli waa diidmo", "wali waa maya", "inta aan noolahay",
                    "inta aan nool ahay", "inta aan nool ahnahay", "inta aan noolnahay"]
REWRITES["KEEPCHOICE"] = [f"hadda {v}" for v in ("ma beddelayo", "ma beddeleyno",
                                                  "ma beddelayno", "ma badalayo",
                                                  "ma badaleyno", "ma bedeli doono",
                                                  "ma beddeli doono", "ma beddeli doonno")]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "ilko", "ilkaha", "ilkuhu", "dhakhtarka ilk*", "indhaha", "baaritaan dhiig", "dhiig baaritaan",
    "baaritaanka dhiig*", "daawo qoris", "warqad dhakhtar", "ballanta hooyaday",
    "ballanta ninkayga", "ballanta aabbahay", "ballanteyda anigu", "dhakhtarku ma joog*",
    "dhakhtarka ma joog*", "dhakhtar* ma joog*",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "xina*", "timo jar*", "timojar*", "ciddiyaha", "natiijad* baaritaan*", "natiijada dhiig*",
    "natiijada aabbahay", "natiijada hooyaday", "natiijadeyda",
    # A letter for the parent's own work (leave, a sick note).
    "fasax shaqo", "warqad fasax", "warqadda fasax*", "warqad shaqo", "warqadda shaqo*",
]
CUES["child_vax"] = ["tallaal*", "cirbad*"]

# Issue 13, after test split J: "our family never takes vaccines".
CUES["refuse"] += ["tallaal ma qaato", "tallaal ma qaadato", "tallaalka ma qaato",
                   "tallaal ma qaadano", "weligeen tallaal ma"]

# Issue 13, after test split J: "no allergy" with the English word; "we're in Sweden now, we're
# no longer there".
REWRITES["REASSURED"] += ["allergy ah ma laha", "wax allergy ah ma", "allergy ma laha",
                          "allergy ma qabo"]
CUES["moved"] += ["hadda waxaan joognaa", "halkaas ma joogno", "ma joogno mar dambe"]

# Issue 13, after test split K: "no vaccine enters this house".
CUES["refuse"] += ["tallaal ma galo", "tallaal ma gali doono"]


# Issue 13, the retired test splits read again (H208): "I refused the vaccine" (another
# spelling); "I am Cabdi's father" says who writes, not a wish to ask the father.
CUES["refuse"] += ["waan diidey tallaal*", "diidey tallaal*", "tallaalka waan diidey"]
REWRITES["ASIDE"] += ["aabaha ... baan ahay", "hooyada ... baan ahay", "aabaha ... ayaan ahay",
                      "hooyada ... ayaan ahay"]

# The "here" cue (the package docstring).
CUES["here"] = ["halkan"]

# Issue 13, after test split M (H209): "no further vaccine", "my decision is final" last; "after
# the vaccine" (a past reaction) is no "later"; "I refused before and I still refuse" is a
# choice kept; "the children's father is writing" says who writes.
CUES["lasting"] += ["tallaal dambe", "kama dambays", "kama dambeys"]
REWRITES["ASIDE"] += ["tallaalka kadib", "tallaalka ka dib", "aabaha carruurta ayaa qoraya",
                      "aabaha ... ayaa qoraya"]
REWRITES["KEEPCHOICE"] += ["weli waan diid*", "wali waan diid*"]

# Issue 13, after test split O (H210): "go'aamiyay inaysan tallaal qaadan" (decided they will not
# take vaccines). Not "tallaalka ka baxay": "came out of the jab", too (a reviewer's probe).
CUES["refuse_soft"] += ["go'aamiyay inaysan", "go'aansaday inaysan", "go'aansanay inaynaan",
                        "inaysan tallaal qaadan"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked; a stranger's words that a carer may also say ("the child isn't mine") are the
# weaker "wrong_weak", which a yes outweighs (a second reader's near misses).
CUES["wrong_weak"] = ["ma ihi waalidka"]
CUES["wrong"] += ["cidna halkan kama garanayso"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["dhakhtar*", "kalkaaliso*", "ninkayga"]
CUES["person"] = PERSON
# A new doctor where the family lives now is a move, not a jab had (H210).
REWRITES["ASIDE"] += ["guriga hore"]
CUES["moved"] += ["dhakhtar cusub", "iska diiwaangelinay"]
# Beside a yes, the parent's own appointment or a relative's is another service.
CUES["elsewhere"] += ["ballantayda", "ii gaar ah", "daawada hooyaday", "ninkaygu ballan"]

# The retired splits' refusals the model was sure of, read out-of-fold after O (H210).
CUES["refuse_soft"] += ["si dabiici ah u qaado"]
# "Wait until I'm back": a deferral (a second reader's near misses).
CUES["doubt"] += ["sug ilaa", "sugo ilaa"]

# The retired splits' yeses the model was sure of, read out-of-fold after O (H210).
CUES["book"] += ["keeni karnaa", "waan keeni karnaa"]

# Test split P, measured and read (H210).
CUES["refuse_soft"] += ["ma talaalno", "ma tallaalno", "caruurteena ma talaalno"]

# A father's no reported, and "we are not those who say" (a reviewer's probes, H210).
REWRITES["PARTNERDOUBT"] += ["aabihiis wuxuu yiri", "aabaheed wuxuu yiri", "ninkaygu wuxuu yiri"]
REWRITES["PARTNERDOUBT"] += ["ma nihin kuwa yiraahda", "ma ihi kuwa yiraahda"]

# Thanks that may follow a closing no (labels._closing_no).
THANKS = ["mahadsanid"]

# Issue 13, after test split AB (H213): "my children don't take vaccines". Not "don't call me
# about this" with "iila": a near miss says it of the rent, to the landlord.
CUES["refuse_soft"] += ["tallaal ma qaataan", "tallaalka ma qaataan", "talaal ma qaataan"]

# The flu or covid jab named: the "seasonal" cue (labels_decide; H213).
CUES["seasonal"] = ["hargab*", "ifilo", "covid*", "koroona"]
