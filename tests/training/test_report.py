"""The evaluation report on the tiny models: every request runs ToolRAG -> compact prompt -> 4-bit planner."""

from __future__ import annotations

import json

from training.report import run


def test_report_scores_each_set_and_compares_two_planners(data_slice, toolrag_dir, tiny_planner, tmp_path) -> None:
    items = tmp_path / "five.jsonl"
    items.write_text("".join(data_slice.heldout.read_text().splitlines(keepends=True)[:5]))
    out = tmp_path / "report"
    payload = run(toolrag_dir, tiny_planner.gguf, {"slice": items}, out, baseline=tiny_planner.gguf,
                  log=lambda _: None)

    result = payload["results"]["slice"]
    assert result["n"] == 5
    assert sum(c["n"] for c in result["per_category"].values()) == 5
    assert 0 <= result["success_rate"] <= 1 and 0 <= result["tool_recall"] <= 1
    assert result["mean_tools_selected"] >= 1  # nothing selected falls back to every tool
    alone = result["toolrag_alone"]
    assert alone["mean_tools"] <= result["mean_tools_selected"] and alone["tool_recall"] <= result["tool_recall"]
    assert result["latency_p50_ms"] > 0
    assert payload["results"]["slice (baseline)"]["success_rate"] == result["success_rate"]
    assert payload["mcnemar"] == [payload["mcnemar"][0]] and "p = 1.0000" in payload["mcnemar"][0]
    assert payload["sizes_bytes"]["planner"] == tiny_planner.gguf.stat().st_size
    assert json.loads((out / "report.json").read_text()) == payload
    assert "| slice | 5 |" in (out / "report.md").read_text()


def test_report_with_gold_tools_gives_the_planner_exactly_the_gold_tools(data_slice, tiny_planner, tmp_path) -> None:
    items = tmp_path / "three.jsonl"
    items.write_text("".join(data_slice.heldout.read_text().splitlines(keepends=True)[:3]))
    payload = run(None, tiny_planner.gguf, {"slice": items}, tmp_path / "report", log=lambda _: None)
    assert payload["toolrag"] == "gold tools"
    assert payload["results"]["slice"]["tool_recall"] == 1.0
    assert "toolrag" not in payload["sizes_bytes"]
