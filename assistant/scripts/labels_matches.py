"""The cues found in a reply, one match at a time, and the filters that drop the ones a
sentence's shape takes back (``labels._read`` reads what is left).

A :class:`Match` says where a cue was said: in which sentence, whether it opens or closes
it, after a comma, and in which view of the reply (its own language, or its English words).
The filters each drop one kind of match: a yes said after the language's "not" ("não
queremos"), an "agree" that a refusal follows ("we both agree: no vaccines"), the times said
inside a mock yes ("sure, tomorrow 🙄 no"); :func:`closing_tags` picks the "is that ok?" tags
that make a question a yes, and :func:`answer_yes` a yes-word said as the whole reply.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from assistant.scripts.labels_patterns import phrase_pattern
from assistant.scripts.labels_text import word_tokens
from assistant.scripts.lexicon import (
    AGREED_JOINERS,
    AGREEMENT,
    ANSWER_YES,
    HONORIFIC_YES,
    NEGATIONS,
)

__all__ = ["Match", "agreement_on_a_no_dropped", "answer_yes", "closing_tags", "find",
           "mocked_times_dropped", "negated_yes_dropped", "within"]


@dataclass(frozen=True)
class Match:
    """One cue found in one view of a reply: where, and where in its sentence."""

    cue: str
    phrase: str
    sentence: int
    opening: bool  # first in its sentence, with words after it
    closing: bool  # last in its sentence, with words before it
    after_comma: bool  # a comma before it in its sentence ("X, is that ok?")
    span: tuple[int, int]
    world: bool  # found in the reply's own language (else in its English view)


def find(view: str, spans: list[tuple[int, int, bool]], cues: dict[str, re.Pattern[str]],
         vetoes: dict[str, re.Pattern[str]], english_view: bool) -> list[Match]:
    """The cues matched in one view of a reply, whose sentences are ``spans``
    (``labels_text.sentences``)."""
    starts = [s for s, _, _ in spans]
    found = []
    for cue, pattern in cues.items():
        matches = list(pattern.finditer(view))
        if not matches:
            continue
        veto = vetoes.get(cue)
        blocked = [m.span() for m in veto.finditer(view)] if veto else []
        for match in matches:
            if any(a < match.end() and match.start() < b for a, b in blocked):
                continue
            index = max(bisect.bisect_right(starts, match.start()) - 1, 0)
            # A yes opening a question counts ("yes, what times?"), a lone "ok?" does not.
            before = view[spans[index][0]:match.start()].strip(" ,") if spans else ""
            after = word_tokens(view[match.end():spans[index][1]]) if spans else []
            found.append(Match(cue, match.group(), index, not before and bool(after),
                                bool(before) and not after,
                                " , " in view[spans[index][0]:match.start()] if spans else False,
                                match.span(), not english_view))
    return found


# Besides a yes, what a question may say for an "is that ok?" closing it to be a yes.
LOGISTICS = {"sched", "book", "yes", "yes_weak", "tag_ok"}


def within(match: Match, tag: Match) -> bool:
    """Whether a match in the reply's own language overlaps a tag ("ok" in "czy to ok")."""
    return match.world and match.span[0] < tag.span[1] and tag.span[0] < match.span[1]


def closing_tags(matches: list[Match], questions: list[bool]) -> list[Match]:
    """The "is that ok?" tags (``tag_ok``) closing a question that otherwise only says how
    the family will come ("Babcia go przyprowadzi, może być?": grandma will bring him, is that
    ok?): a yes with a scheduling question. A question about the child ("born early, is that
    ok?") names no time, place or person bringing him, so its tag stays a question."""
    tags = []
    for tag in matches:  # a tag question: a statement, a comma, the tag closing it
        if not (tag.cue == "tag_ok" and tag.world and tag.closing and tag.after_comma
                and tag.sentence < len(questions) and questions[tag.sentence]):
            continue
        said = [m.cue for m in matches if m.sentence == tag.sentence and not within(m, tag)]
        # Two logistics words at least ("babcia" + "przyprowadzi"): one time word alone may
        # be the child's age ("born at 32 weeks, is that ok?").
        if set(said) <= LOGISTICS and set(said) & {"sched", "book"} and len(said) >= 2:
            tags.append(tag)
    return tags


