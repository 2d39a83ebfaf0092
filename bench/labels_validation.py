"""Validation of the co-signing choices on the training replies (never the test split).

    OPENBLAS_NUM_THREADS=1 nice -n 10 .venv/bin/python bench/labels_validation.py \
        [--hidden 256 --l2 1e-3 (the head in use, default) | --hidden 0 --l2 0.01]

The choices of issue 13 were made here: out-of-fold model readings (5-fold, stratified,
as ``train_labels.py``) co-signed with the rules, for each ``AGREE_ALONE_PROBABILITY``
tried, over all the training replies and over a held-aside 40% of
``data/replies-train.jsonl`` (stratified by label and language, seed 1313) whose
errors were never read while the rules were written. Prints macro-F1, per-label F1,
false refusals, false agrees (and per 500), the share sent to a person, and how many
worried replies were given a fact label.

``--budgets 36 32`` instead measures a smaller ``labels_model.MAX_TOKENS`` (fewer
tokens are cheaper to embed but change what the model reads of long replies): the
same out-of-fold figures with each fold's head trained at today's budget and read at
the smaller one (the head in use, unchanged), then with the head retrained at it.
Measured 2026-11-30 (co-signed, all / held-aside macro-F1, false agrees): 40 (today)
0.781 / 0.760, 7; read at 36 0.780 / 0.758, 7; at 32 0.779 / 0.756, 7; at 28 0.775 /
0.754, 7 and 1 false refusal; retrained at 36 0.780 / 0.758, 6; at 32 0.776 / 0.751, 6;
at 30 0.780 / 0.755, 7. None unchanged, so MAX_TOKENS stays 40.
Measured again 2026-12-01 with the MLP head retrained at the budget (9,921 replies; co-signed
all / held-aside macro-F1, false agrees): 40 0.907 / 0.856, 4; 32 0.905 / 0.852, 5. On that
day's machine (AMD EPYC, AVX2) 40 tokens give p99 59 ms a reply and 32 about 48 ms: MAX_TOKENS
stays 40 while the labels miss their target (README, issue 13).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.scripts import labels_cosign, labels_model  # noqa: E402
from assistant.scripts.labels import Label, classify  # noqa: E402
from assistant.scripts.labels_model import ModelReading  # noqa: E402
from bench.classify import (  # noqa: E402
    TRAINING_FILES,
    macro_f1,
    person_share,
    scores,
    unsafe_counts,
)
from bench.classify import load as read_rows  # noqa: E402
from bench.train_labels import (  # noqa: E402
    LABELS,
    embeddings,
    fit,
    folds,
    load,
    out_of_fold,
    softmax,
)

AGREE_ALONE_GRID = (1.01, 0.98, 0.97, 0.95, 0.9)
# How sure the model must be for a yes or a no both readers name (MODEL_MIN_PROBABILITY and
# MODEL_MIN_REFUSED_PROBABILITY together); 0.6 chosen on 1 December (labels_cosign).
BOTH_SAY_GRID = (0.8, 0.7, 0.6, 0.5)
FACTS = {"already_vaccinated", "moved_away", "wrong_number", "opt_out"}


def held_aside(share: float = 0.4, seed: int = 1313) -> set[str]:
    """Ids of a stratified share of data/replies-train.jsonl (by label and language)."""
    rng = random.Random(seed)
    groups: dict[tuple[str, str], list[str]] = {}
    for row in read_rows(TRAINING_FILES[0]):
        groups.setdefault((row["label"], row["lang"]), []).append(row["id"])
    chosen: set[str] = set()
    for _, ids in sorted(groups.items()):
        ids = sorted(ids)
        rng.shuffle(ids)
        chosen.update(ids[:round(len(ids) * share)])
    return chosen


def line(name: str, gold: list[str], predicted: list[str]) -> str:
    """One line of figures."""
    refused, agree = unsafe_counts(gold, predicted)
    per = scores(gold, predicted)
    away = sum(1 for g, p in zip(gold, predicted, strict=True) if g == "hesitant" and p in FACTS)
    return (f"{name:<28} macro-F1 {macro_f1(gold, predicted):.3f}  false refused {refused}  "
            f"false agree {agree} ({agree / len(gold) * 500:.2f}/500)  to a person "
            f"{person_share(predicted):.3f}  worried->fact {away} | "
            + " ".join(f"{label[:5]} {per[label][2]:.2f}" for label in LABELS))


def budgets(rows: list[dict], x: np.ndarray, y: np.ndarray, rules: list, part: list[int],
            sizes: list[int], l2: float) -> None:
    """Out-of-fold figures at smaller token budgets (see the module docstring)."""
    texts, gold = [row["text"] for row in rows], [row["label"] for row in rows]
    engine = labels_model._open_engine()
    today = labels_model.MAX_TOKENS
    fitted = [labels_model._fit(engine, t) for t in texts]
    heads = [(held, fit(x[np.setdiff1d(np.arange(len(y)), held)],
                        y[np.setdiff1d(np.arange(len(y)), held)], l2)) for held in folds(y, 5)]
    try:
        for size in sizes:
            labels_model.MAX_TOKENS = size
            smaller = [labels_model._fit(engine, t) for t in texts]
            changed = [i for i, (a, b) in enumerate(zip(fitted, smaller, strict=True)) if a != b]
            xs = x.copy()
            if changed:
                xs[changed] = np.stack([engine.encode(smaller[i], labels_model.PREFIX_QUERY)
                                        for i in changed])
            print(f"MAX_TOKENS {size}: {len(changed)} of {len(texts)} replies read differently")
            for name, retrain in (("head as today", False), ("head retrained", True)):
                p = np.zeros((len(y), len(LABELS)))
                for held, (w, b) in heads:
                    if retrain:
                        kept = np.setdiff1d(np.arange(len(y)), held)
                        w, b = fit(xs[kept], y[kept], l2)
                    p[held] = softmax(xs[held] @ w.T + b)
                predicted = [labels_cosign.co_sign(r, ModelReading(
                    Label(LABELS[int(q.argmax())]), float(q.max()))).label.value
                    for r, q in zip(rules, p, strict=True)]
                print(line(f"  {name}, co-signed", gold, predicted))
                print(line(f"    held-aside {len(part)}", [gold[i] for i in part],
                           [predicted[i] for i in part]))
    finally:
        labels_model.MAX_TOKENS = today


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--hidden", type=int, default=256,
                        help="hidden units of the MLP head (256 with --l2 1e-3, the head in "
                             "use since December); 0 with --l2 0.01 is the linear head")
    parser.add_argument("--budgets", type=int, nargs="+", metavar="N",
                        help="measure these smaller MAX_TOKENS instead (linear head)")
    args = parser.parse_args()
    rows = load(TRAINING_FILES)
    x = embeddings([row["text"] for row in rows])
    y = np.array([LABELS.index(row["label"]) for row in rows])
    gold = [row["label"] for row in rows]
    aside = held_aside()
    part = [i for i, row in enumerate(rows) if row["id"] in aside]
    if args.budgets:
        budgets(rows, x, y, [classify(row["text"]) for row in rows], part, args.budgets,
                args.l2)
        return
    probabilities = out_of_fold(x, y, args.l2, 5, args.hidden)
    readings = [ModelReading(Label(LABELS[int(p.argmax())]), float(p.max()))
                for p in probabilities]
    rules = [classify(row["text"]) for row in rows]
    print(line("rules alone", gold, [r.label.value for r in rules]))
    print(line(f"model alone (l2 {args.l2:g}, hidden {args.hidden})", gold,
               [m.label.value for m in readings]))
    grid(rules, readings, gold, part, "agree alone", ("AGREE_ALONE_PROBABILITY",),
         AGREE_ALONE_GRID)
    grid(rules, readings, gold, part, "both say",
         ("MODEL_MIN_PROBABILITY", "MODEL_MIN_REFUSED_PROBABILITY"), BOTH_SAY_GRID)


def grid(rules: list, readings: list, gold: list[str], part: list[int], name: str,
         settings: tuple[str, ...], values: tuple[float, ...]) -> None:
    """Co-signed figures, all and held-aside, with ``labels_cosign``'s ``settings`` set to
    each of ``values`` in turn (the others as in use; all restored after)."""
    saved = [getattr(labels_cosign, setting) for setting in settings]
    try:
        for value in values:
            for setting in settings:
                setattr(labels_cosign, setting, value)
            predicted = [labels_cosign.co_sign(r, m).label.value
                         for r, m in zip(rules, readings, strict=True)]
            print(line(f"co-signed, {name} {value:g}", gold, predicted))
            print(line(f"  held-aside {len(part)}", [gold[i] for i in part],
                       [predicted[i] for i in part]))
    finally:
        for setting, value in zip(settings, saved, strict=True):
            setattr(labels_cosign, setting, value)


if __name__ == "__main__":
    main()
