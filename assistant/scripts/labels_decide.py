"""Step 3 of reading a reply (``labels``): the precedence of labels.md applied to the cues
found, safety first. A refusal must be a stated decision against the vaccine, and softens to
``hesitant`` when it is about timing or circumstance or comes with a request to talk (rule 4);
facts beat opt-out (rule 3); any doubt, or a question that is not about scheduling, turns a
yes into ``hesitant`` (rule 2); a yes about another person's appointment or another service
is ``unclear``. A stranger's no is still a wrong number, and a no said of "here" beside
a move or a jab had elsewhere is that fact (issue 13, H208).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Label", "Reading", "decide"]


class Label(StrEnum):
    """The eight reply labels of labels.md."""

    AGREE = "agree"
    HESITANT = "hesitant"
    REFUSED = "refused"
    ALREADY_VACCINATED = "already_vaccinated"
    MOVED_AWAY = "moved_away"
    WRONG_NUMBER = "wrong_number"
    OPT_OUT = "opt_out"
    UNCLEAR = "unclear"


@dataclass
class Reading:
    """The cues found in one reply, with where they were said."""

    cues: dict[str, list[str]] = field(default_factory=dict)
    question_kinds: list[str] = field(default_factory=list)
    words: int = 0
    # The child's vaccines named ("his jabs", "book her in"): no cue, only what a request
    # about another appointment is weighed against (``decide``).
    names_child: bool = False

    def has(self, *names: str) -> bool:
        return any(self.cues.get(name) for name in names)

    def add(self, cue: str, phrase: str) -> None:
        self.cues.setdefault(cue, []).append(phrase)


_MARKER_WORDS = {"POSOK": "no problem", "STRONGNO": "a strong no", "NOTHANKS": "no thanks",
                 "NOTSURE": "not sure", "NOTAGAINST": "not against it",
                 "PARTNERDOUBT": "someone else in the family is unsure", "ALLOWIT": "allow it",
                 "EMOJIYES": "a thumbs-up or tick", "SARCASM": "sarcasm",
                 "EMOJIDOUBT": "a worried emoji", "EMOJINO": "a no emoji",
                 "GETLOST": "a rude dismissal", "EXASPERATED": "how many times",
                 "BOOKWITH": "a booking and how they will come",
                 "NOCONTACT": "do not contact us", "EVERNO": "not now and not ever"}
_MARKER = re.compile("|".join(_MARKER_WORDS))


def _cited(reading: Reading, *names: str) -> str:
    phrases = [p for name in names for p in reading.cues.get(name, [])]
    readable = (_MARKER.sub(lambda m: _MARKER_WORDS[m.group()], p) for p in phrases)
    return ", ".join(dict.fromkeys(readable))


def decide(r: Reading) -> tuple[Label, float, list[str]]:
    """Apply the precedence of labels.md to the cues of one reply."""
    # A bare word for a person ("a enfermeira", "my husband" in another language) is doubt only
    # when nothing else is read; beside a yes, a booking or a fact it is the family's life
    # ("sim, o meu marido leva", "the nurse gave it to her in Braga"): H210.
    person = r.has("person") and not r.has("yes", "book", "already", "moved", "wrong", "stop")
    doubt = (r.has("doubt", "talk") or "doubt" in r.question_kinds or person
             or (r.has("lukewarm") and not r.has("book")))
    generic_question = "generic" in r.question_kinds
    agreeing = r.has("yes", "book")
    # "Still no, nobody called Mason lives here, wrong number": a stranger's no is no family's
    # decision (H208); nor is "we won't vaccinate him, he's not our son, wrong number" (H210: a
    # near miss both readers read as a refusal, which would have exception-reported a child for
    # a stranger's words; no training reply has a refusal and a wrong number together). "Not
    # here, we've moved to Leeds", "not with you, he had it in Jordan": the no is about this
    # surgery; the fact is what the family says (H208, near misses).
    stranger = r.has("wrong")
    fact_elsewhere = r.has("here") and r.has("already", "moved")
    if r.has("refuse", "refuse_soft") and not (stranger or fact_elsewhere):
        return _decide_refusal(r)
    if r.has("wrong") or (r.has("wrong_weak") and not agreeing):
        return Label.WRONG_NUMBER, 0.85, [f"not the family: {_cited(r, 'wrong', 'wrong_weak')}"]
    if r.has("already"):
        if doubt or generic_question or r.has("book"):
            return Label.HESITANT, 0.65, [f"already had some, but also asks: "
                                          f"{_cited(r, 'already', 'doubt', 'talk', 'book')}"]
        return Label.ALREADY_VACCINATED, 0.85, [f"already had it: {_cited(r, 'already')}"]
    if r.has("moved"):
        if agreeing:
            return Label.HESITANT, 0.6, [f"moved but agrees: {_cited(r, 'moved', 'yes', 'book')}"]
        return Label.MOVED_AWAY, 0.85, [f"moved: {_cited(r, 'moved')}"]
    if r.has("stop"):
        if doubt or r.has("book", "yes"):
            return Label.HESITANT, 0.6, [f"asks to stop but also: "
                                         f"{_cited(r, 'stop', 'doubt', 'talk', 'book', 'yes')}"]
        return Label.OPT_OUT, 0.85, [f"asks to stop contact: {_cited(r, 'stop')}"]
    if doubt:
        said = _cited(r, "doubt", "talk", "lukewarm", "person") or "a question about the vaccine"
        return Label.HESITANT, 0.8, [f"doubt or question: {said}"]
    label, confidence, reasons = _decide_rest(r, agreeing, generic_question)
    if label is Label.AGREE and r.has("elsewhere") and not r.names_child:
        # "Yes hello, is Dr Ahmed there today?", "can I book my own smear test?": a request
        # about someone or something else; its yes and booking words are not the child's.
        return Label.UNCLEAR, 0.7, [f"about another appointment or service: "
                                    f"{_cited(r, 'elsewhere')}"]
    return label, confidence, reasons


# The condition cue's words for an illness, a passing reason (labels.md rule 4).
_ILLNESS = frozenset({"poorly", "ill", "unwell", "sick", "cold", "temperature", "fever", "bug",
                      "teething"})


def _decide_refusal(r: Reading) -> tuple[Label, float, list[str]]:
    said = _cited(r, "refuse", "refuse_soft")
    # A lasting no ("not now, not ever") is not a "not now", whatever word for "now" it uses;
    # but an illness given as the reason ("not going to start now, he's poorly") is rule 4's.
    if r.has("condition") and (not r.has("lasting") or _ILLNESS & set(r.cues["condition"])):
        return Label.HESITANT, 0.75, [f"conditional no (rule 4): {said}; "
                                      f"{_cited(r, 'condition')}"]
    # A question asked in mockery before a closing no ("..., shall I? No.") is rhetorical.
    rhetorical = r.has("sarcasm") and r.has("closing_no")
    if r.has("talk") or ({"doubt", "generic"} & set(r.question_kinds) and not rhetorical):
        return Label.HESITANT, 0.7, [f"no, but asks to talk or asks a question: {said}"]
    if r.has("yes", "book") and r.has("seasonal", "changed_mind"):
        # "We decided to refuse the flu vaccine, but we want the MMR, please register"; "we'd
        # decided not to last year but we've changed our minds, can we book him in" (near
        # misses in six languages after test split AB, H213): the yes may be to the routine
        # vaccines, or the no taken back; a person reads which. "I said yes last time but I've
        # changed my mind, no more" is a no: a yes said before is no yes (the languages' asides).
        return Label.HESITANT, 0.6, [f"a no beside a yes, with another jab named or a mind "
                                     f"changed: {said}; {_cited(r, 'seasonal', 'changed_mind')}"]
    strong = r.has("refuse")
    confidence = 0.9 if strong else 0.72
    confidence += 0.03 * min(len(r.cues.get("refuse", [])) - 1, 2) if strong else 0.0
    # Yes-words before a closing "No." ("oh brilliant, more poison. No.") are sarcasm too.
    if r.has("yes", "book") and not strong and not r.has("sarcasm", "closing_no"):
        return Label.HESITANT, 0.6, [f"mixed yes and no: {said}"]
    return Label.REFUSED, min(confidence, 0.97), [f"decision against: {said}"]


def _decide_rest(r: Reading, agreeing: bool, generic_question: bool
                 ) -> tuple[Label, float, list[str]]:
    if (agreeing or r.has("yes_weak")) and r.has("sarcasm"):
        # "Sure, right away, when pigs fly 🙄": a yes said with an eye-roll may mock itself.
        return Label.HESITANT, 0.6, [f"a yes with sarcasm: {_cited(r, 'yes', 'yes_weak')}"]
    if (r.has("offtopic") and not r.has("book")) or (
            r.has("chat") and not r.has("yes", "book", "sched")):
        # "Happy birthday, lovely day", "ok thx bye": a greeting or a chat closing, no yes.
        said = _cited(r, "offtopic", "chat")
        return Label.UNCLEAR, 0.6, [f"chat, not about the vaccines: {said}"]
    if agreeing:
        said = _cited(r, "yes", "book", "yes_weak")
        if r.has("negative"):
            return Label.HESITANT, 0.55, [f"yes and no together: {said}; {_cited(r, 'negative')}"]
        if generic_question:
            return Label.HESITANT, 0.6, [f"yes with a question that is not about times: {said}"]
        confidence = 0.92 if r.has("book") and r.has("yes") else 0.86
        return Label.AGREE, confidence, [f"agrees: {said}"]
    if r.has("yes_weak"):
        said = _cited(r, "yes_weak")
        if r.has("negative") or generic_question:
            return Label.HESITANT, 0.5, [f"unsure yes: {said}"]
        # "ok" opening a long message about something else is not a clear yes; "ok, can it
        # be the same day?" (its only questions about times) is one.
        sched_only = bool(r.question_kinds) and set(r.question_kinds) == {"sched"}
        confidence = 0.75 if r.words <= 8 or sched_only else 0.55
        return Label.AGREE, confidence, [f"agrees (weak): {said}"]
    if r.has("negative"):
        return Label.HESITANT, 0.5, [f"a no without a stated decision: {_cited(r, 'negative')}"]
    if r.has("asked_already", "asked_moved", "asked_wrong"):
        return Label.UNCLEAR, 0.6, ["a question about the family's details"]
    if r.has("identity") or "identity" in r.question_kinds:
        return Label.UNCLEAR, 0.8, [f"asks who is writing or off-topic: {_cited(r, 'identity')}"]
    if r.question_kinds:
        return Label.UNCLEAR, 0.6, ["a question that is not about the vaccines"]
    return Label.UNCLEAR, 0.6, ["no cue for any label"]
