"""Labelling a parent's first free-text reply (see shared/spec/labels.md).

``classify(text)`` reads a reply with transparent rules and word lists, in
process and offline, and returns one of eight labels with a confidence, the
language it guessed and the reasons (the cues it matched), so a coordinator
can see why.

How a reply is read:

1. Normalise (``labels_text``): accents, emoji, shorthand, contractions.
2. Find cues (``lexicon_en`` for English, ``lexicon`` for the other
   languages, compiled by ``labels_patterns``): refusal, stop, already had it,
   moved, wrong number, doubt, talk to someone, circumstance, yes, booking, a
   bare no, identity. ``labels_matches`` drops those a sentence's shape takes
   back ("não queremos", "we agree: no vaccines"). Facts and refusals said
   inside a question ("what if we refuse?") count as doubt, not as statements.
3. Decide by the precedence of labels.md, safety first (``labels_decide``): a
   refusal must be a stated decision against the vaccine, and softens to
   ``hesitant`` when it is about timing or circumstance or comes with a request
   to talk (rule 4); facts beat opt-out (rule 3); any doubt, or a question that
   is not about scheduling, turns a yes into ``hesitant`` (rule 2).

A bare "no" (or "no thanks") answers "reply to book" but states no decision
about the vaccine, so it is ``hesitant`` (a person calls), never ``refused``.
Below ``CONFIDENCE_THRESHOLD`` the labeller never answers ``refused`` or
``agree``: it answers ``hesitant`` so that a person reads the reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.scripts.labels_decide import Label, Reading, decide
from assistant.scripts.labels_language import detect_language
from assistant.scripts.labels_matches import (
    Match,
    agreement_on_a_no_dropped,
    answer_yes,
    closing_tags,
    find,
    mocked_times_dropped,
    negated_yes_dropped,
    within,
)
from assistant.scripts.labels_patterns import compiled as _patterns
from assistant.scripts.labels_text import english, normalise, sentences, word_tokens
from assistant.scripts.lexicon import CLOSING_NO, NOT_ENGLISH, THANKS

__all__ = ["CONFIDENCE_THRESHOLD", "Classification", "Label", "classify", "detect_language"]

CONFIDENCE_THRESHOLD = 0.6
MAX_CHARS = 2000  # an SMS reply is at most 1,600 characters; longer text is cut and doubted
STOP_KEYWORDS = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "remove", "optout",
                 "revoke", "unsub", "opt out", "stop all"}
_INTERROGATIVES = {"is", "are", "can", "could", "does", "do", "did", "will", "would", "should",
                   "what", "why", "how", "when", "where", "which", "who", "shall", "may"}
# "Is my decision", "is our choice" said without a "?": a statement, not a question.
_STATED = re.compile(r"is (?:my|our|the family s|the familys|a) (?:own |final |family )?"
                     r"(?:decision|choice|right)\b")
# A question of nothing but a vaccine's name ("Vaccines? not in this family"): the family's
# echo of what it was asked, before its answer; it asks nothing when a refusal follows.
_VACCINE_NAMES = frozenset({"vaccine", "vaccines", "vaccination", "vaccinations", "jab",
                            "jabs", "mmr", "injection", "injections", "immunisation",
                            "immunisations"})
_ECHOED = _VACCINE_NAMES | {"the", "these", "those", "them", "more", "again", "really"}
# The only cues a reply may hold for an exasperated no to be a decision (``_read``).
_EXASPERATED_NO = {"exasperated", "negative", "flat_no", "closing_no", "stop", "stop_asking"}
# Cues that are facts or decisions, which a question does not state.
_STATEMENT_ONLY = {"refuse", "refuse_soft", "already", "moved", "wrong", "lasting"}


@dataclass(frozen=True)
class Classification:
    """A reply's label, how sure the reader is (0-1), its language and the cues behind it.

    ``rules_label`` and ``model_label`` are set by the co-signed reading
    (``labels_cosign.read_reply``): what each reader said, for the audit.
    """

    label: Label
    confidence: float
    language: str | None
    reasons: tuple[str, ...] = field(default_factory=tuple)
    rules_label: Label | None = None
    model_label: Label | None = None
    # The cue names the rules found and the kinds of question asked ("asked:doubt"), so
    # that the co-signing can tell a reply the rules object to from one they cannot read.
    cues: tuple[str, ...] = ()


def _question_flags(view: str, spans: list[tuple[int, int, bool]]) -> list[bool]:
    """Whether each sentence of the English view asks a question."""
    flags = []
    for start, end, asked in spans:
        words = word_tokens(view[start:end])
        first = next(iter(words), "")
        # A "?" with no words of its own ("termin??": the second "?") asks nothing more.
        # "Is my decision, please respect" (no "?"): a statement with its "it" left out.
        unasked = not asked and _STATED.match(" ".join(words)) is not None
        flags.append(bool(words) and (asked or (first in _INTERROGATIVES and not unasked)))
    return flags


def _read(base: str, english_text: str, language: str | None) -> Reading:
    """The cues of one reply: matched in both views, filtered, placed in their sentences,
    then the decisions they add up to and the kinds of question asked."""
    reading = Reading(words=len(word_tokens(english_text)))
    spans = sentences(english_text)
    questions = _question_flags(english_text, spans)
    answer = answer_yes(base, language)
    if answer:
        reading.add("yes", answer)
    per_question = _add_matches(reading, _matches(base, english_text, spans, language),
                                questions)
    _add_decisions(reading, base, language)
    _add_question_kinds(reading, english_text, spans, questions, per_question)
    if (reading.has("exasperated") and reading.has("negative")
            and set(reading.cues) <= _EXASPERATED_NO and set(reading.question_kinds) == {"no"}):
        # "How many times? NO", "¿cuántas veces?... que NO": a bare no after a question that
        # asks nothing is the family's no said again, a decision (rule 1), where "why? no"
        # (a question asked) stays a no without one, as does "do not call again" (no question).
        # Any other cue keeps it as it was.
        reading.add("refuse_soft", reading.cues["negative"][0])
    return reading


def _matches(base: str, english_text: str, spans: list[tuple[int, int, bool]],
             language: str | None) -> list[Match]:
    """The cues matched in the English view and in the reply's own language, less those a
    sentence's shape takes back (``labels_matches``)."""
    patterns = _patterns()
    matches = find(english_text, spans, patterns.cues, patterns.vetoes, english_view=True)
    if language in patterns.world:
        matches += negated_yes_dropped(
            find(base, sentences(base), patterns.world[language], {}, english_view=False),
            base, language)
    matches = agreement_on_a_no_dropped(matches, english_text, base)
    return mocked_times_dropped(matches, english_text, base)


