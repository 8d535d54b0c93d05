"""DeBERTa ToolRAG checkpoint -> ONNX: torch and onnxruntime agree to 1e-4; int8 keeps the selections.

The checkpoint is built here: a Unigram tokenizer trained on toy requests, and a tiny
DebertaV2ForSequenceClassification (the TinyAgent-ToolRAG architecture, 2 layers of width 64) trained for 120
steps on toy keyword labels (initialiser range 0.1 instead of 0.02, which learns several times faster) so its
logits sit well away from the threshold. Random weights would leave
logits near 0, where int8 rounding can flip a borderline tool, which says nothing about the export. Its labels
are stored in a shuffled order, so the export must reorder them to the registry's. torch runs on one thread
here: on a shared 2-core machine two threads made each training step ten times slower.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from tools.catalogue import TOOL_NAMES

GROUPS = {
    "email": ["get_email_address", "compose_new_email"], "text": ["get_phone_number", "send_sms"],
    "meeting": ["create_calendar_event"], "zoom": ["get_zoom_meeting_link"], "walk": ["maps_show_directions"],
    "note": ["create_note"], "remind": ["create_reminder"], "pdf": ["open_and_get_file_path", "summarize_pdf"],
    "forward": ["forward_email"],
}
PHRASES = {"email": "email {n} about the {t}", "text": "text {n} that the {t} moved", "meeting": "book a meeting "
           "on the {t}", "zoom": "set up a zoom call about the {t}", "walk": "how do i walk to the {t}",
           "note": "write a note on the {t}", "remind": "remind me to check the {t}", "pdf": "summarize the {t} pdf",
           "forward": "forward the {t} mail to {n}"}
NAMES = "Priya Tom Lena Omar Grace Ivan".split()
TOPICS = "budget launch library station contract slides garden invoice".split()
CHECK_QUERIES = ["email Omar about the garden", "text Grace that the invoice moved",
                 "remind me to check the slides and email Tom about the budget", "summarize the contract pdf",
                 "hello there", "how do i walk to the station and book a meeting on the launch"]


def toy_requests(count: int, seed: int, max_groups: int = 2) -> list[tuple[str, set[str]]]:
    rng = random.Random(seed)
    requests = []
    for _ in range(count):
        groups = rng.sample(sorted(GROUPS), rng.randint(1, max_groups))
        text = " and ".join(PHRASES[g].format(n=rng.choice(NAMES), t=rng.choice(TOPICS)) for g in groups)
        requests.append((text, {tool for g in groups for tool in GROUPS[g]}))
    requests += [("hello there", set()), ("what time is it", set())]
    return requests


@dataclass(frozen=True)
class Checkpoint:
    folder: Path
    model: object  # the trained torch model
    labels: list[str]  # the checkpoint's (shuffled) label order


def train_tokenizer(texts: list[str]):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    tokenizer = Tokenizer(models.Unigram())
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Metaspace()
    specials = ["[PAD]", "[CLS]", "[SEP]", "[UNK]", "[MASK]"]
    tokenizer.train_from_iterator(texts, trainers.UnigramTrainer(vocab_size=500, special_tokens=specials,
                                                                 unk_token="[UNK]", show_progress=False))
    tokenizer.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]",
                                                             special_tokens=[("[CLS]", 1), ("[SEP]", 2)])
    return tokenizer


@pytest.fixture(scope="module")
def one_torch_thread():
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory, one_torch_thread) -> Checkpoint:
    import torch
    from transformers import DebertaV2Config, DebertaV2ForSequenceClassification

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("deberta-toolrag")
    requests = toy_requests(240, seed=3)
    tokenizer = train_tokenizer([text for text, _ in requests])
    tokenizer.save(str(folder / "tokenizer.json"))
    labels = list(TOOL_NAMES)
    random.Random(5).shuffle(labels)
    config = DebertaV2Config(
        vocab_size=tokenizer.get_vocab_size(), hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=128, max_position_embeddings=512, relative_attention=True, position_buckets=64,
        pos_att_type=["p2c", "c2p"], position_biased_input=False, type_vocab_size=0, pad_token_id=0,
        num_labels=len(labels), id2label=dict(enumerate(labels)), label2id={n: i for i, n in enumerate(labels)},
        problem_type="multi_label_classification", initializer_range=0.1)
    model = DebertaV2ForSequenceClassification(config)
    encoded = [tokenizer.encode(text).ids for text, _ in requests]
    width = max(map(len, encoded))
    ids = torch.tensor([e + [0] * (width - len(e)) for e in encoded])
    mask = (ids != 0).long()
    target = torch.tensor([[float(n in tools) for n in labels] for _, tools in requests])
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(120):
        batch = torch.randint(0, len(requests), (32,))
        loss = model(input_ids=ids[batch], attention_mask=mask[batch], labels=target[batch]).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    model.save_pretrained(str(folder))
    return Checkpoint(folder, model, labels)


@pytest.fixture(scope="module")
def exports(checkpoint: Checkpoint, tmp_path_factory: pytest.TempPathFactory):
    from training.export.toolrag_onnx import export_toolrag

    root = tmp_path_factory.mktemp("exports")
    return {"fp32": (root / "fp32", export_toolrag(checkpoint.folder, root / "fp32")),
            "int8": (root / "int8", export_toolrag(checkpoint.folder, root / "int8", int8=True))}


def torch_probabilities(checkpoint: Checkpoint, folder: Path, text: str) -> dict[str, float]:
    import torch
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(512)
    encoding = tokenizer.encode(text)
    with torch.no_grad():
        logits = checkpoint.model(input_ids=torch.tensor([encoding.ids]),
                                  attention_mask=torch.tensor([encoding.attention_mask])).logits[0]
    return {name: float(torch.sigmoid(v)) for name, v in zip(checkpoint.labels, logits, strict=True)}


def test_trained_checkpoint_separates_its_toy_labels(checkpoint, exports):
    """The premise of the int8 test: a trained model (not a random one), right on most unseen toy requests."""
    folder, _ = exports["fp32"]
    heldout = toy_requests(40, seed=99)
    right = sum({n for n, p in torch_probabilities(checkpoint, folder, text).items() if p > 0.5} == tools
                for text, tools in heldout)
    assert right >= 0.85 * len(heldout)


def test_fp32_export_matches_torch_to_1e4(checkpoint, exports):
    from agent.toolrag.loader import load_toolrag

    folder, report = exports["fp32"]
    assert report.max_abs_logit_diff < 1e-4 and report.same_selections
    assert json.loads((folder / "toolrag.json").read_text()) == {
        "labels": list(TOOL_NAMES), "threshold": 0.5, "max_length": 512, "embedding_model": None}
    selector, retriever = load_toolrag(folder, threads=1)
    assert retriever.retrieve("email Omar", TOOL_NAMES) == []
    for text in CHECK_QUERIES + [" ".join(["budget"] * 700)]:
        expected = torch_probabilities(checkpoint, folder, text)
        got = selector.probabilities(text)
        assert max(abs(got[n] - expected[n]) for n in TOOL_NAMES) < 1e-4  # label order fixed by the export
    assert selector.select("email Omar about the garden", TOOL_NAMES).tools == (
        "get_email_address", "compose_new_email")


def test_int8_export_keeps_the_selections(exports):
    from agent.toolrag.loader import load_toolrag

    (fp32_dir, _), (int8_dir, report) = exports["fp32"], exports["int8"]
    assert report.same_selections and report.int8
    assert report.size_bytes < (fp32_dir / "model.onnx").stat().st_size
    full, small = load_toolrag(fp32_dir, threads=1)[0], load_toolrag(int8_dir, threads=1)[0]
    threshold = json.loads((fp32_dir / "toolrag.json").read_text())["threshold"]
    borderline = decisions = 0
    for text in CHECK_QUERIES + [text for text, _ in toy_requests(30, seed=7)]:
        reference, quantised = full.select(text, TOOL_NAMES), small.select(text, TOOL_NAMES)
        # int8 noise may flip a probability that sits on the threshold; every confident decision must stay.
        confident = {t for t, p in reference.probabilities.items() if abs(p - threshold) > 0.1}
        borderline += len(TOOL_NAMES) - len(confident)
        decisions += len(TOOL_NAMES)
        assert set(quantised.tools) & confident == set(reference.tools) & confident, text
    assert borderline <= decisions // 20


def test_example_pool_is_embedded_with_the_named_embedder(checkpoint, tmp_path):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from agent.toolrag.loader import load_toolrag
    from training.export.toolrag_onnx import export_toolrag

    embedder = tmp_path / "embedder"
    embedder.mkdir()
    table = np.random.default_rng(0).standard_normal((300, 6)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "input_ids"], ["last_hidden_state"])], "bag",
        [helper.make_tensor_value_info(n, TensorProto.INT64, ["b", "s"]) for n in ("input_ids", "attention_mask")],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["b", "s", 6])],
        [numpy_helper.from_array(table, "table")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(embedder / "model.onnx"))
    (embedder / "tokenizer.json").write_bytes((checkpoint.folder / "tokenizer.json").read_bytes())
    (embedder / "embedder.json").write_text(json.dumps({"name": "toy-bag"}))
    pool = tmp_path / "pool.json"
    pool.write_text(json.dumps([{"query": "email Tom about the budget", "plan": "1. join()",
                                 "tools": ["get_email_address", "compose_new_email"]},
                                {"query": "text Lena", "plan": "1. join()", "tools": ["send_sms"]}]))
    report = export_toolrag(checkpoint.folder, tmp_path / "out", examples=pool, embedder_dir=embedder)
    assert report.examples == 2
    assert json.loads((tmp_path / "out" / "toolrag.json").read_text())["embedding_model"] == "toy-bag"
    selector, retriever = load_toolrag(tmp_path / "out", threads=1, embedder_dir=embedder)
    tools = selector.select("email Omar about the budget", TOOL_NAMES).tools
    assert [e.query for e in retriever.retrieve("email Omar about the budget", tools)] == [
        "email Tom about the budget"]


def test_dynamo_exporter_gives_the_same_logits(checkpoint, exports, tmp_path):
    from agent.toolrag.loader import load_toolrag
    from training.export.toolrag_onnx import export_toolrag

    report = export_toolrag(checkpoint.folder, tmp_path / "dynamo", dynamo=True)
    assert report.max_abs_logit_diff < 1e-4 and report.same_selections
    legacy, dynamo = load_toolrag(exports["fp32"][0], threads=1)[0], load_toolrag(tmp_path / "dynamo", threads=1)[0]
    for text in CHECK_QUERIES:
        a, b = legacy.probabilities(text), dynamo.probabilities(text)
        assert max(abs(a[n] - b[n]) for n in TOOL_NAMES) < 1e-5


def test_labels_that_are_not_tools_are_refused():
    from transformers import DebertaV2Config

    from training.export.toolrag_onnx import label_order

    config = DebertaV2Config(num_labels=16, id2label={i: f"topic{i}" for i in range(16)})
    with pytest.raises(ValueError, match="neither the tool names nor LABEL_k"):
        label_order(config)
    assert label_order(DebertaV2Config(num_labels=16)) == list(range(16))
