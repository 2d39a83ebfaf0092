"""The model reader: the pinned engine's embeddings, loading once, falling back to the rules."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.scripts import labels_cosign, labels_model
from assistant.scripts.labels import Label

GOLDEN = json.loads((Path(__file__).with_name("golden_embeddings.json")).read_text("utf-8"))


@pytest.fixture
def fresh_reader():
    """A reader loaded anew by the test and forgotten after it (the next loads the real one)."""
    labels_model.reset()
    yield
    labels_model.reset()


def test_the_pinned_engine_gives_the_golden_embeddings():
    assert GOLDEN["package"] == f"{labels_model.PACKAGE}=={labels_model.PINNED_VERSION}"
    vectors = labels_model.embed(GOLDEN["texts"])
    expected = np.array(GOLDEN["vectors"])
    assert vectors.shape == expected.shape == (3, 384)
    # Float sums differ by CPU (AVX2 or AVX-512 kernels): close in direction and value,
    # where another model or another quantisation would be far off.
    cosines = (vectors * expected).sum(axis=1) / (
        np.linalg.norm(vectors, axis=1) * np.linalg.norm(expected, axis=1))
    assert cosines.min() > 0.9999
    assert np.abs(vectors - expected).max() < 5e-3
    # Different languages, different points: the engine is not returning one vector.
    assert float(vectors[0] @ vectors[1]) < 0.95


def test_the_pyproject_pins_the_engine_the_head_was_trained_with():
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert f'"{labels_model.PACKAGE}=={labels_model.PINNED_VERSION}"' in pyproject.read_text()


def test_the_head_is_small_and_names_the_eight_labels():
    assert labels_model.HEAD_FILE.stat().st_size < 400_000
    with np.load(labels_model.HEAD_FILE) as head:
        assert [str(x) for x in head["labels"]] == [label.value for label in Label]
        inputs = head["hidden_weights"].shape[0] if "hidden_weights" in head else 384
        assert head["weights"].shape == (8, inputs)
        if "hidden_weights" in head:
            assert head["hidden_weights"].shape == (inputs, 384)


def test_a_linear_head_and_an_mlp_head_give_probabilities_the_same_way():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(3, 384)).astype(np.float32)
    names = np.array([label.value for label in Label])
    linear = {"weights": rng.normal(size=(8, 384)), "bias": np.zeros(8), "labels": names}
    hidden = {**linear, "weights": rng.normal(size=(8, 16)), "hidden_weights":
              rng.normal(size=(16, 384)).astype(np.float16), "hidden_bias": np.zeros(16)}
    for head in (linear, hidden):
        probabilities = labels_model._Reader(None, head).probabilities(vectors)
        assert probabilities.shape == (3, 8)
        assert np.allclose(probabilities.sum(axis=1), 1.0)
    relu = np.maximum(vectors @ hidden["hidden_weights"].astype(np.float32).T, 0)
    scores = relu @ hidden["weights"].T
    expected = np.exp(scores - scores.max(axis=1, keepdims=True))
    expected /= expected.sum(axis=1, keepdims=True)
    assert np.allclose(labels_model._Reader(None, hidden).probabilities(vectors), expected,
                       atol=1e-4)


@pytest.mark.parametrize(("text", "expected"), [
    ("Yes please book him in, any morning is fine", Label.AGREE),
    ("wrong number mate, I don't have any kids", Label.WRONG_NUMBER),
    ("STOP texting me", Label.OPT_OUT),
    ("We moved to Glasgow last year and she is registered up there", Label.MOVED_AWAY),
])
def test_the_model_reads_plain_replies(text, expected):
    reading = labels_model.read(text)
    assert reading is not None
    assert reading.label is expected
    assert 0 < reading.probability <= 1


def test_loads_once_per_process_even_when_many_threads_ask_at_once(fresh_reader, monkeypatch):
    opened = []
    real = labels_model._open_engine

    def counting():
        opened.append(1)
        time.sleep(0.05)  # widen the window in which a second load could start
        return real()

    monkeypatch.setattr(labels_model, "_open_engine", counting)
    results = []
    threads = [threading.Thread(target=lambda: results.append(labels_model.read("yes please")))
               for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 1
    assert len(results) == 6 and all(r and r.label is Label.AGREE for r in results)


def test_loading_takes_under_five_seconds(fresh_reader):
    started = time.perf_counter()
    status = labels_model.reader_status()
    assert status.available, status.detail
    assert time.perf_counter() - started < 5


def _unavailable(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger=labels_model.__name__):
        status = labels_model.reader_status()
    assert not status.available
    assert "rules alone" in status.detail
    assert any("rules alone" in r.getMessage() for r in caplog.records)
    assert labels_model.read("yes please") is None
    result = labels_cosign.read_reply("Yes please, book him in")
    assert result.label is Label.AGREE  # the rules alone label the reply
    assert result.rules_label is Label.AGREE and result.model_label is None
    assert "model reader unavailable: rules alone" in result.reasons


def test_a_missing_head_falls_back_to_the_rules_logged_and_visible(fresh_reader, monkeypatch,
                                                                 caplog, tmp_path):
    monkeypatch.setattr(labels_model, "HEAD_FILE", tmp_path / "nothing.npz")
    _unavailable(caplog)


def test_another_engine_version_falls_back_to_the_rules(fresh_reader, monkeypatch, caplog):
    monkeypatch.setattr(labels_model, "PINNED_VERSION", "9.9.9")
    _unavailable(caplog)


def test_an_engine_that_cannot_load_falls_back_to_the_rules(fresh_reader, monkeypatch, caplog):
    def broken():
        raise ImportError("no engine")

    monkeypatch.setattr(labels_model, "_open_engine", broken)
    _unavailable(caplog)


def test_an_engine_whose_embeddings_moved_falls_back_to_the_rules(fresh_reader, monkeypatch,
                                                                   caplog, tmp_path):
    with np.load(labels_model.HEAD_FILE) as data:
        head = {name: data[name] for name in data.files}
    head["golden_vector"] = -head["golden_vector"]
    moved = tmp_path / "head.npz"
    np.savez(moved, **head)
    monkeypatch.setattr(labels_model, "HEAD_FILE", moved)
    _unavailable(caplog)


def test_a_long_reply_is_read_as_its_opening_and_its_ending():
    engine = labels_model._open_engine()
    text = "We have thought about it for a long time. " * 30 + "So no, we won't have it."
    fitted = labels_model._fit(engine, text)
    assert fitted.startswith("We have thought") and fitted.endswith("we won't have it.")
    assert engine.token_count(fitted, True) <= labels_model.MAX_TOKENS + 2
    assert labels_model._fit(engine, "yes please") == "yes please"
    assert engine.token_count(labels_model._fit(engine, "x" * 3000), True) <= 40


def test_importing_the_readers_compiles_no_pattern_and_loads_no_numpy():
    # Commands that never label a reply (report, export-codes) import these modules:
    # the rules' patterns compile on the first reply, numpy comes with the model.
    code = ("import sys\nfrom assistant.scripts import labels, labels_cosign\n"
            "print(labels._patterns.cache_info().currsize, 'numpy' in sys.modules)\n"
            "labels.classify('yes please')\nprint(labels._patterns.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["0", "False", "1"]


def test_a_reply_the_engine_cannot_read_is_read_by_the_rules_and_not_logged(monkeypatch,
                                                                           caplog):
    reader = labels_model._get()
    assert reader is not None

    def broken(text):
        raise ValueError(f"cannot embed {text!r}")

    monkeypatch.setattr(reader, "vector", broken)
    with caplog.at_level(logging.WARNING, logger=labels_model.__name__):
        assert labels_model.read("Amira won't be having it, thanks") is None
        result = labels_cosign.read_reply("Yes please, book Amira in")
    assert result.label is Label.AGREE and result.model_label is None
    assert "model reader unavailable: rules alone" in result.reasons
    assert any("ValueError" in r.getMessage() for r in caplog.records)
    assert not any("Amira" in r.getMessage() for r in caplog.records)
