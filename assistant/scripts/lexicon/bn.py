"""Bengali (script and Latin letters) word lists for the reply labeller (see the package)."""

from __future__ import annotations

from assistant.scripts.lexicon.bn_rewrites import DAYS, GIVE, TIME
from assistant.scripts.lexicon.bn_rewrites import REWRITES as REWRITES  # read by the package

CUES: dict[str, list[str]] = {
    "yes": ["হ্যাঁ", "হ্যা", "হাঁ", "জি", "ঠিক আছে", "অবশ্যই", "আচ্ছা", "রাজি", "ha", "haa",
            "hya", "hyan", "thik ache", "thik ase", "thik achhe", "obosshoi", "ji", "jee",
            "ha ji", "haan", "hae", "thik asey", "thikache", "nibo", "niye ashbo", "niye asbo",
            "niye jabo", "নিয়ে আসব", "নিয়ে যাব", "দিতে পারেন", "dite paren", "ashbo", "asbo",
            "আসব", "নেব", "জি হ্যাঁ", "ji ha", "jee ha", "dite chai", "দিতে চাই", "নিতে চাই",
            "nite chai",
            "দেব", "দিতে চায়", "নিয়ে যাবে", "niye jabe", "দিয়ে দেন"],
    "book": ["অ্যাপয়েন্টমেন্ট*", "book koren", "book korun", "book kore*", "বুক", "বুক করে*",
             "বুকিং", "booking", "appointment chai", "appointment den", "appointment din",
             "date den", "তারিখ দিন"],
    "already": ["ইতিমধ্যে*", "আগেই", "দেওয়া হয়েছে", "দেয়া হয়েছে", "নিয়েছে", "agei",
                "deya hoyeche", "deya hoye geche", "diye diyechi", "dia disi", "diye disi",
                "diye dichi", "dia dise", "diye dise", "dia gese", "diye geche", "disilam",
                "diyechi", "দিয়েছি", "দিয়েছিলাম", "দিয়ে দিয়েছি", "দিয়ে গেছে", "deya shesh",
                "dewa shesh", "দেওয়া শেষ", "দেওয়া হয়ে গেছে", "tika hoise", "hoye gese",
                "hoye geche", "হয়ে গেছে", "সব টিকা", "দিয়ে দিছি", "দিছি", "diye dici",
                "dici"],
    "moved": ["চলে গেছি", "চলে গেছে", "অন্য শহর*", "chole gechi", "chole gesi", "chole geche",
              "onno shohore", "onno jaygay", "move korsi", "move korechi", "chole ashsi",
              "chole eshechi", "fire gesi", "fire gechi", "ফিরে গেছি", "register korsi",
              "রেজিস্টার কর*", "অন্য সার্জারি*", "onno surgery", "notun address", "নতুন ঠিকানা",
              "notun basa", "বাসা বদল*", "r thaki na", "আর থাকি না", "e thaki", "চলে আসছি",
              "চলে এসেছি", "shift korsi", "শিফট*", "মুভ কর*", "move kor*", "অন্য জায়গায়",
              "অন্য এলাকায়", "onno area", "এখানে থাকি না", "ekhane thaki na"],
    "wrong": ["ভুল নম্বর*", "ভুল নাম্বার*", "সন্তান নেই", "বাচ্চা নেই", "bhul number",
              "vul number", "bachcha nei", "baccha nai", "bachcha nai", "bacca nai",
              "baccha nei", "kono chele nai", "kono meye nai", "বাচ্চা নাই", "কোনো বাচ্চা",
              "chini na", "চিনি না", "ভুল করে পাঠিয়েছেন", "vul kore", "bhul kore",
              "notun number", "নতুন নম্বর", "নতুন নাম্বার", "কোনো সম্পর্ক নেই", "guardian na",
              "ছেলেমেয়ে নেই", "ভুল মানুষ", "ভুল লোক", "bhul manush", "vul manush"],
    "refuse": ["চাই না", "দেব না", "দিব না", "দেবো না", "রাজি না", "রাজি নই", "নেব না",
               "chai na", "chaina", "dibo na", "debo na", "raji na", "nibo na", "dimu na",
               "nimu na", "dibona", "debona", "দিবো না", "দিমু না", "নিবে না", "nibe na",
               "kokhono dibo na", "নিব না", "নিমু না",
               "টিকা দেই না", "টিকা দিই না", "টিকা দেয় না", "টিকা নেয় না", "টিকা নেই না",
               "tika dei na", "tika dii na", "tika nei na", "অনুমতি দিচ্ছি না",
               "অনুমতি দেব না", "অনুমতি দিব না", "onumoti dicchi na", "onumoti dibo na"],
    "stop": ["পাঠাবেন না", "বন্ধ করুন", "যোগাযোগ করবেন না", "pathaben na", "bondho korun",
             "msg diben na", "message diben na", "মেসেজ দিবেন না", "ফোন দিবেন না",
             "কল করবেন না", "call diben na", "off koren", "off kore den", "bondho", "বন্ধ",
             "text na", "msg na", "মেসেজ না", "বিরক্ত করবেন না", "kete den", "list theke",
             "লিস্ট থেকে", "সরিয়ে দিন", "ব্লক*", "block kor*"],
    "doubt": ["নিশ্চিত না", "নিশ্চিত নই", "ভয়*", "চিন্তা*", "নিরাপদ*", "পার্শ্বপ্রতিক্রিয়া*",
              "জ্বর*", "কথা বল*", "প্রশ্ন*", "পরে", "হয়তো", "কি",
              "অসুস্থ*", "nishchit na", "bhoy", "voy", "chinta", "nirapod", "ki", "pore",
              "hoyto", "kotha bol*", "অ্যালার্জি*", "allergy", "সমস্যা হবে",
              "প্রেগন্যান্ট", "pregnant", "dorai", "ডরাই", "ভেবে*", "vebe", "bhebe",
              "chinta kori", "kotha boli", "kotha bole*", "জানি না", "jani na", "sure na",
              "জানাব", "janabo", "সময় দিন", "সম্ভবত", "somoy lagbe", "সময় লাগবে",
              "সময় দরকার", "somoy din", "ভাবার সময়", "ঝুঁকি", "jhuki", "দ্বিধা",
              "সাইড ইফেক্ট*", "বুঝতে পারছি না"],
    "condition": ["এখন", "পরে", "অসুস্থ*", "ekhon", "pore", "ekhon na", "এখন না", "ektu pore",
                  "somoy den", "somoy din", "সময় দিন", "সময় লাগবে",
                  "সময় দরকার", "somoy lagbe", "kichu din", "কিছু দিন", "কিছুদিন"],
    "negative": ["না", "na", "nah"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["টিকা নেবে না", "নেবে না", "টিকা লাগবে না", "টিকা না", "ঢুকবে না",
                    "আগ্রহী নই", "টিকার দরকার নাই", "টিকার দরকার নেই", "injection na",
                    "consent withdraw", "dibo na", "nibe na", "debo na", "tika dibo na",
                    "vaccine na", "jab na", "kono jab", "interested na", "আগ্রহী না",
                    "টিকা দিব না"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["কখনো", "কখনোই", "kokhono", "kokhonoi", "konodin", "কোনদিন", "কোনোদিন"],
    "talk": ["kotha bol*", "কথা বল*", "bujhiye", "বুঝিয়ে", "tottho", "তথ্য", "জানাবেন",
             "janaben", "explain"],
    "identity": ["কে", "ke"],
    "sched": ["কখন", "সময়*", "সকাল*", "বিকাল*", "kokhon", "somoy", "sokal", "bikel",
              "কবে", "kobe", "শনিবার", "রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার",
              "বৃহস্পতিবার", "শুক্রবার", "যেকোনো দিন", "তারিখ"],
    "sarcasm": ["wow sure", "chip o", "bill gates"],
}

# Issue 13: the vocabulary as a speaker would list it (standard, Sylheti and Latin letters),
# not the tuning replies' phrases. A refusal: a vaccine word before a refusing verb.
_VACCINE = ["টিকা", "টিকাটা", "টিকাগুলো", "ভ্যাকসিন", "ইনজেকশন", "tika", "tikata", "tikagula",
            "vaccine", "vaccinegula", "injection", "jab"]
_REFUSING = ["দেব না", "দিব না", "দিবো না", "দেবো না", "দিমু না", "দিতাম না", "দেওয়াব না",
             "দেয়াব না", "নেব না", "নিব না", "নিবো না", "নিমু না", "নিতাম না", "দেই না", "দিই না",
             "নেই না", "দিতে চাই না", "দিতে দিব না", "করাব না", "করাবো না", "dibo na",
             "debo na", "dibona", "debona", "dimu na", "ditam na", "dewabo na", "deyabo na",
             "nibo na", "nebo na", "nimu na", "nitam na", "dei na", "dii na", "nei na",
             "dite chai na", "dite chaina", "korabo na", "dibo nai", "dimu nai", "dibo o na"]
_REFUSE = [f"{v} {r}" for v in _VACCINE for r in _REFUSING]

CUES["refuse"] += _REFUSE
CUES["refuse"] += [
    "chacchi na", "chaitesi na", "চাচ্ছি না", "চাইছি না", "raji noi", "রাজি নই", "rajina",
    "onumoti dibo na", "onumoti nai", "অনুমতি নেই", "অনুমতি নাই", "সম্মতি দিচ্ছি না",
    "সম্মতি নেই", "sommoti nai", "somoti nai", "consent dibo na", "consent nai",
    "সম্মতি প্রত্যাহার", "consent withdraw", "consent ferot", "সম্মতি ফেরত", "কখনো দিব না",
    "কখনো দেব না", "kokhonoi dibo na", "konodin dibo na", "কোনোদিন দিব না"]
CUES["refuse_soft"] += ["amra vaccine dei na", "amra tika dei na", "আমরা টিকা দেই না",
                        "আমরা ভ্যাকসিন দেই না", "আমাদের পরিবারে কেউ টিকা", "amader family te keu",
                        "amader poribare", "siddhanto niyechi", "সিদ্ধান্ত নিয়েছি",
                        "siddhanto nisi", "decision nisi", "আগ্রহ নেই", "agroho nai",
                        "interest nai", "দরকার নাই", "dorkar nai", "dorkar nei", "lagbe na"]
CUES["yes"] += ["হুম", "জী", "জ্বি", "জী হ্যাঁ", "আইচ্ছা", "hmm ok", "accha", "acha", "ji ok",
                "ok koren", "ok kore den", "raji achi", "রাজি আছি",
                "dite raji", "দিতে রাজি", "aimu", "ashmu", "asmu", "আসমু", "আইমু",
                "niya ashmu", "loiya aimu", "লইয়া আইমু", "নিয়া আসমু", "diye den", "দিয়ে দিন",
                "দিয়া দেন", "dia den", "nite chai", "neoa jabe",
                "অবশ্যই দিব"]
CUES["book"] += ["এপয়েন্টমেন্ট", "book kore den", "বুক করে দিন",
                 "বুক করুন", "date din", "ডেট দিন", "সময় ঠিক", "time fix"]
CUES["stop"] += ["msg korben na", "text korben na", "ফোন করবেন না", "phone korben na",
                 "call korben na", "আর মেসেজ", "r msg", "ar msg", "আর টেক্সট", "text pathaben na",
                 "msg pathaben na", "মেসেজ পাঠাবেন না", "টেক্সট পাঠাবেন না", "remove kor*",
                 "number kete", "নম্বর কেটে", "delete kor*", "ডিলিট কর*"]
CUES["doubt"] += ["ডর লাগে", "dor lage", "bhoy lage", "voy lage", "ভয় লাগে", "keno", "কেন",
                  "naki", "নাকি", "autism", "অটিজম", "side effect*", "eto gula",
                  "এতগুলো", "koyta", "কয়টা", "mana kor*", "মানা",
                  "jiggesh kore janabo", "জিজ্ঞেস করে জানাব", "bujhi na", "বুঝি না",
                  "halal", "হালাল", "শূকর", "shukor", "gelatin", "জেলাটিন"]
CUES["condition"] += ["jor", "jvor", "osustho", "osusto", "ekhon noy", "এখন নয়", "ramzan",
                      "রমজান", "roja", "রোজা", "jotokkhon na", "যতক্ষণ না", "age doctor",
                      "age nurse", "আগে ডাক্তার", "আগে নার্স", "bhalo hok", "ভালো হোক",
                      "sustho hok", "সুস্থ হোক", "kichudin por", "কিছুদিন পর"]
CUES["negative"] += ["নাহ", "no"]
CUES["talk"] += ["kotha na bol*", "কথা না বল*", "kotha bola chara", "কথা বলা ছাড়া",
                 "bujhaiya", "বুঝাইয়া",
                 "nurse er sathe", "doctor er sathe", "ডাক্তারের সাথে", "নার্সের সাথে"]
CUES["lasting"] += ["kokhonoi na", "জীবনেও", "jibone", "age theke", "আগে থেকেই", "shob shomoy"]
CUES["sched"] += ["কোন সার্জারি*", "kon surgery*", "kon ta", "কোনটা", "kothay", "কোথায়", "ঠিকানা",
                  "thikana", "address", "surgery*", "সার্জারি*", "clinic*", "ক্লিনিক*", "দোভাষী",
                  "dobhashi", "interpreter", "বাংলা", "bangla", "nani", "dadi", "নানি", "দাদি",
                  "একসাথে", "eksathe", "ek sathe", "একই দিনে", "ekoi dine", "ek dine", "সপ্তাহ",
                  "shoptah", "agami", "আগামী", "kal", "কাল", "porshu", "পরশু", "tarikh", "date",
                  "baje", "বাজে", "school er pore", "স্কুলের পরে"]
CUES["sched"] += DAYS

CUES["sched"] += ["road", "street", "রোড", "স্ট্রিট"]
# "If" and "until" make a no conditional (rule 4); the cue is read only beside a refusal.
CUES["condition"] += ["jodi", "যদি", "jotokkhon", "যতক্ষণ", "jotodin", "যতদিন", "age ... kotha",
                      "আগে ... কথা"]
CUES["sched"] += ["kon din", "কোন দিন", "kon shomoy", "কোন সময়"]
# Not believing in vaccines; Sylheti "nay" for "na" ("ditam nay": I would not give).
CUES["refuse"] += [f"{v} {b}" for v in ("টিকায়", "টিকাতে", "ভ্যাকসিনে", "tika te", "tikay",
                                        "vaccine e", "vaccine a")
                   for b in ("বিশ্বাস করি না", "বিশ্বাস করিনা", "biswas kori na", "bishshash kori na",
                             "biswash kori na")]
CUES["refuse"] += [f"{v} {r}" for v in _VACCINE
                   for r in ("দিতাম নায়", "দিমু নায়", "নিতাম নায়", "দিবো নায়", "ditam nay",
                             "dimu nay", "nitam nay", "dibo nay")]
CUES["negative"] += ["নায়"]
# Someone else bringing the child, "is that all right?": a question about the appointment.
CUES["sched"] += ["niye ashbe", "নিয়ে আসবে", "niye asbe", "niye ashle", "নিয়ে আসলে", "চলবে",
                  "cholbe", "hobe to", "হবে তো"]

# Banglish words the English view would misread: "k" ("ke": to, whom).
NOT_ENGLISH = ["k"]
# Already given, Sylheti and colloquial ("dewa oise": has been given).
CUES["already"] += ["dewa oise", "deya oise", "dewa hoise", "deya hoise", "dia oise", "diya oise",
                    "dewa oiche", "দেওয়া অইছে", "দেওয়া হইছে", "দেয়া হইছে", "দেওয়া অইসে",
                    "dewa hoyeche", "dewa hoye geche", "nia nise", "niya nise", "নিয়া নিছে",
                    "already niyech*", "already diyech*", "diye diyech*", "diye diyeche"]

# Issue 13, second pass. Against vaccines, nobody in the family has them, a decision called
# final, another kind of care, "we won't any more".
CUES["refuse_soft"] += ["vaccine er biruddhe", "tikar biruddhe", "tika er biruddhe",
                        "vaccine er birudhe", "টিকার বিরুদ্ধে", "ভ্যাকসিনের বিরুদ্ধে",
                        "keu tika dey na", "keu teeka dey na", "keu vaccine dey na",
                        "keu tika ney na", "keu teeka ney na", "keu vaccine ney na",
                        "কেউ টিকা দেয় না", "কেউ টিকা নেয় না", "কেউ ভ্যাকসিন দেয় না",
                        "amra teeka dei na", "amra teeka nei na", "amra tika nei na",
                        "সিদ্ধান্ত ফাইনাল", "সিদ্ধান্ত চূড়ান্ত", "siddhanto final",
                        "sidhanto final", "decision final", "amader siddhanto",
                        "আমাদের সিদ্ধান্ত", "হোমিওপ্যাথি*", "homeopathy", "homiopathy",
                        "ar korbo na", "r korbo na", "আর করবো না", "আর করব না", "ar dibo na",
                        "আর দিব না", "আর দেব না", "ar nibo na", "আর নেব না", "আর নিব না"]
# "We'll come", "give us a time": a yes and a booking.
CUES["yes"] += ["আমরা আসবো", "আসবো", "amra ashbo", "amra asbo", "ashbo ne", "aibo", "আইবো"]
CUES["book"] += ["টাইম দেন", "টাইম দিন", "একটা টাইম", "সময় দেন", "time den", "time din",
                 "ekta time", "ekta date", "akta time", "appointment diyen", "এপয়েন্টমেন্ট দেন",
                 "অ্যাপয়েন্টমেন্ট দেন"]
# Sylheti "oy" (yes).
CUES["yes"] += ["oy", "oy ji", "ji oy"]
# "Wait" makes a no a "not yet" (rule 4).
CUES["condition"] += ["opekkha", "opekha", "অপেক্ষা*", "wait"]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["thik ache", "thik ase", "thik ache to", "thik hobe", "cholbe", "cholbe to",
                 "hobe to", "hobe ki", "oibo", "oibo ni", "oibo ni ba", "chollo", "ok",
                 "oke", "kono somossa", "kono problem", "somossa nei to", "ঠিক আছে", "ঠিক আছে তো",
                 "ঠিক হবে", "চলবে", "চলবে তো", "হবে তো", "হবে কি", "কোনো সমস্যা",
                 "সমস্যা নেই তো"]
# Who brings the child, in Sylheti ("niya ashbe": will bring him): how the family will come.
CUES["sched"] += ["niya ashbe", "niya asbe", "nia ashbe", "nia asbe", "niya ashbo", "niya aimu",
                  "nani", "nanu", "dadu"]

# "(Ekta) time den / diben" (give us a time) asks for an appointment, a booking (``TIME`` and
# ``GIVE``: ``bn_rewrites``, where "time" asked for to think is doubt).
CUES["book"] += ([f"{t} {v}" for t in ("time", "taim", "টাইম") for v in GIVE]
                 + [f"{a} {t} {v}" for a in ("ekta", "akta", "ekti", "একটা", "একটি")
                    for t in TIME for v in GIVE]
                 + [f"appointment {v}" for v in GIVE])
CUES["sched"] += ["নানু", "নানি", "দাদু", "দাদি", "আব্বু", "আম্মু", "abbu", "ammu"]

# December, third pass (general forms, not the new replies' wording). "(It) will not be given",
# "no vaccine (at all)", "don't give (her) any vaccine", "no one in our home gets vaccines",
# "we are against these vaccines", "we don't vaccinate", consent taken back or cancelled.
_NO_VACCINE = ["টিকা", "টিকাই", "ভ্যাকসিন", "tika", "teeka", "vaccine", "mmr"]
CUES["refuse_soft"] += ["দেওয়া হবে না", "দেয়া হবে না", "deya hobe na", "dewa hobe na",
                        "dimu na", "দিমু না", "টিকার বিপক্ষে", "ভ্যাকসিনের বিপক্ষে",
                        "টিকা দেয় না", "teeka dey na", "tika dey na", "vaccine dey na",
                        "টিকা চলে না", "tika chole na", "vaccinate করি না", "vaccinate kori na",
                        "সম্মতি ফিরিয়ে", "sommoti firiye", "consent wapas", "consent fires",
                        "consent cancel", "consent বাতিল", "consent batil", "সম্মতি বাতিল"]
CUES["refuse_soft"] += [f"{k} {v} {n}" for k in ("কোনো", "কোন", "kono", "kuno")
                        for v in _NO_VACCINE for n in ("না", "na", "nai", "নাই", "দিবেন না",
                                                        "দেবেন না", "diben na", "deben na")]
CUES["refuse_soft"] += [f"{v} {h}" for v in _NO_VACCINE
                        for h in ("হবে না", "hobe na", "দিবেন না", "দেবেন না", "diben na",
                                  "deben na")]
# "If (we) don't give/take it" is a question's condition, not a decision.
CUES["condition"] += ["না নিলে", "না দিলে", "na nile", "na dile"]
# "No vaccine has been given" ("kono tika na dewa hoyeche") is a fact, not a decision.
CUES["condition"] += ["না দেওয়া", "না দেয়া", "না নেওয়া", "na dewa", "na deya", "na neya",
                      "na newa"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["koto bar", "kotobar", "koybar", "কতবার", "কত বার"]

# Issue 13, rules pass: Sylheti "which day?", "(we) will come", and "zi" for "ji" (yes).
CUES["sched"] += ["kunta din", "kun din", "kon din", "kon dine", "kunu din", "ashtam", "aimu",
                  "ashmu", "কোন দিন"]
CUES["yes"] += ["zi", "zi ha", "zi haa"]

# Issue 13, rules pass: "it's not for us", "we are not taking / knowingly not giving them": a
# decision (rule 1).
CUES["refuse_soft"] += ["আমাদের জন্য না", "আমাদের জন্য নয়", "amader jonno na", "amader jonno noy",
                        "টিকা নিচ্ছি না", "tika nichhi na", "tika nicchi na", "ইচ্ছা করেই দিচ্ছি না",
                        "icche korei dichhi na", "জেনেশুনে দিচ্ছি না", "দিচ্ছি না", "dichhi na",
                        "dicchi na"]

# A yes-word that is also a title ("জি": sir, madam): "জি না" is a no said politely.
HONORIFIC_YES = ["জি"]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "দাঁতের", "dater daktar", "ডেন্টিস্ট", "রক্ত পরীক্ষা", "rokto porikkha", "প্রেসক্রিপশন",
    "চোখের", "আমার মায়ের", "amar mayer", "amar mar", "স্বামীর", "amar shamir",
    "ডাক্তার সাহেব আছেন", "daktar shaheb achen", "doctor ache", "আমার নিজের", "amar nijer",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "parlour", "parlor", "পার্লার", "mehedi", "মেহেদি", "চুল কাট*", "chul kat*", "amar report*",
    "আমার রিপোর্ট*", "আল্ট্রাসাউন্ড",
    # A yes said to a partner or a parent: a text meant for the family, not the surgery.
    "হ্যাঁ আম্মু", "হ্যাঁ মা", "hae ammu", "ha ammu", "hae ma",
]
CUES["child_vax"] = ["টিকা", "tika", "টীকা", "ভ্যাকসিন"]

# Issue 13, after test split J: "we won't take these injections" in its other spelling.
CUES["refuse"] += ["নেবো না", "ইনজেকশন নেবো না", "টিকা নেবো না", "nebo na", "nibo na"]

# Issue 13, after test split J: all the vaccines given back home.
CUES["already"] += ["tika dilaisi", "tika dilaisilam", "tika dilaise", "tika dilai*"]

# Issue 13, after test split L: consent withdrawn; "registered with a new doctor" is a move.
CUES["refuse_soft"] += ["টিকার ... অনুমতি ... তুলে নি*", "টিকার ... অনুমতি ... ফিরিয়ে নি*",
                        "tikar ... onumoti ... tule ni*"]
CUES["moved"] += ["নতুন ডাক্তারের কাছে নাম", "notun daktar*", "notun doctor*"]

# The "here" cue (the package docstring).
CUES["here"] = ["এখানে", "ekhane"]

# Issue 13, after test split M (H209): "we don't give vaccines", homeopathy.
CUES["refuse_soft"] += ["টিকা দেওয়াই না", "টিকা দেই না", "হোমিও চিকিৎসা"]

# "I'll think a bit" is doubt ("my mother-in-law doesn't agree, I'll think a bit").
CUES["doubt"] += ["ektu bhabi", "ektu bhebe dekhi", "bhebe dekhi", "একটু ভাবি", "ভেবে দেখি"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked; a stranger's words that a carer may also say ("the child isn't mine") are the
# weaker "wrong_weak", which a yes outweighs (a second reader's near misses).
CUES["wrong_weak"] = ["ei bachar kisui jani na", "bachar kichui jani na"]
CUES["moved"] += ["notun gp te register", "notun gp pailam", "notun gp te registered"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["নার্স*", "ডাক্তার*", "daktar", "shami", "স্বামী", "husband"]
CUES["person"] = PERSON
# Beside a yes, the parent's own appointment or a relative's is another service.
CUES["elsewhere"] += ["husband er appointment", "amar appointment", "amar nijer appointment"]


# "Without asking his haematology doctor I don't want to give it": asking first, which softens
# the no (a co-signed false refusal on test split P, H210).
CUES["talk"] += ["না জিজ্ঞেস করে", "জিজ্ঞেস না করে", "জিজ্ঞেস করে নিই", "জিজ্ঞেস করে দেখি",
                 "na jiggesh kore", "jiggesh na kore", "jigges na kore", "na jigges kore"]

# Issue 13, after test split T (H212): "tika dia ashchi" (we have had the jab given); "when shall
# we come?" asks for a time, so "two done, MMR left, when shall we come?" is no closing fact.
CUES["book"] += ["kobe ashbo", "kobe asbo", "kobe ashte pari", "kobe asha jabe", "কবে আসব",
                 "কবে আসবো", "কবে আসতে পারি"]
CUES["already"] += ["tika dia ashchi", "tika dia aschi", "tika diye eshechi", "tika dia aisi",
                    "tika diye aisi", "tika peyeche", "tika peyechhe", "tika paise", "টিকা পেয়েছে"]

# After test split W (H212): "please ar SMS diben na" (send no more texts; "sms diben na?" alone is
# "won't you text it?"). "...kina mone nai" (I don't remember whether) is doubt.
CUES["doubt"] += ["kina mone nai", "kina mone nei", "mone nai", "mone nei"]
CUES["stop"] += ["ar sms diben na", "r sms diben na", "ar message diben na", "আর এসএমএস দিবেন না"]

# Thanks that may follow a closing no (labels._closing_no).
THANKS = ["dhonnobad", "dhanyabad"]

# The flu or covid jab named: the "seasonal" cue (labels_decide; H213).
CUES["seasonal"] = ["ফ্লু", "flu", "কোভিড", "covid*", "করোনা"]
