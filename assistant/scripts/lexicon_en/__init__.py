"""English cues for the reply labeller, as regular expressions over the ``english`` view.

Every pattern is matched between token boundaries (tokens are space-separated,
see ``labels_text``). ``REWRITES`` run first and turn negated or idiomatic
phrases into marker words, so that "no problem" is not read as a "no", "not
sure" is not read as "sure" and "not against it" is not read as "against it".
A cue's ``VETOES`` drop any of its matches that overlap a veto match ("get it
done at the surgery" is not "done at the surgery").

Cue names are shared with the other languages' lexicons (``lexicon``):
refuse, refuse_soft, stop, already, moved, wrong, wrong_weak, doubt, talk,
condition, yes, yes_weak, book, negative, identity, sched, elsewhere, child_vax.

The parts: ``words`` (building blocks), ``rewrites`` (with ``reassurances``), ``cues`` (with
``refusals`` and ``elsewhere``) and ``vetoes``.
"""

from __future__ import annotations

from assistant.scripts.lexicon_en.cues import CUES as _CUES
from assistant.scripts.lexicon_en.elsewhere import ELSEWHERE_CUES
from assistant.scripts.lexicon_en.refusals import REFUSAL_CUES
from assistant.scripts.lexicon_en.rewrites import REWRITES
from assistant.scripts.lexicon_en.vetoes import VETOES

__all__ = ["CUES", "REWRITES", "VETOES"]

# The refusals first (as they were read before they had a module of their own); requests
# about someone or something else (``elsewhere``) are cues of their own.
CUES: dict[str, list[str]] = REFUSAL_CUES | _CUES | ELSEWHERE_CUES
