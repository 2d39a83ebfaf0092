"""Urdu marker rewrites for the reply labeller (``ur``): phrases replaced by the English rules'
markers before any cue is looked for, so that a no inside them is not read as a no."""

from __future__ import annotations

from collections import defaultdict

# The days and times of day (Roman Urdu and script): a no beside one is ``PREFERRED`` (below).
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "peer",
         "mangal", "budh", "jumeraat", "juma", "hafta", "itwar", "subah", "shaam", "dopahar",
         "پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار", "صبح", "شام", "دوپہر"]
# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # A yes's reassurance: the no inside it is not a no.
    "REASSURED": ["koi allergy nahi", "koi allergy nahin", "allergy nahi", "allergy nahin",
                  "کوئی الرجی نہیں", "الرجی نہیں", "کوئی الرجی نہیں ہے", "koi masla nahi hua",
                  "kabhi koi masla nahi", "kabhi masla nahi", "کبھی کوئی مسئلہ نہیں",
                  "کوئی مسئلہ نہیں ہوا", "koi reaction nahi", "کوئی ری ایکشن نہیں",
                  "kabhi reaction nahi", "koi problem nahi hui", "kabhi problem nahi",
                  "bukhar tha ... theek hai", "bukhar tha ... fit hai", "بخار تھا ... ٹھیک ہے",
                  "bimar tha ... theek hai", "بیمار تھا ... ٹھیک ہے", "ab theek hai",
                  "ab bilkul theek", "اب ٹھیک ہے", "اب بالکل ٹھیک", "ab fit hai",
                  "khatam ho gaye", "ختم ہو گئی", "hamesha waqt par", "ہمیشہ وقت پر",
                  "waqt pe lage", "وقت پر لگے"],
    # A time or place the family would rather not have: scheduling, not a no.
    "PREFERRED": [f"{day} {no}" for day in _DAYS for no in ("nahi", "nahin", "nhi", "نہیں")]
                 + [f"{day} ko nahi" for day in _DAYS] + [f"{day} کو نہیں" for day in _DAYS]
                 + ["doosri surgery nahi", "دوسری سرجری نہیں", "wahan nahi", "وہاں نہیں",
                    "school time nahi", "bas ... nahi chalega"],
    "POSOK": ["koi masla nahi", "koi masla nahin", "کوئی مسئلہ نہیں", "koi baat nahi",
              "کوئی بات نہیں", "koi aitraz nahi", "koi etraz nahi", "کوئی اعتراض نہیں",
              "aitraz nahi", "اعتراض نہیں", "koi problem nahi", "no problem"],
    "NOTSURE": ["pata nahi", "pata nahin", "pta nahi", "پتہ نہیں", "پتا نہیں", "maloom nahi",
                "معلوم نہیں", "abhi pata nahi", "yaqeen nahi", "یقین نہیں", "sure nahi",
                "faisla nahi kiya", "فیصلہ نہیں کیا", "abhi tak faisla nahi"],
})
REWRITES["REASSURED"] += ["antibiotic* khatam", "antibiotic* ... khatam", "dawai khatam",
                          "dawa khatam", "دوائی ختم", "دوا ختم", "اینٹی بائیوٹک ختم"]
# Asking for a nurse who speaks Urdu, or a woman, is about the appointment, not a worry.
REWRITES["PREFERRED"] += ["اردو بولنے وال* نرس", "اردو بولنے وال* ڈاکٹر", "urdu bolne wal* nurse",
                          "urdu bolne wal* doctor", "lady doctor", "لیڈی ڈاکٹر", "خاتون نرس",
                          "female nurse", "aurat nurse"]
# The English rules' own markers: "when the sun rises in the west" is a mock yes; "absolutely
# not" a strong no (as in English, a decision unless something softens it).
REWRITES["SARCASM"] = ["جب سورج مغرب سے نکل*", "سورج مغرب سے", "sooraj maghrib se",
                       "suraj maghrib se", "sooraj maghrib say",
                       # "On judgement day I'll bring him, for sure": never.
                       "قیامت والے دن", "قیامت کے دن", "qayamat ke din", "qayamat wale din",
                       "qayamat walay din"]
REWRITES["STRONGNO"] = ["bilkul nahi", "bilkul nahin", "bilkul nhi", "بالکل نہیں", "hargiz nahi",
                        "hargiz nahin", "ہرگز نہیں"]
REWRITES["NOTSURE"] += ["nahi pata", "nahin pata", "nhi pata", "نہیں پتہ", "نہیں پتا",
                        "nahi maloom", "نہیں معلوم"]

# Issue 13, second pass. "Not now, not later", "neither now nor ever": a lasting no.
REWRITES["EVERNO"] = ["نہ اب نہ بعد میں", "نہ اب نہ کبھی", "نہ ابھی نہ بعد میں", "نہ ابھی نہ کبھی",
                      "ابھی نہیں کبھی نہیں", "na ab na baad mein", "na ab na kabhi",
                      "na abhi na baad mein", "na abhi na kabhi", "abhi nahi kabhi nahi",
                      "abhi bhi nahi aur kabhi nahi"]
# A work shift is a time the family cannot come: scheduling (not moving home: "شفٹ").
REWRITES["PREFERRED"] += ["اردو بولنے والی نرس", "اردو بولنے والا ڈاکٹر", "اردو بولنے والی ڈاکٹر",
                          "urdu bolne wali nurse", "urdu bolne wala doctor", "رات کی شفٹ",
                          "دن کی شفٹ", "صبح کی شفٹ", "شام کی شفٹ", "raat ki shift",
                          "din ki shift", "subah ki shift", "shaam ki shift", "night shift",
                          "day shift", "shift hoti", "شفٹ ہوتی", "shift lagti", "duty hoti",
                          "ڈیوٹی ہوتی"]

