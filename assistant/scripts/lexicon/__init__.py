"""Word lists per language for the reply labeller (English rules live in ``lexicon_en``).

Each language maps a cue name (the same names as the English rules) to
phrases written as a speaker would type them; they are normalised like a
reply (lower case, Latin accents stripped, Arabic alef forms folded) when
compiled. A phrase matches whole tokens; a ``*`` ending any of its words lets that
word take any ending ("zaszczepion*" matches zaszczepiony, zaszczepiona; "ostateczn*
decyzj*" matches "ostateczna decyzja", "ostatecznej decyzji").

The lists were written for this service (a practice asking a parent to book a
child's missed routine vaccines). They are deliberately short and literal:
when a reply in one of these languages matches nothing clear, the labeller
answers ``hesitant`` or ``unclear`` and a person reads it.

One module per language, each a ``CUES`` dict. December (issue 13) widened them:

- "may be" is not doubt: a bare "może" / "poate" also says "can" ("może być w piątek",
  "după ora 17 se poate?"), so only "maybe" phrasings count.
- "We don't vaccinate" as who the family is, a decision long made, consent withheld.
- Sarcasm (a mock yes before a no, a Bill Gates chip, a guinea pig): with a no it is a
  decision even after the yes-words (as in English); without a no it decides nothing.
- Times asked about ("which days?", "when?", weekdays) are scheduling questions.
- Somali gets a "talk" cue: thinking it over or asking to talk softens a no (rule 4).

A module may also have ``REWRITES``: marker word -> phrases, replaced in the reply by the
marker before any cue is looked for, so that a no inside them is not read as a no. A
phrase may use `` ... `` for up to four words in between. The markers are the English
rules' own (``lexicon_en``):

- ``REASSURED``: a yes's reassurance, which is neither worry nor no ("no allergies", "never
  had a problem", "had a fever but is fine now"); it is no cue at all.
- ``PREFERRED``: a time or place the family would rather not have ("not on Mondays", "not
  the other surgery"), which is scheduling (the ``sched`` cue), not a no.
- ``POSOK``: "no problem", "I don't mind": a yes.
- ``NOTSURE``: "not sure", "don't know yet": doubt.
- ``EVERNO``: "not now, not ever", "never ever": a lasting no, a refusal (not rule 4's "not now").
- ``SARCASM`` and ``STRONGNO``: a mock yes ("when camels fly") and a strong no ("bilkul nahi").
- ``PASTEVENT``: "after what happened" ("depois do que aconteceu", "después de lo que pasó"),
  a past event given as a reason: no cue, so it is not read as "later" (a condition).
- ``NOCONTACT``: "don't call me again" said with a word that elsewhere means "later" (Somali
  "ha ii soo wicin mar dambe"): a request to stop (the English ``stop`` cue), not a deferral.

A module may also have a ``here`` cue: where a no applies ("aqui", "u was", "عندكم"). Beside a
move or a jab had elsewhere, a no said of here is about this surgery, and the fact is the label
(``labels_decide.decide``; issue 13, H208).

A module may also have ``seasonal`` and ``changed_mind`` cues: the flu or covid jab named, and
a mind changed ("cambié de opinión"). Beside a no and a yes, either sends the reply to a person:
the yes may be to the routine vaccines, or the no taken back (``labels_decide``; H213).

A module may also have a ``tag_ok`` cue: "is that ok?" closing a question ("babcia go
przyprowadzi, może być?"); it counts as a yes only when the rest of that question says how the
family will come (``labels_matches.closing_tags``).

Most modules extend the lists first written with the language's general vocabulary below
them (issue 13): refusing verbs in each person, tense and common spelling, built from word
parts (``pt_words.negated``, ``es_words.spelt``: texting and misspelt forms); yes, booking,
stop, doubt, "if"/"until" and logistics words; and their ``REWRITES``. Spanish and Portuguese
keep that vocabulary in a module of its own (``es_words``, ``pt_words``), and Arabic its
refusals (``ar_refusals``, added to ``ar``'s own). Arabic, Bengali, Polish, Portuguese, Romanian,
Spanish and Urdu keep their ``REWRITES`` in a module of its own too (``ar_rewrites``,
``bn_rewrites``, ``pl_rewrites``, ``pt_rewrites``, ``ro_rewrites``, ``es_rewrites``,
``ur_rewrites``), which the language's module imports; the package reads it from there.
"""

