"""How well a plan's tools agree with what ToolRAG predicted for the request.

The classifier reads the whole request and scores every tool on its own; a small planner sometimes adds a step
the request never asked for, or drops one it plainly did. When the two disagree sharply the session samples more
plans and keeps the one the classifier finds most likely (docs/adr/planner-tool-agreement.md).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from agent.plans.plan import JOIN, Plan

_FLOOR = 1e-4  # keeps log-probabilities finite for a classifier that is certain


@dataclass(frozen=True)
class AgreementPolicy:
    doubt_below: float = 0.0  # a planned tool ToolRAG scores below this makes the plan doubtful (0: never)
    expect_above: float = 1.0  # a tool ToolRAG scores above this, missing from the plan, likewise (1: never)
    # a tool ToolRAG scores above this, missing from the chosen plan, makes the planner go on (continuation.py)
    continue_above: float = 1.0

    def __post_init__(self) -> None:
        if not all(0.0 <= p <= 1.0 for p in (self.doubt_below, self.expect_above, self.continue_above)):
            raise ValueError("agreement thresholds are probabilities between 0 and 1")

    @property
    def expected_above(self) -> float:
        """A tool scored above this is expected in a plan: a plan the session would continue is doubtful too."""
        return min(self.expect_above, self.continue_above)

    @property
    def active(self) -> bool:
        return self.doubt_below > 0.0 or self.expected_above < 1.0


def planned_tools(plan: Plan) -> frozenset[str]:
    return frozenset(step.tool for step in plan.steps if step.tool != JOIN)


def doubts(plan: Plan, probabilities: Mapping[str, float], policy: AgreementPolicy) -> tuple[str, ...]:
    """Sentences naming each sharp disagreement; empty when the plan agrees or nothing was predicted."""
    if not probabilities or not policy.active:
        return ()
    used = planned_tools(plan)
    found = [f"`{tool}` is unlikely for this request ({probabilities[tool]:.2f})."
             for tool in sorted(used) if tool in probabilities and probabilities[tool] < policy.doubt_below]
    found += [f"`{tool}` looks needed ({probabilities[tool]:.2f}) but no step calls it."
              for tool in sorted(missing_tools(plan, probabilities, policy.expected_above))]
    return tuple(found)


def missing_tools(plan: Plan, probabilities: Mapping[str, float], above: float) -> tuple[str, ...]:
    """Tools ToolRAG scores above `above` that no step calls, the most likely first."""
    used = planned_tools(plan)
    found = [tool for tool, p in probabilities.items() if p > above and tool not in used]
    return tuple(sorted(found, key=lambda tool: -probabilities[tool]))


def log_likelihood(plan: Plan, probabilities: Mapping[str, float]) -> float:
    """Log-probability, under the classifier's independent per-tool guesses, of exactly this plan's tool set."""
    used = planned_tools(plan)
    total = 0.0
    for tool, p in probabilities.items():
        p = min(max(p, _FLOOR), 1.0 - _FLOOR)
        total += math.log(p if tool in used else 1.0 - p)
    return total
