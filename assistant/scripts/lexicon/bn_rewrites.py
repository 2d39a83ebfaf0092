"""Bengali marker rewrites for the reply labeller (``bn``): phrases replaced by the English rules'
markers before any cue is looked for, so that a no inside them is not read as a no."""

from __future__ import annotations

from collections import defaultdict

# Issue 13: the days and times of day as a speaker would list them (standard, Sylheti and Latin
# letters). ``bn`` reads them as the ``sched`` cue; a no beside one is ``PREFERRED`` (below).
DAYS = ["শনিবার", "রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার",
        "সকালে", "বিকালে", "বিকেলে", "shonibar", "robibar", "shombar", "sombar", "mongolbar",
        "budhbar", "brihospotibar", "shukrobar", "sokale", "bikale", "bikele", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning"]

# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # A yes's reassurance: the no inside it is not a no.
    "REASSURED": ["কোনো অ্যালার্জি নেই", "কোন অ্যালার্জি নেই", "অ্যালার্জি নেই", "অ্যালার্জি নাই",
                  "এলার্জি নেই", "এলার্জি নাই", "allergy nai", "allergy nei", "allergy nay",
                  "কোনো সমস্যা হয়নি", "কোন সমস্যা হয়নি", "সমস্যা হয় নাই", "সমস্যা হয়নি",
                  "problem hoy nai", "problem hoyni", "somossa hoy nai", "shomossha hoy nai",
                  "somossa hoyni", "jor chilo ... bhalo", "jor silo ... bhalo",
                  "jor chilo ... valo", "জ্বর ছিল ... ভালো", "osustho chilo ... bhalo",
                  "অসুস্থ ছিল ... ভালো", "ekhon bhalo", "ekhon valo", "এখন ভালো", "ekhon thik",
                  "এখন ঠিক", "সময়মতো দিয়েছি", "shomoy moto", "somoy moto", "সময়মতো"],
    # A time or place the family would rather not have: scheduling, not a no.
    "PREFERRED": [f"{d} {no}" for d in DAYS for no in ("না", "na", "নয়", "noy", "bade", "বাদে")]
                 + ["onno surgery te na", "অন্য সার্জারিতে না", "oi surgery te na"],
    "POSOK": ["কোনো সমস্যা নেই", "কোন সমস্যা নেই", "সমস্যা নেই", "সমস্যা নাই", "somossa nai",
              "somossa nei", "shomossha nai", "problem nai", "problem nei", "no problem",
              "আপত্তি নেই", "আপত্তি নাই", "apotti nai", "apotti nei", "osubidha nai",
              "অসুবিধা নেই", "অসুবিধা নাই"],
    "NOTSURE": ["জানি না", "jani na", "janina", "sure na", "শিওর না", "নিশ্চিত না", "নিশ্চিত নই",
                "nishchit na", "ekhono thik kori nai", "এখনো ঠিক করিনি", "ekhono jani na",
                "বুঝতে পারছি না", "bujhte parchi na"],
})
REWRITES["REASSURED"] += ["antibiotic shesh", "antibiotic ... shesh", "oshudh shesh",
                          "ঔষধ শেষ", "ওষুধ শেষ", "অ্যান্টিবায়োটিক শেষ"]
# Asking for a nurse who speaks Bengali, or a woman, is about the appointment, not a worry.
# "Let us know a time" is the family asking for a booking, not for an explanation.
REWRITES["PREFERRED"] += ["সময় জানাবেন", "সময় ... জানাবেন", "তারিখ জানাবেন", "তারিখ ... জানাবেন",
                          "somoy janaben", "somoy ... janaben", "tarikh janaben"]
REWRITES["PREFERRED"] += ["বাংলা বলা নার্স", "বাংলা বলে এমন নার্স", "bangla bola nurse",
                          "bangla bole emon nurse", "মহিলা নার্স", "mohila nurse", "lady doctor",
                          "female nurse"]
# The English rules' own markers: "when the sun rises in the west" is a mock yes; "not at all",
# "never ever" a strong no (as in English, a decision unless something softens it).
REWRITES["SARCASM"] = ["সূর্য পশ্চিমে উঠ*", "surjo poschime uth*", "surjo poschim e uth*",
                       "পশ্চিমে সূর্য উঠবে", "পশ্চিম দিকে সূর্য উঠবে", "poshchim dike surjo uthbe"]
