"""Arabic marker rewrites for the reply labeller (``ar``): phrases replaced by the English rules'
markers before any cue is looked for, so that a no inside them is not read as a no."""

from __future__ import annotations

from collections import defaultdict

# Issue 13: the days and times of day as a speaker would list them (standard Arabic, dialects and
# Arabizi). ``ar`` reads them as the ``sched`` cue; a no beside one is ``PREFERRED`` (below).
DAYS = ["السبت", "الاحد", "الاثنين", "الاتنين", "التلات", "الثلاثاء", "الاربعاء", "الاربع",
        "الخميس", "الجمعة", "الصبح", "الصباح", "المسا", "المساء", "العصر", "بعد الظهر",
        "sabt", "el sabt", "a7ad", "el a7ad", "etnein", "el etnein", "itnein", "talat",
        "arba3", "khamis", "el khamis", "jum3a", "el jum3a", "jom3a", "el jom3a",
        "el sob7", "sob7", "sub7", "el masa",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "morning", "mornings"]

# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # A yes's reassurance: the no inside it is not a no.
    "REASSURED": ["ما عندو حساسية", "ماعندو حساسية", "ما عندهاش حساسية", "ما عندو اي حساسية",
                  "ما عنده حساسية", "ما عندها حساسية", "ما عنده اي حساسية", "ما عندها اي حساسية",
                  "ما في حساسية", "مافي حساسية", "ما فيه حساسية", "مفيش حساسية",
                  "معندوش حساسية", "معندهاش حساسية", "ليس لديه حساسية", "ليس لديها حساسية",
                  "لا يعاني من اي حساسية", "ma 3ando 7asasiye", "ma 3anda 7asasiye",
                  "ma fi 7asasiye", "ما صار معه شي", "ما صار معها شي", "عمره ما صار*",
                  "ما صار اي مشكلة", "ولا مرة صار*", "كان عنده حرارة ... منيح",
                  "كان عنده حرارة ... تمام", "كانت عندها حرارة ... منيحة", "صار تمام",
                  "صار منيح", "صارت منيحة", "هلا منيح", "هلق منيح", "هلا تمام", "الحين زين",
                  "خلص الانتي بيوتك", "خلص المضاد", "خلصت المضاد", "بوقتها", "على الوقت",
                  "في وقتها", "ما عنده مشاكل صحية", "ما عندها مشاكل صحية"],
    # A time or place the family would rather not have: scheduling, not a no.
    "PREFERRED": ([f"{n} {d}" for d in DAYS for n in ("مش", "مو", "الا", "ما عدا", "غير", "mish",
                                                         "mesh", "msh", "mo")]
                  + [f"{n} يوم {d}" for d in DAYS[:10] for n in ("مش", "مو", "الا", "ما عدا")]
                  + [f"{n} yom {d}" for d in DAYS for n in ("mish", "mesh", "msh", "mo")]
                  + [f"{d} لا" for d in DAYS] + ["مش العيادة التانية", "مش العيادة الثانية",
                                                  "مو العيادة الثانية", "مش هناك"]),
    "POSOK": ["ما في مشكلة", "مافي مشكلة", "ما فيه مشكلة", "مفيش مشكلة", "مش مشكلة", "لا مشكلة",
              "ولا يهمك", "ما عندي مانع", "ما عندنا مانع", "مافي مانع", "ما في مانع", "لا مانع",
              "معنديش مانع", "مفيش مانع", "ma fi mushkle", "mafi moshkele", "mafi mushkila",
              "msh moshkla", "ma 3ndi mane3", "ma 3andi mani3", "no problem"],
    "NOTSURE": ["مش عارف*", "مو عارف*", "mish 3aref*", "mish 3arfe", "mesh 3arfa",
                "msh 3arfa", "msh 3aref", "مش متاكد*", "مو متاكد*", "لست متاكد*", "ما قررنا",
                "لسا ما قررنا", "لسه ما قررناش", "ما بعرف اذا", "مش عارفين", "ما ادري",
                "ma badri", "ma ba3ref iza"],
})
REWRITES["REASSURED"] += ["خلص الدوا", "خلصت الدوا", "خلص الدواء", "خلص المضاد الحيوي",
                          "5alas el antibiotic", "khalas el antibiotic"]
# Asking for a nurse who speaks Arabic, or a woman, is about the appointment, not a worry.
REWRITES["PREFERRED"] += ["ممرضة بتحكي عربي", "ممرضة تحكي عربي", "ممرضة تتكلم عربي",
                          "دكتورة بتحكي عربي", "حدا بيحكي عربي", "دكتورة ست", "ممرضة ست",
                          "female nurse", "lady doctor"]
# The English rules' own markers: "in the apricots" (Levantine, Egyptian "when pigs fly") and
# "when the sun rises in the west" are a mock yes; "absolutely not" a strong no (a decision
# unless something softens it).
REWRITES["SARCASM"] = ["في المشمش", "بالمشمش", "fil mishmish", "fel meshmesh", "bel mishmish",
                       "لما تطير الجمال", "لما يطير الجمل", "تطلع الشمس من الغرب",
                       "الشمس تطلع من الغرب"]
