"""Requests as people speak them (data/spoken_requests*.jsonl, written for these rules, not taken from any eval set):
each is routed to the tool that serves it, left to the planner when it acts in ways a route does not write, or
answered with no step at all when no tool does what it asks.

Each line: `text`, `group` (what the request asks for), `expect` (the tools that serve it, one of which a route
writes; "planner": no route; "none": out of scope) and, for requests that name one, the `day` the searched range starts
on. An acting request left to the planner may name its `fallback`: the one event, reminder, email or new list written
(with the contact lookups it needs) when the planner writes nothing (agent/planning/single_errand.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from agent.planning.routes import routed_plan
from agent.planning.scope_check import check_scope
from agent.planning.single_errand import single_errand_plan
from agent.plans.plan import parse_plan
from agent.understanding.scope import request_scope
from tools.catalogue import CATALOGUE

NOW = datetime(2026, 12, 7, 10, 0)  # a Monday
DATA = Path(__file__).parent / "data"
# What a planner might write for anything: a read and a side effect. An out-of-scope request keeps neither.
ANY_PLAN = parse_plan('1. get_calendar_events("2026-12-07 00:00:00", "2026-12-08 00:00:00", "")\n'
                      '2. create_reminder("Check", "", "", "", 0, False)\n3. join()<END_OF_PLAN>')
REMOVALS = {"delete_calendar_event", "complete_reminder", "remove_note_content"}


def items() -> Iterator[dict]:
    for path in sorted(DATA.glob("spoken_requests*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def routed_steps(text: str) -> list[tuple[str, tuple]] | None:
    route = routed_plan(text, NOW, request_scope(text), CATALOGUE)
    if route is None:
        return None
    return [(s.tool, s.args) for s in route.plan.steps if s.tool != "join"]


def test_the_set_is_large_and_covers_every_group() -> None:
    groups = {item["group"] for item in items()}
    assert sum(1 for _ in items()) >= 300
    assert groups >= {"read_calendar", "read_mail", "read_list", "read_reminders", "lookup_contact", "remove_event",
                      "remove_list_item", "remove_reminder", "act_calendar", "act_email", "act_reminder", "act_list",
                      "add_contact", "out_of_scope"}


@pytest.mark.parametrize("item", [i for i in items() if i["expect"] != ["none"]], ids=lambda i: i["text"])
def test_each_request_gets_the_tool_that_serves_it(item: dict) -> None:
    steps = routed_steps(item["text"])
    if steps is None:
        assert "planner" in item["expect"], "no route"
        return
    tool, args = next(((t, a) for t, a in steps if t in item["expect"]), steps[0])
    assert tool in item["expect"]
    acting = {t for t, _ in steps if CATALOGUE[t].side_effects}
    if item["group"].startswith(("read_", "lookup_")):
        assert not acting
    if item["group"].startswith("remove_"):
        assert acting and acting <= REMOVALS  # "clear my shopping list" reads the list first, then removes
    if "day" in item:
        dates = [a for a in args if isinstance(a, str) and a[:2] == "20"]
        assert dates and dates[0].startswith(item["day"])


@pytest.mark.parametrize("item", [i for i in items() if i["expect"] == ["none"]], ids=lambda i: i["text"])
def test_out_of_scope_requests_keep_no_step(item: dict) -> None:
    scope = request_scope(item["text"])
    assert routed_steps(item["text"]) is None
    checked = check_scope(ANY_PLAN, scope, CATALOGUE)
    assert checked is not None and not checked.plan.tools and checked.answer


@pytest.mark.parametrize("item", [i for i in items() if "fallback" in i], ids=lambda i: i["text"])
def test_an_empty_plan_becomes_the_one_errand_asked_for(item: dict) -> None:
    route = single_errand_plan(item["text"], NOW, request_scope(item["text"]), CATALOGUE)
    assert route is not None
    acting = [step.tool for step in route.plan.steps if step.tool in CATALOGUE and CATALOGUE[step.tool].side_effects]
    assert acting == [item["fallback"]]  # its lookups aside, the one errand and nothing else