# "Any more" between a "not" and a yes-word ("nu mai vrem", we no longer want): still negated.
_ANY_MORE = frozenset({"mai"})


def negated_yes_dropped(matches: list[Match], base: str, language: str) -> list[Match]:
    """Without the yes-words of the reply's own language said right after a "not" ("não
    queremos", "no vale", "nu vrem", "nu mai vrem", "na ji"), or honorific ones right before it
    ("ji nahi"): "we don't want" is no yes (the "not" is still read as a no)."""
    negations = NEGATIONS.get(language, frozenset())
    kept = []
    for match in matches:
        if match.cue in ("yes", "yes_weak"):
            before = base[:match.span[0]].split()
            after = base[match.span[1]:].split()
            if (before and before[-1] in negations) or (
                    len(before) > 1 and before[-1] in _ANY_MORE and before[-2] in negations) or (
                    match.phrase in HONORIFIC_YES and after and after[0] in negations):
                continue
        kept.append(match)
    return kept


# "Agree" said of the family ("we both agree", "suntem de acord", "estamos de acordo") and
# the words that may join it to what was agreed ("that", "que", "ca", "że", "kad"): English's
# here, the other languages' in their word lists (``lexicon.AGREEMENT``, ``AGREED_JOINERS``).
_AGREEMENT = re.compile(r"(?:^| )(?:agreed?|in agreement|"
                        + "|".join(phrase_pattern(p) for p in AGREEMENT) + ")$")
_JOINERS = AGREED_JOINERS | {",", ".", "that", "on", "we", "i"}


def agreement_on_a_no_dropped(matches: list[Match], english_view: str,
                               base: str) -> list[Match]:
    """Without an "agree" that a refusal right after it says the family agreed on ("we both
    agree: no vaccines", "Eu e a mãe dela estamos de acordo: nada de vacinas"): it is no yes."""
    refusals = [m for m in matches if m.cue in ("refuse", "refuse_soft")]
    kept = []
    for match in matches:
        view = base if match.world else english_view
        if match.cue in ("yes", "yes_weak") and _AGREEMENT.search(match.phrase) and any(
                r.world == match.world and r.span[0] >= match.span[1]
                and set(view[match.span[1]:r.span[0]].split()) <= _JOINERS
                for r in refusals):
            continue
        kept.append(match)
    return kept


_MOCKERY = re.compile(r"(?<![^ ])(?:EMOJIROLL|SARCASM)(?![^ ])")


def mocked_times_dropped(matches: list[Match], english_view: str,
                          base: str) -> list[Match]:
    """Without the times said in a mock yes before an eye-roll or a sarcastic phrase ("sure,
    I'll bring him tomorrow 🙄 no we're not doing it"): the "tomorrow" is part of the joke,
    not a "not now" (rule 4). Only when a yes or booking word comes before the mockery and a
    no or refusal is said; "he's ill right now 🙄 no" (no mock yes) keeps its condition."""
    if not any(m.cue in ("refuse", "refuse_soft", "closing_no", "negative") for m in matches):
        return matches
    ends = {}
    for world, view in ((False, english_view), (True, base)):
        marks = [m.span[1] for m in matches if m.cue == "sarcasm" and m.world == world]
        marks += [t.end() for t in _MOCKERY.finditer(view)]
        if marks and any(m.cue in ("yes", "yes_weak", "book") and m.world == world
                         and m.span[1] <= max(marks) for m in matches):
            ends[world] = max(marks)
    return [m for m in matches if not (m.cue == "condition" and m.world in ends
                                       and m.span[1] <= ends[m.world])]


def answer_yes(base: str, language: str | None) -> str | None:
    """A yes-word of ``ANSWER_YES`` said as the whole reply (an emoji besides) or opening it
    before a comma or a full stop: "اي", "اي 👍", "اي، بس متى؟"; not "ايه؟" nor "اي يوم"."""
    words = ANSWER_YES.get(language or "")
    tokens = base.split(" ")
    if not words or tokens[0] not in words:
        return None
    rest = [t for t in tokens[1:] if not t.startswith("EMOJI")]
    return tokens[0] if not rest or rest[0] in (",", ".") else None