from __future__ import annotations

from assistant.scripts.labels_text import normalise
from assistant.scripts.lexicon import ar, bn, es, fr, lt, pl, pt, ro, so, tr, ur

_MODULES = {"pl": pl, "ro": ro, "pt": pt, "es": es, "tr": tr, "lt": lt, "fr": fr, "ur": ur,
            "bn": bn, "ar": ar, "so": so}
# Words of a language that the English rules would misread ("no" is "in the" in Portuguese
# and "well" in Polish; Spanish "ya" is "already", not "yeah"): a module's ``NOT_ENGLISH``.
# The English view of a reply in that language leaves them out; its own lists still read them.
NOT_ENGLISH: dict[str, frozenset[str]] = {
    lang: frozenset(module.NOT_ENGLISH) for lang, module in _MODULES.items()
    if hasattr(module, "NOT_ENGLISH")}
# The words that say "not" in front of a verb or an answer ("não queremos", "no vale", "na
# ji"): a yes-word right after one is not a yes (labels.py). The single words of each
# language's ``negative`` cue, and a module's ``NEGATIONS`` (texting forms: "n", "naum").
NEGATIONS: dict[str, frozenset[str]] = {
    lang: frozenset(normalise(p) for p in (*module.CUES.get("negative", ()),
                                           *getattr(module, "NEGATIONS", ()))
                    if " " not in p.strip() and not p.endswith("*"))
    for lang, module in _MODULES.items()}
# Words that are a yes only as the whole reply or opening it before a comma or a full stop
# (Arabic "اي": yes, but also "which"), a module's ``ANSWER_YES`` (labels_matches.answer_yes).
ANSWER_YES: dict[str, frozenset[str]] = {
    lang: frozenset(normalise(p) for p in module.ANSWER_YES) for lang, module in _MODULES.items()
    if hasattr(module, "ANSWER_YES")}
# Yes-words that are also a title ("ji": sir, madam), so "ji nahi" is a no said politely;
# "agree" said of the family, and the words that join it to what was agreed (a module's
# ``HONORIFIC_YES``, ``AGREEMENT`` and ``AGREED_JOINERS``; labels_matches): read in any
# language, as replies mix them.
HONORIFIC_YES: frozenset[str] = frozenset(
    normalise(p) for module in _MODULES.values() for p in getattr(module, "HONORIFIC_YES", ()))
AGREEMENT: tuple[str, ...] = tuple(
    p for module in _MODULES.values() for p in getattr(module, "AGREEMENT", ()))
AGREED_JOINERS: frozenset[str] = frozenset(
    normalise(p) for module in _MODULES.values() for p in getattr(module, "AGREED_JOINERS", ()))
# Thanks that may follow a reply's closing no ("não, obrigada"), and words that close a mock
# yes as a no ("... passo"): a module's ``THANKS`` and ``CLOSING_NO``, read in any language, as
# a reply may close in another (labels._closing_no).
THANKS: frozenset[str] = frozenset(
    normalise(p) for module in _MODULES.values() for p in getattr(module, "THANKS", ()))
CLOSING_NO: frozenset[str] = frozenset(
    normalise(p) for module in _MODULES.values() for p in getattr(module, "CLOSING_NO", ()))
REWRITES: dict[str, dict[str, list[str]]] = {
    lang: module.REWRITES for lang, module in _MODULES.items() if hasattr(module, "REWRITES")}
LEXICONS: dict[str, dict[str, list[str]]] = {lang: module.CUES for lang, module in _MODULES.items()}
