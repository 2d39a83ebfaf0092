"""Bench for the reply labeller: quality and speed on the dev set and the held-apart set.

Prints, for each labelled file: per-label precision/recall/F1, macro-F1, the
confusion matrix, the two unsafe counts (a non-refusal labelled refused; a
non-agreement labelled agree) and the mean and p99 time per reply.

    .venv/bin/python bench/classify.py [--errors] [FILE ...]

With no FILE it reads shared/data/replies-dev.jsonl and
bench/data/replies-heldout.jsonl. ``--errors`` lists each wrong label with
its reasons (use it on the dev set only: the held-apart set is for measuring).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.scripts.labels import Label, classify  # noqa: E402

DEFAULT_FILES = [ROOT.parent / "shared" / "data" / "replies-dev.jsonl",
                 ROOT / "bench" / "data" / "replies-heldout.jsonl"]
LABELS = [label.value for label in Label]


def load(path: Path) -> list[dict]:
    """The labelled replies of one JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def scores(gold: list[str], predicted: list[str]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support per label."""
    result = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label != g)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label != p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = (precision, recall, f1, tp + fn)
    return result


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Mean F1 over the labels present in the gold labels."""
    table = scores(gold, predicted)
    present = [label for label in LABELS if table[label][3]]
    return sum(table[label][2] for label in present) / len(present)


def unsafe_counts(gold: list[str], predicted: list[str]) -> tuple[int, int]:
    """(non-refusals labelled refused, non-agreements labelled agree)."""
    pairs = list(zip(gold, predicted, strict=True))
    return (sum(1 for g, p in pairs if p == "refused" != g),
            sum(1 for g, p in pairs if p == "agree" != g))


def timed(rows: list[dict], rounds: int = 5) -> tuple[list[str], list, list[float]]:
    """Predictions, classifications and per-reply times in microseconds (best of rounds)."""
    results = [classify(row["text"]) for row in rows]  # warm up
    best = [float("inf")] * len(rows)
    for _ in range(rounds):
        for index, row in enumerate(rows):
            start = time.perf_counter()
            classify(row["text"])
            best[index] = min(best[index], (time.perf_counter() - start) * 1e6)
    return [r.label.value for r in results], results, best


def report(path: Path, show_errors: bool) -> None:
    """Print the figures for one labelled file."""
    rows = load(path)
    gold = [row["label"] for row in rows]
    predicted, results, micros = timed(rows)
    print(f"\n=== {path.name}: {len(rows)} replies ===")
    print(f"{'label':<20}{'prec':>7}{'recall':>8}{'F1':>7}{'n':>5}")
    for label, (p, r, f, n) in scores(gold, predicted).items():
        print(f"{label:<20}{p:>7.3f}{r:>8.3f}{f:>7.3f}{n:>5}")
    print(f"macro-F1: {macro_f1(gold, predicted):.3f}   "
          f"accuracy: {sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(rows):.3f}")
    wrong_refused, wrong_agree = unsafe_counts(gold, predicted)
    print(f"unsafe: non-refusal labelled refused = {wrong_refused}; "
          f"non-agreement labelled agree = {wrong_agree}")
    short = [label[:6] for label in LABELS]
    print("confusion (rows gold, columns predicted):")
    print(" " * 20 + "".join(f"{s:>7}" for s in short))
    for label in LABELS:
        counts = [sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == c)
                  for c in LABELS]
        print(f"{label:<20}" + "".join(f"{c:>7}" for c in counts))
    ordered = sorted(micros)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    print(f"time per reply: mean {statistics.mean(micros):.0f} us, p99 {p99:.0f} us, "
          f"max {ordered[-1]:.0f} us")
    if show_errors:
        for row, guess in zip(rows, results, strict=True):
            if guess.label.value != row["label"]:
                print(f"  {row['id']} gold={row['label']} got={guess.label.value} "
                      f"({guess.confidence}) {row['text']!r} {guess.reasons}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list the wrong labels")
    args = parser.parse_args()
    for path in args.files or DEFAULT_FILES:
        report(path, args.errors)


if __name__ == "__main__":
    main()