def _add_matches(reading: Reading, matches: list[Match], questions: list[bool]
                 ) -> dict[int, set[str]]:
    """Add the matches to ``reading`` as what was said, a fact or a decision inside a
    question turned into doubt; returns the cues of each question, by sentence."""
    per_question: dict[int, set[str]] = {}
    tags = closing_tags(matches, questions)
    for tag in tags:
        reading.add("yes", tag.phrase)
    for match in matches:
        cue, index = match.cue, match.sentence
        if cue == "child_vax":
            reading.names_child = True
            continue
        if cue == "tag_ok" or any(within(match, tag) for tag in tags):
            continue  # a tag is a yes only as above; a word inside an accepted tag is the tag
        asked = index < len(questions) and questions[index]
        if asked:
            per_question.setdefault(index, set()).add(cue)
            if cue in _STATEMENT_ONLY:
                cue = "doubt" if cue.startswith("refuse") else "asked_" + cue
            elif cue in ("yes", "yes_weak") and not match.opening:
                continue
        reading.add(cue, match.phrase)
    return per_question


def _add_decisions(reading: Reading, base: str, language: str | None) -> None:
    """The doubt or decision that cues say together (a filler, a mock yes then a no, a no
    with "stop asking", a no that lasts)."""
    if reading.has("filler") and not (reading.has("book", "stop", "already", "moved", "wrong")
                                      or (reading.has("yes") and reading.has("sched"))):
        # "Erm..." is hesitation; "erm yes, Thursday" or "erm book him in" is a yes said aloud,
        # and "um the surgery down there done it" a fact said aloud. Before a no it stays
        # doubt: "um I don't think we want it" is for a person to hear.
        reading.add("doubt", reading.cues["filler"][0])
    closing = _closing_no(base, language) if reading.has("sarcasm") else ""
    if closing and not reading.has("closing_no"):
        # "Sure, right away 🙄 nie": a reply in any language that mocks a yes, then says no.
        reading.add("closing_no", closing)
    if reading.has("sarcasm") and reading.has("closing_no") and not reading.has("refuse_soft"):
        reading.add("refuse_soft", reading.cues["closing_no"][0])
    if reading.has("flat_no") and reading.has("stop_asking") and not reading.has(
            "wrong", "wrong_weak", "moved", "already", "yes", "book"):
        # "No. Stop asking.": a no with a request to stop asking is a decision (rule 1);
        # a condition, a worry or a question still softens it (_decide_refusal).
        reading.add("refuse_soft", reading.cues["flat_no"][0])
    if reading.has("lasting") and reading.has("negative"):
        # "No, never": a no that lasts reads as a decision ("never a problem" does not).
        reading.add("refuse_soft", reading.cues["lasting"][0])


