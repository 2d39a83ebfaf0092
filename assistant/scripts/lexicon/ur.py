"""Urdu (script and Roman Urdu) word lists for the reply labeller (see the package)."""

from __future__ import annotations

from assistant.scripts.lexicon.ur_rewrites import REWRITES as REWRITES  # read by the package

# Issue 13: the vocabulary as a speaker would list it, not the tuning replies' phrases.
# Roman Urdu spells "nahi" many ways; each refusing verb form is listed with each of them.
_NOT = ["nahi", "nahin", "nai", "nhi", "nahee", "nahii", "hargiz nahi"]
_REFUSING = ["lagwayenge", "lagwaenge", "lagwaingay", "lagwaen ge", "lagwayen ge", "lagwana",
             "lagwani", "lagwate", "lagwati", "lagwata", "lagwaunga", "lagwaungi", "lagwaoon ga",
             "lagwaoon gi", "lagwayega", "lagwayegi", "lagwaye ga", "lagwaye gi", "lagwane dein*",
             "lagwane denge", "karwayenge", "karwaenge", "karwana", "karwani", "karwate",
             "karwati", "karwaunga", "karwaungi", "chahte", "chahti", "chahta", "chahiye",
             "chahye", "chaiye", "chahiyay", "dena chahte", "dein ge", "denge", "dilwana",
             "dilwayenge", "lagne dein*", "lagne denge", "lagane dein*", "lagane denge"]
_ROMAN_REFUSE = [f"{no} {verb}" for no in _NOT for verb in _REFUSING]
_SCRIPT_REFUSE = ["نہیں لگوائیں گے", "نہیں لگوائینگے", "نہیں لگوانے د*", "نہیں لگانے د*",
                  "نہیں لگنے د*", "نہیں کروائیں گے", "نہیں کرواتے", "نہیں کرواتی",
                  "نہیں لگواتی", "نہیں چاہتا", "نہیں چاہیئے", "نہی چاہیے", "نئیں چاہیے",
                  "نہیں دیں گے", "نہیں دلوائیں گے", "نہیں دلوانا", "ہرگز نہیں", "hargiz nahi",
                  "اجازت نہیں", "اجازت واپس", "ijazat wapis", "consent wapas", "consent wapis",
                  "رضامندی نہیں", "razamandi nahi", "manzoor nahi", "منظور نہیں",
                  "ویکسین نہیں کرواتے", "ویکسین نہیں لگواتے", "teeke nahi lagwate",
                  "tikay nahi lagwate", "vaccine nahi karwate", "vaccines nahi karwate",
                  "vaccine nahi lagwate", "vaccination nahi karwate", "hum teeke nahi",
                  "hamare bache teeke nahi", "ہمارے بچے ٹیکے نہیں", "ہم ٹیکے نہیں",
                  "نہ لگوائیں گے", "na lagwayenge", "na lagwaenge", "na karwayenge",
                  "ہم ویکسین نہیں", "hum vaccine nahi", "hum vaccines nahi"]