REWRITES["STRONGNO"] = ["কখনোই না", "kokhonoi na", "একদম না", "ekdom na", "কিছুতেই না",
                        "kichutei na", "মোটেও না", "motei na", "motei na"]
REWRITES["POSOK"] += ["oshubidha nai", "oshubidha nei", "osubidha nei", "osubidha nai"]

# Over a cold or fever now: a yes's reassurance, not an illness to wait for.
REWRITES["REASSURED"] += ["সেরে গেছে", "সেরে গেছে", "ভালো হয়ে গেছে", "sere geche", "sere gese",
                          "bhalo hoye geche", "bhalo hoye gese", "valo hoye gese",
                          "ekhon bhalo ase", "ekhon bhalo ache", "ekhon valo ase",
                          "এখন ভালো আছে"]
# The illness named before "is over" ("জ্বর ... সেরে গেছে") is part of the reassurance.
REWRITES["REASSURED"][:0] = [f"{ill} ... {well}" for ill in ("জ্বর*", "সর্দি*", "কাশি*", "অসুখ*",
                                                            "jor", "jvor", "sordi", "kashi")
                             for well in ("সেরে গেছে", "ভালো হয়ে গেছে", "sere geche",
                                          "sere gese", "bhalo hoye geche", "valo hoye gese")]

# "Time" is two things in Bengali replies: "(ekta) time den / diben" (give us a time) asks for
# an appointment, a booking; "time lagbe", "somoy lagbe" (I need time) and "ektu / kichu din
# time den" (give me a little / a few days' time) ask for time to think: doubt (NOTSURE, so
# that the "time den" inside is no booking), and a "not now" beside a no.
TIME = ["time", "taim", "somoy", "shomoy", "টাইম", "সময়"]
GIVE = ["den", "din", "diben", "diben na", "dien", "diyen", "diyain", "deben", "দেন", "দিন",
        "দিবেন", "দেবেন", "দিয়েন"]
_NEED = ["lagbe", "lagbo", "dorkar", "chai", "nibo", "লাগবে", "দরকার", "চাই", "নিব", "নেব"]
_LITTLE = ["ektu", "ekto", "kichu", "kisu", "aro", "ar ektu", "aro ektu", "kichu din", "kisu din",
           "koyek din", "koekdin", "koyekdin", "more", "একটু", "কিছু", "আরো", "আরও", "কিছুদিন",
           "কিছু দিন", "কয়েক দিন", "কয়েকদিন"]
REWRITES["NOTSURE"] += ([f"{q} {t} {v}" for q in _LITTLE for t in TIME for v in GIVE + _NEED]
                        + [f"{t} {v}" for t in TIME for v in _NEED])

# Issue 13, rules pass: "no fever now", "completely well now": the illness is over.
REWRITES["REASSURED"][:0] = [
    "এখন জ্বর নেই", "এখন জ্বর নাই", "জ্বর নেই", "জ্বর নাই", "ekhon jor nai", "ekhon jor nei",
    "jor nai", "jor nei", "একদম ভালো আছে", "এখন ভালো আছে", "এখন সুস্থ", "সুস্থ আছে",
    "ekdom bhalo ache", "ekdom valo ache", "ekhon bhalo ache", "ekhon valo ache",
    "bhalo ache ekhon", "valo ache ekhon", "ekhon sustho", "sustho ache", "ekdom bhalo ase",
    "ekhon bhalo ase"]

# Issue 13, rules pass: "whether to give it or not" is doubt, never a "won't give"; "I don't
# want these texts" is a request to stop.
REWRITES["NOTSURE"] += ["দেব কি দেব না", "দিব কি দিব না", "দেবো কি দেবো না", "debo ki debo na",
                        "dibo ki dibo na", "dimu ki dimu na", "দেব কিনা", "dibo kina", "debo kina"]
REWRITES["NOCONTACT"] = [f"{w} চাই না" for w in ("টেক্সট", "মেসেজ", "এসএমএস", "sms", "ফোন")] + [
    f"{w} chai na" for w in ("text", "message", "msg", "sms", "phone")]

