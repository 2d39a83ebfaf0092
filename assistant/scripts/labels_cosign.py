"""A reply read twice: by the rules (``labels``) and by the model (``labels_model``).

``read_reply(text)`` is what the assistant acts on (replies, speech, ``assistant
classify``). The two readers are independent: the rules were written from
examples, the model learnt from labelled replies in many voices.

How their labels are co-signed (labels.md, "Safety"):

- ``refused`` stands only when both readers say so (the model with probability at
  least ``MODEL_MIN_PROBABILITY``); a co-signed ``refused`` still goes through the
  dialogue's confirmation step. Nothing else ever gives ``refused``.
- ``agree`` stands when both readers say so (the same threshold), or when the model
  is at least ``AGREE_ALONE_PROBABILITY`` sure and the rules do not object
  (``rules_object_to_agree``: they saw no doubt, no question other than about times,
  no no, no refusal, no other label, and the reply is in a language they read). Chosen
  on cross-validation over the training replies (issue 13, hazard H150): it recovers
  yeses the rules cannot read without adding false agrees there.
- When the rules say ``agree`` or ``refused`` and the model is at least
  ``MODEL_OVERRIDE_PROBABILITY`` sure it cannot be placed (``unclear``), the reply is
  ``unclear``: the family is asked once what they meant, and a person reads a second
  unclear reply (pathway.md). A model that reads a worry, a fact or a different decision
  still sends the reply to a person as ``hesitant`` (next point).
- Otherwise, when either reader says ``agree`` or ``refused`` and the other does not,
  the reply is ``hesitant`` and a person reads it.
- The other labels (facts, opt-out, hesitant, unclear): when the readers differ,
  the model's label stands if it is at least ``MODEL_OVERRIDE_PROBABILITY`` sure
  and the rules are less than ``RULES_SURE_CONFIDENCE`` sure (a plain cue such as
  "wrong number" or "we moved to Leeds" keeps the rules' label), else the rules'.
  Into ``opt_out`` or ``wrong_number``, after which no person reads the reply, the
  model must be at least ``SILENT_OVERRIDE_PROBABILITY`` sure, and never where the rules
  read a yes or a booking asked for. Into ``already_vaccinated``
  or ``moved_away``, which pause or close the family, never when the rules heard only a
  worry (``rules_heard_only_a_worry``).
- A bare stop keyword (STOP, UNSUBSCRIBE) is an opt-out whatever the model says.
- If the model cannot be loaded, the rules alone label the reply (and say so).

The result carries both readers' labels (``rules_label``, ``model_label``) for
the message record, so reports can count how often each reader was overruled.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from assistant.scripts import labels_model
from assistant.scripts.labels import Classification, Label, classify
from assistant.scripts.labels_model import ModelReading
from assistant.scripts.lexicon import LEXICONS

READ_LANGUAGES = frozenset({"en", *LEXICONS})

__all__ = ["AGREE_ALONE_PROBABILITY", "MODEL_MIN_PROBABILITY", "MODEL_MIN_REFUSED_PROBABILITY",
           "MODEL_OVERRIDE_PROBABILITY", "RULES_SURE_CONFIDENCE", "SILENT_OVERRIDE_PROBABILITY",
           "co_sign", "read_reply", "rules_object_to_agree", "warm_up", "warm_up_in_background"]

CO_SIGNED = frozenset({Label.AGREE, Label.REFUSED})
# Cues with which the rules object to a yes: a refusal, doubt, a request to talk, a no, a
# fact or opt-out, talk of something else (a birthday party, a parcel, another person's
# appointment or another service: H201), or a "not now / later" (``condition``: "later, God
# willing, we are travelling"; out-of-fold over 12,412 replies it moves 5 of 10 false agrees
# to a person for 0.0003 macro-F1), or a bare word for a person ("o meu marido": the rules'
# doubt when nothing else is read, H210). A question objects unless it is about scheduling
# ("asked:sched").
OBJECTING_CUES = frozenset({"refuse", "refuse_soft", "lasting", "stop", "already", "moved",
                            "wrong", "wrong_weak", "doubt", "talk", "negative", "lukewarm",
                            "asked_already", "asked_moved", "asked_wrong", "asked_lasting",
                            "sarcasm", "offtopic", "elsewhere", "condition", "person"})
# A worried reply the model reads as "already had it" or "moved away" would close or pause
# the family and thank them, and no coordinator would answer the worry (H190): where the
# rules heard only a worry, their hesitant stands. Out-of-fold over 8,103 replies this keeps
# 8 of 10 such worried replies with a person, for 0.002 macro-F1.
CLOSING_FACTS = frozenset({Label.ALREADY_VACCINATED, Label.MOVED_AWAY})
WORRY_CUES = frozenset({"doubt", "talk", "asked:doubt"})
FACT_CUES = frozenset({"already", "moved", "asked_already", "asked_moved", "wrong",
                       "wrong_weak", "stop", "refuse", "refuse_soft", "asked:fact"})
# Chosen by cross-validation on the training replies (bench/labels_validation.py: safety
# first, then macro-F1), never on a test split. With 6,221 replies the MLP head gave one false
# refusal out-of-fold at 0.5, so both were 0.8. Over 8,103 (1 December), 0.8 -> 0.6 for both
# keeps 0 false refusals and 5 false agrees out-of-fold (0.5 also does; 0.6 keeps a margin)
# and lifts macro-F1 0.901 -> 0.909, held-aside 0.840 -> 0.848: a yes or a no both readers
# name, the model only fairly sure, is no longer sent to a person.
MODEL_MIN_PROBABILITY = 0.6
MODEL_MIN_REFUSED_PROBABILITY = 0.6
# The model's agree stands alone (the rules saw no yes) only at least this sure and when the
# rules do not object (``rules_object_to_agree``). 0.95 until 1 December; with the head
# retrained on 9,921 replies, 0.98 halves the false agrees out-of-fold (8 -> 4, all of them
# off-topic or unfinished texts the rules read nothing in) for the same macro-F1 (0.899).
# Checked again on 11,351 replies (head and rules of 1 December, later): 0.98 and 0.6 are
# still the grid's choices (4 false agrees out-of-fold, 0 false refusals). On 12,412 (with the
# replies about other appointments, H201): 0.98 and 0.6 give 5 false agrees out-of-fold;
# 0.5 for both gives 7 for +0.003 macro-F1, so they stay.
AGREE_ALONE_PROBABILITY = 0.98
MODEL_OVERRIDE_PROBABILITY = 0.7
# Labels after which no person reads the family's reply (no task is raised): the model
# may be asked to be surer to overrule the rules into them: with the MLP head, 0.9 rather
# than 0.7 sends 4 decisions or worries in 6,221 there instead of 7, for 0.003 macro-F1.
SILENT = frozenset({Label.OPT_OUT, Label.WRONG_NUMBER})
SILENT_OVERRIDE_PROBABILITY = 0.9
RULES_SURE_CONFIDENCE = 0.9
DISAGREEMENT_CONFIDENCE = 0.5
STOP_KEYWORD_REASON = "stop keyword"
NO_CUE_REASON = "no cue for any label"


def rules_object_to_agree(rules: Classification) -> bool:
    """Whether the rules saw anything against a yes (doubt, a question, a no, another label)."""
    if rules.label is Label.AGREE:
        return False
    if rules.label not in (Label.HESITANT, Label.UNCLEAR):
        return True  # a refusal, a fact or an opt-out
    if not rules.cues and rules.reasons[:1] != (NO_CUE_REASON,):
        return True  # nothing to read, no words, a stop keyword
    if rules.language not in READ_LANGUAGES:
        return True  # a language without a word list: the rules cannot object, so they do
    return any(cue in OBJECTING_CUES or (cue.startswith("asked:") and cue != "asked:sched")
               for cue in rules.cues)


def rules_heard_only_a_worry(rules: Classification) -> bool:
    """Whether the rules read a worry, a wish to talk or a question about the vaccine, and
    no fact at all (nothing about having had it, moving, a wrong number or stopping)."""
    cues = set(rules.cues)
    return (rules.label is Label.HESITANT and bool(cues & WORRY_CUES)
            and not cues & FACT_CUES)


def co_sign(rules: Classification, model: ModelReading | None) -> Classification:
    """The label to act on, from the rules' classification and the model's reading."""
    said = replace(rules, rules_label=rules.label,
                   model_label=model.label if model else None)
    if model is None:
        return replace(said, reasons=(*rules.reasons, "model reader unavailable: rules alone"))
    r, m, p = rules.label, model.label, model.probability
    heard = f"model: {m.value} ({p:.2f})"
    if STOP_KEYWORD_REASON in rules.reasons:
        return replace(said, reasons=(*rules.reasons, heard))
    if (m is Label.AGREE and r is not Label.AGREE and p >= AGREE_ALONE_PROBABILITY
            and not rules_object_to_agree(rules)):
        return replace(said, label=Label.AGREE, confidence=round(p, 2),
                       reasons=(*rules.reasons, heard, "the model is sure of a yes and the "
                                "rules see nothing against it"))
    needed = MODEL_MIN_REFUSED_PROBABILITY if r is Label.REFUSED else MODEL_MIN_PROBABILITY
    if r is m and (r not in CO_SIGNED or p >= needed):
        return replace(said, confidence=round(max(rules.confidence, p), 2),
                       reasons=(*rules.reasons, heard, "both readers agree"))
    if r in CO_SIGNED and m is Label.UNCLEAR and p >= MODEL_OVERRIDE_PROBABILITY:
        # Out-of-fold this moved 32 of 8,103 replies from hesitant to unclear: 16 were
        # unclear, none was a worry (H191).
        return replace(said, label=Label.UNCLEAR, confidence=DISAGREEMENT_CONFIDENCE,
                       reasons=(*rules.reasons, heard, f"the rules read {r.value} where the "
                                "model reads nothing clear: ask the family what they meant"))
    if r in CO_SIGNED or m in CO_SIGNED:
        why = (f"the readers do not both say {r.value}" if r is m
               else f"the readers differ (rules: {r.value}, model: {m.value})")
        return replace(said, label=Label.HESITANT, confidence=DISAGREEMENT_CONFIDENCE,
                       reasons=(*rules.reasons, heard, f"{why}: a person should read it"))
    needed = SILENT_OVERRIDE_PROBABILITY if m in SILENT else MODEL_OVERRIDE_PROBABILITY
    if m in SILENT and {"book", "yes"} & set(rules.cues):
        # "No more texts, ring me with a time", "my husband wants no more texts on his number ...
        # yes, we'll bring her Thursday": a family who said yes or asked for a booking is never
        # closed silently on the model's word (H212, near misses in Urdu and Romanian).
        return replace(said, reasons=(*rules.reasons, heard, "a yes or a booking is not "
                                      f"overruled into {m.value}: the rules' label stands"))
    if p >= needed and rules.confidence < RULES_SURE_CONFIDENCE:
        if m in CLOSING_FACTS and rules_heard_only_a_worry(rules):
            return replace(said, reasons=(*rules.reasons, heard, "a worry is not overruled "
                                          f"into {m.value}: the rules' label stands"))
        return replace(said, label=m, confidence=round(p, 2),
                       reasons=(*rules.reasons, heard, f"the model overrules the rules' {r.value}"))
    return replace(said, reasons=(*rules.reasons, heard, "the rules' label stands"))


def read_reply(text: str) -> Classification:
    """Label one reply with both readers, co-signed (see the module docstring)."""
    rules = classify(text)
    return co_sign(rules, labels_model.read(text))


def warm_up() -> None:
    """Compile the rules' patterns and load the model now (about 3 s and 0.2 s on one
    core), so that the first reply a process reads, perhaps a parent speaking on a call,
    does not wait for them. Both are kept for the life of the process."""
    read_reply("yes please")


def warm_up_in_background() -> threading.Thread:
    """:func:`warm_up` in a daemon thread (``assistant run``, ``assistant worker`` and each
    gunicorn worker start one); a reply read meanwhile waits on the same one-time work."""
    thread = threading.Thread(target=warm_up, name="warm-up-readers", daemon=True)
    thread.start()
    return thread
