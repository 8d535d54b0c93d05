"""Every tool's step in the plan view's words: with and without `$k`, with empty and with filled optional
arguments, never a raw tool name, a `$`, a Python list or an ISO timestamp (issue 18)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from agent.plans.plan import Plan, Step, parse_plan
from agent.running.wording import plan_in_words
from tools.catalogue import CATALOGUE
from tools.spec import ToolSpec

NOW = datetime(2026, 12, 7, 10)
DATES = {"start_date", "end_date", "due_date", "start_time", "since", "due_before"}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")


def filled(spec: ToolSpec) -> list[object]:
    values = {"str": "Budget review", "int": 30, "bool": True, "list[str]": ["ann@example.org"],
              "Sequence[str]": ["ann@example.org"]}
    return ["2026-12-08 09:00:00" if a.name in DATES else values[a.type] for a in spec.args]


def empty(spec: ToolSpec) -> list[object]:
    """The first argument as given (a tool needs something to act on), every other one left empty."""
    blank = {"str": "", "int": 0, "bool": False, "list[str]": [], "Sequence[str]": []}
    return [filled(spec)[0]] + [blank[a.type] for a in spec.args[1:]]


def with_reference(spec: ToolSpec) -> list[object]:
    """The first text or list argument that is not a date is step 1's result."""
    values = filled(spec)
    for position in range(len(spec.args)):
        if spec.args[position].type in ("str", "list[str]", "Sequence[str]") and spec.args[position].name not in DATES:
            values[position] = ["$1"] if spec.args[position].type != "str" else "$1"
            break
    return values


def plan_of(spec: ToolSpec, values: list[object], lookup: bool) -> Plan:
    steps = [Step(1, "get_email_address", ("Ann Lee",))] if lookup else []
    steps.append(Step(len(steps) + 1, spec.name, tuple(values)))
    steps.append(Step(len(steps) + 1, "join", ()))
    return parse_plan(Plan(tuple(steps), complete=True).render())


@pytest.mark.parametrize("spec", list(CATALOGUE), ids=lambda s: s.name)
def test_each_tool_reads_as_words_in_the_plan_view(qtbot, spec: ToolSpec) -> None:
    from app.gui.plan_view import PlanView

    view = PlanView()
    qtbot.addWidget(view)
    for plan, ran in ((plan_of(spec, filled(spec), False), None), (plan_of(spec, empty(spec), False), None),
                      (plan_of(spec, with_reference(spec), True), None),
                      (plan_of(spec, with_reference(spec), True), {1: "ann@example.org"})):
        view.show_plan(plan)
        view.show_words(plan_in_words(plan, "a request", NOW, ran))
        text = view.words.text()
        assert text and "$" not in text and "[" not in text and not ISO.search(text), (spec.name, text)
        assert not any(other.name in text for other in CATALOGUE), (spec.name, text)
        if ran:
            assert "ann@example.org" in text or spec.name in ("get_email_address", "get_phone_number"), text
