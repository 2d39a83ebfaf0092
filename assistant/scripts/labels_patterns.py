"""The rules' word lists compiled into patterns, once per process (``labels`` reads with
them): English rewrites, cues and vetoes (``lexicon_en``), and each other language's
rewrites and cues (``lexicon``), whose phrases are written as a speaker would type them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.scripts import lexicon_en
from assistant.scripts.labels_text import normalise
from assistant.scripts.lexicon import LEXICONS, REWRITES

__all__ = ["Patterns", "compiled", "phrase_pattern"]


def _bounded(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![^ ])(?:" + "|".join(alternatives) + r")(?![^ ])")


def phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a pattern: ``*`` ends a stem (of any of its words), `` ... `` stands
    for up to four words."""
    if " ... " in phrase:
        return r"(?: [^ ]+){0,4} ".join(phrase_pattern(part) for part in phrase.split(" ... "))
    if " " in phrase.strip():  # each word may end a stem ("ostateczn* decyzj*")
        return " ".join(phrase_pattern(word) for word in phrase.split())
    stem = phrase.endswith("*")
    words = normalise(phrase.rstrip("*")).split(" ")
    body = " ".join(re.escape(w) for w in words)
    return body + r"[^ ]*" if stem else body


@dataclass(frozen=True)
class Patterns:
    """The word lists compiled: English rewrites, cues and vetoes; other languages' rewrites
    and cues."""

    rewrites: list[tuple[re.Pattern[str], str]]
    cues: dict[str, re.Pattern[str]]
    vetoes: dict[str, re.Pattern[str]]
    world: dict[str, dict[str, re.Pattern[str]]]
    world_rewrites: dict[str, list[tuple[re.Pattern[str], str]]]


@functools.cache
def compiled() -> Patterns:
    """Compiled on the first reply, not at import: commands that never label a reply
    (report, export-codes, import-cohort) start without compiling them. Two threads
    racing here both compile the same patterns; either result is kept."""
    return Patterns(
        rewrites=[(_bounded([p]), marker) for p, marker in lexicon_en.REWRITES],
        cues={cue: _bounded(alts) for cue, alts in lexicon_en.CUES.items()},
        vetoes={cue: _bounded(alts) for cue, alts in lexicon_en.VETOES.items()},
        # An "is that ok?" tag is read whole ("oibo ni", not "oibo"): longest first.
        world={lang: {cue: _bounded([phrase_pattern(p) for p in (
                          sorted(phrases, key=len, reverse=True) if cue == "tag_ok" else phrases)])
                      for cue, phrases in cues.items()} for lang, cues in LEXICONS.items()},
        world_rewrites={lang: [(_bounded([phrase_pattern(p) for p in phrases]), marker)
                               for marker, phrases in markers.items()]
                        for lang, markers in REWRITES.items()},
    )