def _add_question_kinds(reading: Reading, english_text: str,
                        spans: list[tuple[int, int, bool]], questions: list[bool],
                        per_question: dict[int, set[str]]) -> None:
    """What each question asks about (``_question_kind``), or ``echo`` for a vaccine's name
    asked back before a refusal ("Vaccines? not in this family"), which asks nothing."""
    for index, asked in enumerate(questions):
        if not asked:
            continue
        kind = _question_kind(per_question.get(index, set()))
        words = set(word_tokens(english_text[spans[index][0]:spans[index][1]]))
        if (kind == "generic" and not per_question.get(index) and words <= _ECHOED
                and words & _VACCINE_NAMES and reading.has("refuse", "refuse_soft")):
            kind = "echo"
        reading.question_kinds.append(kind)


# Thanks that may follow the closing no ("no, thank you", "não, obrigada": the word lists'
# THANKS too), and the words that close a mock yes as a no ("... pass", "... passo").
_THANKS = THANKS | {"thanks", "thank", "you"}
_CLOSING_NO = CLOSING_NO | {"no", "nope", "nah", "pass"}


def _closing_no(base: str, language: str | None) -> str:
    """The reply's last word if, before any thanks, it is a no, in English or in its own
    language; else ""."""
    words = word_tokens(base)
    while len(words) > 1 and words[-1] in _THANKS:
        words = words[:-1]
    last = next(iter(reversed(words)), "")
    negative = _patterns().world.get(language or "", {}).get("negative")
    return last if last in _CLOSING_NO or (negative and negative.fullmatch(last)) else ""


def _question_kind(cues: set[str]) -> str:
    if cues and cues <= {"negative", "filler", "flat_no", "exasperated"}:
        return "no"  # "No?", "um no?": a no said with a rising tone, not a question
    if cues & {"doubt", "talk", "refuse", "refuse_soft"}:
        return "doubt"
    if cues & {"sched", "book"}:
        return "sched"
    if cues & {"already", "moved"}:
        return "fact"  # "maybe your system isn't updated?" beside "had it last week"
    if cues & {"identity", "wrong", "wrong_weak", "stop"}:
        return "identity"
    return "generic"


def _rewrite(text: str) -> str:
    for pattern, marker in _patterns().rewrites:
        text = pattern.sub(marker, text)
    return text


def _english_words(base: str, language: str | None) -> str:
    """``base`` without the words of its language the English rules would misread."""
    own = NOT_ENGLISH.get(language or "")
    return " ".join(t for t in base.split(" ") if t not in own) if own else base


def _rewrite_language(base: str, language: str | None) -> str:
    """Another language's negated or idiomatic phrases as English marker words ("nie ma
    alergii" -> REASSURED), so that the no inside them is not read as a no."""
    for pattern, marker in _patterns().world_rewrites.get(language or "", ()):
        base = pattern.sub(marker, base)
    return base


def classify(text: str) -> Classification:
    """Label one reply; see the module docstring for how."""
    if not isinstance(text, str):
        raise TypeError("a reply must be text")
    truncated = len(text) > MAX_CHARS
    text = text[:MAX_CHARS]
    base = normalise(text)
    language = detect_language(text)
    if not word_tokens(base):
        return Classification(Label.UNCLEAR, 1.0 if not text.strip() else 0.8, language,
                              ("nothing to read" if not text.strip() else "no words",))
    if " ".join(word_tokens(base)) in STOP_KEYWORDS or set(word_tokens(base)) == {"stop"}:
        return Classification(Label.OPT_OUT, 0.99, language, ("stop keyword",))
    base = _rewrite_language(base, language)
    reading = _read(base, _rewrite(english(_english_words(base, language))), language)
    label, confidence, reasons = decide(reading)
    if language not in (None, "en"):
        confidence -= 0.05  # word lists for other languages are shorter
    if truncated:
        confidence = min(confidence, 0.55)
        reasons = (*reasons, f"only the first {MAX_CHARS} characters were read")
    if label in (Label.AGREE, Label.REFUSED) and confidence < CONFIDENCE_THRESHOLD:
        reasons = (*reasons, f"{label} below the confidence threshold: a person should read it")
        label = Label.HESITANT
    cues = (*sorted(reading.cues), *(f"asked:{kind}" for kind in reading.question_kinds))
    return Classification(label, round(confidence, 2), language, tuple(reasons), cues=cues)
