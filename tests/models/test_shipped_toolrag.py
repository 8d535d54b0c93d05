"""The shipped default ToolRAG (models/default/toolrag): its manifest says ready and the runtime loads it."""

from __future__ import annotations

import pytest

from models.manifest import find, load_all
from models.store import State, check, model_dir
from tools.catalogue import TINYAGENT_TOOL_NAMES, TOOL_NAMES


@pytest.fixture(scope="module")
def shipped():
    manifest = find("errand-toolrag", load_all()[0])
    assert manifest is not None
    if not model_dir(manifest).is_dir():
        pytest.skip("models/default/toolrag has not been built into this checkout yet")
    return manifest


def test_shipped_toolrag_is_ready_and_loads(shipped):
    from agent.toolrag.examples import EmbeddingRetriever
    from agent.toolrag.loader import load_toolrag

    assert check(shipped, hashes=True).state is State.READY
    selector, retriever = load_toolrag(model_dir(shipped), threads=1)
    assert isinstance(retriever, EmbeddingRetriever), getattr(retriever, "problem", "")
    selection = selector.select("Email Dana the meeting notes and text her that they are on the way", TOOL_NAMES)
    # the shipped classifier was trained on TinyAgent's 16 tools; the seven reads and removals are routed by
    # agent/planning/routes.py until a classifier trained on all of Errand's tools ships
    assert set(selection.probabilities) == set(TINYAGENT_TOOL_NAMES)
    assert len(retriever.retrieve("Email Dana the meeting notes", selection.tools)) <= 6
