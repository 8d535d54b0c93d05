"""Example retrieval: tool filter, cosine ranking, top 6, the embedder/pool match, the no-pickle pool."""

from __future__ import annotations

import json
import shutil

import numpy as np

from agent.toolrag.examples import EmbeddingRetriever, NoExamples
from agent.toolrag.loader import load_toolrag
from tools.catalogue import TOOL_NAMES

from .conftest import EXAMPLES, write_embedder, write_toolrag


def expected_order(tiny, query: str, allowed: set[str], k: int = 6) -> list[str]:
    keep = [e for e in EXAMPLES if set(e["tools"]) <= allowed]
    vector = tiny.embed(query)
    keep.sort(key=lambda e: -float(tiny.embed(e["query"]) @ vector))
    return [e["query"] for e in keep[:k]]


def test_keeps_examples_whose_tools_are_all_selected_most_similar_first(tiny_toolrag, loaded_toolrag):
    selector, retriever = loaded_toolrag
    assert isinstance(retriever, EmbeddingRetriever)
    query = "email alice the budget report"
    tools = selector.select(query, TOOL_NAMES).tools
    found = retriever.retrieve(query, tools)
    assert [e.query for e in found] == expected_order(tiny_toolrag, query, set(tools))
    assert found[0].query == "email bob the budget report"
    assert {e.query for e in found} == {"email bob the budget report", "email alice about lunch", "hello"}
    assert found[0].plan.startswith('1. get_email_address("Bob")')


def test_returns_at_most_k(tiny_toolrag, loaded_toolrag):
    _, retriever = loaded_toolrag
    assert len(retriever.retrieve("remind me", TOOL_NAMES)) == 6
    assert len(retriever.retrieve("remind me", TOOL_NAMES, k=2)) == 2
    found = [e.query for e in retriever.retrieve("remind me", ["create_reminder"])]
    assert found == expected_order(tiny_toolrag, "remind me", {"create_reminder"})
    assert set(found) == {"remind me about the dentist", "remind me to send the slides", "hello"}


def test_separate_embedder_folder_for_a_classifier_without_embedding_output(tiny_toolrag, tmp_path):
    folder = tmp_path / "deberta-like"
    write_toolrag(folder, embedding=False)
    embedder = write_embedder(tmp_path / "embedder", tiny_toolrag)
    _, without = load_toolrag(folder, threads=1)
    assert isinstance(without, NoExamples) and "no 'embedding' output" in without.problem
    selector, retriever = load_toolrag(folder, threads=1, embedder_dir=embedder)
    query = "sms bob about lunch"
    tools = selector.select(query, TOOL_NAMES).tools
    assert [e.query for e in retriever.retrieve(query, tools)] == expected_order(tiny_toolrag, query, set(tools))


def test_pool_embedded_with_another_model_is_not_used(tiny_toolrag, tmp_path):
    folder = tmp_path / "deberta-like"
    write_toolrag(folder, embedding=False)
    embedder = write_embedder(tmp_path / "embedder", tiny_toolrag, name="some-other-encoder")
    selector, retriever = load_toolrag(folder, threads=1, embedder_dir=embedder)
    assert isinstance(retriever, NoExamples)
    assert "embedded with 'tiny-bag-of-words' but the embedder is 'some-other-encoder'" in retriever.problem
    assert selector.select("email bob", TOOL_NAMES).tools  # the classifier still works


def test_pickled_pool_is_refused(tiny_toolrag, tmp_path):
    folder = tmp_path / "pickled"
    shutil.copytree(tiny_toolrag.folder, folder)
    np.save(folder / "examples.npy", np.array([{"evil": 1}] * len(EXAMPLES), dtype=object), allow_pickle=True)
    _, retriever = load_toolrag(folder, threads=1)
    assert isinstance(retriever, NoExamples) and "cannot be read" in retriever.problem


def test_pool_of_the_wrong_shape_or_unknown_tools_is_refused(tiny_toolrag, tmp_path):
    folder = tmp_path / "short"
    shutil.copytree(tiny_toolrag.folder, folder)
    np.save(folder / "examples.npy", np.load(folder / "examples.npy")[:3])
    _, retriever = load_toolrag(folder, threads=1)
    assert isinstance(retriever, NoExamples) and "expected float32 [8, d]" in retriever.problem
    (folder / "examples.npy").unlink()
    _, retriever = load_toolrag(folder, threads=1)
    assert "examples.npy is missing" in retriever.problem
    shutil.copy(tiny_toolrag.folder / "examples.npy", folder / "examples.npy")
    (folder / "examples.json").write_text(json.dumps([dict(e, tools=["teleport"]) for e in EXAMPLES]))
    _, retriever = load_toolrag(folder, threads=1)
    assert "unknown tools ['teleport']" in retriever.problem


def test_model_without_a_pool_retrieves_nothing_quietly(tmp_path):
    write_toolrag(tmp_path / "bare", examples=False)
    _, retriever = load_toolrag(tmp_path / "bare", threads=1)
    assert isinstance(retriever, NoExamples) and retriever.problem == ""
    assert retriever.retrieve("email bob", TOOL_NAMES) == []