# "The message is not for us" is a wrong number, not "it's not for us" (NOTFORUS: no cue).
REWRITES["NOTFORUS"] = [f"{m} ... {n}" for m in ("message", "msg", "মেসেজ", "বার্তা")
                        for n in ("amader jonno na", "আমাদের জন্য না", "আমাদের জন্য নয়")]

# Issue 13, after test split J: after school, after three: a time, not a "later".
REWRITES["PREFERRED"] += ["স্কুল ছুটির পরে", "ছুটির পরে", "স্কুলের পরে", "তিনটার পর*",
                          "school er pore", "school chutir pore"]

# Issue 13, after test split K: not reading English well is why the family asks for a call.
REWRITES["PREFERRED"] += ["english porte pari na", "english pori na", "ingreji porte pari na",
                          "ইংরেজি পড়তে পারি না", "ইংরেজি বুঝি না"]

# Issue 13, after test split L: "let me know when to come" is how to book; a parent's own job.
REWRITES["PREFERRED"] += ["কবে ... জানাবেন", "kobe ... janaben"]
REWRITES["ASIDE"] += ["ami doctor", "ami daktar", "ami nurse", "আমি ডাক্তার", "আমি নার্স"]

# Issue 13, the retired test splits read again (H208): "let me know when to come", "Friday
# after prayers would be good", "someone who speaks Bengali" are how and when, not a worry.
REWRITES["PREFERRED"] += ["কখন ... জানাবেন", "kokhon ... janaben", "পরে হলে ভালো",
                          "hoile bhalo hoy", "হলে ভালো হয়", "বাংলায় কথা বলতে",
                          "bangla boltey pare", "bangla bolte pare"]

# Issue 13, after test split M (H209): "before that would be good", "after 11 would be good",
# "my husband works nights", "she isn't scared of injections" are a yes's life.
REWRITES["PREFERRED"] += ["age dile bhalo hoy", "pore hole bhalo", "পরে হলে ভালো"]
REWRITES["ASIDE"] += ["husband ... kaj kore", "husband ... kaaj kore"]
REWRITES["REASSURED"] += ["bhoy pay na", "ভয় পায় না"]

# "Don't worry, we'll come this time": a reassurance to the surgery, not a worry (H209).
REWRITES["REASSURED"] += ["চিন্তা করবেন না", "chinta korben na"]

# A relative's "doesn't agree" is theirs, not the parent's ("my mother-in-law doesn't agree,
# I'll think a bit"; an out-of-fold co-signed false refusal).
REWRITES["ASIDE"] += [f"{w} {n}" for w in ("shashuri", "shashuri amma", "shami", "husband",
                                           "swami", "শাশুড়ি", "স্বামী", "শ্বশুর", "shoshur")
                      for n in ("raji na", "rajee na", "রাজি না", "rajhi na")]

# Issue 13, after test split O (H210): "stopped talking after her jab" is a past event given as
# the reason for a no, not a request to talk.
REWRITES["PASTEVENT"] += ["kotha bola bondho", "কথা বলা বন্ধ"]

# The retired splits' yeses the model was sure of, read out-of-fold after O (H210): "if not,
# no problem", a parent who cannot read or speak English well.
REWRITES["POSOK"] += ["না থাকলেও সমস্যা নেই", "না থাকলে সমস্যা নেই"]
REWRITES["ASIDE"] += ["english bhalo na", "ইংরেজি ভালো লিখতে পারি না", "ইংরেজি ভালো না",
                      "ইংরেজি পারি না"]

# Test split P, measured and read (H210).
REWRITES["PREFERRED"] += ["jayga ache janaben", "jayga thakle janaben", "pore hole best",
                          "tar pore hole"]
# After test split X (H212): "ekta shomoy din" (give us a time) asks for a slot, not for time.
REWRITES["PREFERRED"] += ["একটা সময় দিন", "একটি সময় দিন", "ekta somoy din", "ekta shomoy din"]
# After test split Y: "ami hospital e duty te" is the parent's job, not a worry about a hospital;
# "shokale shomoy din" asks for a morning slot.
REWRITES["ASIDE"] += ["hospital e duty", "hospital e kaj", "হাসপাতালে ডিউটি"]
REWRITES["PREFERRED"] += [f"{t} সময় দিন" for t in ("সকালে", "বিকেলে", "দুপুরে", "সন্ধ্যায়")]
