"""A tiny ToolRAG model folder built locally with onnx.helper, in the exact on-disk format the runtime reads.

The "classifier" is hand-wired so its answers are known: a word-level tokenizer (with [CLS]/[SEP] added by its
post-processor); each keyword's embedding row is a one-hot over the tools it signals, the logits are
10 * max-over-tokens - 5 (so a keyword anywhere in the first 512 tokens gives p=0.993, otherwise p=0.007).
The `embedding` output is the L2-normalised mean of a random 8-d vector per token, so queries that share
words are close. The example pool is written by hand for these tests (not evaluation data).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from tools.catalogue import TOOL_NAMES

KEYWORDS: dict[str, tuple[str, ...]] = {
    "calendar": ("create_calendar_event",), "event": ("create_calendar_event",),
    "phone": ("get_phone_number",), "sms": ("get_phone_number", "send_sms"), "text": ("send_sms",),
    "email": ("get_email_address", "compose_new_email"), "reply": ("reply_to_email",),
    "forward": ("forward_email",), "file": ("open_and_get_file_path",), "pdf": ("summarize_pdf",),
    "summarize": ("summarize_pdf",), "map": ("maps_open_location",), "directions": ("maps_show_directions",),
    "note": ("create_note",), "open": ("open_note",), "append": ("append_note_content",),
    "remind": ("create_reminder",), "zoom": ("get_zoom_meeting_link",),
}
FILLER = ("the a to me with about bob alice tomorrow lunch report weather hello please at and for send "
          "of my from dentist park station slides budget team").split()
SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]")
EMBED_DIM = 8

EXAMPLES = [
    {"query": "email bob the budget report", "tools": ["get_email_address", "compose_new_email"],
     "plan": '1. get_email_address("Bob")\n2. compose_new_email(["$1"], [], "Budget", "", [])\n3. join()'},
    {"query": "email alice about lunch", "tools": ["get_email_address", "compose_new_email"],
     "plan": '1. get_email_address("Alice")\n2. compose_new_email(["$1"], [], "Lunch", "", [])\n3. join()'},
    {"query": "sms bob about the park", "tools": ["get_phone_number", "send_sms"],
     "plan": '1. get_phone_number("Bob")\n2. send_sms(["$1"], "park")\n3. join()'},
    {"query": "remind me about the dentist", "tools": ["create_reminder"],
     "plan": '1. create_reminder("dentist", "", "", "", 0, False)\n2. join()'},
    {"query": "remind me to send the slides", "tools": ["create_reminder"],
     "plan": '1. create_reminder("send the slides", "", "", "", 0, False)\n2. join()'},
    {"query": "directions to the station", "tools": ["maps_show_directions"],
     "plan": '1. maps_show_directions("", "station", "d")\n2. join()'},
    {"query": "zoom with the team tomorrow", "tools": ["get_zoom_meeting_link"],
     "plan": '1. get_zoom_meeting_link("team", "2026-01-02 09:00:00", 60, [])\n2. join()'},
    {"query": "hello", "tools": [], "plan": "1. join()"},
]


@dataclass(frozen=True)
class TinyToolRAG:
    folder: Path
    vocabulary: tuple[str, ...]
    token_vectors: np.ndarray  # [V, EMBED_DIM], the table behind the `embedding` output

    def embed(self, text: str) -> np.ndarray:
        from tokenizers import Tokenizer

        ids = Tokenizer.from_file(str(self.folder / "tokenizer.json")).encode(text).ids
        vector = self.token_vectors[ids].mean(axis=0)
        return (vector / np.linalg.norm(vector)).astype(np.float32)


def build_tokenizer(vocabulary: tuple[str, ...]):  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    vocab = {word: i for i, word in enumerate(vocabulary)}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    return tokenizer


def build_graph(tool_table: np.ndarray, token_vectors: np.ndarray, *, embedding: bool, token_types: bool):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    int_input = ["batch", "sequence"]
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, int_input) for n in ("input_ids", "attention_mask")]
    if token_types:
        inputs.append(helper.make_tensor_value_info("token_type_ids", TensorProto.INT64, int_input))
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", len(TOOL_NAMES)])]
    const = numpy_helper.from_array
    initializers = [const(tool_table, "tool_table"), const(token_vectors, "token_vectors"),
                    const(np.array(1.0, np.float32), "one"), const(np.array(-1e4, np.float32), "big_negative"),
                    const(np.array(10.0, np.float32), "scale"), const(np.array(-5.0, np.float32), "bias"),
                    const(np.array([2], np.int64), "last_axis")]
    nodes = [
        helper.make_node("Gather", ["tool_table", "input_ids"], ["tool_hits"]),
        helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT),
        helper.make_node("Sub", ["one", "mask"], ["unmask"]),
        helper.make_node("Mul", ["unmask", "big_negative"], ["penalty"]),
        helper.make_node("Unsqueeze", ["penalty", "last_axis"], ["penalty3"]),
        helper.make_node("Add", ["tool_hits", "penalty3"], ["masked_hits"]),
        helper.make_node("ReduceMax", ["masked_hits"], ["pooled"], axes=[1], keepdims=0),
        helper.make_node("Mul", ["pooled", "scale"], ["scaled"]),
        helper.make_node("Add", ["scaled", "bias"], ["logits"]),
    ]
    if embedding:
        outputs.append(helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", EMBED_DIM]))
        nodes += [helper.make_node("Gather", ["token_vectors", "input_ids"], ["token_rows"]),
                  helper.make_node("ReduceMean", ["token_rows"], ["mean_rows"], axes=[1], keepdims=0),
                  helper.make_node("LpNormalization", ["mean_rows"], ["embedding"], axis=1, p=2)]
    graph = helper.make_graph(nodes, "tiny_toolrag", inputs, outputs, initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def write_toolrag(folder: Path, *, embedding: bool = True, token_types: bool = False, examples: bool = True,
                  threshold: float = 0.5, seed: int = 0) -> TinyToolRAG:
    import onnx

    vocabulary = SPECIALS + tuple(KEYWORDS) + tuple(FILLER)
    tool_table = np.zeros((len(vocabulary), len(TOOL_NAMES)), np.float32)
    for word, tools in KEYWORDS.items():
        for tool in tools:
            tool_table[vocabulary.index(word), TOOL_NAMES.index(tool)] = 1.0
    rng = np.random.default_rng(seed)
    token_vectors = rng.standard_normal((len(vocabulary), EMBED_DIM)).astype(np.float32)
    folder.mkdir(parents=True, exist_ok=True)
    build_tokenizer(vocabulary).save(str(folder / "tokenizer.json"))
    onnx.save(build_graph(tool_table, token_vectors, embedding=embedding, token_types=token_types),
              str(folder / "model.onnx"))
    config = {"labels": list(TOOL_NAMES), "threshold": threshold, "max_length": 512,
              "embedding_model": "tiny-bag-of-words" if examples else None}
    (folder / "toolrag.json").write_text(json.dumps(config), encoding="utf-8")
    tiny = TinyToolRAG(folder, vocabulary, token_vectors)
    if examples:
        (folder / "examples.json").write_text(json.dumps(EXAMPLES), encoding="utf-8")
        np.save(folder / "examples.npy", np.stack([tiny.embed(e["query"]) for e in EXAMPLES]))
    return tiny


def write_embedder(folder: Path, tiny: TinyToolRAG, name: str = "tiny-bag-of-words") -> Path:
    """A stand-alone ONNX sentence encoder (last_hidden_state style output) using the same token vectors."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    folder.mkdir(parents=True, exist_ok=True)
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "sequence"])
              for n in ("input_ids", "attention_mask")]
    output = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", EMBED_DIM])
    graph = helper.make_graph([helper.make_node("Gather", ["token_vectors", "input_ids"], ["last_hidden_state"])],
                              "tiny_embedder", inputs, [output],
                              [numpy_helper.from_array(tiny.token_vectors, "token_vectors")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(folder / "model.onnx"))
    (folder / "tokenizer.json").write_bytes((tiny.folder / "tokenizer.json").read_bytes())
    (folder / "embedder.json").write_text(json.dumps({"name": name, "max_length": 128}), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def tiny_toolrag(tmp_path_factory: pytest.TempPathFactory) -> TinyToolRAG:
    return write_toolrag(tmp_path_factory.mktemp("toolrag") / "tiny")


@pytest.fixture(scope="session")
def loaded_toolrag(tiny_toolrag: TinyToolRAG):
    from agent.toolrag.loader import load_toolrag

    return load_toolrag(tiny_toolrag.folder, threads=1)
