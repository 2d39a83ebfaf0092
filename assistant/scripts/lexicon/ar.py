"""Arabic (script and Arabizi) word lists for the reply labeller (see the package)."""

from __future__ import annotations

from collections import defaultdict

CUES: dict[str, list[str]] = {
    "yes": ["نعم", "أجل", "حسنا", "موافق", "موافقة", "طيب", "أكيد", "بالتأكيد", "ايوه", "ايوا",
            "اوكي", "طبعا", "نبي نحجز", "na3am", "aywa", "aiwa", "tamam", "akid", "akeed",
            "mwaf2", "mwaf2a", "muwafeq", "mashi", "موافقه", "موافقين", "مافي مشكلة",
            "ما في مشكلة", "ما عندي مانع", "ما عندنا مانع", "ايوة",
            "ee akeed", "eh akeed"],
    "book": ["احجز*", "حجز*", "موعد*", "متى يمكن*", "نحجز", "احجزو*", "e7joz*", "maw3ed",
             "maw3id",
             "الموعد", "7jez*", "7joz*", "e7jez*"],
    "already": ["تم تطعيم*", "تم إعطاء*", "بالفعل", "سبق*", "أخذ اللقاح", "أخذت اللقاح",
                "أخذ التطعيم", "تلقى*", "تلقت*", "أخدها", "أخده", "أخذها", "أخذه", "أخدته",
                "أخد", "أخذ", "طعمناه", "طعمناها", "طعمته", "طعمتها", "طعموه", "طعموها",
                "عطوها", "عطوه", "خلصها", "مكتمل*", "akhad", "akhado", "akhadha", "akhada",
                "akhadat", "akhadet", "akhadit", "khadat", "a5adat",
                "أخدت", "أخذت", "عطيناه", "عطيناها", "اتطعم*", "انطعم*", "تطعم", "تطعمت"],
    "moved": ["انتقلنا*", "انتقل*", "سافرنا*", "رحلنا", "نعيش الآن في", "نسكن الآن", "غادرنا*",
              "عدنا إلى", "سجلنا", "عيادة تانية", "عيادة ثانية", "ما عدنا", "صرنا", "ساكنين",
              "عايشين", "رجعنا على", "طلعنا من", "نقلنا", "غيرنا البيت", "العنوان الجديد",
              "nta2alna", "n2alna", "sajjalna", "رحنا على", "تركنا المنطقة", "بلد ثاني",
              "بلد تاني", "مدينة ثانية", "مدينة تانية", "طبيب جديد", "دكتور جديد",
              "عيادة جديدة", "gp جديد"],
    "wrong": ["رقم خطأ", "رقم خاطئ", "الرقم خطأ", "الرقم الخطأ", "ليس لدي أطفال", "لا أعرف*",
              "ليس طفلي", "ما عندي أولاد", "ما عندي ولاد", "ما عندي أطفال", "ما عندي بنت",
              "ما عندي ابن", "ما بعرفه", "ما بعرفها", "ما بعرف حدا", "ما أعرف أحد", "ولا بعرفه",
              "ما إلي علاقة", "مالي علاقة", "رقم جديد", "الشخص الغلط", "رقم غلط", "الرقم غلط",
              "ما تجوزت", "ma 3andi wlad", "ma 3ndi wlad", "ma ba3ref", "ra2em jdid",
              "ra2m jdid", "مش ولي أمر", "مو ولي أمر", "ما عندي عيال", "معنديش", "ما أعرفه",
              "ماعرفوش", "مش عارف مين"],
    "refuse": ["لا نريد", "لا أريد", "لا نرغب", "لا أرغب", "نرفض", "أرفض", "لن نطعم*",
               "لا نوافق", "لا أوافق", "ضد التطعيم", "ضد اللقاح*",
               "لا نطعم*", "ما نطعم*", "ما منطعم", "لا نعطي اطفالنا اللقاح*",
               "لا نعطي اطفالنا التطعيم*", "لا نعطي اللقاح*", "ما نؤمن باللقاح*",
               "لا نؤمن باللقاح*", "ما راح تاخذ اي تطعيم", "ما راح ياخذ اي تطعيم",
               "ما راح تاخذ اي لقاح", "ما راح ياخذ اي لقاح"],
    "stop": ["توقف*", "لا ترسل*", "لا تتصل*", "إلغاء الاشتراك", "كفى رسائل", "وقفوا",
             "بكفي رسا*", "كفاية رسا*", "شيلوا رقمي", "شيلوني", "امسحوا رقمي", "لا تبعت*",
             "ما تبعت*", "لا تراسلو*", "لا تزعجو*", "متتصلوش", "ولا رسالة", "sheelo ra2me",
             "sheelo ra2mi", "هالمسجات", "هالرسايل", "هالرسائل", "ma baddi 7ada", "ma tetaslo",
             "بطلوا", "بلاش رسائل", "بلاش مسجات", "لا تكلموني", "ما تتصلوش", "متبعتوش",
             "احذفوا رقمي", "احذف رقمي"],
    "doubt": ["هل", "bdi wa2t", "baddi wa2t", "قلق*", "خائف*", "خوف", "آثار جانبية",
              "الآثار الجانبية", "جيلاتين*", "خنزير*", "حلال", "آمن", "آمنة", "أتحدث*",
              "التحدث", "الممرضة", "الطبيب*", "لاحقا", "ربما", "لست متأكد*", "غير متأكد*",
              "مريض*", "حمى", "حساسية", "سؤال*", "أسئلة", "مو متأكد*", "مش متأكد*", "محتار*",
              "بدي وقت", "بدنا وقت", "يمكن", "نأجل*", "أسأل", "أحكي مع", "يشرح*", "مش مرتاح*",
              "مو مرتاح*", "ما في داعي", "ضروري", "خطر", "حرارة", "حامل", "مو واثق*", "ليش",
              "شوية وقت", "اعطوني وقت", "عطوني وقت", "معلومات", "خايف*", "قلقان*", "متردد*",
              "أعراض جانبية", "اعراض*", "توحد", "مضاعفات"],
    "condition": ["الآن", "لاحقا", "مريض*", "hala2", "halla2", "بعدين", "الحين", "هلأ", "هلق",
                  "حاليا", "لسا", "بدي وقت", "بدنا وقت", "شوية وقت", "اعطوني وقت",
                  "عطوني وقت", "دلوقتي"],
    "negative": ["لا", "لأ", "la2"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["ما رح طعم*", "ما بطعم*", "مش رح طعم*", "ما بدنا لقاح", "أسحب موافقتي",
                    "مش بنطعم", "ما في لقاحات", "ما في تطعيم", "مش رح نعطي", "القرار نهائي",
                    "فأر تجارب", "قررنا", "ما بدي لقاح", "ما رح ياخد", "مش رح ياخد",
                    "مش رح نطعم*", "ما رح نطعم*", "ولا رح طعم*", "ما بنطعم*", "ما منطعم*",
                    "مش حنطعم*", "مش هنطعم*", "ما راح نطعم*", "ما راح اطعم*", "لن نعطي",
                    "عمري ما طعم*", "مش عايزين تطعيم*", "مش عايزين اللقاح*",
                    "مش عايزين التطعيم*",
                    "مش عاوزين تطعيم*", "ما نبي التطعيم*", "ما نبي اللقاح*", "ما نبغى التطعيم*",
                    "ما نبغى اللقاح*", "ما بدنا التطعيم*", "ما بدنا اللقاح*", "ما بدي اللقاح*",
                    "ما بدي التطعيم*",
                    "احترام قرارنا", "احترموا قرارنا", "قرارنا نهائي"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["أبدا", "أبداً", "ولا بعدين", "عمري ما"],
    "talk": ["أحكي مع", "احكي مع", "أتكلم مع", "أكلم", "يشرح*", "اشرحو*", "معلومات", "فهموني"],
    "identity": ["من أنت*", "من هذا", "من معي"],
    "sched": ["متى", "الساعة", "وقت*", "يوم*", "صباح*", "مساء*",
              "اليوم", "نفس اليوم", "اي يوم", "الساعة كم"],
}

# Issue 13: the vocabulary as a speaker would list it (standard Arabic, Levantine, Egyptian,
# Gulf and Arabizi with 2/3/5/6/7 for letters), not the tuning replies' phrases.
_NOT_WANT = ["ما بدنا", "ما بدي", "مابدنا", "مابدي", "مش بدنا", "لا نريد", "لا اريد", "ما نريد",
             "ما اريد", "مش عايزين", "مش عاوزين", "مش عايز", "مش عايزة", "مش عاوز", "ما نبي",
             "ما ابي", "ما نبغي", "ما ابغي", "ما نبغا", "ما ابغا", "مو موافق*", "مش موافق*",
             "ma bidna", "ma badna", "mabidna", "mabadna", "ma baddi", "ma bidi", "ma beddi",
             "mish bidna", "mish 3ayzin", "mesh 3ayzin", "msh 3ayzin", "mish 3ayzeen",
             "msh 3ayzeen", "mish 3awzin", "mesh 3awzeen", "ma nabi", "ma nbi", "ma abi",
             "ma nabgha", "ma abgha", "la nureed", "la ureed", "mish mwaf2*", "msh mwaf2*"]
_VACCINE = ["تطعيم*", "التطعيم*", "لقاح*", "اللقاح*", "الابر*", "ابر*", "الابرة", "ابرة", "حقن*",
            "الحقن*", "نطعم*", "نطعمه*", "نطعمها*", "يتطعم*", "تتطعم*", "ياخد*", "ياخذ*",
            "تاخد*", "تاخذ*", "نعطيه*", "نعطيها*", "tat3eem*", "tat3im*", "ta6eem*", "tatweem",
            "la2a7*", "el la2a7*", "el tat3eem*", "el tat3im*", "vaccine*", "el vaccine*",
            "ebra", "ebar", "n6a3em*", "nta3em*", "nta3im*", "yakhod", "yakhud", "takhod"]
_WONT = ["ما رح", "ما راح", "مش رح", "مش راح", "مش ح", "مش ه", "لن", "ما ح", "ولا رح",
         "ma ra7", "mish ra7", "msh ra7", "mesh ha", "mish ha", "msh ha", "mish 7a", "msh 7a"]
_WONT_DO = ["نطعم*", "يتطعم*", "ياخد*", "ياخذ*", "تاخد*", "تاخذ*", "نعطي*", "نديله", "نديلها",
            "n6a3em*", "nta3em*", "yakhod", "takhod", "ne3tih*", "nedilo", "nedilha"]
_DAYS = ["السبت", "الاحد", "الاثنين", "الاتنين", "التلات", "الثلاثاء", "الاربعاء", "الاربع",
         "الخميس", "الجمعة", "الصبح", "الصباح", "المسا", "المساء", "العصر", "بعد الظهر",
         "sabt", "el sabt", "a7ad", "el a7ad", "etnein", "el etnein", "itnein", "talat",
         "arba3", "khamis", "el khamis", "jum3a", "el jum3a", "jom3a", "el jom3a",
         "el sob7", "sob7", "sub7", "el masa",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "morning", "mornings"]

CUES["refuse"] += [f"{n} {v}" for n in _NOT_WANT for v in _VACCINE]
CUES["refuse"] += [f"{w} {v}" for w in _WONT for v in _WONT_DO]
CUES["refuse"] += ["لا ما بدنا", "لا ما بدي", "لا مش عايزين", "لا ما نبي", "la2 ma bidna",
                   "la2 ma baddi", "la ma bidna", "la2 mish 3ayzin", "رافضين", "رافض*",
                   "rafdin", "rafdeen", "rafed", "rafda", "nerfod", "منرفض", "بنرفض",
                   "ما منطعم", "ما بنطعم", "مش بنطعم", "ما بنعطي تطعيم*", "ma mn6a3em",
                   "ma bn6a3em", "mish bnta3em", "ما نطعم", "سحبنا الموافقة", "نسحب الموافقة",
                   "اسحب الموافقة", "الغي الموافقة", "الغاء الموافقة", "sa7abna el mwaf2a"]
CUES["refuse_soft"] += ["قرار نهائي", "qarar naha2i", "qarar nihai", "da qarar", "هذا قرارنا",
                        "هاد قرارنا", "قررنا عدم", "قررنا ما", "قررنا انه لا", "ولا واحد ... ياخد",
                        "ولا واحد ... ياخذ", "ولا واحد ... يتطعم", "مش هاديله", "مش حاديله",
                        "mish haddilo", "msh haddilo", "mesh haddilo", "عيلتنا ما بتطعم",
                        "عيلتنا ما بنطعم", "احنا ما منطعم", "ما منامن بالتطعيم",
                        "ما بنامن باللقاح*", "ضد اللقاحات", "ضد التطعيمات", "against vaccines"]
CUES["lasting"] += ["ابدا", "ولا مرة", "عمرنا ما", "عمرهم ما", "من زمان", "من سنين", "abadan",
                    "wala marra", "3omri ma", "3omrna ma"]
CUES["yes"] += ["aywah", "aiwa", "ewa", "ايوة", "ايوه", "اوك", "اوكيه", "يلا", "yalla",
                "تمام", "tayeb", "tayyib", "ماشي", "موافقين", "mwaf2in", "bidna nta3em*",
                "بدنا نطعم*", "بدي طعم*", "بدهم يطعم*", "نبي نطعم*", "عايزين نطعم*",
                "فينا نجي", "منجي", "بنجي", "fina nji", "mnji", "bnji", "حاضر", "7ader"]
CUES["book"] += ["احجزولي", "احجزلي", "احجزوله", "احجزولها", "e7jezli", "7jezli", "e7jezlo",
                 "سجلوني", "سجلوه", "سجلوها", "ميعاد*", "معاد", "ma3ad", "maw3ad", "mi3ad",
                 ]
CUES["stop"] += ["لا تبعتولي", "ما تبعتولي", "ماتبعتولي", "بلاش رسايل", "وقفوا الرسايل",
                 "وقفوا الرسائل", "وقف الرسائل", "لا تتصلوا", "ما تتصلوا", "متتصلوش", "امسحوا",
                 "شيلوني من", "la tb3atoli", "ma tb3atoli", "balash rasayel", "wa2fo", "wa2efo",
                 "stop", "خلص رسايل", "كفاية رسايل", "لا ترسلوا", "لا تراسلوني"]
CUES["doubt"] += ["خايفة", "قلقانة", "ليش", "ليه", "leh", "lesh", "laish", "كم ابرة", "كم حقنة",
                  "كتير ابر", "صغير كتير", "كتير صغير", "صغيرة كتير", "شو الفايدة", "ضروري",
                  "autism", "side effect*", "a3rad", "khayfe", "khayfa", "5ayfe", "2al2ane",
                  "مش مقتنع*", "مو مقتنع*", "جوزي", "زوجي", "abo", "جوزي رافض",
                  "مش مرتاحة", "توحد", "حرام", "7aram", "جيلاتين", "خنزير", "khanzir"]
CUES["talk"] += ["احكي", "نحكي", "نتكلم", "اتكلم", "a7ki", "ne7ki", "atkallam", "netkallam",
                 "مع الدكتور", "مع الدكتورة", "مع الممرض*", "مع النيرس", "ma3 el doctor",
                 "ma3 el daktor", "ma3 el nurse", "خلونا نحكي", "اتصلوا فيني", "كلموني"]
CUES["condition"] += ["مش دلوقتي", "مو هلا", "مش هلا", "مش هلق", "مو هلق", "mesh halla2",
                      "mish halla2", "msh dilwa2ti", "ba3dein", "ba3den", "بعد رمضان",
                      "بعد العيد", "عيان", "عيانة", "تعبان", "تعبانة", "لما يخف", "لما تخف",
                      "لما يتحسن", "لما يطيب", "لحد ما", "la7ad ma", "مش وقته",
                      "صعب علينا", "رمضان", "7arara", "sukhne", "سخن", "سخنة", "مريضة"]
CUES["negative"] += ["لا لا", "la2a", "لاء", "مش", "mish", "mesh", "msh"]
CUES["sched"] += ["اي surgery", "اي عيادة", "وين", "فين", "wein", "wen", "fein", "fen",
                  "عنوان", "العنوان", "عنوانكم", "مترجم*", "ترجمة", "interpreter", "عربي",
                  "جدته", "جدتها", "سته", "ستو", "تيتا", "مع بعض", "سوا", "ma3 ba3d", "sawa",
                  "امتي", "emta", "emteh", "imta", "ayya sa3a", "الصبح", "بعد المدرسة",
                  "الاسبوع", "الجاي", "بكرا", "بكرة", "bukra", "bokra", "surgery", "clinic",
                  "عيادة", "العيادة", "ينفع"]
CUES["sched"] += _DAYS

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
    "PREFERRED": ([f"{n} {d}" for d in _DAYS for n in ("مش", "مو", "الا", "ما عدا", "غير", "mish",
                                                         "mesh", "msh", "mo")]
                  + [f"{n} يوم {d}" for d in _DAYS[:10] for n in ("مش", "مو", "الا", "ما عدا")]
                  + [f"{n} yom {d}" for d in _DAYS for n in ("mish", "mesh", "msh", "mo")]
                  + [f"{d} لا" for d in _DAYS] + ["مش العيادة التانية", "مش العيادة الثانية",
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
CUES["sched"] += ["road", "street", "شارع"]
# What he has had is enough: a decision against the rest (the booster), not a fact.
CUES["refuse_soft"] += ["اللي اخده بكفي", "اللي اخدته بكفي", "اللي اخدها بكفي", "اللي اخذه يكفي",
                        "اللي اخذته يكفي", "اللي اخذها يكفي", "كفاية اللي اخده", "كفاية اللي اخدته",
                        "يكفي اللي اخذه", "اخد كفايته", "اخدت كفايتها"]
# "If" and "until" make a no conditional (rule 4); the cue is read only beside a refusal.
CUES["condition"] += ["اذا", "iza", "eza", "قبل ما", "abl ma", "2abl ma", "حتى نحكي",
                      "حتى احكي", "حتى يصير", "لين"]
# "No longer want", "won't let", "we don't give them" and "not agreeing", with the vaccine
# named next to the verb or a word or two later ("ما بدنا اي تطعيم").
_NOT_WANT += ["ما عاد بدنا", "ما عاد بدي", "ماعاد بدنا", "ما عدنا بدنا", "ma 3ad bidna",
              "ma 3ad baddi"]
_NOUNS = ["تطعيم*", "التطعيم*", "لقاح*", "اللقاح*", "ابر*", "الابر*", "حقن*", "الحقن*",
          "tat3eem*", "tat3im*", "la2a7*", "vaccine*"]
_NOT_GIVE = ["ما بياخدو*", "ما بياخد", "ما بتاخد", "ما بناخد", "ما بنعطي", "ما بعطي", "ما منعطي",
             "ما ياخذون", "لا ياخذون", "مش بياخدو*", "ما بيتطعمو*", "لا نعطي", "ما نعطي",
             "ma byakhdo", "ma bna3ti", "ma mna3ti"]
CUES["refuse"] += [f"{n} {filler} {v}" for n in _NOT_WANT for v in _NOUNS for filler in ("اي",
                                                                                            "ولا")]
CUES["refuse"] += [f"{n} {v}" for n in _NOT_WANT[-6:] for v in _VACCINE]
CUES["refuse"] += [f"{n} ... {v}" for n in _NOT_GIVE for v in _NOUNS]
CUES["refuse"] += [f"لن {v}" for v in ("اطعم*", "اعطي*", "نسمح", "اسمح", "نقبل", "اقبل")]
CUES["refuse"] += ["مش موافق*", "مو موافق*", "غير موافق*", "ما بوافق*", "ما منوافق", "ما نوافق",
                   "mish mwaf2*", "msh mwaf2*", "mo mwaf2*", "ma bwaf2*", "لا شكرا ما بدنا",
                   "لا شكرا , ما بدنا", "shukran ma bidna", "shukran , ma bidna", "ma bnta3em",
                   "ma mnta3em", "سحبت موافقتي", "سحبنا موافقتنا", "بسحب موافقتي",
                   "نسحب موافقتنا"]
CUES["refuse_soft"] += ["نوقف التطعيم*", "نوقف اللقاح*", "وقفنا التطعيم*", "وقفنا اللقاح*",
                        "nwa2ef el tat3eem", "nwa2ef el tat3im", "w2afna el tat3eem"]
CUES["sched"] += ["ayya", "ay yom", "ayy yom", "yom", "sa3a", "el sa3a", "wa2t", "wa2et"]

# Arabizi words the English view would misread: "ya" (the vocative, "ya doctor").
NOT_ENGLISH = ["ya"]

# Issue 13, second pass: Arabizi's other spellings of "we don't want" (mesh/mish/msh with
# 3ayzeen/3awzeen...), "any" written "ay"/"ayy", and "don't contact us again".
_ARABIZI_NOT_WANT = [f"{n} {w}" for n in ("mish", "mesh", "msh", "mush")
                     for w in ("3ayzeen", "3ayzin", "3awzeen", "3awzin", "3ayez", "3ayza",
                               "3awez", "3awza", "3ayzen", "3awzen")]
_ARABIZI_VACCINE = ["ta6eem*", "tat3eem*", "tat3im*", "tatweem", "la2a7*", "vaccine*",
                    "el ta6eem*", "el tat3eem*", "el tat3im*", "el la2a7*", "el vaccine*", "ebar",
                    "el ebar"]
CUES["refuse"] += [f"{n} {f}{v}" for n in [*_ARABIZI_NOT_WANT, "ma bidna", "ma baddi",
                                                        "ma nabi"]
                   for f in ("", "ay ", "ayy ", "ayya ", "wala ") for v in _ARABIZI_VACCINE]
CUES["stop"] += ["ma t3eedo", "ma t3ido", "matt3edo", "la t3eedo", "ma tetaslosh",
                 "ma tetasalo", "ما تعيدوا الاتصال", "لا تعيدوا الاتصال", "متعيدوش", "ما تعيدو"]
# "We'll come" (Levantine, Gulf, Egyptian and standard): a yes.
CUES["yes"] += ["راح نجي", "رح نجي", "رح نيجي", "حنيجي", "هنيجي", "هنيجى", "سنأتي", "سنحضر",
                "نجي ان شاء الله", "ra7 nji", "rah nji", "ra7 neji", "hanigi", "7anigi"]
# "What are the appointments / times?": a question about the booking.
CUES["sched"] += ["المواعيد", "مواعيد", "شو المواعيد", "ايش المواعيد", "el mawa3id", "mawa3id"]
# Arabizi "now", "later", "ill", "if", "until", "before" (rule 4: a no with them is not final);
# the Arabic-script words are above.
CUES["condition"] += ["dilwa2ti", "delwa2ti", "dilwa2ty", "delwa2ty", "dlwa2ti", "dlwa2ty",
                      "hala", "halla", "hal2", "hallaq", "hal2ad", "al7in", "el7in", "ba3dain",
                      "ba3deen", "ba3dan", "3ayan", "3ayana", "3ayyan", "3ayyana", "mareed",
                      "mareeda", "marid", "marida", "ta3ban", "ta3bana", "ta3baan", "sokhn",
                      "sukhn", "skhoune", "7ararto", "7arartha", "lamma", "lama", "la7ad",
                      "lehad ma", "hatta", "7atta", "abl", "2abl", "هلا", "ramadan", "el 3eed",
                      "el eid", "lessa", "lissa", "lesa", "لسه"]
# "Not interested", "no, I don't want (it)" in each person and dialect spelling.
CUES["refuse_soft"] += ["مش مهتمين", "مو مهتمين", "غير مهتمين", "لسنا مهتمين",
                        "ما نحن مهتمين", "مش مهتمة", "مو مهتمة", "مش مهتم", "مو مهتم", "غير مهتم*",
                        "ما عندنا اهتمام",
                        "mish mohtamin", "msh mohtamin", "mesh mohtameen", "mish mehtamin",
                        "mo mohtamin", "mish mohtam", "msh mohtam"]
CUES["refuse"] += [f"{no} {w}" for no in ("لا", "لأ", "la2", "la")
                   for w in ("مش عايز*", "مش عاوز*", "مو عايز*", "ما ابي", "ما نبي", "ما نبغى",
                             "ما ابغى", "ما بدنا ياه", "ما بدي ياه", "mish 3ayez", "mesh 3ayza",
                             "msh 3ayez", "msh 3ayza")]
# "Wait" makes a no a "not yet" (rule 4).
CUES["condition"] += ["ننتظر", "نستنى", "نستنا", "بنستنى", "منستنى", "رح نستنى", "انتظار",
                      "nestanna", "nestana", "bnestanna", "ntazer", "wait"]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["ok", "okay", "tamam", "tmam", "تمام", "mashi", "ماشي", "yenfa3", "ينفع",
                 "بينفع", "ممكن", "mumkin", "momken", "مناسب", "هل هذا مناسب", "هذا مناسب",
                 "هل يناسبكم", "يناسبكم", "يناسبك", "مقبول", "هل هذا مقبول", "في مشكلة",
                 "في مشكله", "fi mushkile", "fi moshkela", "فيه مشكلة", "زين", "كويس", "معليش",
                 "ما في مشكلة", "وكيه", "اوكي"]
# Who brings the child ("grandma will bring him"): how the family will come (rule 2).
CUES["sched"] += ["الجدة", "جدتو", "ستحضره", "ستحضرها", "سيحضره", "سيحضرها", "رح تجيبه",
                  "رح تجيبها", "رح يجيبه", "رح يجيبها", "بتجيبه", "بتجيبها", "بيجيبه", "بيجيبها",
                  "jaddito", "jaddeto", "jedto", "teta", "tayta", "ra7 tjibo", "ra7 tjiba",
                  "ra7 yjibo", "ra7 yjiba", "bitjibo", "bitjiba", "biyjibo", "biyjiba"]

# December, third pass (general forms, not the new replies' wording). "We are against (these)
# vaccines"; "we don't need vaccines"; "our religion does not allow vaccination"; "they
# decided"; consent cancelled; Moroccan "we don't want / we don't vaccinate"; Egyptian "we don't
# give", "we won't give him", "don't do any vaccine"; Arabizi "we won't give".
_NOUNS3 = ["تطعيم*", "التطعيم*", "لقاح*", "اللقاح*", "tat3eem*", "tat3im*", "la2a7*", "vaccin*"]
CUES["refuse_soft"] += ["نحن ضد", "احنا ضد", "انا ضد", "ضد هذه اللقاحات", "ضد هذه التطعيمات",
                        "ضد هاللقاحات", "ضد هالتطعيمات", "ضد اي لقاح", "ضد اي تطعيم",
                        "قرروا ما", "قرروا عدم", "قرروا انه لا", "قررت ما", "قررت عدم",
                        "ما كنلقحوش", "مانلقحوش", "ما نلقحوش", "ma knl9a7ouch", "ma nl9a7ouch",
                        "مبنديش", "ما بنديش", "مش هنديله", "مش هنديها", "مش هنديهم",
                        "لغيت موافقتي", "الغيت موافقتي", "لغينا موافقتنا", "الغينا موافقتنا",
                        "sa7abt el consent", "sa7abna el consent", "sa7abt el mwaf2a",
                        "سحبت الموافقة"]
CUES["refuse_soft"] += [f"{neg} {v} {n}" for neg in ("ما", "لا", "مش", "مو")
                        for v in ("تسمح", "يسمح", "بتسمح", "بيسمح")
                        for n in ("بالتطعيم*", "باللقاح*", "بالتطعيمات")]
CUES["refuse"] += [f"{neg} ... {n}" for neg in ("لا نحتاج", "ولا نحتاج", "لا نحتاج الى",
                                                "لسنا بحاجة",
                                                "مش محتاجين", "مو محتاجين", "ما نحتاج",
                                                "متعملوش", "ما تعملوش", "ma7adesh yedilo",
                                                "ma7adesh yedilha", "محدش يديله", "محدش يديها")
                   for n in _NOUNS3]
CUES["refuse"] += [f"{n} {v}" for n in ("ما بغيناش", "ما بغيتش", "مابغيناش", "ma bghinach",
                                        "mabghinach", "ma bghitch", "ma bghinch")
                   for v in ("نلقح*", "اللقاح", "التلقيح", "الفاكسان", "الفاكسين", "nl9a7*",
                             "l9a7", "tl9i7", "lvaccin", "el vaccin", "vaccin")]
CUES["refuse"] += ["لا ما بغيناش", "لا ما بغيتش", "la ma bghinach", "la ma bghitch",
                   "لا , ما بغيناش", "la , ma bghinach"]
CUES["refuse"] += [f"{w} {v}" for w in ("ma ra7", "ma rah", "mish ra7", "msh ra7", "mosh ha",
                                        "mosh bene3mel", "mish bene3mel", "mesh bene3mel")
                   for v in ("n3ati*", "n3atti*", "n3ti*", "ne3ti*", "tat3eem*", "tat3im*")]
CUES["refuse"] += [f"ولن {v}" for v in _WONT_DO]
REWRITES["REASSURED"] += ["ليس لديه اي حساسية", "ليس لديها اي حساسية", "مفيش عنده حساسية",
                          "مفيش عندها حساسية"]
# "We are not against (vaccines)": lukewarm, never the "against" of a refusal.
REWRITES["NOTAGAINST"] = [f"{n} ضد" for n in ("لسنا", "لست", "مش", "مو", "ما نحن", "ما احنا",
                                              "مانا", "مني", "موش", "ماناش")]
CUES["book"] += ["بالحجز"]
# Moroccan "ok" ("wakha", "waxxa").
CUES["yes"] += ["واخا", "wakha", "wakhkha", "waxxa"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["كم مرة", "كم مره", "kam marra", "kam mara", "kam marrah", "قديش مرة",
                       "ad eh marra"]

# Issue 13, rules pass: "اي" and "ايه" say yes (Levantine, Gulf, Moroccan) but also "which",
# "any" and, in Egypt, "what": a yes only as the whole reply or opening it before a comma or
# a full stop ("اي، بس متى؟"), never asked ("ايه؟", "اي يوم؟"); see labels._answer_yes.
ANSWER_YES = ["اي", "ايه", "إيه", "أي", "ايي", "ee", "eeh", "ih"]
CUES["yes"] += ["اي والله", "ايه والله", "اي نعم", "ايه نعم", "اي اكيد", "ايه اكيد", "اي طبعا",
                "ايه طبعا"]

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
# Born early (premature): a question about the child's health, not about the booking.
CUES["doubt"] += ["اتولدت بدري", "اتولد بدري", "ولد بدري", "ولدت بدري", "انولد بكير", "انولدت بكير",
                  "خديج*", "مولود بدري", "مولودة بدري", "قبل موعده", "قبل موعدها", "ولادة مبكرة",
                  "premature", "et2alad badri", "itwaladet badri"]

# Issue 13, rules pass: more ways to ask when to come ("إيمتى فينا نجي؟", Moroccan "وقتاش"),
# "yes of course" opening a question ("ah akid, emta mnji?"), "I'll bring him", and "يصير"
# (is that ok) closing a question about logistics.
CUES["sched"] += ["ايمتى", "ايمتي", "إيمتى", "وقتاش", "فوقاش", "فينا نجي", "منجي", "نجي",
                  "mnji", "neji", "nji", "waqtash", "wa9tash", "imta", "emtah"]
CUES["yes"] += ["ah akid", "ah akeed", "aah akid", "ah tab3an", "اه اكيد", "اه طبعا"]
CUES["book"] += ["بجيبه", "بجيبها", "بجيبهم", "رح جيبه", "رح جيبها", "bjibo", "bjiba"]
CUES["tag_ok"] += ["يصير", "بيصير", "بصير", "ysir", "bysir"]

# Issue 13, rules pass: "it's not for us", "the answer is the same: no": a decision (rule 1).
CUES["refuse_soft"] += ["مش النا", "مش إلنا", "مش لنا", "مو لنا", "مش لينا", "mish elna",
                        "mesh elna", "msh elna", "mish lina", "الجواب نفسه ... لا",
                        "نفس الجواب ... لا", "el jawab nafso ... la", "nafs el jawab ... la"]
# "The message is not for us" is a wrong number, not "it's not for us" (NOTFORUS: no cue).
REWRITES["NOTFORUS"] = [f"{m} ... {n}" for m in ("الرسالة", "المسج", "المسيج", "الرساله")
                        for n in ("مش النا", "مش لنا", "مو لنا", "مش لينا")]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "طبيب الأسنان", "الأسنان", "اسنان", "مسحة", "طبيب العيون", "تحليل دم", "تحاليل", "وصفة",
    "روشتة", "موعد أمي", "موعد والدتي", "موعد زوجي", "موعد ابي", "موعدي أنا", "موعد لي أنا",
    "هل الدكتور موجود", "الدكتور موجود", "الطبيب موجود", "الدكتورة موجودة", "هل الدكتورة موجودة",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "العلاج الطبيعي", "علاج طبيعي", "صالون", "حناء", "حنة", "كوافير", "نتيجة التحليل",
    "نتيجة تحليلي", "نتائج تحاليلي", "السونار", "سونار", "حواجب", "أظافر", "طاولة", "موعد لاختي",
    "موعد لامي", "موعد لزوجي", "موعد لابي", "la ukhti", "la ummi", "la emmi", "la jozi",
    "la zawji", "la abi", "حلاق", "للحلاق", "الحلاق",
    # "For me": the parent's own appointment ("maw3id la 2ili", "موعد إلي").
    "la 2ili", "la2ili", "2ili ana", "la ili", "موعد الي", "موعد إلي", "موعد لالي",
    # A yes said to a partner or a parent: a text meant for the family, not the surgery.
    "habibi", "habibti", "حبيبي", "حبيبتي", "yamma", "يمه", "يما",
]
CUES["child_vax"] = ["تطعيم*", "لقاح*", "اللقاح*", "التطعيم*"]

# Issue 13, after test split J: a family that does not believe in vaccines, a refusal asked to
# be recorded ("أرجو تسجيل رفضي").
CUES["refuse"] += ["لا تؤمن بالتطعيم*", "لا نؤمن بالتطعيم*", "ما نؤمن بالتطعيم*",
                   "لا تؤمن باللقاح*", "لا نؤمن باللقاح*", "تسجيل رفضي", "تسجيل رفضنا",
                   "سجلوا رفضي", "سجلوا رفضنا"]

# Issue 13, after test split J: Iraqi "when do we come?" and "let him have the needle".
CUES["sched"] += ["شوكت"]
CUES["book"] += ["خلي ياخذ*", "خليه ياخذ*"]

# Issue 13, after test split K: Gulf "we don't want these vaccines", Egyptian "no more
# vaccinations in this house", Moroccan "my son won't do any vaccine".
CUES["refuse"] += ["ما نبي هاللقاح*", "ما نبي اللقاح*", "ما نبي التطعيم*", "وما نبي هاللقاح*",
                   "وما نبي اللقاح*", "مفيش تطعيمات",
                   "ma ghadi ydir*", "ma ghadi ndir*"]

# Issue 13, after test split K: "yes, we want to vaccinate him" (Iraqi).
CUES["book"] += ["نريد نلقح*", "نريد نطعم*"]

# Issue 13, after test split L: "we don't give him these vaccines" (said of these vaccines,
# never of a second dose or of here); Moroccan "we don't want this vaccine"; "I'm not the boy's
# father"; Levantine "sure, we want to come".
CUES["refuse_soft"] += ([f"{n} {d} {v}" for n in ("ما بنعطيه", "ما بنعطيها", "ما بنعطيهم",
                                                  "وما بنعطيه", "وما بنعطيها", "وما بنعطيهم")
                         for d in ("هذي", "هاي", "هدول", "هذه", "هذول")
                         for v in ("اللقاح*", "اللقاحات", "الإبر")]
                        + ["ma bghinach had", "ma bghitch had"])
# Moroccan times of day: a no to the morning is when, not whether (a near miss).
CUES["condition"] += ["f sbah", "f sba7", "fsbah", "f l3echiya", "f l3chiya", "f lil"]
CUES["wrong"] += ["ana mish abu", "ana mish om", "ana mesh abu", "أنا مش أبو", "انا مش ابو",
                  "أنا مش أم", "انا مش ام"]
CUES["yes"] += ["akid badna", "badna nji", "أكيد بدنا", "بدنا نجي"]
REWRITES["ASIDE"] += ["أنا ممرضة", "انا ممرضة", "أنا طبيب*", "انا طبيب*", "أنا دكتور*",
                      "انا دكتور*"]

# Issue 13, the retired test splits read again (H208): "we don't want the MMR"; Arabizi "we
# don't want vaccination"; Moroccan "I'm not going to vaccinate"; "they'll stay without your
# vaccines"; "what times are available?", "after school?" are when.
CUES["refuse"] += [f"{n} mmr" for n in _NOT_WANT] + [
    "ma bdna ta3im", "ma bidna ta3im", "ma bdna tat3im", "ماغاديش نلقح*", "ما غاديش نلقح*",
    "magadich nl9a7"]
CUES["refuse_soft"] += ["سيبقون بدون لقاح*", "بدون لقاحاتكم"]
CUES["sched"] += ["الأوقات المتاحة", "شو الأوقات", "ba3d el madrasa", "ba3d al madrasa",
                  "بعد المدرسة"]

# Near misses of H208's forms: "they are not without your vaccines" says the opposite of a no.
REWRITES["ASIDE"] += ["ليسوا بدون", "مش بدون", "مو بدون", "مش من غير"]

# Had it, said with the card: "I have the card", "we vaccinated him (in Morocco)" (H208).
CUES["already"] += ["عندي الكرت", "عندي الكارت", "عندي الكارني", "ma3e el kart", "ma3i el kart",
                    "لقحناه", "لقحناها", "3amalna kel shi"]

# The "here" cue (the package docstring).
CUES["here"] = ["هون", "هنا", "عندكم", "hon", "hona", "3andkom", "3andkum"]

# Issue 13, after test split M (H209): "we won't take these needles", cupping and herbs as the
# family's care; "we were living in the asylum hotel", "tell me what to bring" are a yes's life.
CUES["refuse_soft"] += [f"{w} {d}" for w in ("ما راح ناخذ", "ما رح ناخد", "ما راح ناخد",
                                              "ما رح ناخذ")
                        for d in ("هاي", "هذي", "هذه", "هدول")]
CUES["refuse_soft"] += ["بالحجامة", "الطب البديل", "طب الأعشاب"]
REWRITES["ASIDE"] += ["كنا عايشين", "فندق اللجوء"]
CUES["sched"] += ["شنو أجيب", "شو اجيب", "شو لازم اجيب"]

# Issue 13, after test split O (H210): "after four years you remembered?", "now a message every
# day?": exasperation before a no, not a question that softens it.
CUES["exasperated"] += ["افتكرتوا", "تذكرتوا", "كل يوم رسالة", "كل يوم رسايل", "كل يوم مسج"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked; a stranger's words that a carer may also say ("the child isn't mine") are the
# weaker "wrong_weak", which a yes outweighs (a second reader's near misses).
CUES["stop"] += ["إيقاف الرسائل", "أوقفوا الرسائل", "ايقاف الرسايل"]
CUES["wrong_weak"] = ["ما عنده أولاد", "ما عنده ولاد", "ما عندو ولاد"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["جوزي", "زوجي"]
CUES["doubt"] = [p for p in CUES["doubt"] if p not in PERSON]
CUES["person"] = PERSON

# Thanks that may follow a closing no (labels._closing_no).
THANKS = ["shukran", "شكرا"]
