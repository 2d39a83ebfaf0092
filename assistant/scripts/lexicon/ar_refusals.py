"""Arabic refusals for the reply labeller (``ar``): the ``refuse`` and ``refuse_soft`` phrases
built from the general vocabulary of wanting, the vaccine and "won't", and those found since."""

from __future__ import annotations

# The phrases ``ar`` adds to its own ``refuse`` and ``refuse_soft`` cues, in this order.
CUES: dict[str, list[str]] = {"refuse": [], "refuse_soft": []}

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

# What he has had is enough: a decision against the rest (the booster), not a fact.
CUES["refuse_soft"] += ["اللي اخده بكفي", "اللي اخدته بكفي", "اللي اخدها بكفي", "اللي اخذه يكفي",
                        "اللي اخذته يكفي", "اللي اخذها يكفي", "كفاية اللي اخده", "كفاية اللي اخدته",
                        "يكفي اللي اخذه", "اخد كفايته", "اخدت كفايتها"]

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

# Issue 13, second pass: Arabizi's other spellings of "we don't want" (mesh/mish/msh with
# 3ayzeen/3awzeen...) and "any" written "ay"/"ayy".
_ARABIZI_NOT_WANT = [f"{n} {w}" for n in ("mish", "mesh", "msh", "mush")
                     for w in ("3ayzeen", "3ayzin", "3awzeen", "3awzin", "3ayez", "3ayza",
                               "3awez", "3awza", "3ayzen", "3awzen")]
_ARABIZI_VACCINE = ["ta6eem*", "tat3eem*", "tat3im*", "tatweem", "la2a7*", "vaccine*",
                    "el ta6eem*", "el tat3eem*", "el tat3im*", "el la2a7*", "el vaccine*", "ebar",
                    "el ebar"]
CUES["refuse"] += [f"{n} {f}{v}" for n in [*_ARABIZI_NOT_WANT, "ma bidna", "ma baddi",
                                                        "ma nabi"]
                   for f in ("", "ay ", "ayy ", "ayya ", "wala ") for v in _ARABIZI_VACCINE]

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

# Issue 13, rules pass: "it's not for us", "the answer is the same: no": a decision (rule 1).
CUES["refuse_soft"] += ["مش النا", "مش إلنا", "مش لنا", "مو لنا", "مش لينا", "mish elna",
                        "mesh elna", "msh elna", "mish lina", "الجواب نفسه ... لا",
                        "نفس الجواب ... لا", "el jawab nafso ... la", "nafs el jawab ... la"]

# Issue 13, after test split J: a family that does not believe in vaccines, a refusal asked to
# be recorded ("أرجو تسجيل رفضي").
CUES["refuse"] += ["لا تؤمن بالتطعيم*", "لا نؤمن بالتطعيم*", "ما نؤمن بالتطعيم*",
                   "لا تؤمن باللقاح*", "لا نؤمن باللقاح*", "تسجيل رفضي", "تسجيل رفضنا",
                   "سجلوا رفضي", "سجلوا رفضنا"]

# Issue 13, after test split K: Gulf "we don't want these vaccines", Egyptian "no more
# vaccinations in this house", Moroccan "my son won't do any vaccine".
CUES["refuse"] += ["ما نبي هاللقاح*", "ما نبي اللقاح*", "ما نبي التطعيم*", "وما نبي هاللقاح*",
                   "وما نبي اللقاح*", "مفيش تطعيمات",
                   "ma ghadi ydir*", "ma ghadi ndir*"]

# Issue 13, after test split L: "we don't give him these vaccines" (said of these vaccines,
# never of a second dose or of here); Moroccan "we don't want this vaccine".
CUES["refuse_soft"] += ([f"{n} {d} {v}" for n in ("ما بنعطيه", "ما بنعطيها", "ما بنعطيهم",
                                                  "وما بنعطيه", "وما بنعطيها", "وما بنعطيهم")
                         for d in ("هذي", "هاي", "هدول", "هذه", "هذول")
                         for v in ("اللقاح*", "اللقاحات", "الإبر")]
                        + ["ma bghinach had", "ma bghitch had"])

# Issue 13, the retired test splits read again (H208): "we don't want the MMR"; Arabizi "we
# don't want vaccination"; Moroccan "I'm not going to vaccinate"; "they'll stay without your
# vaccines".
CUES["refuse"] += [f"{n} mmr" for n in _NOT_WANT] + [
    "ma bdna ta3im", "ma bidna ta3im", "ma bdna tat3im", "ماغاديش نلقح*", "ما غاديش نلقح*",
    "magadich nl9a7"]
CUES["refuse_soft"] += ["سيبقون بدون لقاح*", "بدون لقاحاتكم"]

# Issue 13, after test split M (H209): "we won't take these needles", cupping and herbs as the
# family's care.
CUES["refuse_soft"] += [f"{w} {d}" for w in ("ما راح ناخذ", "ما رح ناخد", "ما راح ناخد",
                                              "ما رح ناخذ")
                        for d in ("هاي", "هذي", "هذه", "هدول")]
CUES["refuse_soft"] += ["بالحجامة", "الطب البديل", "طب الأعشاب"]

# Issue 13, after test splits AB and AC (H213): Gulf "I don't want my son to take this needle";
# "I withdraw my consent"; Levantine "we don't vaccinate our children". Only with the child
# named, then the taking ("I don't want my son to miss anything, let him take them all" is a
# yes; a reviewer's probe), and "we don't vaccinate" only of the children ("... at the chemist's,
# we'll come to you"); a no to the flu jab beside a yes is for a person (labels_decide).
_CHILD = ["ولدي", "بنتي", "ولدنا", "بنتنا", "عيالي", "اولادي", "ابني", "ابنتي"]
CUES["refuse"] += [f"{n} {c} {v}" for n in ("ما ابي", "ما ابغى", "ما ابغي", "ما نبي", "ما بدي",
                                            "ما بدنا", "مش عايز", "مش عايزة", "لا اريد", "لا نريد")
                   for c in _CHILD for v in ("ياخذ*", "ياخد*", "يتطعم*", "تاخذ*", "تاخد*",
                                             "تتطعم*")]
CUES["refuse"] += ["اسحب موافقتي", "واسحب موافقتي", "نسحب موافقتنا", "سحبت موافقتي",
                   "سحبنا موافقتنا"]
CUES["refuse"] += [f"{n} {c}" for n in ("ma mnla22e7", "ma bnla22e7", "mish bnla22e7", "ما منلقح",
                                        "ما بنلقح")
                   for c in ("wladna", "wlad", "el wlad", "ولادنا", "اولادنا", "الولاد")]
