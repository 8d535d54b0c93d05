"""Where a plan that stopped too early can be taken up again, and plans for parts of one request put together.

A small planner sometimes ends a long request's plan one errand early: "...and remind me at 2 to leave" gets
no reminder. Resampling seldom helps, because the samples share the greedy plan's opening and stop at the same
place. When ToolRAG is sure the request needs a tool that no step calls, the session hands the planner its own
plan back without the final `join()` and has it write the next step under a grammar that admits only the
missing tools (`agent.planning.grammar.Continuation`); the planner then finishes freely. The continued plan is ranked
with the others, so it is kept only when it is better (docs/adr/planner-resampling.md).

A request of several errands, some of them reads or removals ("what's shanice's email. also, cancel my call with
deepa"), has those planned from its own words (routes.py) and the rest by the planner; `combined` puts the parts'
steps one after the other under a single `join()`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from agent.plans.plan import JOIN, Plan, Step, renumbered, substitute

_JOIN_STEP = re.compile(r"^(\d+)\. join\(\)", re.MULTILINE)


def unfinished(written: str) -> tuple[str, int] | None:
    """The plan text before its `join()` step and that step's number; None when the text has no such step."""
    matches = list(_JOIN_STEP.finditer(written))
    if not matches:
        return None
    last = matches[-1]
    return written[:last.start()], int(last.group(1))


def continuation_note(step: int, missing: Sequence[str], probabilities: Mapping[str, float]) -> str:
    """The sentence that tells the user why the plan goes on past where the planner stopped."""
    tools = ", ".join(f"`{tool}` ({probabilities[tool]:.2f})" for tool in missing)
    return (f"Continued from step {step}: the planner had stopped without calling {tools}, "
            "which the request seems to need.")


def combined(plans: Sequence[Plan]) -> Plan:
    """The steps of `plans` in turn, each part's `$k` still naming its own steps, then one `join()`."""
    steps: list[Step] = []
    for plan in plans:
        part = renumbered(Plan(tuple(s for s in plan.steps if s.tool != JOIN)))
        offset = len(steps)
        shifted = {ref.step: f"${ref.step + offset}" for step in part.steps for ref in step.refs}
        steps += [Step(step.index + offset, step.tool, tuple(substitute(a, shifted) for a in step.args), step.thought)
                  for step in part.steps]
    return Plan((*steps, Step(len(steps) + 1, JOIN, ())), complete=True)
