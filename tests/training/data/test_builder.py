"""The plan builder: shared lookups, dependency-respecting orders, rendering."""

from __future__ import annotations

import random

from agent.plans.plan import parse_plan
from training.data.builder import PlanBuilder


def _builder() -> PlanBuilder:
    b = PlanBuilder()
    tom = b.email_of("Tom")
    path = b.file_path("Budget.pdf")
    summary = b.add("summarize_pdf", path)
    b.add("compose_new_email", [tom, b.email_of("tom")], [], "Budget", summary, [path])
    return b


def test_lookups_are_shared_case_insensitively() -> None:
    b = _builder()
    assert [n.tool for n in b.nodes].count("get_email_address") == 1
    assert b.file_path("Budget.pdf") == b.file_path("Budget.pdf")


def test_every_order_respects_dependencies_and_numbers_from_one() -> None:
    b = _builder()
    orders = set()
    for seed in range(40):
        plan = parse_plan(b.render(random.Random(seed)))
        assert [s.index for s in plan.steps] == list(range(1, 6))
        assert plan.steps[-1].tool == "join" and not plan.problems
        for step in plan.steps:
            assert all(r.step < step.index for r in step.refs)
        orders.add(tuple(s.tool for s in plan.steps))
    assert len(orders) > 1


def test_rendered_references_point_at_the_right_tools() -> None:
    plan = parse_plan(_builder().render(random.Random(1)))
    by_index = {s.index: s for s in plan.steps}
    email = next(s for s in plan.steps if s.tool == "compose_new_email")
    assert by_index[int(email.args[3][1:])].tool == "summarize_pdf"
    assert by_index[int(email.args[4][0][1:])].tool == "open_and_get_file_path"
