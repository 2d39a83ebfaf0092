"""Regression guards over the shared dev set: safety first, then overall quality."""

from __future__ import annotations

import json

import pytest

from assistant.scripts.labels import Label, classify
from tests.conftest import SHARED

DEV_FILE = SHARED / "data" / "replies-dev.jsonl"


@pytest.fixture(scope="module")
def labelled() -> list[tuple[dict, str]]:
    if not DEV_FILE.exists():
        pytest.fail(f"the dev set is missing: {DEV_FILE}")
    rows = [json.loads(line) for line in DEV_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [(row, classify(row["text"]).label.value) for row in rows]


def test_no_non_refusal_in_the_dev_set_is_labelled_refused(labelled):
    wrong = [row["id"] for row, got in labelled if got == Label.REFUSED != row["label"]]
    assert wrong == []


def test_no_non_agreement_in_the_dev_set_is_labelled_agree(labelled):
    wrong = [row["id"] for row, got in labelled if got == Label.AGREE != row["label"]]
    assert wrong == []


def test_macro_f1_on_the_dev_set_is_at_least_0_92(labelled):
    f1s = []
    for label in Label:
        tp = sum(1 for row, got in labelled if row["label"] == got == label)
        fp = sum(1 for row, got in labelled if got == label != row["label"])
        fn = sum(1 for row, got in labelled if row["label"] == label != got)
        if tp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn))
    assert sum(f1s) / len(f1s) >= 0.92


def test_every_dev_reply_gets_a_language_guess_or_none_and_a_reason(labelled):
    for row, _ in labelled:
        result = classify(row["text"])
        assert result.reasons
        if row["lang"] != "en":
            assert result.language == row["lang"], row["id"]