# Issue 13, rules pass: "the fever has gone", "she is completely fine now": the illness is over.
REWRITES["REASSURED"][:0] = [
    "بخار اتر گیا", "بخار اتر گئی", "بخار ختم", "بخار نہیں ہے", "bukhar utar gaya",
    "bukhar utar gya", "bukhar khatam", "bukhar nahi hai", "اب بالکل ٹھیک ہے", "اب ٹھیک ہے",
    "بالکل ٹھیک ہے", "ٹھیک ہو گئی ہے", "ٹھیک ہو گیا ہے", "ٹھیک ہو گئی", "ٹھیک ہو گیا",
    "ab bilkul theek hai", "ab theek hai", "ab thik hai", "theek ho gaya", "theek ho gayi",
    "thik ho gaya", "thik ho gayi"]

# Issue 13, rules pass: "we are not refusing (just a bit afraid)": lukewarm, never a refusal.
REWRITES["NOTAGAINST"] = ["inkaar nahi", "inkar nahi", "inkaar nahin", "انکار نہیں",
                          "mana nahi kar", "منع نہیں کر", "khilaf nahi", "khilaaf nahi",
                          "خلاف نہیں"]

# Issue 13, rules pass: "just tell us which day" asks for the booking, not to talk.
REWRITES["PREFERRED"] += [f"{t} {w}" for t in ("bata dein", "bata dijiye", "bata do", "batayen",
                                               "بتا دیں", "بتا دیجیے")
                          for w in ("kis din", "kab", "konsa din", "kaun sa din", "time",
                                    "کس دن", "کب")]

# "The message is not for us" is a wrong number, not "it's not for us" (NOTFORUS: no cue).
REWRITES["NOTFORUS"] = [f"{m} ... {n}" for m in ("message", "msg", "میسج", "پیغام")
                        for n in ("hamare liye nahi", "ہمارے لیے نہیں")]

# Issue 13: "call me so we can make the appointment": a yes asking for a call to arrange
# it (a booking, the English BOOKWITH), not a wish to talk it over.
REWRITES["BOOKWITH"] = [
    "فون ... وقت طے", "فون کر ... اپائنٹمنٹ", "phone kar* ... time", "call kar* ... appointment",
    "phone kar* ... appointment", "فون کر ... وقت",
]

# Issue 13, after test split L: "tell me when to come" is how to book; "I forgot, sorry" is no no.
REWRITES["PREFERRED"] += ["بتائیں کب", "batayen kab", "bataen kab", "bata dein kab"]
REWRITES["ASIDE"] += ["یاد ہی نہیں رہا", "یاد نہیں رہا", "yaad nahi raha", "yaad hi nahi raha",
                      "main doctor hoon", "main nurse hoon", "میں ڈاکٹر ہوں", "میں نرس ہوں"]

# Issue 13, the retired test splits read again (H208): "tell me the time / the day / which
# clinic" after a yes is how to book; "my English isn't good" is why a call is asked for; "we
# asked the imam, he said no problem" is a worry settled.
REWRITES["PREFERRED"] += ["time bata dein", "time bata do", "waqt bata dein", "din bata dein",
                          "وقت بتا دیں", "ٹائم بتا دیں", "دن ... بتا دیں", "بتا دیں کہ کس",
                          "تاریخ بتا دیں", "انگلش اچھی نہیں", "انگریزی اچھی نہیں",
                          "english achi nahi", "english acchi nahi"]
REWRITES["REASSURED"] += ["pooch liya tha", "پوچھ لیا تھا", "koi masla nahi", "کوئی مسئلہ نہیں"]

# Issue 13, after test split M (H209): "we consulted the maulana already", "after careful
# thought" are no wish to talk; "I may not pick up a call, text the time", "I don't drive", "she
# didn't cry at all", "her mother works at the hospital" are the family's life.
REWRITES["ASIDE"] += ["mashwara ho chuka", "مشورہ ہو چکا", "soch samajh kar", "سوچ سمجھ کر",
                      "hospital mein kaam kart*", "ہسپتال میں کام کرت*"]
REWRITES["PREFERRED"] += ["شاید نہ اٹھا", "call shayad na utha", "گاڑی نہیں چلات*",
                          "gari nahi chalat*", "gaari nahi chalat*"]
REWRITES["REASSURED"] += ["بالکل نہیں روئی", "بالکل نہیں رویا", "nahi royi", "nahi roya"]

# "Don't worry, we'll come this time": a reassurance to the surgery, not a worry (H209).
REWRITES["REASSURED"] += ["آپ فکر نہ کریں", "فکر نہ کریں", "fikar na karein", "fikr na karein"]

# The retired splits' yeses the model was sure of, read out-of-fold after O (H210): "if not,
# no problem", a parent who cannot read or speak English well.
REWRITES["ASIDE"] += ["انگریزی نہیں بولتیں", "انگریزی نہیں بولتی", "اچھی طرح نہیں پڑھ سکتی",
                      "english nahi aati", "angrezi nahi aati"]

# "Before, we weren't getting the jabs done, but now ..." (H211, a second reader's near miss):
# a past stance, no decision now.
REWRITES["ASIDE"] += ["pehle ... nahi karwa rahe the", "pehle ... nahi lagwa rahe the",
                      "pehle ... nahin karwa rahe the"]
# After test split W (H212): "bas Jumma ke din nahi please" is a day that does not suit.
REWRITES["PREFERRED"] += [f"{day} ke din {no}" for day in [*_DAYS, "jumma"]
                          for no in ("nahi", "nahin", "nhi", "نہیں")]
