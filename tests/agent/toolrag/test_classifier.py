"""The ONNX tool selector on the tiny hand-wired model: threshold, intersection, fallback, 512-token cap."""

from __future__ import annotations

import json
import shutil

import pytest

from agent.toolrag.config import ToolRAGError
from agent.toolrag.loader import load_toolrag
from tools.catalogue import TOOL_NAMES

from .conftest import write_toolrag

ALL = list(TOOL_NAMES)


def test_selects_tools_above_threshold_in_canonical_order(loaded_toolrag):
    selector, _ = loaded_toolrag
    selection = selector.select("Email Bob the report and remind me tomorrow", ALL)
    assert selection.tools == ("get_email_address", "compose_new_email", "create_reminder")
    assert not selection.fallback
    assert set(selection.probabilities) == set(TOOL_NAMES)
    assert selection.probabilities["compose_new_email"] > 0.99 > 0.01 > selection.probabilities["send_sms"]
    assert selection.seconds > 0


def test_selection_is_intersected_with_enabled_tools(loaded_toolrag):
    selector, _ = loaded_toolrag
    enabled = [t for t in ALL if t != "compose_new_email"]
    assert selector.select("email bob", enabled).tools == ("get_email_address",)


def test_nothing_selected_falls_back_to_every_enabled_tool(loaded_toolrag):
    selector, _ = loaded_toolrag
    enabled = ["send_sms", "create_note", "create_calendar_event"]
    selection = selector.select("what is the weather", enabled)
    assert selection.fallback
    assert selection.tools == ("create_calendar_event", "create_note", "send_sms")


def test_selected_but_disabled_also_falls_back(loaded_toolrag):
    selector, _ = loaded_toolrag
    selection = selector.select("zoom with alice", ["create_note"])
    assert selection.fallback and selection.tools == ("create_note",)
    assert selection.probabilities["get_zoom_meeting_link"] > 0.99


def test_query_is_cut_at_512_tokens(loaded_toolrag):
    selector, _ = loaded_toolrag
    padding = " ".join(["hello"] * 600)
    assert selector.select("zoom " + padding, ALL).tools == ("get_zoom_meeting_link",)
    late = selector.select(padding + " zoom", ALL)
    assert late.fallback and late.probabilities["get_zoom_meeting_link"] < 0.01


def test_threshold_comes_from_toolrag_json(tmp_path):
    write_toolrag(tmp_path / "strict", threshold=0.999, examples=False)
    selector, _ = load_toolrag(tmp_path / "strict", threads=1)
    selection = selector.select("email bob", ALL)  # p = 0.993 < 0.999
    assert selection.fallback and selection.tools == tuple(ALL)


def test_graph_with_token_type_ids_is_fed_them(tmp_path):
    write_toolrag(tmp_path / "typed", token_types=True, examples=False)
    selector, _ = load_toolrag(tmp_path / "typed", threads=1)
    assert selector.select("directions to the park", ALL).tools == ("maps_show_directions",)


def test_labels_in_another_order_refuse_to_load(tiny_toolrag, tmp_path):
    folder = tmp_path / "shuffled"
    shutil.copytree(tiny_toolrag.folder, folder)
    config = json.loads((folder / "toolrag.json").read_text())
    config["labels"] = list(reversed(config["labels"]))
    (folder / "toolrag.json").write_text(json.dumps(config))
    with pytest.raises(ToolRAGError, match="neither TinyAgent's 16 tools nor Errand's"):
        load_toolrag(folder, threads=1)
