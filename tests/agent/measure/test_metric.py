"""The TinyAgent success metric: labelled DAG isomorphism, tool recall and McNemar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.measure.metric import mcnemar, plan_graph, plans_match, tool_recall
from agent.plans.plan import parse_plan

GOLD = [json.loads(line)["plan"] for line in Path("/work/shared/eval/sample.jsonl").read_text().splitlines()
        if line.strip()]
ZOOM = ('1. get_email_address("Anouk")\n2. get_email_address("Pieter")\n'
        '3. get_zoom_meeting_link("Meeting", "2026-11-27 09:00:00", 30, ["$1", "$2"])\n'
        '4. compose_new_email(["$1", "$2"], [], "Zoom link", "$3", [])\n5. join()<END_OF_PLAN>')


@pytest.mark.parametrize("gold", GOLD)
def test_every_gold_plan_matches_itself(gold: str) -> None:
    assert plans_match(gold, gold)


def test_order_and_arguments_do_not_matter_structure_does() -> None:
    reordered = ('1. get_email_address("P")\n2. get_email_address("A")\n'
                 '3. get_zoom_meeting_link("x", "", 60, ["$2", "$1"])\n'
                 '4. compose_new_email(["$2", "$1"], ["cc"], "other", "${3}", [])\n5. join()')
    assert plans_match(reordered, ZOOM)
    missing_edge = reordered.replace('"${3}"', '""')
    assert not plans_match(missing_edge, ZOOM)
    wrong_tool = reordered.replace("get_zoom_meeting_link", "create_calendar_event")
    assert not plans_match(wrong_tool, ZOOM)


def test_extra_or_missing_steps_fail() -> None:
    assert not plans_match('1. get_phone_number("a")\n2. join()', "1. join()")
    assert not plans_match("1. join()", '1. get_phone_number("a")\n2. join()')


def test_parse_failures_score_zero() -> None:
    assert not plans_match("", "1. join()")
    assert not plans_match("I cannot do that", "1. join()")
    assert not plans_match('1. send_sms(to="x")\n2. join()', '1. send_sms(["x"], "")\n2. join()')


def test_graph_has_reference_edges_only() -> None:
    graph = plan_graph(parse_plan(ZOOM))
    assert set(graph.edges) == {(1, 3), (2, 3), (1, 4), (2, 4), (3, 4)}
    assert graph.nodes[5]["tool"] == "join"


def test_tool_recall() -> None:
    assert tool_recall({"a", "b", "c"}, {"a", "b"})
    assert tool_recall(set(), set())
    assert not tool_recall({"a"}, {"a", "b"})


def test_mcnemar_exact_values() -> None:
    assert mcnemar([True] * 5, [True] * 5) == (0, 0, 1.0)
    only_a, only_b, p = mcnemar([True, True, True, False], [False, False, False, False])
    assert (only_a, only_b) == (3, 0) and p == pytest.approx(0.25)
    assert mcnemar([True] * 10 + [False], [False] * 10 + [True])[2] == pytest.approx(2 * (1 + 11) / 2**11)
    with pytest.raises(ValueError):
        mcnemar([True], [])
