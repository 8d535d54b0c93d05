"""Evaluation: loading COMPAT section 7 items, scoring, metrics, McNemar and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.measure.evaluation import (
    Attempt,
    EvalDataError,
    compare,
    evaluate,
    format_comparison,
    format_report,
    load_items,
    percentile,
    summary_line,
)

SAMPLE = Path("/work/shared/eval/sample.jsonl")


def write_items(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


ROWS = [
    {"id": "a", "now": "2026-11-20 10:00:00", "query": "text Ann hi", "category": "sms",
     "plan": '1. get_phone_number("Ann")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>',
     "tools": ["get_phone_number", "send_sms"]},
    {"id": "b", "now": "2026-11-20 10:00:00", "query": "who are you", "category": "no_tool",
     "plan": "1. join()<END_OF_PLAN>", "tools": []},
    {"id": "c", "now": "2026-11-20 10:00:00", "query": "show the zoo", "category": "maps",
     "plan": '1. maps_open_location("zoo")\n2. join()<END_OF_PLAN>', "tools": ["maps_open_location"]},
]


def test_sample_file_loads() -> None:
    items = load_items(SAMPLE)
    assert len(items) == 30 and items[0].id == "s001" and items[0].now.year == 2026


def test_metrics_and_report(tmp_path: Path) -> None:
    items = load_items(write_items(tmp_path / "items.jsonl", ROWS))
    answers = {
        "a": Attempt('1. get_phone_number("Bo")\n2. send_sms("$1", "x")\n3. join()',
                     ("get_phone_number", "send_sms"), 1.0),
        "b": Attempt("1. join()", ("get_phone_number",), 2.0),
        "c": Attempt('1. maps_show_directions("", "zoo", "d")\n2. join()', ("maps_show_directions",), 3.0),
    }
    report = evaluate(items, lambda item: answers[item.id], name="test")
    assert [r.success for r in report.results] == [True, True, False]
    assert report.success_rate == pytest.approx(2 / 3)
    assert report.tool_recall == pytest.approx(2 / 3)
    assert report.mean_tools == pytest.approx(4 / 3)
    assert report.per_category == {"maps": (0, 1), "no_tool": (1, 1), "sms": (1, 1)}
    assert report.latency(0.5) == 2.0 and report.latency(0.95) == pytest.approx(2.9)
    text = format_report(report)
    assert "success rate: 66.7%" in text and "  maps: 0/1 (0%)" in text and "p50 2.000 s, p95 2.900 s" in text
    assert summary_line(report) == "success=0.6667 recall=0.6667 tools=1.33 args_key=0.3333 args_all=0.3333 n=3"
    assert report.per_category_levels == {"maps": (0, 0, 0, 1), "no_tool": (1, 1, 1, 1), "sms": (1, 0, 0, 1)}
    assert report.mismatch_kinds == {"person": (1, 1), "text": (1, 1)}


def test_a_planning_exception_fails_only_that_item(tmp_path: Path) -> None:
    items = load_items(write_items(tmp_path / "items.jsonl", ROWS))

    def plan(item):  # type: ignore[no-untyped-def]
        if item.id == "b":
            raise RuntimeError("model crashed")
        return Attempt(item.plan, item.tools, 0.5)

    report = evaluate(items, plan)
    assert report.successes == [True, False, True]
    assert "errors: 1 (first: b: RuntimeError: model crashed)" in format_report(report)


def test_mcnemar_comparison(tmp_path: Path) -> None:
    items = load_items(write_items(tmp_path / "items.jsonl", ROWS))
    good = evaluate(items, lambda item: Attempt(item.plan, item.tools, 0.1), name="gold")
    bad = evaluate(items, lambda item: Attempt("nonsense", (), 0.1), name="broken")
    comparison = compare(good, bad)
    assert (comparison.only_a, comparison.only_b, comparison.n) == (3, 0, 3)
    assert comparison.p_value == pytest.approx(0.25)
    assert format_comparison(comparison).startswith("McNemar gold vs broken on 3 items: only gold succeeded 3")


@pytest.mark.parametrize(("content", "message"), [
    ("", "has no items"),
    ("{oops", ":1: not JSON"),
    ('{"id": "x"}', ":1: missing now, query, plan, tools, category"),
    (json.dumps({**ROWS[0], "now": "tomorrow"}), ":1: `now` is not a date and time ('tomorrow')"),
    (json.dumps({**ROWS[0], "plan": "1. send_sms(to=1)\n2. join()"}), ":1: the gold plan does not parse"),
])
def test_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(EvalDataError) as error:
        load_items(path)
    assert message in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="cannot read"):
        load_items(tmp_path / "nope.jsonl")


def test_percentile() -> None:
    assert percentile([], 0.5) == 0.0
    assert percentile([3.0], 0.95) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5


def test_toolrag_alone_counts_a_fallback_as_the_no_tool_it_chose(tmp_path: Path) -> None:
    """Offered every tool because ToolRAG chose none: right for a request needing no tool, a miss otherwise."""
    items = load_items(write_items(tmp_path / "items.jsonl", ROWS))
    every = ("get_phone_number", "send_sms", "maps_open_location", "create_note")
    answers = {
        "a": Attempt("1. join()", every, 1.0, fallback=True),
        "b": Attempt("1. join()", every, 1.0, fallback=True),
        "c": Attempt("1. join()", ("maps_open_location", "create_note"), 1.0),
    }
    report = evaluate(items, lambda item: answers[item.id])
    assert report.tool_recall == pytest.approx(1.0) and report.mean_tools == pytest.approx(10 / 3)
    assert report.classifier_recall == pytest.approx(2 / 3)
    assert report.classifier_mean_tools == pytest.approx(2 / 3)
    assert "ToolRAG alone (before the fallback to every tool): recall 66.7%, 0.67 tools" in format_report(report)
