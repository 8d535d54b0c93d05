"""`errand bench` on the tiny GGUF (and the tiny ONNX ToolRAG): every report field exists and is sane.

No speed thresholds: the numbers are the command's output, not something a test can promise.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from app.cli import main

QUERIES = [
    {"query": "text Ann that I am late", "now": "2026-11-20 10:00:00", "tools": ["get_phone_number", "send_sms"]},
    {"query": "where is the station", "now": "2026-11-20 10:00:00", "tools": ["maps_open_location"]},
    {"query": "what is the capital of France", "now": "2026-11-21 09:00:00", "tools": []},
]


def bench(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["bench", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def queries(tmp_path: Path) -> Path:
    path = tmp_path / "queries.jsonl"
    path.write_text("\n".join(json.dumps(q) for q in QUERIES) + "\n", encoding="utf-8")
    return path


def test_json_report_has_every_measure_cold_and_warm(capsys, tiny_gguf: Path, queries: Path) -> None:
    code, out, _ = bench(capsys, "--planner", str(tiny_gguf), "--profile", "tinyagent", "--queries", str(queries),
                         "--threads", "1", "--max-tokens", "96", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["queries"] == 3 and report["profile"] == "tinyagent" and report["grammar"] is True
    assert report["tools_source"] == "query file" and report["toolrag"] is None
    assert report["model_load_seconds"] > 0 and report["peak_rss_bytes"] > 10 * 2**20
    assert report["cpu_count"] >= 1 and report["load_average"] >= 0
    cold, warm = report["cold"], report["warm"]
    for run in (cold, warm):
        for key in ("prompt_tokens", "reused_prefix_tokens", "prefill_seconds", "generated_tokens",
                    "generation_tokens_per_second", "first_step_seconds", "planning_seconds"):
            spread = run[key]
            assert 0 <= spread["p50"] <= spread["p95"], key
        assert run["prompt_tokens"]["mean"] > 100
        assert run["generation_tokens_per_second"]["mean"] > 0
        if run["requests_with_a_step"] == 3:  # else first steps cover only some requests: no order between spreads
            assert run["first_step_seconds"]["p95"] <= run["planning_seconds"]["p95"]
        assert 0 <= run["complete_plans"] <= run["requests_with_a_step"] <= 3  # random weights, 96 tokens
    assert cold["reused_prefix_tokens"]["mean"] == 0
    assert warm["reused_prefix_tokens"]["mean"] > 10
    assert warm["prompt_tokens"] == cold["prompt_tokens"]


def test_text_report_and_builtin_queries(capsys, tiny_gguf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.commands.bench as command

    monkeypatch.setattr(command, "SAMPLE_QUERIES", Path("/nonexistent/sample.jsonl"))
    code, out, _ = bench(capsys, "--planner", str(tiny_gguf), "--profile", "errand-compact", "--limit", "2",
                         "--threads", "1", "--max-tokens", "64")
    assert code == 0
    assert "queries: 2; tools from all tools" in out
    assert "toolrag: not measured (give --toolrag DIR)" in out
    for label in ("machine:", "cold cache:", "warm cache:", "prefill", "tokens/s", "first step", "planning total",
                  "peak memory (RSS):"):
        assert label in out


def test_toolrag_is_measured_when_given(capsys, tiny_gguf: Path, queries: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    helpers = Path(__file__).parents[1] / "agent" / "toolrag" / "conftest.py"
    spec = importlib.util.spec_from_file_location("tiny_toolrag_helpers", helpers)
    if spec is None or not helpers.is_file():
        pytest.skip("the tiny ToolRAG builder (tests/agent/toolrag/conftest.py) is not available")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    folder = module.write_toolrag(tmp_path / "toolrag").folder
    code, out, _ = bench(capsys, "--planner", str(tiny_gguf), "--toolrag", str(folder), "--queries", str(queries),
                         "--profile", "tinyagent", "--threads", "1", "--max-tokens", "96", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["tools_source"] == "toolrag"
    rag = report["toolrag"]
    assert rag["load_seconds"] > 0
    assert 0 < rag["select_seconds"]["p50"] <= rag["select_seconds"]["p95"]
    assert 1 <= rag["tools_selected"]["mean"] <= 16 and rag["examples"]["mean"] <= 6


@pytest.mark.parametrize(("args", "message"), [
    (["--planner", "/nonexistent/model.gguf"], "no GGUF planner at /nonexistent/model.gguf"),
    (["--profile", "gpt"], "unknown prompt profile 'gpt'"),
    (["--queries", "/nonexistent/q.jsonl"], "cannot read the queries"),
    (["--toolrag", "/nonexistent/toolrag"], "ToolRAG folder /nonexistent/toolrag is missing"),
    (["--limit", "0"], "--limit must be at least 1"),
])
def test_bad_options_are_one_line_errors(capsys, tiny_gguf: Path, args: list[str], message: str) -> None:
    if "--planner" not in args:
        args = ["--planner", str(tiny_gguf), *args]
    code, _, err = bench(capsys, *args)
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_corrupt_planner_is_a_clear_error(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 40)
    code, _, err = bench(capsys, "--planner", str(bad), "--profile", "tinyagent")
    assert code == 1 and "errand: " in err and "corrupt" in err


def test_load_runs_requests_through_one_session_on_a_throwaway_home(capsys, tiny_gguf: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    before = {name: os.environ.get(name) for name in ("ERRAND_HOME", "HOME")}
    code, out, err = bench(capsys, "--load", "12", "--planner", str(tiny_gguf), "--threads", "1")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("12 requests in ")
    assert sum(int(n) for n in re.findall(r"(?:answered|failed|cancelled) (\d+)", lines[0])) == 12
    assert lines[1].startswith("RSS: ") and lines[2].startswith("threads: ") and lines[3].startswith("open file")
    assert lines[4].startswith("latency, first tenth: p50 ") and lines[5].startswith("latency, last tenth:  p50 ")
    assert {name: os.environ.get(name) for name in ("ERRAND_HOME", "HOME")} == before  # the user's home is back
    assert main(["bench", "--load", "0"]) == 1
