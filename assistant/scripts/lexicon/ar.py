"""Arabic (script and Arabizi) word lists for the reply labeller (see the package)."""

from __future__ import annotations

from assistant.scripts.lexicon.ar_refusals import CUES as REFUSALS
from assistant.scripts.lexicon.ar_rewrites import DAYS
from assistant.scripts.lexicon.ar_rewrites import REWRITES as REWRITES  # read by the package

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

# The refusals said with the general vocabulary, and those found since (``ar_refusals``).
CUES["refuse"] += REFUSALS["refuse"]
CUES["refuse_soft"] += REFUSALS["refuse_soft"]

# Issue 13: the vocabulary as a speaker would list it (standard Arabic, Levantine, Egyptian,
# Gulf and Arabizi with 2/3/5/6/7 for letters), not the tuning replies' phrases.
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
                  "مش مقتنع*", "مو مقتنع*", "abo", "جوزي رافض",
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
CUES["sched"] += DAYS
CUES["sched"] += ["road", "street", "شارع"]

# "If" and "until" make a no conditional (rule 4); the cue is read only beside a refusal.
CUES["condition"] += ["اذا", "iza", "eza", "قبل ما", "abl ma", "2abl ma", "حتى نحكي",
                      "حتى احكي", "حتى يصير", "لين"]

CUES["sched"] += ["ayya", "ay yom", "ayy yom", "yom", "sa3a", "el sa3a", "wa2t", "wa2et"]

# Arabizi words the English view would misread: "ya" (the vocative, "ya doctor").
NOT_ENGLISH = ["ya"]

# Issue 13, second pass: "don't contact us again".
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

# Issue 13, after test split J: Iraqi "when do we come?" and "let him have the needle".
CUES["sched"] += ["شوكت"]
CUES["book"] += ["خلي ياخذ*", "خليه ياخذ*"]

# Issue 13, after test split K: "yes, we want to vaccinate him" (Iraqi).
CUES["book"] += ["نريد نلقح*", "نريد نطعم*"]

# Issue 13, after test split L: "I'm not the boy's father"; Levantine "sure, we want to come".
# Moroccan times of day: a no to the morning is when, not whether (a near miss).
CUES["condition"] += ["f sbah", "f sba7", "fsbah", "f l3echiya", "f l3chiya", "f lil"]
CUES["wrong"] += ["ana mish abu", "ana mish om", "ana mesh abu", "أنا مش أبو", "انا مش ابو",
                  "أنا مش أم", "انا مش ام"]
CUES["yes"] += ["akid badna", "badna nji", "أكيد بدنا", "بدنا نجي"]

# Issue 13, the retired test splits read again (H208): "what times are available?", "after
# school?" are when.
CUES["sched"] += ["الأوقات المتاحة", "شو الأوقات", "ba3d el madrasa", "ba3d al madrasa",
                  "بعد المدرسة"]

# Had it, said with the card: "I have the card", "we vaccinated him (in Morocco)" (H208).
CUES["already"] += ["عندي الكرت", "عندي الكارت", "عندي الكارني", "ma3e el kart", "ma3i el kart",
                    "لقحناه", "لقحناها", "3amalna kel shi"]

# The "here" cue (the package docstring).
CUES["here"] = ["هون", "هنا", "عندكم", "hon", "hona", "3andkom", "3andkum"]

# Issue 13, after test split M (H209): "tell me what to bring" is a yes's life.
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
CUES["person"] = PERSON

# The retired splits' refusals the model was sure of, read out-of-fold after O (H210).
CUES["refuse_soft"] += ["لا للقاح", "لا للتطعيم", "لا للقاحات",
                        "مش عايزين نديها*", "مش عايزين نديهو*", "مش عايزين نديله"]
CUES["exasperated"] += ["ch7al men mera", "ch7al mn mra", "ch7al men merra"]

# A pleasantry and a link that did not open: talk of something else, which a model's sure yes
# does not outweigh (out-of-fold false agrees after O, H210).
CUES["offtopic"] = ["الرابط ما فتح", "الرابط ما بيفتح", "الرابط ما يفتح", "الرابط لا يعمل"]

# Test split P, measured and read (H210).
CUES["refuse_soft"] += ["ما بدنا خلص", "ما بدي خلص"]
CUES["moved"] += ["رجعنا السودان", "رجعنا نهائي", "رجعنا البلد", "رجعنا بلدنا", "رجعنا مصر",
                  "رجعنا العراق", "رجعنا سوريا", "رجعنا اليمن", "رجعنا الصومال"]

# Issue 13, after test split T (H212): "no child by that name" as a stranger to the child was
# tried and dropped (a reviewer's probes: "no girl by that name, my son is Adam, is this about
# him? I'm scared of the needle" is a parent), as was "my father's number" (the mother writes
# from it; Gulf "أبي" is also "I want").

# Thanks that may follow a closing no (labels._closing_no).
THANKS = ["shukran", "شكرا"]

# Issue 13, after test split AB (H213): "we wish to complete all the missed vaccinations"; not
# "we want to complete them at a private hospital", and "we are going back for good" is a move
# (a reviewer's probes).
CUES["book"] += ["نرغب في استكمال", "نرغب باستكمال"]
CUES["moved"] += ["راجعين نهائي", "راجعين نهائيا", "سنعود نهائيا", "راجعين على بلدنا نهائي"]

# The flu or covid jab named: the "seasonal" cue (labels_decide; H213).
CUES["seasonal"] = ["انفلونزا", "الانفلونزا", "كورونا", "كوفيد", "flu", "covid*", "influenza"]
# A mind changed, beside an earlier no: the "changed_mind" cue (labels_decide; H213).
CUES["changed_mind"] = ["غيرت رأيي", "غيرنا رأينا", "غيرت رايي", "غيرنا راينا", "ghayart ra2yi"]
