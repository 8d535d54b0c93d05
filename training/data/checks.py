"""Checks every gold plan: it parses cleanly, validates against the catalogue, and keeps one `$k` per string."""

from __future__ import annotations

from agent.plans.plan import parse_plan, ref_indices
from agent.plans.validate import validate
from tools.catalogue import CATALOGUE


def plan_problems(text: str) -> list[str]:
    """Every reason `text` is not a well-formed gold plan; empty when it is."""
    plan = parse_plan(text)
    problems = [p.message for p in plan.problems]
    if not plan.complete or not plan.steps or plan.steps[-1].tool != "join":
        problems.append("the plan does not end with join()")
    problems += validate(plan, CATALOGUE).messages
    for step in plan.steps:
        for arg in step.args:
            if isinstance(arg, str) and len(ref_indices(arg)) > 1:
                problems.append(f"step {step.index}: a string argument holds more than one reference")
    return problems
