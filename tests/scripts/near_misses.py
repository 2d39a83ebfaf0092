"""Shared by the near-miss tests: a second reader's replies that use a form the rules learnt but
are not what it suggests, kept as JSON lines beside the tests."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.scripts.labels import Label, classify
from assistant.scripts.labels_cosign import read_reply


def load(name: str) -> list[dict]:
    """The near misses in ``tests/scripts/<name>`` (text, lang, label and sometimes form)."""
    text = (Path(__file__).parent / name).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines()]


def assert_not_what_it_suggests(label: Label, gold: str, *why: object) -> None:
    """A reply is ``refused`` or ``agree`` only when that is its written label."""
    if gold != "refused":
        assert label is not Label.REFUSED, why
    if gold != "agree":
        assert label is not Label.AGREE, why


def both_readings(text: str) -> tuple[Label, Label]:
    """The rules' label alone and the co-signed label the service acts on."""
    return classify(text).label, read_reply(text).label


def not_closing(cases: list[dict]) -> list[dict]:
    """The near misses that are neither a wrong number nor an opt-out: after those no person
    reads the reply, so nothing else may be read as one."""
    return [c for c in cases if c["label"] not in ("wrong_number", "opt_out")]
