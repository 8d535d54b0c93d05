"""The default-ToolRAG recipe end to end on a tiny slice: train, tune the threshold, export ONNX, load at run time."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from agent.measure.evaluation import load_items
from agent.toolrag.loader import load_toolrag
from tools.catalogue import TOOL_NAMES
from training.toolrag.data import examples, label_vector
from training.toolrag.model import MINILM_SHA256, file_sha256, minilm_dir
from training.toolrag.train import tune_threshold


def test_the_installed_minilm_weights_are_the_published_ones() -> None:
    assert file_sha256(minilm_dir() / "model.safetensors") == MINILM_SHA256


def test_label_vectors_follow_the_catalogue_order_and_reject_unknown_tools() -> None:
    vector = label_vector(["send_sms", "create_calendar_event"])
    assert vector[TOOL_NAMES.index("send_sms")] == 1 and vector[0] == 1 and vector.sum() == 2
    with pytest.raises(ValueError, match="unknown tool"):
        label_vector(["book_table"])


def test_joined_examples_carry_the_union_of_both_labels(data_slice) -> None:
    items = load_items(data_slice.train)
    texts, labels = examples(items, joined_fraction=0.5, seed=3)
    assert len(texts) == len(items) + len(items) // 2
    for text, label in zip(texts[len(items):], labels[len(items):], strict=True):
        parts = [item for item in items if item.query.strip() in text]
        assert len(parts) >= 2
        assert label.sum() >= max(label_vector(p.tools).sum() for p in parts)


def test_threshold_tuning_picks_the_highest_threshold_that_reaches_the_target() -> None:
    labels = np.array([[1, 0], [0, 1], [1, 1]], dtype=np.float32)
    probs = np.array([[0.9, 0.1], [0.2, 0.6], [0.7, 0.3]])
    tuned = tune_threshold(probs, labels, target_recall=1.0)
    assert tuned["threshold"] == 0.29 and tuned["recall"] == 1.0
    assert tuned["mean_selected"] == pytest.approx(4 / 3)


def test_the_packaged_model_loads_in_the_runtime_and_selects_tools(toolrag_dir: Path, toolrag_run: Path) -> None:
    config = json.loads((toolrag_dir / "toolrag.json").read_text())
    summary = json.loads((toolrag_run / "train_summary.json").read_text())
    assert config["labels"] == list(TOOL_NAMES)
    assert config["threshold"] == summary["heldout"]["threshold"]
    selector, retriever = load_toolrag(toolrag_dir)
    selection = selector.select("text Priya that I am running late", TOOL_NAMES)
    assert selection.tools and set(selection.tools) <= set(TOOL_NAMES)
    assert list(selection.tools) == [name for name in TOOL_NAMES if name in selection.tools]
    assert not getattr(retriever, "problem", "")
    found = retriever.retrieve("email the budget to Tomasz", TOOL_NAMES, k=3)
    assert len(found) == 3


def test_onnx_export_matches_torch(toolrag_run: Path, tmp_path: Path) -> None:
    from training.toolrag.model import load_minilm
    from training.toolrag.package import export_onnx, load_checkpoint, onnx_outputs
    from training.toolrag.train import predict

    net = load_checkpoint(toolrag_run)
    export_onnx(net, tmp_path / "model.onnx", int8=False)
    tokenizer_path = minilm_dir(verify=False) / "tokenizer.json"
    texts = ["remind me to call the bank tomorrow at 9", "what's the weather like?"]
    logits, embeddings = onnx_outputs(tmp_path / "model.onnx", tokenizer_path, texts)
    probs, torch_embeddings = predict(net, load_minilm()[1], texts)
    assert np.allclose(1 / (1 + np.exp(-logits)), probs, atol=1e-4)
    assert np.allclose(embeddings, torch_embeddings, atol=1e-4)
    assert np.allclose(np.linalg.norm(embeddings, axis=1), 1.0, atol=1e-5)


def test_a_given_threshold_replaces_the_tuned_one(toolrag_run: Path, tmp_path: Path) -> None:
    from training.toolrag.package import package

    result = package(toolrag_run, tmp_path, None, pool_size=0, int8=False, threshold=0.5)
    assert result["threshold"] == 0.5
    assert json.loads((tmp_path / "toolrag.json").read_text())["threshold"] == 0.5