REWRITES["STRONGNO"] = ["قطعا لا", "لا قطعا", "ابدا لا", "لا ابدا", "لا مستحيل", "لا والف لا",
                        "la2 abadan", "la abadan", "abadan la2"]

# December, third pass: more ways to say "no allergy" (a yes's reassurance).
REWRITES["REASSURED"] += ["ليس لديه اي حساسية", "ليس لديها اي حساسية", "مفيش عنده حساسية",
                          "مفيش عندها حساسية"]
# "We are not against (vaccines)": lukewarm, never the "against" of a refusal.
REWRITES["NOTAGAINST"] = [f"{n} ضد" for n in ("لسنا", "لست", "مش", "مو", "ما نحن", "ما احنا",
                                              "مانا", "مني", "موش", "ماناش")]

# Issue 13, rules pass: "he has recovered", "he is fine now"; and every reassurance with the
# conjunction "و" written onto its first word ("ومفيش عنده حساسية": and he has no allergy).
REWRITES["REASSURED"] += ["تعافى", "تعافت", "تعافى تماما", "تعافت تماما", "شفي", "شفيت",
                          "كويس دلوقتي", "كويسة دلوقتي", "كويس الحين", "منيح هلق", "منيحة هلق",
                          "منيح هلا", "صار كويس", "صارت كويسة", "بخير الحين", "بخير هلق"]
REWRITES["REASSURED"] += ["و" + p for p in REWRITES["REASSURED"] if not p.startswith("و")
                          and "*" not in p[:2] and not p[:1].isascii()]
# "Book him with the nurse": a booking and whom with, not a wish to talk first.
REWRITES["BOOKWITH"] = [f"{v} ... {w}" for v in ("احجزوا", "احجزو", "احجز", "احجزي", "سجلوه",
                                                 "سجلوها", "اعطونا موعد", "ihjezo", "e7jezo")
                        for w in ("مع الممرض*", "مع النيرس", "مع الدكتور*", "ma3 el nurse")]

# Issue 13, rules pass: "we are not refusing (just afraid)": lukewarm, never a refusal.
REWRITES["NOTAGAINST"] += [f"{n} {v}" for n in ("مش", "مو", "ما", "لا", "mish", "mesh", "msh", "mo",
                                                 "ma")
                           for v in ("رافض*", "رفضنا", "رفضت", "بنرفض", "نرفض", "برفض", "ارفض",
                                     "rafd*", "rafid*", "rafdeen", "rafdin", "bnorfod", "bnurfud")]

# "The message is not for us" is a wrong number, not "it's not for us" (NOTFORUS: no cue).
REWRITES["NOTFORUS"] = [f"{m} ... {n}" for m in ("الرسالة", "المسج", "المسيج", "الرساله")
                        for n in ("مش النا", "مش لنا", "مو لنا", "مش لينا")]

# Issue 13, after test split L: a parent's own job (a nurse, a doctor) is no wish to talk to one.
REWRITES["ASIDE"] += ["أنا ممرضة", "انا ممرضة", "أنا طبيب*", "انا طبيب*", "أنا دكتور*",
                      "انا دكتور*"]

# Near misses of H208's forms: "they are not without your vaccines" says the opposite of a no.
REWRITES["ASIDE"] += ["ليسوا بدون", "مش بدون", "مو بدون", "مش من غير"]

# Issue 13, after test split M (H209): "we were living in the asylum hotel" is a yes's life.
REWRITES["ASIDE"] += ["كنا عايشين", "فندق اللجوء"]

# A relative's no reported, and "I'm not one of those who say ..." (a reviewer's probes, H210).
REWRITES["PARTNERDOUBT"] += ["جوزي بيقول", "جوزي يقول", "زوجي يقول"]
REWRITES["PARTNERDOUBT"] += ["مش من الناس اللي بيقولوا", "مش من اللي بيقولوا"]

# "We've decided, and we don't want to go back over it" closes the talk (H211, test split T).
REWRITES["ASIDE"] += ["ما بدنا نرجع نحكي", "وما بدنا نرجع نحكي", "ما بدي ارجع احكي",
                      "ما بدي أرجع أحكي"]
# After test split AA (H212): "كنت رافض الأول بس الدكتور فهمني ... احجزولها" (I was against it at
# first, but ... book her): a stance given up, not a refusal.
REWRITES["ASIDE"] += ["كنت رافض", "كنت رافضة", "كنا رافضين", "كنت رافضه"]
# After test split AB (H213): "I don't want my son Fahd to take the needle on his own, I want to be
# with him. When is it?": how he is to have it, not a no.
REWRITES["PREFERRED"] += [f"{v} ... {a}" for v in ("ياخذ*", "ياخد*", "تاخذ*", "تاخد*")
                          for a in ("بروحه", "بروحها", "لحاله", "لحالها", "لوحده", "لوحدها")]
# "لن اسحب موافقتي" (I will NOT withdraw my consent): no refusal (a reviewer's probe, H213).
REWRITES["NOTAGAINST"] += [f"{n} {v}" for n in ("لن", "لا", "ما", "مش", "مو", "ما راح", "ما رح",
                                                 "مش رح")
                           for v in ("اسحب موافقتي", "نسحب موافقتنا", "بسحب موافقتي")]
