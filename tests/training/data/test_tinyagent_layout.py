"""The public TinyAgent dataset layout: written by the generator, read back into COMPAT section 7 items."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from training.data.generate import main
from training.data.jsonl import read_items
from training.data.tinyagent_layout import LayoutError, read_layout


def test_round_trip_keeps_every_item(tmp_path: Path) -> None:
    jsonl, layout = tmp_path / "items.jsonl", tmp_path / "layout.json"
    main(["--n", "150", "--seed", "8", "--out", str(jsonl)])
    main(["--n", "150", "--seed", "8", "--out", str(layout), "--layout", "tinyagent"])
    original = list(read_items(jsonl))
    items, skipped = read_layout(layout)
    assert skipped == []
    assert [(i.id, i.now, i.query, i.plan, i.tools) for i in items] == \
        [(i.id, i.now, i.query, i.plan, i.tools) for i in original]


def test_datapoints_have_the_public_fields(tmp_path: Path) -> None:
    layout = tmp_path / "layout.json"
    main(["--n", "20", "--seed", "2", "--out", str(layout), "--layout", "tinyagent"])
    data = json.loads(layout.read_text(encoding="utf-8"))
    for record in data.values():
        plan, join = record["output"]
        assert {plan["type"], join["type"]} == {"plan", "join"}
        for point in (plan, join):
            assert set(point) == {"type", "raw_input", "raw_output", "parsed_output", "id", "index"}
            messages = ast.literal_eval(point["raw_input"])
            assert [m["role"] for m in messages] == ["system", "user"]
            assert messages[1]["content"].startswith("Question: " + " ".join(record["input"].split()))
        assert plan["parsed_output"][-1] == {"tool_name": "join", "tool_args": []}
        assert join["raw_output"].startswith("Thought: ") and "Action: Finish(" in join["raw_output"]


def test_reader_skips_unusable_entries_with_a_reason(tmp_path: Path) -> None:
    messages = repr([{"role": "system", "content": "Today's date is Tuesday 2024-04-09 15:13."},
                     {"role": "user", "content": "Question: text Ann hi"}])
    good_plan = '1. get_phone_number("Ann")\n2. send_sms(["$1"], "Hi")\n3. join()'
    data = {
        "a": {"input": "text Ann hi", "output": [{"type": "plan", "raw_input": messages, "raw_output": good_plan,
                                                 "parsed_output": [], "id": "a", "index": 0}]},
        "b": {"input": "no plan here", "output": []},
        "c": {"input": "bad", "output": [{"type": "plan", "raw_input": messages, "raw_output": "1. oops(",
                                         "parsed_output": [], "id": "c", "index": 0}]},
    }
    path = tmp_path / "public.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    items, skipped = read_layout(path)
    assert [i.id for i in items] == ["a"]
    assert items[0].now == "2024-04-09 15:13:00"
    assert items[0].plan.endswith("<END_OF_PLAN>") and items[0].tools == ["get_phone_number", "send_sms"]
    assert {s.id: s.reason for s in skipped} == {"b": "no plan datapoint", "c": skipped[1].reason}
    assert "does not parse" in skipped[1].reason


def test_reader_rejects_a_file_that_is_not_the_layout(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(LayoutError, match="not JSON"):
        read_layout(path)
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(LayoutError, match="expected an object"):
        read_layout(path)


def test_convert_command_writes_items_the_evaluation_reads(tmp_path: Path) -> None:
    from agent.measure.evaluation import load_items
    from training.data.convert import main as convert

    layout, out = tmp_path / "layout.json", tmp_path / "items.jsonl"
    main(["--n", "40", "--seed", "9", "--out", str(layout), "--layout", "tinyagent"])
    assert convert([str(layout), str(out)]) == 0
    items = load_items(out)
    assert len(items) == 40 and {i.category for i in items} == {"tinyagent"}
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert convert([str(broken), str(tmp_path / "x.jsonl")]) == 1


def test_prompts_list_the_gold_tools_and_a_few_others_reproducibly() -> None:
    from training.data.jsonl import Item
    from training.data.tinyagent_layout import prompt_tools

    item = Item("syn-1-000001", "2026-11-20 10:00:00", "text Ann hi", "", ["get_phone_number", "send_sms"], "x")
    tools = prompt_tools(item)
    assert set(item.tools) <= set(tools) and len(tools) <= len(item.tools) + 3
    assert tools == prompt_tools(item)
    sizes = {len(prompt_tools(Item(f"syn-1-{n}", "", "", "", ["send_sms"], ""))) for n in range(50)}
    assert sizes == {1, 2, 3, 4}