CUES: dict[str, list[str]] = {
    "yes": ["جی ہاں", "جی ہان", "ہاں", "ہان", "جی", "ٹھیک ہے", "ضرور", "بالکل", "اچھا", "منظور",
            "haan", "haa", "ji haan", "jee haan", "ji", "jee", "theek hai", "thik hai",
            "theek he", "zaroor", "zarur", "bilkul", "acha", "achha", "accha", "haan ji",
            "han ji", "ha ji", "haanji", "hanji", "han", "ji zaroor", "ok ji", "جی ضرور",
            "ہاں جی", "lagwana hai", "lagwani hai", "karwana hai", "karwa dein", "karwa do",
            "لگوانا ہے", "لے آؤں گی", "لے آؤں گا", "لے آئیں گے", "le aaungi", "le aaunga",
            "le aayenge", "le ayenge", "aa jayenge", "آ جائیں گے", "sahi hai", "ji han",
            "jee han", "haan jee", "lagwa dein", "lagwa do", "لگوا دیں", "کروا دیں"],
    "book": ["بک", "اپائنٹمنٹ", "ملاقات", "book kar*", "book kr*", "waqt de*", "booking",
             "بکنگ", "بک کر*", "appointment de*", "appointment bana*", "time de*", "ٹائم د*",
             "وقت د*", "اپائنٹمنٹ د*", "اپائنٹمنٹ بنا*"],
    "already": ["lagaya tha", "lagwaya tha", "lagwaya hai", "لگایا تھا", "لگوایا تھا",
                "پہلے ہی", "لگ چکا", "لگ چکی", "لگ چکے", "لگوا چکے", "لگوا لیا", "لگوا لی",
                "لگ گئی", "لگ گیا", "pehle hi", "pehle he", "lag chuka", "lag chuki",
                "lag chuke", "lagwa chuke", "lagwa liya", "lagwa li", "lag gaya", "lag gayi",
                "ho chuka", "ho chuki", "ho chuke", "ہو چکا", "ہو چکی", "ہو چکے", "lagwa diya",
                "lagwa diye", "لگوا دیا", "لگوا دیے", "لگا دیا", "لگ گئے", "lag gaye",
                "tikay lag", "teeke lag", "لگے ہوئے", "pehle ho gaya",
                "pehle ho gayi", "lagwaya tha", "lagwaya hai",
                "لگوایا تھا", "لگوایا ہے", "lagwa liya tha"],
    "moved": ["منتقل*", "شفٹ*", "چلے گئے", "دوسرے شہر", "shift ho gaye", "chale gaye",
              "chalay gaye", "move ho gaye", "doosre shehar", "nahi rehte", "nahin rehte",
              "نہیں رہتے", "register hain", "رجسٹر ہیں", "رجسٹر ہو گئے", "register ho gaye",
              "naya gp", "نیا جی پی", "surgery badal*", "سرجری بدل*", "گھر بدل*", "ghar badal*",
              "ملک سے باہر", "wapis chale gaye", "new address", "naya address", "نیا پتہ"],
    "wrong": ["غلط نمبر", "میرا بچہ نہیں", "میرے بچے نہیں", "ghalat number", "galat number",
              "ghalat", "galat", "mera bacha nahi", "koi bacha nahi", "nahi janta",
              "nahi janti", "nahin janta", "nahin janti", "نہیں جانتا", "نہیں جانتی",
              "koi bachay nahi", "koi bache nahi", "bachay nahi", "کوئی بچہ نہیں",
              "کوئی بچے نہیں", "غلط بندے", "galat banda", "ghalat banda", "galti se", "غلطی سے",
              "new sim", "nayi sim", "نئی سم", "naya number", "نیا نمبر", "کوئی تعلق نہیں",
              "koi taluq nahi", "koi talluq nahi"],
    "refuse": ["نہیں چاہیے", "نہیں چاہئے", "نہیں چاہتے", "نہیں چاہتی", "نہیں لگوانا",
               "نہیں لگوائیں*", "انکار", "nahi chahiye", "nahin chahiye", "nai chahiye",
               "nahi lagwana", "nahi lagwayenge", "nahi lagwaenge", "nahi karwana",
               "nahi chahte", "inkaar", "inkar", "nahi lagwani", "nahin lagwana", "nai lagwana",
               "nahi lagwate", "nahin lagwate", "نہیں لگواتے", "نہیں لگوانی", "nahi karwayenge",
               "nahi karwaenge", "nahin lagwayenge", "nahi karwani", "نہیں کروانا",
               "نہیں کروانی", "nahi lagwaungi", "nahi lagwaunga", "نہیں لگواؤں گی",
               "نہیں لگواؤں گا",
               "nahi lagwaye ga", "nahi lagwaye gi", "nahi lagwayega", "nahi lagwayegi",
               "na ab lagwayenge", "nahi karwate", "nahin karwate", "اجازت نہیں دیتا",
               "اجازت نہیں دیتی", "اجازت نہیں دیتے", "اجازت نہیں دیں گے", "ijazat nahi",
               "نہیں لگوائے گا", "نہیں لگوائے گی"],
    "stop": ["پیغام نہ", "میسج نہ", "پیغامات نہ", "مزید پیغامات", "بند کریں", "رابطہ نہ",
             "message mat", "message na",
             "msg mat", "sms mat", "mat bhejo", "mat bhejein", "na bhejein", "band karo",
             "band karein", "band kar*", "بند کر*", "call mat", "کال مت", "کال نہ", "فون نہ",
             "call na kar*", "contact na kar*", "contact mat", "number delete", "نمبر ڈیلیٹ",
             "لسٹ سے نکال*", "list se nikal*", "list se hata*", "بس کریں", "bas karo",
             "bas karein", "text mat", "msg na", "میسج مت", "tang na kar*", "تنگ نہ کر*",
             "تنگ مت کر*"],
    "doubt": ["ڈر", "فکر", "پریشان", "محفوظ", "کیا", "سوال*", "مضر", "اثرات", "جیلاٹین", "سور",
              "حلال", "بات کر*", "پتہ نہیں", "معلوم نہیں", "شاید", "بعد میں", "بیمار", "بخار",
              "pata nahi", "maloom nahi", "dar", "darr", "fikar", "fikr",
              "pareshan", "kya", "nuksan", "suar", "baat kar*", "sochna", "sochenge",
              "baad mein", "shayad", "bimar", "bukhar", "faisla", "mashwara", "مشورہ",
              "poochh*", "pooch*", "پوچھ*", "soch*", "سوچ*", "zaroori", "ضروری", "khatra",
              "خطرہ", "tension", "sawal*", "safe", "ingredients", "pregnant", "حاملہ",
              "waqt chahiye", "time chahiye", "وقت چاہیے", "وقت چاہئے", "thora time",
              "تھوڑا وقت"],
    "condition": ["ابھی", "بعد میں", "بیمار", "abhi", "baad mein", "bimar", "ابھی نہیں",
                  "abhi nahi", "abhi nahin", "kuch din", "کچھ دن", "thori der", "waqt chahiye",
                  "time chahiye", "وقت چاہیے", "وقت چاہئے", "thora time", "تھوڑا وقت",
                  "kuch waqt", "کچھ وقت"],
    "negative": ["نہیں", "nahi", "nahin", "nai"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["رضامندی واپس", "ٹیکے نہیں لگواتے", "ٹیکہ نہیں", "تجربہ نہیں ہوگا",
                    "consent wapis", "nahi lagega", "ke khilaf", "کے خلاف", "faisla final",
                    "فیصلہ حتمی", "injections nahi", "injection nahi", "ٹیکے نہیں",
                    "nahi lagegi", "koi teeka nahi", "koi jab nahi", "کوئی ٹیکہ نہ",
                    "interested nahi", "دلچسپی نہیں"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["never", "کبھی نہیں", "نہ اب نہ بعد", "kabhi nahi", "na ab", "kabhi bhi nahi",
                "kabhi nahin", "کبھی بھی نہیں", "na ab na"],
    "talk": ["baat karni", "baat karna", "بات کرنی", "بات کرنا", "explain", "samjha*", "سمجھا*",
             "batayein", "bata dein", "بتائیں", "بتا دیں", "maloomat", "معلومات", "mashwara",
             "مشورہ"],
    "identity": ["کون", "kaun", "kon"],
    "sched": ["کب", "وقت", "صبح", "شام", "kab", "waqt", "subah", "shaam", "kitne baje",
              "دن", "din", "کس دن", "kis din"],
}

# Issue 13: general vocabulary beside the literal phrases above.
CUES["refuse"] += _ROMAN_REFUSE + _SCRIPT_REFUSE
CUES["yes"] += ["haanji", "hnji", "hn ji", "jee haan", "ji bilkul", "bilkul ji", "theek h",
                "thik h", "thk hai", "tik hai", "theek ha", "okay ji", "ok g", "g haan",
                "zaroor ji", "lagwa dijiye", "lagwa den", "lagwa lenge", "lagwa lein ge",
                "karwa lenge", "karwa dijiye", "lagwa sakte",
                "le aayen ge", "le aaenge", "le aungi", "le aunga", "le ke aaun*", "le kar aa*",
                "le aaoon*", "لے آئیں گی", "لے آؤنگی", "لے آؤنگا", "لگوا لیں گے",
                "لگوا دیجیے", "کروا لیں گے", "منظور ہے", "razi hain", "raazi",
                "راضی", "razi", "ijazat hai", "اجازت ہے"]
CUES["book"] += ["book kijiye", "book kardein",
                 "book kr dein", "بک کریں", "بک کر دیں", "time dein", "time dijiye",
                 "waqt dijiye", "وقت دیں", "ٹائم دیں", "تاریخ دیں", "date de*"]
CUES["stop"] += ["stop kar*", "stop kr*", "hata d*", "hata dein", "ہٹا د*", "nikal d*",
                 "نکال د*", "call mat kar*", "dobara contact na", "dobara msg na",
                 "dobara message na", "dobara mat", "دوبارہ رابطہ نہ", "دوبارہ میسج نہ",
                 "msg na kar*",
                 "message na kar*",
                 "texts band", "reminders band", "messages band", "میسج بند", "پیغامات بند",
                 "تنگ کرنا بند", "phone na kar*", "فون نہ کر*", "رابطہ نہ کر*", "block kar*"]
CUES["doubt"] += ["ghabra*", "گھبرا*", "darta", "darti", "dar lagta", "ڈر لگتا", "side effect*",
                  "سائیڈ ایفیکٹ*", "reaction", "ری ایکشن", "autism", "آٹزم", "haram", "حرام",
                  "sure nahi", "yaqeen nahi", "یقین نہیں", "sochna hai", "soch ke",
                  "سوچ کر", "mushkil", "مشکل", "kyun", "kyon", "کیوں", "zaroorat", "ضرورت"]
CUES["condition"] += ["jab tak", "جب تک", "pehle nurse", "pehle doctor", "theek ho jaye",
                      "ٹھیک ہو جائے", "ramzan", "رمضان", "eid ke baad", "عید کے بعد",
                      "is waqt", "اس وقت", "filhal", "فی الحال", "fil hal", "mareez", "مریض",
                      "bukhar hai", "بخار ہے", "beemar", "tabiyat", "طبیعت"]
CUES["negative"] += ["nhi", "nahee", "nahii", "نہی", "نئیں", "na ji", "nahi ji"]
CUES["refuse_soft"] += ["hum teeke nahi", "vaccine nahi karwate", "ہم ٹیکے نہیں لگواتے",
                        "faisla kar liya", "فیصلہ کر لیا", "hamara faisla", "ہمارا فیصلہ",
                        "ijazat wapas", "اجازت واپس", "consent withdraw", "interest nahi",
                        "zaroorat nahi", "ضرورت نہیں", "shauq nahi", "family decision"]
CUES["lasting"] += ["kabhi nahi lagwa*", "kabhi bhi", "ہرگز", "hargiz", "kbhi nahi",
                    "aaj tak nahi", "آج تک نہیں", "saalon se", "سالوں سے", "hamesha se",
                    "ہمیشہ سے"]
CUES["talk"] += ["baat ho*", "baat kar lun", "baat kar loon", "baat kiye", "baat na ho",
                 "بات ہو*", "بات کیے", "بات کر لوں", "nurse se", "doctor se", "daktar se",
                 "نرس سے", "ڈاکٹر سے", "samjhaye*", "سمجھائیں"]
CUES["sched"] += ["konsi", "kaunsi", "kaun si", "kon si", "کونسی", "کون سی", "kahan", "کہاں",
                  "address", "ایڈریس", "پتہ کیا", "surgery", "سرجری", "clinic", "کلینک",
                  "interpreter", "tarjuman", "ترجمان", "urdu", "اردو", "nani", "dadi", "نانی",
                  "دادی", "ammi", "ابو", "abbu", "ek saath", "ek sath", "ایک ساتھ", "ek hi din",
                  "ایک ہی دن", "dono", "دونوں", "baje", "بجے", "hafte", "ہفتے", "week",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "peer", "پیر", "mangal", "منگل", "budh", "بدھ", "jumeraat", "جمعرات", "juma",
                  "جمعہ", "hafta", "ہفتہ", "itwar", "اتوار", "kal", "کل", "parson", "پرسوں",
                  "school ke baad", "اسکول کے بعد"]

CUES["sched"] += ["road", "street", "روڈ", "سٹریٹ"]
# "If" and "until" make a no conditional (rule 4); the cue is read only beside a refusal.
CUES["condition"] += ["agar", "اگر", "jab tak", "tab tak", "تب تک", "pehle ... baat"]
# "He won't take any vaccine", "I won't have it given": the vaccine named, then the verb.
_NOUNS = ["teeka", "teeke", "tika", "tikay", "vaccine", "vaccines", "injection", "jab", "ٹیکہ",
          "ٹیکے", "ویکسین", "انجکشن"]
CUES["refuse"] += [f"{n} ... {v}" for n in _NOUNS
                   for v in ("nahi lega", "nahi legi", "nahi lenge", "nahi lagega", "نہیں لے گا",
                             "نہیں لے گی", "نہیں لیں گے", "نہیں دلواؤں گی", "نہیں دلواؤں گا",
                             "نہیں دلوائیں گے", "nahi dilwaungi", "nahi dilwaunga",
                             "nahi dilwayenge")]
CUES["refuse_soft"] += ["ke haq mein nahi", "کے حق میں نہیں", "haq mein nahi", "حق میں نہیں"]

# Roman Urdu words the English view would misread: "ye"/"yeh" (this), "ya" (or), "k" (of, "ke").
# "Na" and "نہ" say no before an answer ("na ji": no, sir): a yes-word after one is not a yes
# (the ``negative`` cue leaves them out: "karo na" is a tag, not a no).
NEGATIONS = ["na", "نہ"]
NOT_ENGLISH = ["ye", "yeh", "ya", "k"]

# Issue 13, second pass. A refusal said as done ("we refused", "we said no"), the vaccine that
# "will not be given", and "respect our decision".
CUES["refuse_soft"] += ["mana kar diya", "mana kar dia", "mana kr diya", "mana kar chuke",
                        "mana kiya hai", "منع کر دیا", "منع کر چکے", "inkaar kar diya",
                        "inkar kar diya", "انکار کر دیا", "انکار کر چکے", "nahi keh diya",
                        "نہیں کہہ دیا", "ویکسین نہیں لگے گی", "ویکسین نہیں لگے گا",
                        "ٹیکہ نہیں لگے گا", "ٹیکے نہیں لگیں گے",
                        "teeka nahi lagega", "vaccine nahi lagegi", "vaccine nahi lagega",
                        "faisle ka ehtiram", "faisle ki izzat", "فیصلے کا احترام",
                        "فیصلے کی عزت", "ہمارا فیصلہ", "faisla ho chuka", "فیصلہ ہو چکا",
                        "faisla final hai", "فیصلہ فائنل", "interested nahi hain",
                        "دلچسپی نہیں رکھتے"]
# "We'll come", said in the ways Roman Urdu splits and spells it.
CUES["yes"] += ["aa jayen ge", "aa jaen ge", "aa jaenge", "aa jayein ge", "aajayenge",
                "aa jaye ge", "aa jayegi", "aa jaungi", "aa jaunga", "aa jaoon gi", "aa jaoon ga",
                "hum aayenge", "hum aaenge", "آ جاؤں گی", "آ جاؤں گا", "آجائیں گے", "ہم آئیں گے"]
# "Wait" makes a no a "not yet" (rule 4).
CUES["condition"] += ["intezar", "intizar", "intazar", "انتظار", "ruk jayen", "ruk kar", "wait"]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["theek hai", "thik hai", "theek he", "thik he", "theek hai na", "thik hai na",
                 "chalega", "chal jayega", "chal jaye ga", "ho sakta hai", "ho jayega",
                 "ho jaye ga", "theek rahega", "thik rahega", "ok hai", "ok", "masla to nahi",
                 "koi masla", "koi masla hai", "ٹھیک ہے", "ٹھیک ہے نا", "چلے گا", "چل جائے گا",
                 "ہو سکتا ہے", "ہو جائے گا", "ٹھیک رہے گا", "کوئی مسئلہ", "کوئی مسئلہ ہے",
                 "مسئلہ تو نہیں"]
# Who brings the child ("nana le kar aayenge"): how the family will come (rule 2).
CUES["sched"] += ["nana", "dada", "nanu", "abbu", "ammi", "نانا", "دادا", "دادی", "ابو", "امی"]

# December, third pass (general forms, not the new replies' wording). "No vaccine (at all)",
# "we don't give/have our children vaccines", "MMR will not be done", "we don't vaccinate".
CUES["refuse_soft"] += [f"koi {n} nahi" for n in ("vaccine", "teeka", "tika", "teekay", "mmr")]
CUES["refuse_soft"] += [f"کوئی {n} نہیں" for n in ("ویکسین", "ٹیکہ", "ٹیکے", "mmr")]
CUES["refuse_soft"] += [f"{n} nahi {v}" for n in ("vaccine", "vaccines", "teeke", "tikay")
                        for v in ("dete", "deti", "dilwate", "dilwati", "lete", "leti")]
CUES["refuse_soft"] += [f"{n} نہیں {v}" for n in ("ویکسین", "ٹیکے", "vaccinate")
                        for v in ("دیتے", "دیتی", "دلواتے", "دلواتی", "لیتے", "لیتی", "کرتے",
                                  "کرتی")]
CUES["refuse_soft"] += ["vaccinate nahi karte", "vaccinate nahi karti", "mmr نہیں ہوگا",
                        "ویکسین نہیں ہوگی", "ٹیکہ نہیں ہوگا", "mmr nahi hoga",
                        "vaccine nahi hogi", "teeka nahi hoga"]
# "We have decided: no" (the decision, then the no; "decide nahi kiya" is undecided).
CUES["refuse_soft"] += [f"{d} ... {no}" for d in ("decide kar liya", "decide kr liya",
                                                  "faisla kar liya", "faisla kiya", "فیصلہ کر لیا",
                                                  "فیصلہ کیا")
                        for no in ("nahi", "nahin", "nhi", "نہیں")]
# "If (we) don't have it", "without it": a question's condition, not a decision.
CUES["condition"] += ["na lagwaya to", "nahi lagwaya to", "نہ لگوایا تو", "نہیں لگوایا تو"]
# "No vaccine has been given yet" ("koi vaccine nahi lagi"): a fact, not a decision.
CUES["condition"] += ["koi vaccine nahi lagi", "koi teeka nahi laga", "koi vaccine nahi hui",
                      "کوئی ویکسین نہیں لگی", "کوئی ٹیکہ نہیں لگا", "کوئی ویکسین نہیں ہوئی"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["kitni baar", "kitni bar", "kitni dafa", "kitni dafaa", "کتنی بار",
                       "کتنی دفعہ"]

# Issue 13, rules pass: "it's not for us", "the answer is the same: no", "we knowingly aren't
# getting them": a decision (rule 1).
CUES["refuse_soft"] += ["ہمارے لیے نہیں", "hamare liye nahi", "humare liye nahi",
                        "hamare liye nahin", "jawab wahi hai ... nahi", "جواب وہی ہے ... نہیں",
                        "jaan boojh kar nahi", "jaan bujh kar nahi", "جان بوجھ کر نہیں",
                        "nahi lagwa rahe", "نہیں لگوا رہے", "ٹیکے بند کر دیے",
                        "teeke band kar diye",
                        "فیصلہ نہیں بدلے گا", "faisla nahi badlega"]

# Yes-words that are also a title ("ji": sir, madam): "ji nahi", "ji na" is a no said politely.
HONORIFIC_YES = ["ji", "jee", "جی"]
# Words that join "agree" to what was agreed ("ki", "ke": that).
AGREED_JOINERS = ["ki", "ke"]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "dentist", "ڈینٹسٹ", "دانتوں کا ڈاکٹر", "دانت کا ڈاکٹر", "daant ka doctor", "danton ka doctor",
    "daanton ka doctor", "aankhon", "آنکھوں", "khoon ka test", "خون کا ٹیسٹ", "نسخہ",
    "میری امی کی", "امی کی اپائنٹمنٹ", "ammi ki appointment", "meri ammi ki",
    "abbu ki appointment", "ابو کی اپائنٹمنٹ", "شوہر کی", "shohar ki", "میری اپنی", "meri apni",
    "ڈاکٹر صاحب ہیں", "doctor sahab hain", "doctor sahib hain", "ڈاکٹر صاحبہ ہیں",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "مہندی", "mehndi", "mehendi", "parlour", "parlor", "پارلر", "بال کٹوا*", "baal katwa*",
    "meri report*", "میری رپورٹ*", "الٹراساؤنڈ", "ultrasound",
    # A yes said to a partner or a parent: a text meant for the family, not the surgery.
    "جی امی", "ji ammi", "ji abbu", "جی ابو", "haan ammi",
]
CUES["child_vax"] = ["ٹیک*", "teek*", "tika*", "ٹیکہ", "ٹیکے", "ویکسین"]

# Issue 13, after test split L: "vaccines aren't given in our home".
CUES["refuse_soft"] += ["teek* ... ghar mein nahi lag*", "ghar mein teek* nahi lag*",
                        "ٹیکے ... گھر میں نہیں لگ*", "گھر میں ٹیکے نہیں لگ*"]

# Issue 13, the retired test splits read again (H208): "I want to get her vaccinated" is a yes;
# "won't be given to this one either" is a decision.
CUES["yes"] += ["لگوانا چاہتی ہوں", "لگوانا چاہتا ہوں", "لگوانا چاہتے ہیں", "lagwana chahti hoon",
                "lagwana chahta hoon", "lagwana chahte hain"]
CUES["refuse_soft"] += ["ko bhi nahi lagenge", "bhi nahi lagenge", "teeke nahi lagenge",
                        "ٹیکے نہیں لگیں گے"]

# The "here" cue (the package docstring).
CUES["here"] = ["یہاں", "yahan", "yahaan"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked; a stranger's words that a carer may also say ("the child isn't mine") are the
# weaker "wrong_weak", which a yes outweighs (a second reader's near misses).
CUES["wrong_weak"] = ["bachay ka naam likha hai wo mera nahi"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["نرس", "ڈاکٹر"]
CUES["person"] = PERSON

# The retired splits' refusals the model was sure of, read out-of-fold after O (H210).
CUES["refuse_soft"] += ["ہومیوپیتھک", "homeopathic"]

# The retired splits' yeses the model was sure of, read out-of-fold after O (H210).
CUES["yes"] += ["لگوانا چاہتی ہوں", "لگوانا چاہتا ہوں", "لگوانا چاہتے ہیں", "lagwana chahti hoon",
                 "lagwana chahte hain"]
CUES["sched"] += ["کب آ سکتے ہیں", "kab aa sakte hain"]

# H211, after test split R: "that's why we are not getting these jabs done".
# Not "pehle hum teeke nahi karwa rahe the, lekin ab ..." (we weren't before; a near miss).
CUES["refuse_soft"] += [f"{w}{e}" for w in ("teeke nahi karwa rahe", "teeke nahin karwa rahe",
                                          "tike nahi karwa rahe", "teeke nahi lagwa rahe")
                        for e in (" .", " ,", " hain", " hai", " is liye")]
CUES["refuse_soft"] += ["ٹیکے نہیں کروا رہے ہیں", "ٹیکے نہیں لگوا رہے ہیں"]

# A text meant for the family ("tell mum I'll be there by 5, don't cook": H211, test split R).
CUES["offtopic"] = ["ammi ko bolo", "ammi ko bata*", "abbu ko bolo", "khana na banay*",
                    "khana mat banay*", "امی کو بولو", "امی کو بتا*", "کھانا نہ بنا*"]

# Thanks that may follow a closing no (labels._closing_no).
THANKS = ["shukriya"]

# The flu or covid jab named: the "seasonal" cue (labels_decide; H213).
CUES["seasonal"] = ["فلو", "flu", "کووڈ", "کرونا", "covid*"]
